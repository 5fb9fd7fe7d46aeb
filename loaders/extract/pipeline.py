"""Orchestration: file or text in, an Extraction (document, provisions, references, entities, tasks) out."""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from pathlib import Path

from loaders.errors import EmptyInputError, InputError
from loaders.extract.context import Context
from loaders.extract.doctypes import CODE_NAMES, TYPE_NAMES
from loaders.extract.entities import PERIOD, PERSON, TERM, extract_entities
from loaders.extract.indicators import extract_indicators
from loaders.extract.jurisdiction import detect
from loaders.extract.model import Collector, Extraction, Item
from loaders.extract.references import extract_references, find_symbols
from loaders.extract.structure import Layout, Prov, header_title, layout, provisions
from loaders.extract.tasks import extract_tasks
from loaders.gazetteer.catalogue import gazetteer
from loaders.gazetteer.matcher import Entry
from loaders.gazetteer.national import era_of, national
from loaders.read.files import DEFAULT_MAX_BYTES, read_path
from loaders.read.normalize import normalize
from ontology import keys
from ontology.text import fold

_DATE_LINE = re.compile(
    r"(?P<place>[A-ZĐ][^\W\d_]*(?:[ ]+[A-ZĐ][^\W\d_]*){0,3})[ ]*,\s*"
    r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})"
    r"\s+năm\s+(?P<y>\d{4})"
)
_SIGN = re.compile(r"(?:T/M|TM\.?|KT\.?|TL\.?|TUQ\.?|Q\.)\s*[A-ZĐ]")
_NATIONAL_HEADERS = ("dang cong san viet nam", "cong hoa xa hoi chu nghia viet nam", "doc lap - tu do")


def extract_file(
    path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES, jurisdiction: str | None = None
) -> Extraction:
    """Read, decode, normalise and extract one file; bad input raises a LoaderError subclass.

    `jurisdiction` (a province slug or "vn") is for text without a letterhead; else a metadata file
    beside the document (`<stem>.meta.json`, {"jurisdiction": "<province slug>"}) may give it.
    """
    raw = read_path(path, max_bytes=max_bytes)
    given = jurisdiction or sidecar_jurisdiction(Path(path))
    ex = extract_text(raw.text, Path(path).name, fmt=raw.format, jurisdiction=given)
    ex.warnings[:0] = raw.warnings
    ex.source_sha256 = raw.sha256
    return ex


def extract_text(
    text: str, source_name: str = "<text>", *, fmt: str = "text", jurisdiction: str | None = None
) -> Extraction:
    """Extract everything from decoded text (pure: no I/O); `jurisdiction` overrides the text's."""
    norm = normalize(text, fmt)
    if not norm.text.strip():
        raise EmptyInputError(f"{source_name}: no text")
    gaz = gazetteer()
    ex = Extraction(source_name, norm.text, Item("doc", "document", source_name), raw_format=norm.format)
    ex.body_end = norm.body_end
    ex.warnings.extend(norm.warnings)
    ctx = Context(norm.text, norm.map, gaz, Collector(ex.items), body_end=norm.body_end)
    lay = layout(norm.text, norm.body_end)
    ctx.body_start = lay.body[0].start if lay.body else 0
    _jurisdiction(ctx, lay, ex.document, validate_jurisdiction(jurisdiction))
    ctx.scan_all()
    ctx.body_end = lay.body_end or norm.body_end  # an attached plan's body runs past the first trailer
    own = _header(ctx, lay, ex.document)
    extract_references(ctx, own)
    provs = provisions(lay.body, ctx.warnings)
    _provision_items(ctx, provs)
    extract_entities(ctx, 0, len(norm.text))
    extract_indicators(ctx, ctx.body_start, ctx.body_end, _period_finder(ctx, provs, ex.document))
    if not any(p.role in ("tasks", "implementation") for p in provs):
        for p in provs:  # a document without task parts (a short plan or decision): what is not an
            if p.role == "other":  # assessment directs
                p.role = "tasks"
    ctx.year = _year(ex.document)
    items = ex.items
    extract_tasks(ctx, provs, [items["projects"], items["programmes"], items["references"], items["places"]])
    _trailer(ctx, lay, ex.document)
    ex.warnings.extend(ctx.warnings)
    return ex


