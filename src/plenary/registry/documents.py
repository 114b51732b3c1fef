"""Documents: titles clustered into works, each with an action log and, for treaties, the
per-state status table that log implies (signed / ratified / not yet), as treaty charts show it.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Any

from plenary.reference import Gazetteer
from plenary.registry.model import (
    Claim,
    Document,
    DocumentAction,
    Session,
    StoredFact,
    Votes,
    plain,
)
from plenary.registry.text import longest, slug, tokens
from plenary.registry.titles import same_work, without_figures
from plenary.registry.works import group_works
from plenary.spec import Document as DocumentFact

STAGES = ("signed", "ratified", "in-force")
"""Per-state stages of a treaty, in order; `status` is the furthest one reached."""

GLUED = 2
"""How many times as much support (`Votes`) a title needs for a longer one extending it to be
read as a copy's glued words rather than the full title."""
_BETWEEN_WORDS = re.compile(r"\W+")

__all__ = ["build_documents", "canonical_title", "same_work"]


def build_documents(
    facts: list[StoredFact],
    sessions: dict[str, Session],
    of_fact: dict[str, str],
    gaz: Gazetteer,
) -> list[Document]:
    docs = [sf for sf in facts if isinstance(sf.fact, DocumentFact)]
    records: list[Document] = []
    taken: set[str] = set()
    stored = {sf.source for sf in docs if not sf.reprint}
    works = [(canonical_title(sfs, stored), sfs) for sfs in group_works(docs, of_fact, gaz)]
    for title, sfs in sorted(works, key=lambda w: _order(w[0], w[1], sessions, of_fact)):
        group = sorted({_title(sf) for sf in sfs})
        did = base = f"document/{slug(' '.join(tokens(title, stop=False)), 100)}"
        n = 2
        while did in taken:
            did, n = f"{base}-{n}", n + 1
        taken.add(did)
        actions = _actions(sfs, sessions, of_fact)
        orgs = sorted({sessions[a.session].org or "" for a in actions if a.session} - {""})
        org = orgs[0] if orgs else None
        dates = [a.date for a in actions if a.date] + [sf.published for sf in sfs if sf.published]
        as_of = max(dates) if dates else None
        records.append(
            Document(
                id=did,
                title=title,
                titles=sorted(set(group) - {title}),
                org=org,
                as_of=as_of,
                actions=actions,
                state_status=_status(actions, org, as_of, gaz),
                claims=sorted({Claim("title", sf.id, sf.article, sf.fact.quote) for sf in sfs}),
            )
        )
    for record in records:
        for action in record.actions:
            if action.session and record.id not in sessions[action.session].documents:
                sessions[action.session].documents.append(record.id)
    for session in sessions.values():
        session.documents.sort()
    return sorted(records, key=lambda d: d.id)


def _title(sf: StoredFact) -> str:
    assert isinstance(sf.fact, DocumentFact)
    return sf.fact.title


def canonical_title(sfs: list[StoredFact], stored: set[str]) -> str:
    """The longest title of a work, save one that merely extends a title GLUED times as many
    articles give: one copy's edit ("discussed" reworded "talked over") can glue the sentence's
    next words onto the title its original and the other copies give, and must not rename the
    work; nor one whose figure a copy corrected, against its report and the other copies;
    nor one only copies give where their report is stored (`stored`: the sources of every
    stored report; `_copies_edits`).
    Support is counted by source (`Votes`): a report's reprints do not outweigh another
    report, and a copy's edit weighs as one of its cluster's articles."""
    votes = Votes()
    for sf in sfs:
        votes.add(sf, _title(sf))
    support = {title: votes.support(title) for title in votes.giving}
    named = [title for title in support if not _outvoted(title, support)]
    edits = _copies_edits(sfs, stored)
    return longest([title for title in named if title not in edits] or named)


