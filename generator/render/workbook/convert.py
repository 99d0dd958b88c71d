"""Convert a brief between YAML and a workbook without loss (the same validated brief either way)."""

from __future__ import annotations

from pathlib import Path

from generator.load import load_brief
from generator.load.brief import is_workbook_file
from generator.render.workbook.brief_data import brief_data, yaml_text
from generator.render.workbook.brief_workbook import workbook_bytes


def seller_reference(path: Path) -> str | None:
    """Return the seller file a brief (YAML or workbook) names, or None when its seller is inline or absent."""
    if is_workbook_file(path):
        from generator.load.workbook.read import read_workbook

        data = read_workbook(path)[0]
    else:
        from generator.load.yaml_source import load_yaml

        data = load_yaml(path)[0]
    seller = data.get("seller")
    return seller.strip() if isinstance(seller, str) else None


def convert_brief(source: Path, target: Path, *, language: str | None = None) -> Path:
    """Write the brief in `source` to `target` in the other format; return the path written.

    Raises BriefError (every problem) when the source is not a valid brief; writes nothing then.
    """
    from generator.output import write_atomic

    loaded = load_brief(source)
    data = brief_data(loaded.brief, seller_reference(source), source, target)
    if target.suffix.lower() in (".xlsx", ".xlsm"):
        content = workbook_bytes(data, language or loaded.brief.language.value)
    else:
        content = yaml_text(data).encode("utf-8")
    return write_atomic(target, content)


def brief_workbook_from(source: Path, target: Path, *, language: str | None = None) -> bytes:
    """Return the workbook bytes of the brief in `source`, its file references relative to `target`."""
    loaded = load_brief(source)
    data = brief_data(loaded.brief, seller_reference(source), source, target)
    return workbook_bytes(data, language or loaded.brief.language.value)


def demo(examples_dir: Path, outdir: Path) -> list[Path]:
    """Write the Chinese and English example briefs as workbooks (brief-zh.xlsx, brief-en.xlsx) into `outdir`."""
    from generator.output import write_atomic

    written = []
    for language in ("zh", "en"):
        source = Path(examples_dir) / f"brief-{language}.yaml"
        target = Path(outdir) / f"brief-{language}.xlsx"
        written.append(write_atomic(target, brief_workbook_from(source, target, language=language)))
    return written
