"""Customer archive: cards, the index workbook, the pyramid summary."""
