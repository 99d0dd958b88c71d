"""Copy the built-in templates out for a company to edit."""

from __future__ import annotations

from pathlib import Path

from generator.errors import OutputError
from generator.i18n.messages import msg

_EXPORTED_SUFFIXES = (".docx", ".pptx", ".j2", ".xlsx")


def export_templates(directory: Path, *, force: bool = False) -> list[Path]:
    """Copy every built-in template file (not the starter briefs) into `directory`; return the paths written."""
    from generator.output import write_atomic
    from generator.render.kit.templates import builtin_templates_dir

    source = builtin_templates_dir()
    files = sorted(p for p in source.iterdir() if p.is_file() and p.suffix in _EXPORTED_SUFFIXES)
    targets = [Path(directory) / p.name for p in files]
    existing = [str(t) for t in targets if t.exists()]
    if existing and not force:
        raise OutputError(msg("cli.already_exists", paths=", ".join(existing)))
    return [write_atomic(target, path.read_bytes()) for path, target in zip(files, targets)]
