"""Messages of reading input files: files, YAML syntax, customer lists (CSV / XLSX), seller files and logos.

Each message is what follows `file:line:col: path:`.
"""

LABELS = {
    # --- files -----------------------------------------------------------------------
    "file_not_found": ("找不到文件", "file not found"),
    "is_a_folder": ("这是文件夹，不是文件", "is a folder, not a file"),
    "cannot_read": ("无法读取：{reason}", "cannot read: {reason}"),
    "not_a_regular_file": (
        "这是{kind}，不是普通文件；kam 只读取普通文件",
        "is a {kind}, not an ordinary file; kam reads only ordinary files",
    ),
    "kind_fifo": ("管道（FIFO）", "pipe (FIFO)"),
    "kind_socket": ("套接字", "socket"),
    "kind_device": ("设备文件", "device"),
    "kind_special": ("特殊文件", "special file"),
    "file_too_large": ("文件大小为 {size}；{what}最大只能是 {limit}", "is {size}; {what} may be at most {limit}"),
    "what_brief": ("简报文件", "a brief"),
    "what_table": ("客户列表", "a customer list"),
    "what_calendar": ("日历文件", "a calendar file"),
    "file_empty": ("文件是空的", "file is empty"),
    "not_utf8": (
        "不是 UTF-8 文本（字节 0x{byte}）；请将文件另存为 UTF-8",
        "not UTF-8 text (byte 0x{byte}); save the file as UTF-8",
    ),
    "top_not_mapping": (
        "顶层应为键值对的映射（brief: 1、account: …）",
        "the top level must be a mapping of keys (brief: 1, account: …)",
    ),
    "too_deep": ("列表或映射嵌套太深，不像是简报", "lists or mappings are nested too deeply to be a brief"),
    "too_deep_limit": (
        "列表或映射嵌套太深，不像是简报（超过 {limit} 层）",
        "lists or mappings are nested too deeply to be a brief (more than {limit} levels)",
    ),
    # --- YAML syntax: the reader's problem, in our words -------------------------------
    "yaml_flow_sequence": (
        "YAML 语法错误：方括号列表 [ … ] 中缺少“,”或“]”",
        "YAML syntax: expected ',' or ']' in a [ … ] list",
    ),
    "yaml_flow_mapping": (
        "YAML 语法错误：花括号映射 {{ … }} 中缺少“,”或“}}”",
        "YAML syntax: expected ',' or '}}' in a {{ … }} mapping",
    ),
    "yaml_indentation": (
        "YAML 语法错误：缩进对不齐（这一行的缩进与上面的键不一致）",
        "YAML syntax: the indentation does not line up with the keys above",
    ),
    "yaml_mapping_values": (
        "YAML 语法错误：这里不能出现“键: 值”；含“: ”的文字请加引号，或检查缩进",
        "YAML syntax: a 'key: value' is not allowed here; quote text that contains ': ', or check the indentation",
    ),
    "yaml_sequence_entry": (
        "YAML 语法错误：这里不能开始“- ”列表项；请检查缩进",
        "YAML syntax: a '- ' list item is not allowed here; check the indentation",
    ),
    "yaml_bad_start": (
        "YAML 语法错误：这个字符不能作为值的开头（如制表符、@ 或 `）；请用空格缩进，或给文字加引号",
        "YAML syntax: this character cannot start a value (a tab, @ or `); indent with spaces or quote the text",
    ),
    "yaml_tab": (
        "YAML 语法错误：缩进中有制表符；请用空格缩进",
        "YAML syntax: a tab in the indentation; indent with spaces",
    ),
    "yaml_expected_colon": (
        "YAML 语法错误：键后面缺少“:”（冒号后加一个空格）",
        "YAML syntax: expected ':' after a key",
    ),
    "yaml_end_of_file": (
        "YAML 语法错误：引号或括号还没有闭合，文件就结束了",
        "YAML syntax: the file ends before a quote or bracket is closed",
    ),
    "yaml_escape": (
        "YAML 语法错误：双引号中“\\”后的转义字符无效；反斜杠请写成 \\\\，或改用单引号",
        "YAML syntax: an unknown escape after '\\' in a double-quoted string; write \\\\ or use single quotes",
    ),
    "yaml_no_value": ("YAML 语法错误：这里缺少值", "YAML syntax: a value is missing here"),
    "yaml_extra_content": (
        "YAML 语法错误：顶层多出了内容（缩进有误或多余的文字）",
        "YAML syntax: unexpected content at the top level (wrong indentation or stray text)",
    ),
    "yaml_trailing_text": (
        "YAML 语法错误：值后面多出了文字；含空格或符号的文字请整段加引号",
        "YAML syntax: text after the value; quote the whole text",
    ),
    "yaml_anchor_name": (
        "YAML 语法错误：“&”或“*”后应为名称；文字中的 & 或 * 请加引号",
        "YAML syntax: '&' or '*' must be followed by a name; quote text that holds & or *",
    ),
    "yaml_document_marker": (
        "YAML 语法错误：出现了意外的文档分隔符（--- 或 ...）",
        "YAML syntax: an unexpected document marker (--- or ...)",
    ),
    "yaml_control_characters": (
        "YAML 语法错误：文件中有 YAML 不允许的控制字符",
        "YAML syntax: the file holds control characters YAML does not allow",
    ),
    "yaml_tag_handle": (
        "YAML 语法错误：未定义的标签前缀（“!”开头）；文字中的 ! 请加引号",
        "YAML syntax: an undefined tag handle ('!…'); quote text that starts with !",
    ),
    "yaml_duplicate_key_plain": (
        "YAML 语法错误：键 {key} 重复出现；一个键只能出现一次",
        "YAML syntax: duplicate key {key}; a key may appear only once",
    ),
    "yaml_other": ("YAML 语法错误：这里的写法无法读取（{detail}）", "YAML syntax: {detail}"),
    "forbidden_character": (
        "YAML 语法错误：YAML 中不允许出现字符 U+{codepoint}；请在双引号字符串中写成转义形式",
        "YAML syntax: character U+{codepoint} is not allowed in YAML; write it as an escape in a double-quoted string",
    ),
    "more_forbidden_characters": (
        "YAML 语法错误：另有 {count} 个 YAML 不允许的字符",
        "YAML syntax: {count} more characters that YAML does not allow",
    ),
    "tag_not_allowed": ("不允许使用 YAML 标签 {tag}；请直接写值", "YAML tag {tag} is not allowed; write plain values"),
    "value_does_not_match_tag": ("{text} 与其 YAML 标签 {tag} 不符", "{text} does not match its YAML tag {tag}"),
    "duplicate_key": (
        "YAML 语法错误：键 {key} 重复（第一次出现在第 {first_line} 行）；一个键只能出现一次",
        "YAML syntax: duplicate key {key} (first at line {first_line}); a key may appear only once",
    ),
    "key_not_text": (
        "YAML 语法错误：键必须是普通文字，不能是列表或映射",
        "YAML syntax: a key must be plain text, not a list or a mapping",
    ),
    "alias_bomb": (
        "别名 *{name} 会使文件超过 {limit} 个值（别名套别名，即“十亿笑声”攻击）；请直接写出这些值",
        "alias *{name} would bring the file past {limit} values (aliases that expand aliases, "
        'the "billion laughs" pattern); write the values out instead',
    ),
    "undefined_alias": (
        "YAML 语法错误：别名 *{name} 上方没有对应的锚点 &{name}",
        "YAML syntax: alias *{name} names no anchor &{name} above it",
    ),
    "recursive_alias": (
        "YAML 语法错误：别名 *{name} 出现在它所指的值内部",
        "YAML syntax: alias *{name} stands inside the value it names",
    ),
    "bad_merge": (
        "YAML 语法错误：“<<”后面必须是映射、映射的别名或它们的列表",
        "YAML syntax: '<<' must be followed by a mapping, an alias of one, or a list of them",
    ),
    "second_document": (
        "YAML 语法错误：一个简报只能有一个 YAML 文档，这里却开始了另一个",
        "YAML syntax: a brief holds one YAML document, but another one starts here",
    ),
    # --- the brief's other files -----------------------------------------------------
    "seller_not_found": ("找不到卖方文件：{reference}", "seller file not found: {reference}"),
    "logo_not_found": ("找不到标志文件：{reference}", "logo file not found: {reference}"),
    "logo_not_image": ("标志必须是 PNG 或 JPEG 图片：{reference}", "logo must be a PNG or JPEG image: {reference}"),
    "image_not_found": ("找不到图片文件：{reference}", "image file not found: {reference}"),
    "image_not_image": ("图片必须是 PNG 或 JPEG 文件：{reference}", "image must be a PNG or JPEG file: {reference}"),
    # --- customer lists --------------------------------------------------------------
    "no_briefs_in_folder": (
        "此文件夹中没有简报（含 `brief:` 和 `account:` 的 YAML 文件）",
        "no briefs in this folder (YAML files with `brief:` and `account:`)",
    ),
    "not_a_customer_list": (
        "不是客户列表：请给出简报（.yaml）、简报文件夹、.csv 或 .xlsx 文件",
        "not a customer list: give a brief (.yaml), a folder of briefs, a .csv or an .xlsx",
    ),
    "duplicate_customer": (
        "客户名称 {name} 重复（第一次出现在 {first}）；跳过此记录",
        "duplicate customer name {name} (first at {first}); this record is skipped",
    ),
    "unknown_column": ("未知的列，已忽略{hint}", "unknown column; it is ignored{hint}"),
    "column_hint": ("（您是不是要写 {name}？）", " (did you mean {name}?)"),
    "same_column": ("与列 {other} 是同一字段，已忽略", "same field as column {other}; it is ignored"),
    "row_too_wide": (
        "此行有 {values} 个值，但表头只有 {width} 列",
        "the row has {values} values but the header names only {width} columns",
    ),
    "sheet_empty": ("工作表是空的", "the sheet is empty"),
    "no_name_column": ("没有客户名称列（客户名称 / name）", "no customer-name column (客户名称 / name)"),
    "no_customer_sheet": ("工作簿中没有客户工作表", "no customer sheet in the workbook"),
    "contact_without_customer": (
        "工作表 {sheet} 中没有名为 {name} 的客户；跳过此联系人",
        "no customer named {name} in sheet {sheet}; this contact is skipped",
    ),
    "receivable_without_customer": (
        "工作表 {sheet} 中没有名为 {name} 的客户；跳过此应收款",
        "no customer named {name} in sheet {sheet}; this receivable is skipped",
    ),
    "no_customer_column_rows": (
        "没有说明每行所属客户的 `customer`（客户）列；忽略此工作表",
        "no `customer` column naming each row's customer; the sheet is ignored",
    ),
    "row_customer_required": ("必填：此行所属的客户", "required: the customer this row belongs to"),
    "no_customer_column": (
        "没有说明联系人所属客户的 `customer`（客户）列；忽略此工作表",
        "no `customer` column naming each contact's customer; the sheet is ignored",
    ),
    "contact_customer_required": ("必填：此联系人所属的客户", "required: the customer this contact belongs to"),
    "too_many_columns": (
        "表头有 {count} 列；客户列表最多只能有 {limit} 列",
        "the header has {count} columns; a customer list may have at most {limit}",
    ),
    "csv_undecodable": (
        "无法按 {encoding} 编码读取（{reason}）；请将文件另存为 UTF-8",
        "not readable as {encoding} text ({reason}); save the file as UTF-8",
    ),
    "csv_syntax": ("CSV 格式错误：这一行无法按 CSV 读取（请检查引号是否成对）", "CSV syntax: {detail}"),
    "not_a_workbook_raw": (
        "无法作为 Excel 工作簿读取（文件已损坏，或不是 .xlsx 工作簿）",
        "cannot read as an Excel workbook: {detail}",
    ),
    "csv_line_too_long": (
        "这一行超过 {limit}，不像是客户列表",
        "this line is longer than {limit}; the file does not look like a customer list",
    ),
    "not_a_workbook": ("无法作为 Excel 工作簿读取：{detail}", "cannot read as an Excel workbook: {detail}"),
    "workbook_is_ole": (
        "无法作为 Excel 工作簿读取：这是旧格式的 .xls 或设了密码的工作簿；请另存为不带密码的 .xlsx",
        "cannot read as an Excel workbook: it is an old-format .xls or a password-protected workbook; "
        "save it as .xlsx without a password",
    ),
    "not_a_zip": ("不是 zip 压缩包", "not a zip package ({detail})"),
    "in_part": ("部件 {part} 无法读取", "part {part}: {detail}"),
    "workbook_too_many_parts": (
        "kam 无法读取此工作簿：它包含 {count} 个文件（最多 {limit} 个）",
        "not a workbook kam can read: it holds {count} files (at most {limit})",
    ),
    "workbook_part_too_large": (
        "kam 无法读取此工作簿：其部件 {part} 解压后为 {size}（最大 {limit}）",
        "not a workbook kam can read: its part {part} unpacks to {size} (at most {limit})",
    ),
    "workbook_part_ratio": (
        "kam 无法读取此工作簿：其部件 {part} 从 {packed} 解压为 {size}（超过 {limit} 倍，是压缩炸弹的特征）",
        "not a workbook kam can read: its part {part} unpacks from {packed} to {size} "
        "(more than {limit}×, the mark of a zip bomb)",
    ),
    "workbook_too_large": (
        "kam 无法读取此工作簿：解压后为 {size}（最大 {limit}）",
        "not a workbook kam can read: it unpacks to {size} (at most {limit})",
    ),
    "workbook_doctype": (
        "kam 无法读取此工作簿：其部件 {part} 声明了 DOCTYPE 或实体，Excel 从不这样写",
        "not a workbook kam can read: its part {part} declares a DOCTYPE or entities, which Excel never writes",
    ),
    "workbook_damaged": (
        "工作簿已损坏：工作表 {sheet} 无法读取（{where}）",
        "the workbook is damaged: sheet {sheet} cannot be read {where} ({detail})",
    ),
    "workbook_after_row": ("第 {row} 行之后", "after row {row}"),
    "workbook_from_first_row": ("从第一行起", "from its first row"),
    "cell_serial_date": ("{value} 不是 Excel 日期序号", "{value} is not an Excel date serial number"),
    "impossible_date_unlocated": (
        "文件中有不存在的日期（{detail}）；请检查日期",
        "the file holds a date that does not exist ({detail})",
    ),
    "impossible_date": (
        "{text} 不是日期：{year} 年 {month} 月只有 {days} 天",
        "{text} is not a date: {year}-{month2} has {days} days",
    ),
    "impossible_date_no_year": ("{text} 不是日期：没有公元 0 年", "{text} is not a date: there is no year 0"),
    "impossible_date_no_month": ("{text} 不是日期：没有 {month} 月", "{text} is not a date: there is no month {month}"),
    # --- sizes -----------------------------------------------------------------------
    "size_bytes": ("{n} 字节", "{n} bytes"),
    "size_kb": ("{n} KB", "{n} KB"),
    "size_mb": ("{n} MB", "{n} MB"),
    # --- company calendar ------------------------------------------------------------
    "calendar_not_mapping": (
        "日历文件应为键值对的映射：holidays: [日期…]、workdays: [日期…]",
        "a calendar file is a mapping: holidays: [dates…], workdays: [dates…]",
    ),
}
