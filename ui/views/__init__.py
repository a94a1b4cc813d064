"""Screens, one per module, assembled from widgets; no business logic here."""
