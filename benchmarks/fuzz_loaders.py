"""Fuzz kam's loaders with mutated copies of the example files; print every crash and every slow case.

    PYTHONPATH=$PWD python benchmarks/fuzz_loaders.py [--cases 3000] [--seed 11] [--bound 2.0]

Each case takes one example (brief-zh.yaml, brief-en.yaml, seller.yaml, customers.csv,
customers.xlsx), mutates it (bytes flipped, inserted, deleted or repeated; YAML/CSV tokens
spliced in; dates and values replaced by impossible dates and odd tokens; a workbook's inner
XML mutated and re-zipped, or the zip itself), runs the loader
in this process, and records any exception outside kam's KamError family and any run over
the time bound. Prints a summary and one line per distinct finding; exits 1 if there is any.
"""

from __future__ import annotations

import argparse
import collections
import io
import random
import re
import shutil
import sys
import tempfile
import time
import traceback
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

YAML_TOKENS = [
    b"&a ",
    b"*a",
    b"!!python/object:os.system ",
    b"!custom ",
    b"<<: *a\n",
    b"---\n",
    b"? ",
    b": ",
    b"- ",
    b"{",
    b"}",
    b"[",
    b"]",
    b"\t",
    b"\x00",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"2026-02-30",
    b"9999-99-99",
    b"0000-00-00",
    b"1e400",
    b"-.inf",
    b".nan",
    b"9" * 5000,
    b"'",
    b'"',
    b"\\",
    b"|\n",
    b">-\n",
    b"#",
    b"yes",
    b"~",
    b"%YAML 1.1\n",
    b"%TAG ! tag:x,2000:\n",
    b"\xe4\xb8\xad",
    b"\xc3",
    b"\n" * 3,
    b"  " * 40,
    b"\r",
    b"\x85",
    b"\xe2\x80\xa8",
    b"@",
    b"`",
    b"!!binary ",
    b"!!timestamp ",
    b"!!int ",
    b"!!omap ",
]
CSV_TOKENS = [
    b'"',
    b'""',
    b",",
    b";",
    b"\t",
    b"\r\n",
    b"\n",
    b"\x00",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
    b"2026-02-30",
    b"2026\xe5\xb9\xb42\xe6\x9c\x8830\xe6\x97\xa5",
    b"1e400",
    b"NaN",
    b"-0",
    b"\xa3",
    b"\x81",
    b"\xe4\xb8\x87",
    b"=cmd|' /C calc'!A0",
    b"9" * 5000,
    b"\\",
]
XML_TOKENS = [
    b"<",
    b">",
    b"</c>",
    b'<row r="0">',
    b'<row r="99999999">',
    b'<c r="ZZZZ1"/>',
    b'<c r="A1" t="d"><v>2026-02-30</v></c>',
    b'<c t="s"><v>99999</v></c>',
    b'<c t="n"><v>1e400</v></c>',
    b'<c t="b"><v>x</v></c>',
    b"<!DOCTYPE x>",
    b"&amp;",
    b"&bogus;",
    b"\x00",
    b"<v>",
    b"</sheetData>",
    b'<c r="A2" s="999"><v>1</v></c>',
]


_DATE = re.compile(rb"\d{4}-\d{2}-\d{2}")
_VALUE = re.compile(rb"(?<=: )[^\n,}]+|(?<=,)[^,\n]*")


def _splice_value(out: bytearray, rng: random.Random, tokens: list[bytes]) -> None:
    """Replace a date, or a value after `: ` or a comma, by a random date-shaped token or a token."""
    if rng.random() < 0.5:
        matches = list(_DATE.finditer(out))
        digits = [
            rng.choice([b"%04d" % rng.randrange(10000), b"2026"]),
            b"%02d" % rng.randrange(100),
            b"%02d" % rng.randrange(100),
        ]
        replacement = b"-".join(digits)
    else:
        matches = list(_VALUE.finditer(out))
        replacement = rng.choice(tokens)
    if matches:
        match = rng.choice(matches)
        out[match.start() : match.end()] = replacement


