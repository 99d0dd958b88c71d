"""Compiled validators (generator/models/compiled.py): read back from their cache file, they accept and
reject exactly what Pydantic's own validator does, and any doubt about the file means a rebuild."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError
from repo_paths import DATA, ROOT

from generator.load.brief import _resolve_logo, _resolve_pictures
from generator.load.yaml_source import load_yaml
from generator.models import Brief, Seller, compiled

BRIEFS = sorted(DATA.glob("check_*/*.yaml")) + sorted((ROOT / "examples").glob("brief-*.yaml"))

BROKEN: list[dict[str, Any]] = [
    {},
    {"brief": 1},
    {"brief": "one", "language": "fr", "account": {"name": ["a"], "tier": "gold", "nmae": 1}},
    {"brief": 1, "account": {"name": "x"}, "contacts": [{"id": "a"}, {"name": "B", "level": "boss"}]},
    {"brief": 1, "account": {"name": "  \x07 "}, "proposal": {"title": "T", "pricing": {"tax_rate": "300%"}}},
    {
        "brief": 1,
        "currency": "RMB",
        "account": {"name": "x", "annual_value": "lots"},
        "proposal": {"title": "T", "pricing": {"items": [{"name": "a", "unit_price": -5, "discount": "150%"}]}},
        "visits": [{"date": "someday", "contacts": ["nobody"]}],
    },
]


@pytest.fixture
def cache_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep compiled validators in `tmp_path` (written even where bytecode is not) for one test."""
    monkeypatch.setattr(compiled, "cache_path", lambda model: tmp_path / f"{model.__qualname__}.pickle")
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    compiled.validator.cache_clear()
    yield tmp_path
    compiled.validator.cache_clear()


