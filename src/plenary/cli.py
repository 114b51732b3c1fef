"""The `plenary` command: each command a thin call into the package."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from plenary.extract import extract as extract_facts
from plenary.ingest import IngestError, read_paths
from plenary.spec import fact_to_dict

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories of articles")],
    format: Annotated[str, typer.Option("--format", help="Output format")] = "jsonl",
) -> None:
    """Print one JSON object per article: {"article": NAME, "facts": [...]}."""
    if format != "jsonl":
        raise typer.BadParameter("only jsonl is supported", param_hint="--format")
    failed = False
    for item in read_paths(paths):
        if isinstance(item, IngestError):
            typer.echo(f"error: {item}", err=True)
            failed = True
            continue
        facts = [fact_to_dict(f) for f in extract_facts(item)]
        sys.stdout.write(json.dumps({"article": item.name, "facts": facts}, ensure_ascii=False))
        sys.stdout.write("\n")
    raise typer.Exit(1 if failed else 0)


@app.command()
def evaluate(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories of articles")],
    gold: Annotated[Path, typer.Option("--gold", help="Directory of gold files")],
    errors: Annotated[
        bool, typer.Option("--errors", help="List every missed and every false fact")
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the whole report as one JSON object")
    ] = False,
) -> None:
    """Extract PATHs and score against the gold files; the last line is `micro-F1 0.xxx`."""
    from plenary.evaluate import GoldError, evaluate_paths

    if not gold.is_dir():
        raise typer.BadParameter(f"{gold} is not a directory", param_hint="--gold")
    try:
        report = evaluate_paths(gold, paths)
    except GoldError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        report.print(errors=errors)


if __name__ == "__main__":
    app()
