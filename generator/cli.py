"""The `kam` command line. Click only: parse options, call one function, map errors to exit codes.

Commands live in `generator/commands/<name>.py` (a `command` each) and are imported only
when run, so `kam --help` stays fast.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys

import click

from generator import __version__

# name → (module, one-line help). The help is kept here so `kam --help` needs no imports.
COMMANDS: dict[str, tuple[str, str]] = {
    "validate": ("generator.commands.validate", "Check briefs and report every problem with file, line and column."),
    "proposal": ("generator.commands.proposal", "Render the Word proposal of a brief."),
    "deck": ("generator.commands.deck", "Render the PowerPoint pitch deck of a brief."),
    "archive": ("generator.commands.archive", "Build customer archive cards, an index and a pyramid summary."),
    "visits": ("generator.commands.visits", "Plan visits by tier and buying stage (Word, Excel, calendar)."),
    "plan": ("generator.commands.plan", "Write the key-account plan of each account for the year (internal Word)."),
    "check": ("generator.commands.check", "Flag gaps in a brief the way a sales director would."),
    "negotiate": ("generator.commands.negotiate", "Render the internal negotiation plan (谈判预案) of a brief."),
    "review": ("generator.commands.review", "The sales director's weekly review of many deals (Excel, Word)."),
    "diff": ("generator.commands.diff", "What changed between two versions of a brief, in the method's words."),
    "preflight": (
        "generator.commands.preflight",
        "Check a document before it goes to the customer: internal facts, hidden content.",
    ),
    "convert": (
        "generator.commands.convert",
        "Convert a brief between YAML and an Excel workbook (brief.xlsx), without loss.",
    ),
    "schema": ("generator.commands.schema", "Write the JSON Schema of the brief (for editor autocompletion)."),
    "init": ("generator.commands.init", "Write a commented starter brief and seller file."),
    "templates": ("generator.commands.templates", "Export the built-in templates for editing."),
    "demo": ("generator.commands.demo", "Render every document kam makes from the built-in examples."),
    "serve": ("generator.commands.serve", "Serve kam as a web page for the team (upload, check, download)."),
}


def _available(name: str) -> bool:
    return importlib.util.find_spec(COMMANDS[name][0]) is not None


class LazyGroup(click.Group):
    """A group that imports a command's module only when that command runs."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [name for name in COMMANDS if _available(name)]

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS or not _available(name):
            return None
        return importlib.import_module(COMMANDS[name][0]).command

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        text = _help_label("group")
        if text is None:
            return super().format_help_text(ctx, formatter)
        formatter.write_paragraph()
        with formatter.indentation():
            formatter.write_text(text)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        from generator.commands.click_language import click_text

        rows = []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is not None:
                rows.append((record[0], _help_label(f"option_{param.name}") or record[1]))
        with formatter.section(click_text("Options")):
            formatter.write_dl(rows)
        self.format_commands(ctx, formatter)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        from generator.commands.click_language import click_text

        rows = [(name, _help_label(f"command_{name}") or COMMANDS[name][1]) for name in self.list_commands(ctx)]
        with formatter.section(click_text("Commands")):
            formatter.write_dl(rows)


def _help_label(name: str) -> str | None:
    """Return the help text `cli.help_<name>` in the session's language when it is Chinese, else None."""
    from generator.commands.click_language import current_language

    if current_language() != "zh":
        return None
    from generator.i18n.catalogue import labels

    pair = labels("cli").get(f"help_{name}")
    return pair[0] if pair else None


def _show_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from generator.commands.click_language import current_language
    from generator.i18n.messages import localize, msg

    click.echo(localize(msg("cli.version", version=__version__), current_language()))
    ctx.exit()


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_show_version,
    help="Show the version and exit.",
)
@click.option("--debug", is_flag=True, help="Show a traceback on errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """kam: key-account documents from a YAML account brief.

    Proposals and pitch decks for the customer; archive cards, visit plans and a deal
    coach for the team.
    """
    ctx.obj = {"debug": debug}


def main(argv: list[str] | None = None) -> None:
    """Run the CLI: user errors print without a traceback and exit 1; usage errors exit 2.

    Everything is printed in the session's language (generator.i18n.messages.resolve_language):
    `--lang`, else the brief's `language` (for errors about a brief), else the locale, else English.
    """
    from generator.commands.click_language import click_language
    from generator.errors import KamError
    from generator.i18n.messages import localize, msg, resolve_language
    from generator.startup import skip_pydantic_plugins

    args = list(argv if argv is not None else sys.argv[1:])
    debug = "--debug" in args
    skip_pydantic_plugins()
    option = language_in_args(args)
    language = resolve_language(option)
    with click_language(language):
        try:
            # Not standalone, so KamError reaches us; a command's ctx.exit(code) then comes back as the return value.
            code = cli.main(args=args, prog_name="kam", standalone_mode=False)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo(localize(msg("cli.aborted"), language), err=True)
            sys.exit(130)
        except click.ClickException as exc:
            # Messages kam wrote (a callback's BadParameter) are catalogue Messages: put them in the language.
            setattr(exc, "message", localize(exc.message, language))  # noqa: B010 - Click declares it final
            if language == "zh" and not isinstance(exc, getattr(click.exceptions, "NoArgsIsHelpError", ())):
                # Click ends some messages with an English full stop of its own; close them the Chinese way.
                text = exc.format_message().replace("。 ", "。")
                text = text[:-1] + "。" if text.endswith(".") else text
                exc.format_message = lambda: text  # type: ignore[method-assign]
            exc.show()
            sys.exit(exc.exit_code)
        except KamError as exc:
            if debug:
                raise
            for line in exc.lines(resolve_language(option, exc.language)):
                click.echo(line, err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo(localize(msg("cli.interrupted"), language), err=True)
            # Files are written atomically, so nothing half-written remains; leave at once rather than
            # let interpreter shutdown finalise objects the interrupt left half-used (noisy tracebacks).
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(130)
    sys.exit(code if isinstance(code, int) else 0)


def language_in_args(args: list[str]) -> str | None:
    """Return the value of the first `--lang X` / `--lang=X` among `args` (before `--`), or None."""
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(args):
            return args[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None
