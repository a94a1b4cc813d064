"""Ways to reach the share: a folder (local or mounted) or SMB directly; ``open_transport`` picks."""

from __future__ import annotations

from asn_desktop.sync.transports.base import ShareFull, ShareUnavailable, Transport
from asn_desktop.sync.transports.folder import FolderTransport


def open_transport(share: str) -> Transport:
    """A transport for ``share``: ``smb://user@host[:port]/share/path`` or a folder path."""
    if share.lower().startswith("smb://"):
        from asn_desktop.sync.transports.smb import SmbTransport  # noqa: PLC0415 - smbprotocol is optional

        return SmbTransport.from_url(share)
    return FolderTransport(share)


__all__ = ["FolderTransport", "ShareFull", "ShareUnavailable", "Transport", "open_transport"]
