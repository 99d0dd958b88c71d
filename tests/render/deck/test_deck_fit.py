"""Text fits: measuring, wrapping, shrinking and continuing; a stress brief checked by our
measurement and rendered by LibreOffice."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from deck_reading import open_pptx, overflows, slide_text, titles
from yaml_helpers import brief_with

from generator.render.customer_view import customer_view
from generator.render.deck.document import render_deck
from generator.render.kit.text_fit import Box, BoxStyle, Metrics, Para, block_height, fit, fit_line, paginate, wrap

METRICS = Metrics()
LONG_ZH = (
    "以机器人焊接工作站为核心配合质量追溯模块在二期产线建成焊接自动化与数据追溯的数字化产线并由本地团队提供全生命周期服务"
    * 3
)


# --- measuring and wrapping ---------------------------------------------------------------


def test_chinese_characters_are_one_em_and_latin_is_narrower():
    assert METRICS.em_width("焊接机器人") == pytest.approx(5.0, abs=0.01)
    assert 0.3 < METRICS.em_width("n") < 0.7
    assert METRICS.em_width("WWW") > METRICS.em_width("iii")


def test_fallback_model_is_conservative_without_font_files():
    blind = Metrics("No Such Font Family 123", "No Such CJK Font 456")
    text = "Warehouse control 焊接"
    assert blind.em_width(text) >= METRICS.em_width(text) * 0.9


def test_chinese_breaks_between_characters_without_spaces():
    lines = wrap(LONG_ZH, 200, 20, METRICS)
    assert len(lines) > 5
    assert "".join(lines) == LONG_ZH
    assert all(METRICS.width(line, 20) <= 200 for line in lines)


def test_latin_breaks_at_spaces_and_long_words_break_inside():
    text = "Real-time orchestration of conveyors, shuttles and pick stations"
    lines = wrap(text, 160, 20, METRICS)
    assert "".join(lines) == text
    assert all(line.endswith(" ") or line == lines[-1] for line in lines)
    long_word = wrap("A" * 80, 100, 20, METRICS)
    assert len(long_word) > 1 and "".join(long_word) == "A" * 80


def test_closing_punctuation_never_starts_a_line():
    text = "返修率降低，" * 30
    for width in range(60, 260, 7):
        for line in wrap(text, width, 20, METRICS)[1:]:
            assert not line.startswith("，"), (width, line)


def test_fit_shrinks_before_it_continues():
    style = BoxStyle()
    box = Box(400, 200)
    short = [Para("一句话")]
    assert fit(short, box, 24, 14, style, METRICS).size == 24
    medium = [Para(LONG_ZH[:90])]
    fitted = fit(medium, box, 24, 14, style, METRICS)
    assert 14 <= fitted.size < 24 and len(fitted.pages) == 1
    assert block_height(medium, box, fitted.size, style, METRICS) <= box.height
    long = [Para(LONG_ZH) for _ in range(3)]
    fitted = fit(long, box, 24, 14, style, METRICS)
    assert fitted.size == 14 and len(fitted.pages) > 1
    for page in fitted.pages:
        assert block_height(page, box, 14, style, METRICS) <= box.height
    # nothing is lost: the pages put back together are the text
    assert "".join(p.text for page in fitted.pages for p in page) == LONG_ZH * 3


def test_a_text_fitted_again_gets_the_same_answer_and_its_own_lists():
    # Fitting and wrapping keep their results (a deck fits the same text again and again): what one
    # caller does with its lists must not reach the next caller.
    style, box = BoxStyle(), Box(400, 200)
    paras = [Para(LONG_ZH) for _ in range(3)]
    first = fit(paras, box, 24, 14, style, METRICS)
    pages = [list(page) for page in first.pages]
    first.pages[0].clear()
    first.pages.append([Para("changed")])
    again = fit(paras, box, 24, 14, style, METRICS)
    assert again.size == first.size and again.pages == pages
    lines = wrap(LONG_ZH, 200, 20, METRICS)
    lines.append("changed")
    assert wrap(LONG_ZH, 200, 20, METRICS) == lines[:-1]
    # a text longer than what is kept is measured afresh, with the same result each time
    huge = [Para(LONG_ZH * 40)]
    assert fit(huge, box, 24, 14, style, METRICS).pages == fit(huge, box, 24, 14, style, METRICS).pages


def test_a_very_long_paragraph_is_fitted_and_continued_exactly():
    # Past the cached length a paragraph that cannot fit is wrapped only as far as the box: the
    # answers are those of wrapping it whole (block_height), and nothing is lost between pages.
    style, box = BoxStyle(), Box(400, 200)
    text = (LONG_ZH + " Latin words in between, ") * 60
    paras = [Para("开头"), Para(text)]
    fitted = fit(paras, box, 24, 14, style, METRICS)
    assert fitted.size == 14 and len(fitted.pages) > 20
    for page in fitted.pages:
        assert block_height(page, box, 14, style, METRICS) <= box.height
    continued = "".join(p.text for page in fitted.pages for p in page[1 if page is fitted.pages[0] else 0 :])
    assert continued.replace(" ", "") == text.replace(" ", "")  # spaces at a page break are dropped
    wide = Box(4000, 4000)
    for size in (10, 12, 14):
        assert (block_height(paras, wide, size, style, METRICS) <= wide.height) == (
            len(fit(paras, wide, size, size, style, METRICS).pages) == 1
        )


def test_paginate_keeps_whole_short_paragraphs_together():
    style = BoxStyle()
    paras = [Para(f"第{i}条：{LONG_ZH[:30]}") for i in range(20)]
    pages = paginate(paras, Box(500, 220), 16, style, METRICS)
    assert sum(len(p) for p in pages) == 20  # none split: each is short enough to move whole
    assert [p.text for page in pages for p in page] == [p.text for p in paras]


def test_titles_shrink_then_shorten_with_an_ellipsis():
    style = BoxStyle(line=1.15, space_before=0)
    size, text = fit_line("实施计划", Box(600, 60), 32, 20, style, METRICS)
    assert (size, text) == (32, "实施计划")
    size, text = fit_line(LONG_ZH, Box(600, 60), 32, 20, style, METRICS)
    assert size == 20 and text.endswith("…") and LONG_ZH.startswith(text[:-1])


# --- the stress brief ---------------------------------------------------------------------


def _stress_proposal() -> dict:
    overview = ("以机器人焊接工作站为核心，配合质量追溯模块，在二期产线建成焊接自动化与数据追溯的数字化产线。" * 8)[
        :400
    ]
    offerings = [
        {
            "name": f"第{i}号超长名称的智能焊接与装配一体化工作站系统解决方案",
            "description": LONG_ZH[: 120 + i],
            "feature": "视觉寻位精度正负零点一毫米并可自动补偿来料偏差无需精密工装" * 2,
            "advantage": "Advantage text in English that is rather long so that it wraps over several lines " * 2,
            "benefit": f"换型时间从四小时降到三十分钟返修率降至百分之零点五以下{i}",
        }
        for i in range(1, 13)
    ]
    return {
        "title": "二期产线自动化改造方案建议书：一份标题特别长、几乎占满整个标题区域的测试建议书名称",
        "date": "2026-11-20",
        "background": {"summary": overview},
        "challenges": [{"problem": f"挑战{i}：" + LONG_ZH[:40], "impact": LONG_ZH[:150]} for i in range(1, 8)],
        "solution": {
            "overview": overview,
            "offerings": offerings,
            "implementation": [
                {
                    "phase": f"阶段{i}：" + LONG_ZH[:30],
                    "start": "2027-01-01",
                    "end": "2027-02-01",
                    "deliverables": [LONG_ZH[:25], LONG_ZH[25:60]],
                }
                for i in range(1, 15)
            ],
            "service": [{"kind": "after_sale", "name": f"服务{i}", "description": LONG_ZH[:100]} for i in range(1, 9)],
        },
        "pricing": {
            "tax_rate": "13%",
            "items": [
                {
                    "category": f"类别{i % 8}：" + "很长的类别名称" * 3,
                    "name": f"项目{i}",
                    "quantity": 3,
                    "unit_price": 123456.78,
                }
                for i in range(1, 13)
            ]
            + [{"name": f"可选{i}", "unit_price": 1000, "optional": True} for i in range(1, 6)],
        },
        "value": {
            "benefits": [{"item": f"收益{i}：" + LONG_ZH[:50], "amount": "120万"} for i in range(1, 9)],
            "costs": [{"item": "项目投资", "amount": "302.84万"}],
        },
        "closing": LONG_ZH,
        "deck": {"hook": LONG_ZH[:140], "next_steps": [LONG_ZH[:60]] * 6},
    }


@pytest.fixture(scope="module")
def stress(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stress")
    seller = {
        "name": "华东智能装备有限公司",
        "contact": {"name": "李明", "title": "大客户经理", "phone": "138", "email": "a@b.c"},
        "credentials": {
            "profile": LONG_ZH,
            "certifications": [LONG_ZH[:40]] * 8,
            "references": [
                {"customer": f"客户{i}", "project": LONG_ZH[:30], "year": 2024, "result": LONG_ZH[:50]}
                for i in range(8)
            ],
        },
    }
    brief = brief_with(folder, seller=seller, proposal=_stress_proposal())
    data = render_deck(customer_view(brief))
    path = folder / "stress.pptx"
    path.write_bytes(data)
    return brief, data, path


def test_stress_deck_has_no_overflow_by_our_measurement(stress):
    _brief, data, _path = stress
    prs = open_pptx(data)
    assert overflows(prs) == []


def test_stress_deck_continues_and_drops_nothing(stress):
    brief, data, _path = stress
    prs = open_pptx(data)
    all_titles = titles(prs)
    assert any(t.endswith("(续)") for t in all_titles)
    text = "\n".join(slide_text(s) for s in prs.slides).replace("\n", "")
    for offering in brief.proposal.solution.offerings:
        assert offering.name in text
        assert offering.benefit in text
    for phase in brief.proposal.solution.implementation:
        assert phase.phase in text
    for challenge in brief.proposal.challenges:  # seven long ones: set as continued text, not cards
        assert challenge.problem in text and challenge.impact in text
    # continued tables repeat their header
    pricing = [s for s in prs.slides if titles(prs)[list(prs.slides).index(s)].startswith("投资概览")]
    for slide in pricing:
        tables = [s for s in slide.shapes if s.has_table]
        if tables:
            assert tables[0].table.cell(0, 0).text == "类别"
    from generator.render.deck.plan import plan_deck

    assert len([s for s in plan_deck(customer_view(brief)) if s.kind == "point"]) == 5


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_renders_the_stress_deck(stress, tmp_path):
    _brief, data, path = stress
    result = subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        capture_output=True,
        text=True,
        timeout=180,
    )
    pdf = tmp_path / "stress.pdf"
    assert result.returncode == 0 and pdf.is_file(), result.stderr
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages == len(open_pptx(data).slides)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "第12号" in text.replace(" ", "")
