""" "No time to read? Get a summary": two to four sentences made from registry records, each
carrying the claims (fact, article, quote) it rests on. A sentence without a claim is dropped,
so nothing is said without a source."""

from __future__ import annotations

from typing import Any

from plenary.web.names import body_name, org_name, session_title, state_name

Record = dict[str, Any]
Sentence = dict[str, Any]
"""{"text": str, "claims": [claim, ...]}"""

STAGE_WORDS = {
    "reviewed": "reviewed",
    "adopted": "adopted",
    "signed": "signed",
    "ratified": "ratified",
    "in-force": "in force",
}


def _unique(claims: list[Record]) -> list[Record]:
    seen: set[str] = set()
    out = []
    for c in claims:
        if c["fact"] not in seen:
            seen.add(c["fact"])
            out.append(c)
    return out


def sentences(*candidates: tuple[str, list[Record]], most: int = 4) -> list[Sentence]:
    """The candidates that have claims, at most `most`, claims deduplicated by fact."""
    out = [{"text": text, "claims": _unique(claims)} for text, claims in candidates if claims]
    return out[:most]


def _names(items: list[str], limit: int = 4) -> str:
    if len(items) > limit:
        items = [*items[:limit], f"{len(items) - limit} more"]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _field(rec: Record, *names: str) -> list[Record]:
    return [c for c in rec["claims"] if c["field"].split(":")[0] in names]


def session_sentence(rec: Record) -> tuple[str, list[Record]]:
    """One sentence on when and where a session met (or will meet)."""
    if rec["body"] == "bilateral":
        who = " and ".join(state_name(p) for p in rec.get("parties") or [])
        head = f"A meeting between {who}"
    else:
        head = ("An informal meeting of the " if rec["informal"] else "The ") + body_name(
            rec["body"]
        )
    verb = {"held": "met", "planned": "is planned to meet", "cancelled": "was cancelled"}.get(
        rec["status"], rec["status"]
    )
    if rec["body"] == "bilateral":
        verb = {"held": "took place", "planned": "is planned"}.get(rec["status"], verb)
    where = f" in {rec['place']}" if rec["place"] else ""
    when = f" on {rec['date']}" if rec["date"] and len(rec["date"]) == 10 else ""
    if rec["date"] and len(rec["date"]) < 10:
        when = f" in {rec['date']}"
    return f"{head} {verb}{where}{when}.", _field(rec, "date", "place", "status")


def session_summary(rec: Record, documents: list[Record]) -> list[Sentence]:
    people = rec["participants"]
    states = sorted({state_name(p["state"]) for p in people if p["state"]})
    who = (
        f"{len(people)} participants took part"
        + (f", from {_names(states, 6)}" if states else "")
        + "."
    )
    formats = (
        f"It met in {_names(rec['formats'])} format{'s' if len(rec['formats']) > 1 else ''}."
        if rec["formats"]
        else ""
    )
    acted = [
        (d["title"], [c for a in d["actions"] if a["session"] == rec["id"] for c in a["claims"]])
        for d in documents
    ]
    docs = f"It acted on {len(acted)} document{'s' if len(acted) != 1 else ''}: " + _names(
        [title for title, _ in acted], 3
    )
    return sentences(
        session_sentence(rec),
        (who, [c for p in people for c in p["claims"]]),
        (docs.rstrip(".") + ".", [c for _, cl in acted for c in cl]),
        (formats, _field(rec, "formats")),
    )


def action_sentence(title: str, action: Record, session: str | None) -> tuple[str, list[Record]]:
    by = f" by {_names([state_name(s) for s in action['states']], 6)}" if action["states"] else ""
    at = f" at the session {session}" if session else ""
    when = f" on {action['date']}" if action["date"] else ""
    verb = "is to be" if action["planned"] else "was"
    word = STAGE_WORDS.get(action["action"], action["action"])
    text = f"The {title} {verb} {word}{by}{when}{at}."
    return text, action["claims"]


def document_summary(rec: Record, session_titles: dict[str, str]) -> list[Sentence]:
    actions = [
        action_sentence(
            rec["title"] if i == 0 else "document", a, session_titles.get(a["session"] or "")
        )
        for i, a in enumerate(rec["actions"])
    ]
    rows = rec["state_status"]
    status: tuple[str, list[Record]] = ("", [])
    if rows:
        ratified = [r for r in rows if r["status"] == "ratified"]
        status = (
            f"Of the {len(rows)} member states of the {org_name(rec['org'])}, "
            f"{len(ratified)} have ratified it"
            + (f" ({_names([state_name(r['state']) for r in ratified], 6)})" if ratified else "")
            + f", as reported by {rec['as_of']}.",
            [c for r in rows for c in r["claims"]],
        )
    return sentences(*actions[:3], status)


def person_summary(
    rec: Record,
    sessions: list[Record],
    awards: list[Record],
    initiatives: list[Record],
    total: int | None = None,
) -> list[Sentence]:
    """`sessions`: those shown (the latest), of `total` (default: all shown)."""
    total = len(sessions) if total is None else total
    post_claims = _field(rec, "post")
    posts = sorted({c["field"].split(":", 1)[1] for c in post_claims if ":" in c["field"]})
    post = (f"{rec['name']} is reported as {_names(posts)}.", post_claims) if posts else ("", [])
    mine = [
        c
        for s in sessions
        for p in s["participants"]
        if p["person"] == rec["id"]
        for c in p["claims"]
    ]
    attended = (
        f"{rec['name']} took part in {total} session{'s' if total != 1 else ''}: "
        + _names([session_title(s) for s in sessions], 2)
        + ".",
        mine,
    )
    honours = (
        f"{rec['name']} received {_names([a['award'] for a in awards])}.",
        [c for a in awards for c in a["claims"]],
    )
    proposals = (
        f"{rec['name']} proposed {_names([i['subject'] for i in initiatives], 2)}.",
        [c for i in initiatives for c in i["claims"]],
    )
    return sentences(post, attended, honours, proposals)
