"""`kg graph check|hash|stats` and `kg export`: the configured Neo4j database (NEO4J_URI, NEO4J_DATABASE)."""

from __future__ import annotations

import sys

import click


@click.group("graph", short_help="check, hash and count the configured database")
def group() -> None:
    """The configured Neo4j database: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE."""


@group.command(short_help="connect and print the server version")
def check() -> int:
    """Connect and print the server's name, version and edition (exit 1 when it does not answer)."""
    from graph.driver import check as check_server
    from graph.driver import driver_from_settings
    from graph.settings import get_neo4j_settings

    settings = get_neo4j_settings()
    with driver_from_settings(settings) as driver:
        info = check_server(driver, settings.neo4j_database, uri=settings.neo4j_uri)
    print(f"{info['name']} {info['version']} {info['edition']} at {settings.neo4j_uri}")
    return 0


@group.command("hash", short_help="content hash of the graph (order-independent)")
def hash_() -> int:
    """The graph's content hash: the same data gives the same hash (order-independent; run log excluded)."""
    from graph.driver import driver_from_settings
    from graph.hash import graph_hash
    from graph.settings import get_neo4j_settings

    settings = get_neo4j_settings()
    with driver_from_settings(settings) as driver:
        digest = graph_hash(driver, settings.neo4j_database)
    print(f"{digest.sha256}  ({digest.nodes} nodes, {digest.rels} relationships)")
    return 0


@group.command(short_help="nodes per label, relationships per type, orphans")
def stats() -> int:
    """Nodes per label, relationships per type, and unsupported (orphan) nodes and relationships."""
    from graph.driver import driver_from_settings
    from graph.hash import graph_counts, orphans
    from graph.settings import get_neo4j_settings

    settings = get_neo4j_settings()
    with driver_from_settings(settings) as driver:
        counts = graph_counts(driver, settings.neo4j_database)
        lost = orphans(driver, settings.neo4j_database)
    for kind, title in (("node", "nodes"), ("rel", "relationships")):
        print(f"{title}: {sum(counts[kind].values())}")
        for name, n in sorted(counts[kind].items()):
            print(f"  {name:<22} {n}")
    print(f"unsupported (orphan) nodes: {lost['nodes']}, relationships: {lost['rels']}")
    return 0


@click.command(short_help="the whole graph as RDF (N-Triples or Turtle), streamed")
@click.option(
    "--format", "fmt", type=click.Choice(["nt", "turtle"]), default="nt", show_default=True, help="RDF syntax"
)
@click.option("-o", "--output", help="file to write (default standard output)")
@click.option("--page", type=int, default=5000, show_default=True, help="nodes or relationships per page")
def export(fmt: str, output: str | None, page: int) -> int:
    """The whole graph as RDF in the ontology's vocabulary, streamed in pages (any size).

    The HTTP API's /v1/rdf/graph refuses a large graph; this command does not.
    """
    from graph.driver import driver_from_settings
    from graph.rdf import export_pages
    from graph.settings import get_neo4j_settings

    settings = get_neo4j_settings()
    out = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    triples = 0
    try:
        with driver_from_settings(settings) as driver:
            for view in export_pages(driver, settings.neo4j_database, page=page):
                triples += len(view)
                out.write(view.serialize(fmt))
    finally:
        if output:
            out.close()
    if output:
        print(f"{triples} triples written to {output}", file=sys.stderr)
    return 0
