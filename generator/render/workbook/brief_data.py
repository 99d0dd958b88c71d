"""A validated brief as the plain data a brief file holds: for the workbook writer and for YAML output.

File references (the seller file, logos, pictures) are made relative to the folder of the file
being written, so they resolve there as they did beside the source.
"""

from __future__ import annotations

import datetime as dt
import enum
import os
from decimal import Decimal
from pathlib import Path
from typing import Any

from generator.models import Brief


def plain(value: Any) -> Any:
    """Return `value` with Decimals as exact numbers (or text), enumerations as their values, in plain containers."""
    if isinstance(value, dict):
        return {str(k.value if isinstance(k, enum.Enum) else k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal):
        if value == value.to_integral_value() and abs(value) < 10**15:
            return int(value)
        return value
    return value


def brief_data(brief: Brief, seller_file: str | None, source: Path, target: Path) -> dict[str, Any]:
    """Return the brief as plain data (Decimals kept), its file references relative to `target`'s folder.

    `seller_file` is what the source named (`seller: seller.yaml`), relative to `source`'s folder.
    """
    data = brief.model_dump(mode="python", exclude_defaults=True, by_alias=True)
    data.update(brief=brief.brief, language=brief.language, currency=brief.currency)
    _rebase_files(data, target.parent.resolve())
    if seller_file is not None:
        data["seller"] = _relative((source.parent / seller_file).resolve(), target.parent.resolve())
    return data


def _relative(path: Path, folder: Path) -> str:
    return Path(os.path.relpath(path, folder)).as_posix()


def _rebase_files(data: dict[str, Any], folder: Path) -> None:
    """Make the loader's absolute logo and picture paths relative to `folder`."""
    seller = data.get("seller")
    if isinstance(seller, dict):
        if isinstance(seller.get("logo"), str):
            seller["logo"] = _relative(Path(seller["logo"]), folder)
        for reference in (seller.get("credentials") or {}).get("references") or []:
            if isinstance(reference.get("image"), str):
                reference["image"] = _relative(Path(reference["image"]), folder)
    for offering in ((data.get("proposal") or {}).get("solution") or {}).get("offerings") or []:
        if isinstance(offering.get("image"), str):
            offering["image"] = _relative(Path(offering["image"]), folder)


def yaml_text(data: dict[str, Any]) -> str:
    """Return brief data as YAML text (Decimals as exact numbers, dates as dates, Chinese as is)."""
    import yaml

    class Dumper(yaml.SafeDumper):
        """PyYAML's safe dumper with Decimals written as plain, exact numbers."""

    def decimal(dumper: yaml.SafeDumper, value: Decimal) -> Any:
        if value == value.to_integral_value():
            return dumper.represent_scalar("tag:yaml.org,2002:int", format(value.quantize(Decimal(1)), "f"))
        return dumper.represent_scalar("tag:yaml.org,2002:float", format(value, "f"))

    Dumper.add_representer(Decimal, decimal)
    return yaml.dump(
        _dates(plain(data)), Dumper=Dumper, allow_unicode=True, width=4096, default_flow_style=False, sort_keys=False
    )


def _dates(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _dates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_dates(v) for v in value]
    if isinstance(value, dt.datetime):
        return value.date()
    return value
