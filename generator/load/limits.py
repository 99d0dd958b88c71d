"""How much kam reads from one input file: limits far above any real brief or customer list.

They exist so that a broken or hostile file ends in a clear message within seconds and
bounded memory, instead of a hang or an out-of-memory crash.
"""

from __future__ import annotations

MB = 1 << 20

BRIEF_MAX_BYTES = 10 * MB
"""A brief or seller file; the largest real briefs are a few hundred KB."""

YAML_MAX_ALIAS_NODES = 100_000
"""Values that aliases (`*name`) may bring in, in total, per YAML file (stops "billion laughs")."""

YAML_MAX_DEPTH = 64
"""Levels of nested lists and mappings in a YAML file; a brief needs about eight."""

YAML_MAX_CHARACTER_PROBLEMS = 20
"""Forbidden characters reported one by one before the rest are summed up."""

TABLE_MAX_BYTES = 100 * MB
"""A customer list file (CSV or XLSX) on disk."""

CSV_MAX_LINE_CHARS = 1 * MB
"""One physical line of a CSV file."""

CSV_SNIFF_CHARS = 32 * 1024
"""The sample (whole lines from the top of a CSV file) its delimiter is guessed from."""

XLSX_MAX_PARTS = 10_000
"""Files inside an XLSX package (a workbook of a few sheets holds a dozen or two)."""

XLSX_MAX_PART_BYTES = 100 * MB
"""One part of an XLSX package, uncompressed (a sheet's XML, the shared strings)."""

XLSX_MAX_TOTAL_BYTES = 300 * MB
"""All parts of an XLSX package together, uncompressed."""

XLSX_MAX_RATIO = 200
"""Uncompressed size over compressed size of a part; real sheets stay well under 50."""

XLSX_RATIO_FROM_BYTES = 1 * MB
"""The ratio is checked for parts at least this large (tiny parts compress oddly well)."""

XML_HEAD_BYTES = 64 * 1024
"""The start of each XML part searched for a DOCTYPE or ENTITY declaration (Excel writes none)."""

TABLE_MAX_COLUMNS = 512
"""Columns of a customer list: a CSV header may name this many, a sheet is read this wide
(Excel allows 16,384; a customer list needs a few dozen)."""

XLSX_MAX_ROWS = 1_048_576
"""Excel's last row; a sheet claiming rows beyond it is damaged."""
