"""Validation messages: every Pydantic error type kam can produce, and kam's own value errors.

A key is the error's type (Pydantic's, or the PydanticCustomError type raised in
generator/models); its `{fields}` are the error's context. Each message is what follows
`file:line:col: path:`.
"""

LABELS = {
    # --- structure -------------------------------------------------------------------
    "missing": ("必填项，不能缺少", "required"),
    "extra_forbidden": ("未知的键{hint}", "unknown key{hint}"),
    "hint_did_you_mean": ("；您是不是要写 '{name}'？", "; did you mean '{name}'?"),
    "hint_expected_keys": ("；可用的键：{names}", "; expected one of: {names}"),
    "model_type": ("应为键值对的映射（键: 值）", "must be a mapping of keys (key: value)"),
    "dict_type": ("应为键值对的映射（键: 值）", "must be a mapping of keys (key: value)"),
    "model_attributes_type": ("应为键值对的映射（键: 值）", "must be a mapping of keys (key: value)"),
    "list_type": ("应为列表（每项以“- ”开头）", "must be a list (items starting with '- ')"),
    "tuple_type": ("应为列表（每项以“- ”开头）", "must be a list (items starting with '- ')"),
    "set_type": ("应为列表（每项以“- ”开头）", "must be a list (items starting with '- ')"),
    "too_short": ("至少需要 {min_length} 项", "must have at least {min_length} items"),
    "too_long": ("最多只能有 {max_length} 项", "must have at most {max_length} items"),
    # --- text ------------------------------------------------------------------------
    "string_type": ("应为文字", "must be text"),
    "string_too_short": ("不能为空", "must not be empty"),
    "string_too_long": ("太长：最多 {max_length} 个字符", "is too long: at most {max_length} characters"),
    "string_pattern_mismatch": ("格式不正确", "is not in the expected form"),
    "currency_pattern": (
        "应为三个字母的 ISO 4217 货币代码，如 CNY 或 USD",
        "must be a three-letter ISO 4217 currency code such as CNY or USD",
    ),
    "month_day": ("应为“月-日”格式 MM-DD，例如 01-01", "must be a month and day as MM-DD, e.g. 01-01"),
    # --- numbers, true/false ---------------------------------------------------------
    "int_type": ("应为整数", "must be a whole number"),
    "int_parsing": ("应为整数", "must be a whole number"),
    "int_from_float": ("应为整数（不能有小数）", "must be a whole number"),
    "int_parsing_size": ("数字太大", "is too large a number"),
    "float_type": ("应为数字", "must be a number"),
    "float_parsing": ("应为数字", "must be a number"),
    "finite_number": ("应为有限的数字", "must be a finite number"),
    "decimal_type": ("应为数字", "must be a number"),
    "decimal_parsing": ("应为数字", "must be a number"),
    "bool_type": ("应为 true 或 false（是/否）", "must be true or false"),
    "bool_parsing": ("应为 true 或 false（是/否）", "must be true or false"),
    "greater_than_equal": ("必须 ≥ {bound}", "must be ≥ {bound}"),
    "greater_than": ("必须 > {bound}", "must be > {bound}"),
    "less_than_equal": ("必须 ≤ {bound}", "must be ≤ {bound}"),
    "less_than": ("必须 < {bound}", "must be < {bound}"),
    # --- choices ---------------------------------------------------------------------
    "enum": ("应为以下之一：{chinese}（或英文 {english}）{hint}", "must be one of: {english} (or {chinese}){hint}"),
    "enum_plain": ("应为以下之一：{english}{hint}", "must be one of: {english}{hint}"),
    "literal_error": ("应为以下之一：{expected}", "must be one of: {expected}"),
    "hint_value": ("；您是不是要写 '{name}'？", "; did you mean '{name}'?"),
    # --- money, rates ----------------------------------------------------------------
    "money_bool": ("应为金额，不能是 true/false", "must be an amount of money, not true/false"),
    "money_type": (
        '应为金额，如 1280000、"1,280,000" 或 "128万"',
        'must be an amount of money such as 1280000, "1,280,000" or "128万"',
    ),
    "money_invalid": (
        '{value} 不是金额（可写 1280000、"1,280,000"、"¥1,280,000.00" 或 "128万"）',
        '{value} is not an amount of money (write 1280000, "1,280,000", "¥1,280,000.00" or "128万")',
    ),
    "money_too_large": ("数字太大，不是金额", "is too large to be an amount of money"),
    "number_decimal_comma": (
        "{value} 有歧义：逗号是千位分隔符，应每三位一组（1,280,000）；小数请写 {decimal}，整数请写 {digits}",
        "{value} is ambiguous: commas separate thousands in groups of three (1,280,000); "
        "write {decimal} for a decimal, or {digits}",
    ),
    "number_grouping": (
        "{value} 有歧义：逗号是千位分隔符，应每三位一组（1,280,000）；如果是这个数，请写 {digits}",
        "{value} is ambiguous: commas separate thousands in groups of three (1,280,000); "
        "write {digits} if that is the number",
    ),
    "number_dots": (
        "{value} 有歧义：三位一组的小数点看起来像千位分隔符；如果是这个数，请写 {digits}",
        "{value} is ambiguous: dots between groups of three look like thousands separators; "
        "write {digits} if that is the number",
    ),
    "rate_bool": (
        '应为比率，如 0.13 或 "13%"，不能是 true/false',
        'must be a rate such as 0.13 or "13%", not true/false',
    ),
    "rate_type": ('应为比率，如 0.13 或 "13%"', 'must be a rate such as 0.13 or "13%"'),
    "rate_invalid": ('{value} 不是比率（可写 0.13 或 "13%"）', '{value} is not a rate (write 0.13 or "13%")'),
    "discount_zhe": (
        '{value} 不是折扣（可写 95折、9折 或 "5%"）',
        '{value} is not a discount (write 95折, 9折 or "5%")',
    ),
    "rate_over_one": (
        '{value} 超过了 100%；请写小数（0.13）或百分数（"13%"）',
        '{value} is more than 100%; write a fraction (0.13) or a percentage ("13%")',
    ),
    # --- dates -----------------------------------------------------------------------
    "date_type": ("应为日期，写作 YYYY-MM-DD", "must be a date written YYYY-MM-DD"),
    "date_parsing": ("应为日期，写作 YYYY-MM-DD", "must be a date written YYYY-MM-DD"),
    "date_from_datetime_parsing": ("应为日期，写作 YYYY-MM-DD", "must be a date written YYYY-MM-DD"),
    "date_from_datetime_inexact": (
        "应为日期（不含时刻），写作 YYYY-MM-DD",
        "must be a date without a time, written YYYY-MM-DD",
    ),
    "datetime_type": ("应为日期和时间", "must be a date and time"),
    "datetime_parsing": ("应为日期和时间", "must be a date and time"),
    "date_invalid": (
        "{value} 不是日期；请写 YYYY-MM-DD（也可写 2026/9/2 或 2026年9月2日）",
        "{value} is not a date; write YYYY-MM-DD (or 2026/9/2, 2026年9月2日)",
    ),
    "date_has_time": (
        "{value} 带有时刻；只写日期 YYYY-MM-DD",
        "{value} has a time of day; write the date only, YYYY-MM-DD",
    ),
    "date_short_year": (
        "{value}：年份须写四位数字；请写 YYYY-MM-DD",
        "{value}: the year must have four digits; write YYYY-MM-DD",
    ),
    "date_no_month": ("{value} 不是日期：没有 {month} 月", "{value} is not a date: there is no month {month}"),
    "date_no_year": ("{value} 不是日期：没有公元 0 年", "{value} is not a date: there is no year 0"),
    "date_no_day": (
        "{value} 不是日期：{year} 年 {month} 月只有 {days} 天",
        "{value} is not a date: {month_name} {year} has {days} days",
    ),
    "date_ambiguous": (
        "{value} 有歧义：可能是 {first}，也可能是 {second}；请写 YYYY-MM-DD",
        "{value} is ambiguous: it could be {first} or {second}; write the date as YYYY-MM-DD",
    ),
    "end_before_start": ("不能早于开始日期（{start}）", "must not be before start ({start})"),
    "day_off_and_workday": (
        "{date} 既是公司休息日又是上班日；请只写在其中一个列表中",
        "{date} is both a company holiday and a workday; keep it in one list",
    ),
    "valid_before_date": ("不能早于建议书日期（{date}）", "must not be before the proposal date ({date})"),
    # --- the brief as a whole --------------------------------------------------------
    "brief_version": (
        "未知的格式版本 {v}；此版本的 kam 读取版本 1",
        "unknown format version {v}; this kam reads version 1",
    ),
    "duplicate_id": (
        "联系人 id {id} 重复（contacts[{first}] 已使用）",
        "duplicate contact id {id} (also contacts[{first}])",
    ),
    "duplicate_package_id": (
        "方案 id {id} 重复（packages[{first}] 已使用）",
        "duplicate package id {id} (also packages[{first}])",
    ),
    "free_with_price": (
        "免费服务没有价格：请删除价格，或写 charge: paid",
        "a free service has no price: remove it or set charge: paid",
    ),
    "payment_twice": (
        "付款条件写了两次：请只保留 terms.payment 或 pricing.payment_terms 之一",
        "payment terms are given twice: keep terms.payment or pricing.payment_terms, not both",
    ),
    "reports_to_self": ("汇报给自己", "reports to themselves"),
    "reporting_loop": ("汇报关系形成了循环：{path}", "reporting lines form a loop: {path}"),
    "received_over_amount": ("不能超过应收金额（{amount}）", "must not exceed the amount ({amount})"),
    "closed_before_date": ("不能早于投诉日期（{date}）", "must not be before the complaint's date ({date})"),
    "unknown_contact": ("没有 id 为 {id} 的联系人", "no contact with id {id}"),
    # --- anything else Pydantic may say ---------------------------------------------
    "value_error": ("取值无效", "is not a valid value"),
    "assertion_error": ("取值无效", "is not a valid value"),
    "plain_error": ("取值无效（{detail}）", "{detail}"),
    "other": ("取值无效（{detail}）", "{detail}"),
}
