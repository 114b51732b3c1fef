"""Reading parts of the registry for pages and the API: a page of records, one record by id,
an article with its facts, and which records each fact feeds.

Records come back in the same JSON form as `read_registry` (and `plenary show --json`), but
only the ones asked for are read, so a page costs a few indexed queries however large the
registry is.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    String,
    and_,
    bindparam,
    cast,
    exists,
    func,
    literal_column,
    or_,
    select,
    text,
)

from plenary.registry import RECORD_TYPES, model
from plenary.store import fulltext
from plenary.store import schema as t
from plenary.store.registry_rows import CHILDREN

Record = dict[str, Any]
CHUNK = 500
"""Ids per IN (...) query."""
CLAIMS_PER_FIELD = 20
"""Claims read per field of a record (pages and the API cite at most this many sources)."""
LIGHT_CLAIMS = 200
"""A record with at most this many claims has them all read, and capped in Python."""

_FIELDS = {
    kind: [f.name for f in fields(getattr(model, kind.capitalize()))] for kind in RECORD_TYPES
}
BRIEF_PERSON = [
    k
    for name in _FIELDS["person"]
    for k in (("sessions_total", "sessions_href") if name == "sessions" else (name,))
]
"""A person's fields in lists and on their page: their number of sessions and a link to
them instead of every session id."""
LABEL_COLUMN = {
    "session": "id",
    "document": "title",
    "person": "name",
    "award": "award",
    "appointment": "post",
    "chairmanship": "id",
    "statistic": "indicator",
    "initiative": "subject",
}
"""The column a record type is searched by with `q`."""

FILTERS: dict[str, tuple[str, ...]] = {
    "session": ("q", "body", "org", "status", "place", "state", "year", "person"),
    "document": ("q", "org", "body", "state", "year"),
    "person": ("q", "state", "org"),
    "award": ("q", "recipient", "by"),
    "appointment": ("q", "person", "action"),
    "chairmanship": ("q", "org", "state", "year"),
    "statistic": ("q", "subject", "unit", "year"),
    "initiative": ("q", "by", "state"),
}
"""The filters each record type's list accepts."""


def kind_of(record_id: str) -> str | None:
    """The record type an id names (`session/...` → `session`), or None."""
    kind = record_id.split("/", 1)[0]
    return kind if kind in t.RECORD_TABLES else None


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i : i + CHUNK]


def load(
    conn: Connection,
    kind: str,
    ids: Sequence[str],
    with_claims: bool = True,
    brief: bool = False,
) -> list[Record]:
    """The records with these ids, in the order given (unknown ids are left out); without
    claims (every `claims` list empty) where the caller shows none. `brief`: a person's
    session ids (tens of thousands for a head of state) are replaced by their number,
    `sessions_total`, and `sessions_href`, the list of those sessions."""
    table = t.RECORD_TABLES[kind]
    brief = brief and kind == "person"
    columns: list[Any] = list(table.c)
    if brief:
        columns.remove(table.c.sessions)
        columns.append(func.json_array_length(table.c.sessions).label("sessions_total"))
    if with_claims:
        columns.append(_claims_counted(kind).label("claims_counted"))
    found: dict[str, Record] = {}
    for part in _chunks(list(dict.fromkeys(ids))):
        sizes: dict[str, int] = {}
        for row in conn.execute(select(*columns).where(table.c.id.in_(part))).mappings():
            rec = found[row["id"]] = dict(row)
            if brief:
                rec["sessions_href"] = f"/sessions?person={row['id']}"
            if with_claims:
                sizes[rec["id"]] = rec.pop("claims_counted")
        claims: dict[tuple[str, int | None], list[Record]] = defaultdict(list)
        for c in _claim_rows(conn, kind, sizes) if with_claims else ():
            claims[(c.record_id, c.item)].append(
                {"field": c.field, "fact": c.fact_id, "article": c.article, "quote": c.quote}
            )
        for values in claims.values():
            values.sort(key=lambda c: (c["field"], c["fact"], c["article"], c["quote"] or ""))
        for rid in part:
            if rid in found:
                found[rid]["claims"] = claims[(rid, None)]
        if kind == "person":
            names: dict[str, list[str]] = defaultdict(list)
            query = select(t.person_names).where(t.person_names.c.person_id.in_(part))
            for person_id, name in conn.execute(query):
                names[person_id].append(name)
            for rid in part:
                if rid in found:
                    found[rid]["names"] = sorted(names[rid])
        if kind in CHILDREN:
            name, child, fk = CHILDREN[kind]
            for rid in part:
                if rid in found:
                    found[rid][name] = []
            query = (
                select(child).where(child.c[fk].in_(part)).order_by(child.c[fk], child.c.position)
            )
            for mapping in conn.execute(query).mappings():
                item = {k: v for k, v in mapping.items() if k not in (fk, "position")}
                item["claims"] = claims[(mapping[fk], mapping["position"])]
                found[mapping[fk]][name].append(item)
    keys = BRIEF_PERSON if brief else _FIELDS[kind]
    return [{k: found[i][k] for k in keys} for i in ids if i in found]


