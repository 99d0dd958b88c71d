"""YAML syntax errors in our words: the YAML reader's problem (libyaml, PyYAML or ruamel.yaml) → a catalogue Message.

The readers describe a problem in their own English ("did not find expected ',' or ']'",
"mapping values are not allowed here"); users need to know what to change. Each known
problem maps to a message in `generator/i18n/labels/reading.py` (keys `yaml_*`); an
unknown one keeps the reader's words behind a translated frame.
"""

from __future__ import annotations

import re

from generator.i18n.messages import Message, msg

# (pattern over the reader's lower-cased problem, message key); first match wins.
_PROBLEMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), key)
    for p, key in (
        (r"',' or '\]'", "reading.yaml_flow_sequence"),
        (r"',' or '\}'", "reading.yaml_flow_mapping"),
        (r"tab character|'\\t'", "reading.yaml_tab"),
        (r"mapping values are not allowed", "reading.yaml_mapping_values"),
        (r"(block )?sequence entries are not allowed", "reading.yaml_sequence_entry"),
        (
            r"expected key|expected <block end>|expected '-' indicator|expected <block mapping end>",
            "reading.yaml_indentation",
        ),
        (r"could not find expected ':'|expected ':'", "reading.yaml_expected_colon"),
        (r"cannot start any token", "reading.yaml_bad_start"),
        (r"unexpected end of stream|found unexpected end|end of stream", "reading.yaml_end_of_file"),
        (r"unknown escape|escape character", "reading.yaml_escape"),
        (r"node content", "reading.yaml_no_value"),
        (r"<document start>|document start", "reading.yaml_extra_content"),
        (r"comment or (a )?line break", "reading.yaml_trailing_text"),
        (r"alphabetic or numeric character|alias or anchor", "reading.yaml_anchor_name"),
        (r"document indicator|document separator", "reading.yaml_document_marker"),
        (
            r"control characters|invalid (leading|trailing) utf-8|incomplete utf-8|invalid unicode",
            "reading.yaml_control_characters",
        ),
        (r"undefined tag handle|tag handle", "reading.yaml_tag_handle"),
    )
)
_DUPLICATE = re.compile(r"found duplicate key (\"[^\"]*\"|'[^']*'|\S+)")
_UNDEFINED_ALIAS = re.compile(r"found undefined alias '?([^'\s]+)'?")


def syntax_message(problem: str | None) -> Message:
    """Return the reader's syntax `problem` as a catalogue message (what to change, in the reader's language)."""
    text = (problem or "").strip()
    lowered = text.lower()
    duplicate = _DUPLICATE.search(text)
    if duplicate:
        return msg("reading.yaml_duplicate_key_plain", key=duplicate.group(1))
    alias = _UNDEFINED_ALIAS.search(text)
    if alias:
        return msg("reading.undefined_alias", name=alias.group(1))
    for pattern, key in _PROBLEMS:
        if pattern.search(lowered):
            return msg(key)
    return msg("reading.yaml_other", detail=text or "invalid YAML")
