"""Load throughput: this writer vs a naive one-statement-per-fact writer vs `neo4j-admin database import`.

Each run uses throwaway Neo4j instances under bench/out/ with the memory the project ships (heap 1g,
page cache 1g). Figures are graph elements (nodes + relationships, run log included) per second.

    python bench/load_throughput.py --docs 10000            # all three, cold and warm; ratios
    python bench/load_throughput.py --rss 1000 --rss-uri ... # (internal) peak RSS of a loader process
"""

from __future__ import annotations

import argparse
import csv
import gc
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import neo4j  # noqa: E402

from api.services import neo4j_server as server  # noqa: E402
from bench.synth_corpus import corpus  # noqa: E402
from graph.driver import element_count, open_driver, wait_ready  # noqa: E402
from graph.record_checks import REFERENCE_PROPS, is_owned  # noqa: E402
from graph.records import DocumentRecords  # noqa: E402
from graph.runs import finish_run, start_run  # noqa: E402
from graph.writer import ensure_schema, write_documents  # noqa: E402

OUT = REPO / "bench" / "out"
PASSWORD = "bench-password-1"


def instance(name: str) -> server.ServerConfig:
    """A fresh throwaway server config (heap 1g, page cache 1g) under bench/out/."""
    home = OUT / name
    shutil.rmtree(home, ignore_errors=True)
    cfg = server.ServerConfig(
        home=home,
        lib=REPO / ".neo4j" / "lib",
        bolt_port=server.free_port(),
        http_port=server.free_port(),
        heap="1g",
        pagecache="1g",
    )
    server.set_initial_password(cfg, PASSWORD)
    return cfg


def connect(cfg: server.ServerConfig) -> neo4j.Driver:
    driver = open_driver(cfg.bolt_uri, "neo4j", PASSWORD)
    wait_ready(driver, timeout_s=60)
    return driver


def elements(driver: neo4j.Driver) -> int:
    return element_count(driver)


def vm_hwm_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def run_writer(driver: neo4j.Driver, docs: Iterable[DocumentRecords], n_docs: int, batch_docs: int) -> float:
    """Seconds to write the documents with graph.writer (schema applied first, not timed)."""
    ensure_schema(driver)
    began = time.perf_counter()
    run = start_run(driver, input_path=f"synthetic:{n_docs}")
    totals = write_documents(driver, docs, run, batch_docs=batch_docs)
    finish_run(driver, run)
    assert not totals.failed, totals.failed[:3]
    return time.perf_counter() - began


