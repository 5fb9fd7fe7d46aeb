"""Neo4j's settings (the connection and the local server), from the environment and `.env`.

The API's and the loaders' settings live in their own packages (`api/settings.py`,
`loaders/settings.py`) and build on `EnvSettings`, so pydantic-settings is used from here only.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PLACEHOLDER_SECRETS = frozenset({"changeme", "change-me", "password", "neo4j", "secret", "xxx", "test"})


def refuse_placeholder(value: SecretStr | None) -> SecretStr | None:
    """A secret setting's check: no well-known placeholder, at least 8 characters."""
    if value is not None and value.get_secret_value().strip().lower() in PLACEHOLDER_SECRETS:
        raise ValueError("is a placeholder; set a real secret (at least 8 characters)")
    if value is not None and len(value.get_secret_value()) < 8:
        raise ValueError("must have at least 8 characters")
    return value


class EnvSettings(BaseSettings):
    """Settings read from the environment, then `.env`; unknown names are ignored (other concerns')."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")


class Neo4jSettings(EnvSettings):
    """NEO4J_*: where the graph is and how the project's own server runs; see `.env.example`."""

    neo4j_uri: str = "neo4j://127.0.0.1:7687"
    neo4j_user: str = "neo4j"
    neo4j_password: SecretStr | None = None
    neo4j_database: str = "neo4j"
    neo4j_home: Path = Path(".neo4j")
    neo4j_http_port: int = Field(default=7474, ge=1, le=65535)
    neo4j_heap: str = "1g"
    neo4j_pagecache: str = "1g"

    @field_validator("neo4j_password")
    @classmethod
    def _refuse_placeholders(cls, value: SecretStr | None) -> SecretStr | None:
        return refuse_placeholder(value)

    @property
    def neo4j_bolt_port(self) -> int:
        """The Bolt port of the local server: the port of NEO4J_URI, so the two never disagree."""
        return urlsplit(self.neo4j_uri).port or 7687


@lru_cache(maxsize=1)
def get_neo4j_settings() -> Neo4jSettings:
    """The process's Neo4j settings, read once."""
    return Neo4jSettings()
