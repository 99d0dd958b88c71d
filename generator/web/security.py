"""What keeps the page safe: the access token, the browser session and its CSRF token, response
headers, and the request body limit. Pure ASGI middleware plus a few helpers the routes call."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

SESSION_COOKIE = "kam_session"
AUTH_COOKIE = "kam_auth"
LANG_COOKIE = "kam_lang"

CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cache-control", b"no-store"),
]

LOOPBACK = ("127.0.0.1", "::1", "localhost")


def is_loopback(host: str) -> bool:
    """Return True when `host` only accepts connections from this machine."""
    return host in LOOPBACK or host.startswith("127.")


@dataclass(frozen=True)
class Keys:
    """The server's secrets for one run: signing key and the optional access token."""

    secret: bytes
    token: str | None = None

    @classmethod
    def new(cls, token: str | None) -> Keys:
        """Return fresh keys (sessions do not outlive the server)."""
        return cls(secrets.token_bytes(32), token)

    def sign(self, purpose: str, value: str) -> str:
        """Return an HMAC of `value` for `purpose` (hex)."""
        return hmac.new(self.secret, f"{purpose}:{value}".encode(), hashlib.sha256).hexdigest()

    def csrf(self, session: str) -> str:
        """Return the CSRF token of the browser session `session`."""
        return self.sign("csrf", session)

    def csrf_ok(self, session: str, token: str | None) -> bool:
        """Return True when `token` is the CSRF token of `session`."""
        return bool(session and token) and hmac.compare_digest(self.csrf(session), token or "")

    def auth_cookie(self) -> str:
        """Return the value of the cookie that proves the token was given."""
        return self.sign("auth", self.token or "")

    def authorised(self, headers: dict[str, str], cookies: dict[str, str]) -> bool:
        """Return True when no token is required, or the request carries it (header or login cookie)."""
        if not self.token:
            return True
        bearer = headers.get("authorization", "")
        if bearer.startswith("Bearer ") and hmac.compare_digest(bearer[7:].strip(), self.token):
            return True
        return hmac.compare_digest(cookies.get(AUTH_COOKIE, ""), self.auth_cookie())

    def token_ok(self, given: str | None) -> bool:
        """Return True when `given` is the access token."""
        return bool(self.token) and hmac.compare_digest((given or "").strip(), self.token or "")


class SecurityHeaders:
    """ASGI middleware: every HTTP response carries the security headers above."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message):
            if message["type"] == "http.response.start":
                names = {name for name, _ in message.get("headers", [])}
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [h for h in HEADERS if h[0] not in names]
            await send(message)

        return await self.app(scope, receive, with_headers)


class BodyTooLarge(Exception):
    """The request body went past the upload limit."""


class BodyLimit:
    """ASGI middleware: a request body larger than `limit` bytes is refused with 413, announced or not.

    A declared Content-Length over the limit is refused before reading; a chunked body is
    counted as it arrives and cut off once past the limit.
    """

    def __init__(self, app, limit: int, refuse):
        self.app = app
        self.limit = limit
        self.refuse = refuse  # (scope) -> ASGI app answering 413

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            return await self.refuse(scope)(scope, receive, send)
        seen = 0
        started = False

        async def counted():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise BodyTooLarge()
            return message

        async def tracking(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, tracking)
        except BodyTooLarge:
            if not started:
                await self.refuse(scope)(scope, receive, send)
