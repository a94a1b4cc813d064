"""Signed PDF forms: ReportLab drawing, PAdES signing and verification (pyHanko), archives.

Everything here is a pure function of frozen dataclasses (``pdf.model``) and bytes, so that
``services.export`` can gather data in one read session and hand the drawing and signing to a
process pool. This package never imports ``services`` or ``sync`` (import-linter checks it).
"""
