"""`--help` in the language kam speaks: every text from the catalogue `generator/i18n/labels/help.py`.

A command declares `cls=KamCommand` (a group `cls=KamGroup`) and no help strings of its own;
when its help is formatted, each text is looked up by key:

    <command>            the description (`visits`, `templates.export`; the top-level group is `kam`)
    <command>.short      its line in the parent's list of commands
    <command>.<param>    an option's or argument's help, by Click's parameter name (`visits.per_day`)
    shared.<name>        else a text several commands share: a `SharedOption`'s `help_key`, or the parameter name

Click's own words ("Usage:", "Options:", "Show this message and exit.", "default: …") are
put in the language by `click_language`. Chinese text is wrapped by display width (a Chinese
character takes two columns). Only the catalogue's `help` and `click` namespaces are read, so
`kam --help` stays light.
"""

from __future__ import annotations

from typing import Any

import click

from generator.commands.click_language import click_text, current_language


def help_text(key: str, language: str | None = None) -> str | None:
    """Return the catalogue's help text `help.<key>` in `language` (default: the running kam's), or None."""
    from generator.i18n.catalogue import labels

    pair = labels("help").get(key)
    if pair is None:
        return None
    return (pair[0] if (language or current_language()) == "zh" else pair[1]).format()


def command_key(ctx: click.Context) -> str:
    """Return the catalogue key of the command `ctx` runs: its names below the top-level group, or `kam`."""
    names = []
    while ctx.parent is not None:
        names.append(ctx.command.name or "")
        ctx = ctx.parent
    return ".".join(reversed(names)) or "kam"


def parameter_key(ctx: click.Context, param: click.Parameter) -> str:
    """Return the catalogue key of `param`'s help in this command: its own, else the shared one."""
    own = f"{command_key(ctx)}.{param.name}"
    if help_text(own, "en") is not None:
        return own
    return f"shared.{getattr(param, 'help_key', None) or param.name}"


