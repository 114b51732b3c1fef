"""The FastAPI application: HTML pages, the JSON API under /api/, exports, static files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import Connection
from starlette.exceptions import HTTPException as StarletteHTTPException

from plenary.store import Store, open_store
from plenary.web import names, security_headers

HERE = Path(__file__).parent


def templates() -> Jinja2Templates:
    tpl = Jinja2Templates(directory=str(HERE / "templates"))
    tpl.env.globals.update(
        href=names.href,
        fact_href=names.fact_href,
        state_name=names.state_name,
        body_name=names.body_name,
        org_name=names.org_name,
        session_title=names.session_title,
    )
    tpl.env.filters.update(state_name=names.state_name, org_name=names.org_name)
    return tpl


def connection(request: Request) -> Iterator[Connection]:
    """One read connection per request."""
    store: Store = request.app.state.store
    with store.engine.connect() as conn:
        yield conn


def create_app(db_url: str | None = None) -> FastAPI:
    """The app on the database at `db_url` (else PLENARY_DB, else the default file)."""
    from plenary.web import api, pages

    app = FastAPI(
        title="Plenary",
        summary="A sourced registry of multilateral diplomacy: sessions, documents, people.",
        version="0.1.0",
    )
    app.state.store = open_store(db_url)
    app.state.templates = templates()
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.exception_handler(StarletteHTTPException)
    async def not_found(request: Request, exc: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/api/") or request.url.path in ("/docs", "/openapi.json"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        tpl: Jinja2Templates = request.app.state.templates
        page: HTMLResponse = tpl.TemplateResponse(
            request,
            "error.html",
            {"title": f"{exc.status_code}", "detail": exc.detail},
            status_code=exc.status_code,
        )
        return page

    from plenary.web import auth  # issue 5: accounts, review queue, write routes

    auth.install(app)
    app.add_middleware(security_headers.SecurityHeaders)  # outermost: every response, refusals too
    return app
