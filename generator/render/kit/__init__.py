"""Shared Word and PowerPoint kits: XML helpers, styles, text fitting, templates, PDF conversion."""
