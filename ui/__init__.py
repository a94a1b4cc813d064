"""The Qt layer (PySide6): thin views over asn_desktop.services."""
