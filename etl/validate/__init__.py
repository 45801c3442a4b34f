"""Validate a read publication: the GX suite (one publication or many in one call), the gates and
their verdict, and the check of its rows against the headline its publisher announced.
"""
