"""Time `kam preflight` on a 200-page Word document next to a bare python-docx open of the same file.

    python benchmarks/bench_preflight.py [--runs 5] [--pages 200]

The document is kam's Chinese proposal with its body repeated until it is about 200 pages
long (tables, headings, runs with East Asian fonts, as kam writes them), plus a few edits
a rep makes (a tracked deletion, hidden text). Each figure is the median wall time of
separate subprocesses. Target: the check finishes in 2 s.
"""

from __future__ import annotations

import argparse
import copy
import io
import sys
import tempfile
import zipfile
from pathlib import Path

from lxml import etree
from timing import median_seconds  # benchmarks/timing.py

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TARGET = 2.0
PAGES_PER_COPY = 8  # the example proposal's body prints on eight A4 pages (LibreOffice)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def long_proposal(pages: int) -> bytes:
    """Return kam's zh proposal with its body repeated to about `pages` pages, and a few hand edits."""
    from generator.load import load_brief
    from generator.render.customer_view import customer_view
    from generator.render.proposal.document import render_proposal

    data = render_proposal(customer_view(load_brief(ROOT / "examples" / "brief-zh.yaml").brief))
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        members = {name: package.read(name) for name in package.namelist()}
    root = etree.fromstring(members["word/document.xml"])
    body = root.find(f"{{{W}}}body")
    section = body.find(f"{{{W}}}sectPr")
    blocks = [child for child in body if child is not section]
    for _ in range(max(1, pages // PAGES_PER_COPY) - 1):
        for block in blocks:
            section.addprevious(copy.deepcopy(block))
    paragraphs = body.findall(f"{{{W}}}p")
    for index in range(0, len(paragraphs), 97):  # a tracked deletion and hidden text here and there
        deletion = etree.SubElement(
            paragraphs[index], f"{{{W}}}del", {f"{{{W}}}id": str(10_000 + index), f"{{{W}}}author": "张三"}
        )
        etree.SubElement(etree.SubElement(deletion, f"{{{W}}}r"), f"{{{W}}}delText").text = "可让到 255万"
        hidden = etree.SubElement(paragraphs[index], f"{{{W}}}r")
        etree.SubElement(etree.SubElement(hidden, f"{{{W}}}rPr"), f"{{{W}}}vanish")
        etree.SubElement(hidden, f"{{{W}}}t").text = "内部备注"
    members["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, blob in members.items():
            package.writestr(name, blob)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pages", type=int, default=200)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "long.docx"
        path.write_bytes(long_proposal(args.pages))
        brief = ROOT / "examples" / "brief-zh.yaml"
        open_only = [sys.executable, "-c", f"import docx; docx.Document({str(path)!r})"]
        read_text = [
            sys.executable,
            "-c",
            f"import docx; d = docx.Document({str(path)!r}); "
            "[p.text for p in d.paragraphs]; [c.text for t in d.tables for r in t.rows for c in r.cells]",
        ]
        # preflight exits 1 here (it finds the edits); median_seconds needs exit 0, so wrap it.
        check = [
            sys.executable,
            "-c",
            "import sys, runpy; sys.argv = ['kam', 'preflight', "
            f"{str(path)!r}, '--brief', {str(brief)!r}]; "
            "from generator.cli import main\ntry:\n    main()\nexcept SystemExit:\n    pass",
        ]
        timings = [
            ("python-docx: open", median_seconds(open_only, args.runs)),
            ("python-docx: open + every paragraph and cell", median_seconds(read_text, args.runs)),
            ("kam preflight", median_seconds(check, args.runs)),
        ]
        size = path.stat().st_size
    print(f"a {args.pages}-page proposal ({size // 1024} KB), median of {args.runs} runs each:")
    for label, seconds in timings:
        print(f"  {label:46} {seconds:6.3f} s")
    elapsed = timings[-1][1]
    print(f"  target for kam preflight ≤ {TARGET} s: {'met' if elapsed <= TARGET else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
