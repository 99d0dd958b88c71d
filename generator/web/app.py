"""The web app: pages and downloads over the same loaders and renderers as the commands.

Every request is answered from memory or from a job in the worker pool; uploads are kept in
an in-memory Store for their downloads, and each job works in its own temporary folder.
No request path ever names a file: data briefs and uploads are looked up by id.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import hashlib
import multiprocessing
import multiprocessing.managers
import os
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from generator.i18n import LANGUAGES, Texts
from generator.web import documents
from generator.web.security import AUTH_COOKIE, LANG_COOKIE, SESSION_COOKIE, BodyLimit, Keys, SecurityHeaders
from generator.web.store import Entry, Store
from generator.web.uploads import UploadError, brief_candidates, collect, safe_relative

PAGES = Path(__file__).with_name("pages")
STATIC = Path(__file__).with_name("static")
JOB_TTL = 60 * 60


@dataclass
class Settings:
    """How one server runs (what `kam serve` was given)."""

    data: Path | None = None
    token: str | None = None
    max_upload: int = 20 * 1024 * 1024
    language: str | None = None
    workers: int = field(default_factory=lambda: max(1, os.cpu_count() or 1))


@dataclass
class Job:
    """A long job (an archive) the page follows: its progress and, when done, its outcome."""

    owner: str
    future: concurrent.futures.Future
    progress: object
    review: bool = False
    started: float = field(default_factory=time.monotonic)


class Server:
    """The state one app holds: settings, keys, uploads, jobs, the worker pool and the page templates."""

    def __init__(self, settings: Settings):
        import jinja2

        self.settings = settings
        self.keys = Keys.new(settings.token)
        self.store = Store()
        self.jobs: dict[str, Job] = {}
        self.pool: concurrent.futures.ProcessPoolExecutor | None = None
        self.manager: multiprocessing.managers.SyncManager | None = None
        self.summaries: dict[tuple, documents.Summary] = {}
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(PAGES),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def start(self) -> None:
        """Start the worker pool (spawned processes: safe beside the server's threads)."""
        self.pool = concurrent.futures.ProcessPoolExecutor(
            self.settings.workers, mp_context=multiprocessing.get_context("spawn")
        )

    def stop(self) -> None:
        """Stop the workers and forget everything held in memory."""
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None
        if self.manager is not None:
            self.manager.shutdown()
            self.manager = None
        self.jobs.clear()

    async def run(self, function, *args):
        """Return `function(*args)` computed in the worker pool, leaving the event loop free."""
        if self.pool is None:
            self.start()
        return await asyncio.get_running_loop().run_in_executor(self.pool, function, *args)

    def shared_progress(self):
        """Return a mapping a worker can update and the page can read."""
        if self.manager is None:
            self.manager = multiprocessing.get_context("spawn").Manager()
        return self.manager.dict()


# ---- request helpers -------------------------------------------------------------------------


def language_of(request: Request) -> str:
    """Return the page language: the switch (cookie), else --lang, else the browser's Accept-Language, else English."""
    chosen = request.cookies.get(LANG_COOKIE)
    if chosen in LANGUAGES:
        return chosen
    server: Server = request.app.state.server
    if server.settings.language in LANGUAGES:
        return server.settings.language
    for part in request.headers.get("accept-language", "").split(","):
        tag = part.split(";")[0].strip().lower()
        if tag.startswith("zh"):
            return "zh"
        if tag.startswith("en"):
            return "en"
    return "en"


def session_of(request: Request) -> str:
    """Return the browser session id (a new one when the browser has none yet)."""
    sid = request.cookies.get(SESSION_COOKIE, "")
    if len(sid) < 20:
        sid = request.state.__dict__.setdefault("new_session", secrets.token_urlsafe(24))
    return sid


def page(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    """Return the page `name` rendered in the request's language, with the session cookie set."""
    server: Server = request.app.state.server
    language = language_of(request)
    texts = Texts(language)
    sid = session_of(request)
    html = server.env.get_template(name).render(
        t=texts.t,
        lang=language,
        other_lang="en" if language == "zh" else "zh",
        csrf=server.keys.csrf(sid),
        path=request.url.path,
        token_required=bool(server.settings.token),
        has_data=server.settings.data is not None,
        **context,
    )
    response = HTMLResponse(html, status_code=status)
    _remember_session(request, response, sid)
    return response


def _remember_session(request: Request, response: Response, sid: str) -> None:
    if request.cookies.get(SESSION_COOKIE) != sid:
        response.set_cookie(SESSION_COOKIE, sid, httponly=True, samesite="strict", path="/")


def message_page(request: Request, status: int, key: str, **values) -> HTMLResponse:
    """Return a page saying one thing (a label of the web catalogue) with an HTTP status."""
    texts = Texts(language_of(request))
    return page(request, "message.html.j2", status=status, message=texts.t(key, **values))


async def checked_form(request: Request):
    """Return the request's form once its CSRF token is that of the session; raise 403 otherwise."""
    server: Server = request.app.state.server
    try:
        form = await request.form(max_files=60, max_fields=100)
    except ClientDisconnect:
        raise HTTPException(400) from None
    sid = request.cookies.get(SESSION_COOKIE, "")
    token = form.get("csrf")
    if not server.keys.csrf_ok(sid, token if isinstance(token, str) else None):
        await form.close()
        raise HTTPException(403)
    return form


def download(made: documents.Made) -> Response:
    """Return `made` as a download with a safe file name (ASCII fallback and RFC 5987 UTF-8 name)."""
    name = safe_relative(made.name) or "document"
    name = name.replace("/", "_")
    ascii_name = name.encode("ascii", "ignore").decode() or "document"
    ascii_name = "".join(c for c in ascii_name if c not in '"\\;') or "document"
    media = {
        ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".pdf": "application/pdf",
        ".zip": "application/zip",
        ".yaml": "application/yaml",
    }.get(Path(name).suffix.lower(), "application/octet-stream")
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"
    return Response(made.data, media_type=media, headers={"content-disposition": disposition})


# ---- data briefs -------------------------------------------------------------------------------


def data_briefs(server: Server) -> dict[str, str]:
    """Return id → relative path of the briefs in --data (the folder and its direct sub-folders)."""
    folder = server.settings.data
    if folder is None or not folder.is_dir():
        return {}
    found = {}
    for path in sorted([*folder.glob("*"), *folder.glob("*/*")]):
        if not path.is_file() or path.name.startswith("."):
            continue
        relative = path.relative_to(folder).as_posix()
        if path.stat().st_size > 10 * 1024 * 1024:
            continue
        head = path.read_bytes() if path.suffix.lower() == ".xlsx" else path.read_bytes()[:4096]  # a workbook: whole
        if brief_candidates({relative: head}):
            found[hashlib.sha256(relative.encode()).hexdigest()[:16]] = relative
    return found


async def data_summary(server: Server, relative: str, language: str) -> documents.Summary:
    """Return the summary of a data brief, cached until the file changes."""
    path = server.settings.data / relative  # type: ignore[operator]
    stat = path.stat()
    key = (relative, stat.st_mtime_ns, stat.st_size, language)
    if key not in server.summaries:
        if len(server.summaries) > 1000:
            server.summaries.clear()
        server.summaries[key] = await server.run(
            documents.summarise, None, relative, str(server.settings.data), language
        )
    return server.summaries[key]


# ---- routes -------------------------------------------------------------------------------------


async def home(request: Request) -> Response:
    server: Server = request.app.state.server
    language = language_of(request)
    briefs = data_briefs(server)
    summaries = await asyncio.gather(*(data_summary(server, rel, language) for rel in briefs.values()))
    return page(
        request,
        "home.html.j2",
        briefs=list(zip(briefs.keys(), summaries)),
        max_upload=_megabytes(server.settings.max_upload),
        office=_office_available(),
    )


async def uploaded_files(request: Request):
    """Return the files of the request's `files` field, collected within the server's upload limit,
    and the form (CSRF-checked, its uploads closed; its text fields still readable). Raise
    UploadError for what the limit or the file kinds refuse."""
    server: Server = request.app.state.server
    form = await checked_form(request)
    try:
        items = [(f.filename or "", await f.read()) for f in form.getlist("files") if isinstance(f, UploadFile)]
        return collect(items, max_bytes=server.settings.max_upload), form
    finally:
        await form.close()


async def upload(request: Request) -> Response:
    server: Server = request.app.state.server
    try:
        files, _ = await uploaded_files(request)
    except UploadError as exc:
        return message_page(request, 400, exc.key, **exc.values)
    briefs = brief_candidates(files)
    if not briefs:
        return message_page(request, 400, "web.no_brief")
    key = server.store.put(Entry(owner=session_of(request), files=files, extra={"briefs": briefs}))
    return RedirectResponse(f"/u/{key}", status_code=303)


def _upload_entry(request: Request) -> tuple[str, Entry]:
    server: Server = request.app.state.server
    key = request.path_params["key"]
    entry = server.store.get(key, request.cookies.get(SESSION_COOKIE, ""))
    if entry is None or entry.kind != "briefs":
        raise HTTPException(404)
    return key, entry


async def uploaded(request: Request) -> Response:
    server: Server = request.app.state.server
    key, entry = _upload_entry(request)
    language = language_of(request)
    summaries = await asyncio.gather(
        *(server.run(documents.summarise, entry.files, name, None, language) for name in entry.extra["briefs"])
    )
    return page(
        request,
        "briefs.html.j2",
        summaries=list(enumerate(summaries)),
        action=f"/u/{key}",
        kinds=documents.KINDS,
        office=_office_available(),
        saved=request.query_params.get("saved"),
    )


async def uploaded_make(request: Request) -> Response:
    key, entry = _upload_entry(request)
    form = await checked_form(request)
    brief = _pick(entry.extra["briefs"], form.get("brief"))
    return await _make(request, form.get("kind"), entry.files, brief, None)


async def uploaded_save(request: Request) -> Response:
    server: Server = request.app.state.server
    key, entry = _upload_entry(request)
    await checked_form(request)
    folder = server.settings.data
    if folder is None:
        raise HTTPException(404)
    target_dir = folder / f"upload-{time.strftime('%Y%m%d-%H%M%S')}-{key[:6]}"
    from generator.output import write_atomic

    for name, data in entry.files.items():
        write_atomic(target_dir / name, data)
    server.store.forget(key, request.cookies.get(SESSION_COOKIE, ""))
    return RedirectResponse("/?saved=1", status_code=303)


async def uploaded_forget(request: Request) -> Response:
    server: Server = request.app.state.server
    key, _ = _upload_entry(request)
    await checked_form(request)
    server.store.forget(key, request.cookies.get(SESSION_COOKIE, ""))
    return RedirectResponse("/", status_code=303)


def _data_brief(request: Request) -> str:
    server: Server = request.app.state.server
    relative = data_briefs(server).get(request.path_params["key"])
    if relative is None:
        raise HTTPException(404)
    return relative


async def data_brief(request: Request) -> Response:
    server: Server = request.app.state.server
    relative = _data_brief(request)
    summary = await data_summary(server, relative, language_of(request))
    return page(
        request,
        "briefs.html.j2",
        summaries=[(0, summary)],
        action=f"/d/{request.path_params['key']}",
        kinds=documents.KINDS,
        office=_office_available(),
        saved=None,
    )


async def data_make(request: Request) -> Response:
    server: Server = request.app.state.server
    relative = _data_brief(request)
    form = await checked_form(request)
    return await _make(request, form.get("kind"), None, relative, str(server.settings.data))


async def uploaded_preflight(request: Request) -> Response:
    _, entry = _upload_entry(request)
    form = await checked_form(request)
    return await _preflight(request, form, entry.files, _pick(entry.extra["briefs"], form.get("brief")), None)


async def data_preflight(request: Request) -> Response:
    server: Server = request.app.state.server
    relative = _data_brief(request)
    form = await checked_form(request)
    return await _preflight(request, form, None, relative, str(server.settings.data))


async def _preflight(request: Request, form, files, brief: str, data_dir: str | None) -> Response:
    server: Server = request.app.state.server
    upload = form.get("document")
    if not isinstance(upload, UploadFile) or not upload.filename:
        await form.close()
        return message_page(request, 400, "web.nothing_uploaded")
    name = safe_relative(Path(upload.filename.replace("\\", "/")).name) or "document"
    if not name.lower().endswith((".docx", ".pptx", ".xlsx", ".pdf")):
        await form.close()
        return message_page(request, 400, "web.preflight_kinds")
    data = await upload.read()
    await form.close()
    findings, problems = await server.run(
        documents.preflight, files, brief, data_dir, (name, data), language_of(request)
    )
    if problems:
        return page(request, "problems.html.j2", status=422, problems=problems)
    return page(
        request,
        "preflight.html.j2",
        findings=findings,
        document=name,
        errors=sum(1 for f in findings if f.severity == "error"),
    )


def _pick(names: list[str], index) -> str:
    try:
        return names[int(index)]
    except (TypeError, ValueError, IndexError):
        raise HTTPException(400) from None


async def _make(request: Request, kind_id, files, brief: str, data_dir: str | None) -> Response:
    server: Server = request.app.state.server
    chosen = documents.kind(kind_id) if isinstance(kind_id, str) else None
    if chosen is None:
        raise HTTPException(400)
    if chosen.id.endswith("-pdf") and not _office_available():
        return message_page(request, 409, "web.no_office")
    outcome = await server.run(documents.make, chosen.id, files, brief, data_dir, None)
    if outcome.problems or not outcome.files:
        return page(request, "problems.html.j2", status=422, problems=outcome.problems)
    if len(outcome.files) == 1:
        return download(outcome.files[0])
    return download(_zip_of(outcome.files))


def _zip_of(files) -> documents.Made:
    import io
    import zipfile

    from generator.output import normalise_zip

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for made in files:
            archive.writestr(made.name, made.data)
    return documents.Made("documents.zip", normalise_zip(buffer.getvalue()))


async def archive_start(request: Request) -> Response:
    server: Server = request.app.state.server
    try:
        files, form = await uploaded_files(request)
    except UploadError as exc:
        return message_page(request, 400, exc.key, **exc.values)
    if not documents.list_inputs(Path("."), files):
        return message_page(request, 400, "web.no_list")
    if server.pool is None:
        server.start()
    progress = server.shared_progress()
    job = documents.review_zip if form.get("what") == "review" else documents.archive_zip
    future = server.pool.submit(job, files, None, progress)  # type: ignore[union-attr]
    key = secrets.token_urlsafe(18)
    _expire_jobs(server)
    server.jobs[key] = Job(
        owner=session_of(request), future=future, progress=progress, review=form.get("what") == "review"
    )
    return RedirectResponse(f"/jobs/{key}", status_code=303)


def _job(request: Request) -> Job:
    server: Server = request.app.state.server
    job = server.jobs.get(request.path_params["key"])
    if job is None or not secrets.compare_digest(job.owner, request.cookies.get(SESSION_COOKIE, "")):
        raise HTTPException(404)
    return job


async def job_page(request: Request) -> Response:
    job = _job(request)
    done = job.future.done()
    outcome = job.future.result() if done and job.future.exception() is None else None
    failed = done and job.future.exception() is not None
    progress = dict(job.progress) if not done else {}  # type: ignore[call-overload]
    total = progress.get("total") or 0
    percent = int(100 * progress.get("done", 0) / total) if total else 0
    return page(
        request,
        "job.html.j2",
        done=done,
        failed=failed,
        outcome=outcome,
        progress=progress,
        percent=percent,
        key=request.path_params["key"],
        review=job.review,
    )


async def job_download(request: Request) -> Response:
    job = _job(request)
    if not job.future.done() or job.future.exception() is not None:
        raise HTTPException(404)
    outcome = job.future.result()
    if not outcome.files:
        raise HTTPException(404)
    return download(outcome.files[0])


def _expire_jobs(server: Server) -> None:
    now = time.monotonic()
    for key in [k for k, j in server.jobs.items() if j.future.done() and now - j.started > JOB_TTL]:
        del server.jobs[key]


async def starter(request: Request) -> Response:
    import tempfile

    from generator.starter import write_starter

    with tempfile.TemporaryDirectory(prefix="kam-web-starter-") as folder:
        written = write_starter(Path(folder), language_of(request))
        brief = next(p for p in written if p.name.startswith("brief"))
        return download(documents.Made(brief.name, brief.read_bytes()))


async def login_form(request: Request) -> Response:
    return page(request, "login.html.j2", failed=False)


async def login(request: Request) -> Response:
    server: Server = request.app.state.server
    form = await checked_form(request)
    given = form.get("token")
    if not server.keys.token_ok(given if isinstance(given, str) else None):
        return page(request, "login.html.j2", status=401, failed=True)
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(AUTH_COOKIE, server.keys.auth_cookie(), httponly=True, samesite="strict", path="/")
    return response


async def switch_language(request: Request) -> Response:
    code = request.path_params["code"]
    if code not in LANGUAGES:
        raise HTTPException(404)
    back = request.query_params.get("next", "/")
    if not back.startswith("/") or back.startswith("//") or "\\" in back:
        back = "/"  # only paths of this site: never an open redirect
    response = RedirectResponse(back, status_code=303)
    response.set_cookie(LANG_COOKIE, code, samesite="strict", path="/")
    return response


async def stylesheet(request: Request) -> Response:
    return FileResponse(STATIC / "kam.css", media_type="text/css")


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):g} MB"


