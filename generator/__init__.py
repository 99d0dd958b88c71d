"""kam: key-account documents (proposal, deck, archive cards, visit plans) from a YAML brief."""

__version__ = "0.1.0"
