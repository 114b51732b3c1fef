"""The `plenary` command: each command a thin call into the package."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import track
from rich.table import Table

from plenary.extract import EXTRACTOR_VERSION
from plenary.extract import extract as extract_facts
from plenary.ingest import IngestError, read_paths
from plenary.spec import fact_to_dict

app = typer.Typer(no_args_is_help=True, add_completion=False, help=__doc__)
out = Console(highlight=False, soft_wrap=True)
if not out.is_terminal:
    out.width = 160  # piped tables: wide enough for ids, not folded to 80 columns
err = Console(stderr=True, highlight=False, soft_wrap=True)

Db = Annotated[
    str | None,
    typer.Option(
        "--db", envvar="PLENARY_DB", help="Database URL (default: a file in the user's data dir)"
    ),
]
AsJson = Annotated[bool, typer.Option("--json", help="Print a JSON array of records")]


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
    language: Annotated[
        str | None,
        typer.Option("--language", help="Score only articles in this language (en, ru)"),
    ] = None,
) -> None:
    """Extract PATHs and score against the gold files; the last line is `micro-F1 0.xxx`."""
    from plenary.evaluate import GoldError, evaluate_paths

    if not gold.is_dir():
        raise typer.BadParameter(f"{gold} is not a directory", param_hint="--gold")
    try:
        report = evaluate_paths(gold, paths, language)
    except GoldError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if as_json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        report.print(errors=errors)


@app.command()
def calibrate(
    paths: Annotated[list[Path], typer.Argument(help="Articles to fit on (never the test part)")],
    gold: Annotated[
        list[Path], typer.Option("--gold", help="Directory of their gold files (repeatable)")
    ],
) -> None:
    """Refit the extractor's confidence table: each rule's measured precision on PATHs."""
    from plenary.evaluate import calibration_outcomes
    from plenary.extract.calibration import fit, write

    outcomes = calibration_outcomes(gold, paths)
    target = write(fit(outcomes), source=", ".join(str(p) for p in paths))
    typer.echo(f"{len(outcomes)} predictions measured; table written to {target}")


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories of articles")],
    db: Db = None,
) -> None:
    """Store articles and their facts, rebuild the registry, report what changed."""
    from plenary import store as st

    store = st.open_store(db)
    items = list(read_paths(paths))
    if sys.stderr.isatty():
        items = list(track(items, description="Ingesting", console=err))
    report = st.ingest_articles(store, items, extract_facts, f"extract-{EXTRACTOR_VERSION}")
    for line in report.failed:
        err.print(f"error: {line}", markup=False)
    out.print(
        f"articles: {report.new} new, {report.duplicate} duplicate, {len(report.failed)} failed"
    )
    out.print(f"facts: {report.facts} stored")
    _print_changes(report.records, report.unresolved)
    raise typer.Exit(1 if report.failed else 0)


@app.command()
def rebuild(db: Db = None) -> None:
    """Derive the registry afresh from the stored facts."""
    from plenary import store as st

    changes = st.rebuild(st.open_store(db))
    _print_changes(changes.counts, changes.unresolved)


def _print_changes(counts: dict[str, dict[str, int]], unresolved: list[str]) -> None:
    table = Table("records", "inserted", "updated", "unchanged", "deleted")
    for kind, c in counts.items():
        table.add_row(kind, *(str(c[k]) for k in ("inserted", "updated", "unchanged", "deleted")))
    out.print(table)
    out.print(f"unresolved references: {len(unresolved)}")
    for line in unresolved:
        out.print(f"  {line}", markup=False)


def _list(kind: str, db: str | None, as_json: bool, columns: dict[str, str]) -> None:
    from plenary import store as st

    records = st.registry(st.open_store(db))[kind]
    if as_json:
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
        return
    table = Table()
    for key, title in columns.items():
        table.add_column(title, overflow="fold", no_wrap=key == "id")
    for rec in records:
        table.add_row(*(_cell(rec.get(k)) for k in columns))
    out.print(table)


def _cell(value: object) -> str:
    """Lists of records or of record ids show as counts; other lists as text."""
    if isinstance(value, list):
        if value and (isinstance(value[0], dict) or "/" in str(value[0])):
            return str(len(value))
        return ", ".join(map(str, value))
    return "" if value is None else str(value)


@app.command()
def sessions(db: Db = None, as_json: AsJson = False) -> None:
    """Sessions of bodies and bilateral meetings, held and planned."""
    cols = {
        "id": "id",
        "date": "date",
        "place": "place",
        "status": "status",
        "formats": "formats",
        "parties": "parties",
        "participants": "participants",
        "documents": "documents",
    }
    _list("session", db, as_json, cols)


@app.command()
def documents(db: Db = None, as_json: AsJson = False) -> None:
    """Documents with their actions."""
    _list(
        "document", db, as_json, {"id": "id", "title": "title", "org": "org", "actions": "actions"}
    )


@app.command()
def people(db: Db = None, as_json: AsJson = False) -> None:
    """People, with the names they appear under."""
    cols = {
        "id": "id",
        "name": "name",
        "names": "other names",
        "known": "in gazetteer",
        "sessions": "sessions",
        "awards": "awards",
    }
    _list("person", db, as_json, cols)


@app.command()
def show(
    query: Annotated[str, typer.Argument(help="A record id, or part of a title or name")],
    db: Db = None,
    as_json: AsJson = False,
) -> None:
    """One record with every field, each with its source articles and quotes."""
    from plenary import store as st

    found = st.lookup(st.registry(st.open_store(db)), query)
    if not found:
        err.print(f"no record matches {query!r}", markup=False)
        raise typer.Exit(1)
    if len(found) > 1:
        err.print(f"{len(found)} records match {query!r}; use an id:", markup=False)
        for _kind, rec in found:
            err.print(f"  {rec['id']}  {st.label(rec)}", markup=False)
        raise typer.Exit(1)
    kind, rec = found[0]
    if as_json:
        sys.stdout.write(json.dumps(rec, ensure_ascii=False, indent=2) + "\n")
        return
    _show(kind, rec)


def _sources(claims: list[dict[str, object]], indent: str = "    ") -> None:
    for c in claims:
        quote = f': "{c["quote"]}"' if c["quote"] else ""
        out.print(f"{indent}<- {c['article']}{quote}", markup=False)


def _show(kind: str, rec: dict[str, object]) -> None:
    out.print(f"[bold]{rec['id']}[/bold] ({kind})")
    claims: list[dict[str, object]] = rec["claims"]  # type: ignore[assignment]
    nested = ("claims", "participants", "actions", "state_status")
    for name, value in rec.items():
        if name in nested or name == "id":
            continue
        if isinstance(value, list) and value and isinstance(value[0], dict):
            out.print(f"  {name}:")
            for item in value:
                line = ", ".join(f"{k}={v}" for k, v in item.items() if v)
                out.print(f"    {line}", markup=False)
        else:
            out.print(f"  {name}: {_cell(value)}", markup=False)
        _sources([c for c in claims if str(c["field"]).split(":")[0] == name])
    shown = {"names" if kind == "person" else "", "status", "date", "place", "formats", "title"}
    rest = [c for c in claims if str(c["field"]).split(":")[0] not in (shown | set(rec))]
    for field in sorted({str(c["field"]) for c in rest}):
        out.print(f"  {field}:", markup=False)
        _sources([c for c in rest if c["field"] == field])
    for p in rec.get("participants", []):  # type: ignore[attr-defined]
        where = p["state"] or p["org"] or ""
        planned = " (planned)" if p["planned"] else ""
        out.print(f"  participant: {p['person']} {where} {p['role'] or ''}{planned}", markup=False)
        _sources(p["claims"])
    if kind == "document":
        _show_lifecycle(rec)


def _show_lifecycle(rec: dict[str, object]) -> None:
    out.print("  lifecycle:")
    for a in rec["actions"]:  # type: ignore[attr-defined]
        states = f" by {', '.join(a['states'])}" if a["states"] else ""
        at = f" at {a['session']}" if a["session"] else ""
        planned = " (planned)" if a["planned"] else ""
        out.print(f"    {a['date'] or 'undated'} {a['action']}{states}{at}{planned}", markup=False)
        _sources(a["claims"], "      ")
    rows = rec["state_status"]
    if not rows:
        return
    out.print(f"  per state (members of {rec['org']} on {rec['as_of']}):", markup=False)
    for row in rows:  # type: ignore[attr-defined]
        stages = ", ".join(
            f"{stage} {row[stage]['date'] or ''}".strip() if row[stage] else f"{stage}: not yet"
            for stage in ("signed", "ratified", "in-force")
        )
        out.print(f"    {row['state']}: {row['status']} ({stages})", markup=False)
        _sources(row["claims"], "      ")


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Interface to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on")] = 8000,
    db: Db = None,
) -> None:
    """Web UI and API (OpenAPI at /docs) on the registry."""
    import uvicorn

    from plenary.web import create_app

    uvicorn.run(create_app(db), host=host, port=port, log_level="info")


@app.command()
def corpus(
    archive: Annotated[Path, typer.Option("--out", help="The archive to write (JSONL)")],
    articles: Annotated[int, typer.Option("--articles", help="Number of articles")] = 10_000,
    seed: Annotated[int, typer.Option("--seed", help="Random seed")] = 1,
    ratio: Annotated[float, typer.Option("--ratio", help="Share of relevant articles")] = 0.02,
    reports: Annotated[Path, typer.Option("--reports", help="Example reports")] = Path(
        "examples/reports"
    ),
    gold: Annotated[Path, typer.Option("--gold", help="Their gold files")] = Path("examples/gold"),
) -> None:
    """Write a deterministic benchmark archive and its ground truth (FILE.truth.json)."""
    from plenary.batch.corpus import truth_path, write_corpus

    truth = write_corpus(archive, articles, seed, reports, gold, ratio)
    out.print(
        f"{articles} articles, {len(truth['relevant'])} relevant "
        f"({len(truth['originals'])} originals, {len(truth['reprints'])} reprints); "
        f"truth in {truth_path(archive)}"
    )


@app.command(name="filter")
def filter_(
    path: Annotated[Path, typer.Argument(help="A JSONL archive")],
) -> None:
    """Print the id of every article about the tracked bodies, one per line."""
    from plenary.batch.prefilter import relevant_ids

    for ident in relevant_ids(path):
        sys.stdout.write(ident + "\n")


@app.command()
def batch(
    path: Annotated[Path, typer.Argument(help="A JSONL or Parquet archive")],
    out_dir: Annotated[Path, typer.Option("--out", help="Directory for the facts")],
    workers: Annotated[int, typer.Option("--workers", help="Processes (Spark: local cores)")] = 1,
    spark: Annotated[
        bool, typer.Option("--spark", help="Run as a Spark job (local mode unless --master)")
    ] = False,
    master: Annotated[
        str | None, typer.Option("--master", help="Spark master URL (default local[WORKERS])")
    ] = None,
    reuse: Annotated[
        bool,
        typer.Option("--reuse/--no-reuse", help="A copy adding nothing takes its original's facts"),
    ] = True,
    db: Annotated[
        str | None, typer.Option("--db", help="Also store articles and facts in this database")
    ] = None,
) -> None:
    """Prefilter, cluster reprints, extract: facts as JSONL and Parquet in DIR (and the store
    with --db)."""
    import time

    from plenary.batch import load
    from plenary.batch.runner import Report, run

    report, started = Report(), time.perf_counter()
    if spark:
        from plenary.batch import spark as job

        session = job.session(master or f"local[{max(1, workers)}]")
        try:
            report = job.run(session, path, str(out_dir), reuse)
        finally:
            session.stop()
    else:
        results = run(path, workers=max(1, workers), report=report, reuse=reuse)
        load.drain(load.written(results, out_dir))
    load.write_report(report, out_dir, time.perf_counter() - started)
    out.print(
        f"{report.lines} lines, {report.relevant} relevant, {report.clusters} clusters, "
        f"{report.extracted} extracted, {report.reused} reused, {report.facts} facts, "
        f"{report.failed} failed"
    )
    if db:
        stored = load.into_store_apart(db, out_dir)
        out.print(
            f"stored: {stored.new} new, {stored.duplicate} duplicate articles, {stored.facts} facts"
        )
        _print_changes(stored.records, stored.unresolved)


# editors' decisions (issue 5): each a fact of its own, applied on every rebuild

decide_app = typer.Typer(no_args_is_help=True, help="Record an editor's decision and rebuild.")
app.add_typer(decide_app, name="decide")
Author = Annotated[
    str | None,
    typer.Option("--author", envvar="PLENARY_USER", help="Who decides (default: the login name)"),
]
Reason = Annotated[str | None, typer.Option("--reason", help="Why, for the audit log")]


def _decide(db: str | None, action: str, target: str, author: str | None, **kw: object) -> None:
    from plenary import store as st
    from plenary.store import decisions as dec

    store = st.open_store(db)
    who = author or dec.default_author()
    try:
        dec.authorize(store, who, "editor")
        made = dec.decide(store, action, target, author=who, **kw)  # type: ignore[arg-type]
    except (dec.DecisionError, PermissionError) as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from exc
    out.print(f"decision {made.id}: {action} {target}", markup=False)
    _print_decision_changes(made.changes)
    for line in made.unresolved:
        err.print(f"warning: {line}", markup=False)


def _print_decision_changes(changes: dict[str, dict[str, list[str]]]) -> None:
    if not changes:
        out.print("  the registry did not change")
    for kind, what in changes.items():
        for verb, ids in what.items():
            out.print(f"  {kind} {verb}: {', '.join(ids)}", markup=False)


@decide_app.command("accept")
def decide_accept(
    fact: Annotated[str, typer.Argument(help="Fact id (or 8+ leading characters)")],
    reason: Reason = None,
    author: Author = None,
    db: Db = None,
) -> None:
    """Confirm a fact as extracted."""
    _decide(db, "accept", fact, author, reason=reason)


@decide_app.command("reject")
def decide_reject(
    fact: Annotated[str, typer.Argument(help="Fact id (or 8+ leading characters)")],
    reason: Reason = None,
    author: Author = None,
    db: Db = None,
) -> None:
    """Take a fact out of the registry: it no longer feeds any record."""
    _decide(db, "reject", fact, author, reason=reason)


@decide_app.command("correct")
def decide_correct(
    fact: Annotated[str, typer.Argument(help="Fact id (or 8+ leading characters)")],
    set_: Annotated[
        list[str],
        typer.Option("--set", help="FIELD=VALUE (VALUE as JSON when it parses, else text)"),
    ],
    reason: Reason = None,
    author: Author = None,
    db: Db = None,
) -> None:
    """Set fields of a fact; they stay set through every rebuild and re-ingest."""
    fields: dict[str, object] = {}
    for item in set_:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise typer.BadParameter(f"{item!r} is not FIELD=VALUE", param_hint="--set")
        try:
            fields[name.strip()] = json.loads(value)
        except json.JSONDecodeError:
            fields[name.strip()] = value
    _decide(db, "correct", fact, author, reason=reason, fields=fields)


@decide_app.command("merge")
def decide_merge(
    keep: Annotated[str, typer.Argument(help="The record that stays (person/… or document/…)")],
    absorbed: Annotated[str, typer.Argument(help="The record merged into it")],
    reason: Reason = None,
    author: Author = None,
    db: Db = None,
) -> None:
    """Merge two people or two documents; the absorbed id stays an alias of the kept one."""
    _decide(db, "merge", keep, author, reason=reason, other=absorbed)


@decide_app.command("split")
def decide_split(
    record: Annotated[str, typer.Argument(help="The person or document to split")],
    facts: Annotated[list[str], typer.Option("--fact", help="A fact that goes to the new record")],
    reason: Reason = None,
    author: Author = None,
    db: Db = None,
) -> None:
    """Move some of a record's facts to a new record (RECORD-split-N)."""
    _decide(db, "split", record, author, reason=reason, facts=facts)


