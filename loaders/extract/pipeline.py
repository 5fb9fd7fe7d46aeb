"""The extraction pipeline: file or text in, an Extraction out; the order of the passes, and what each reads
and adds.

1. `read.normalize`: the decoded text -> canonical NFC text, one paragraph per line, and the offset map.
2. `structure.layout`: the text -> header, body and trailer paragraphs.
3. `header.apply_jurisdiction`: the header (or the jurisdiction given) -> the document's jurisdiction,
   subject province and issuing organ on the context; before anything is matched, since names resolve in it.
4. `Context.scan_all`: the gazetteer's names found in the folded text, resolved in the jurisdiction.
5. `header.read_header`: symbol, type, date, place, issuer, subject, term, key -> the document item.
6. `references.extract_references`: cited symbols and titles -> references (the own symbol left out).
7. `structure.provisions`: the body -> the provision tree, each part with its role; provision items.
8. `entities.extract_entities`: gazetteer mentions, head-word bodies and projects, lists, persons,
   meetings, terms -> bodies, projects, programmes, places, persons.
9. `indicators.extract_indicators`: targets with their period -> indicators.
10. `tasks.extract_tasks`: the task and implementation parts, with the items above as what tasks concern
    -> tasks with deadlines and assignments (roles) with evidence; task tables.
11. `trailer.read_trailer`: recipients and signature -> the document item, the signer as a person.
"""

from __future__ import annotations

from pathlib import Path

from loaders.errors import EmptyInputError
from loaders.extract.context import Context
from loaders.extract.entities import extract_entities
from loaders.extract.header import apply_jurisdiction, document_year, read_header, validate_jurisdiction
from loaders.extract.indicators import extract_indicators, period_finder
from loaders.extract.model import Collector, Extraction, Item
from loaders.extract.references import extract_references
from loaders.extract.structure import Prov, layout, provisions
from loaders.extract.tasks import extract_tasks
from loaders.extract.trailer import read_trailer
from loaders.gazetteer.catalogue import gazetteer
from loaders.read.discover import sidecar_jurisdiction
from loaders.read.files import DEFAULT_MAX_BYTES, read_path
from loaders.read.normalize import normalize


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
    apply_jurisdiction(ctx, lay, ex.document, validate_jurisdiction(jurisdiction))
    ctx.scan_all()
    ctx.body_end = lay.body_end or norm.body_end  # an attached plan's body runs past the first trailer
    own = read_header(ctx, lay, ex.document)
    extract_references(ctx, own)
    provs = provisions(lay.body, ctx.warnings)
    _provision_items(ctx, provs)
    extract_entities(ctx, 0, len(norm.text))
    extract_indicators(ctx, ctx.body_start, ctx.body_end, period_finder(ctx, provs, ex.document))
    if not any(p.role in ("tasks", "implementation") for p in provs):
        for p in provs:  # a document without task parts (a short plan or decision): what is not an
            if p.role == "other":  # assessment directs
                p.role = "tasks"
    ctx.year = document_year(ex.document)
    items = ex.items
    extract_tasks(ctx, provs, [items["projects"], items["programmes"], items["references"], items["places"]])
    read_trailer(ctx, lay, ex.document)
    ex.warnings.extend(ctx.warnings)
    return ex


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