_OFFICE: list[bool] = []


def _office_available() -> bool:
    if not _OFFICE:
        from generator.render.kit.pdf import find_office

        _OFFICE.append(find_office() is not None)
    return _OFFICE[0]


# ---- the app ------------------------------------------------------------------------------------

OPEN_PATHS = ("/login", "/static/kam.css")


def create_app(settings: Settings) -> Starlette:
    """Return the ASGI app for `settings`: routes, token check, CSRF, headers and the upload limit."""
    server = Server(settings)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        server.start()
        try:
            yield
        finally:
            server.stop()

    async def not_found(request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", 500)
        keys = {
            400: "web.bad_request",
            403: "web.forbidden",
            404: "web.not_found",
            405: "web.bad_request",
            413: "web.too_large",
        }
        return message_page(request, status, keys.get(status, "web.failed"), size=_megabytes(settings.max_upload))

    async def failure(request: Request, exc: Exception) -> Response:
        # Never a traceback on the page: the server's log has it.
        import logging

        logging.getLogger("kam.web").exception("request failed: %s", request.url.path)
        return message_page(request, 500, "web.failed")

    routes = [
        Route("/", home),
        Route("/upload", upload, methods=["POST"]),
        Route("/u/{key}", uploaded),
        Route("/u/{key}/make", uploaded_make, methods=["POST"]),
        Route("/u/{key}/save", uploaded_save, methods=["POST"]),
        Route("/u/{key}/forget", uploaded_forget, methods=["POST"]),
        Route("/u/{key}/preflight", uploaded_preflight, methods=["POST"]),
        Route("/d/{key}", data_brief),
        Route("/d/{key}/make", data_make, methods=["POST"]),
        Route("/d/{key}/preflight", data_preflight, methods=["POST"]),
        Route("/archive", archive_start, methods=["POST"]),
        Route("/jobs/{key}", job_page),
        Route("/jobs/{key}/download", job_download),
        Route("/starter", starter),
        Route("/login", login_form),
        Route("/login", login, methods=["POST"]),
        Route("/lang/{code}", switch_language),
        Route("/static/kam.css", stylesheet),
    ]
    app = Starlette(routes=routes, lifespan=lifespan, exception_handlers={HTTPException: not_found, Exception: failure})
    app.state.server = server

    async def gate(scope, receive, send):
        """Ask for the token on every request but the login page and the stylesheet."""
        if scope["type"] == "http" and scope["path"] not in OPEN_PATHS:
            request = Request(scope)
            if not server.keys.authorised({k: v for k, v in request.headers.items()}, request.cookies):
                if request.method == "GET":
                    return await RedirectResponse("/login", status_code=303)(scope, receive, send)
                return await Response(status_code=401)(scope, receive, send)
        return await app(scope, receive, send)

    def refuse(scope):
        async def answer(scope, receive, send):
            request = Request(scope)
            request.scope["app"] = app
            response = message_page(request, 413, "web.too_large", size=_megabytes(settings.max_upload))
            await response(scope, receive, send)

        return answer

    outer = SecurityHeaders(BodyLimit(gate, settings.max_upload + 64 * 1024, refuse))
    outer.state = app.state  # type: ignore[attr-defined]
    outer.router = app.router  # type: ignore[attr-defined]
    outer.app_instance = app  # type: ignore[attr-defined]
    return outer  # type: ignore[return-value]
