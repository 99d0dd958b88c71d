"""`kam serve [--data DIR] [--host 127.0.0.1] [--port 8765] [--token TOKEN] [--max-upload 20MB] [--open] [--lang]`"""

from __future__ import annotations

import re
from pathlib import Path

import click

from generator.commands.help import KamCommand
from generator.commands.options import language_option

_UNITS = {"": 1, "B": 1, "KB": 1024, "K": 1024, "MB": 1024**2, "M": 1024**2, "GB": 1024**3, "G": 1024**3}


def parse_size(text: str) -> int:
    """Return the bytes in a size such as `20MB`, `500 KB` or `1048576`; raise ValueError otherwise."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([KMG]?B?)\s*", text.upper())
    if not match or float(match.group(1)) <= 0:
        raise ValueError(text)
    return int(float(match.group(1)) * _UNITS[match.group(2)])


def _size(ctx: click.Context, param: click.Parameter, value: str) -> int:
    from generator.i18n import Texts

    try:
        return parse_size(value)
    except ValueError:
        raise click.BadParameter(Texts("en").t("web.serve_bad_size", value=value)) from None


@click.command("serve", cls=KamCommand)
@click.option(
    "--data",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
)
@click.option("--host", metavar="HOST", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(1, 65535), metavar="PORT", default=8765, show_default=True)
@click.option(
    "--token",
    metavar="TOKEN",
    default=None,
    envvar="KAM_TOKEN",
)
@click.option("--max-upload", metavar="SIZE", default="20MB", show_default=True, callback=_size)
@click.option("--open", "open_browser", is_flag=True)
@language_option
def command(
    data: Path | None,
    host: str,
    port: int,
    token: str | None,
    max_upload: int,
    open_browser: bool,
    language: str | None,
) -> None:
    """`kam serve` (its --help: `serve` in the help catalogue)."""
    from generator.i18n import Texts
    from generator.i18n.locale import cli_language
    from generator.web.security import is_loopback

    texts = Texts(language or cli_language())
    if not is_loopback(host) and not token:
        raise click.UsageError(texts.t("web.serve_needs_token", host=host))
    if data is not None and not data.is_dir():
        raise click.UsageError(texts.t("web.serve_no_data", path=data))

    import uvicorn

    from generator.web.app import Settings, create_app

    app = create_app(Settings(data=data, token=token, max_upload=max_upload, language=language))
    url = f"http://{'[' + host + ']' if ':' in host else host}:{port}/"
    click.echo(texts.t("web.serve_started", url=url))
    if open_browser:
        import threading
        import webbrowser

        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
