"""PDF through a real office suite: LibreOffice headless, in a throw-away profile, with a time limit."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from generator.errors import RenderError
from generator.i18n.messages import msg

INSTALL_HINT = msg("cli.pdf_install_office")
CJK_FONT_HINT = msg("cli.pdf_install_font")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")


def find_office() -> str | None:
    """Return the path of LibreOffice's `soffice` (or `libreoffice`) command, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def package_has_cjk(data: bytes) -> bool:
    """Return True when any XML part of an OOXML package holds Chinese (or other CJK) text."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return any(
            _CJK.search(archive.read(name).decode("utf-8", "ignore"))
            for name in archive.namelist()
            if name.endswith(".xml")
        )


def cjk_font_installed() -> bool:
    """Return True when fontconfig knows a font covering Chinese (True when fontconfig is absent: can't tell)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return True
    result = subprocess.run([fc_list, ":lang=zh", "family"], capture_output=True, text=True, timeout=30)
    return bool(result.stdout.strip())


def convert_to_pdf(source: Path, target: Path | None = None, *, timeout: float = 180) -> Path:
    """Convert an office document to PDF with LibreOffice; return the PDF's path (default: beside `source`).

    Raises RenderError with the fix when LibreOffice is missing, when the document holds
    Chinese but no CJK font is installed (the PDF would show boxes), on a time-out, or
    when LibreOffice produces nothing.
    """
    from generator.output import write_atomic

    source = Path(source)
    target = Path(target) if target else source.with_suffix(".pdf")
    office = find_office()
    if office is None:
        raise RenderError(msg("cli.pdf_no_soffice", path=source, hint=INSTALL_HINT))
    if package_has_cjk(source.read_bytes()) and not cjk_font_installed():
        raise RenderError(msg("cli.pdf_no_font", path=source, hint=CJK_FONT_HINT))
    with tempfile.TemporaryDirectory(prefix="kam-pdf-") as folder:
        work = Path(folder)
        # Its own profile: no clash with a running LibreOffice, no state left behind.
        command = [
            office,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work / "out"),
            str(source.resolve()),
        ]
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise RenderError(msg("cli.pdf_timeout", path=source, seconds=f"{timeout:.0f}")) from None
        produced = work / "out" / (source.stem + ".pdf")
        if not produced.is_file():
            detail = (result.stderr or result.stdout).strip().splitlines()[-1:] or ["no output"]
            raise RenderError(msg("cli.pdf_none", path=source, detail=detail[0]))
        return write_atomic(target, produced.read_bytes())
