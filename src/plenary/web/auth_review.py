"""The review queue and the write routes, for editors only: the page with accept / reject /
correct / merge forms (session + CSRF token), and the API (`/api/decisions`, Bearer edit token,
or a session sending X-CSRF-Token). Every write is a decision in the store's log."""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from plenary.store import Store
from plenary.store import decisions as dec
from plenary.web.auth import Editor, FormFields, check_csrf

router = APIRouter(include_in_schema=False)
api = APIRouter(prefix="/api", tags=["review"])
DENIED: dict[int | str, dict[str, Any]] = {
    401: {"description": "No credentials: log in or send `Authorization: Bearer` token"},
    403: {"description": "Credentials without the editor role or the edit scope"},
}
Threshold = Annotated[float, Query(ge=0.0, le=1.0, description="Facts below this confidence")]


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


@router.get("/review", response_class=HTMLResponse)
def review_page(
    request: Request,
    who: Editor,
    below: Threshold = 0.6,
    done: Annotated[int | None, Query(ge=0, le=2**31 - 1)] = None,
    error: Annotated[str | None, Query(max_length=500)] = None,
) -> HTMLResponse:
    queue = dec.review_queue(_store(request), below)
    page: HTMLResponse = request.app.state.templates.TemplateResponse(
        request,
        "auth_review.html",
        {
            "title": "Review queue",
            "queue": queue,
            "below": below,
            "who": who,
            "done": done,
            "error": error,
            "log": dec.audit_log(_store(request))[-20:][::-1],
            "payload": lambda p: json.dumps(p, ensure_ascii=False),
        },
    )
    return page


@router.post("/review/decide")
def review_decide(request: Request, who: Editor, form: FormFields) -> Response:
    check_csrf(request, who, form.get("csrf"))
    action, target = form.get("action", ""), form.get("target", "")
    fields: dict[str, Any] = {}
    if action == "correct" and form.get("field"):
        try:
            fields[form["field"]] = json.loads(form.get("value", ""))
        except json.JSONDecodeError:
            fields[form["field"]] = form.get("value", "")
    try:
        made = dec.decide(
            _store(request),
            action,
            target,
            author=who.user.name,
            reason=form.get("reason") or None,
            other=form.get("other") or None,
            fields=fields,
        )
    except dec.DecisionError as exc:
        return RedirectResponse(f"/review?{_q(error=str(exc))}", status_code=303)
    return RedirectResponse(f"/review?done={made.id}", status_code=303)


@router.post("/review/undo")
def review_undo(request: Request, who: Editor, form: FormFields) -> Response:
    check_csrf(request, who, form.get("csrf"))
    number = form.get("decision", "")
    try:
        if not number.isdigit() or not 0 < int(number) < 2**31:
            raise dec.DecisionError(f"no decision {number[:20]!r}")
        dec.undo(_store(request), int(number), author=who.user.name)
    except dec.DecisionError as exc:
        return RedirectResponse(f"/review?{_q(error=str(exc))}", status_code=303)
    return RedirectResponse("/review", status_code=303)


def _q(**values: str) -> str:
    from urllib.parse import urlencode

    return urlencode({k: v[:400] for k, v in values.items()})


# the API


class DecisionIn(BaseModel):
    """One editor's decision, as `plenary decide` takes it."""

    model_config = ConfigDict(extra="forbid")
    action: Literal["accept", "reject", "correct", "merge", "split"]
    target: str = Field(min_length=1, max_length=300, description="Fact id or record id")
    other: str | None = Field(None, max_length=300, description="merge: the record absorbed")
    fields: dict[str, Any] = Field(default_factory=dict, description="correct: the new fields")
    facts: list[str] = Field(default_factory=list, max_length=1000, description="split: facts")
    reason: str | None = Field(None, max_length=2000)


class UndoIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reason: str | None = Field(None, max_length=2000)


@api.get("/review", responses=DENIED)
def api_review(request: Request, who: Editor, below: Threshold = 0.6) -> dict[str, list[Any]]:
    """The review queue: low-confidence facts no decision covers, conflicts, unknown people."""
    return dec.review_queue(_store(request), below)


@api.get("/decisions")
def api_decisions(request: Request) -> list[dict[str, Any]]:
    """The audit log: every decision and undo, oldest first, with author and reason."""
    return dec.audit_log(_store(request))


@api.post(
    "/decisions",
    status_code=201,
    responses=DENIED | {422: {"description": "The decision cannot be made"}},
)
def api_decide(request: Request, body: DecisionIn, who: Editor) -> Any:
    """Record a decision and rebuild the registry with it."""
    check_csrf(request, who, None)
    try:
        made = dec.decide(
            _store(request),
            body.action,
            body.target,
            author=who.user.name,
            reason=body.reason,
            other=body.other,
            fields=body.fields,
            facts=body.facts,
        )
    except dec.DecisionError as exc:
        return JSONResponse({"detail": str(exc)}, status_code=422)
    return {"id": made.id, "changes": made.changes, "unresolved": made.unresolved}


@api.post(
    "/decisions/{decision_id}/undo",
    responses=DENIED | {422: {"description": "No such decision, or already undone"}},
)
def api_undo(
    request: Request,
    who: Editor,
    decision_id: Annotated[int, Path(ge=1, le=2**31 - 1)],
    body: UndoIn | None = None,
) -> Any:
    """Take a decision out of force (it stays in the log) and rebuild."""
    check_csrf(request, who, None)
    try:
        made = dec.undo(
            _store(request), decision_id, author=who.user.name, reason=body.reason if body else None
        )
    except dec.DecisionError as exc:
        return JSONResponse({"detail": str(exc)}, status_code=422)
    return {"id": made.id, "changes": made.changes}
