"""Find templates (user folder first, built-ins last) and render Jinja text in a sandbox."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import Any

from generator.errors import TemplateError
from generator.i18n.messages import msg

RENDER_TIME_LIMIT = 5.0  # seconds a text template may run; the built-ins take milliseconds


class _TimeUp(BaseException):
    """Raised inside a template that overran its time (BaseException: templates can't catch it)."""


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Stop template code that runs longer than `seconds` (a loop over huge ranges, say).

    Jinja compiles templates to Python functions whose code carries the template's file
    name; a trace function on those frames alone checks the clock on every line.
    """
    deadline = time.monotonic() + seconds
    previous = sys.gettrace()

    def on_line(frame, event, arg):
        if time.monotonic() > deadline:
            raise _TimeUp
        return on_line

    def on_call(frame, event, arg):
        filename = frame.f_code.co_filename
        if filename.endswith(".j2") or filename == "<template>":
            return on_line
        return None

    sys.settrace(on_call)
    try:
        yield
    finally:
        sys.settrace(previous)


def builtin_templates_dir() -> Path:
    """Return the folder of the built-in templates (inside the installed package, or the repo's `templates/`)."""
    package_dir = Path(__file__).resolve().parents[2]
    shipped = package_dir / "templates"
    if shipped.is_dir():
        return shipped
    return package_dir.parent / "templates"


def builtin_examples_dir() -> Path:
    """Return the folder of the built-in example briefs (installed package, or the repo's `examples/`)."""
    package_dir = Path(__file__).resolve().parents[2]
    shipped = package_dir / "examples"
    if shipped.is_dir():
        return shipped
    return package_dir.parent / "examples"


class TemplateSet:
    """The templates one render uses: same-named files in `user_dir` win over the built-ins."""

    def __init__(self, user_dir: Path | None = None, *, time_limit: float = RENDER_TIME_LIMIT):
        self.user_dir = Path(user_dir) if user_dir else None
        self.builtin_dir = builtin_templates_dir()
        self.time_limit = time_limit

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
        raise TemplateError(
            msg("cli.template_not_found", name=repr(name), folders=", ".join(map(str, self.search_path)))
        )

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
                raise TemplateError(msg("cli.template_no_block", name=name, block=repr(block)))
            with _time_limit(self.time_limit):
                return "".join(template.blocks[block](template.new_context(context)))
        except _TimeUp:
            raise TemplateError(
                msg("cli.template_timeout", name=name, block=repr(block), seconds=f"{self.time_limit:g}")
            ) from None
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(
                msg("cli.template_syntax", where=f"{exc.filename or name}:{exc.lineno}", detail=exc.message)
            ) from None
        except jinja2.UndefinedError as exc:
            raise TemplateError(msg("cli.template_error", name=name, detail=exc.message)) from None
        except SecurityError as exc:
            raise TemplateError(msg("cli.template_sandbox", name=name, detail=str(exc))) from None
        except jinja2.TemplateNotFound as exc:
            raise TemplateError(msg("cli.template_include", name=name, other=repr(exc.name))) from None
        except jinja2.TemplateError as exc:
            raise TemplateError(msg("cli.template_error", name=name, detail=str(exc))) from None
        except (TypeError, ValueError, ArithmeticError, AttributeError, LookupError, OverflowError, MemoryError) as exc:
            raise TemplateError(
                msg("cli.template_failed", name=name, block=repr(block), detail=f"{type(exc).__name__}: {exc}")
            ) from None
