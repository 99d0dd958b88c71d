"""Patterns compiled on first use (generator/load/lazy_patterns.py), and the YAML reader imported that way."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap

from repo_paths import ROOT

from generator.load import yaml_source
from generator.load.lazy_patterns import PatternOnFirstUse, patterns_compiled_on_first_use


def test_a_pattern_compiles_on_first_use_and_then_behaves_as_compiled() -> None:
    with patterns_compiled_on_first_use():
        lazy = re.compile(r"(\d+)-(\d+)", re.ASCII)
    assert re.compile is not PatternOnFirstUse  # put back on leaving
    assert isinstance(lazy, PatternOnFirstUse) and lazy._compiled is None
    assert lazy.match("12-34").groups() == ("12", "34")
    assert lazy.sub(r"\2-\1", "1-2 and 3-4") == "2-1 and 4-3"
    assert lazy.flags & re.ASCII and lazy.pattern == r"(\d+)-(\d+)"
    assert isinstance(lazy._compiled, re.Pattern)


def test_re_compile_is_put_back_when_the_import_fails() -> None:
    try:
        with patterns_compiled_on_first_use():
            raise ImportError("no such module")
    except ImportError:
        pass
    assert isinstance(re.compile("x"), re.Pattern)


def test_pyyamls_own_readers_still_work_when_imported_so() -> None:
    """The pure-Python loader (used only where libyaml is missing) and the dumper use the deferred patterns."""
    code = """
        import re
        from generator.load import yaml_source
        import yaml
        print(type(yaml.reader.Reader.NON_PRINTABLE).__name__)
        print(yaml.load("a: 2026-01-02\\nb: [1, 0x1f, yes, ~]\\n", Loader=yaml.SafeLoader))
        print(yaml.safe_dump({"k": "v: w", "n": 1.5}).strip().replace("\\n", " | "))
        try:
            yaml.load("a: \\x07", Loader=yaml.SafeLoader)
        except yaml.reader.ReaderError as exc:
            print("refused", hex(exc.character))
    """
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines() == [
        "PatternOnFirstUse",
        "{'a': datetime.date(2026, 1, 2), 'b': [1, 31, True, None]}",
        "k: 'v: w' | n: 1.5",
        "refused 0x7",
    ]


def test_kams_forbidden_characters_are_yamls() -> None:
    every_character = "".join(chr(code) for code in range(sys.maxunicode + 1))
    yamls = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
    found = [match.start() for match in yaml_source._NON_PRINTABLE.finditer(every_character)]
    assert found == [match.start() for match in yamls.finditer(every_character)]
    assert len(found) == 9 + 2 + 18 + 6 + 26 + 2048 + 2  # C0 less TAB/LF/CR, DEL and C1 less NEL, surrogates, FFFE/FFFF
