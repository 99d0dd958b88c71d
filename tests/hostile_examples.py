"""The example briefs with every free-text field turned hostile: the shape of a real customer
(contacts, visits, history, personal notes) carrying markup, control characters, bidi text,
emoji and 10,000-character strings — what the visit plan and archive card show."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from hostile import LONG, NASTY, yaml_safe_json

from generator.errors import BriefError
from generator.load import load_brief
from generator.load.yaml_source import load_yaml

_KEEP = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{2}-\d{2}|[\d.,%万亿元¥$ ]+|https?://\S+)$")


def hostile_example(examples_dir: Path, name: str, *, index: int = 0, long_every: int = 7) -> dict[str, Any]:
    """Return the example brief `name` (seller file inlined) as plain data with every free text
    hostile (every `long_every`-th one 10,000 characters long); the account name carries `index`,
    so several such briefs are distinct customers."""
    data, _ = load_yaml(Path(examples_dir) / name)
    if isinstance(data.get("seller"), str):
        seller, _ = load_yaml(Path(examples_dir) / data["seller"])
        seller.pop("localized", None)
        if isinstance(seller.get("logo"), str):
            seller["logo"] = str((Path(examples_dir) / seller["logo"]).resolve())
        data["seller"] = seller
    counter = iter(range(10**9))

    def spoil(value: Any, key: str) -> Any:
        if isinstance(value, dict):
            return {k: spoil(v, str(k)) for k, v in value.items()}
        if isinstance(value, list):
            return [spoil(v, key) for v in value]
        if isinstance(value, str) and key not in ("id", "logo") and not _KEEP.match(value):
            return value + (LONG if next(counter) % long_every == 3 else NASTY)
        return value

    hostile = spoil(data, "")
    return _valid(data, hostile, index)


def _valid(original: dict[str, Any], hostile: dict[str, Any], index: int) -> dict[str, Any]:
    """Return `hostile` with every field the brief refuses so (enums, ids, references) set back."""
    import tempfile

    hostile["account"]["name"] = f"{index:03d} " + hostile["account"]["name"]
    last = None
    for _ in range(20):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "brief.yaml"
            path.write_text(yaml_safe_json(hostile), encoding="utf-8")
            try:
                load_brief(path)
                return hostile
            except BriefError as error:
                last = error
                for problem in error.problems:
                    _restore(original, hostile, problem.path)
    raise AssertionError(f"the hostile example never became a valid brief: {last}")


def _restore(original: Any, hostile: Any, dotted: str) -> None:
    steps = [int(part) if part.isdigit() else part for part in re.findall(r"[^.\[\]]+", dotted)]
    source, target = original, hostile
    for step in steps[:-1]:
        source, target = source[step], target[step]
    if steps:
        target[steps[-1]] = source[steps[-1]]


def write_hostile_examples(examples_dir: Path, folder: Path, count: int = 1, long_every: int = 7) -> list[Path]:
    """Write `count` hostile copies of each example brief (zh and en) into `folder`; return their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in ("brief-zh.yaml", "brief-en.yaml"):
        template = hostile_example(examples_dir, name, long_every=long_every)
        for index in range(count):
            data = dict(template, account=dict(template["account"]))
            data["account"]["name"] = f"{index:03d}" + template["account"]["name"][3:]
            path = folder / f"{Path(name).stem}-{index:03d}.yaml"
            path.write_text(yaml_safe_json(data), encoding="utf-8")
            paths.append(path)
    return paths
