"""The deal coach's report: text and JSON."""
