"""How ids read on a page: state, body and organization names from the gazetteer, record labels
and the URL of each record."""

from __future__ import annotations

from typing import Any

from plenary.reference import load as gazetteer
from plenary.registry.model import RECORD_TYPES, plural

KIND_OF_PLURAL = {plural(k): k for k in RECORD_TYPES}


def state_name(code: str | None) -> str:
    if not code:
        return ""
    state = gazetteer().states.get(code)
    return state.name if state else code


def body_name(body: str | None) -> str:
    if not body:
        return ""
    if body == "bilateral":
        return "Bilateral meeting"
    found = gazetteer().bodies.get(body)
    return found.name if found else body


def org_name(org: str | None) -> str:
    if not org:
        return ""
    found = gazetteer().organizations.get(org)
    return found.name if found else org


def href(record_id: str) -> str:
    """The page of a record: `session/x/y` → `/sessions/x/y`."""
    kind, _, rest = record_id.partition("/")
    return f"/{plural(kind)}/{rest}"


def fact_href(fact_id: str) -> str:
    """A fact's place in its source (the route redirects to the article's anchor)."""
    return f"/facts/{fact_id}"


def session_title(rec: dict[str, Any]) -> str:
    """ "CIS Council of Heads of State, Moscow, 2024-10-08"; a bilateral names its parties."""
    if rec.get("body") == "bilateral" and rec.get("parties"):
        head = "Meeting of " + " and ".join(state_name(p) for p in rec["parties"])
    else:
        head = body_name(rec.get("body"))
        if rec.get("informal"):
            head = f"Informal meeting, {head}"
    where = rec.get("place") or "place not known"
    when = rec.get("date") or "date not known"
    return f"{head}, {where}, {when}"


def post_title(post: dict[str, Any]) -> str:
    where = state_name(post.get("state")) or org_name(post.get("org"))
    return f"{post['title']}, {where}" if where else str(post["title"])