@app.command("decisions")
def decisions_(db: Db = None, as_json: AsJson = False) -> None:
    """The audit log: every decision and every undo, oldest first, with author and reason."""
    from plenary import store as st
    from plenary.store.decisions import audit_log

    events = audit_log(st.open_store(db))
    if as_json:
        sys.stdout.write(json.dumps(events, ensure_ascii=False, indent=2) + "\n")
        return
    table = Table("id", "at", "event", "author", "target", "reason", "changes")
    for e in events:
        target = e["target"] + (f" + {e['other']}" if e["other"] else "")
        changed = sum(len(ids) for what in e["changes"].values() for ids in what.values())
        table.add_row(
            str(e["decision"]), e["at"], e["event"], e["author"], target, e["reason"] or "",
            str(changed),
        )  # fmt: skip
    out.print(table)


@app.command()
def undo(
    decision: Annotated[int, typer.Argument(help="The decision's id")],
    reason: Reason = None,
    author: Author = None,
    db: Db = None,
) -> None:
    """Take a decision out of force (it stays in the log) and rebuild."""
    from plenary import store as st
    from plenary.store import decisions as dec

    store = st.open_store(db)
    who = author or dec.default_author()
    try:
        dec.authorize(store, who, "editor")
        made = dec.undo(store, decision, author=who, reason=reason)
    except (dec.DecisionError, PermissionError) as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from exc
    out.print(f"decision {made.id} undone")
    _print_decision_changes(made.changes)


