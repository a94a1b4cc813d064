"""Item models over the services' frozen rows."""
