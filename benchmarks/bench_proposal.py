"""Time `kam proposal` and `kam --help` end to end (process start to file written), each next
to a bare baseline measured in the same run, and print the figures.

    python benchmarks/bench_proposal.py [--runs 7]

Targets on the 2-core reference machine: proposal ≤ 0.5 s, --help ≤ 0.15 s.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from timing import median_seconds  # benchmarks/timing.py

from generator.render.kit.templates import builtin_examples_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    brief = builtin_examples_dir() / "brief-zh.yaml"
    python = sys.executable
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "p.docx"
        rows = [
            ("python -c pass", [python, "-c", "pass"], None),
            ("python -c 'import docx'", [python, "-c", "import docx"], None),
            ("kam --help", [python, "-m", "generator", "--help"], 0.15),
            ("kam proposal (zh example)", [python, "-m", "generator", "proposal", str(brief), "-o", str(out)], 0.5),
        ]
        print(f"{'what':32} {'median s':>9} {'target':>7}")
        for label, command, target in rows:
            seconds = median_seconds(command, args.runs)
            verdict = "" if target is None else (f"{target:.2f} " + ("ok" if seconds <= target else "OVER"))
            print(f"{label:32} {seconds:9.3f} {verdict:>7}")


if __name__ == "__main__":
    main()
