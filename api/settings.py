"""The API's settings (API_*), with the Neo4j and loader settings the API process also needs."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr, field_validator

from graph.settings import Neo4jSettings, refuse_placeholder
from loaders.settings import LoaderSettings


class Settings(Neo4jSettings, LoaderSettings):
    """Every setting the API process reads; see `.env.example` for each one's meaning."""

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
    # Compile the read queries' plans at start; /v1/ready waits for it (api/warmup.py).
    api_warm_up: bool = True
    api_cache_entries: int = Field(default=10_000, ge=0)
    api_cache_bytes: int = Field(default=256 * 1024 * 1024, ge=0)
    api_cache_check_seconds: float = Field(default=1.0, ge=0.0)

    @field_validator("api_key")
    @classmethod
    def _refuse_placeholder_key(cls, value: SecretStr | None) -> SecretStr | None:
        return refuse_placeholder(value)

    @property
    def api_base_url(self) -> str:
        return f"http://{self.api_host}:{self.api_port}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The API process's settings, read once."""
    return Settings()
