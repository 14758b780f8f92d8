"""The desk's web application: the page, the JSON API, and who may use them.

Routes:
    GET  /             the page (Vietnamese; ?lang=en)
    GET  /api/health   {"status": "ok", "version": …}
    POST /api/check    multipart `files` (+ `config`) → the camket-report/1 object
    POST /check        the same upload, for the page: progress, then the reports, as
                       newline-delimited JSON events (see CheckEndpoint)
    /static/…          the page's script and style

Each check request gets a private folder (upload.Workspace) that is deleted when the request
ends, whatever way it ends; the check itself runs in a child process (runner)."""

from __future__ import annotations

import base64
import contextlib
import hmac
import html
import json
import logging
import os
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import anyio
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from linter import __version__
from linter.read import READABLE_SUFFIXES
from linter.serve import unzip
from linter.serve.limits import Limits, Refused, megabytes
from linter.serve.messages import LANGS, lang_of, say
from linter.serve.page_text import PAGE, SCRIPT, texts
from linter.serve.runner import Outcome, Running, run_check
from linter.serve.upload import CONFIG_NAME, Workspace, receive

HERE = Path(__file__).resolve().parent
LOG = logging.getLogger("camket.serve")
NDJSON = "application/x-ndjson"
# The page loads its own script and style only; the report it embeds has an inline style.
PAGE_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "connect-src 'self'; img-src 'self' data:; frame-src 'self'; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'"
)
SIDECARS = {CONFIG_NAME, ".camket-ignore.yaml"}


@dataclass(frozen=True)
class Desk:
    """How the application is set up: its limits, the access token (None: no token, for a
    server bound to this computer only), the host names it answers to (None: any), and
    where request folders are made (None: the system's temporary folder); how much the page
    shows at once."""

    limits: Limits = field(default_factory=Limits)
    token: str | None = None
    hosts: tuple[str, ...] | None = None
    temp_parent: Path | None = None
    # The page lists at most this many findings at once (a filter shows the others) and shows
    # the full report in place only up to this many characters (a corpus committee's is 0.7
    # million; 500 files' 24 million keep a browser busy for minutes): past it, on request.
    table_rows: int = 1000
    embed_chars: int = 6_000_000


# ------------------------------------------------------------------ access


def _wants_json(scope: Scope) -> bool:
    path = scope.get("path", "")
    return path.startswith("/api/") or path == "/check"


def _error_response(scope: Scope, status: int, code: str, message: str) -> Response:
    if _wants_json(scope):
        return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)
    return HTMLResponse(
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>camket</title></head>'
        f"<body><p>{html.escape(message)}</p></body></html>",
        status_code=status,
    )


class TokenGate:
    """Every request carries the token — `Authorization: Bearer T` or `?token=T` — when the
    server has one (it must, on an address other computers reach)."""

    def __init__(self, app: ASGIApp, token: str | None) -> None:
        self.app = app
        self.token = token.encode("utf-8") if token else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.token is None or self._carries(scope):
            await self.app(scope, receive, send)
            return
        lang = lang_of(Request(scope).query_params.get("lang"))
        response = _error_response(scope, 401, "auth.required", say("auth.required", lang))
        response.headers["WWW-Authenticate"] = "Bearer"
        await response(scope, receive, send)

    def _carries(self, scope: Scope) -> bool:
        assert self.token is not None
        request = Request(scope)
        header = request.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        given = value.strip() if scheme.lower() == "bearer" else ""
        given = given or request.query_params.get("token", "")
        return hmac.compare_digest(given.encode("utf-8"), self.token)


class Guarded:
    """Headers every response gets: no caching of reports, no sniffing, no referrer (the
    address may hold the token), and the page's content policy."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def guarded(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                extra = {
                    b"x-content-type-options": b"nosniff",
                    b"referrer-policy": b"no-referrer",
                    b"x-frame-options": b"DENY",
                    b"content-security-policy": PAGE_POLICY.encode(),
                }
                if not scope.get("path", "").startswith("/static/"):
                    extra[b"cache-control"] = b"no-store"
                headers += [(k, v) for k, v in extra.items() if k not in names]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, guarded)


# ------------------------------------------------------------------ the check


def _entries(root: Path) -> list[str]:
    """What the check is given, as one would name it in the upload's folder: its folders and
    the documents lying loose in it (not its camket.yaml, not files of other types)."""

    def named(entry: os.DirEntry[str]) -> bool:
        if entry.is_dir(follow_symlinks=False):
            return True
        document = Path(entry.name).suffix.lower() in READABLE_SUFFIXES
        return entry.is_file(follow_symlinks=False) and document and entry.name not in SIDECARS

    return sorted(entry.name for entry in os.scandir(root) if named(entry))


def _place_config(workspace: Workspace, entries: list[str]) -> str | None:
    """A camket.yaml sent on its own goes where the user's would be: in the one folder sent,
    else beside the loose files; it is then the check's --config."""
    if not workspace.config.exists():
        return None
    folders = [name for name in entries if (workspace.root / name).is_dir()]
    relative = (
        f"{folders[0]}/{CONFIG_NAME}" if folders == entries and len(folders) == 1 else CONFIG_NAME
    )
    os.replace(workspace.config, workspace.root / relative)
    return relative


