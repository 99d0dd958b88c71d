"""Shared pieces of the web tests: an app with a client, the CSRF token of a page, example uploads."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from starlette.testclient import TestClient

from generator.web.app import Settings, create_app


def client(tmp_path: Path | None = None, **settings) -> TestClient:
    """Return a TestClient (use as a context manager) of an app with `settings`."""
    return TestClient(create_app(Settings(**settings)), raise_server_exceptions=False)


def csrf_of(html: str) -> str:
    """Return the CSRF token in a page's forms."""
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def example_zip(examples_dir: Path, *, brief: str = "brief-zh.yaml", text: str | None = None) -> bytes:
    """Return a zip of one example brief with its seller file and logo, as a rep would upload it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(brief, text if text is not None else (examples_dir / brief).read_text(encoding="utf-8"))
        archive.writestr("seller.yaml", (examples_dir / "seller.yaml").read_text(encoding="utf-8"))
        for asset in sorted((examples_dir / "assets").iterdir()):
            archive.writestr(f"assets/{asset.name}", asset.read_bytes())
    return buffer.getvalue()


def visible_text(html: str) -> str:
    """Return a page's text without tags, whitespace collapsed."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())