def run_naive(driver: neo4j.Driver, docs: Iterable[DocumentRecords]) -> tuple[float, int]:
    """One auto-committed statement per node and per relationship; returns (seconds, statements)."""
    ensure_schema(driver)
    statements = 0
    began = time.perf_counter()
    with driver.session() as session:
        for d in docs:
            for n in d.nodes:
                labels = ":".join((n.label, *n.extra_labels))
                session.run(
                    f"MERGE (n:{n.label} {{key: $key}}) SET n:{labels} SET n += $props, "  # type: ignore[arg-type]
                    "n.sources = coalesce(n.sources, []) + $doc",
                    key=n.key,
                    props=n.props,
                    doc=d.document_key,
                ).consume()
                statements += 1
            for r in d.rels:
                session.run(
                    f"MATCH (a:{r.start_label} {{key: $s}}) MATCH (b:{r.end_label} {{key: $e}}) "  # type: ignore[arg-type]
                    f"MERGE (a)-[x:{r.type}]->(b) "
                    "SET x += $props, x.sources = coalesce(x.sources, []) + $doc",
                    s=r.start_key,
                    e=r.end_key,
                    props=r.props,
                    doc=d.document_key,
                ).consume()
                statements += 1
    return time.perf_counter() - began, statements


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
            count = elements(driver)
    finally:
        server.stop(cfg)
    return csv_s, import_s, count


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--docs", type=int, default=10000)
    p.add_argument("--batch-docs", type=int, default=100)
    p.add_argument("--naive-docs", type=int, default=100)
    p.add_argument("--skip", nargs="*", default=[], choices=["writer", "warm", "naive", "import", "rss"])
    p.add_argument("--rss", type=int, help="(internal) load this many documents into --rss-uri, print VmHWM")
    p.add_argument("--rss-uri")
    a = p.parse_args()
    if a.rss:
        with open_driver(a.rss_uri, "neo4j", PASSWORD) as driver:
            run_writer(driver, corpus(a.rss), a.rss, a.batch_docs)
        print(vm_hwm_kb())
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"corpus: {a.docs} synthetic documents (records), {os.cpu_count()} cores, heap 1g, page cache 1g")
    results: dict[str, float] = {}
    records: list[DocumentRecords] = []
    if "writer" not in a.skip or "warm" not in a.skip:
        # Like the import's CSV files, the records exist before the clock starts: the figures are the
        # writer's, not the synthetic generator's. Frozen, so the collector does not walk them again and
        # again (a real load holds one batch at a time). The streaming load is measured for RSS below.
        began = time.perf_counter()
        records = list(corpus(a.docs))
        gc.freeze()
        print(f"records: {a.docs} documents generated in {time.perf_counter() - began:.1f} s (not counted)")
    if "writer" not in a.skip or "naive" not in a.skip or "rss" not in a.skip:
        cfg = instance("writer")
        server.start(cfg)
        try:
            with connect(cfg) as driver:
                if "writer" not in a.skip:
                    secs = run_writer(driver, records, a.docs, a.batch_docs)
                    n = elements(driver)
                    results["writer"] = n / secs
                    print(
                        f"writer:  {n} elements in {secs:.1f} s = {n / secs:,.0f} elements/s "
                        f"(batches of {a.batch_docs} documents; fresh server, JIT cold)"
                    )
                if "warm" not in a.skip:
                    # The naive writer below runs on this server after the writer: its JIT is warm. The
                    # same load again into the emptied graph gives the writer the same conditions.
                    _wipe(driver)
                    secs = run_writer(driver, records, a.docs, a.batch_docs)
                    n = elements(driver)
                    results["warm"] = n / secs
                    print(
                        f"writer:  {n} elements in {secs:.1f} s = {n / secs:,.0f} elements/s "
                        "(the same load again into the emptied graph, JIT warm)"
                    )
                if "rss" not in a.skip:
                    for size in sorted({1000, a.docs}):
                        _wipe(driver)
                        out = subprocess.run(
                            [
                                sys.executable,
                                __file__,
                                "--rss",
                                str(size),
                                "--rss-uri",
                                cfg.bolt_uri,
                                "--batch-docs",
                                str(a.batch_docs),
                            ],
                            capture_output=True,
                            text=True,
                            check=True,
                        )
                        print(
                            f"loader peak RSS (VmHWM) at {size} documents: "
                            f"{int(out.stdout.split()[-1]) / 1024:.0f} MiB"
                        )
                if "naive" not in a.skip:
                    _wipe(driver)
                    secs, statements = run_naive(driver, list(corpus(a.naive_docs)))
                    n = elements(driver)
                    results["naive"] = n / secs
                    print(
                        f"naive:   {n} elements ({statements} statements, {a.naive_docs} documents) "
                        f"in {secs:.1f} s "
                        f"= {n / secs:,.0f} elements/s"
                    )
        finally:
            server.stop(cfg)
    if "naive" not in a.skip:
        # The naive writer on a fresh server too, so the cold writer has a cold baseline.
        cfg = instance("naive-cold")
        server.start(cfg)
        try:
            with connect(cfg) as driver:
                secs, statements = run_naive(driver, list(corpus(a.naive_docs)))
                n = elements(driver)
                results["naive-cold"] = n / secs
                print(
                    f"naive:   {n} elements in {secs:.1f} s = {n / secs:,.0f} elements/s "
                    "(fresh server, JIT cold)"
                )
        finally:
            server.stop(cfg)
    if "import" not in a.skip:
        csv_s, import_s, n = run_import(a.docs)
        results["import"] = n / import_s
        print(
            f"import:  {n} elements in {import_s:.1f} s = {n / import_s:,.0f} elements/s "
            "(neo4j-admin database import full, JVM start included; "
            f"CSVs written in {csv_s:.1f} s, not counted)"
        )
    # Like for like: each writer against the naive writer in the same JIT state.
    for name, label, naive in (("writer", "cold", "naive-cold"), ("warm", "warm", "naive")):
        if name in results and naive in results:
            print(
                f"writer ({label}) / naive ({label}) = {results[name] / results[naive]:.0f}x (target >= 50x)"
            )
        if name in results and "import" in results:
            print(f"writer ({label}) / import = {results[name] / results['import']:.2f} (target >= 0.25)")
    if "writer" in results and "naive" in results:
        print(f"writer (cold) / naive (warm) = {results['writer'] / results['naive']:.0f}x")
    return 0


def _wipe(driver: neo4j.Driver) -> None:
    with driver.session() as session:
        # Relationships first: one DETACH DELETE of the run node (a million relationships) overflows memory.
        session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS").consume()
        session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


if __name__ == "__main__":
    sys.exit(main())
