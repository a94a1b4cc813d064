"""Persistence: the only package that builds SQL."""