def validate_jurisdiction(value: str | None) -> str | None:
    """A given jurisdiction checked against the national data ("vn" or a province slug)."""
    if value is None or value == keys.NATIONAL:
        return value
    if national().province(value) is None:
        raise InputError(
            f"unknown jurisdiction {value!r}: "
            "give 'vn' or a province slug (loaders/gazetteer/national/provinces.csv)"
        )
    return value


def sidecar_jurisdiction(path: Path) -> str | None:
    """The jurisdiction a `<stem>.meta.json` file beside the document gives, if there is one."""
    meta = path.with_name(f"{path.stem}.meta.json")
    if not meta.is_file():
        return None
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise InputError(f"{meta}: not a readable JSON metadata file ({e})") from e
    value = data.get("jurisdiction") if isinstance(data, dict) else None
    if value is not None and not isinstance(value, str):
        raise InputError(f"{meta}: 'jurisdiction' must be a string")
    return value


def _jurisdiction(ctx: Context, lay: Layout, doc: Item, given: str | None) -> None:
    """The document's jurisdiction from its header (or as given), and the era of its place names."""
    title = header_title(lay.header)
    span = None
    if title:
        p = lay.header[title[0]]
        span = (p.start, lay.header[-1].end if lay.header else p.end)
    found = detect(ctx.text, ctx.folded, ctx.body_start or min(len(ctx.text), 3000), span)
    if given is not None:
        if found.jurisdiction not in (None, given):
            ctx.warnings.append(f"jurisdiction given as {given}; the header says {found.jurisdiction}")
        found.jurisdiction, found.warnings = given, []
    ctx.warnings.extend(found.warnings)
    ctx.jurisdiction, ctx.subject, ctx.organ = found.jurisdiction, found.subject, found.organ
    local = found.jurisdiction if found.jurisdiction != keys.NATIONAL else found.subject
    ctx.province = local
    ctx.province_name = national().name(local) if local else None
    if m := _DATE_LINE.search(ctx.text, 0, ctx.body_start or len(ctx.text)):
        ctx.era = era_of(f"{int(m['y']):04d}-{int(m['m']):02d}-{int(m['d']):02d}")
    for s, e, rule in found.spans:
        doc.evidence.append(ctx.ev(s, e, rule, 0.95))


