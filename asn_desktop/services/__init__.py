"""The use cases: the only API the UI and the CLI call."""