def _claims_counted(kind: str) -> Any:
    """A record's claims, counted up to LIGHT_CLAIMS + 1 only (an index range of that length):
    a column of the record's own query."""
    return literal_column(
        f"(SELECT count(*) FROM (SELECT 1 FROM claims c WHERE c.record_type = '{kind}' "
        f"AND c.record_id = {t.RECORD_TABLES[kind].name}.id LIMIT {LIGHT_CLAIMS + 1}) AS n)"
    )


def _claim_rows(conn: Connection, kind: str, sizes: dict[str, int]) -> list[Any]:
    """The claims of these records (id → `_claims_counted`), at most CLAIMS_PER_FIELD for each
    field of each record or item (the first by fact id, then claim id), so a person named in
    thousands of reports stays one page. Records with at most LIGHT_CLAIMS claims are read in
    one query and capped here. Of the others, the record's own claims are read field by field
    with a LIMIT each (`_record_claims`), their items' claims (a participant's, an action's: a
    few each) in one query, capped here."""
    c = t.claims.c
    heavy = sorted(rid for rid, n in sizes.items() if n > LIGHT_CLAIMS)
    light = sorted(rid for rid, n in sizes.items() if n <= LIGHT_CLAIMS)
    query = select(*_CLAIM_COLUMNS).where(c.record_type == kind)
    rows: list[Any] = list(conn.execute(query.where(c.record_id.in_(light)))) if light else []
    if not heavy:
        return _capped(rows)
    rows += conn.execute(query.where(c.record_id.in_(heavy), c.item.is_not(None)))
    return _capped(rows) + _record_claims(conn, kind, heavy)


_CLAIM_COLUMNS = tuple(
    t.claims.c[k] for k in ("id", "record_id", "item", "field", "fact_id", "article", "quote")
)
_NEXT_FIELD = (
    "(SELECT CAST(c.field AS TEXT) FROM claims c WHERE c.record_type = :kind "
    "AND c.record_id = {rid} AND c.item IS NULL{after} ORDER BY c.item, c.field LIMIT 1)"
)
_FIELDS_CTE = (
    "WITH RECURSIVE g(rid, field) AS ("
    f"SELECT r.id, {_NEXT_FIELD.format(rid='r.id', after='')} FROM {{table}} r WHERE r.id IN :ids "
    f"UNION ALL SELECT g.rid, {_NEXT_FIELD.format(rid='g.rid', after=' AND c.field > g.field')} "
    "FROM g WHERE g.field IS NOT NULL) "
)
"""g: (record id, field) of the record-level claims of some records, found by a loose scan of
the claims index (the next field after the last: one index seek each), not by reading every
claim. Ordered by item too, though it is null: PostgreSQL takes `IS NULL` for no equality, and
reads the index in order only for its whole prefix."""


