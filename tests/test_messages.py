"""Every family of message kam prints, in Chinese and in English: the words, not only the exit codes."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.errors import BriefError
from generator.i18n.labels.validation import LABELS as VALIDATION
from generator.i18n.messages import Message, localize, msg, resolve_language
from generator.load import load_brief
from generator.load.yaml_syntax import syntax_message


@click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []})
@click.pass_context
def _console_script(ctx):
    main(list(ctx.args))


def kam(*args, lang: str = "C.UTF-8"):
    """Run `kam ARGS…` through main() with LANG=`lang`; return the result (stdout and stderr apart)."""
    return CliRunner().invoke(
        _console_script, [str(a) for a in args], env={"LANG": lang, "LC_ALL": None, "LC_MESSAGES": None}
    )


ZH = "zh_CN.UTF-8"


def problems_of(tmp_path: Path, text: str) -> list:
    path = tmp_path / "b.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BriefError) as caught:
        load_brief(path)
    return caught.value.problems


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


# --- language resolution -----------------------------------------------------------------


@pytest.mark.parametrize(
    "option, brief, environ, expected",
    [
        ("en", "zh", {"LANG": "zh_CN.UTF-8"}, "en"),
        (None, "zh", {"LANG": "en_US.UTF-8"}, "zh"),
        (None, None, {"LANG": "zh_CN.UTF-8"}, "zh"),
        (None, None, {"LC_ALL": "zh_TW.UTF-8", "LANG": "en_US"}, "zh"),
        (None, None, {"LC_MESSAGES": "en_GB", "LANG": "zh_CN"}, "en"),
        (None, None, {"LC_ALL": "", "LANG": "zh_CN"}, "zh"),
        (None, None, {}, "en"),
    ],
)
def test_language_is_option_then_brief_then_locale_then_english(option, brief, environ, expected):
    assert resolve_language(option, brief, environ) == expected


def test_a_message_is_english_text_that_knows_its_chinese():
    message = msg("validation.extra_forbidden", hint=msg("validation.hint_did_you_mean", name="name"))
    assert isinstance(message, str) and message == "unknown key; did you mean 'name'?"
    assert localize(message, "zh") == "未知的键；您是不是要写 'name'？"
    import pickle

    assert localize(pickle.loads(pickle.dumps(message)), "zh") == "未知的键；您是不是要写 'name'？"


# --- validation: every Pydantic error type, in both languages ----------------------------

BASE = "brief: 1\naccount:\n  name: 甲公司\n"

CASES = [
    # (brief text, path, English words, Chinese words)
    ("brief: 1\naccount: {}\n", "account.name", "required", "必填项"),
    (BASE + "  nmae: x\n", "account.nmae", "unknown key; did you mean 'name'?", "未知的键；您是不是要写 'name'？"),
    (
        BASE + "  tier: 关键客\n",
        "account.tier",
        "must be one of: key, ordinary, small (or 关键客户 / 普通客户 / 小客户); did you mean '关键客户'?",
        "应为以下之一：关键客户、普通客户、小客户（或英文 key、ordinary、small）；您是不是要写 '关键客户'？",
    ),
    (BASE + "  industry: [a, b]\n", "account.industry", "must be text", "应为文字"),
    ("brief: 1\naccount:\n  name: ''\n", "account.name", "must not be empty", "不能为空"),
    ("brief: x\naccount: {name: a}\n", "brief", "must be a whole number", "应为整数"),
    ("brief: 1.5\naccount: {name: a}\n", "brief", "must be a whole number", "应为整数"),
    ("brief: 2\naccount: {name: a}\n", "brief", "unknown format version 2", "未知的格式版本 2"),
    (
        BASE + "  logistics: {priority_delivery: maybe}\n",
        "account.logistics.priority_delivery",
        "must be true or false",
        "应为 true 或 false",
    ),
    (
        BASE + "  customer_since: yesterday\n",
        "account.customer_since",
        "'yesterday' is not a date; write YYYY-MM-DD",
        "'yesterday' 不是日期；请写 YYYY-MM-DD",
    ),
    (
        BASE + "  customer_since: 05/06/2019\n",
        "account.customer_since",
        "'05/06/2019' is ambiguous: it could be 2019-05-06 or 2019-06-05",
        "'05/06/2019' 有歧义：可能是 2019-05-06，也可能是 2019-06-05",
    ),
    (
        BASE + "  customer_since: '2026-02-30'\n",
        "account.customer_since",
        "February 2026 has 28 days",
        "2026 年 2 月只有 28 天",
    ),
    (BASE + "  customer_since: 2026/13/01\n", "account.customer_since", "there is no month 13", "没有 13 月"),
    (
        BASE + "  customer_since: 26/5/6\n",
        "account.customer_since",
        "the year must have four digits",
        "年份须写四位数字",
    ),
    (BASE + "  history: {date: 2024-01-01}\n", "account.history", "must be a list", "应为列表"),
    ("brief: 1\naccount: 5\n", "account", "must be a mapping of keys", "应为键值对的映射"),
    (BASE + "  annual_value: -1\n", "account.annual_value", "must be ≥ 0", "必须 ≥ 0"),
    (BASE + "  annual_value: lots\n", "account.annual_value", "'lots' is not an amount of money", "'lots' 不是金额"),
    (
        BASE + "  annual_value: '1,2'\n",
        "account.annual_value",
        "write 1.2 for a decimal, or 12",
        "小数请写 1.2，整数请写 12",
    ),
    (
        BASE + "  annual_value: '12,34,567'\n",
        "account.annual_value",
        "write 1234567 if that is the number",
        "如果是这个数，请写 1234567",
    ),
    (
        BASE + "  annual_value: '1.280.000'\n",
        "account.annual_value",
        "look like thousands separators",
        "看起来像千位分隔符",
    ),
    (BASE + "  annual_value: true\n", "account.annual_value", "not true/false", "不能是 true/false"),
    ("brief: 1\ncurrency: RMB1\naccount: {name: a}\n", "currency", "three-letter ISO 4217", "三个字母的 ISO 4217"),
    (BASE + "  business: {fiscal_year_start: 13-01}\n", "account.business.fiscal_year_start", "MM-DD", "MM-DD"),
    (
        BASE + "proposal:\n  title: t\n  pricing:\n    tax_rate: 130%\n",
        "proposal.pricing.tax_rate",
        "must be ≤ 100%",
        "必须 ≤ 100%",
    ),
    (
        BASE + "proposal:\n  title: t\n  pricing:\n    tax_rate: 13\n",
        "proposal.pricing.tax_rate",
        "is more than 100%",
        "超过了 100%",
    ),
    (
        BASE + "proposal:\n  title: t\n  pricing:\n    tax_rate: abc%\n",
        "proposal.pricing.tax_rate",
        "'abc%' is not a rate",
        "'abc%' 不是比率",
    ),
    (
        BASE + "proposal:\n  title: t\n  pricing:\n    items: [{name: x, unit_price: 1, discount: 100%}]\n",
        "proposal.pricing.items[0].discount",
        "must be < 100%",
        "必须 < 100%",
    ),
    (
        BASE + "proposal:\n  title: t\n  date: 2026-11-20\n  valid_until: 2026-11-01\n",
        "proposal.valid_until",
        "must not be before the proposal date (2026-11-20)",
        "不能早于建议书日期（2026-11-20）",
    ),
    (
        BASE
        + "proposal:\n  title: t\n  solution:\n    implementation: [{phase: p, start: 2027-02-01, end: 2027-01-01}]\n",
        "proposal.solution.implementation[0].end",
        "must not be before start (2027-02-01)",
        "不能早于开始日期（2027-02-01）",
    ),
    (
        BASE + "proposal:\n  title: t\n  pricing:\n    payment_terms: [预付 30%]\n  terms:\n    payment: [预付 30%]\n",
        "proposal.terms.payment",
        "payment terms are given twice",
        "付款条件写了两次",
    ),
    (
        BASE + "proposal:\n  title: t\n  solution:\n    service: [{name: 巡检, charge: free, price: 1000}]\n",
        "proposal.solution.service[0].price",
        "a free service has no price",
        "免费服务没有价格",
    ),
    (
        BASE + "proposal:\n  title: t\n  pricing:\n    packages: [{id: A, name: 基础}, {id: A, name: 增强}]\n",
        "proposal.pricing.packages[1].id",
        "duplicate package id 'A' (also packages[0])",
        "方案 id 'A' 重复（packages[0] 已使用）",
    ),
    (
        BASE + "  receivables: [{due: 2026/6/30, amount: 20万, received: 25万}]\n",
        "account.receivables[0].received",
        "must not exceed the amount (200000)",
        "不能超过应收金额（200000）",
    ),
    (
        BASE + "  complaints: [{date: 2026-09-01, issue: 故障, closed_on: 2026年8月1日}]\n",
        "account.complaints[0].closed_on",
        "must not be before the complaint's date (2026-09-01)",
        "不能早于投诉日期（2026-09-01）",
    ),
    (
        BASE + "contacts:\n  - {id: a, name: 甲, reports_to: b}\n  - {id: b, name: 乙, reports_to: a}\n",
        "contacts[0].reports_to",
        "reporting lines form a loop: a → b → a",
        "汇报关系形成了循环：a → b → a",
    ),
    (
        BASE + "contacts:\n  - {id: a, name: 甲, reports_to: a}\n",
        "contacts[0].reports_to",
        "reports to themselves",
        "汇报给自己",
    ),
    (
        BASE + "contacts:\n  - {id: a, name: 甲, reports_to: zz}\n",
        "contacts[0].reports_to",
        "no contact with id 'zz'",
        "没有 id 为 'zz' 的联系人",
    ),
    (
        BASE + "contacts:\n  - {id: a, name: 甲}\n  - {id: a, name: 乙}\n",
        "contacts[1].id",
        "duplicate contact id 'a' (also contacts[0])",
        "联系人 id 'a' 重复（contacts[0] 已使用）",
    ),
    (
        BASE + "contacts:\n  - {id: a, name: 甲}\nvisits:\n  - {date: 2026-01-05, contacts: [b]}\n",
        "visits[0].contacts[0]",
        "no contact with id 'b'",
        "没有 id 为 'b' 的联系人",
    ),
    (
        BASE + "seller:\n  name: s\n  localized:\n    fr: {name: x}\n",
        "seller.localized.fr",
        "must be one of: zh, en",
        "应为以下之一：中文、英文",
    ),
    (
        BASE + "seller:\n  name: s\n  calendar: {holidays: [2026-10-12], workdays: [2026-10-12]}\n",
        "seller.calendar.workdays[0]",
        "2026-10-12 is both a company holiday and a workday",
        "2026-10-12 既是公司休息日又是上班日",
    ),
]


@pytest.mark.parametrize("text, path, english, chinese", CASES)
def test_every_validation_problem_reads_in_both_languages(tmp_path, text, path, english, chinese):
    problems = {p.path: p for p in problems_of(tmp_path, text)}
    assert path in problems, problems
    problem = problems[path]
    assert english in problem.text("en")
    zh = problem.text("zh")
    assert chinese in zh
    # file:line:col: path: message, the path in English (it is the field's name), the message in Chinese.
    assert zh.startswith(f"{tmp_path / 'b.yaml'}:{problem.line}") and f": {path}: " in zh
    assert not any(word in zh for word in ("must", "unknown", "required", "is not"))


# --- the account plan's contact references, as printed -----------------------------------

PLAN_REFERENCES = """brief: 1
language: {language}
account:
  name: 甲公司
  care:
    - {{occasion: 春节, contacts: [wang, ghost]}}