# accounts and API tokens (issue 5)

user_app = typer.Typer(no_args_is_help=True, help="Accounts: readers, editors, admins.")
token_app = typer.Typer(no_args_is_help=True, help="API tokens, scoped read or edit.")
app.add_typer(user_app, name="user")
app.add_typer(token_app, name="token")


def _accounts(fn: Any, *args: object) -> Any:
    from plenary.store.users import AccountError

    try:
        return fn(*args)
    except AccountError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from exc


@user_app.command("add")
def user_add(
    name: Annotated[str, typer.Argument(help="Login name")],
    role: Annotated[str, typer.Option("--role", help="reader, editor or admin")] = "reader",
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input")
    ] = False,
    no_password: Annotated[
        bool, typer.Option("--no-password", help="No password login (tokens only)")
    ] = False,
    db: Db = None,
) -> None:
    """Add an account; the password is prompted for (never given as an argument)."""
    from plenary import store as st
    from plenary.store import users

    password: str | None = None
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif not no_password:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    user = _accounts(users.add_user, st.open_store(db), name, role, password)
    out.print(f"user {user.name} added as {user.role}", markup=False)


@user_app.command("list")
def user_list(db: Db = None, as_json: AsJson = False) -> None:
    """Every account with its role and state (no secrets)."""
    from dataclasses import asdict

    from plenary import store as st
    from plenary.store import users

    found = users.list_users(st.open_store(db))
    if as_json:
        sys.stdout.write(json.dumps([asdict(u) for u in found], indent=2) + "\n")
        return
    table = Table("name", "role", "state", "password", "created")
    for u in found:
        state = "disabled" if u.disabled else "active"
        table.add_row(u.name, u.role, state, "yes" if u.has_password else "no", u.created_at)
    out.print(table)


