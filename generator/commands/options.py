"""Click options shared by the render commands."""

from __future__ import annotations

from pathlib import Path

import click

language_option = click.option(
    "--lang", "language", type=click.Choice(["zh", "en"]), default=None,
    help="Language of the document's labels (default: the brief's `language`).",
)
templates_option = click.option(
    "--templates", "templates_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
    help="Folder of your own templates; same-named files override the built-ins.",
)
message_language_option = click.option(
    "--lang", "language", type=click.Choice(["zh", "en"]), default=None,
    help="Language of kam's messages (default: the brief's `language`, else the locale).",
)
pdf_option = click.option(
    "--pdf", is_flag=True, help="Also write a PDF beside the document (needs LibreOffice).",
)
