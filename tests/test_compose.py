"""docker-compose.yml cannot run here (no Docker engine): check it by reading, against the settings."""

from __future__ import annotations

from pathlib import Path

import yaml

from api.services import neo4j_server as server
from api.settings import Settings

REPO = Path(__file__).resolve().parent.parent
COMPOSE = yaml.safe_load((REPO / "docker-compose.yml").read_text())


def test_neo4j_image_is_the_version_we_provision() -> None:
    image = COMPOSE["services"]["neo4j"]["image"]
    assert image == "neo4j:5.26-community"
    assert server.NEO4J_VERSION.startswith("5.26.")


def test_ports_match_the_default_settings_and_bind_loopback() -> None:
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    neo4j_ports = COMPOSE["services"]["neo4j"]["ports"]
    assert f"127.0.0.1:{settings.neo4j_http_port}:7474" in neo4j_ports
    assert f"127.0.0.1:{settings.neo4j_bolt_port}:7687" in neo4j_ports
    assert f"127.0.0.1:{settings.api_port}:8000" in COMPOSE["services"]["api"]["ports"]


def test_healthcheck_and_start_order() -> None:
    health = COMPOSE["services"]["neo4j"]["healthcheck"]
    assert "7474" in " ".join(health["test"])
    assert COMPOSE["services"]["api"]["depends_on"]["neo4j"]["condition"] == "service_healthy"


def test_password_is_required_from_the_environment() -> None:
    auth = COMPOSE["services"]["neo4j"]["environment"]["NEO4J_AUTH"]
    assert auth.startswith("neo4j/${NEO4J_PASSWORD:?")
    assert COMPOSE["services"]["api"]["environment"]["NEO4J_PASSWORD"].startswith("${NEO4J_PASSWORD:?")


def test_api_environment_names_are_settings() -> None:
    fields = {name.upper() for name in Settings.model_fields}
    assert set(COMPOSE["services"]["api"]["environment"]) <= fields


def test_dockerfile_builds_the_api_from_the_repository() -> None:
    assert COMPOSE["services"]["api"]["build"] == "."
    dockerfile = (REPO / "Dockerfile").read_text()
    for package in ("ontology", "graph", "loaders", "api"):
        assert f"COPY {package} {package}" in dockerfile


def test_env_example_documents_every_setting() -> None:
    example = (REPO / ".env.example").read_text()
    for name in Settings.model_fields:
        assert f"\n{name.upper()}=" in example, name
