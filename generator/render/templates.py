"""Find templates (user folder first, built-ins last) and render Jinja text in a sandbox."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Any

from generator.errors import TemplateError


def builtin_templates_dir() -> Path:
    """Return the folder of the built-in templates (inside the installed package, or the repo's `templates/`)."""
    package_dir = Path(__file__).resolve().parent.parent
    shipped = package_dir / "templates"
    if shipped.is_dir():
        return shipped
    return package_dir.parent / "templates"


def builtin_examples_dir() -> Path:
    """Return the folder of the built-in example briefs (installed package, or the repo's `examples/`)."""
    package_dir = Path(__file__).resolve().parent.parent
    shipped = package_dir / "examples"
    if shipped.is_dir():
        return shipped
    return package_dir.parent / "examples"


class TemplateSet:
    """The templates one render uses: same-named files in `user_dir` win over the built-ins."""

    def __init__(self, user_dir: Path | None = None):
        self.user_dir = Path(user_dir) if user_dir else None
        self.builtin_dir = builtin_templates_dir()

    @property
    def search_path(self) -> list[Path]:
        """Return the folders searched, in order."""
        return [d for d in (self.user_dir, self.builtin_dir) if d is not None]

    def path(self, name: str) -> Path:
        """Return the path of template `name` (the user's copy when there is one)."""
        for folder in self.search_path:
            candidate = folder / name
            if candidate.is_file():
                return candidate
        raise TemplateError(f"template {name!r} not found in {', '.join(map(str, self.search_path))}")

    def is_user(self, name: str) -> bool:
        """Return True when template `name` comes from the user's folder."""
        return self.user_dir is not None and (self.user_dir / name).is_file()

    @cached_property
    def jinja(self):
        """Return the sandboxed Jinja environment over the search path (StrictUndefined)."""
        from jinja2 import FileSystemLoader, StrictUndefined
        from jinja2.sandbox import ImmutableSandboxedEnvironment

        env = ImmutableSandboxedEnvironment(
            loader=FileSystemLoader([str(p) for p in self.search_path]),
            undefined=StrictUndefined,
            autoescape=False,  # output goes into document XML through a library that escapes it
            keep_trailing_newline=False,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        return env

    def render_block(self, name: str, block: str, context: dict[str, Any]) -> str:
        """Return the text of `{% block block %}` in template `name`, rendered with `context`."""
        import jinja2
        from jinja2.exceptions import SecurityError

        try:
            template = self.jinja.get_template(name)
            if block not in template.blocks:
                raise TemplateError(f"{name}: no block {block!r}")
            return "".join(template.blocks[block](template.new_context(context)))
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(f"{exc.filename or name}:{exc.lineno}: template syntax error: {exc.message}") from None
        except jinja2.UndefinedError as exc:
            raise TemplateError(f"{name}: {exc.message}") from None
        except SecurityError as exc:
            raise TemplateError(f"{name}: refused by the template sandbox: {exc}") from None
        except jinja2.TemplateNotFound as exc:
            raise TemplateError(f"template {exc.name!r} not found") from None
