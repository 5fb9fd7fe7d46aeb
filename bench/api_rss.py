"""API worker memory on a large graph: peak RSS during RDF answers, and the time of a 503 in an outage.

    python bench/api_rss.py --build 10000   # a throwaway Neo4j (bench/out/api-rss), the synthetic graph
    python bench/api_rss.py --measure       # one uvicorn worker against it: peak RSS per request, outage 503

The worker's peak RSS (VmHWM) is reset before each request (/proc/PID/clear_refs, 5), so each figure is
that request's own peak over the worker's resting size.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from api.services import neo4j_server as server  # noqa: E402
from bench.synth_corpus import corpus  # noqa: E402
from graph.driver import element_count, open_driver, wait_ready  # noqa: E402
from graph.runs import finish_run, start_run  # noqa: E402
from graph.writer import ensure_schema, write_documents  # noqa: E402

HOME = REPO / "bench" / "out" / "api-rss"
PASSWORD = "bench-password-1"
HUB = "body/quang-ngai/tinh-uy"


def config(ports: dict[str, int] | None = None) -> server.ServerConfig:
    ports = ports or {"bolt": server.free_port(), "http": server.free_port()}
    return server.ServerConfig(
        home=HOME, lib=REPO / ".neo4j" / "lib", bolt_port=ports["bolt"], http_port=ports["http"]
    )


def build(n_docs: int) -> None:
    shutil.rmtree(HOME, ignore_errors=True)
    cfg = config()
    server.set_initial_password(cfg, PASSWORD)
    server.start(cfg)
    try:
        with open_driver(cfg.bolt_uri, "neo4j", PASSWORD) as driver:
            wait_ready(driver, timeout_s=60)
            ensure_schema(driver)
            run = start_run(driver)
            began = time.perf_counter()
            write_documents(driver, corpus(n_docs), run, batch_docs=100)
            finish_run(driver, run)
            print(
                f"{n_docs} documents, {element_count(driver)} elements in {time.perf_counter() - began:.0f} s"
            )
    finally:
        server.stop(cfg)
    (HOME / "bench.json").write_text(json.dumps({"docs": n_docs}))


def _status(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _get(url: str, timeout: float = 600.0) -> tuple[int, int, float]:
    began = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            size, status = len(r.read()), r.status
    except urllib.error.HTTPError as e:
        size, status = len(e.read()), e.code
    return status, size, time.perf_counter() - began


def measure() -> None:
    docs = json.loads((HOME / "bench.json").read_text())["docs"]
    cfg = config()
    server.start(cfg)
    with open_driver(cfg.bolt_uri, "neo4j", PASSWORD) as driver:
        wait_ready(driver, timeout_s=180)
    port = server.free_port()
    env = {
        **os.environ,
        "NEO4J_URI": cfg.bolt_uri,
        "NEO4J_PASSWORD": PASSWORD,
        "API_CACHE": "false",
    }
    cmd = [sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory", "--port", str(port)]
    api = subprocess.Popen(cmd, env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if _get(base + "/v1/ready", 2)[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.2)
        print(f"graph: {docs} synthetic documents; one uvicorn worker, cache off")
        print(f"worker at rest: {_status(api.pid, 'VmRSS') / 1024:.0f} MiB")
        for path in (
            f"/v1/rdf/node?key={HUB}",
            f"/v1/rdf/node?key={HUB}",  # again, the page cache warm
            f"/v1/rdf/node?key={HUB}&depth=2",
            f"/v1/rdf/node?key={HUB}&depth=2&limit=5000",
            "/v1/rdf/graph",
            "/v1/rdf/graph?format=nt",
            f"/v1/graph/neighbourhood?key={HUB}&depth=3&limit=500",
        ):
            Path(f"/proc/{api.pid}/clear_refs").write_text("5")
            status, size, secs = _get(base + path)
            peak = _status(api.pid, "VmHWM") / 1024
            print(f"GET {path}: {status}, {size / 1e6:.1f} MB in {secs:.1f} s, peak RSS {peak:.0f} MiB")
        began = time.perf_counter()
        out = HOME / "export.nt"
        subprocess.run([str(REPO / ".venv" / "bin" / "kg"), "export", "-o", str(out)], env=env, check=True)
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        secs = time.perf_counter() - began
        size = out.stat().st_size / 1e6
        print(f"kg export: {size:.0f} MB of N-Triples in {secs:.0f} s, peak RSS {peak:.0f} MiB")
        out.unlink()
        server.stop(cfg)
        for path in ("/v1/ready", f"/v1/bodies/{HUB}", "/v1/search?q=tra", f"/v1/rdf/node?key={HUB}"):
            times = []
            for _ in range(3):
                status, _, secs = _get(base + path, 30)
                times.append(secs)
            print(f"Neo4j stopped: GET {path}: {status} in {min(times):.2f}-{max(times):.2f} s")
    finally:
        api.terminate()
        api.wait(10)
        server.stop(cfg)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--build", type=int, metavar="DOCS")
    p.add_argument("--measure", action="store_true")
    a = p.parse_args()
    if a.build:
        build(a.build)
    if a.measure:
        measure()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
