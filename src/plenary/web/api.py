"""The JSON API: every list (paginated, filterable), every record with what its page shows,
sources, facts, the matrix, the calendar, search, and the exports."""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import PlainTextResponse, Response
from sqlalchemy import Connection

from plenary.registry.model import plural
from plenary.store import browse
from plenary.web import exports, views
from plenary.web.app import connection

router = APIRouter(prefix="/api", tags=["api"])
Conn = Annotated[Connection, Depends(connection)]
Limit = Annotated[int, Query(ge=1, le=500, description="Records per page")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Records to skip")]
FILTER_HELP = {
    "q": "Text contained in the title, name, or label",
    "body": "Body id, e.g. cis-heads-of-state",
    "org": "Organization id, e.g. cis",
    "status": "held, planned or cancelled",
    "place": "City, e.g. Moscow",
    "state": "ISO 3166-1 alpha-2 code, e.g. RU",
    "year": "Year (YYYY)",
    "recipient": "Person id of the recipient",
    "by": "Person id",
    "person": "Person id (sessions: the person took part)",
    "action": "appointed, extended or dismissed",
    "subject": "State code or organization id",
    "unit": "%, RUB, USD, EUR or count",
}


def fast_json(data: Any) -> Response:
    """JSON straight from `json.dumps`: records are plain JSON already, and FastAPI's encoder
    costs tens of milliseconds on a person with thousands of sessions."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return Response(text, media_type="application/json")


def filters_from(kind: str, request: Request) -> dict[str, Any]:
    """The filters of a record type, read from the query string."""
    return {k: request.query_params.get(k) or None for k in browse.FILTERS[kind]}


def _with_filters(kind: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    """Give `fn` one optional query parameter per filter of `kind`, so OpenAPI lists them."""
    sig = inspect.signature(fn)
    params = [p for p in sig.parameters.values() if p.name != "filters"]
    extra = [
        inspect.Parameter(
            name,
            inspect.Parameter.KEYWORD_ONLY,
            default=None,
            annotation=Annotated[str | None, Query(description=FILTER_HELP.get(name))],
        )
        for name in browse.FILTERS[kind]
    ]

    def endpoint(**kwargs: Any) -> Any:
        filters = {k: kwargs.pop(k) for k in browse.FILTERS[kind]}
        return fn(filters=filters, **kwargs)

    endpoint.__signature__ = sig.replace(parameters=params + extra)  # type: ignore[attr-defined]
    endpoint.__name__ = f"{fn.__name__}_{plural(kind)}"
    endpoint.__doc__ = fn.__doc__
    return endpoint


def record_or_404(conn: Connection, kind: str, rest: str) -> dict[str, Any]:
    rec = browse.get(conn, f"{kind}/{rest}", brief=True)
    if rec is None:
        raise HTTPException(404, f"no {kind} {rest!r}")
    return rec


def view_of(conn: Connection, kind: str, rec: dict[str, Any]) -> dict[str, Any]:
    if kind == "session":
        return views.session(conn, rec)
    if kind == "document":
        return views.document(conn, rec)
    if kind == "person":
        return views.person(conn, rec)
    return views.other(conn, kind, rec)


@router.get("/home", summary="What the home page shows")
def home(conn: Conn) -> dict[str, Any]:
    return views.home(conn)


def _register(kind: str) -> None:
    name = plural(kind)

    def listing(
        conn: Conn, filters: dict[str, Any], limit: Limit = 50, offset: Offset = 0
    ) -> Response:
        items, total = browse.page(conn, kind, filters, limit, offset, brief=True)
        return fast_json({"total": total, "limit": limit, "offset": offset, "items": items})

    def as_csv(conn: Conn, filters: dict[str, Any]) -> Response:
        text = exports.to_csv(browse.all_records(conn, kind, filters), _columns(kind))
        return Response(text, media_type="text/csv; charset=utf-8")

    def as_json(conn: Conn, filters: dict[str, Any]) -> list[dict[str, Any]]:
        return browse.all_records(conn, kind, filters)

    def one(conn: Conn, rest: str) -> Response:
        return fast_json(view_of(conn, kind, record_or_404(conn, kind, rest)))

    listing.__doc__ = f"A page of {name}, newest or alphabetical first, with the total count."
    as_csv.__doc__ = f"Every {kind} matching the filters as CSV (header row first)."
    as_json.__doc__ = f"Every {kind} matching the filters as a JSON array of records."
    one.__doc__ = f"One {kind}: the record with its claims, and everything its page shows."
    router.add_api_route(f"/{name}", _with_filters(kind, listing), methods=["GET"])
    router.add_api_route(
        f"/{name}.csv",
        _with_filters(kind, as_csv),
        methods=["GET"],
        response_class=PlainTextResponse,
        responses={200: {"content": {"text/csv": {}}}},
    )
    router.add_api_route(f"/{name}.json", _with_filters(kind, as_json), methods=["GET"])
    one.__name__ = f"one_{kind}"
    router.add_api_route(f"/{name}/{{rest:path}}", one, methods=["GET"])


def _columns(kind: str) -> list[str]:
    from dataclasses import fields

    from plenary.registry import model

    return [f.name for f in fields(getattr(model, kind.capitalize()))]


@router.get("/matrix", summary="Ratification matrix: documents × member states")
def matrix(
    conn: Conn,
    org: Annotated[str | None, Query(description=FILTER_HELP["org"])] = None,
    body: Annotated[str | None, Query(description=FILTER_HELP["body"])] = None,
    year: Annotated[str | None, Query(description=FILTER_HELP["year"])] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    return views.matrix(conn, {"org": org, "body": body, "year": year}, limit, offset)


@router.get("/calendar", summary="Planned sessions, soonest first (undated last)")
def calendar(conn: Conn, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    return views.calendar(conn, limit, offset)


@router.get(
    "/calendar.ics",
    summary="iCalendar feed of planned sessions with a known day",
    response_class=PlainTextResponse,
    responses={200: {"content": {"text/calendar": {}}}},
)
def calendar_ics(conn: Conn) -> Response:
    sessions = browse.all_records(conn, "session", {"status": "planned"})
    text = exports.icalendar(sessions)
    return Response(text, media_type="text/calendar; charset=utf-8")


@router.get("/popolo.json", summary="People, organizations and memberships, Popolo-style")
def popolo(conn: Conn) -> dict[str, Any]:
    return exports.popolo(browse.all_records(conn, "person", {}))


@router.get("/sources", summary="Articles, newest first, with their number of facts")
def sources(conn: Conn, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    items, total = browse.articles(conn, limit, offset)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/sources/{article_id}", summary="An article's text, its facts and their spans")
def source(conn: Conn, article_id: str) -> dict[str, Any]:
    art = browse.article(conn, article_id)
    if art is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return views.source(conn, art)


@router.get("/facts/{fact_id}", summary="A fact, its article and the records it feeds")
def fact(conn: Conn, fact_id: str) -> dict[str, Any]:
    found = browse.facts_by_id(conn, [fact_id]).get(fact_id)
    if found is None:
        raise HTTPException(404, f"no fact {fact_id!r}")
    return found | {"records": browse.records_fed(conn, [fact_id]).get(fact_id, [])}


@router.get("/search", summary="Records and articles containing the text")
def search(conn: Conn, q: Annotated[str, Query(min_length=1, max_length=200)]) -> dict[str, Any]:
    return views.search(conn, q)


@router.get("/indicators", summary="Statistic series (indicator, subject, unit), with counts")
def indicators(conn: Conn, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return views.indicators(conn, limit, offset)


@router.get("/indicators/chart", summary="One statistic series over time, conflicts side by side")
def indicator(
    conn: Conn,
    name: Annotated[str | None, Query(max_length=500, description="The indicator")] = None,
    subject: Annotated[str | None, Query(description=FILTER_HELP["subject"])] = None,
    unit: Annotated[str | None, Query(description=FILTER_HELP["unit"])] = None,
) -> dict[str, Any]:
    found = views.indicator(conn, name or None, subject or None, unit or None)
    if not found["points"]:
        raise HTTPException(404, "no such statistic series")
    return found


for _kind in browse.FILTERS:
    _register(_kind)
