"""HTML pages: server-rendered, no script needed; each shows what the API route of the same
name returns."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import Connection

from plenary.reference import load as gazetteer
from plenary.registry.model import plural
from plenary.store import browse
from plenary.web import charts, views
from plenary.web.api import filters_from, record_or_404, view_of
from plenary.web.app import connection
from plenary.web.names import KIND_OF_PLURAL, href, org_name, session_title, state_name

router = APIRouter(include_in_schema=False)
Conn = Annotated[Connection, Depends(connection)]
Limit = Annotated[int, Query(ge=1, le=500)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
TITLES = {
    "session": "Sessions",
    "document": "Documents",
    "person": "People",
    "award": "Awards",
    "appointment": "Appointments",
    "chairmanship": "Chairmanships",
    "statistic": "Statistics",
    "initiative": "Initiatives",
}
LABELS = {
    "q": "Contains",
    "year": "Year",
    "state": "State (code)",
    "place": "Place",
    "org": "Organization",
}


def render(request: Request, name: str, **context: Any) -> HTMLResponse:
    page: HTMLResponse = request.app.state.templates.TemplateResponse(request, name, context)
    return page


def _options(name: str) -> list[tuple[str, str]] | None:
    gaz = gazetteer()
    if name == "status":
        return [(s, s) for s in ("held", "planned", "cancelled")]
    if name == "body":
        tracked = [(b.id, b.name) for b in gaz.bodies.values() if b.org is not None]
        return tracked + [("bilateral", "Bilateral")]
    if name == "org":
        return [(o.id, o.name) for o in gaz.organizations.values()]
    if name == "action":
        return [(s, s) for s in ("appointed", "extended", "dismissed")]
    return None


def form(names: tuple[str, ...], values: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "name": n,
            "label": LABELS.get(n, n.capitalize()),
            "value": values.get(n),
            "options": _options(n),
        }
        for n in names
    ]


def _query(values: dict[str, Any]) -> str:
    return urlencode({k: v for k, v in values.items() if v})


@router.get("/", response_class=HTMLResponse)
def home(request: Request, conn: Conn) -> HTMLResponse:
    return render(request, "home.html", title="Home", v=views.home(conn))


def _rows(conn: Connection, kind: str, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    people = browse.labels(
        conn,
        "person",
        [r[k] for r in items for k in ("recipient", "by", "person") if r.get(k)],
    )

    def who(value: str | None) -> str:
        return people.get(value or "", value or "")

    rows = []
    for r in items:
        if kind == "session":
            s = views.session_row(r)
            cells = [s["title"], r["date"] or "", r["place"] or "", r["status"]]
            cells += [str(s["participants"]), str(s["documents"])]
        elif kind == "document":
            ratified = [x["state"] for x in r["state_status"] if x["status"] == "ratified"]
            acts = "; ".join(f"{a['action']} {a['date'] or ''}".strip() for a in r["actions"])
            cells = [r["title"], org_name(r["org"]), acts, ", ".join(ratified)]
        elif kind == "person":
            posts = "; ".join(p["title"] for p in r["posts"] if not p.get("end"))
            cells = [r["name"], posts, str(r["sessions_total"]), str(len(r["awards"]))]
        elif kind == "award":
            cells = [r["award"], who(r["recipient"]), who(r["by"]), "yes" if r["planned"] else ""]
        elif kind == "appointment":
            cells = [r["post"] or "", who(r["person"]), r["action"], "yes" if r["planned"] else ""]
        elif kind == "chairmanship":
            cells = [
                f"{state_name(r['state'])} chairs {org_name(r['org'])}",
                str(r["year"] or ""),
                "yes" if r["planned"] else "",
            ]
        elif kind == "statistic":
            cells = [
                r["indicator"] or "",
                f"{r['qualifier'] + ' ' if r['qualifier'] else ''}{r['value']:g}",
                r["unit"] or "",
                r["period"] or "",
                state_name(r["subject"]) or org_name(r["subject"]) or (r["subject"] or ""),
                "yes" if r["conflicts"] else "",
            ]
        else:
            cells = [r["subject"], who(r["by"]), state_name(r["state"])]
        rows.append({"id": r["id"], "href": href(r["id"]), "cells": cells})
    return rows


HEADERS = {
    "session": ["Session", "Date", "Place", "Status", "Participants", "Documents"],
    "document": ["Title", "Organization", "Actions", "Ratified by"],
    "person": ["Name", "Current posts", "Sessions", "Awards"],
    "award": ["Award", "Recipient", "By", "Announced"],
    "appointment": ["Post", "Person", "Action", "Planned"],
    "chairmanship": ["Chairmanship", "Year", "Planned"],
    "statistic": ["Indicator", "Value", "Unit", "Period", "Subject", "Conflicting values"],
    "initiative": ["Subject", "By", "State"],
}


def _list_page(kind: str):  # type: ignore[no-untyped-def]
    def page(request: Request, conn: Conn, limit: Limit = 50, offset: Offset = 0) -> Response:
        filters = filters_from(kind, request)
        claims = kind == "session"  # the summary cites the first sessions' sources
        items, total = browse.page(
            conn, kind, filters, limit, offset, with_claims=claims, brief=True
        )
        q = _query(filters)
        said = []
        if kind == "session":
            said = [views.summary.session_sentence(r) for r in items[:2]]
        return render(
            request,
            "list.html",
            title=TITLES[kind],
            sentences=views.summary.sentences(*said),
            form=form(browse.FILTERS[kind], filters),
            headers=HEADERS[kind],
            rows=_rows(conn, kind, items),
            total=total,
            limit=limit,
            offset=offset,
            base=f"/{plural(kind)}?{q + '&' if q else ''}",
            export=f"/api/{plural(kind)}",
            query=f"?{q}" if q else "",
        )

    return page


def _record_page(kind: str):  # type: ignore[no-untyped-def]
    def page(request: Request, conn: Conn, rest: str) -> Response:
        rec = record_or_404(conn, kind, rest)
        v = view_of(conn, kind, rec)
        if kind in ("session", "document", "person"):
            return render(request, f"{kind}.html", title=_title(kind, rec), v=v)
        return render(request, "record.html", title=_title(kind, rec), v=v)

    return page


def _title(kind: str, rec: dict[str, Any]) -> str:
    if kind == "session":
        return session_title(rec)
    label = views.browse_label(kind, rec)
    return label if kind in ("document", "person") else f"{kind.capitalize()}: {label}"


@router.get("/matrix", response_class=HTMLResponse)
def matrix(
    request: Request,
    conn: Conn,
    org: str | None = None,
    body: str | None = None,
    year: str | None = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    values = {"org": org or None, "body": body or None, "year": year or None}
    v = views.matrix(conn, values, limit, offset)
    q = _query(values)
    return render(
        request,
        "matrix.html",
        title="Ratification matrix",
        v=v,
        form=form(("org", "body", "year"), values),
        limit=limit,
        offset=offset,
        base=f"/matrix?{q + '&' if q else ''}",
    )


@router.get("/calendar", response_class=HTMLResponse)
def calendar(request: Request, conn: Conn, limit: Limit = 100, offset: Offset = 0) -> Response:
    v = views.calendar(conn, limit, offset)
    for s in v["sessions"]:
        s["month"] = s["date"][:7] if s["date"] else "Date not known"
    return render(request, "calendar.html", title="Calendar", v=v, base="/calendar?")


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request, conn: Conn, limit: Limit = 50, offset: Offset = 0) -> Response:
    items, total = browse.articles(conn, limit, offset)
    rows = [
        {
            "id": a["id"],
            "href": f"/sources/{a['id']}",
            "cells": [a["title"] or a["name"], a["published"] or "", a["name"], str(a["facts"])],
        }
        for a in items
    ]
    return render(
        request,
        "list.html",
        title="Sources",
        sentences=[],
        form=None,
        headers=["Article", "Published", "File", "Facts"],
        rows=rows,
        total=total,
        limit=limit,
        offset=offset,
        base="/sources?",
        export="/api/sources",
        query="",
    )


@router.get("/sources/{article_id}", response_class=HTMLResponse)
def source(request: Request, conn: Conn, article_id: str) -> Response:
    art = browse.article(conn, article_id)
    if art is None:
        raise HTTPException(404, f"no article {article_id!r}")
    v = views.source(conn, art)
    return render(request, "source.html", title=art["title"] or art["name"], v=v)


@router.get("/facts/{fact_id}")
def fact(conn: Conn, fact_id: str) -> Response:
    """A claim's link: the fact's place in its article."""
    found = browse.facts_by_id(conn, [fact_id]).get(fact_id)
    if found is None:
        raise HTTPException(404, f"no fact {fact_id!r}")
    return RedirectResponse(f"/sources/{found['article_id']}#fact-{fact_id}", status_code=303)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, conn: Conn, q: str = "") -> Response:
    q = q.strip()[:200]
    if not q:
        return RedirectResponse("/", status_code=303)
    return render(request, "search.html", title=f"Search: {q}", q=q, v=views.search(conn, q))


@router.get("/indicators", response_class=HTMLResponse)
def indicators(request: Request, conn: Conn, limit: Limit = 50, offset: Offset = 0) -> Response:
    v = views.indicators(conn, limit, offset)
    return render(request, "indicators.html", title="Indicators", v=v, base="/indicators?")


@router.get("/indicators/chart", response_class=HTMLResponse)
def indicator(
    request: Request,
    conn: Conn,
    name: str | None = None,
    subject: str | None = None,
    unit: str | None = None,
) -> Response:
    v = views.indicator(conn, name or None, subject or None, unit or None)
    if not v["points"]:
        raise HTTPException(404, "no such statistic series")
    title = name or "Indicator"
    if v["subject_name"]:
        title += f" ({v['subject_name']})"
    chart = charts.svg(title, unit, v["points"], "chart")
    return render(request, "indicator.html", title=title, v=v, chart=chart)


for _plural, _kind in KIND_OF_PLURAL.items():
    router.add_api_route(f"/{_plural}", _list_page(_kind), methods=["GET"])
    router.add_api_route(f"/{_plural}/{{rest:path}}", _record_page(_kind), methods=["GET"])