async def _until_disconnected(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


async def _unless_client_leaves(
    receive: Receive, work: Callable[[], Awaitable[Outcome]]
) -> Outcome | None:
    """The work's outcome, or None when the client left first (the work is then cancelled)."""
    outcome: Outcome | None = None
    async with anyio.create_task_group() as group:

        async def watch() -> None:
            await _until_disconnected(receive)
            group.cancel_scope.cancel()

        group.start_soon(watch)
        outcome = await work()
        group.cancel_scope.cancel()
    return outcome


class CheckEndpoint:
    """POST /api/check (`streaming` False) and POST /check (True).

    The upload is refused (413/400, a JSON error) as soon as it breaks a limit. The page's
    endpoint then sends, one JSON object a line: {"event": "progress", "done", "total"} and
    {"event": "stage", "stage"} while the check runs, then {"event": "report", "json" (the
    report's text), "people"}, {"event": "html", "html"}, {"event": "xlsx", "base64"}, {"event":
    "annotated", "base64"} (when there are annotated copies) and {"event": "end"}; an error
    after the first line is {"event": "error", "code", "message"}."""

    def __init__(self, desk: Desk, running: Running, streaming: bool) -> None:
        self.desk, self.running, self.streaming = desk, running, streaming

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        asked = request.query_params.get("lang")
        say_lang, check_lang = lang_of(asked), (asked if asked in LANGS else None)
        try:
            workspace = await anyio.to_thread.run_sync(Workspace.create, self.desk.temp_parent)
        except OSError as error:
            refusal = Refused(507, "upload.disk", error=error.strerror or type(error).__name__)
            await JSONResponse(refusal.as_dict(say_lang), status_code=507)(scope, receive, send)
            return
        try:
            try:
                entries, config = await self._receive(request, workspace)
            except Refused as refusal:
                response = JSONResponse(refusal.as_dict(say_lang), status_code=refusal.status)
                response.headers["Connection"] = "close"
                await response(scope, receive, send)
                return
            except ClientDisconnect:
                return

            async def work(listener: Any = None) -> Outcome:
                return await run_check(
                    workspace, entries, config, check_lang, say_lang, self.running, listener
                )

            if self.streaming:
                await self._stream(workspace, work, scope, receive, send)
            else:
                await self._answer(workspace, work, scope, receive, send)
        finally:
            await anyio.to_thread.run_sync(workspace.remove)

    async def _receive(
        self, request: Request, workspace: Workspace
    ) -> tuple[list[str], str | None]:
        limits = self.desk.limits
        headers = request.headers
        upload = await receive(
            request.stream(),
            headers.get("content-type"),
            headers.get("content-length"),
            workspace,
            limits,
        )
        await anyio.to_thread.run_sync(unzip.expand, workspace.root, upload.files, limits)
        entries = _entries(workspace.root)
        if not entries:
            raise Refused(400, "check.no_files")
        return entries, _place_config(workspace, entries)

    async def _answer(
        self,
        workspace: Workspace,
        work: Callable[[], Awaitable[Outcome]],
        scope: Scope,
        receive: Receive,
        send: Send,
    ) -> None:
        outcome = await _unless_client_leaves(receive, work)
        if outcome is None:
            return
        if not outcome.ok:
            _log(outcome)
            response: Response = JSONResponse(outcome.error(), status_code=outcome.status)
        else:
            body = await anyio.Path(workspace.out / "report.json").read_bytes()
            response = Response(body, media_type="application/json")
        await response(scope, receive, send)

    async def _stream(
        self,
        workspace: Workspace,
        work: Callable[[Any], Awaitable[Outcome]],
        scope: Scope,
        receive: Receive,
        send: Send,
    ) -> None:
        started = False

        async def line(event: dict[str, object]) -> None:
            nonlocal started
            if not started:
                started = True
                await send(
                    {
                        "type": "http.response.start",
                        "status": 200,
                        "headers": [(b"content-type", NDJSON.encode())],
                    }
                )
            data = json.dumps(event, ensure_ascii=False).encode("utf-8") + b"\n"
            await send({"type": "http.response.body", "body": data, "more_body": True})

        outcome = await _unless_client_leaves(receive, lambda: work(line))
        if outcome is None:
            return
        if not outcome.ok:
            _log(outcome)
            if not started:
                response = JSONResponse(outcome.error(), status_code=outcome.status)
                await response(scope, receive, send)
                return
            await line({"event": "error", "code": outcome.code, "message": outcome.message})
        else:
            async for event in _results(workspace.out):
                await line(event)
        await send({"type": "http.response.body", "body": b"", "more_body": False})


async def _results(out: Path) -> AsyncIterator[dict[str, object]]:
    """The reports as the page's events, one at a time (a large batch's HTML is megabytes)."""
    report = await anyio.Path(out / "report.json").read_text(encoding="utf-8")
    people = json.loads(await anyio.Path(out / "people.json").read_text(encoding="utf-8"))
    yield {"event": "report", "json": report, "people": people}  # the JSON as check prints it
    del report, people
    yield {
        "event": "html",
        "html": await anyio.Path(out / "report.html").read_text(encoding="utf-8"),
    }
    xlsx = await anyio.Path(out / "report.xlsx").read_bytes()
    yield {"event": "xlsx", "base64": base64.b64encode(xlsx).decode("ascii")}
    annotated = anyio.Path(out / "annotated.zip")
    if await annotated.exists():
        data = await annotated.read_bytes()
        yield {"event": "annotated", "base64": base64.b64encode(data).decode("ascii")}
    yield {"event": "end"}


def _log(outcome: Outcome) -> None:
    if outcome.status >= 500:
        LOG.warning("check failed: %s %s", outcome.message, outcome.log.strip()[-2000:])


# ------------------------------------------------------------------ the page


def _page_endpoint(desk: Desk) -> Callable[[Request], Awaitable[Response]]:
    templates = Jinja2Templates(directory=str(HERE / "templates"))

    async def page(request: Request) -> Response:
        lang = lang_of(request.query_params.get("lang"))
        token = request.query_params.get("token", "") if desk.token else ""
        limits = desk.limits
        words = texts(PAGE, lang)
        words["limits"] = words["limits"].format(
            files=limits.files,
            total=megabytes(limits.total_bytes),
            file=megabytes(limits.file_bytes),
        )
        suffixes = sorted({*READABLE_SUFFIXES, unzip.ZIP_SUFFIX})
        settings = {
            "lang": lang,
            "token": token,
            "limits": {
                "files": limits.files,
                "total_bytes": limits.total_bytes,
                "file_bytes": limits.file_bytes,
            },
            "table_rows": desk.table_rows,
            "embed_chars": desk.embed_chars,
            "suffixes": suffixes,
            "sidecars": sorted(SIDECARS),
            "texts": texts(SCRIPT, lang),
        }
        query = "?" + urlencode({"token": token}) if token else ""
        other = "en" if lang == "vi" else "vi"
        return templates.TemplateResponse(
            request,
            "index.html",
            {
                "lang": lang,
                "t": words,
                "settings": settings,
                "query": query,
                "other_lang": "?"
                + urlencode({"lang": other, **({"token": token} if token else {})}),
                "accept": ",".join(suffixes),
                "version": __version__,
            },
        )

    return page


async def health(request: Request) -> Response:
    return JSONResponse({"status": "ok", "version": __version__})


def _errors() -> dict[Any, Callable[[Request, Exception], Awaitable[Response]]]:
    async def http_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, HTTPException)
        lang = lang_of(request.query_params.get("lang"))
        code = {404: "not_found", 405: "method"}.get(error.status_code)
        message = say(code, lang) if code else str(error.detail)
        return _error_response(request.scope, error.status_code, code or "http", message)

    return {HTTPException: http_error}


def create_app(desk: Desk | None = None) -> Starlette:
    """The desk's application, for uvicorn or a test client."""
    desk = desk or Desk()
    running = Running()

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            running.stop_all()

    middleware = [Middleware(Guarded), Middleware(TokenGate, token=desk.token)]
    if desk.hosts is not None:
        middleware.insert(0, Middleware(TrustedHostMiddleware, allowed_hosts=list(desk.hosts)))
    routes = [
        Route("/", _page_endpoint(desk), methods=["GET"]),
        Route("/api/health", health, methods=["GET"]),
        Route("/api/check", CheckEndpoint(desk, running, streaming=False), methods=["POST"]),
        Route("/check", CheckEndpoint(desk, running, streaming=True), methods=["POST"]),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    app = Starlette(
        routes=routes, middleware=middleware, exception_handlers=_errors(), lifespan=lifespan
    )
    app.state.running = running
    return app
