"""The local Neo4j server's configuration from the settings, and its password (generated once)."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from pydantic import SecretStr

from api.services.neo4j_server import ServerConfig
from api.settings import Settings


def server_config(settings: Settings) -> ServerConfig:
    """The local server's configuration; its Browser fetches the style and guide from the API."""
    api = settings.api_base_url
    return ServerConfig(
        home=settings.neo4j_home,
        lib=settings.neo4j_home / "lib",
        bolt_port=settings.neo4j_bolt_port,
        http_port=settings.neo4j_http_port,
        heap=settings.neo4j_heap,
        pagecache=settings.neo4j_pagecache,
        browser_commands=[f"style {api}/browser/style.grass", f"play {api}/browser/guide.html"],
    )


def ensure_password(current: SecretStr | None, env_file: Path = Path(".env")) -> tuple[str, bool]:
    """NEO4J_PASSWORD as set (`current`), or generated and stored in `env_file` (mode 0600).

    After a generation the caller re-reads its settings (clear its `get_settings` cache).
    """
    if current is not None:
        return current.get_secret_value(), False
    password = secrets.token_urlsafe(18)
    existed = env_file.exists()
    with open(env_file, "a", encoding="utf-8") as fh:
        if existed and env_file.read_text(encoding="utf-8")[-1:] not in ("", "\n"):
            fh.write("\n")
        fh.write(f"NEO4J_PASSWORD={password}\n")
    os.chmod(env_file, 0o600)
    return password, True
