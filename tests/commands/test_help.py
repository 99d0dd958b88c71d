"""`--help` of kam and of every command in the user's language: `--lang`, else the locale, else English."""

from __future__ import annotations

import re
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner
from repo_paths import ROOT

from generator.cli import COMMANDS, cli, main
from generator.commands.help import help_text, parameter_key, width_of
from generator.i18n.labels.help import LABELS


@click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []})
@click.pass_context
def _console_script(ctx):
    main(list(ctx.args))


def kam(*args: str, lang: str = "C.UTF-8"):
    """Run `kam ARGS…` through main() with LANG=`lang`; return the result."""
    return CliRunner().invoke(_console_script, list(args), env={"LANG": lang, "LC_ALL": None, "LC_MESSAGES": None})


ZH = "zh_CN.UTF-8"


def _commands() -> list[tuple[str, ...]]:
    """Return every command path below kam: ("validate",), …, ("templates",), ("templates", "export")."""
    paths: list[tuple[str, ...]] = []
    for name in COMMANDS:
        command = cli.get_command(click.Context(cli), name)
        paths.append((name,))
        if isinstance(command, click.Group):
            paths += [(name, sub) for sub in command.commands]
    return paths


COMMAND_PATHS = _commands()
EVERY = [()] + COMMAND_PATHS


def _context(path: tuple[str, ...]) -> click.Context:
    ctx = click.Context(cli, info_name="kam", **cli.context_settings)
    for name in path:
        command = ctx.command.get_command(ctx, name)  # type: ignore[attr-defined]
        ctx = click.Context(command, info_name=name, parent=ctx)
    return ctx


def _documented(ctx: click.Context) -> list[click.Parameter]:
    """Return the parameters `--help` shows (the help option aside)."""
    help_option = ctx.command.get_help_option(ctx)
    return [
        p
        for p in ctx.command.get_params(ctx)
        if p is not help_option and not (isinstance(p, click.Option) and p.hidden)
    ]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# What may stay in Latin letters in a Chinese help: what the user types or reads on screen as it is.
_NAMES = ("kam", "Word", "Excel", "PowerPoint", "LibreOffice", "Schema", "git")


def _english_words(text: str) -> list[str]:
    """Return the English words left in a Chinese help once option names, metavars, literal syntax (between
    backticks), file names, defaults and product names are taken out."""
    text = re.sub(r"\n\s*", "", text)  # lines joined again as they were before wrapping
    text = re.sub(r"`[^`]*`", " ", text)
    text = re.sub(r"（默认：[^）]*）", " ", text)  # a default value is written as the user writes it
    text = re.sub(r"(?<![A-Za-z0-9_-])--?[a-z][A-Za-z0-9_-]*", " ", text)
    text = re.sub(r"\[[a-z|]+\]", " ", text)  # choices: [zh|en]
    text = re.sub(r"[\w<>./-]*\.(docx|pptx|xlsx|yaml|pdf|csv|ics|json)\b", " ", text)
    text = re.sub(r"\S*/\S*", " ", text)  # paths: DIR/cards/
    text = re.sub(r"\b[A-Z][A-Z0-9_]+\b(\.\.\.)?", " ", text)
    words = re.findall(r"[A-Za-z]{2,}", text)
    return [w for w in words if w not in _NAMES and w not in COMMANDS and w != "export"]


# --- every text in both languages ---------------------------------------------------------


def test_the_catalogue_has_both_languages_for_every_key():
    for key, (zh, en) in LABELS.items():
        assert zh.strip() and en.strip(), key
        assert re.search(r"[\u4e00-\u9fff]", zh), key
        assert re.search(r"[A-Za-z]{3}", en), key


@pytest.mark.parametrize("path", EVERY, ids=lambda p: " ".join(p) or "kam")
def test_every_command_and_parameter_has_its_help_in_both_languages(path):
    ctx = _context(path)
    key = ".".join(path) or "kam"
    for language in ("zh", "en"):
        assert help_text(key, language), key
        if path:
            assert help_text(f"{key}.short", language), key
        for param in _documented(ctx):
            assert help_text(parameter_key(ctx, param), language), (key, param.name, language)


def test_no_help_text_is_left_in_the_code():
    """One source per text: the decorators and docstrings hold no help; the catalogue does."""
    for path in EVERY:
        ctx = _context(path)
        for param in _documented(ctx):
            assert not getattr(param, "help", None), (path, param.name)


@pytest.mark.parametrize("path", EVERY, ids=lambda p: " ".join(p) or "kam")
def test_help_prints_in_chinese_under_a_chinese_locale(path):
    result = kam(*path, "--help", lang=ZH)
    assert result.exit_code == 0, result.output
    out = result.stdout
    ctx = _context(path)
    key = ".".join(path) or "kam"
    assert out.startswith(f"用法: kam {' '.join(path)}".rstrip() + " ")
    assert "\n选项:\n" in out and "  -h, --help" in out and "显示此帮助并退出。" in out
    assert _squash(help_text(key, "zh")) in _squash(out)
    for param in _documented(ctx):
        assert _squash(help_text(parameter_key(ctx, param), "zh")) in _squash(out), param.name
    if any(isinstance(p, click.Argument) for p in ctx.command.get_params(ctx)):
        assert "\n参数:\n" in out
    assert _english_words(out.split("\n", 1)[1]) == [], out  # the usage line names the command
    # Wrapped by display width: a Chinese character takes two columns of the 80.
    assert max(width_of(line) for line in out.splitlines()) <= 80, out


