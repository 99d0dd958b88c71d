"""Preflight: read Office files back (parts, runs, notes, properties) and find what must not reach the customer.

`readers` turn a .docx, .pptx, .xlsx or .pdf into located text items with flags (deleted,
hidden, notes, comment…); `facts` collects the brief's internal facts; `rules` turns items
and facts into findings with fixed rule ids; `clean` writes a copy without the hidden content.
"""
