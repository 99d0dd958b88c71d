"""The director's weekly review: an Excel sheet (one row per deal) and a Word pack (one page per deal)."""