def _header(ctx: Context, lay: Layout, doc: Item) -> tuple[int, int] | None:
    text = ctx.text
    hs, he = 0, ctx.body_start
    f: dict[str, object] = {
        "key": None,
        "symbol": None,
        "number": None,
        "doc_type": None,
        "doc_type_name": None,
        "family": None,
        "date": None,
        "year": None,
        "issuer": None,
        "issuer_key": None,
        "place": None,
        "subject": None,
        "term": None,
    }
    ev = []
    own = None
    for m in find_symbols(text, hs, he):
        if m["so"]:
            own = (m.start(), m.end())
            party = bool(m["pn"])
            f["family"] = "party" if party else "state"
            f["number"] = m["pn"] or m["sn"]
            f["doc_type"] = m["pt"] if party else m["st"]
            iss = m["pi"] if party else m["si"]
            f["symbol"] = (
                f"{f['number']}-{f['doc_type']}/{iss}"
                if party
                else (f"{m['sn']}/{m['sy']}/{m['st']}-{iss}" if m["sy"] else f"{m['sn']}/{m['st']}-{iss}")
            )
            f["issuer_code"] = iss
            ev.append(ctx.ev(m.start(), m.end(), "header.symbol", 0.95))
            break
    if m := _DATE_LINE.search(text, hs, he):
        from datetime import date

        try:
            f["date"] = date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
            f["year"] = int(m["y"])
            f["place"] = m["place"]
            ev.append(ctx.ev(m.start(), m.end(), "header.place_date", 0.95))
        except ValueError:
            ctx.warnings.append(f"impossible header date: {m.group(0)}")
    title = header_title(lay.header)
    if title:
        i, tname = title
        code = TYPE_NAMES[tname]
        f["doc_type"] = f["doc_type"] or code
        p = lay.header[i]
        ev.append(ctx.ev(p.start, p.start + len(tname), "header.title", 0.95))
        lines = _subject_lines(lay.header[i + 1 :])
        if lines:
            f["subject"] = " ".join(q.text.strip() for q in lines)
            ev.append(ctx.ev(lines[0].start, lines[-1].end, "header.subject", 0.85))
    f["doc_type_name"] = CODE_NAMES.get(str(f["doc_type"]), None) if f["doc_type"] else None
    if m := TERM.search(text, hs, he):
        f["term"] = f"khóa {m['r']}"
        ev.append(ctx.ev(m.start(), m.end(), "header.term", 0.9))
    headers = fold(text[hs:he])
    if "dang cong san viet nam" in headers:
        f["family"] = "party"
    elif "cong hoa xa hoi chu nghia" in headers and not f["family"]:
        f["family"] = "state"
    issuer = _issuer(ctx, hs, he, f.get("issuer_code"))
    if issuer is not None:
        ctx.issuer = issuer
        f["issuer"], f["issuer_key"] = issuer.name, issuer.key
        f["family"] = f["family"] or ("party" if issuer.data.get("kind") == "party" else "state")
    f["jurisdiction"] = ctx.jurisdiction
    f["jurisdiction_name"] = national().name(ctx.jurisdiction) if ctx.jurisdiction else None
    if not f["place"] and f["jurisdiction_name"]:
        f["place"] = f["jurisdiction_name"]  # the header has no place line; the jurisdiction is known
    f["subject_jurisdiction"] = ctx.subject
    for k in ("symbol", "date"):
        if not f[k]:
            ctx.warnings.append(f"the header gives no {k}")
    if f["symbol"]:
        scope = local_scope(issuer, ctx.jurisdiction)
        try:
            f["key"] = keys.document_key_from_symbol(str(f["symbol"]), f["date"], scope)  # type: ignore[arg-type]
        except Exception:
            ctx.warnings.append(f"no document key for symbol {f['symbol']}")
    doc.fields.update(f)
    tn = f["doc_type_name"] or "Văn bản"
    doc.name = (
        f"{tn} số {f['symbol']}"
        if f["symbol"]
        else " ".join(
            x
            for x in (
                str(tn),
                f"của {issuer.name}" if issuer else "",
                f"({f['term']})" if f["term"] else "",
                str(f["subject"] or ""),
            )
            if x
        )
    )
    doc.evidence.extend(ev)
    return own


_NOT_SUBJECT = re.compile(
    r"(?:CỦA\b|Số\b|\(?Kèm theo|(?:CHỦ TỊCH\s+)?ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|BAN THƯỜNG VỤ)"
)


def _subject_lines(after_title: list) -> list:  # noqa: ANN001
    """The lines of the subject under the title ("VỀ VIỆC PHÊ DUYỆT …", wrapped over two or three lines):
    up to a rule line or the issuing organ repeated in a decision's preamble; "CỦA TỈNH ỦY" is skipped."""
    lines: list = []
    for q in after_title:
        t = q.text.strip()
        if re.fullmatch(r"[-=_*.\s]+", t) or _NOT_SUBJECT.match(t):
            if lines:
                break
            continue
        lines.append(q)
        if len(lines) == 3 or not t.isupper():  # a subject in sentence case is one line once normalised
            break
    return lines


def _year(doc: Item) -> int | None:
    """The document's year: its date's, else the latest year its subject names ("6 tháng cuối năm 2023")."""
    if doc.fields.get("year"):
        return int(doc.fields["year"])
    years = re.findall(r"\b(?:19|20)\d\d\b", str(doc.fields.get("subject") or ""))
    return max(map(int, years)) if years else None


def local_scope(issuer: Entry | None, jurisdiction: str | None) -> str | None:
    """The jurisdiction that qualifies a local issuer code in keys (TU -> TU-<slug>); None if central."""
    if issuer is not None:
        return issuer.jurisdiction if issuer.jurisdiction not in (keys.NATIONAL, "eu") else None
    return jurisdiction if jurisdiction and jurisdiction != keys.NATIONAL else None


