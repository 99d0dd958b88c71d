"""`kam serve`: kam in the browser. Routes call the same loaders and renderers as the commands.

Layout: `app.py` (routes and pages), `security.py` (token, session, CSRF, headers, body limit),
`uploads.py` (bounded multipart and zip handling), `store.py` (uploads held in memory for a
while, never on disk), `documents.py` (every document kam makes, as a job for the worker pool),
`pages/` (Jinja pages, autoescaped) and `static/` (the one stylesheet).
"""
