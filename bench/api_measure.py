"""How bench/api_load.py measures: wrk against the API, threads on one driver for the bare runs, and the CPU
per request of the client's processes and of Neo4j (from /proc)."""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

from graph.errors import GraphError

LUA = Path(__file__).resolve().parent / "api_rotate.lua"
_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _ms(text: str) -> float:
    m = re.match(r"([\d.]+)(us|ms|s)", text)
    assert m, text
    return float(m.group(1)) * _UNITS[m.group(2)]


def wrk(base: str, paths: Path, connections: int, seconds: int) -> dict[str, float]:
    """Requests/s, p50 and p99 in ms (wrk --latency), the share of non-2xx answers, cache hits."""
    cmd = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "--latency"]
    out = subprocess.run(
        [*cmd, "-s", str(LUA), base, "--", str(paths)], capture_output=True, text=True, check=True
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    p50 = _ms(re.search(r"\s50%\s+(\S+)", out).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"\s99%\s+(\S+)", out).group(1))  # type: ignore[union-attr]
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    timeouts = re.search(r"timeout (\d+)", out)
    total = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    failed = (int(bad.group(1)) if bad else 0) + (int(timeouts.group(1)) if timeouts else 0)
    cache = re.search(r"x-cache hits (\d+) misses (\d+)", out)
    hits = int(cache.group(1)) if cache else 0
    return {"rps": rps, "p50": p50, "p99": p99, "errors": failed / max(total, 1), "n": total, "hits": hits}


def bare(work: Callable[[], object], connections: int, seconds: int) -> dict[str, float]:
    """The same query from `connections` threads on one driver: requests/s, p50 and p99 in ms."""
    latencies: list[float] = []
    failures: list[int] = []
    lock = threading.Lock()
    stop = time.perf_counter() + seconds

    def loop() -> None:
        mine = []
        while time.perf_counter() < stop:
            t0 = time.perf_counter()
            try:
                work()
            except GraphError:
                failures.append(1)
                continue
            mine.append((time.perf_counter() - t0) * 1000)
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=loop) for _ in range(connections)]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - began
    qs = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [float("nan")] * 99
    errors = len(failures) / max(len(failures) + len(latencies), 1)
    return {
        "rps": len(latencies) / elapsed,
        "p50": qs[49],
        "p99": qs[98],
        "errors": errors,
        "n": len(latencies),
        "hits": 0,
    }


def cpu_s(pids: list[int]) -> float:
    """User + system CPU seconds used so far by these processes (from /proc; Linux only)."""
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def api_pids(api: subprocess.Popen[bytes]) -> list[int]:
    """The uvicorn master and its worker processes."""
    children = Path(f"/proc/{api.pid}/task/{api.pid}/children").read_text().split()
    return [api.pid, *map(int, children)]


def measured(run: Callable[[], dict[str, float]], pids: list[int]) -> dict[str, float]:
    """`run`'s figures plus the CPU milliseconds per request spent in `pids` (client side) and Neo4j."""
    client, db = pids[:-1], pids[-1:]
    c0, d0 = cpu_s(client), cpu_s(db)
    out = run()
    n = max(out["n"], 1)
    out["cpu"] = (cpu_s(client) - c0) * 1000 / n
    out["db_cpu"] = (cpu_s(db) - d0) * 1000 / n
    out["load"] = os.getloadavg()[0]
    return out
