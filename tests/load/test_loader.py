"""Loading briefs: every problem at once, each with its file, line and column."""

from pathlib import Path

import pytest

from generator.errors import BriefError
from generator.load import load_brief


def write(tmp_path: Path, text: str, name: str = "brief.yaml", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(BriefError) as caught:
        load_brief(path)
    return [str(p) for p in caught.value.problems]


BAD = """\
brief: 1
languag: zh
account:
  name: 上海某某
  annual_value: "很多"
contacts:
  - id: a
    name: A
    level: 决策
  - id: a
    name: B
proposal:
  title: T
  pricing:
    items:
      - {name: x, unit_price: 1}
      - {name: y, unit_price: 5}
      - {name: z, unit_price: -5, discount: "100%"}
visits:
  - {date: 2026-11-05, contacts: [wang]}
"""


def test_every_problem_reported_at_once_with_line_and_column(tmp_path):
    path = write(tmp_path, BAD)
    found = problems(path)
    p = str(path)
    assert f"{p}:2:1: languag: unknown key; did you mean 'language'?" in found
    assert any(line.startswith(f"{p}:5:17: account.annual_value: ") for line in found)
    assert any(
        line.startswith(f"{p}:9:12: contacts[0].level: must be one of: operational, management, decision")
        for line in found
    )
    assert f"{p}:10:9: contacts[1].id: duplicate contact id 'a' (also contacts[0])" in found
    assert f"{p}:18:31: proposal.pricing.items[2].unit_price: must be ≥ 0" in found
    assert f"{p}:18:45: proposal.pricing.items[2].discount: must be < 100%" in found
    assert f"{p}:20:35: visits[0].contacts[0]: no contact with id 'wang'" in found
    assert len(found) == 7
    assert [int(line.split(":")[1]) for line in found] == sorted(int(line.split(":")[1]) for line in found)


def test_missing_required_field_points_at_its_parent(tmp_path):
    path = write(tmp_path, "brief: 1\naccount:\n  industry: x\n")
    assert problems(path) == [f"{path}:3:3: account.name: required"]


def test_utf8_bom_is_accepted(tmp_path):
    path = write(tmp_path, "\ufeffbrief: 1\naccount: {name: 客户}\n")
    assert load_brief(path).brief.account.name == "客户"


@pytest.mark.parametrize(
    "content, message",
    [
        ("", "file is empty"),
        ("   \n# only a comment\n", "file is empty"),
        ("- a\n- b\n", "the top level must be a mapping"),
        ("just text\n", "the top level must be a mapping"),
        ("brief: 1\naccount: {name: [\n", "YAML syntax"),
        ("brief: 1\nbrief: 1\naccount: {name: x}\n", "YAML syntax"),
    ],
)
def test_unreadable_files_give_one_clear_line(tmp_path, content, message):
    found = problems(write(tmp_path, content))
    assert len(found) == 1 and message in found[0]


def test_non_utf8_bytes(tmp_path):
    path = write(tmp_path, "brief: 1\naccount: {name: 上海}\n", encoding="gbk")
    (line,) = problems(path)
    assert "not UTF-8" in line and line.startswith(f"{path}:2")


def test_missing_file(tmp_path):
    assert problems(tmp_path / "nope.yaml") == [f"{tmp_path / 'nope.yaml'}: file not found"]


def test_python_object_tags_are_refused_not_run(tmp_path):
    marker = tmp_path / "pwned"
    path = write(tmp_path, f'brief: 1\naccount:\n  name: !!python/object/apply:os.system ["touch {marker}"]\n')
    (line,) = problems(path)
    assert "YAML tag" in line and "not allowed" in line and line.startswith(f"{path}:3:9")
    assert not marker.exists()


def test_custom_tags_are_refused(tmp_path):
    (line,) = problems(write(tmp_path, "brief: 1\naccount: {name: !secret x}\n"))
    assert "'!secret'" in line


def test_seller_from_a_file_with_its_own_locations(tmp_path):
    write(tmp_path, "name: 我方\ncontakt: {name: 李}\n", "seller.yaml")
    path = write(tmp_path, "brief: 1\nseller: seller.yaml\naccount: {name: 客户}\n")
    (line,) = problems(path)
    assert line == f"{tmp_path / 'seller.yaml'}:2:1: seller.contakt: unknown key; did you mean 'contact'?"


def test_seller_file_missing(tmp_path):
    path = write(tmp_path, "brief: 1\nseller: ../nowhere.yaml\naccount: {name: 客户}\n")
    assert problems(path) == [f"{path}:2:9: seller: seller file not found: ../nowhere.yaml"]


def test_logo_resolved_relative_to_the_file_naming_it(tmp_path, examples_dir):
    (tmp_path / "co").mkdir()
    (tmp_path / "co" / "logo.png").write_bytes((examples_dir / "assets" / "logo.png").read_bytes())
    write(tmp_path, "name: 我方\nlogo: logo.png\n", "co/seller.yaml")
    path = write(tmp_path, "brief: 1\nseller: co/seller.yaml\naccount: {name: 客户}\n")
    assert load_brief(path).brief.seller.logo == str((tmp_path / "co" / "logo.png").resolve())


def test_logo_must_exist_and_be_an_image(tmp_path):
    path = write(tmp_path, "brief: 1\nseller: {name: 我方, logo: missing.png}\naccount: {name: 客户}\n")
    assert problems(path) == [f"{path}:2:26: seller.logo: logo file not found: missing.png"]
    (tmp_path / "fake.png").write_text("not an image")
    path = write(tmp_path, "brief: 1\nseller: {name: 我方, logo: fake.png}\naccount: {name: 客户}\n")
    assert "must be a PNG or JPEG" in problems(path)[0]


def test_unknown_key_far_from_any_field_lists_the_choices(tmp_path):
    (line,) = problems(write(tmp_path, "brief: 1\naccount: {name: x, zzzz: 1}\n"))
    assert "unknown key; expected one of: name, short_name" in line


def test_example_locations_point_at_values(zh_brief):
    file, line, column = zh_brief.where(("proposal", "pricing", "items", 0, "unit_price"))
    text = Path(file).read_text(encoding="utf-8").splitlines()[line - 1]
    assert text[column - 1 :].startswith('"38万"')
