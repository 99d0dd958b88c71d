"""Renderers: models + analysis → document bytes. One module per document; shared kits beside them."""
