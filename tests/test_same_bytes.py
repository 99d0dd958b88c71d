"""Same input, same bytes: `kam demo` run twice over every built-in example writes identical files.

This is the check that a refactoring changed no behaviour (and that no document carries a
timestamp, a random id or a dict order of the moment). PDFs are left out: LibreOffice stamps them.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from generator.cli import cli


def _demo(out: Path) -> dict[str, bytes]:
    result = CliRunner().invoke(cli, ["demo", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.suffix.lower() != ".pdf"
    }


def test_demo_twice_gives_the_same_bytes(tmp_path: Path):
    first, second = _demo(tmp_path / "first"), _demo(tmp_path / "second")
    assert len(first) > 20, sorted(first)  # every document kind is in the demo
    assert {".docx", ".pptx", ".xlsx", ".ics"} <= {Path(name).suffix for name in first}
    assert sorted(first) == sorted(second)
    differing = [name for name in first if first[name] != second[name]]
    assert not differing, f"different bytes for the same input: {differing}"
