"""Who is asking: a login session (cookie: Secure, HttpOnly, SameSite=Lax; a CSRF token on every
form) or an API token (`Authorization: Bearer pln_…`, scoped read or edit). Reading is open
unless PLENARY_PRIVATE=1; writing needs an editor. Login is rate-limited per address and name.
"""

from __future__ import annotations

import hmac
import os
import time
from collections import defaultdict, deque
from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import parse_qsl

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint

from plenary.store import Store
from plenary.store import users as accounts

COOKIE = "plenary_session"
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"
LOGIN_TRIES = 5
LOGIN_WINDOW = 300.0
MAX_BODY = 64_000
"""Bytes of a form or JSON body these routes accept."""

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True)
class Principal:
    """A user and how they came: by session (with its CSRF token) or by token (its scope)."""

    user: accounts.User
    via: str
    scope: str | None = None
    csrf: str | None = None
    sid: str | None = None

    def can(self, role: str) -> bool:
        if self.via == "token":
            assert self.scope is not None
            return accounts.Bearer(self.user, self.scope).can(role)
        return self.user.can(role)


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def principal(request: Request) -> Principal | None:
    """The caller, once per request: a Bearer token wins over the cookie."""
    if hasattr(request.state, "principal"):
        found: Principal | None = request.state.principal
        return found
    found = None
    header = request.headers.get("authorization", "")
    if header[:7].lower() == "bearer ":
        bearer = accounts.authenticate_token(_store(request), header[7:].strip())
        if bearer is not None:
            found = Principal(bearer.user, "token", scope=bearer.scope)
    elif request.cookies.get(COOKIE):
        sid = request.cookies[COOKIE]
        live = accounts.session_user(_store(request), sid)
        if live is not None:
            found = Principal(live[0], "session", csrf=live[1], sid=sid)
    request.state.principal = found
    return found


async def form_fields(request: Request) -> dict[str, str]:
    """An urlencoded form, parsed here (no python-multipart): at most MAX_BODY bytes and 50
    fields, each at most 5,000 characters; the last value of a repeated name wins."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != "application/x-www-form-urlencoded":
        raise Denied(415, "send the form as application/x-www-form-urlencoded")
    body = await request.body()
    if len(body) > MAX_BODY:
        raise Denied(413, "request body too large")
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, max_num_fields=50)
    except (UnicodeDecodeError, ValueError) as exc:
        raise Denied(400, "not a form") from exc
    if any(len(v) > 5000 or len(k) > 100 for k, v in pairs):
        raise Denied(400, "a form field is too long")
    return dict(pairs)


FormFields = Annotated[dict[str, str], Depends(form_fields)]


class Denied(Exception):
    """Not allowed: 401 without credentials, 403 with too few rights."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status, self.detail = status, detail


def need(role: str) -> Any:
    """A dependency: the caller, at least `role`, else Denied."""

    def check(request: Request) -> Principal:
        who = principal(request)
        if who is None:
            raise Denied(401, "log in or send an API token")
        if not who.can(role):
            raise Denied(403, f"this needs an {role}; {who.user.name} may not")
        return who

    return check


Reader = Annotated[Principal, Depends(need("reader"))]
Editor = Annotated[Principal, Depends(need("editor"))]


def check_csrf(request: Request, who: Principal, token: str | None) -> None:
    """A session's writes carry its CSRF token (a form field or X-CSRF-Token) and, when the
    browser says where it comes from, this site's origin. Token callers need neither."""
    if who.via != "session":
        return
    sent = token or request.headers.get(CSRF_HEADER) or ""
    if who.csrf is None or not hmac.compare_digest(sent.encode(), who.csrf.encode()):
        raise Denied(403, "missing or wrong CSRF token; reload the form")
    origin = request.headers.get("origin")
    if origin and origin != f"{request.url.scheme}://{request.url.netloc}":
        raise Denied(403, "cross-site request refused")


