"""The synthetic corpus as `neo4j-admin database import` CSV files, and the timed import."""

from __future__ import annotations

import csv
import time
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from api.services import neo4j_server as server
from bench.load_instances import OUT, connect, instance
from bench.synth_corpus import corpus
from graph.driver import element_count
from graph.record_checks import REFERENCE_PROPS, is_owned
from graph.records import DocumentRecords


def _typed(value: Any) -> tuple[str, str]:
    if isinstance(value, bool):
        return "boolean", str(value).lower()
    if isinstance(value, int):
        return "long", str(value)
    if isinstance(value, float):
        return "double", repr(value)
    if isinstance(value, date):
        return "date", value.isoformat()
    if isinstance(value, list):
        return "string[]", "|".join(map(str, value))
    return "string", str(value)


class CsvGraph:
    """The corpus as neo4j-admin import CSV files: one file per label and per relationship type."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.nodes: dict[tuple[str, str], dict[str, Any]] = {}  # shared nodes, merged in memory
        self.labels: dict[tuple[str, str], tuple[str, ...]] = {}
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.rels: dict[tuple[str, str, str, str, str], dict[str, Any]] = {}

    def add(self, d: DocumentRecords, run_key: str) -> None:
        doc = d.document_key
        for n in d.nodes:
            ident = (n.label, n.key)
            props = dict(n.props)
            if n.label == "Document" and n.key == doc:
                props.update(loaded=True, source_sha256=d.source_sha256, source_path=d.source_path)
            elif n.label == "Document":
                props = {k: v for k, v in props.items() if k in REFERENCE_PROPS} | {"loaded": False}
            if is_owned(doc, n.key) and n.label != "Document":
                self.rows.setdefault(n.label, []).append({"key": n.key, **props, "sources": [doc]})
                continue
            merged = self.nodes.setdefault(ident, {"key": n.key, "sources": []})
            if not (n.label == "Document" and merged.get("loaded") and n.key != doc):
                merged.update(props)
            merged["sources"].append(doc)
            self.labels[ident] = (n.label, *n.extra_labels)
        for r in d.rels:
            rel = self.rels.setdefault(
                (r.type, r.start_label, r.start_key, r.end_label, r.end_key), {"sources": []}
            )
            rel.update(r.props)
            rel["sources"].append(doc)
        self.rels[("GENERATED_BY", "Document", doc, "LoadRun", run_key)] = {"sources": [doc]}
        for n in d.nodes:
            if n.label == "Evidence":
                self.rels[("GENERATED_BY", "Evidence", n.key, "LoadRun", run_key)] = {"sources": [doc]}

    def _write(self, path: Path, head: list[str], rows: Iterable[dict[str, Any]], columns: list[str]) -> None:
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(head)
            for row in rows:
                w.writerow(["" if row.get(c) is None else _typed(row[c])[1] for c in columns])

    def write(self, run_key: str) -> list[str]:
        """Write the files; returns neo4j-admin arguments naming them."""
        self.folder.mkdir(parents=True, exist_ok=True)
        by_label: dict[str, list[dict[str, Any]]] = {k: list(v) for k, v in self.rows.items()}
        for (label, _), props in self.nodes.items():
            by_label.setdefault(label, []).append(
                props | {":LABEL": ";".join(self.labels[(label, props["key"])])}
            )
        by_label["LoadRun"] = [{"key": run_key, "name": run_key}]
        args = []
        for label, rows in by_label.items():
            types: dict[str, str] = {}
            for row in rows:
                for k, v in row.items():
                    if v is not None and k not in ("key", ":LABEL"):
                        types.setdefault(k, _typed(v)[0])
            columns = ["key", *sorted(types), *([":LABEL"] if any(":LABEL" in r for r in rows) else [])]
            head = [
                f"key:ID({label})",
                *[f"{c}:{types[c]}" for c in sorted(types)],
                *columns[1 + len(types) :],
            ]
            path = self.folder / f"nodes-{label}.csv"
            self._write(path, head, rows, columns)
            args.append(f"--nodes={label}={path}")
        by_type: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
        for (t, sl, sk, el, ek), props in self.rels.items():
            by_type.setdefault((t, sl, el), []).append({"s": sk, "e": ek, **props})
        for (t, sl, el), rows in by_type.items():
            extra = sorted({k for r in rows for k in r} - {"s", "e", "sources"})
            head = [f":START_ID({sl})", f":END_ID({el})", "sources:string[]", *[f"{k}:string" for k in extra]]
            path = self.folder / f"rels-{t}-{sl}-{el}.csv"
            self._write(path, head, rows, ["s", "e", "sources", *extra])
            args.append(f"--relationships={t}={path}")
        return args


def run_import(n_docs: int) -> tuple[float, float, int]:
    """(seconds to write CSVs, seconds of neo4j-admin import, elements) into a fresh stopped instance."""
    cfg = instance("import")
    began = time.perf_counter()
    graph = CsvGraph(OUT / "csv")
    for d in corpus(n_docs):
        graph.add(d, "run/import")
    args = graph.write("run/import")
    csv_s = time.perf_counter() - began
    began = time.perf_counter()
    server.admin(
        cfg,
        "database",
        "import",
        "full",
        "neo4j",
        "--overwrite-destination",
        "--array-delimiter=|",
        "--threads=2",
        *args,
    )
    import_s = time.perf_counter() - began
    server.start(cfg)
    try:
        with connect(cfg) as driver:
            count = element_count(driver)
    finally:
        server.stop(cfg)
    return csv_s, import_s, count
