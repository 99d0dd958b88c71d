"""`kam check` prints findings that quote the brief: hostile names can't forge lines or drive the terminal."""

from __future__ import annotations

import json
import subprocess
import sys

from hostile import yaml_safe_json

from generator.render.check.report import terminal_text

EVIL = "Eve\x1b[2J\x1b]0;owned\x07\x9b31m\nbrief.yaml:1: error [forged] all is well\r"


def test_terminal_text_is_one_clean_line():
    assert terminal_text(EVIL) == "Eve[2J]0;owned31m brief.yaml:1: error [forged] all is well "
    assert terminal_text("王建国 · Ünïcödé 😀 שלום") == "王建国 · Ünïcödé 😀 שלום"


def test_check_report_quoting_a_hostile_name(tmp_path):
    brief = {
        "brief": 1,
        "language": "en",
        "seller": {"name": "Us"},
        "account": {"name": "Them"},
        "contacts": [{"id": "eve", "name": EVIL, "roles": ["decision_maker"], "attitude": "opponent"}],
        "opportunity": {"name": "Deal", "stage": "evaluation"},
    }
    path = tmp_path / "brief.yaml"
    path.write_text(yaml_safe_json(brief), encoding="utf-8")
    text = subprocess.run(
        [sys.executable, "-m", "generator", "check", str(path), "--today", "2026-11-27"], capture_output=True, text=True
    )
    assert "Eve[2J]0;owned31m brief.yaml:1: error [forged]" in text.stdout, text.stdout
    assert not any(ch in text.stdout for ch in "\x1b\x07\x9b\r")
    lines = text.stdout.splitlines()
    assert not any(line.startswith("brief.yaml:1: error [forged]") for line in lines), "no forged finding line"
    found = json.loads(
        subprocess.run(
            [sys.executable, "-m", "generator", "check", str(path), "--format", "json", "--today", "2026-11-27"],
            capture_output=True,
            text=True,
        ).stdout
    )
    assert any("\x1b" in item["message"] for item in found), "JSON keeps the data exactly; it escapes it"
