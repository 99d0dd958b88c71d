"""`kam demo OUTDIR`"""

from __future__ import annotations

from pathlib import Path

import click


@click.command("demo")
@click.argument("outdir", type=click.Path(file_okay=False, path_type=Path))
def command(outdir: Path) -> None:
    """Render every document kam makes from the built-in examples into OUTDIR."""
    from generator.demo import demo_steps
    from generator.render.templates import builtin_examples_dir

    examples = builtin_examples_dir()
    for _name, step in demo_steps():
        for path in step(examples, outdir):
            click.echo(f"wrote {path}")
