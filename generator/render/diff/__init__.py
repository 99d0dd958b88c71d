"""`kam diff` output: what changed between two briefs, as text for people or JSON for tools."""
