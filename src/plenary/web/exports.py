"""Exports: CSV of any list, Popolo-style JSON of people, organizations and memberships, and an
iCalendar (RFC 5545) feed of planned sessions."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from typing import Any

from plenary.reference import load as gazetteer
from plenary.web.names import session_title

Record = dict[str, Any]


def _cell(key: str, value: Any) -> str:
    """A field as one CSV cell: lists joined by "; ", nested records by what names them."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        if key == "claims":
            return "; ".join(dict.fromkeys(str(c["article"]) for c in value))
        return "; ".join(_item(key, v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}={v}" for k, v in value.items() if v is not None)
    return str(value)


def _item(key: str, value: Any) -> str:
    if not isinstance(value, dict):
        return str(value)
    if key == "participants":
        return str(value["person"])
    if key == "actions":
        return " ".join(str(value[k]) for k in ("action", "date") if value.get(k))
    if key == "state_status":
        return f"{value['state']}:{value['status']}"
    if key == "posts":
        return " ".join(str(value[k]) for k in ("title", "state", "org") if value.get(k))
    return str(value.get("id") or value)


def to_csv(records: list[Record], columns: list[str] | None = None) -> str:
    """A header row, then one row per record; the `claims` column lists the source articles."""
    if columns is None:
        columns = list(records[0]) if records else ["id"]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(columns)
    for rec in records:
        writer.writerow([_cell(k, rec.get(k)) for k in columns])
    return buf.getvalue()


def popolo(people: list[Record]) -> Record:
    """Persons (with other names), organizations (states, organizations and their bodies) and
    memberships (states in organizations, people in their posts), after popoloproject.com."""
    gaz = gazetteer()
    organizations: list[Record] = []
    for state in gaz.states.values():
        organizations.append(
            {"id": f"state/{state.code}", "name": state.name, "classification": "state"}
        )
    for org in gaz.organizations.values():
        organizations.append(
            {
                "id": f"org/{org.id}",
                "name": org.name,
                "classification": "international organization",
                "other_names": [{"name": a} for a in org.aliases],
            }
        )
    for body in gaz.bodies.values():
        if body.org is None:
            continue
        organizations.append(
            {
                "id": f"body/{body.id}",
                "name": body.name,
                "classification": "body",
                "parent_id": f"org/{body.org}",
            }
        )
    memberships: list[Record] = []
    for org in gaz.organizations.values():
        for m in org.memberships:
            memberships.append(
                {
                    "id": f"membership/{org.id}/{m.state}/{m.status}/{m.start or ''}",
                    "member": {"@type": "Organization", "id": f"state/{m.state}"},
                    "organization_id": f"org/{org.id}",
                    "role": m.status,
                    "start_date": m.start,
                    "end_date": m.end,
                }
            )
    persons = []
    for p in people:
        persons.append(
            {
                "id": p["id"],
                "name": p["name"],
                "other_names": [{"name": n} for n in p["names"]],
                "sources": [{"note": c["quote"], "url": c["article"]} for c in p["claims"][:20]],
            }
        )
        for i, post in enumerate(p["posts"]):
            where = f"state/{post['state']}" if post.get("state") else f"org/{post.get('org')}"
            memberships.append(
                {
                    "id": f"membership/{p['id']}/{i}",
                    "person_id": p["id"],
                    "organization_id": where,
                    "role": post["title"],
                    "start_date": post.get("start"),
                    "end_date": post.get("end"),
                }
            )
    return {"persons": persons, "organizations": organizations, "memberships": memberships}


def _escape(text: str) -> str:
    """TEXT value escaping of RFC 5545 §3.3.11."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Lines longer than 75 octets folded with CRLF + space (RFC 5545 §3.1)."""
    out: list[str] = []
    current = ""
    for ch in line:
        if len((current + ch).encode()) > (75 if not out else 74):
            out.append(current)
            current = ch
        else:
            current += ch
    out.append(current)
    return "\r\n ".join(out)


def icalendar(sessions: list[Record], host: str = "plenary", now: datetime | None = None) -> str:
    """Planned sessions with a known day as all-day events; those known only to the month or
    year have no DTSTART an RFC 5545 event could carry, so they are left out."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Plenary//Planned sessions//EN",
        "CALSCALE:GREGORIAN",
        "X-WR-CALNAME:Plenary: planned sessions",
    ]
    for s in sessions:
        date = s.get("date") or ""
        if s["status"] != "planned" or len(date) != 10:
            continue
        lines += [
            "BEGIN:VEVENT",
            f"UID:{s['id'].replace('/', '-')}@{host}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{date.replace('-', '')}",
            f"SUMMARY:{_escape(session_title(s))}",
        ]
        if s.get("place"):
            lines.append(f"LOCATION:{_escape(s['place'])}")
        sources = sorted({c["article"] for c in s["claims"]})
        if sources:
            lines.append(f"DESCRIPTION:{_escape('Sources: ' + ', '.join(sources))}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)
