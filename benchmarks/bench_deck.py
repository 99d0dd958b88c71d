"""Time `kam deck` end to end on the Chinese example next to a bare `import pptx`.

    python benchmarks/bench_deck.py [--runs 7]

Each figure is the median wall time of separate subprocesses (a cold interpreter each
time, as a user runs it). The target for `kam deck` is 0.6 s.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from timing import median_seconds  # benchmarks/timing.py

ROOT = Path(__file__).resolve().parent.parent
TARGET = 0.6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "deck.pptx"
        deck = [sys.executable, "-m", "generator", "deck", str(ROOT / "examples" / "brief-zh.yaml"), "-o", str(out)]
        subprocess.run(deck, check=True, capture_output=True)  # warm the file cache
        baseline = median_seconds([sys.executable, "-c", "import pptx"], args.runs)
        elapsed = median_seconds(deck, args.runs)
    print(f"python -c 'import pptx'   {baseline:.3f} s (median of {args.runs})")
    print(
        f"kam deck brief-zh.yaml    {elapsed:.3f} s (median of {args.runs}; target ≤ {TARGET} s: "
        f"{'met' if elapsed <= TARGET else 'NOT met'})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
