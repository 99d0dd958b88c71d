"""Archive benchmark: prints figures, asserts nothing.

1. End to end: N generated customers (CSV) → `kam archive --jobs J`: wall time and peak memory.
2. Per card, one process, the same cards three ways:
   - kam: the compiled card (CardMaker.make: fill the template, append to the pre-zipped fixed parts);
   - docxtpl: the card's sections as a docxtpl template (`{%tr for %}` rows), rendered and saved;
   - limit: the finished parts (document.xml already rendered) written straight into a zip.

    python benchmarks/bench_archive.py [--customers 10000] [--jobs 2] [--cards 300]
Needs the `bench` extra (docxtpl) for the comparison.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

HEADERS = [
    "客户名称",
    "简称",
    "行业",
    "客户性质",
    "交易状态",
    "成为客户日期",
    "年采购额",
    "忠诚阶段",
    "地址",
    "电话",
    "开户银行",
    "银行账号",
    "优先发货",
    "最近成交日期",
    "最近成交内容",
    "最近成交金额",
    "会回我们的电话",
    "认为我们是最好的",
    "喜欢与我们讨论业务问题",
    "上次拜访",
    "下次拜访",
    "contacts[0].name",
    "contacts[0].title",
    "contacts[0].level",
    "contacts[0].roles",
    "contacts[0].style",
    "contacts[1].name",
    "contacts[1].title",
    "contacts[1].level",
    "contacts[1].roles",
    "contacts[1].coach",
]


def generate(path: Path, count: int, seed: int = 7) -> None:
    """Write `count` plausible customers to a CSV (fixed seed: the same file every time)."""
    rng = random.Random(seed)
    cities = ["上海", "苏州", "杭州", "南京", "宁波", "合肥", "无锡", "常州"]
    trades = ["精密机械", "汽车零部件", "电子制造", "注塑", "新能源电池", "五金", "食品", "医药"]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for i in range(count):
            city, trade = rng.choice(cities), rng.choice(trades)
            value = int(rng.paretovariate(1.2) * 100_000)
            writer.writerow(
                [
                    f"{city}{trade}客户{i:05d}有限公司",
                    f"客户{i:05d}",
                    trade,
                    "普通公司",
                    rng.choice(["已交易", "正交易", "将交易"]),
                    f"20{rng.randint(10, 25)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                    value,
                    rng.choice(["比价", "习惯", "满意", "情感", "忠诚"]),
                    f"{city}市某某路 {rng.randint(1, 999)} 号",
                    f"0{rng.randint(10, 999)}-{rng.randint(1000000, 9999999)}",
                    "中国工商银行",
                    f"{rng.randint(10**15, 10**16)}",
                    rng.choice(["是", "否"]),
                    "2025-06-30",
                    "设备采购",
                    int(value * 0.3),
                    rng.choice(["是", "否", ""]),
                    rng.choice(["是", "否", ""]),
                    rng.choice(["是", "否", ""]),
                    "2026-09-01",
                    "2026-12-01",
                    "王经理",
                    "总经理",
                    "决策层",
                    "决策者、批准者",
                    "进取型",
                    "李工",
                    "设备科长",
                    "管理层",
                    "设计者",
                    rng.choice(["是", "否"]),
                ]
            )


def end_to_end(count: int, jobs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "customers.csv"
        generate(source, count)
        started = time.perf_counter()
        process = subprocess.run(
            [
                sys.executable,
                "-m",
                "generator",
                "archive",
                str(source),
                "-o",
                str(Path(tmp) / "out"),
                "--jobs",
                str(jobs),
            ],
            capture_output=True,
            text=True,
        )
        elapsed = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        cards = sum(1 for _ in (Path(tmp) / "out" / "cards").iterdir())
        print(
            f"end to end: {count} customers, --jobs {jobs}: {elapsed:.1f} s, {cards} cards, exit {process.returncode}, "
            f"peak RSS of the largest process {peak:.0f} MB"
        )
        if process.returncode:
            print(process.stderr[-2000:])


def per_card(count: int) -> None:
    from generator.analysis.grading import Customer, grade_customers
    from generator.load.customers import CustomerRecord, iter_customers
    from generator.render.archive.card import CardMaker, card_context, grade_context
    from generator.render.archive.parts import FIXED_PARTS, core_xml

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "customers.csv"
        generate(source, count)
        records = [r for r in iter_customers([source]) if isinstance(r, CustomerRecord)]
        contexts = [card_context(r.brief) for r in records]
        grades = grade_customers([Customer(r.brief.account.name, r.brief.account.annual_value) for r in records])
        grade_contexts = [grade_context(g, "zh") for g in grades]
        maker = CardMaker()

        started = time.perf_counter()
        for context, grade in zip(contexts, grade_contexts):
            maker.make(context, grade)
        ours = (time.perf_counter() - started) / count

        # the practical limit: the same parts, already rendered, written into a zip
        documents = [maker.document_xml(c, g).encode() for c, g in zip(contexts, grade_contexts)]
        fixed = [(name, build("zh-CN").encode()) for name, build in FIXED_PARTS]
        started = time.perf_counter()
        for context, document in zip(contexts, documents):
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
                for name, data in fixed:
                    package.writestr(name, data)
                package.writestr("word/document.xml", document)
                package.writestr("docProps/core.xml", core_xml(context["name"], context["title"], "zh-CN"))
            buffer.getvalue()
        limit = (time.perf_counter() - started) / count

        docxtpl = _docxtpl(contexts, grade_contexts, Path(tmp))
        print(
            f"per card, one process ({count} cards): kam {ours * 1000:.2f} ms "
            f"({1 / ours:.0f}/s); limit {limit * 1000:.2f} ms ({1 / limit:.0f}/s); kam/limit = {ours / limit:.2f}×"
        )
        if docxtpl:
            print(
                f"docxtpl {docxtpl * 1000:.2f} ms ({1 / docxtpl:.0f}/s); kam is {docxtpl / ours:.1f}× docxtpl's throughput"
            )


def _docxtpl(contexts, grades, folder: Path) -> float | None:
    """Return docxtpl's seconds per card for the same content, or None when docxtpl is not installed."""
    try:
        from docxtpl import DocxTemplate
    except ImportError:
        print("docxtpl not installed (pip install '.[bench]'): comparison skipped")
        return None
    from docx import Document

    template = folder / "card_tpl.docx"
    document = Document()
    document.add_paragraph("{{ title }}    {{ internal }}")
    document.add_heading("{{ name }}", 0)
    document.add_paragraph("{{ subtitle }}")
    document.add_paragraph("{{ tier }} {{ tier_note }} {{ rank_note }}")
    for section in ("overview", "basic", "business", "logistics"):
        document.add_heading(f"{{{{ labels.{section} }}}}", 1)
        table = document.add_table(rows=3, cols=2)
        table.rows[0].cells[0].text = f"{{%tr for label, value in {section} %}}"
        table.rows[1].cells[0].text, table.rows[1].cells[1].text = "{{ label }}", "{{ value }}"
        table.rows[2].cells[0].text = "{%tr endfor %}"
    document.add_heading("{{ buying.title }}", 1)
    table = document.add_table(rows=4, cols=9)
    for i in range(9):
        table.rows[0].cells[i].text = f"{{{{ buying.headers[{i}] }}}}"
        table.rows[2].cells[i].text = f"{{{{ row[{i}] }}}}"
    table.rows[1].cells[0].text = "{%tr for row in buying.rows %}"
    table.rows[3].cells[0].text = "{%tr endfor %}"
    document.add_heading("{{ health.title }}", 1)
    document.add_paragraph("{{ health.score }} {{ health.note }}")
    table = document.add_table(rows=3, cols=2)
    table.rows[0].cells[0].text = "{%tr for check, answer, state in health.rows %}"
    table.rows[1].cells[0].text, table.rows[1].cells[1].text = "{{ check }}", "{{ answer }}"
    table.rows[2].cells[0].text = "{%tr endfor %}"
    document.add_paragraph("{{ handover }}")
    document.save(template)
    started = time.perf_counter()
    for context, grade in zip(contexts, grades):
        tpl = DocxTemplate(template)
        tpl.render({**context, **grade}, autoescape=True)
        tpl.save(io.BytesIO())
    return (time.perf_counter() - started) / len(contexts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--cards", type=int, default=300)
    args = parser.parse_args()
    per_card(args.cards)
    end_to_end(args.customers, args.jobs)


if __name__ == "__main__":
    main()