def _record_claims(conn: Connection, kind: str, ids: Sequence[str]) -> list[Any]:
    """The record-level claims of these records, at most CLAIMS_PER_FIELD of each field: on
    PostgreSQL in one query (a LATERAL join on the fields), on SQLite one query per field
    (in-process, each an index range). Both read the claims index in its order; PostgreSQL
    without the claim id after the fact id, which would make it sort every claim of the field:
    a record's field has one claim per fact (claims are a set of field, fact, article and
    quote, and a fact has one article and one quote)."""
    c = t.claims.c
    table = t.RECORD_TABLES[kind].name
    params = {"kind": kind, "ids": list(ids)}
    if conn.dialect.name == "postgresql":
        query = text(
            _FIELDS_CTE.format(table=table)
            + "SELECT c.id, c.record_id, c.item, c.field, c.fact_id, c.article, c.quote FROM g "
            "CROSS JOIN LATERAL (SELECT * FROM claims c WHERE c.record_type = :kind "
            "AND c.record_id = g.rid AND c.item IS NULL AND c.field = g.field "
            f"ORDER BY c.item, c.field, c.fact_id LIMIT {CLAIMS_PER_FIELD}) c "
            "WHERE g.field IS NOT NULL"
        )
        return list(conn.execute(query.bindparams(bindparam("ids", expanding=True)), params))
    fields = text(
        _FIELDS_CTE.format(table=table) + "SELECT rid, field FROM g WHERE field IS NOT NULL"
    )
    group = (
        select(*_CLAIM_COLUMNS)
        .where(c.record_type == kind, c.record_id == bindparam("rid"), c.item.is_(None))
        .where(c.field == bindparam("field"))
        .order_by(c.item, c.field, c.fact_id, c.id)
        .limit(CLAIMS_PER_FIELD)
    )
    rows: list[Any] = []
    for rid, field in conn.execute(fields.bindparams(bindparam("ids", expanding=True)), params):
        rows += conn.execute(group, {"rid": rid, "field": field})
    return rows


def _capped(rows: list[Any]) -> list[Any]:
    """At most CLAIMS_PER_FIELD rows of each (record, item, field), the first by fact id and
    claim id (the order of the claims index)."""
    groups: dict[tuple[str, int | None, str], list[Any]] = defaultdict(list)
    for r in rows:
        groups[(r.record_id, r.item, r.field)].append(r)
    out: list[Any] = []
    for group in groups.values():
        if len(group) > CLAIMS_PER_FIELD:
            group = sorted(group, key=lambda r: (r.fact_id, r.id))[:CLAIMS_PER_FIELD]
        out += group
    return out


def get(conn: Connection, record_id: str, brief: bool = False) -> Record | None:
    kind = kind_of(record_id)
    if kind is None:
        return None
    got = load(conn, kind, [record_id], brief=brief)
    return got[0] if got else None


def labels(conn: Connection, kind: str, ids: Iterable[str]) -> dict[str, str]:
    """id → the record's label (title, name, ...) for the ids that exist."""
    table = t.RECORD_TABLES[kind]
    column = table.c[LABEL_COLUMN[kind]]
    out: dict[str, str] = {}
    for part in _chunks(list(dict.fromkeys(ids))):
        for rid, value in conn.execute(select(table.c.id, column).where(table.c.id.in_(part))):
            out[rid] = str(value or rid)
    return out


