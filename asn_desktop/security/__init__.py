"""Keys, passwords, and the audit chain."""