class SharedOption(click.Option):
    """An option several commands declare alike, its help the catalogue's `shared.<help_key>`."""

    def __init__(self, *args: Any, help_key: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.help_key = help_key


class WideFormatter(click.HelpFormatter):
    """Click's help formatter, wrapping by display width: a Chinese character takes two columns."""

    def write_text(self, text: str) -> None:
        indent = " " * self.current_indent
        self.write(wrap(text, self.width, indent, indent) + "\n")

    def write_dl(self, rows: Any, col_max: int = 30, col_spacing: int = 2) -> None:
        rows = list(rows)
        first_col = min(max((len(first) for first, _ in rows), default=0), col_max) + col_spacing
        indent = " " * (first_col + self.current_indent)
        for first, second in rows:
            self.write(f"{'':>{self.current_indent}}{first}")
            if not second:
                self.write("\n")
                continue
            if len(first) <= first_col - col_spacing:
                self.write(" " * (first_col - len(first)))
            else:
                self.write("\n" + indent)
            text = wrap(second, max(self.width - first_col - 2, 10) + len(indent), indent, indent)
            self.write(text[len(indent) :] + "\n")


class _Context(click.Context):
    """A context whose help formatter wraps by display width."""

    formatter_class = WideFormatter


class _Localized(click.Command):
    """Help formatted from the catalogue, in the running kam's language."""

    context_class = _Context

    def get_short_help_str(self, limit: int = 45) -> str:
        # Only reached when something other than KamGroup lists this command.
        return help_text(f"{self.name}.short") or ""

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        self.format_usage(ctx, formatter)
        self.format_help_text(ctx, formatter)
        self.format_options(ctx, formatter)
        self.format_epilog(ctx, formatter)

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        text = help_text(command_key(ctx))
        if text:
            formatter.write_paragraph()
            with formatter.indentation():
                formatter.write_text(text)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        arguments, options = [], []
        for param in self.get_params(ctx):
            if isinstance(param, click.Argument):
                arguments.append((param.get_usage_pieces(ctx)[0], help_text(parameter_key(ctx, param)) or ""))
                continue
            record = self._option_record(ctx, param)
            if record is not None:
                options.append(record)
        if arguments:
            with formatter.section(help_text("arguments") or "Arguments"):
                formatter.write_dl(arguments)
        if options:
            with formatter.section(click_text("Options")):
                formatter.write_dl(options)

    def _option_record(self, ctx: click.Context, param: click.Parameter) -> tuple[str, str] | None:
        if param is self.get_help_option(ctx):
            text = click_text("Show this message and exit.")
        else:
            text = help_text(parameter_key(ctx, param)) or ""
        import copy

        shown = copy.copy(param)  # Click adds the default, range and "required" to the help it is given
        shown.help = text
        record = shown.get_help_record(ctx)
        if record is None or current_language() != "zh" or not record[1].endswith("]"):
            return record
        # Click's "help  [default: 4; 1<=x<=52]" read the Chinese way: "help（默认：4；1<=x<=52）"
        before, _, extra = record[1][:-1].rpartition("[")
        return record[0], f"{before.rstrip()}（{extra.replace('; ', '；')}）"


class KamCommand(_Localized):
    """A kam command whose --help is read from the catalogue."""


class KamGroup(_Localized, click.Group):
    """A kam group whose --help, and its list of commands, are read from the catalogue (no command imported)."""

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_options(ctx, formatter)
        self.format_commands(ctx, formatter)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        key = command_key(ctx)
        prefix = "" if key == "kam" else f"{key}."
        rows = [(name, help_text(f"{prefix}{name}.short") or "") for name in self.list_commands(ctx)]
        if rows:
            with formatter.section(click_text("Commands")):
                formatter.write_dl(rows)


# Punctuation a line may not start with, and punctuation it may not end with.
_CLOSING = set("，。；：、）》」』”’！？,.;:)!?")
_OPENING = set("（《「『“‘([")


def width_of(text: str) -> int:
    """Return the columns `text` takes in a terminal (East Asian wide and full-width characters take two)."""
    return sum(2 if _wide(ch) else 1 for ch in text)


def _wide(ch: str) -> bool:
    import unicodedata  # here, not at the top: every kam run imports this module, only --help wraps

    return unicodedata.east_asian_width(ch) in "WF"


def wrap(text: str, width: int, initial_indent: str = "", subsequent_indent: str = "") -> str:
    """Return `text` wrapped to `width` columns, paragraphs (blank lines) kept; a line breaks at a space or
    between two Chinese characters, never inside a word, never before closing punctuation."""
    paragraphs = [part.strip().replace("\n", " ") for part in text.split("\n\n")]
    out = []
    for number, paragraph in enumerate(paragraphs):
        lines = _wrap_paragraph(
            paragraph, width, initial_indent if number == 0 else subsequent_indent, subsequent_indent
        )
        out.append("\n".join(lines))
    return "\n\n".join(out)


def _tokens(text: str) -> list[str]:
    """Return `text` cut where a line may break: words, single spaces, single wide characters."""
    tokens: list[str] = []
    for ch in text:
        if ch == " " or _wide(ch) or not tokens or tokens[-1] == " " or _wide(tokens[-1][-1]):
            tokens.append(ch)
        else:
            tokens[-1] += ch
    return tokens


def _wrap_paragraph(text: str, width: int, first_indent: str, indent: str) -> list[str]:
    lines: list[str] = []
    margin, line = first_indent, list[str]()  # the tokens of the line being filled
    for token in _tokens(text):
        if token == " " and not line:
            continue
        if line and token != " " and width_of(margin + "".join(line) + token) > width:
            # Closing punctuation never starts a line, opening punctuation never ends one: they take the
            # token beside them along to the next line.
            carried: list[str] = []
            while len(line) > 1 and (token if not carried else carried[0])[0] in _CLOSING:
                carried.insert(0, line.pop())
            while len(line) > 1 and (line[-1][-1] in _OPENING or line[-1] == " "):
                carried.insert(0, line.pop())
            lines.append((margin + "".join(line)).rstrip())
            margin, line = indent, [t for t in carried if t != " "]
        line.append(token)
    lines.append((margin + "".join(line)).rstrip())
    return lines