def _json_has(column: Any, value: str) -> ColumnElement[bool]:
    """A JSON column's text contains the quoted string (a list member or a field value), case
    as given (codes and ids are)."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return cast(column, String).like(f'%"{escaped}"%', escape="\\")


def _digits(text: str) -> bool:
    """ASCII digits only: `str.isdigit` is true of "²", which `int` refuses."""
    return text.isascii() and text.isdigit()


def _in_year(column: Any, year: str) -> ColumnElement[bool]:
    """A `YYYY[-MM[-DD]]` column's date is in the year: a range, which an index on the column
    serves on either engine (SQLite's LIKE would not), for a four-digit year."""
    if len(year) == 4 and _digits(year) and year != "9999":
        return and_(column >= year, column < str(int(year) + 1))
    return column.like(f"{year}%")


def _has_states(document_id: Any, state: str) -> ColumnElement[bool]:
    """The document has a status for the state: probed per document in the lookup table's
    index, so a list in title order stops when its page is full."""
    ds = t.document_states.c
    return exists(select(ds.document_id).where(ds.document_id == document_id, ds.state == state))


def _conditions(conn: Connection, kind: str, f: dict[str, Any]) -> list[ColumnElement[bool]]:
    table = t.RECORD_TABLES[kind]
    c = table.c
    cond: list[ColumnElement[bool]] = []
    if f.get("q"):
        q = str(f["q"])
        found = fulltext.matches(conn, table, q)
        if kind == "person":
            other = fulltext.matches(conn, t.person_names, q)
            found = or_(found, c.id.in_(select(t.person_names.c.person_id).where(other)))
        cond.append(found)
    for name in ("body", "org", "status", "place", "recipient", "by", "person", "action"):
        value = f.get(name)
        if value is None or name not in c or (kind == "document" and name == "body"):
            continue
        cond.append(c[name] == value)
    if kind == "document" and f.get("body"):
        acts = t.document_actions
        at_body = select(acts.c.document_id).join(t.sessions, t.sessions.c.id == acts.c.session)
        cond.append(c.id.in_(at_body.where(t.sessions.c.body == f["body"])))
    year = f.get("year")
    if year is not None:
        y = str(year)
        if kind == "session":
            cond.append(_in_year(c.date, y))
        elif kind == "chairmanship":
            cond.append(c.year == int(y) if _digits(y) else c.id.is_(None))
        elif kind == "statistic":
            cond.append(c.period.like(f"%{y}%"))
        elif kind == "document":
            acts = t.document_actions
            cond.append(c.id.in_(select(acts.c.document_id).where(_in_year(acts.c.date, y))))
    state = f.get("state")
    if state:
        if kind == "session":
            part = t.session_participants
            took_part = select(part.c.session_id).where(
                part.c.session_id == c.id, part.c.state == state
            )
            cond.append(or_(_json_has(c.parties, state), exists(took_part)))
        elif kind == "document":
            cond.append(_has_states(c.id, state))
        elif kind == "person":
            cond.append(
                c.id.in_(select(t.person_posts.c.person_id).where(t.person_posts.c.state == state))
            )
        elif "state" in c:
            cond.append(c.state == state)
    if kind == "session" and f.get("person"):
        # probed per session (newest first, until the page is full) in the index of (person,
        # session): a head of state's latest sessions without sorting all of theirs
        part = t.session_participants
        took_part = select(part.c.session_id).where(
            part.c.session_id == c.id, part.c.person == f["person"]
        )
        cond.append(exists(took_part))
    if kind in ("session", "statistic") and f.get("conflicted"):  # as partial index 0006's
        cond.append(cast(c.conflicts, String) != literal_column("'[]'"))
    if kind == "document" and f.get("ratifiable"):  # as partial index 0006's
        cond.append(cast(c.state_status, String) != literal_column("'[]'"))
    if kind == "person" and f.get("org"):
        pp = t.person_posts.c
        cond.append(c.id.in_(select(pp.person_id).where(pp.org == str(f["org"]))))
    if kind == "statistic":
        for name in ("subject", "unit"):
            if f.get(name):
                cond.append(c[name] == f[name])
    return cond


def _order(kind: str, soonest: bool = False) -> list[Any]:
    c = t.RECORD_TABLES[kind].c
    if kind == "session" and soonest:
        return [c.date.asc().nulls_last(), c.id]
    if kind == "session":
        return [c.date.desc().nulls_last(), c.id]
    if kind == "chairmanship":
        return [c.year.desc().nulls_last(), c.id]
    return [c[LABEL_COLUMN[kind]], c.id] if kind in ("document", "person") else [c.id]


def page(
    conn: Connection,
    kind: str,
    filters: dict[str, Any],
    limit: int,
    offset: int,
    soonest: bool = False,
    with_claims: bool = True,
    brief: bool = False,
    counted: bool = True,
) -> tuple[list[Record], int]:
    """One page of records matching the filters, and how many match in all (-1 unless
    `counted`): a page short of `limit` gives the count; else it is counted apart, which
    reads an index where the page query can stop after `limit` rows. `brief`: see `load`."""
    table = t.RECORD_TABLES[kind]
    cond = _conditions(conn, kind, {k: v for k, v in filters.items() if v is not None})
    where = and_(True, *cond)
    ordered = select(table.c.id).where(where).order_by(*_order(kind, soonest))
    ids = list(conn.execute(ordered.limit(limit).offset(offset)).scalars())
    if not counted:
        total = -1
    elif ids and len(ids) < limit or not ids and offset == 0:
        total = offset + len(ids)
    else:
        total = conn.execute(select(func.count()).select_from(table).where(where)).scalar_one()
    return load(conn, kind, ids, with_claims, brief), int(total)


def all_records(conn: Connection, kind: str, filters: dict[str, Any]) -> list[Record]:
    """Every record matching the filters, in list order (for exports)."""
    table = t.RECORD_TABLES[kind]
    where = and_(
        True, *_conditions(conn, kind, {k: v for k, v in filters.items() if v is not None})
    )
    ids = list(conn.execute(select(table.c.id).where(where).order_by(*_order(kind))).scalars())
    return load(conn, kind, ids)


@dataclass(frozen=True)
class Action:
    document: str
    title: str
    action: str
    date: str | None
    session: str | None
    states: list[str]
    planned: bool


def latest_actions(conn: Connection, limit: int = 10) -> list[Action]:
    """Document actions, newest first (undated last)."""
    a, d = t.document_actions, t.documents
    query = (
        select(a, d.c.title)
        .join_from(a, d, d.c.id == a.c.document_id)
        .order_by(a.c.date.desc().nulls_last(), a.c.document_id, a.c.position)
        .limit(limit)
    )
    return [
        Action(r.document_id, r.title, r.action, r.date, r.session, list(r.states), r.planned)
        for r in conn.execute(query)
    ]


def articles(conn: Connection, limit: int, offset: int) -> tuple[list[Record], int]:
    """Articles (without their text), newest first, with their number of facts (counted for
    the page's articles only)."""
    a, f = t.articles, t.facts
    query = (
        select(a.c.id, a.c.name, a.c.title, a.c.published, a.c.outlet, a.c.url, a.c.language)
        .order_by(a.c.published.desc().nulls_last(), a.c.name)
        .limit(limit)
        .offset(offset)
    )
    total = conn.execute(select(func.count()).select_from(a)).scalar_one()
    rows = [dict(r) for r in conn.execute(query).mappings()]
    ids = [r["id"] for r in rows]
    counted = select(f.c.article_id, func.count()).where(f.c.article_id.in_(ids))
    n: dict[str, int] = {aid: k for aid, k in conn.execute(counted.group_by(f.c.article_id))}
    return [r | {"facts": int(n.get(r["id"], 0))} for r in rows], int(total)


def article(conn: Connection, article_id: str) -> Record | None:
    row = conn.execute(select(t.articles).where(t.articles.c.id == article_id)).mappings().first()
    return dict(row) if row else None


def article_ids(conn: Connection, names: Iterable[str]) -> dict[str, str]:
    """Article name → id (the first stored, where names repeat)."""
    out: dict[str, str] = {}
    for part in _chunks(sorted(set(names))):
        query = select(t.articles.c.name, t.articles.c.id).where(t.articles.c.name.in_(part))
        for name, aid in conn.execute(query.order_by(t.articles.c.first_seen)):
            out.setdefault(name, aid)
    return out


def _fact(row: Any) -> Record:
    return {
        "id": row.id,
        "article_id": row.article_id,
        "kind": row.kind,
        "payload": row.payload,
        "span": [row.span_start, row.span_end] if row.span_start is not None else None,
        "quote": row.quote,
        "confidence": row.confidence,
        "extractor_version": row.extractor_version,
    }


def facts_of(conn: Connection, article_id: str) -> list[Record]:
    """An article's facts in text order."""
    f = t.facts
    query = select(f).where(f.c.article_id == article_id).order_by(f.c.span_start, f.c.id)
    return [_fact(r) for r in conn.execute(query)]


def facts_by_id(conn: Connection, ids: Iterable[str]) -> dict[str, Record]:
    out: dict[str, Record] = {}
    for part in _chunks(sorted(set(ids))):
        for r in conn.execute(select(t.facts).where(t.facts.c.id.in_(part))):
            out[r.id] = _fact(r)
    return out


def records_fed(conn: Connection, fact_ids: Iterable[str]) -> dict[str, list[str]]:
    """Fact id → the ids of the registry records that cite it, sorted."""
    out: dict[str, set[str]] = defaultdict(set)
    for part in _chunks(sorted(set(fact_ids))):
        query = select(t.claims.c.fact_id, t.claims.c.record_id).where(t.claims.c.fact_id.in_(part))
        for fid, rid in conn.execute(query):
            out[fid].add(rid)
    return {k: sorted(v) for k, v in out.items()}


def count(conn: Connection, kind: str) -> int:
    return counts(conn, [kind])[kind]


def counts(conn: Connection, kinds: Sequence[str]) -> dict[str, int]:
    """Records of each type, counted in one query."""
    tables = [t.RECORD_TABLES[k] for k in kinds]
    each = [select(func.count()).select_from(table).scalar_subquery() for table in tables]
    row = conn.execute(select(*each)).one()
    return {k: int(n) for k, n in zip(kinds, row, strict=True)}


def search_articles(conn: Connection, q: str, limit: int = 20) -> list[Record]:
    """Articles whose title and text hold every word of `q` (full text, word starts), newest
    first, each with a snippet around the first word found."""
    a = t.articles
    newest = (
        select(a.c.id)
        .where(fulltext.matches(conn, a, q))
        .order_by(a.c.published.desc().nulls_last(), a.c.name)
        .limit(limit)
    )
    ids = list(conn.execute(newest).scalars())  # the texts are read for these only
    query = select(a.c.id, a.c.name, a.c.title, a.c.published, a.c.text).where(a.c.id.in_(ids))
    found = {r.id: r for r in conn.execute(query)}
    words = fulltext.words(q)
    out = []
    for r in (found[i] for i in ids):
        at = _first_word(r.text, words)
        start = max(0, at - 80)
        snippet = r.text[start : at + 160] if at >= 0 else r.text[:160]
        out.append(
            {
                "id": r.id,
                "name": r.name,
                "title": r.title,
                "published": r.published,
                "snippet": snippet,
            }
        )
    return out


def _first_word(text: str, words: list[str]) -> int:
    """Where the first word starting with one of `words` begins in `text`, or -1."""
    if not words:
        return -1
    pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, words)) + ")", re.I)
    found = pattern.search(text)
    return found.start() if found else -1


