"""ASN Kinerja Desktop: the core, importable and testable without Qt."""

__version__ = "0.1.0"
