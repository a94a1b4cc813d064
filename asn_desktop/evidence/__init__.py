"""Evidence (bukti dukung): type and size checks, and the encrypted content-addressed store."""
