"""User templates can't escape the sandbox, read files, or run forever; their errors are located."""

from __future__ import annotations

import pytest

from generator.errors import TemplateError
from generator.render.kit.templates import TemplateSet

CONTEXT = {"customer": "客户", "t": lambda key: key, "items": [1, 2, 3]}


def render(tmp_path, body: str, **options) -> str:
    (tmp_path / "proposal.j2").write_text("{% block cover %}" + body + "{% endblock %}", encoding="utf-8")
    return TemplateSet(tmp_path, **options).render_block("proposal.j2", "cover", CONTEXT)


def test_plain_template_renders(tmp_path):
    assert render(tmp_path, "致 {{ customer }} {% for i in items %}{{ i }}{% endfor %}") == "致 客户 123"


@pytest.mark.parametrize(
    "attack",
    [
        "{{ customer.__class__.__mro__[1].__subclasses__() }}",
        "{{ ''.__class__.__base__.__subclasses__() }}",
        "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
        "{{ t.__globals__ }}",
        "{{ items.__class__ }}",
        "{{ lipsum.__globals__['os'] }}",
        "{{ items.pop() }}",
        "{% set x = items.append(4) %}{{ items }}",
    ],
)
def test_sandbox_escapes_are_refused(tmp_path, attack):
    with pytest.raises(TemplateError) as caught:
        render(tmp_path, attack)
    assert "proposal.j2" in str(caught.value)
    assert CONTEXT["items"] == [1, 2, 3]


@pytest.mark.parametrize("path", ["/etc/passwd", "../../../../etc/passwd", "../secret.txt"])
def test_templates_cannot_read_files_outside_the_template_folders(tmp_path, path):
    (tmp_path / "secret.txt").write_text("TOPSECRET")
    folder = tmp_path / "tpl"
    folder.mkdir()
    with pytest.raises(TemplateError, match="not found"):
        render(folder, "{% include '" + path + "' %}")


def test_endless_loops_are_stopped(tmp_path):
    with pytest.raises(TemplateError, match="ran longer than 0.5 s"):
        render(
            tmp_path, "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}", time_limit=0.5
        )


def test_huge_ranges_are_refused(tmp_path):
    with pytest.raises(TemplateError):
        render(tmp_path, "{% for i in range(10**12) %}x{% endfor %}")


def test_syntax_error_names_template_and_line(tmp_path):
    (tmp_path / "proposal.j2").write_text("{% block cover %}\nok\n{% for %}\n{% endblock %}", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"proposal\.j2:3: template syntax error"):
        TemplateSet(tmp_path).render_block("proposal.j2", "cover", CONTEXT)


def test_undefined_variable_is_named(tmp_path):
    with pytest.raises(TemplateError, match="'budget' is undefined"):
        render(tmp_path, "{{ budget }}")


def test_errors_inside_templates_are_template_errors(tmp_path):
    with pytest.raises(TemplateError, match="ZeroDivisionError"):
        render(tmp_path, "{{ 1 / 0 }}")
