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
from generator.commands.help import KamGroup

# name → module. Each command's help is in the catalogue (generator/i18n/labels/help.py), so
# `kam --help` lists them without importing any.
COMMANDS: dict[str, str] = {
    name: f"generator.commands.{name}"
    for name in (
        "validate",
        "proposal",
        "deck",
        "archive",
        "visits",
        "plan",
        "check",
        "negotiate",
        "review",
        "diff",
        "preflight",
        "convert",
        "schema",
        "init",
        "templates",
        "demo",
        "serve",
    )
}


def _available(name: str) -> bool:
    return importlib.util.find_spec(COMMANDS[name]) is not None


class LazyGroup(KamGroup):
    """A group that imports a command's module only when that command runs."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [name for name in COMMANDS if _available(name)]

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS or not _available(name):
            return None
        from generator import generated_code

        generated_code.reuse(name)  # before the command's modules (and Pydantic) define their classes
        return importlib.import_module(COMMANDS[name]).command


def _show_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from generator.commands.click_language import current_language
    from generator.i18n.messages import localize, msg

    click.echo(localize(msg("cli.version", version=__version__), current_language()))
    ctx.exit()


def _language_for_every_command(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    """`kam --lang zh …`: main() already speaks it (language_in_args); a command given no --lang of
    its own takes this one as if given it."""
    if value is not None:
        ctx.default_map = {**(ctx.default_map or {}), **{name: {"language": value} for name in COMMANDS}}


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--lang",
    type=click.Choice(["zh", "en"]),
    expose_value=False,
    is_eager=True,
    callback=_language_for_every_command,
)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_show_version,
)
@click.option("--debug", is_flag=True)
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Run kam (its help: `kam` in the help catalogue)."""
    ctx.obj = {"debug": debug}


def main(argv: list[str] | None = None) -> None:
    """Run the CLI: user errors print without a traceback and exit 1; usage errors exit 2.

    Everything is printed in the session's language (generator.i18n.messages.resolve_language):
    `--lang`, else the brief's `language` (for errors about a brief), else the locale, else English.
    """
    from generator.commands.click_language import click_language
    from generator.errors import KamError
    from generator.i18n.messages import localize, msg, resolve_language
    from generator.startup import defer_secrets, defer_url_opening, skip_pydantic_plugins

    args = list(argv if argv is not None else sys.argv[1:])
    debug = "--debug" in args
    skip_pydantic_plugins()
    defer_url_opening()
    defer_secrets()
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


def run() -> None:
    """The `kam` program: run `main`, then leave at once with its exit code.

    By the time `main` returns, everything kam writes is written, renamed into place and closed,
    and the output streams are flushed here; tearing the interpreter down object by object after
    that (every lxml tree, every model) only makes the user wait: 50–60 ms after a deck."""
    import gc

    # A short run allocates hundreds of thousands of objects while importing and building, nearly
    # none of them garbage: at Python's default (a young collection every 700) the collector ran
    # ≈80 times for nothing, ≈8 ms of a `kam check`. Collections still run, just less often.
    gc.set_threshold(100_000, 20, 20)
    try:
        main()
        code = 0
    except SystemExit as exc:
        if exc.code is None or isinstance(exc.code, int):
            code = exc.code or 0
        else:  # sys.exit("text"): Python's own way, text to stderr and status 1
            print(exc.code, file=sys.stderr)
            code = 1
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`kam … | head`): as Python itself, status 120
            code = code or 120
    generated_code = sys.modules.get("generator.generated_code")  # there once a command was loaded
    if generated_code is not None:
        generated_code.store()
    os._exit(code)


def language_in_args(args: list[str]) -> str | None:
    """Return the value of the last `--lang X` / `--lang=X` among `args` (before `--`), or None: a
    command's own --lang comes after kam's (`kam --lang en validate --lang zh …`) and wins, as in Click."""
    found = None
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(args):
            found = args[index + 1]
        elif arg.startswith("--lang="):
            found = arg.split("=", 1)[1]
    return found