@pytest.mark.parametrize("path", EVERY, ids=lambda p: " ".join(p) or "kam")
def test_help_prints_in_english_by_default(path):
    result = kam(*path, "--help")
    assert result.exit_code == 0, result.output
    out = result.stdout
    ctx = _context(path)
    assert out.startswith("Usage: kam") and "\nOptions:\n" in out and "Show this message and exit." in out
    assert _squash(help_text(".".join(path) or "kam", "en")) in _squash(out)
    for param in _documented(ctx):
        assert _squash(help_text(parameter_key(ctx, param), "en")) in _squash(out), param.name
    assert not re.search(r"[\u4e00-\u9fff]", out.replace("谈判预案", ""))


@pytest.mark.parametrize("path", COMMAND_PATHS, ids=" ".join)
def test_lang_on_the_command_line_wins_over_the_locale(path):
    zh = kam(*path, "--help", "--lang", "zh")
    en = kam(*path, "--lang", "en", "--help", lang=ZH)
    if not any(p.name == "language" for p in _context(path).command.get_params(_context(path))):
        # A command without --lang (templates) refuses the option, in the locale's language.
        assert zh.exit_code == en.exit_code == 2
        return
    assert zh.exit_code == en.exit_code == 0
    assert zh.stdout.startswith("用法: ") and "\n选项:\n" in zh.stdout
    assert en.stdout.startswith("Usage: ") and "\nOptions:\n" in en.stdout


def test_lang_before_the_command_sets_the_help_and_the_commands_language():
    brief = str(ROOT / "examples" / "brief-zh.yaml")
    for args in (("--help", "--lang", "zh"), ("--lang", "zh", "--help"), ("--lang=zh", "--help")):
        result = kam(*args)
        assert result.exit_code == 0 and result.stdout.startswith("用法: kam "), args
        assert "  --lang [zh|en]  kam 的帮助和提示信息的语言" in result.stdout
    assert kam("--lang", "en", "--help", lang=ZH).stdout.startswith("Usage: kam ")
    # The brief says zh; kam's --lang before the command is the command's --lang too.
    assert kam("--lang", "en", "validate", brief, lang=ZH).stdout == f"OK {brief}\n"
    report = kam("--lang", "en", "check", brief, "--today", "2026-11-20", lang=ZH).stdout
    assert "No findings." in report and "未发现问题" not in report
    # The command's own --lang, nearer the command, wins.
    assert kam("--lang", "en", "validate", "--lang", "zh", brief).stdout == f"通过 {brief}\n"
    assert kam("--lang", "zh", "schema").exit_code == 0  # a command without --lang of its own runs as before


def test_the_groups_help_lists_every_command_from_the_catalogue():
    zh, en = kam("--help", lang=ZH).stdout, kam("--help").stdout
    for name in COMMANDS:
        assert f"  {name}" in zh and f"  {name}" in en
    assert "  validate   检查简报，逐条报告问题所在的文件、行和列。\n" in zh
    assert "  validate   Check briefs and report every problem with file, line and column.\n" in en
    assert "  --debug         出错时显示调用栈" in zh and "  --debug         Show a traceback on errors.\n" in en
    templates = kam("templates", "--help", lang=ZH).stdout
    assert "\n命令:\n  export  把内置模板复制到一个文件夹中以便修改。\n" in templates


def test_clicks_extras_read_in_chinese():
    visits = _squash(kam("visits", "--help", lang=ZH).stdout)
    assert "计划覆盖的周数。（默认：4；1<=x<=52）" in visits
    preflight = _squash(kam("preflight", "--help", lang=ZH).stdout)
    assert "就是不能让客户看到的内容。（必填）" in preflight
    english = _squash(kam("visits", "--help").stdout)
    assert "Lengthoftheplaninweeks.[default:4;1<=x<=52]" in english


def test_kam_help_imports_no_command_module_nor_pydantic():
    code = (
        "import sys\n"
        "from generator.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in sys.modules if m.startswith(('generator.commands.', 'pydantic', 'babel', 'yaml'))]\n"
        "print(sorted(set(heavy) - {'generator.commands.help', 'generator.commands.click_language'}), file=sys.stderr)\n"
    )
    for lang in ("C.UTF-8", ZH):
        result = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={"PYTHONPATH": str(ROOT), "LANG": lang},
            check=True,
        )
        assert result.stderr.strip() == "[]"


def test_clicks_english_is_its_own_words():
    """English goes through the catalogue too (no gettext lookups): it must say exactly what Click says."""
    from generator.i18n.labels.click import LABELS

    assert all(english == message for message, (_, english) in LABELS.items())
    result = kam("validate", "--wekks")
    assert result.exit_code == 2 and "Error: No such option '--wekks'." in result.output
