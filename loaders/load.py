"""Loading files into the graph: extract each file (pure), turn it into records, write them in batches."""

from __future__ import annotations

import gc
import hashlib
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from graph.records import DocumentRecords
from graph.runs import Run, finish_run, start_run
from graph.writer import DEFAULT_BATCH_DOCS, Driver, WriteSummary, WriteTotals, ensure_schema, write_documents
from loaders.errors import LoaderError
from loaders.extract.pipeline import extract_file
from loaders.gazetteer.catalogue import gazetteer
from loaders.read.discover import discover
from loaders.read.files import DEFAULT_MAX_BYTES
from loaders.records import content_key_stem, to_records
from ontology import OntologyError


@dataclass
class LoadReport:
    """The outcome of one `kg load`: what was written, skipped or refused, with counts by kind."""

    run_key: str = ""
    files: int = 0
    written: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)

    def lines(self) -> list[str]:
        """A human summary, one fact per line."""
        out = [
            f"{self.files} file(s): {self.written} document(s) written, {self.unchanged} unchanged, "
            f"{len(self.failed)} failed (run {self.run_key})"
        ]
        nodes = ", ".join(
            f"{k.removeprefix('node:')} {n}" for k, n in sorted(self.counts.items()) if k.startswith("node:")
        )
        rels = ", ".join(
            f"{k.removeprefix('rel:')} {n}" for k, n in sorted(self.counts.items()) if k.startswith("rel:")
        )
        if nodes:
            out += [f"  nodes: {nodes}", f"  relationships: {rels}"]
        out += [f"  failed: {path}: {why}" for path, why in self.failed]
        out += [f"  warning: {w}" for w in self.warnings[:50]]
        if len(self.warnings) > 50:
            out.append(f"  ... and {len(self.warnings) - 50} more warnings")
        return out


def _records(
    files: list[Path],
    report: LoadReport,
    digest: hashlib._Hash,
    max_bytes: int,
    source: str | None,
    jurisdiction: str | None = None,
) -> Iterator[DocumentRecords]:
    seen: dict[str, Path] = {}
    for path in files:
        try:
            ex = extract_file(path, max_bytes=max_bytes, jurisdiction=jurisdiction)
            records = to_records(ex, source or str(path))
            records.version_of = content_key_stem(records.document_key)
        except (LoaderError, OntologyError, OSError) as e:
            report.failed.append((str(path), str(e)))
            continue
        digest.update(f"{path}\0{records.source_sha256}\n".encode())
        report.warnings.extend(f"{path.name}: {w}" for w in ex.warnings)
        if records.document_key in seen:
            report.warnings.append(
                f"{path.name}: same key as {seen[records.document_key].name} (kept unless --force)"
            )
        seen[records.document_key] = path
        yield records


def _write(
    driver: Driver,
    records: Iterator[DocumentRecords],
    run: Run,
    report: LoadReport,
    progress: bool,
    *,
    batch_docs: int,
    database: str | None,
    force: bool,
) -> WriteTotals:
    """Write the records in batches with a progress bar, long-lived objects out of the collector's view."""
    bar = tqdm(total=report.files, unit="file", file=sys.stderr, disable=not progress)

    def done(summary: WriteSummary) -> None:
        bar.update(1)
        if summary.error:
            report.failed.append((summary.document_key, summary.error))

    gazetteer()  # loaded once, before the freeze
    # Objects alive now (modules, the gazetteer) outlive the batch: out of the cyclic collector's view,
    # its passes over the many short-lived extraction objects stay short. Undone after the batch.
    gc.freeze()
    try:
        return write_documents(
            driver,
            records,
            run,
            batch_docs=batch_docs,
            database=database,
            skip_unchanged=not force,
            keep_others=not force,
            on_written=done,
        )
    finally:
        gc.unfreeze()
        bar.update(report.files - bar.n)
        bar.close()


def load_paths(
    driver: Driver,
    paths: Iterable[str | Path],
    *,
    batch_docs: int = DEFAULT_BATCH_DOCS,
    force: bool = False,
    progress: bool = True,
    database: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    source: str | None = None,
    jurisdiction: str | None = None,
) -> LoadReport:
    """Load files and folders: a file that fails is reported and skipped, the rest load.

    Unchanged documents (same source sha256 as loaded) are skipped unless `force`; a document whose
    key holds another document (another text from another source) is refused unless `force`.
    `source` names the documents' source instead of their paths (an upload's temporary file).
    """
    names = [str(p) for p in ([paths] if isinstance(paths, str | Path) else paths)]
    files = discover(names)
    report = LoadReport(files=len(files))
    ensure_schema(driver, database)
    run = start_run(driver, input_path=source or " ".join(names), database=database)
    report.run_key = run.key
    digest = hashlib.sha256()
    records = _records(files, report, digest, max_bytes, source, jurisdiction)
    totals = _write(
        driver, records, run, report, progress, batch_docs=batch_docs, database=database, force=force
    )
    report.written, report.unchanged = totals.written, totals.skipped
    report.counts = totals.counts
    run.counts.update(
        {
            "documents_written": totals.written,
            "documents_unchanged": totals.skipped,
            "files_failed": len(report.failed),
        }
    )
    finish_run(driver, run, database=database, input_sha256=digest.hexdigest())
    return report
