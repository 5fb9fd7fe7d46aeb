"""The query plans of the API's reads compiled before it says it is ready (issue 16).

Neo4j plans a query the first time it sees its text with a given set of parameter types, and on a
freshly started server (a cold JVM) planning one of the read queries takes 0.6-3 s of CPU. Concurrent
first requests each plan it again: 50 clients arriving at a restarted API on the 1M-element graph kept
both cores busy planning for more than 10 s (19 answers in 12 s, 97 ms of Neo4j CPU per answer instead
of 7). The warm-up runs each read once, with the parameter types the routes send (absent keys: a plan does
not depend on the values), from a background thread; `/v1/ready` answers 503 until it is done, so a load
balancer or `kg serve` sends no traffic to an API whose plans are cold.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial

from graph.errors import GraphAuthError, GraphError, GraphUnavailable
from graph.queries import bodies, documents, projects, search, tasks
from graph.reader import Reader
from graph.reviews import hidden_states

log = logging.getLogger(__name__)

ABSENT = "-warm-up-"  # a key no graph holds (keys are slugs; none ends in '-')
Read = Callable[[Reader], object]
WARM_UP_TIMEOUT_S = 120.0


def _reads() -> list[Read]:
    """The routes' reads, each with the parameter types of a default request and of common filters."""
    hidden = hidden_states(False)
    out: list[Read] = []
    for role in (None, "lead"):  # no role, and a role (a string: the same plan for every role)
        out.append(partial(_responsibilities, role=role, hidden=hidden))
    out += [
        lambda r: bodies.get_body(r, f"body/{ABSENT}", hidden=hidden),
        lambda r: bodies.list_bodies(r),
        lambda r: projects.get_project(r, f"project/{ABSENT}", hidden=hidden),
        lambda r: projects.list_projects(r),
        lambda r: documents.get_document(r, ABSENT, hidden=hidden),
        lambda r: documents.list_documents(r),
        lambda r: tasks.list_tasks(r, hidden=hidden),
        lambda r: tasks.list_tasks(r, body=f"body/{ABSENT}", hidden=hidden),
        lambda r: tasks.list_tasks(r, project=f"project/{ABSENT}", hidden=hidden),
    ]
    # A word (the full-text query) and a symbol (the symbol lookup as well).
    out += [partial(_search, text=t) for t in ("giao thông", "26-NQ/TW")]
    return out


def _responsibilities(reader: Reader, role: str | None, hidden: list[str]) -> object:
    return bodies.responsibilities(reader, f"body/{ABSENT}", role=role, hidden=hidden)


def _search(reader: Reader, text: str) -> object:
    return search.search(reader, text)


@dataclass
class PlanWarmUp:
    """Runs the reads once in a daemon thread; `done` once they ran or Neo4j could not be reached."""

    reader: Reader
    reads: list[Read] = field(default_factory=_reads)
    seconds: float | None = None
    failed: str | None = None
    _done: threading.Event = field(default_factory=threading.Event)

    @property
    def done(self) -> bool:
        """Whether the warm-up is over (a failure ends it too: the reads then plan on first use)."""
        return self._done.is_set()

    def wait(self, seconds: float) -> bool:
        """Wait at most `seconds` for the warm-up to end; whether it has."""
        return self._done.wait(seconds)

    def skip(self) -> None:
        """No warm-up (API_WARM_UP=false): ready at once."""
        self._done.set()

    def start(self) -> None:
        """Warm up in the background."""
        threading.Thread(target=self.run, name="plan-warm-up", daemon=True).start()

    def run(self) -> None:
        """Each read once, in order, with the longer WARM_UP_TIMEOUT_S (planning alone took 10 s on a
        cold server under two workers' warm-ups); Neo4j away ends it, another failure skips the read."""
        began = time.perf_counter()
        reader = replace(self.reader, timeout_s=WARM_UP_TIMEOUT_S)
        try:
            for n, read in enumerate(self.reads):
                try:
                    read(reader)
                except (GraphUnavailable, GraphAuthError):
                    raise
                except GraphError as e:  # a timeout: that read plans on first use instead
                    self.failed = f"read {n}: {e}"
                    log.warning("query plan warm-up, read %d: %s", n, e)
        except Exception as e:  # noqa: BLE001 - Neo4j away, the driver closed under it at shutdown, a bug
            self.failed = repr(e) if not isinstance(e, GraphError) else str(e)
            log.warning("query plan warm-up stopped: %s", self.failed)
        finally:
            self.seconds = time.perf_counter() - began
            self._done.set()
        if self.failed is None:
            log.info("query plans of %d reads warmed in %.1f s", len(self.reads), self.seconds)