def _copies_edits(sfs: list[StoredFact], stored: set[str]) -> set[str]:
    """Titles that only copies give, of reports the store holds: a copy's rewording ("issues"
    as "matters", "to establish an" as "on establishing the") or corrected figure is one of the
    work's titles but does not rename it, however long it is, even where its own report's
    title went to another work."""
    own = {_title(sf) for sf in sfs if not sf.reprint or sf.source not in stored}
    return {_title(sf) for sf in sfs} - own


def _outvoted(title: str, support: dict[str, Fraction]) -> bool:
    """Is a shorter title that this one extends (at a word's end), or one that differs from it
    only in figures (a copy's correction, `works.corrections`), given GLUED times as often?"""
    needed = GLUED * support[title]
    if any(support.get(title[: m.start()], 0) >= needed for m in _BETWEEN_WORDS.finditer(title)):
        return True
    figures = without_figures(title)
    return any(
        support[other] >= needed
        for other in support
        if other != title and without_figures(other) == figures
    )


def _order(
    title: str, sfs: list[StoredFact], sessions: dict[str, Session], of_fact: dict[str, str]
) -> tuple[str, str, str, str, str]:
    """Works by canonical title, then by the earliest session date, then by the first session
    and the first source (report) that tells of them, and only then by first fact: two works
    under one title get their ids (…, …-2) in the order they were adopted, and works adopted
    the same day in the same order in any store of the same reports (fact ids follow the names
    a store gives its articles: an archive's are not the originals')."""
    held = sorted(
        (sessions[of_fact[sf.id]].date or "9999", of_fact[sf.id]) for sf in sfs if sf.id in of_fact
    )
    date, session = held[0] if held else ("9999", "")
    return title, date, session, min(sf.source for sf in sfs), min(sf.id for sf in sfs)


def _actions(
    sfs: list[StoredFact], sessions: dict[str, Session], of_fact: dict[str, str]
) -> list[DocumentAction]:
    """One action per (action, session, states): a preview's planned adoption and a report's
    held one at the same session are the same act; held wins, both claims stay."""
    groups: dict[tuple[str, str | None, tuple[str, ...]], list[StoredFact]] = {}
    for sf in sfs:
        f = sf.fact
        assert isinstance(f, DocumentFact)
        key = (f.action, of_fact.get(sf.id), tuple(sorted(f.states)))
        groups.setdefault(key, []).append(sf)
    out = []
    for (action, session, states), group in groups.items():
        refs = [sf.fact.meeting for sf in group if isinstance(sf.fact, DocumentFact)]
        dates = [r.date for r in refs if r is not None and r.date]
        date = sessions[session].date if session else None
        if date is None and dates:
            date = min(dates, key=lambda d: (-len(d), d))
        out.append(
            DocumentAction(
                action=action,
                date=date,
                session=session,
                states=list(states),
                planned=all(sf.fact.planned for sf in group),
                claims=sorted({Claim(action, sf.id, sf.article, sf.fact.quote) for sf in group}),
            )
        )
    return sorted(out, key=lambda a: (a.date or "9999", a.action, a.session or "", a.states))


def _covers(action: DocumentAction, state: str) -> bool:
    """An action names its states, or a body acted as a whole for its members at a session."""
    if action.planned:
        return False
    if action.states:
        return state in action.states
    return action.session is not None and action.action == "signed"


def _status(
    actions: list[DocumentAction], org: str | None, as_of: str | None, gaz: Gazetteer
) -> list[dict[str, Any]]:
    if not any(a.action in STAGES for a in actions) or org not in gaz.organizations:
        return []
    members = gaz.organizations[org].members(as_of)
    named = sorted({s for a in actions if a.action in STAGES for s in a.states} - set(members))
    rows = []
    for state in [*members, *named]:
        row: dict[str, Any] = {"state": state, "status": "not yet", "claims": []}
        for stage in STAGES:
            hit = next((a for a in actions if a.action == stage and _covers(a, state)), None)
            row[stage] = None if hit is None else {"date": hit.date, "session": hit.session}
            if hit is not None:
                row["status"] = stage
                row["claims"] += [plain(c) for c in hit.claims]
        rows.append(row)
    return rows