def indicator_series(conn: Connection, limit: int, offset: int) -> tuple[list[Record], int]:
    """Statistic series (indicator, subject, unit) by indicator, each with its number of values
    and of values for a dated period."""
    s = t.statistics
    keys = (s.c.indicator, s.c.subject, s.c.unit)
    groups = select(*keys).group_by(*keys).subquery()
    total = conn.execute(select(func.count()).select_from(groups)).scalar_one()
    query = (
        select(*keys, func.count().label("values"), func.count(s.c.period).label("dated"))
        .group_by(*keys)
        .order_by(*(k.asc().nulls_first() for k in keys))
        .limit(limit)
        .offset(offset)
    )
    return [dict(r) for r in conn.execute(query).mappings()], int(total)


def indicator_records(
    conn: Connection, indicator: str | None, subject: str | None, unit: str | None
) -> list[Record]:
    """The statistics of one series, in id order."""
    s = t.statistics

    def same(column: Any, value: str | None) -> ColumnElement[bool]:
        return column.is_(None) if value is None else column == value

    where = and_(same(s.c.indicator, indicator), same(s.c.subject, subject), same(s.c.unit, unit))
    ids = list(conn.execute(select(s.c.id).where(where).order_by(s.c.id)).scalars())
    return load(conn, "statistic", ids)