def mutate(data: bytes, rng: random.Random, tokens: list[bytes]) -> bytes:
    """Return `data` with one to four random mutations."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        if not out:
            out += rng.choice(tokens)
            continue
        at = rng.randrange(len(out))
        kind = rng.randrange(9)
        if kind >= 7:
            _splice_value(out, rng, tokens)
        elif kind == 0:
            out[at] = rng.randrange(256)
        elif kind == 1:
            out[at:at] = bytes([rng.randrange(256)])
        elif kind == 2:
            del out[at : at + rng.randint(1, 64)]
        elif kind == 3:
            out[at:at] = rng.choice(tokens)
        elif kind == 4:
            piece = out[at : at + rng.randint(1, 200)]
            out[at:at] = piece * rng.randint(2, 20)
        elif kind == 5:
            del out[at:]
        else:
            other = rng.randrange(len(out))
            out[at], out[other] = out[other], out[at]
    return bytes(out)


def mutate_workbook(data: bytes, rng: random.Random) -> bytes:
    """Return the workbook with its zip bytes mutated, or (mostly) one inner part mutated and re-zipped."""
    if rng.random() < 0.25:
        return mutate(data, rng, XML_TOKENS)
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    weights = [
        8 if "worksheets" in n else 3 if "sharedStrings" in n or "workbook" in n or "styles" in n else 1 for n in names
    ]
    victim = rng.choices(names, weights)[0]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for name in names:
            part = source.read(name)
            if name == victim:
                part = mutate(part, rng, XML_TOKENS)
            if not (name == victim and rng.random() < 0.05):  # now and then a part goes missing
                out.writestr(name, part)
    return buffer.getvalue()


def run_case(target: str, work: Path, data: bytes) -> None:
    """Load one mutated file the way kam's commands do; KamError is the expected failure."""
    from generator.load import load_brief, load_seller
    from generator.load.customers import RecordFailure, iter_customers

    path = work / target
    path.write_bytes(data)
    if target == "seller.yaml":
        brief = work / "brief-zh.yaml"
        load_brief(brief)  # the brief reads the mutated seller file
        load_seller(path)
    elif target.endswith(".yaml"):
        load_brief(path)
    else:
        for item in iter_customers([path]):
            if isinstance(item, RecordFailure):
                [str(p) for p in item.problems]  # the messages themselves must render


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--bound", type=float, default=2.0, help="seconds a single case may take")
    parser.add_argument("--keep", type=Path, help="folder to save the input of each finding")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    from generator.errors import KamError
    from generator.load import load_brief

    load_brief(EXAMPLES / "brief-zh.yaml")  # imports and caches outside the timings
    rng = random.Random(args.seed)
    targets = ["brief-zh.yaml", "brief-en.yaml", "seller.yaml", "customers.csv", "customers.xlsx"]
    originals = {t: (EXAMPLES / t).read_bytes() for t in targets}
    findings: dict[str, list[tuple[str, int]]] = collections.defaultdict(list)
    examples: dict[str, str] = {}
    outcomes: collections.Counter[str] = collections.Counter()
    slowest = (0.0, "")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        shutil.copytree(EXAMPLES, work, dirs_exist_ok=True)
        for case in range(args.cases):
            target = targets[case % len(targets)]
            original = originals[target]
            if target.endswith(".xlsx"):
                data = mutate_workbook(original, rng)
            else:
                data = mutate(original, rng, CSV_TOKENS if target.endswith(".csv") else YAML_TOKENS)
            begin = time.perf_counter()
            try:
                run_case(target, work, data)
                outcomes["loaded"] += 1
            except KamError:
                outcomes["refused (KamError)"] += 1
            except Exception as exc:  # a finding: kam would show a traceback
                frame = traceback.extract_tb(exc.__traceback__)[-1]
                key = f"{type(exc).__name__} at {Path(frame.filename).name}:{frame.lineno} ({target})"
                findings[key].append((target, case))
                examples.setdefault(key, str(exc).splitlines()[0][:120] if str(exc) else "")
                outcomes["CRASH"] += 1
                if args.keep:
                    args.keep.mkdir(parents=True, exist_ok=True)
                    (args.keep / f"case{case}-{target}").write_bytes(data)
            finally:
                (work / target).write_bytes(original)
            took = time.perf_counter() - begin
            slowest = max(slowest, (took, f"case {case} ({target})"))
            if took > args.bound:
                findings[f"slow: over {args.bound:g} s on {target}"].append((target, case))
                examples.setdefault(f"slow: over {args.bound:g} s on {target}", f"{took:.1f} s")
                if args.keep:
                    args.keep.mkdir(parents=True, exist_ok=True)
                    (args.keep / f"case{case}-slow-{target}").write_bytes(data)
    elapsed = time.perf_counter() - started
    print(f"{args.cases} cases in {elapsed:.1f} s (seed {args.seed}); slowest {slowest[0] * 1000:.0f} ms, {slowest[1]}")
    for outcome, count in sorted(outcomes.items()):
        print(f"  {outcome:20} {count}")
    if not findings:
        print("no findings")
        return 0
    print(f"{len(findings)} distinct findings:")
    for key, cases in sorted(findings.items()):
        example = f": {examples[key]}" if examples.get(key) else ""
        print(f"  {len(cases):4}× {key}, first case {cases[0][1]}{example}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
