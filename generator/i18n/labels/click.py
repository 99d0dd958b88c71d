"""Click's own messages (usage errors, help headings) in Chinese, keyed by Click's gettext message id.

Click words its messages through gettext; `generator/commands/click_language.py` hands it
these texts when kam speaks Chinese. The placeholders are Click's and must stay as they are.
"""

LABELS = {
    "Usage:": ("用法:", "Usage:"),
    "Options": ("选项", "Options"),
    "Commands": ("命令", "Commands"),
    "Show this message and exit.": ("显示此帮助并退出。", "Show this message and exit."),
    "Show the version and exit.": ("显示版本并退出。", "Show the version and exit."),
    "Error: {message}": ("错误：{message}", "Error: {message}"),
    "Try '{command} {option}' for help.": (
        "运行 '{command} {option}' 查看帮助。",
        "Try '{command} {option}' for help.",
    ),
    "Invalid value: {message}": ("取值无效：{message}", "Invalid value: {message}"),
    "Invalid value for {param_hint}: {message}": (
        "{param_hint} 的取值无效：{message}",
        "Invalid value for {param_hint}: {message}",
    ),
    "Missing argument": ("缺少参数", "Missing argument"),
    "Missing option": ("缺少选项", "Missing option"),
    "Missing parameter": ("缺少参数", "Missing parameter"),
    "Missing {param_type}": ("缺少{param_type}", "Missing {param_type}"),
    "Missing parameter: {param_name}": ("缺少参数：{param_name}", "Missing parameter: {param_name}"),
    "No such option {name!r}.": ("没有选项 {name!r}。", "No such option {name!r}."),
    "No such command {name!r}.": ("没有命令 {name!r}。", "No such command {name!r}."),
    "Did you mean {possibility}?": ("您是不是要写 {possibility}？", "Did you mean {possibility}?"),
    "(Did you mean one of: {possibilities}?)": (
        "（您是不是要写其中之一：{possibilities}？）",
        "(Did you mean one of: {possibilities}?)",
    ),
    "Missing command.": ("缺少命令。", "Missing command."),
    "Got unexpected extra argument ({args})": ("多出了参数（{args}）", "Got unexpected extra argument ({args})"),
    "Got unexpected extra arguments ({args})": ("多出了参数（{args}）", "Got unexpected extra arguments ({args})"),
    "Option {name!r} requires an argument.": ("选项 {name!r} 需要一个值。", "Option {name!r} requires an argument."),
    "Option {name!r} requires {nargs} arguments.": (
        "选项 {name!r} 需要 {nargs} 个值。",
        "Option {name!r} requires {nargs} arguments.",
    ),
    "Option {name!r} does not take a value.": ("选项 {name!r} 不接受值。", "Option {name!r} does not take a value."),
    "Argument {name!r} takes {nargs} values.": (
        "参数 {name!r} 需要 {nargs} 个值。",
        "Argument {name!r} takes {nargs} values.",
    ),
    "{value!r} is not {choice}.": ("{value!r} 不是 {choice}。", "{value!r} is not {choice}."),
    "{value!r} is not one of {choices}.": ("{value!r} 不是 {choices} 之一。", "{value!r} is not one of {choices}."),
    "{value!r} does not match the format {format}.": (
        "{value!r} 不符合格式 {format}。",
        "{value!r} does not match the format {format}.",
    ),
    "{value!r} does not match the formats {formats}.": (
        "{value!r} 不符合格式 {formats}。",
        "{value!r} does not match the formats {formats}.",
    ),
    "{value!r} is not a valid {number_type}.": (
        "{value!r} 不是有效的数字。",
        "{value!r} is not a valid {number_type}.",
    ),
    "{value} is not in the range {range}.": ("{value} 不在范围 {range} 内。", "{value} is not in the range {range}."),
    "{value!r} is not a valid boolean. Recognized values: {states}": (
        "{value!r} 不是有效的布尔值。可用的值：{states}",
        "{value!r} is not a valid boolean. Recognized values: {states}",
    ),
    # {name} (file, directory, path) is worded once, when a command is defined: left out in Chinese.
    "{name} {filename!r} does not exist.": ("{filename!r} 不存在。", "{name} {filename!r} does not exist."),
    "{name} {filename!r} is a file.": ("{filename!r} 是文件，不是文件夹。", "{name} {filename!r} is a file."),
    "{name} {filename!r} is a directory.": ("{filename!r} 是文件夹，不是文件。", "{name} {filename!r} is a directory."),
    "{name} {filename!r} is not readable.": ("{filename!r} 不可读。", "{name} {filename!r} is not readable."),
    "{name} {filename!r} is not writable.": ("{filename!r} 不可写。", "{name} {filename!r} is not writable."),
    "Could not open file {filename!r}: {message}": (
        "无法打开文件 {filename!r}：{message}",
        "Could not open file {filename!r}: {message}",
    ),
    "unknown error": ("未知错误", "unknown error"),
    "Aborted!": ("已中止！", "Aborted!"),
    "default: {default}": ("默认：{default}", "default: {default}"),
    "required": ("必填", "required"),
    "env var: {var}": ("环境变量：{var}", "env var: {var}"),
    "(dynamic)": ("（动态）", "(dynamic)"),
    "{len_type} values are required, but {len_value} was given.": (
        "需要 {len_type} 个值，但只给了 {len_value} 个。",
        "{len_type} values are required, but {len_value} was given.",
    ),
    "{len_type} values are required, but {len_value} were given.": (
        "需要 {len_type} 个值，但给了 {len_value} 个。",
        "{len_type} values are required, but {len_value} were given.",
    ),
    "Value must be an iterable.": ("值必须是可迭代的。", "Value must be an iterable."),
    "%(prog)s, version %(version)s": ("%(prog)s，版本 %(version)s", "%(prog)s, version %(version)s"),
}
