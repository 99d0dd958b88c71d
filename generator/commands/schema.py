"""`kam schema [-o FILE]`"""

from __future__ import annotations

from pathlib import Path

import click


@click.command("schema")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to FILE instead of standard output.")
def command(output: Path | None) -> None:
    """Print the JSON Schema of the brief; point your editor at it with
    `# yaml-language-server: $schema=brief.schema.json`."""
    from generator.models.schema import brief_schema_json
    from generator.output import write_atomic

    text = brief_schema_json()
    if output is None:
        click.echo(text)
    else:
        write_atomic(output, text.encode("utf-8"))
        click.echo(f"wrote {output}")
