"""Settings from the environment and `.env`, in one pydantic-settings class."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PLACEHOLDER_SECRETS = frozenset({"changeme", "change-me", "password", "neo4j", "secret", "xxx", "test"})


class Settings(BaseSettings):
    """Every setting of the project; see `.env.example` for each one's meaning."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    neo4j_uri: str = "neo4j://127.0.0.1:7687"
    neo4j_user: str = "neo4j"
    neo4j_password: SecretStr | None = None
    neo4j_database: str = "neo4j"
    neo4j_home: Path = Path(".neo4j")
    neo4j_http_port: int = Field(default=7474, ge=1, le=65535)
    neo4j_heap: str = "1g"
    neo4j_pagecache: str = "1g"

    api_host: str = "127.0.0.1"
    api_port: int = Field(default=8000, ge=1, le=65535)
    api_key: SecretStr | None = None
    # Named API keys with roles (reader, reviewer, admin): JSON in API_USERS, or a JSON file at
    # API_USERS_FILE (api/users.py); API_KEY stays the admin's key.
    api_users: SecretStr | None = None
    api_users_file: Path | None = None
    api_cors_origins: list[str] = ["http://127.0.0.1:7474", "http://localhost:7474"]
    api_max_body_bytes: int = 20 * 1024 * 1024
    api_query_timeout_s: float = 10.0
    # While Neo4j is away a read gets its 503 within about this long (connect, pool wait and retries).
    api_unavailable_s: float = Field(default=1.0, gt=0.0)
    api_rdf_graph_max_elements: int = Field(default=50_000, ge=0)
    api_rdf_node_limit: int = Field(default=2000, ge=1, le=5000)
    api_rdf_concurrency: int = Field(default=2, ge=1)
    api_max_url_bytes: int = Field(default=8192, ge=256)
    api_cache: bool = True
    api_cache_entries: int = Field(default=10_000, ge=0)
    api_cache_bytes: int = Field(default=256 * 1024 * 1024, ge=0)
    api_cache_check_seconds: float = Field(default=1.0, ge=0.0)

    max_file_bytes: int = 20 * 1024 * 1024

    @field_validator("neo4j_password", "api_key")
    @classmethod
    def _refuse_placeholders(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and value.get_secret_value().strip().lower() in PLACEHOLDER_SECRETS:
            raise ValueError("is a placeholder; set a real secret (at least 8 characters)")
        if value is not None and len(value.get_secret_value()) < 8:
            raise ValueError("must have at least 8 characters")
        return value

    @property
    def neo4j_bolt_port(self) -> int:
        """The Bolt port of the local server: the port of NEO4J_URI, so the two never disagree."""
        return urlsplit(self.neo4j_uri).port or 7687

    @property
    def api_base_url(self) -> str:
        return f"http://{self.api_host}:{self.api_port}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings, read once."""
    return Settings()
