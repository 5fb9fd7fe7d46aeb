"""Documents: list, detail, one provision; load (POST) and unload (DELETE) with the API key."""

from __future__ import annotations

import json
import re
import tempfile
import unicodedata
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from python_multipart.exceptions import MultipartParseError
from starlette.formparsers import MultiPartException

from api.deps import DriverDep, HiddenDep, PagingDep, ReaderDep, SettingsDep, WriteAccess
from api.models import DocumentDetail, DocumentSummary, Page, Problem, ProvisionDetail
from api.problems import ERRORS, ApiProblem, not_found
from api.responses import json_response, page_response
from graph.queries import documents as q
from graph.record_checks import KEY_TAKEN

router = APIRouter(prefix="/documents", tags=["documents"])


@router.get("", response_model=Page[DocumentSummary], responses=ERRORS, summary="List documents")
def list_documents(
    request: Request,
    reader: ReaderDep,
    paging: PagingDep,
    type: Annotated[
        str | None, Query(max_length=20, description="document type code", examples=["KL"])
    ] = None,
    issuer: Annotated[
        str | None, Query(max_length=200, description="issuer name fragment or body key")
    ] = None,
    year: Annotated[int | None, Query(ge=1945, le=2100, examples=[2023])] = None,
    q_: Annotated[str | None, Query(alias="q", max_length=200, description="name or symbol fragment")] = None,
) -> Response:
    """Documents in key order, filtered by type code, issuer, year and a name/symbol fragment."""
    items, more = q.list_documents(
        reader, doc_type=type, issuer=issuer, year=year, q=q_, limit=paging.limit, offset=paging.offset
    )
    return page_response(request, items, more, paging)


@router.get(
    "/{key:path}/provisions/{path}",
    response_model=ProvisionDetail,
    responses=ERRORS,
    summary="One provision of a document, with its tasks",
)
def get_provision(request: Request, reader: ReaderDep, hidden: HiddenDep, key: str, path: str) -> Response:
    """The provision at `path` (e.g. II.2.7) of document `key`: text, parent, children and tasks."""
    found = q.get_provision(reader, key.strip("/"), path, hidden=hidden)
    if found is None:
        raise not_found("provision", f"{key}#{path}")
    return json_response(request, found, etag=True)


@router.get("/{key:path}", response_model=DocumentDetail, responses=ERRORS, summary="One document")
def get_document(request: Request, reader: ReaderDep, hidden: HiddenDep, key: str) -> Response:
    """Metadata, the provision tree, tasks, typed references out and citations in (ETag)."""
    found = q.get_document(reader, key.strip("/"), hidden=hidden)
    if found is None:
        raise not_found("document", key)
    return json_response(request, found, etag=True)


# Letters and digits of any script are kept (a Vietnamese file name stays readable); the rest is "-".
_UNSAFE = re.compile(r"[^\w.-]+")
MAX_NAME_BYTES = 200  # below the 255 bytes a file name may have
DOCUMENT_TYPES = frozenset(
    {
        "",
        "multipart/form-data",
        "text/plain",
        "text/markdown",
        "application/octet-stream",
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    }
)
UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {"file": {"type": "string", "format": "binary"}},
                    "required": ["file"],
                }
            },
            "text/plain": {"schema": {"type": "string"}},
            "application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
        },
    }
}


def safe_name(name: str) -> str:
    """A file name safe to write: its last part, NFC, unsafe characters as "-", under MAX_NAME_BYTES."""
    base = _UNSAFE.sub("-", unicodedata.normalize("NFC", Path(name.replace("\\", "/")).name)).strip("-.")
    stem, dot, suffix = base.rpartition(".") if "." in base else (base, "", "")
    suffix = suffix[:10]
    while stem and len(f"{stem}{dot}{suffix}".encode()) > MAX_NAME_BYTES:
        stem = stem[:-1]
    return f"{stem.rstrip('-.')}{dot}{suffix}".strip("-.") or "upload.txt"


async def _upload(request: Request, filename: str | None) -> tuple[str, bytes]:
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype not in DOCUMENT_TYPES:
        raise ApiProblem(
            415,
            f"Content-Type {ctype!r} is not a document: send a multipart 'file', text/plain, PDF or DOCX.",
            "Unsupported media type",
        )
    if ctype == "multipart/form-data":
        try:
            form = await request.form()
        except (MultiPartException, MultipartParseError, ValueError) as e:
            raise ApiProblem(
                400, f"The multipart body cannot be read: {e}", "Malformed multipart body"
            ) from e
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise ApiProblem(422, "The multipart body needs a file field named 'file'.", "Invalid parameters")
        return upload.filename or filename or "upload.txt", await upload.read()
    return filename or "upload.txt", await request.body()


