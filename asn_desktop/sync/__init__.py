"""Sync through the central file share: change log, hybrid logical clock, bundles, merge."""