@user_app.command("disable")
def user_disable(name: Annotated[str, typer.Argument(help="Login name")], db: Db = None) -> None:
    """Stop an account: no login, no token works; its history stays."""
    from plenary import store as st
    from plenary.store import users

    _accounts(users.disable_user, st.open_store(db), name)
    out.print(f"user {name} disabled", markup=False)


@token_app.command("create")
def token_create(
    name: Annotated[str, typer.Argument(help="The user the token acts for")],
    scope: Annotated[str, typer.Option("--scope", help="read or edit")] = "read",
    label: Annotated[str | None, typer.Option("--label", help="What the token is for")] = None,
    db: Db = None,
) -> None:
    """Create a token and print its secret once; only its hash is stored."""
    from plenary import store as st
    from plenary.store import users

    token, secret = _accounts(users.create_token, st.open_store(db), name, scope, label)
    err.print(f"token {token.id} for {token.user} ({token.scope}); shown once:", markup=False)
    sys.stdout.write(secret + "\n")


@token_app.command("list")
def token_list(
    name: Annotated[str | None, typer.Argument(help="Only this user's tokens")] = None,
    db: Db = None,
) -> None:
    """Tokens with their prefix, scope and state (never the secret)."""
    from plenary import store as st
    from plenary.store import users

    table = Table("id", "user", "scope", "prefix", "label", "created", "last used", "revoked")
    for tk in users.list_tokens(st.open_store(db), name):
        table.add_row(
            str(tk.id), tk.user, tk.scope, tk.prefix + "…", tk.label or "", tk.created_at,
            tk.last_used_at or "", tk.revoked_at or "",
        )  # fmt: skip
    out.print(table)


