"""Security headers on every response: a Content-Security-Policy that lets the pages load only
this site's stylesheet (they need no script, so none may run: an injected `<script>` or
`onerror=` is refused by the browser even if escaping ever failed), no framing by other sites,
no MIME sniffing, no referrer to other sites.

The API documentation (`/docs`, `/redoc`) is FastAPI's: Swagger UI and ReDoc from their CDN
with one inline script, so those pages get their own policy allowing that CDN and exactly the
inline scripts the page carries (by SHA-256 hash), never arbitrary inline script."""

from __future__ import annotations

import base64
import hashlib
import re

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

POLICY = "; ".join(
    (
        "default-src 'none'",
        "style-src 'self'",
        "img-src 'self' data:",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    )
)
"""The pages': this site's stylesheet and images, forms posting here, nothing else."""

HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
"""The rest; X-Frame-Options for browsers older than CSP's frame-ancestors."""

DOCS = frozenset(("/docs", "/docs/oauth2-redirect", "/redoc"))
CDN = "https://cdn.jsdelivr.net"
_INLINE_SCRIPT = re.compile(rb"<script>(.*?)</script>", re.S)


def docs_policy(body: bytes) -> str:
    """The documentation pages' policy: scripts from the CDN and the page's own inline ones."""
    hashes = [
        "'sha256-" + base64.b64encode(hashlib.sha256(script).digest()).decode() + "'"
        for script in _INLINE_SCRIPT.findall(body)
    ]
    return "; ".join(
        (
            "default-src 'none'",
            " ".join(("script-src", CDN, *hashes)),
            f"style-src {CDN} https://fonts.googleapis.com 'unsafe-inline'",
            "font-src https://fonts.gstatic.com",
            "img-src 'self' data: https://fastapi.tiangolo.com",
            "connect-src 'self'",
            "worker-src blob:",
            "form-action 'self'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        )
    )


class SecurityHeaders:
    """ASGI middleware adding the headers above to every HTTP response that lacks them."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["path"] in DOCS:
            await self._docs(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                _add(message, POLICY)
            await send(message)

        await self.app(scope, receive, send_with_headers)

    async def _docs(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Hold the (small) documentation page until its body is known, to hash its scripts."""
        start: Message | None = None
        body: list[bytes] = []

        async def held(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                return
            if message["type"] == "http.response.body" and start is not None:
                body.append(message.get("body", b""))
                if message.get("more_body", False):
                    return
                _add(start, docs_policy(b"".join(body)))
                await send(start)
                await send({"type": "http.response.body", "body": b"".join(body)})
                return
            await send(message)

        await self.app(scope, receive, held)


def _add(start: Message, policy: str) -> None:
    headers = MutableHeaders(scope=start)
    headers.setdefault("Content-Security-Policy", policy)
    for name, value in HEADERS.items():
        headers.setdefault(name, value)