def denied_response(request: Request, exc: Denied) -> Response:
    if request.url.path.startswith("/api/"):
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return JSONResponse({"detail": exc.detail}, status_code=exc.status, headers=headers)
    tpl = request.app.state.templates
    page: Response = tpl.TemplateResponse(
        request,
        "auth_denied.html",
        {"title": "Not allowed", "detail": exc.detail, "status": exc.status},
        status_code=exc.status,
    )
    return page


# login, rate-limited


class RateLimit:
    """At most `tries` failed logins per key in `window` seconds (in memory, per process)."""

    def __init__(self, tries: int = LOGIN_TRIES, window: float = LOGIN_WINDOW) -> None:
        self.tries, self.window = tries, window
        self.failures: dict[str, deque[float]] = defaultdict(deque)

    def blocked(self, key: str) -> bool:
        q = self.failures[key]
        while q and q[0] < time.monotonic() - self.window:
            q.popleft()
        return len(q) >= self.tries

    def fail(self, key: str) -> None:
        self.failures[key].append(time.monotonic())


def _limits(request: Request) -> RateLimit:
    limit: RateLimit = request.app.state.login_limit
    return limit


def _form(request: Request, name: str, **context: Any) -> HTMLResponse:
    page: HTMLResponse = request.app.state.templates.TemplateResponse(
        request, name, context, status_code=context.pop("status", 200)
    )
    return page


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request) -> HTMLResponse:
    return _form(request, "auth_login.html", title="Log in", error=None)


@router.post("/login")
def login(request: Request, form: FormFields) -> Response:
    name, password = form.get("name", "")[:100], form.get("password", "")
    client = request.client.host if request.client else "?"
    keys = (f"ip:{client}", f"user:{name}")
    limit = _limits(request)
    if any(limit.blocked(k) for k in keys):
        return _form(
            request,
            "auth_login.html",
            title="Log in",
            error="Too many failed attempts; wait a few minutes.",
            status=429,
        )
    user = accounts.login(_store(request), name, password)
    if user is None:
        for k in keys:
            limit.fail(k)
        return _form(
            request, "auth_login.html", title="Log in", error="Wrong name or password.", status=401
        )
    sid, _ = accounts.start_session(_store(request), user)
    response = RedirectResponse("/review" if user.can("editor") else "/", status_code=303)
    response.set_cookie(
        COOKIE,
        sid,
        max_age=accounts.SESSION_HOURS * 3600,
        secure=True,
        httponly=True,
        samesite="lax",
        path="/",
    )
    return response


@router.post("/logout")
def logout(request: Request, who: Reader, form: FormFields) -> Response:
    check_csrf(request, who, form.get(CSRF_FIELD))
    if who.sid:
        accounts.end_session(_store(request), who.sid)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(COOKIE, path="/", secure=True, httponly=True, samesite="lax")
    return response


# the whole app: body size limit, private mode (headers: `plenary.web.security_headers`)


class Guard(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        if request.method in ("POST", "PUT", "PATCH"):
            length = request.headers.get("content-length")
            if length is None and "chunked" in request.headers.get("transfer-encoding", ""):
                return JSONResponse({"detail": "send a Content-Length"}, status_code=411)
            if length is not None and (not length.isdigit() or int(length) > MAX_BODY):
                return JSONResponse({"detail": "request body too large"}, status_code=413)
        if os.environ.get("PLENARY_PRIVATE") == "1" and not _public(request.url.path):
            try:
                who = principal(request)
            except Exception:  # noqa: BLE001 - a broken store must not open the site
                who = None
            if who is None or not who.can("reader"):
                return denied_response(request, Denied(401, "this Plenary is private; log in"))
        return await call_next(request)


def _public(path: str) -> bool:
    return path in ("/login", "/logout") or path.startswith("/static/")


def install(app: FastAPI) -> None:
    """Add login, the review queue and the write routes to the app."""
    from plenary.web import auth_review

    app.state.login_limit = RateLimit()
    app.include_router(router)
    app.include_router(auth_review.router)
    app.include_router(auth_review.api)
    app.add_exception_handler(Denied, denied_response)  # type: ignore[arg-type]
    app.add_middleware(Guard)
