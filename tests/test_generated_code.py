"""The table of code `dataclasses` and `typing` generate (generator/generated_code.py): classes and
annotations come out exactly as without it, a second run compiles nothing, and a table in doubt is ignored."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from repo_paths import ROOT

from generator import generated_code

# Defines dataclasses in a fresh interpreter, with or without the table, and prints what a user of
# them sees: fields, defaults, equality, hashing, frozenness, repr and the annotations of __init__;
# then string annotations evaluated through typing.ForwardRef, and one that is not an expression.
PROBE = """
    import dataclasses, sys
    if sys.argv[1] == "table":
        from generator import generated_code
        generated_code.reuse("probe")
    from typing import ClassVar

    @dataclasses.dataclass(frozen=True)
    class Point:
        x: int
        y: int = 2
        tags: tuple[str, ...] = ()
        kind: ClassVar[str] = "point"

    @dataclasses.dataclass(order=True)
    class Item:
        name: str
        amounts: list[int] = dataclasses.field(default_factory=list)

    p = Point(1)
    try:
        p.x = 3
        frozen = "mutable"
    except dataclasses.FrozenInstanceError:
        frozen = "frozen"
    print(repr(p), p == Point(1, 2), hash(p) == hash(Point(1)), frozen)
    print(Item("a") < Item("b"), Item("a").amounts is not Item("a").amounts, repr(Item("z", [1])))
    print(Point.__init__.__annotations__, Item.__init__.__annotations__)

    import typing

    class Later:
        a: "list[int]"
        b: "Point | None"

    try:
        typing.ForwardRef("1 +")
    except SyntaxError as exc:
        refused = str(exc)
    print(typing.get_type_hints(Later), "|", refused)
    if sys.argv[1] == "table":
        from generator import generated_code
        print("compiled new:", generated_code._grew)
        generated_code.store()
"""


def run_probe(mode: str, pycache: Path, *, dont_write: bool = False) -> list[str]:
    """Return the probe's output lines, run with kam's bytecode (and so the table) under `pycache`."""
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(pycache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if dont_write:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(PROBE), mode],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.splitlines()


def table_in(pycache: Path, name: str = "probe") -> Path:
    """Return the path of the table `name` when kam's bytecode goes under `pycache`."""
    (found,) = pycache.rglob(f"generated-code.{name}.*.marshal")
    return found


def test_classes_are_the_same_with_the_table_and_without(tmp_path: Path) -> None:
    plain = run_probe("plain", tmp_path / "plain")
    first = run_probe("table", tmp_path / "table")
    again = run_probe("table", tmp_path / "table")
    assert first[:4] == plain == again[:4]
    assert plain[0] == "Point(x=1, y=2, tags=()) True True frozen"
    # Annotations stay objects: the table compiles without generated_code's own `from __future__ import annotations`.
    assert plain[2] == "{'x': <class 'int'>, 'y': <class 'int'>, 'tags': tuple[str, ...], 'return': None} " + (
        "{'name': <class 'str'>, 'amounts': list[int], 'return': None}"
    )
    assert plain[3] == (
        "{'a': list[int], 'b': __main__.Point | None} | Forward reference must be an expression -- got '1 +'"
    )
    assert first[4] == "compiled new: True"
    assert again[4] == "compiled new: False"  # everything came from the table written by the first run


def test_a_table_in_doubt_is_ignored_and_rewritten(tmp_path: Path) -> None:
    import importlib.util
    import marshal

    run_probe("table", tmp_path)
    table = table_in(tmp_path)
    entries = generated_code._read(table)
    assert entries
    older_kam = importlib.util.MAGIC_NUMBER + marshal.dumps(("0.0.1", entries))
    for damaged in (
        b"",
        b"\x00\x01\x02",
        table.read_bytes()[:40],
        b"\xff\xff\xff\xff" + table.read_bytes()[4:],
        importlib.util.MAGIC_NUMBER + marshal.dumps(entries),  # no version
        older_kam,
    ):
        table.write_bytes(damaged)
        lines = run_probe("table", tmp_path)
        assert lines[0] == "Point(x=1, y=2, tags=()) True True frozen"
        assert lines[4] == "compiled new: True"
    assert run_probe("table", tmp_path)[4] == "compiled new: False"


def test_nothing_is_written_where_bytecode_is_not(tmp_path: Path) -> None:
    assert run_probe("table", tmp_path, dont_write=True)[4] == "compiled new: True"
    assert not list(tmp_path.rglob("generated-code.*"))


def test_an_oversized_table_keeps_only_what_the_run_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import marshal

    from generator import generated_code

    monkeypatch.setattr(generated_code, "table_path", lambda name: tmp_path / "table.marshal")
    monkeypatch.setattr(generated_code, "_MAX_ENTRIES", 3)
    stored = {f"exec\0x = {n}": marshal.dumps(compile(f"x = {n}", "<string>", "exec")) for n in range(5)}
    stored["exec\0x = 4"] = b"\x00damaged"
    monkeypatch.setattr(generated_code, "_stored", stored)
    monkeypatch.setattr(generated_code, "_loaded", {})
    monkeypatch.setattr(generated_code, "_used", set())
    monkeypatch.setattr(generated_code, "_grew", False)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    namespace: dict = {}
    generated_code._exec("y = 41 + 1", namespace)
    generated_code._exec("x = 2", namespace)
    assert (namespace["y"], namespace["x"]) == (42, 2)
    generated_code._exec("x = 4", namespace)  # its entry is damaged: compiled anew
    assert namespace["x"] == 4
    generated_code.store()
    assert set(generated_code._read(tmp_path / "table.marshal")) == {"exec\0y = 41 + 1", "exec\0x = 2", "exec\0x = 4"}


def test_each_command_has_its_table_and_adds_nothing_the_second_time(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(tmp_path)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [
        sys.executable,
        "-m",
        "generator",
        "check",
        str(ROOT / "examples" / "brief-zh.yaml"),
        "--today",
        "2026-11-20",
    ]
    first = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    table = table_in(tmp_path, "check")
    written = table.stat().st_mtime_ns
    again = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    assert first.stdout == again.stdout and first.returncode == again.returncode == 0
    assert table.stat().st_mtime_ns == written
    validate = [sys.executable, "-m", "generator", "validate", str(ROOT / "examples" / "brief-en.yaml")]
    assert subprocess.run(validate, cwd=ROOT, env=env, capture_output=True).returncode == 0
    assert len(generated_code._read(table_in(tmp_path, "validate"))) < len(generated_code._read(table))
