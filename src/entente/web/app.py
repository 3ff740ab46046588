"""The FastAPI app: pages and their JSON twins, all reading through entente.analytics.

Each page ``/X`` has a twin ``/api/X`` that takes the same query parameters and returns the
records the CLI prints with ``--format json``. Errors a user can cause (an unknown state, a
malformed date, an oversized or binary upload, an odd query string) answer 4xx with the
library's message, as JSON under /api and as a page elsewhere; nothing answers a traceback.
"""
from __future__ import annotations

import json
import logging
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, File, Form, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from .. import __version__, analytics
from ..analytics.scoring import parse_date
from ..errors import BinaryInput, EntenteError, InputError, QueryError, StoreError, TooLarge
from ..records import EVENT_TYPES
from . import geo
from .cache import NoCache, StoreCache
from .highlight import highlighted

HERE = Path(__file__).parent
EXTRACT_LIMIT = 1_000_000          # bytes of one pasted or uploaded article
MAX_LIMIT = 500                    # events in one answer
log = logging.getLogger("entente.web")


class WebError(Exception):
    """A request the app refuses: ``status`` and a message that says what to do."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


# --- query parameters, shared by every page and its twin ------------------------------------

Text = Annotated[str | None, Query(max_length=200)]


@dataclass
class EventFilters:
    state: str | None = None
    region: str | None = None
    dyad: str | None = None
    type: str | None = None
    mode: str | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None
    limit: int = 50
    offset: int = 0

    def query(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v not in (None, "")}


def event_filters(state: Text = None, region: Text = None, dyad: Text = None,
                  type: Text = None, mode: Text = None, status: Text = None,
                  since: Text = None, until: Text = None, text: Text = None,
                  limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
                  offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0) -> EventFilters:
    """The filters of the events list (empty form fields count as absent)."""
    f = EventFilters(*(v.strip() if isinstance(v, str) and v.strip() else None for v in
                       (state, region, dyad, type, mode, status, since, until, text)),
                     limit=limit, offset=offset)
    _check_type(f.type)
    return f


def _check_type(value: str | None) -> None:
    if value and value.upper() not in EVENT_TYPES:
        raise WebError(400, f"type '{value}' is not a PLOVER event type; use one of "
                            f"{', '.join(EVENT_TYPES)}")


def _events(db: str, f: EventFilters) -> list[analytics.EventRecord]:
    return analytics.events(db, actor=f.state, dyad=f.dyad, type=f.type, status=f.status,
                            since=f.since, until=f.until, limit=f.limit, region=f.region,
                            mode=f.mode, text=f.text, offset=f.offset)


def _known_actor(value: str) -> str:
    """A state's or body's code from what the user typed; 404 when the data files lack it."""
    try:
        code = analytics.actor_code(value, "state")
    except QueryError as exc:       # the code table's message names the nearest codes
        raise WebError(404, f"unknown state '{value}': {exc}") from None
    if analytics.name_of(code) is None:
        raise WebError(404, f"unknown state '{value}': no country or body has that code or "
                            f"name; give an ISO 3166 alpha-3 code such as JPN")
    return code


def _dicts(records) -> list[dict]:
    return [r.to_dict() for r in records]


# --- the extraction pipeline, loaded once and on first use ----------------------------------

_pipe = None
_pipe_lock = threading.Lock()


def _pipeline():
    global _pipe
    with _pipe_lock:
        if _pipe is None:
            from ..pipeline import Pipeline
            _pipe = Pipeline()
        return _pipe


class BodyLimit:
    """Refuses, before reading it, a request whose Content-Length is over ``limit`` bytes (a
    plain ASGI middleware: it costs the other requests nothing)."""

    def __init__(self, app, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        message = (f"the request is larger than the {EXTRACT_LIMIT // 1_000_000} MB an "
                   f"article may be; send one article at a time")
        if scope["type"] == "http":
            headers = dict(scope["headers"])
            size = headers.get(b"content-length")
            if size is None and scope["method"] in ("POST", "PUT", "PATCH"):
                # no length given (chunked): count what arrives, and stop past the limit
                seen = 0
                inner = receive

                async def receive():
                    nonlocal seen
                    msg = await inner()
                    seen += len(msg.get("body", b""))
                    if seen > self.limit:
                        raise HTTPException(413, message)
                    return msg
            elif size is not None and (not size.isdigit() or int(size) > self.limit):
                response = JSONResponse({"error": message, "status": 413}, status_code=413) \
                    if scope["path"].startswith("/api") else HTMLResponse(
                        f'<!doctype html><title>413 · entente</title><h1>413</h1><p>{message}'
                        f'</p><p><a href="/extract">Back</a></p>', status_code=413)
                return await response(scope, receive, send)
        await self.app(scope, receive, send)


def create_app(db: str, allow_ingest: bool = False, pipeline=None, cache: bool = True
               ) -> FastAPI:
    """The web app over the store at ``db``; read-only unless ``allow_ingest``. ``pipeline`` is
    a loaded Pipeline for the Extract page (one is loaded on its first use otherwise);
    ``cache`` keeps answers while the store file is unchanged (see cache.py). ``db`` may be
    the folder of a Parquet dataset (``entente ingest --dask --out DIR``), read in place.

    Raises StoreError for ``allow_ingest`` on a dataset folder, which only a backfill writes."""
    if allow_ingest and Path(db).is_dir():
        raise StoreError(f"{db}: a Parquet dataset is written only by `entente ingest --dask`; "
                         f"serve it without --allow-ingest, or `entente merge {db} --db FILE` "
                         f"and serve that store with it")
    app = FastAPI(title="entente", version=__version__, docs_url=None, redoc_url=None,
                  description="Source-cited international security events: the JSON twins of "
                              "the web pages. Every list returns the records that `entente "
                              "... --format json` prints.")
    app.state.db = db
    app.state.allow_ingest = allow_ingest
    app.state.cache = answers = StoreCache(db) if cache else NoCache()
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(event_types=EVENT_TYPES, statuses=analytics.STATUSES,
                                 version=__version__, allow_ingest=allow_ingest)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def page(request: Request, name: str, http_status: int = 200, **context) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context, status_code=http_status)

    # --- errors -----------------------------------------------------------------------------

    def refuse(request: Request, status: int, message: str):
        if request.url.path.startswith("/api"):
            return JSONResponse({"error": message, "status": status}, status_code=status)
        return page(request, "error.html", http_status=status, message=message,
                    status_code=status)

    @app.exception_handler(WebError)
    async def _web_error(request: Request, exc: WebError):
        return refuse(request, exc.status, exc.message)

    @app.exception_handler(QueryError)
    async def _query_error(request: Request, exc: QueryError):
        # the library names the CLI's options (--since); here they are query parameters
        return refuse(request, 400, re.sub(r"--(\w)", r"\1", str(exc)))

    @app.exception_handler(StoreError)
    async def _store_error(request: Request, exc: StoreError):
        return refuse(request, 503, str(exc))

    @app.exception_handler(TooLarge)
    async def _too_large(request: Request, exc: TooLarge):
        return refuse(request, 413, str(exc))

    @app.exception_handler(BinaryInput)
    async def _binary(request: Request, exc: BinaryInput):
        return refuse(request, 415, str(exc))

    @app.exception_handler(EntenteError)
    async def _entente_error(request: Request, exc: EntenteError):
        return refuse(request, 400 if isinstance(exc, InputError) else 500, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        parts = []
        for e in exc.errors():
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "body",
                                                                             "path"))
            parts.append(f"{where}: {e.get('msg', 'invalid')}")
        return refuse(request, 422, "; ".join(parts) or "the request is malformed")

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "bad request"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no page at {request.url.path}; start from the overview at /"
        return refuse(request, exc.status_code, message)

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception):
        log.exception("internal error on %s", request.url.path)
        return refuse(request, 500, "internal error; the server log has the details")

    app.add_middleware(BodyLimit, limit=EXTRACT_LIMIT + 100_000)

    # --- the JSON API -----------------------------------------------------------------------

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs():
        # FastAPI's own page loads Swagger UI from a CDN; this one loads the vendored copy
        return get_swagger_ui_html(openapi_url="/openapi.json", title="entente API",
                                   swagger_js_url="/static/vendor/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui.css",
                                   swagger_favicon_url="data:,")

    def as_json(request: Request, compute) -> Response:
        """``compute()``'s answer as JSON, the encoded bytes kept as the answers are: a kept
        answer costs no encoding."""
        key = ("json", request.url.path, tuple(sorted(request.query_params.multi_items())))
        body = answers.get(key, lambda: json.dumps(compute(), ensure_ascii=False,
                                                   separators=(",", ":")).encode("utf-8"))
        return Response(body, media_type="application/json")

    @app.get("/api/stats", tags=["store"])
    def api_stats() -> dict:
        """Counts of the store's documents, events, reports, quotes and failures."""
        return answers.get(("stats",), lambda: analytics.stats(db))

    @app.get("/api/regions", tags=["store"])
    def api_regions() -> list[str]:
        """The regions, subregions and groups the region filters accept."""
        return analytics.regions()

    @app.get("/api/events", response_class=JSONResponse, tags=["events"])
    def api_events(request: Request, f: Annotated[EventFilters, Depends(event_filters)]):
        """Events newest first, as `entente events --format json`."""
        return as_json(request, lambda: events_data(f))

    def events_data(f: EventFilters) -> list[dict]:
        return answers.get(("events", tuple(sorted(f.query().items()))),
                           lambda: _dicts(_events(db, f)))

    @app.get("/api/moves", response_class=JSONResponse, tags=["ties"])
    def api_moves(request: Request, state: Text = None, region: Text = None,
                  since: Text = None, window: Text = "12m"):
        """The ties across all states (or one ``state``'s) stepping up and pulling back most."""
        return as_json(request, lambda: moves_data(state, region, since, window))

    def moves_data(state, region, since, window) -> dict:
        return answers.get(("moves", state, region, since, window or "12m"),
                           lambda: analytics.moves(db, since=since or None,
                                                   window=window or "12m",
                                                   region=region or None,
                                                   actor=state or None).to_dict())

    @app.get("/api/overview", response_class=JSONResponse, tags=["pages"])
    def api_overview(request: Request, f: Annotated[EventFilters, Depends(event_filters)],
                     window: Text = "12m"):
        """The overview page's data: what moved most, and the latest events."""
        return as_json(request, lambda: overview_data(f, window))

    def overview_data(f: EventFilters, window: str | None) -> dict:
        mv = moves_data(f.state, f.region, None, window)
        return {"moves": mv, "events": events_data(f), "filters": f.query()}

    @app.get("/api/state/{country}", response_class=JSONResponse, tags=["pages"])
    def api_state(request: Request, country: str, region: Text = None, since: Text = None,
                  window: Text = "12m"):
        """A state's ties, as `entente ties COUNTRY --format json`."""
        return as_json(request, lambda: state_data(country, region, since, window))

    def state_data(country, region, since, window) -> dict:
        code = _known_actor(country)
        return answers.get(("ties", code, region, since, window), lambda: analytics.ties(
            db, code, region=region or None, since=since or None,
            window=window or "12m").to_dict())

    @app.get("/api/timeline/{a}/{b}", response_class=JSONResponse, tags=["ties"])
    def api_timeline(request: Request, a: str, b: str, since: Text = None,
                     until: Text = None):
        """Events per month between A and B, as `entente timeline A B --format json`."""
        x, y = _known_actor(a), _known_actor(b)
        return as_json(request, lambda: analytics.timeline(
            db, x, y, since=since or None, until=until or None).to_dict())

    @app.get("/api/dyad/{a}/{b}", response_class=JSONResponse, tags=["pages"])
    def api_dyad(request: Request, a: str, b: str, since: Text = None, until: Text = None,
                 type: Text = None, status: Text = None):
        """The dyad page's data: its timeline, its events (every status) and type weights."""
        return as_json(request, lambda: dyad_data(a, b, since, until, type, status))

    def dyad_data(a, b, since, until, type, status) -> dict:
        x, y = sorted((_known_actor(a), _known_actor(b)))
        _check_type(type)

        def compute():
            tl = analytics.timeline(db, x, y, since=since or None, until=until or None)
            evs = analytics.events(db, dyad=f"{x}-{y}", since=since or None,
                                   until=until or None, type=type or None,
                                   status=status or None, limit=MAX_LIMIT)
            return {"timeline": tl.to_dict(), "events": _dicts(evs),
                    "weights": analytics.type_weights()}
        return answers.get(("dyad", x, y, since, until, type, status), compute)

    @app.get("/api/network", response_class=JSONResponse, tags=["pages"])
    def api_network(request: Request, since: Text = None, until: Text = None,
                    type: Text = None, region: Text = None):
        """The network of ties, as `entente network --format json`."""
        return as_json(request, lambda: network_data(since, until, type, region))

    def network_data(since, until, type, region) -> dict:
        _check_type(type)
        return answers.get(("network", since, until, type, region), lambda: analytics.network(
            db, since=since or None, until=until or None, type=type or None,
            region=region or None).to_dict())

    @app.get("/api/article/{doc_id}", tags=["pages"])
    def api_article(doc_id: str) -> dict:
        """One stored article with its events, quotes and the spans that mark them."""
        return article_of_store(doc_id).to_dict()

    def article_of_store(doc_id: str) -> analytics.Article:
        try:
            return analytics.article(db, doc_id)
        except QueryError as exc:
            raise WebError(404, str(exc)) from None

    @app.post("/api/extract", tags=["extract"])
    def api_extract(text: Annotated[str | None, Form()] = None,
                    file: Annotated[UploadFile | None, File()] = None,
                    published: Annotated[str | None, Form(max_length=10)] = None,
                    store: Annotated[bool, Form()] = False) -> dict:
        """Extract events and quotes from pasted ``text`` or an uploaded ``file`` (one article,
        at most 1 MB). Stored only with ``store`` on a server started with --allow-ingest;
        ``stored`` then says what became of it."""
        doc, stored = extract_upload(text, file, published, store)
        return {"stored": stored == "stored", "store": stored, "article": analytics.article_of(doc).to_dict(),
                "document": doc.to_dict()}

    def extract_upload(text, file, published, store):
        from ..ingest.reader import decode, read_text
        if store and not allow_ingest:
            raise WebError(403, "this server is read-only; start it with `entente serve "
                                "--allow-ingest` to store what you extract")
        if published:
            parse_date(published, "published")
        if file is not None and file.filename:
            data = file.file.read(EXTRACT_LIMIT + 1)
            origin = Path(file.filename).name[:100] or "upload"
            name = Path(origin).stem or "upload"
        elif text and text.strip():
            data = text.encode("utf-8")
            origin, name = "pasted text", "pasted"
        else:
            raise WebError(400, "nothing to extract; paste an article's text or upload a "
                                ".txt or .html file")
        if len(data) > EXTRACT_LIMIT:
            raise TooLarge(origin, f"larger than the {EXTRACT_LIMIT // 1_000_000} MB an article "
                                   f"may be; send one article at a time")
        raw = read_text(decode(data, origin), origin, name,
                        published=published or None)
        pipe = pipeline or _pipeline()
        doc = pipe.extract(raw)
        stored = None
        if store:
            from ..ingest.runner import Ingester
            report = Ingester(db, pipeline=pipe).run_inputs([raw])
            stored = "stored" if report.stored else \
                "already in the store" if report.skipped else \
                "a near-duplicate of a stored article, not stored again" if report.duplicates \
                else "not stored"
        return doc, stored

    # --- the pages --------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def overview(request: Request, f: Annotated[EventFilters, Depends(event_filters)],
                 window: Text = "12m"):
        data = overview_data(f, window)
        more = urlencode({**f.query(), "offset": f.offset + f.limit})
        return page(request, "overview.html", data=data, f=f, regions=analytics.regions(),
                    stats=answers.get(("stats",), lambda: analytics.stats(db)), more=more,
                    twin="/api/overview")

    @app.get("/state/{country}", response_class=HTMLResponse, include_in_schema=False)
    def state(request: Request, country: str, region: Text = None, since: Text = None,
              window: Text = "12m"):
        data = state_data(country, region, since, window)
        return page(request, "state.html", data=data, regions=analytics.regions(),
                    region=region or "", since=since or "", window=window or "12m",
                    numeric=geo.numeric_codes(), twin=f"/api/state/{data['country']}")

    @app.get("/dyad/{a}/{b}", response_class=HTMLResponse, include_in_schema=False)
    def dyad(request: Request, a: str, b: str, since: Text = None, until: Text = None,
             type: Text = None, status: Text = None):
        data = dyad_data(a, b, since, until, type, status)
        tl = data["timeline"]
        return page(request, "dyad.html", data=data, since=since or "", until=until or "",
                    type=type or "", status=status or "",
                    twin=f"/api/dyad/{tl['a']}/{tl['b']}")

    @app.get("/network", response_class=HTMLResponse, include_in_schema=False)
    def network_page(request: Request, since: Text = None, until: Text = None,
                     type: Text = None, region: Text = None):
        data = network_data(since, until, type, region)
        return page(request, "network.html", data=data, regions=analytics.regions(),
                    since=since or "", until=until or "", type=type or "",
                    region=region or "", twin="/api/network")

    @app.get("/article/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, doc_id: str):
        art = article_of_store(doc_id)
        return page(request, "article.html", art=art, body=highlighted(art),
                    twin=f"/api/article/{art.id}")

    @app.get("/extract", response_class=HTMLResponse, include_in_schema=False)
    def extract_form(request: Request):
        return page(request, "extract.html", art=None, limit=EXTRACT_LIMIT,
                    twin="/api/extract")

    @app.post("/extract", response_class=HTMLResponse, include_in_schema=False)
    def extract_page(request: Request, text: Annotated[str | None, Form()] = None,
                     file: Annotated[UploadFile | None, File()] = None,
                     published: Annotated[str | None, Form(max_length=10)] = None,
                     store: Annotated[bool, Form()] = False):
        doc, stored = extract_upload(text, file, published, store)
        art = analytics.article_of(doc)
        return page(request, "extract.html", art=art, body=highlighted(art), stored=stored,
                    limit=EXTRACT_LIMIT, twin="/api/extract")

    return app