@token_app.command("revoke")
def token_revoke(
    token_id: Annotated[int, typer.Argument(help="The token's id")], db: Db = None
) -> None:
    """Revoke a token: it stops working at once."""
    from plenary import store as st
    from plenary.store import users

    token = _accounts(users.revoke_token, st.open_store(db), token_id)
    out.print(f"token {token.id} of {token.user} revoked", markup=False)


@user_app.command("password")
def user_password(
    name: Annotated[str, typer.Argument(help="Login name")],
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from standard input")
    ] = False,
    db: Db = None,
) -> None:
    """Set an account's password (after a restore, accounts have none)."""
    from plenary import store as st
    from plenary.store import users

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    _accounts(users.set_password, st.open_store(db), name, password)
    out.print(f"password of {name} set", markup=False)


# portable archives (issue 5)


@app.command("dump")
def dump_(
    archive: Annotated[Path, typer.Argument(help="The archive to write (.tar.gz)")],
    db: Db = None,
) -> None:
    """Write articles, facts, decisions and accounts (no secrets) to a portable archive."""
    from plenary import store as st
    from plenary.store.archive import dump as write_archive

    summary = write_archive(st.open_store(db), archive)
    out.print(f"{archive}: " + ", ".join(f"{n} {k}" for k, n in summary.counts.items()))


@app.command("restore")
def restore_(
    archive: Annotated[Path, typer.Argument(help="An archive `plenary dump` wrote")],
    db: Db = None,
) -> None:
    """Load an archive into an empty database and rebuild the registry from it."""
    from plenary import store as st
    from plenary.store.archive import ArchiveError
    from plenary.store.archive import restore as read_archive

    try:
        summary = read_archive(st.open_store(db), archive)
    except ArchiveError as exc:
        err.print(f"error: {exc}", markup=False)
        raise typer.Exit(2) from exc
    out.print("restored " + ", ".join(f"{n} {k}" for k, n in summary.counts.items()))
    out.print("accounts have no password or token: set them with `plenary user password`")


if __name__ == "__main__":
    app()
