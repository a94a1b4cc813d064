"""The CA certificates this laptop trusts, kept as PEM files per workspace and kind.

Only an admin puts an anchor here (``TrustStore.add`` refuses anyone else), and ``mirror`` copies
only the anchors an admin added to the workspace. Each workspace has its own folder, so one
workspace's refresh never drops another's anchors; the folders of earlier versions, filled by
whoever imported a PKCS#12, are not read at all. Kept apart from ``verify`` so that the services
(and the GUI) can manage trust without loading pyHanko.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization

from asn_desktop import paths
from asn_desktop.atomic import write_atomically
from asn_desktop.domain.permissions import Actor, can_manage_trust_anchors, require

TRUST_OURS = "ours"
TRUST_IMPORTED = "imported"
TRUST_KINDS = (TRUST_OURS, TRUST_IMPORTED)
TRUST_LABELS = {
    TRUST_OURS: "CA ruang kerja",
    TRUST_IMPORTED: "CA impor yang disetujui admin",
    "": "TIDAK DIPERCAYA (rantai sertifikat tidak berujung pada CA yang disetujui admin)",
}


@dataclass
class TrustStore:
    """The CA certificates this laptop trusts: ``ROOT/<workspace id>/<kind>/<sha256>.pem``."""

    root: Path = field(default_factory=lambda: paths.data_dir() / "trust")

    def add(self, kind: str, cert_pem: bytes, *, actor: Actor, scope: str) -> Path:
        """Trust one more CA for workspace ``scope``; an admin's act only."""
        require(can_manage_trust_anchors(actor), "menambahkan CA tepercaya")
        return self._write(scope, kind, x509.load_pem_x509_certificate(cert_pem))

    def _write(self, scope: str, kind: str, cert: x509.Certificate) -> Path:
        if kind not in TRUST_KINDS or not scope or "/" in scope or scope.startswith("."):
            raise ValueError(f"bad trust store folder {scope!r}/{kind!r}")
        folder = self.root / scope / kind
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{cert.fingerprint(hashes.SHA256()).hex()}.pem"
        write_atomically(target, cert.public_bytes(serialization.Encoding.PEM), mode=0o644)
        return target

    def mirror(self, scope: str, anchors: Iterable[tuple[str, bytes]]) -> None:
        """Make workspace ``scope``'s folder hold exactly ``anchors`` (kind, PEM).

        The caller passes the workspace's anchor rows, each added by an admin (``init_ca``,
        ``approve_import``); a file left from an anchor that is gone is removed.
        """
        keep = {self._write(scope, kind, x509.load_pem_x509_certificate(pem)) for kind, pem in anchors}
        for kind in TRUST_KINDS:
            for stale in (self.root / scope / kind).glob("*.pem"):
                if stale not in keep:
                    stale.unlink()

    def certificates(self, kind: str) -> list[bytes]:
        return [p.read_bytes() for p in sorted(self.root.glob(f"*/{kind}/*.pem"))]
