"""Pure rules of ASN performance management (PermenPANRB 6/2022).

Kept free of storage, UI and I/O so that every rule can be tested in isolation and reused by the
services, the sync merge and the PDF forms alike. Only the standard library is imported here.
"""
