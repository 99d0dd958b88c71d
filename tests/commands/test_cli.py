"""The command line through Click's runner: outputs, messages and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from docx_reading import headings, open_docx

from generator.cli import main


@click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []})
@click.pass_context
def _console_script(ctx):
    main(list(ctx.args))


@pytest.fixture()
def run():
    """Return a function running `kam ARGS…` through `main()`, the console script's own entry,
    so the error mapping and exit codes are the real ones."""
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(_console_script, [str(a) for a in args])

    return invoke


def test_validate_ok(run, examples_dir):
    result = run("validate", examples_dir / "brief-zh.yaml", examples_dir / "brief-en.yaml")
    assert result.exit_code == 0
    # Each brief's line in its own language (no --lang).
    assert result.output.splitlines() == [
        f"通过 {examples_dir / 'brief-zh.yaml'}",
        f"OK {examples_dir / 'brief-en.yaml'}",
    ]


def test_validate_reports_every_problem_and_exits_1(run, tmp_path, examples_dir):
    bad = tmp_path / "bad.yaml"
    bad.write_text("brief: 1\naccount:\n  nam: x\n  tier: vip\n", encoding="utf-8")
    result = run("validate", examples_dir / "brief-zh.yaml", bad)
    assert result.exit_code == 1
    assert f"通过 {examples_dir / 'brief-zh.yaml'}" in result.stdout
    errors = result.stderr.splitlines()
    assert f"{bad}:3:3: account.nam: unknown key; did you mean 'name'?" in errors
    assert any(e.startswith(f"{bad}:4:9: account.tier: must be one of: key, ordinary, small") for e in errors)
    assert "Traceback" not in result.output


def test_usage_errors_exit_2(run, tmp_path):
    assert run("validate").exit_code == 2
    assert run("proposal").exit_code == 2
    assert run("proposal", "x.yaml", "--lang", "fr").exit_code == 2
    assert run("nonsense").exit_code == 2


def test_debug_shows_the_traceback(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("brief: 1\n", encoding="utf-8")
    from generator.errors import BriefError

    with pytest.raises(BriefError):
        main(["--debug", "validate", str(bad)])


def test_proposal_default_output_next_to_the_brief(run, examples):
    result = run("proposal", examples / "brief-zh.yaml")
    assert result.exit_code == 0, result.output
    target = examples / "二期产线自动化改造方案建议书.docx"
    assert result.stdout.strip() == f"已写入 {target}"
    assert headings(open_docx(target), 1)[0] == "一、客户背景"


def test_proposal_output_lang_and_parent_folders(run, examples, tmp_path):
    target = tmp_path / "deep" / "er" / "p.docx"
    result = run("proposal", examples / "brief-zh.yaml", "-o", target, "--lang", "en")
    assert result.exit_code == 0, result.output
    assert headings(open_docx(target), 1)[0] == "1. Background"


def test_proposal_same_bytes_every_run(run, examples, tmp_path):
    for name in ("a.docx", "b.docx"):
        assert run("proposal", examples / "brief-en.yaml", "-o", tmp_path / name).exit_code == 0
    assert (tmp_path / "a.docx").read_bytes() == (tmp_path / "b.docx").read_bytes()


def test_bad_brief_writes_nothing(run, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "brief: 1\naccount: {name: x}\nproposal: {title: T, pricing: {items: [{name: a, unit_price: -1}]}}\n",
        encoding="utf-8",
    )
    result = run("proposal", bad, "-o", tmp_path / "out" / "p.docx")
    assert result.exit_code == 1
    assert "proposal.pricing.items[0].unit_price: must be ≥ 0" in result.stderr
    assert not (tmp_path / "out").exists()


def test_brief_without_proposal_is_a_clear_error(run, tmp_path):
    brief = tmp_path / "b.yaml"
    brief.write_text("brief: 1\nseller: {name: S}\naccount: {name: x}\n", encoding="utf-8")
    result = run("proposal", brief)
    assert result.exit_code == 1
    assert "no proposal section" in result.stderr and "Traceback" not in result.output


def test_templates_option_uses_the_users_files(run, examples, tmp_path):
    folder = tmp_path / "tpl"
    assert run("templates", "export", folder).exit_code == 0
    assert {p.name for p in folder.iterdir()} >= {"proposal.docx", "proposal.j2"}
    text = (folder / "proposal.j2").read_text(encoding="utf-8")
    (folder / "proposal.j2").write_text(text.replace('{{ t("proposal.prepared_for") }}', "敬呈："), encoding="utf-8")
    (folder / "proposal.docx").unlink()  # falls back to the built-in
    target = tmp_path / "p.docx"
    assert run("proposal", examples / "brief-zh.yaml", "--templates", folder, "-o", target).exit_code == 0
    assert "敬呈：上海某某机械有限公司" in [p.text for p in open_docx(target).paragraphs]
    assert run("templates", "export", folder).exit_code == 1, "refuses to overwrite without --force"
    assert run("templates", "export", folder, "--force").exit_code == 0


def test_templates_option_must_be_a_folder(run, examples, tmp_path):
    assert run("proposal", examples / "brief-zh.yaml", "--templates", tmp_path / "missing").exit_code == 2


def test_schema(run, tmp_path):
    result = run("schema")
    schema = json.loads(result.stdout)
    assert schema["title"] == "kam account brief"
    assert {"brief", "account", "proposal", "negotiation"} <= set(schema["properties"])
    assert "决策层" in json.dumps(schema, ensure_ascii=False), "Chinese enum terms are allowed values"
    target = tmp_path / "s.json"
    assert run("schema", "-o", target).exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8")) == schema


def test_schema_accepts_the_examples(examples_dir):
    jsonschema = pytest.importorskip("jsonschema")
    from generator.load.yaml_source import load_yaml
    from generator.models.schema import brief_schema

    data, _ = load_yaml(examples_dir / "brief-zh.yaml")
    data = json.loads(json.dumps(data, default=str))
    jsonschema.validate(data, brief_schema())


@pytest.mark.parametrize("language", ["zh", "en"])
def test_init_writes_a_starter_that_validates_and_renders(run, tmp_path, language):
    folder = tmp_path / "new"
    result = run("init", folder, "--lang", language)
    assert result.exit_code == 0, result.output
    assert {p.name for p in folder.iterdir()} == {"brief.yaml", "seller.yaml", "brief.schema.json"}
    assert "#" in (folder / "brief.yaml").read_text(encoding="utf-8"), "the starter is commented"
    assert run("validate", folder / "brief.yaml").exit_code == 0
    assert run("proposal", folder / "brief.yaml").exit_code == 0
    assert run("init", folder).exit_code == 1, "never overwrites silently"


def test_demo_renders_every_document(run, tmp_path):
    result = run("demo", tmp_path / "out", "--lang", "en")
    assert result.exit_code == 0, result.output
    written = [Path(line.removeprefix("wrote ")) for line in result.stdout.splitlines()]
    assert written and all(p.exists() and p.stat().st_size > 0 for p in written)
    assert any(p.name == "二期产线自动化改造方案建议书.docx" for p in written)
    assert any(p.name == "Warehouse Control System Proposal.docx" for p in written)
    assert {"account-plan-zh.docx", "account-plan-en.docx"} <= {p.name for p in written}


def test_help_lists_the_commands(run):
    result = run("--help")
    assert result.exit_code == 0
    for name in ("validate", "proposal", "schema", "init", "templates", "demo"):
        assert f"  {name}" in result.stdout


def test_python_dash_m(examples_dir):
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "generator", "validate", str(examples_dir / "brief-en.yaml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and result.stdout.startswith("OK ")


def test_validate_checks_a_seller_file_as_a_seller(run, examples_dir, tmp_path):
    result = run("validate", examples_dir / "seller.yaml")
    assert result.exit_code == 0 and result.stdout.strip() == f"OK {examples_dir / 'seller.yaml'} (seller file)"
    bad = tmp_path / "seller.yaml"
    bad.write_text("name: 我方\nlogo: nope.png\ncontakt: {name: x}\n", encoding="utf-8")
    result = run("validate", bad)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{bad}:2:7: logo: logo file not found: nope.png",
        f"{bad}:3:1: contakt: unknown key; did you mean 'contact'?",
    ]