def read_back(model: type) -> Any:
    """Return the validator of `model` as a later process gets it: from the file, never built."""
    compiled.validator.cache_clear()

    def no_build(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the validator was built, not read from its file")

    assert "model_rebuild" not in vars(model)  # inherited: deleting the stand-in brings it back as it was
    model.model_rebuild = no_build  # type: ignore[method-assign]
    try:
        return compiled.validator(model)
    finally:
        del model.model_rebuild


def brief_data(path: Path) -> dict[str, Any]:
    """Return the data of the brief at `path` as the loader hands it to the model (seller file read in)."""
    data, locations = load_yaml(path)
    if isinstance(data.get("seller"), str):
        data["seller"], _ = load_yaml(path.parent / data["seller"])
    _resolve_logo(data, path, locations)
    _resolve_pictures(data, path, locations)
    return data


def outcome(validate: Any, data: dict[str, Any]) -> Any:
    """Return what validating `data` gives: the model's dump, or the errors (type, location, message)."""
    try:
        return validate(data).model_dump(mode="json")
    except ValidationError as exc:
        return [(e["type"], e["loc"], e["msg"]) for e in exc.errors(include_url=False)]


def test_the_cache_file_is_written_once_and_read_back(cache_in: Path) -> None:
    compiled.validator(Brief)
    stored = pickle.loads((cache_in / "Brief.pickle").read_bytes())
    assert stored["key"] == compiled.cache_key()
    assert read_back(Brief) is not None


@pytest.mark.parametrize("path", BRIEFS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_read_back_validator_accepts_what_pydantic_accepts(cache_in: Path, path: Path) -> None:
    compiled.validator(Brief)
    validator = read_back(Brief)
    data = brief_data(path)
    assert outcome(validator.validate_python, data) == outcome(Brief.model_validate, data)


@pytest.mark.parametrize("data", BROKEN, ids=range(len(BROKEN)))
def test_a_read_back_validator_rejects_what_pydantic_rejects(cache_in: Path, data: dict[str, Any]) -> None:
    compiled.validator(Brief)
    validator = read_back(Brief)
    mine, theirs = outcome(validator.validate_python, data), outcome(Brief.model_validate, data)
    assert isinstance(theirs, list) and theirs
    assert mine == theirs


def test_a_seller_is_compiled_on_its_own(cache_in: Path) -> None:
    compiled.validator(Seller)
    seller = read_back(Seller).validate_python({"name": "星河软件"})
    assert isinstance(seller, Seller) and seller.name == "星河软件"


@pytest.mark.parametrize(
    "content",
    [b"", b"not a pickle", pickle.dumps({"key": "stale", "arguments": ({},)}), pickle.dumps(["wrong shape"])],
    ids=["empty", "garbage", "stale key", "wrong shape"],
)
def test_a_file_in_doubt_is_rebuilt_and_replaced(cache_in: Path, content: bytes) -> None:
    (cache_in / "Brief.pickle").write_bytes(content)
    validator = compiled.validator(Brief)
    assert isinstance(validator.validate_python(brief_data(BRIEFS[-1])), Brief)
    assert pickle.loads((cache_in / "Brief.pickle").read_bytes())["key"] == compiled.cache_key()


def test_nothing_is_written_where_bytecode_is_not(cache_in: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert isinstance(compiled.validate(Brief, brief_data(BRIEFS[-1])), Brief)
    assert not (cache_in / "Brief.pickle").exists()


def test_an_unwritable_folder_means_no_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder would be")
    monkeypatch.setattr(compiled, "cache_path", lambda model: blocked / "Brief.pickle")
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    compiled.validator.cache_clear()
    try:
        assert isinstance(compiled.validate(Brief, brief_data(BRIEFS[-1])), Brief)
    finally:
        compiled.validator.cache_clear()


def test_the_key_follows_the_models_source(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    before = compiled.cache_key()
    models = tmp_path / "models"
    models.mkdir()
    for source in Path(compiled.__file__).parent.glob("*.py"):
        (models / source.name).write_bytes(source.read_bytes())
    monkeypatch.setattr(compiled, "_MODELS_DIR", models)
    compiled.cache_key.cache_clear()
    try:
        assert compiled.cache_key() == before
        (models / "brief.py").write_bytes((models / "brief.py").read_bytes() + b"\n# edited\n")
        compiled.cache_key.cache_clear()
        assert compiled.cache_key() != before
    finally:
        compiled.cache_key.cache_clear()


def test_the_cache_sits_with_the_models_bytecode() -> None:
    path = compiled.cache_path(Brief)
    assert path.name == "generator.models.brief.Brief.validator.pickle"
    assert path.parent.name == "__pycache__" or sys.pycache_prefix


def test_reading_fields_agrees_with_model_dump() -> None:
    """field_values and holds_anything say what model_dump would, without building a serializer."""
    from pydantic import BaseModel

    from generator.models.brief import BasicDetails, Credentials, SellerText

    cases = [
        Credentials(),
        Credentials(awards=["金奖"]),
        Credentials(profile=""),
        Credentials.model_validate({"references": [{"customer": "某银行"}]}),
        BasicDetails(),
        BasicDetails(phone="13800000000"),
        SellerText(name="某公司", credentials=Credentials()),
    ]
    for model in cases:
        values = model.field_values()
        as_dumped = {
            k: v.model_dump() if isinstance(v, BaseModel) else [i.model_dump() for i in v] if k == "references" else v
            for k, v in values.items()
        }
        assert as_dumped == model.model_dump()
        assert model.holds_anything() == bool(model.model_dump(exclude_defaults=True, exclude_none=True))


def test_checking_a_brief_builds_no_schema_once_compiled(tmp_path: Path) -> None:
    """After a first run has compiled the validators, nothing on check's path builds a Pydantic schema
    (a model_dump on a model read through the compiled validator would: milliseconds each)."""
    code = f"""
        import sys
        import pydantic._internal._generate_schema as generate
        built = []
        real = generate.GenerateSchema.generate_schema
        def counting(self, obj, *args, **kwargs):
            built.append(getattr(obj, "__name__", repr(obj)))
            return real(self, obj, *args, **kwargs)
        generate.GenerateSchema.generate_schema = counting
        from generator.cli import main
        try:
            main(["check", {str(ROOT / "examples" / "brief-zh.yaml")!r}, "--today", "2026-11-20"])
        except SystemExit:
            pass
        print("built:", sorted(set(built)))
    """
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(tmp_path)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    runs = [
        subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, env=env, capture_output=True, text=True)
        for _ in range(2)
    ]
    assert "Brief" in runs[0].stdout.splitlines()[-1]  # the first run compiles
    assert runs[1].stdout.splitlines()[-1] == "built: []"