contacts:
  - {{id: wang, name: 王总}}
plan:
  year: 2027
  relationships:
    - {{contact: nobody, to: trust}}
"""


@pytest.mark.parametrize(
    "language, care, goal",
    [
        ("zh", "没有 id 为 'ghost' 的联系人", "没有 id 为 'nobody' 的联系人"),
        ("en", "no contact with id 'ghost'", "no contact with id 'nobody'"),
    ],
)
def test_the_account_plans_contact_references_print_located_in_the_briefs_language(tmp_path, language, care, goal):
    path = tmp_path / "b.yaml"
    path.write_text(PLAN_REFERENCES.format(language=language), encoding="utf-8")
    result = kam("validate", path)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{path}:6:39: account.care[0].contacts[1]: {care}",
        f"{path}:12:17: plan.relationships[0].contact: {goal}",
    ]


def test_the_account_plans_contact_references_from_the_model_read_in_both_languages():
    """The same checks when a brief is validated as a model (the workbook reader, the web page)."""
    import yaml
    from pydantic import ValidationError

    from generator.load.problems import problems_from
    from generator.models.brief import Brief

    with pytest.raises(ValidationError) as caught:
        Brief.model_validate(yaml.safe_load(PLAN_REFERENCES.format(language="zh")))
    problems = problems_from(caught.value, Brief, lambda loc, key: ("b.yaml", 1, 1))
    assert [(p.path, p.text("zh"), p.text("en")) for p in problems] == [
        (
            "account.care[0].contacts[1]",
            "b.yaml:1:1: account.care[0].contacts[1]: 没有 id 为 'ghost' 的联系人",
            "b.yaml:1:1: account.care[0].contacts[1]: no contact with id 'ghost'",
        ),
        (
            "plan.relationships[0].contact",
            "b.yaml:1:1: plan.relationships[0].contact: 没有 id 为 'nobody' 的联系人",
            "b.yaml:1:1: plan.relationships[0].contact: no contact with id 'nobody'",
        ),
    ]


@pytest.mark.parametrize(
    "kind",
    [
        "missing",
        "extra_forbidden",
        "model_type",
        "dict_type",
        "model_attributes_type",
        "list_type",
        "tuple_type",
        "set_type",
        "too_short",
        "too_long",
        "string_type",
        "string_too_short",
        "string_too_long",
        "string_pattern_mismatch",
        "int_type",
        "int_parsing",
        "int_from_float",
        "int_parsing_size",
        "float_type",
        "float_parsing",
        "finite_number",
        "decimal_type",
        "decimal_parsing",
        "bool_type",
        "bool_parsing",
        "greater_than_equal",
        "greater_than",
        "less_than_equal",
        "less_than",
        "enum",
        "literal_error",
        "date_type",
        "date_parsing",
        "date_from_datetime_parsing",
        "date_from_datetime_inexact",
        "datetime_type",
        "datetime_parsing",
        "value_error",
        "assertion_error",
    ],
)
def test_each_pydantic_error_type_has_chinese_and_english_words(kind):
    zh, en = VALIDATION[kind]
    assert has_chinese(zh) and en and not has_chinese(en.split("(or")[0])


def test_an_unknown_error_type_still_reads_in_chinese():
    from pydantic import BaseModel, field_validator
    from pydantic_core import PydanticCustomError

    from generator.load.problems import problems_from

    class Odd(BaseModel):
        x: int

        @field_validator("x")
        @classmethod
        def _odd(cls, value):
            raise PydanticCustomError("odd_kind", "an odd thing")

    from pydantic import ValidationError

    with pytest.raises(ValidationError) as caught:
        Odd(x=1)
    (problem,) = problems_from(caught.value, Odd, lambda loc, key: ("f.yaml", 1, 1))
    assert problem.text("zh").endswith("x: 取值无效（an odd thing）")
    assert problem.text("en").endswith("x: an odd thing")


# --- YAML syntax -------------------------------------------------------------------------

YAML_CASES = [
    ("brief: 1\naccount: [a, b\n", "expected ',' or ']'", "方括号列表 [ … ] 中缺少“,”或“]”"),
    ("brief: 1\naccount: {name: a\n", "expected ',' or '}'", "花括号映射 { … } 中缺少“,”或“}”"),
    ("brief: 1\naccount:\n  name: a\n    tier: key\n", "'key: value' is not allowed here", "这里不能出现“键: 值”"),
    ("brief: 1\naccount:\n\tname: a\n", "indent", "缩进"),
    ('brief: 1\naccount:\n  name: "a\n', "the file ends before a quote or bracket is closed", "引号或括号还没有闭合"),
    ("brief: 1\naccount:\n  name: a\n name: b\n", "YAML syntax", "YAML 语法错误"),
    ("brief: 1\nbrief: 1\naccount: {name: x}\n", "duplicate key", "重复"),
]


@pytest.mark.parametrize("text, english, chinese", YAML_CASES)
def test_yaml_syntax_errors_say_what_to_change_in_both_languages(tmp_path, text, english, chinese):
    (problem,) = problems_of(tmp_path, text)[:1]
    assert problem.line is not None, "line and column kept"
    assert english in problem.text("en")
    zh = problem.text("zh")
    assert chinese in zh and "YAML 语法错误" in zh
    assert "expected" not in zh and "found" not in zh and "allowed" not in zh


@pytest.mark.parametrize(
    "reader_text, key",
    [
        ("did not find expected ',' or ']'", "reading.yaml_flow_sequence"),
        ("did not find expected key", "reading.yaml_indentation"),
        ("mapping values are not allowed in this context", "reading.yaml_mapping_values"),
        ("found character that cannot start any token", "reading.yaml_bad_start"),
        ("could not find expected ':'", "reading.yaml_expected_colon"),
        ("found unexpected end of stream", "reading.yaml_end_of_file"),
        ("found unknown escape character", "reading.yaml_escape"),
        ("did not find expected node content", "reading.yaml_no_value"),
        ("did not find expected <document start>", "reading.yaml_extra_content"),
        ("did not find expected comment or line break", "reading.yaml_trailing_text"),
        ("block sequence entries are not allowed in this context", "reading.yaml_sequence_entry"),
        ("found a tab character that violates indentation", "reading.yaml_tab"),
        ("control characters are not allowed", "reading.yaml_control_characters"),
    ],
)
def test_libyaml_problems_are_translated_too(reader_text, key):
    message = syntax_message(reader_text)
    assert isinstance(message, Message) and message.key == key
    assert has_chinese(message.text("zh"))


# --- files, usage, success lines ---------------------------------------------------------


def test_file_errors_in_both_languages(tmp_path):
    empty = tmp_path / "empty.yaml"
    empty.write_text("", encoding="utf-8")
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("brief: 1\naccount: {name: caf\xe9}\n".encode("latin-1"))
    args = ("validate", tmp_path / "missing.yaml", tmp_path, empty, latin)
    zh = kam(*args, lang=ZH)
    en = kam(*args)
    assert zh.exit_code == en.exit_code == 1
    assert zh.stderr.splitlines() == [
        f"{tmp_path / 'missing.yaml'}: 找不到文件",
        f"{tmp_path}: 这是文件夹，不是文件",
        f"{empty}: 文件是空的",
        f"{latin}:2: 不是 UTF-8 文本（字节 0xe9）；请将文件另存为 UTF-8",
    ]
    assert en.stderr.splitlines() == [
        f"{tmp_path / 'missing.yaml'}: file not found",
        f"{tmp_path}: is a folder, not a file",
        f"{empty}: file is empty",
        f"{latin}:2: not UTF-8 text (byte 0xe9); save the file as UTF-8",
    ]


@pytest.mark.parametrize(
    "args, english, chinese",
    [
        (
            ("visits", "x.yaml", "--wekks", "3"),
            "No such option '--wekks'",
            "没有选项 '--wekks'。您是不是要写 '--weeks'？",
        ),
        (("visits",), "Missing argument 'INPUTS...'", "缺少参数 'INPUTS...'。"),
        (("proposal", "x.yaml", "--lang", "fr"), "'fr' is not one of 'zh', 'en'", "'fr' 不是 'zh', 'en' 之一"),
        (("archive", "nothere.csv"), "Path 'nothere.csv' does not exist", "'nothere.csv' 不存在"),
        (
            ("archive", "{examples}/customers.csv", "--grading", "foo"),
            "write the grading rule as value:70,90",
            "分级规则请写成 value:70,90",
        ),
        (("visits", "{examples}", "--times", "9h"), "write start times as HH:MM", "开始时间请写成 HH:MM"),
        (("visits", "{examples}", "--cadence", "key=soon"), "write the cadence as", "拜访频率请写成"),
        (
            ("visits", "{examples}", "--country", "XX"),
            "not a country the holidays library knows",
            "holidays 库不认识这个国家",
        ),
        (("check", "{examples}/brief-zh.yaml", "--max-discount", "lots"), "'lots' is not a rate", "'lots' 不是比率"),
        (
            ("deck", "{examples}/brief-zh.yaml", "-o", "d.docx"),
            "the deck is a PowerPoint file",
            "演示文稿是 PowerPoint 文件",
        ),
        (("visits", "{examples}", "--weeks", "99"), "99 is not in the range 1<=x<=52", "99 不在范围 1<=x<=52 内"),
        (("nonsense",), "No such command 'nonsense'", "没有命令 'nonsense'"),
        (("visits", "{examples}", "--from", "05/06/2027"), "'05/06/2027' is ambiguous", "'05/06/2027' 有歧义"),
        (
            ("check", "{examples}/brief-zh.yaml", "--today", "2027-02-30"),
            "February 2027 has 28 days",
            "2027 年 2 月只有 28 天",
        ),
    ],
)
def test_usage_errors_in_both_languages(args, english, chinese, examples_dir):
    args = [str(a).format(examples=examples_dir) for a in args]
    zh, en = kam(*args, lang=ZH), kam(*args)
    assert zh.exit_code == en.exit_code == 2
    assert english in en.stderr and "Usage: kam" in en.stderr and "Error: " in en.stderr
    assert chinese in zh.stderr and "用法: kam" in zh.stderr and "错误：" in zh.stderr
    assert "Error" not in zh.stderr and "Usage" not in zh.stderr and "Try" not in zh.stderr


def test_lang_option_wins_over_the_locale_for_usage_errors():
    assert "No such option" in kam("visits", "--lang", "en", "--nope", lang=ZH).stderr


def test_success_lines_in_both_languages(examples, tmp_path):
    brief = examples / "brief-zh.yaml"
    assert kam("validate", brief).stdout == f"通过 {brief}\n", "the brief's language"
    assert kam("validate", brief, "--lang", "en").stdout == f"OK {brief}\n"
    assert kam("validate", examples / "seller.yaml", lang=ZH).stdout == f"通过 {examples / 'seller.yaml'}（卖方文件）\n"
    out = tmp_path / "p.docx"
    assert kam("proposal", brief, "-o", out, "--lang", "en").stdout == f"wrote {out}\n"
    deck = tmp_path / "d.pptx"
    result = kam("deck", brief, "-o", deck, "--presenter")
    assert result.stdout.splitlines() == [
        f"已写入 {deck}",
        f"已写入 {tmp_path / 'd-presenter.pptx'}（内部文件，请勿发给客户）",
    ]
    schema = tmp_path / "s.json"
    assert kam("schema", "-o", schema, lang=ZH).stdout == f"已写入 {schema}\n"
    assert kam("schema", "-o", schema).stdout == f"wrote {schema}\n"
    again = kam("init", tmp_path / "st")
    assert again.exit_code == 0 and again.stdout.startswith("已写入 ")
    refused = kam("init", tmp_path / "st", "--lang", "en")
    assert refused.exit_code == 1 and "already exists; use --force to overwrite" in refused.stderr
    assert "已存在；要覆盖请加 --force" in kam("init", tmp_path / "st").stderr


def test_brief_errors_follow_the_briefs_language_unless_lang_says_otherwise(tmp_path):
    brief = tmp_path / "b.yaml"
    brief.write_text("brief: 1\nlanguage: zh\naccount:\n  name: x\n  tier: vip\n", encoding="utf-8")
    assert "应为以下之一" in kam("validate", brief).stderr
    assert "must be one of" in kam("validate", brief, "--lang", "en", lang=ZH).stderr
    english = tmp_path / "e.yaml"
    english.write_text("brief: 1\naccount:\n  name: x\n  tier: vip\n", encoding="utf-8")
    assert "must be one of" in kam("validate", english).stderr, "no language stated: the locale"
    assert "应为以下之一" in kam("validate", english, lang=ZH).stderr


def test_the_coachs_invalid_brief_in_chinese(tmp_path):
    brief = tmp_path / "b.yaml"
    brief.write_text("brief: 1\naccount:\n  name: x\n  nmae: y\n", encoding="utf-8")
    result = kam("check", brief, lang=ZH)
    assert result.exit_code == 1
    assert "错误 [invalid-brief] account.nmae: 未知的键；您是不是要写 'name'？" in result.stdout
    assert "unknown" not in result.stdout
    assert "unknown key; did you mean 'name'?" in kam("check", brief, "--lang", "en").stdout


def test_errors_csv_columns_and_problems_in_both_languages(tmp_path):
    source = tmp_path / "list.csv"
    source.write_text("客户名称,年采购额,客户等级\n甲,很多,A类\n乙,5万,大大\n", encoding="utf-8")
    for language, header, words in (
        ("zh", "文件,行,字段,问题", ("'很多' 不是金额", "应为以下之一")),
        ("en", "file,line,field,problem", ("'很多' is not an amount of money", "must be one of")),
    ):
        out = tmp_path / language
        result = kam("archive", source, "-o", out, "--lang", language)
        assert result.exit_code == 1
        rows = list(csv.reader(io.StringIO((out / "errors.csv").read_text(encoding="utf-8-sig"))))
        assert ",".join(rows[0]) == header
        assert [r[1] for r in rows[1:]] == ["2", "3"]
        assert words[0] in rows[1][3] and words[1] in rows[2][3]
        assert words[0] in result.stderr


def test_progress_labels_are_in_the_catalogue():
    assert localize(msg("cli.progress_reading"), "zh") == "读取客户"
    assert localize(msg("cli.progress_cards"), "en") == "Writing cards"


def test_a_field_of_two_shapes_reports_only_the_shape_the_user_wrote():
    from typing import Annotated

    from pydantic import BaseModel, ConfigDict, StringConstraints, ValidationError

    from generator.load.problems import problems_from

    Text = Annotated[str, StringConstraints(strip_whitespace=True)]

    class Strength(BaseModel):
        model_config = ConfigDict(extra="forbid")
        text: Text
        criteria: list[Text] = []

    class Opportunity(BaseModel):
        model_config = ConfigDict(extra="forbid")
        our_strengths: list[Text | Strength] = []

    with pytest.raises(ValidationError) as caught:
        Opportunity(our_strengths=[{"txt": "本地服务"}, 5, {"text": "a", "criteria": "b"}])
    problems = problems_from(caught.value, Opportunity, lambda loc, key: ("b.yaml", 1, 1))
    assert [(p.path, p.text("zh").split(": ", 2)[2]) for p in problems] == [
        ("our_strengths[0].text", "必填项，不能缺少"),
        ("our_strengths[0].txt", "未知的键；您是不是要写 'text'？"),
        ("our_strengths[1]", "应为文字"),
        ("our_strengths[2].criteria", "应为列表（每项以“- ”开头）"),
    ]


def test_kams_own_help_and_version_in_both_languages():
    zh, en = kam("--help", lang=ZH), kam("--help")
    assert zh.exit_code == en.exit_code == 0
    assert "用法: kam [OPTIONS] COMMAND [ARGS]..." in zh.stdout and "选项:" in zh.stdout and "命令:" in zh.stdout
    assert "  validate   检查简报" in zh.stdout and "出错时显示调用栈" in zh.stdout
    assert (
        "Usage: kam" in en.stdout
        and "  validate   Check briefs" in en.stdout
        and "Show a traceback on errors." in en.stdout
    )
    bare = kam(lang=ZH)
    assert bare.exit_code == 2 and "命令:" in bare.output and "examples。" not in bare.output
    assert kam("--version", lang=ZH).stdout.startswith("kam，版本 ")
    assert kam("--version").stdout.startswith("kam, version ")


def test_the_reading_layers_refusals_in_both_languages(tmp_path):
    import os

    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"] + [
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join(["*" + chr(97 + i)] * 10) + "]" for i in range(8)
    ]
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text("brief: 1\n" + "\n".join(lines) + "\naccount: {name: x}\n", encoding="utf-8")
    date = tmp_path / "date.yaml"
    date.write_text("brief: 1\naccount:\n  name: x\n  customer_since: 2026-02-30\n", encoding="utf-8")
    huge = tmp_path / "huge.yaml"
    huge.write_bytes(b"brief: 1\n" + b"#" * (11 << 20))
    zh = kam("validate", fifo, bomb, date, huge, lang=ZH).stderr
    en = kam("validate", fifo, bomb, date, huge).stderr
    assert "fifo.yaml: 这是管道（FIFO），不是普通文件；kam 只读取普通文件" in zh
    assert "fifo.yaml: is a pipe (FIFO), not an ordinary file" in en
    assert "别名 *d 会使文件超过 100,000 个值" in zh and "alias *d would bring the file past 100,000 values" in en
    assert "date.yaml:4:19: account.customer_since: 2026-02-30 不是日期：2026 年 2 月只有 28 天" in zh
    assert "2026-02-30 is not a date: 2026-02 has 28 days" in en
    assert (
        "huge.yaml: 文件大小为 11 MB；简报文件最大只能是 10 MB" in zh
        and "huge.yaml: is 11 MB; a brief may be at most 10 MB" in en
    )
    old = tmp_path / "old.xlsx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest")
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a zip")
    zh = kam("archive", old, fake, "-o", tmp_path / "zh", lang=ZH).stderr
    en = kam("archive", old, fake, "-o", tmp_path / "en", "--lang", "en").stderr
    assert "old.xlsx: 无法作为 Excel 工作簿读取：这是旧格式的 .xls 或设了密码的工作簿；请另存为不带密码的 .xlsx" in zh
    assert "fake.xlsx: 无法作为 Excel 工作簿读取：不是 zip 压缩包\n" in zh and "zip file" not in zh
    assert "old.xlsx: cannot read as an Excel workbook: it is an old-format .xls" in en
    assert "fake.xlsx: cannot read as an Excel workbook: not a zip package" in en


def test_convert_and_a_workbooks_warnings_speak_the_users_language(tmp_path, examples_dir):
    import openpyxl

    book = tmp_path / "b.xlsx"
    assert kam("convert", examples_dir / "brief-zh.yaml", book, lang=ZH).stdout == f"已写入 {book}\n"
    assert kam("convert", book, tmp_path / "b.yaml").stdout == f"wrote {tmp_path / 'b.yaml'}\n"
    workbook = openpyxl.load_workbook(book)
    workbook.create_sheet("备注")["A1"] = "随手记"
    workbook.save(book)
    checked = kam("validate", book, lang=ZH)
    assert checked.exit_code == 0
    assert checked.stderr == f"警告：{book}:备注!A1: 未知的工作表“备注”，已忽略\n"
    assert checked.stdout == f"通过 {book}\n"
    # --lang words the warning too (the sheet keeps its own name), not only its frame.
    english = kam("validate", book, "--lang", "en", lang=ZH)
    assert english.stderr == f"warning: {book}:备注!A1: unknown sheet “备注”, ignored\n"
    assert english.stdout == f"OK {book}\n"
    for row in workbook["客户"].iter_rows():
        for cell in row:
            if cell.value == "上海某某机械有限公司":
                cell.value = None
    workbook.save(book)
    broken = kam("validate", book, "--lang", "en", lang=ZH)
    assert broken.exit_code == 1
    assert ": account.name: required: fill in “客户名称” on the sheet “客户”" in broken.stderr
    wrong = kam("convert", tmp_path / "a.yaml", tmp_path / "b.yml", lang=ZH)
    assert wrong.exit_code == 2
    assert "错误：请给出一个 .yaml 简报和一个 .xlsx 简报，顺序不限（kam convert brief.yaml brief.xlsx）" in wrong.stderr
    assert "Error: give a .yaml and a .xlsx brief, in either order" in kam("convert", "a.txt", "b.yaml").stderr
