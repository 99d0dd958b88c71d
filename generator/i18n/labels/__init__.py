"""Label catalogues, one module per namespace: LABELS = {key: (zh, en)}."""