def _not_a_document(content: bytes) -> str | None:
    """Why a body is no document (empty, JSON, under a few words of text), or None."""
    if not content.strip():
        return "The document is empty."
    if content[:5] == b"%PDF-" or content[:4] == b"PK\x03\x04":
        return None
    head = content.lstrip()[:1]
    if head in (b"[", b"{") or content.strip().isdigit():
        try:
            json.loads(content)
            return "The body is JSON, not a document: send its text, PDF or DOCX."
        except ValueError:
            pass
    if sum(ch.isalpha() for ch in content[:4000].decode("utf-8", errors="ignore")) < 20:
        return "The body holds too little text to be a document."
    return None


@router.post(
    "",
    status_code=201,
    dependencies=[WriteAccess],
    openapi_extra=UPLOAD_BODY,
    summary="Load a document (API key)",
    responses={
        400: {"model": Problem, "description": "Malformed multipart body"},
        401: ERRORS[422] | {"description": "API key required"},
        403: {"description": "Forbidden"},
        409: {"model": Problem, "description": "The key is another document's (replace=true replaces it)"},
        413: {"description": "Body too large"},
        415: {"model": Problem, "description": "Not a document's media type"},
        422: {"model": Problem, "description": "Not a document, or refused by the loaders"},
    },
)
async def load_document(
    request: Request,
    driver: DriverDep,
    settings: SettingsDep,
    filename: Annotated[str | None, Query(max_length=200, description="file name for a raw body")] = None,
    replace: Annotated[
        bool, Query(description="replace a document of the same key loaded from another file")
    ] = False,
    jurisdiction: Annotated[
        str | None,
        Query(
            max_length=40,
            pattern=r"^[a-z]+(?:-[a-z]+)*$",
            description="for text without a letterhead: a province slug, or vn for the centre",
        ),
    ] = None,
) -> Response:
    """Load one document (multipart `file`, or a raw text/PDF/DOCX body) through the loaders."""
    name, content = await _upload(request, filename)
    if (why := _not_a_document(content)) is not None:
        raise ApiProblem(422, why, "Not a document")
    safe = safe_name(name)
    from loaders.load import load_paths  # the loaders pull in parsers only a write needs

    with tempfile.TemporaryDirectory(prefix="kg-upload-") as tmp:
        path = Path(tmp) / safe
        path.write_bytes(content)
        report = await run_in_threadpool(
            lambda: load_paths(
                driver,
                [path],
                progress=False,
                database=settings.neo4j_database,
                force=replace,
                source=f"upload:{safe}",  # never the temporary path (it was kg:sourcePath)
                jurisdiction=jurisdiction,
            )
        )
    if report.failed:
        reason = report.failed[0][1].replace(str(path), safe)
        if KEY_TAKEN in reason:
            raise ApiProblem(409, f"The document was not loaded: {reason}", "Key taken")
        raise ApiProblem(422, f"The document could not be loaded: {reason}", "Document refused")
    return json_response(request, {"loaded": _summary(report), "file": safe}, status_code=201)


def _summary(report: Any) -> dict[str, Any]:
    """The loader's report as JSON: files, written, unchanged, failed, warnings and counts by kind."""
    return {
        "run": report.run_key,
        "files": report.files,
        "written": report.written,
        "unchanged": report.unchanged,
        "failed": [{"path": p, "reason": why} for p, why in report.failed],
        "warnings": list(report.warnings),
        "counts": {str(k): int(n) for k, n in dict(report.counts).items()},
    }


@router.delete(
    "/{key:path}",
    dependencies=[WriteAccess],
    summary="Unload a document (API key)",
    responses={404: ERRORS[404], 401: {"description": "API key required"}, 403: {"description": "Forbidden"}},
)
def unload_document(request: Request, driver: DriverDep, settings: SettingsDep, key: str) -> Response:
    """Remove what only this document supported; 404 when nothing was loaded from it."""
    from graph.writer import unload_document as unload

    summary = unload(driver, key.strip("/"), settings.neo4j_database)
    if not summary.written:
        raise not_found("loaded document", key)
    return json_response(request, {"unloaded": key.strip("/"), "counts": summary.counts})
