"""What each page shows, as JSON-ready data: the HTML page renders it and the API returns it,
so the two cannot disagree."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection

from plenary.store import browse
from plenary.web import summary
from plenary.web.names import (
    body_name,
    href,
    org_name,
    post_title,
    session_title,
    state_name,
)

Record = dict[str, Any]
SESSIONS_SHOWN = 50
"""A person page lists this many of their latest sessions and links to the rest."""
STAGES = ("reviewed", "adopted", "signed", "ratified", "in-force")
SPELLING_FIELDS = {
    "participant": ("person",),
    "award": ("recipient", "by"),
    "appointment": ("person",),
    "initiative": ("by",),
}
"""Fact kind → the payload fields that name a person as the article spells them."""


def session_row(rec: Record) -> Record:
    """A session as lists show it."""
    return {
        "id": rec["id"],
        "title": session_title(rec),
        "body": rec["body"],
        "body_name": body_name(rec["body"]),
        "date": rec["date"],
        "place": rec["place"],
        "status": rec["status"],
        "formats": rec["formats"],
        "parties": rec["parties"],
        "participants": len(rec["participants"]),
        "documents": len(rec["documents"]),
    }


def _sources(conn: Connection, claims: list[Record]) -> list[Record]:
    names = sorted({c["article"] for c in claims})
    ids = browse.article_ids(conn, names)
    return [{"article": n, "article_id": ids.get(n)} for n in names]


def _session_key(rec: Record) -> tuple[str, str]:
    return (rec["date"] or "9999", rec["id"])


def home(conn: Connection) -> Record:
    recent, _ = browse.page(conn, "session", {"status": "held"}, 5, 0, counted=False)
    planned, _ = browse.page(
        conn, "session", {"status": "planned"}, 50, 0, with_claims=False, counted=False
    )
    upcoming = sorted(planned, key=_session_key)[:10]
    actions = [a.__dict__ for a in browse.latest_actions(conn, 10)]
    conflicted, _ = browse.page(
        conn, "session", {"conflicted": 1}, 10, 0, with_claims=False, counted=False
    )
    said = [summary.session_sentence(r) for r in recent[:2]]
    soonest = browse.load(conn, "session", [s["id"] for s in upcoming[:1]])  # with its claims
    said += [summary.session_sentence(r) for r in soonest]
    if actions:
        docs = browse.load(conn, "document", [actions[0]["document"]])
        if docs:
            first = next(a for a in docs[0]["actions"] if a["action"] == actions[0]["action"])
            said.append(summary.action_sentence(docs[0]["title"], first, None))
    counts = browse.counts(conn, list(browse.FILTERS))
    return {
        "summary": summary.sentences(*said),
        "counts": counts,
        "recent": [session_row(r) for r in recent],
        "upcoming": [session_row(r) for r in upcoming],
        "actions": actions,
        "review": [session_row(r) for r in conflicted],
    }


def session(conn: Connection, rec: Record) -> Record:
    groups: dict[str, list[Record]] = defaultdict(list)
    names = browse.labels(conn, "person", [p["person"] for p in rec["participants"]])
    for p in rec["participants"]:
        key = state_name(p["state"]) or org_name(p["org"]) or "Not known"
        groups[key].append(p | {"name": names.get(p["person"], p["person"])})
    documents = browse.load(conn, "document", rec["documents"])
    docs = [
        {
            "id": d["id"],
            "title": d["title"],
            "actions": [a for a in d["actions"] if a["session"] == rec["id"]],
        }
        for d in documents
    ]
    claims = rec["claims"] + [c for p in rec["participants"] for c in p["claims"]]
    claims += [c for d in docs for a in d["actions"] for c in a["claims"]]
    return {
        "record": rec,
        "title": session_title(rec),
        "body_name": body_name(rec["body"]),
        "org_name": org_name(rec["org"]),
        "summary": summary.session_summary(rec, documents),
        "participants_by_state": [
            {"group": k, "participants": v} for k, v in sorted(groups.items())
        ],
        "documents": docs,
        "sources": _sources(conn, claims),
    }


def document(conn: Connection, rec: Record) -> Record:
    session_ids = [a["session"] for a in rec["actions"] if a["session"]]
    sessions = {s["id"]: s for s in browse.load(conn, "session", session_ids)}
    titles = {k: session_title(v) for k, v in sessions.items()}
    timeline = sorted(
        (a | {"session_title": titles.get(a["session"] or "")} for a in rec["actions"]),
        key=lambda a: (STAGES.index(a["action"]) if a["action"] in STAGES else 9, a["date"] or ""),
    )
    states = [
        {
            "state": row["state"],
            "state_name": state_name(row["state"]),
            "status": row["status"],
            "signed": row.get("signed"),
            "ratified": row.get("ratified"),
            "in_force": row.get("in-force"),
            "claims": row["claims"],
        }
        for row in rec["state_status"]
    ]
    claims = rec["claims"] + [c for a in rec["actions"] for c in a["claims"]]
    return {
        "record": rec,
        "org_name": org_name(rec["org"]),
        "summary": summary.document_summary(rec, titles),
        "timeline": timeline,
        "states": states,
        "sources": _sources(conn, claims + [c for s in states for c in s["claims"]]),
    }


def person(conn: Connection, rec: Record) -> Record:
    took_part = {"person": rec["id"]}
    latest, _ = browse.page(conn, "session", took_part, SESSIONS_SHOWN, 0, counted=False)
    n_sessions = rec["sessions_total"] if "sessions_total" in rec else len(rec["sessions"])
    sessions = sorted(latest, key=_session_key)
    awards = browse.load(conn, "award", rec["awards"])
    appointments = browse.load(conn, "appointment", rec["appointments"])
    initiatives = browse.load(conn, "initiative", rec["initiatives"])
    giver = browse.labels(conn, "person", [a["by"] for a in awards if a["by"]])
    mine = [p for s in sessions for p in s["participants"] if p["person"] == rec["id"]]
    spellings: dict[str, list[Record]] = defaultdict(list)
    claims = rec["claims"] + [c for p in mine for c in p["claims"]]
    claims += [c for r in awards + appointments + initiatives for c in r["claims"]]
    facts = browse.facts_by_id(conn, [c["fact"] for c in claims])
    for c in claims:
        fact = facts.get(c["fact"])
        if not fact:
            continue
        for field in SPELLING_FIELDS.get(fact["kind"], ()):
            value = fact["payload"].get(field)
            if value and _same_person(value, rec):
                spellings[value].append(c)
    return {
        "record": rec,
        "summary": summary.person_summary(rec, sessions, awards, initiatives, n_sessions),
        "posts": [p | {"label": post_title(p)} for p in rec["posts"]],
        "sessions": [
            session_row(s)
            | {
                "role": next(
                    (p["role"] for p in s["participants"] if p["person"] == rec["id"]), None
                )
            }
            for s in sessions
        ],
        "sessions_total": n_sessions,
        "sessions_href": f"/sessions?person={rec['id']}",
        "awards": [a | {"by_name": giver.get(a["by"] or "")} for a in awards],
        "appointments": appointments,
        "initiatives": initiatives,
        "spellings": [
            {"name": k, "claims": summary._unique(v)} for k, v in sorted(spellings.items())
        ],
        "sources": _sources(conn, claims),
    }


def _same_person(spelling: str, rec: Record) -> bool:
    from plenary.reference.names import name_key

    key = name_key(spelling)
    return key in {name_key(n) for n in [rec["name"], *rec["names"]]} or (
        spelling.split()[-1][:4].casefold() == rec["name"].split()[-1][:4].casefold()
    )


def other(conn: Connection, kind: str, rec: Record) -> Record:
    """An award, appointment, chairmanship, statistic or initiative: its fields and links."""
    people = [rec[k] for k in ("recipient", "by", "person") if rec.get(k)]
    links = browse.labels(conn, "person", people)
    conflicts = (
        browse.load(conn, "statistic", rec.get("conflicts", [])) if kind == "statistic" else []
    )
    return {
        "record": rec,
        "kind": kind,
        "people": links,
        "conflicts": conflicts,
        "chart_href": (
            "/indicators/chart?" + series_query(rec["indicator"], rec["subject"], rec["unit"])
            if kind == "statistic"
            else None
        ),
        "summary": summary.sentences((_other_sentence(kind, rec, links), rec["claims"])),
        "sources": _sources(conn, rec["claims"]),
    }


def _other_sentence(kind: str, rec: Record, people: dict[str, str]) -> str:
    def who(key: str) -> str:
        return people.get(rec.get(key) or "", rec.get(key) or "someone")

    if kind == "award":
        verb = "is to be awarded" if rec["planned"] else "was awarded"
        by = f" by {who('by')}" if rec["by"] else ""
        return f"{who('recipient')} {verb} the {rec['award']}{by}."
    if kind == "appointment":
        done = {"extended": "extended in office"}.get(rec["action"], rec["action"])
        mood = "is to be" if rec["planned"] else "was"
        post = f" as {rec['post']}" if rec["post"] else ""
        return f"{who('person')} {mood} {done}{post}."
    if kind == "initiative":
        return f"{who('by')} proposed {rec['subject']}."
    if kind == "chairmanship":
        return f"{state_name(rec['state'])} chairs the {org_name(rec['org'])} in {rec['year']}."
    if kind == "statistic":
        about = {"over": "over ", "under": "under ", "about": "about "}.get(
            rec["qualifier"] or "", ""
        )
        subject = (
            f" ({state_name(rec['subject']) or org_name(rec['subject'])})" if rec["subject"] else ""
        )
        period = f" for {rec['period']}" if rec["period"] else ""
        return f"{rec['indicator']}{subject}: {about}{rec['value']:g} {rec['unit'] or ''}{period}."
    return str(rec["id"])


def matrix(conn: Connection, filters: Record, limit: int, offset: int) -> Record:
    docs, total = browse.page(conn, "document", filters | {"ratifiable": True}, limit, offset)
    states = sorted({r["state"] for d in docs for r in d["state_status"]}, key=state_name)
    rows = []
    for d in docs:
        by_state = {r["state"]: r for r in d["state_status"]}
        cells = []
        for code in states:
            row = by_state.get(code)
            cells.append(
                {
                    "state": code,
                    "status": row["status"] if row else "not a member",
                    "href": f"{href(d['id'])}#state-{code}" if row else None,
                    "sources": len(summary._unique(row["claims"])) if row else 0,
                }
            )
        rows.append({"id": d["id"], "title": d["title"], "org": d["org"], "cells": cells})
    said = []
    for d in docs[:2]:
        ratified = [r for r in d["state_status"] if r["status"] == "ratified"]
        if ratified:
            said.append(
                (
                    f"{_join([state_name(r['state']) for r in ratified])} "
                    f"ratified the {d['title']}.",
                    [c for r in ratified for c in r["claims"] if c["field"] == "ratified"],
                )
            )
    return {
        "summary": summary.sentences(*said),
        "total": total,
        "states": [{"state": s, "state_name": state_name(s)} for s in states],
        "rows": rows,
    }


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def calendar(conn: Connection, limit: int = 100, offset: int = 0) -> Record:
    """Planned sessions, soonest first (undated last), a page at a time."""
    planned, total = browse.page(conn, "session", {"status": "planned"}, limit, offset, True)
    return {
        "summary": summary.sentences(*(summary.session_sentence(r) for r in planned[:3])),
        "total": total,
        "limit": limit,
        "offset": offset,
        "sessions": [session_row(r) for r in planned],
    }


def source(conn: Connection, art: Record) -> Record:
    facts = browse.facts_of(conn, art["id"])
    fed = browse.records_fed(conn, [f["id"] for f in facts])
    by_kind: dict[str, list[str]] = defaultdict(list)
    for ids in fed.values():
        for rid in ids:
            kind = browse.kind_of(rid)
            if kind:
                by_kind[kind].append(rid)
    label: dict[str, str] = {}
    for kind, ids in by_kind.items():
        if kind == "session":
            label |= {s["id"]: session_title(s) for s in browse.load(conn, kind, ids)}
        else:
            label |= browse.labels(conn, kind, ids)
    for f in facts:
        f["records"] = [{"id": rid, "label": label.get(rid, rid)} for rid in fed.get(f["id"], [])]
    return {
        "article": {k: v for k, v in art.items() if k != "text"},
        "text": art["text"],
        "segments": segments(art["text"], facts),
        "facts": facts,
    }


def segments(text: str, facts: list[Record]) -> list[Record]:
    """The text cut at every span boundary; each piece lists the facts whose span covers it."""
    spans = [(f["span"][0], f["span"][1], f["id"]) for f in facts if f["span"]]
    cuts = sorted({0, len(text), *(max(0, min(len(text), p)) for s, e, _ in spans for p in (s, e))})
    out = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        if start == end:
            continue
        ids = [fid for s, e, fid in spans if s <= start and end <= e]
        out.append({"text": text[start:end], "facts": ids})
    return out


def search(conn: Connection, q: str) -> Record:
    """Records whose title, name or label contains `q`, and articles whose text does."""
    found: list[Record] = []
    for kind in browse.FILTERS:
        items, _ = browse.page(
            conn, kind, {"q": q}, 20, 0, with_claims=False, brief=True, counted=False
        )
        for rec in items:
            label = session_title(rec) if kind == "session" else browse_label(kind, rec)
            found.append({"kind": kind, "id": rec["id"], "label": label})
    return {"q": q, "records": found, "articles": browse.search_articles(conn, q)}


def browse_label(kind: str, rec: Record) -> str:
    value = rec.get(browse.LABEL_COLUMN[kind])
    if kind == "statistic":
        return f"{value}: {rec['value']:g} {rec['unit'] or ''}".strip()
    return str(value or rec["id"])


def series_query(indicator: str | None, subject: str | None, unit: str | None) -> str:
    from urllib.parse import urlencode

    return urlencode(
        {k: v for k, v in (("name", indicator), ("subject", subject), ("unit", unit)) if v}
    )


def indicators(conn: Connection, limit: int, offset: int) -> Record:
    """Every statistic series with a link to its chart."""
    items, total = browse.indicator_series(conn, limit, offset)
    for item in items:
        item["subject_name"] = state_name(item["subject"]) or org_name(item["subject"])
        item["href"] = "/indicators/chart?" + series_query(
            item["indicator"], item["subject"], item["unit"]
        )
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def indicator(conn: Connection, name: str | None, subject: str | None, unit: str | None) -> Record:
    """One series over time: its periods in order, each with the values reported for it (more
    than one: a conflict, every value with its sources)."""
    from plenary.web import charts

    stats = browse.indicator_records(conn, name, subject, unit)
    if not stats:
        return {"indicator": name, "subject": subject, "unit": unit, "points": []}
    mine = {s["id"] for s in stats}
    others = sorted({c for s in stats for c in s["conflicts"]} - mine)
    stats += browse.load(conn, "statistic", others)
    pts = charts.points(stats)
    for p in pts:
        for v in p["values"]:
            v["label"] = charts.amount(v["value"], v["unit"])
            v["sources"] = _sources(conn, v["claims"])
    return {
        "indicator": name,
        "subject": subject,
        "subject_name": state_name(subject) or org_name(subject),
        "unit": unit,
        "points": pts,
    }
