"""Load throughput: this writer vs a naive one-statement-per-fact writer vs `neo4j-admin database import`.

Each run uses throwaway Neo4j instances under bench/out/ with the memory the project ships (heap 1g,
page cache 1g). Figures are graph elements (nodes + relationships, run log included) per second.

    python bench/load_throughput.py --docs 10000            # all three, cold and warm; ratios
    python bench/load_throughput.py --rss 1000 --rss-uri ... # (internal) peak RSS of a loader process
"""

from __future__ import annotations

import argparse
import gc
import os
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import neo4j  # noqa: E402

from api.services import neo4j_server as server  # noqa: E402
from bench.load_import import run_import  # noqa: E402
from bench.load_instances import OUT, PASSWORD, connect, instance, wipe  # noqa: E402
from bench.synth_corpus import corpus  # noqa: E402
from graph.driver import element_count, open_driver  # noqa: E402
from graph.records import DocumentRecords  # noqa: E402
from graph.runs import finish_run, start_run  # noqa: E402
from graph.writer import ensure_schema, write_documents  # noqa: E402


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


def _arguments() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--docs", type=int, default=10000)
    p.add_argument("--batch-docs", type=int, default=100)
    p.add_argument("--naive-docs", type=int, default=100)
    p.add_argument("--skip", nargs="*", default=[], choices=["writer", "warm", "naive", "import", "rss"])
    p.add_argument("--rss", type=int, help="(internal) load this many documents into --rss-uri, print VmHWM")
    p.add_argument("--rss-uri")
    return p.parse_args()


def main() -> int:
    a = _arguments()
    if a.rss:
        with open_driver(a.rss_uri, "neo4j", PASSWORD) as driver:
            run_writer(driver, corpus(a.rss), a.rss, a.batch_docs)
        print(vm_hwm_kb())
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"corpus: {a.docs} synthetic documents (records), {os.cpu_count()} cores, heap 1g, page cache 1g")
    results: dict[str, float] = {}
    if "writer" not in a.skip or "naive" not in a.skip or "rss" not in a.skip:
        _on_one_server(a, _records(a), results)
    if "naive" not in a.skip:
        _naive_cold(a, results)
    if "import" not in a.skip:
        csv_s, import_s, n = run_import(a.docs)
        results["import"] = n / import_s
        print(
            f"import:  {n} elements in {import_s:.1f} s = {n / import_s:,.0f} elements/s "
            "(neo4j-admin database import full, JVM start included; "
            f"CSVs written in {csv_s:.1f} s, not counted)"
        )
    _ratios(results)
    return 0


def _records(a: argparse.Namespace) -> list[DocumentRecords]:
    """The corpus's records, made before any clock starts (empty when neither writer run is asked)."""
    if "writer" in a.skip and "warm" in a.skip:
        return []
    # Like the import's CSV files, the records exist before the clock starts: the figures are the
    # writer's, not the synthetic generator's. Frozen, so the collector does not walk them again and
    # again (a real load holds one batch at a time). The streaming load is measured for RSS below.
    began = time.perf_counter()
    records = list(corpus(a.docs))
    gc.freeze()
    print(f"records: {a.docs} documents generated in {time.perf_counter() - began:.1f} s (not counted)")
    return records


def _on_one_server(a: argparse.Namespace, records: list[DocumentRecords], results: dict[str, float]) -> None:
    """The writer cold then warm, the loader's peak RSS and the naive writer, in turn on one server."""
    cfg = instance("writer")
    server.start(cfg)
    try:
        with connect(cfg) as driver:
            if "writer" not in a.skip:
                results["writer"] = _timed_writer(driver, records, a, "fresh server, JIT cold")
            if "warm" not in a.skip:
                # The naive writer below runs on this server after the writer: its JIT is warm. The
                # same load again into the emptied graph gives the writer the same conditions.
                wipe(driver)
                results["warm"] = _timed_writer(
                    driver, records, a, "the same load again into the emptied graph, JIT warm"
                )
            if "rss" not in a.skip:
                _peak_rss(driver, cfg, a)
            if "naive" not in a.skip:
                wipe(driver)
                secs, statements = run_naive(driver, list(corpus(a.naive_docs)))
                n = elements(driver)
                results["naive"] = n / secs
                print(
                    f"naive:   {n} elements ({statements} statements, {a.naive_docs} documents) "
                    f"in {secs:.1f} s = {n / secs:,.0f} elements/s"
                )
    finally:
        server.stop(cfg)


def _timed_writer(
    driver: neo4j.Driver, records: list[DocumentRecords], a: argparse.Namespace, how: str
) -> float:
    """Elements per second of one writer load, printed."""
    secs = run_writer(driver, records, a.docs, a.batch_docs)
    n = elements(driver)
    print(
        f"writer:  {n} elements in {secs:.1f} s = {n / secs:,.0f} elements/s "
        f"(batches of {a.batch_docs} documents; {how})"
    )
    return n / secs


def _peak_rss(driver: neo4j.Driver, cfg: server.ServerConfig, a: argparse.Namespace) -> None:
    """The peak RSS of a loader process streaming 1,000 and --docs documents, printed."""
    for size in sorted({1000, a.docs}):
        wipe(driver)
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
        print(f"loader peak RSS (VmHWM) at {size} documents: {int(out.stdout.split()[-1]) / 1024:.0f} MiB")


def _naive_cold(a: argparse.Namespace, results: dict[str, float]) -> None:
    """The naive writer on a fresh server too, so the cold writer has a cold baseline."""
    cfg = instance("naive-cold")
    server.start(cfg)
    try:
        with connect(cfg) as driver:
            secs, _ = run_naive(driver, list(corpus(a.naive_docs)))
            n = elements(driver)
            results["naive-cold"] = n / secs
            print(
                f"naive:   {n} elements in {secs:.1f} s = {n / secs:,.0f} elements/s (fresh server, JIT cold)"
            )
    finally:
        server.stop(cfg)


def _ratios(results: dict[str, float]) -> None:
    """Like for like: each writer against the naive writer in the same JIT state, and against the import."""
    for name, label, naive in (("writer", "cold", "naive-cold"), ("warm", "warm", "naive")):
        if name in results and naive in results:
            print(
                f"writer ({label}) / naive ({label}) = {results[name] / results[naive]:.0f}x (target >= 50x)"
            )
        if name in results and "import" in results:
            print(f"writer ({label}) / import = {results[name] / results['import']:.2f} (target >= 0.25)")
    if "writer" in results and "naive" in results:
        print(f"writer (cold) / naive (warm) = {results['writer'] / results['naive']:.0f}x")


if __name__ == "__main__":
    sys.exit(main())