def _issuer(ctx: Context, hs: int, he: int, code: object) -> Entry | None:
    """The issuer: the letterhead's organ, else a body named in the header, else the symbol's code."""
    organ = ctx.organ
    if organ and ctx.jurisdiction and ctx.jurisdiction != keys.NATIONAL:
        entry = ctx.gaz.organ(organ, ctx.jurisdiction)
        if entry is not None:
            return entry
    if organ and organ != "Bộ" and ctx.jurisdiction == keys.NATIONAL:
        entry = ctx.gaz.lookup(organ, "body")
        if entry is not None:
            return entry
    entry = _header_issuer(ctx, hs, he)
    if entry is None and code:
        entry = ctx.gaz.issuer_for_code(str(code), ctx.province)
    return entry


def _header_issuer(ctx: Context, hs: int, he: int) -> Entry | None:
    for m in ctx.matches:
        if m.start < hs or m.end > he:
            continue
        line_start = ctx.text.rfind("\n", 0, m.start) + 1
        if m.entry.kind == "body" and not fold(ctx.text[line_start : m.end]).startswith(_NATIONAL_HEADERS):
            return m.entry
    return None


def _provision_items(ctx: Context, provs: list[Prov]) -> None:
    seen: dict[str, int] = {}
    for p in provs:
        if p.path in seen:  # numbering restarted without a part: keep paths unique
            seen[p.path] += 1
            p.path = f"{p.path}~{seen[p.path]}"
        seen.setdefault(p.path, 1)
        own = p.own_text(ctx.text)
        heading = own.split("\n", 1)[0] if p.children else None
        words = (heading or own).split(None, 12)  # 12 words and the rest, if any
        name = f"{p.label} " + " ".join(words[:12]) + (" …" if len(words) > 12 else "")
        parent = ctx.collector.get("provisions", p.parent.path) if p.parent else None
        ctx.collector.add(
            "provisions",
            p.path,
            name,
            {
                "path": p.path,
                "label": p.label,
                "kind": p.kind,
                "level": p.level,
                "ordinal": p.ordinal,
                "heading": heading,
                "text": own,
                "parent": parent.id if parent else None,
                "part_role": p.role,
                "start": p.start,
                "end": p.end,
            },
            [ctx.ev(p.start, p.head_end, f"structure.{p.kind}", 0.95)],
        )


def _period_finder(ctx: Context, provs: list[Prov], doc: Item):  # noqa: ANN202
    starts = [p.start for p in provs]

    def period_for(pos: int) -> str | None:
        lo = max(ctx.text.rfind(". ", 0, pos), ctx.text.rfind("\n", 0, pos)) + 1
        hi = min(x for x in (ctx.text.find(". ", pos), ctx.text.find("\n", pos), len(ctx.text)) if x >= 0)
        if m := PERIOD.search(ctx.text, lo, hi):
            return m.group(0)
        k = bisect_right(starts, pos) - 1
        p = provs[k] if k >= 0 else None
        while p is not None:
            if p.spans and (m := PERIOD.search(ctx.text, p.spans[0][0], p.spans[0][1])):
                return m.group(0)
            p = p.parent
        subject = str(doc.fields.get("subject") or "")
        m = PERIOD.search(subject)
        return m.group(0) if m else None

    return period_for


def _trailer(ctx: Context, lay: Layout, doc: Item) -> None:
    recipients: list[str] = []
    sign: dict[str, str | None] = {"on_behalf": None, "post": None, "signer": None}
    in_list = False
    for p in lay.trailer:
        t = p.text.strip()
        if t.startswith(("Nơi nhận", "Nơi gửi")):
            in_list = True
            continue
        if _SIGN.match(t):
            sign["on_behalf"] = t
            doc.evidence.append(ctx.ev(p.start, p.end, "trailer.signature", 0.9))
            in_list = False
            continue
        if in_list and t.startswith(("-", "–", "+", "•")):
            recipients.append(t.lstrip("-–+• ").rstrip(" ,.;"))
            continue
        if t.isupper() and sign["on_behalf"] and not sign["post"]:
            sign["post"] = t
        elif (m := PERSON.fullmatch(t)) and sign["on_behalf"]:
            sign["signer"] = m["name"]
            key = keys.person_key(m["name"])
            ctx.collector.add(
                "persons",
                key,
                m["name"],
                {"key": key, "post": sign["post"], "signer": True},
                [ctx.ev(p.start, p.end, "trailer.signer", 0.9)],
            )
    doc.fields["recipients"] = recipients
    doc.fields["signature"] = sign
