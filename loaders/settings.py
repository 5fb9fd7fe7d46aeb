"""The loaders' limits, from the environment and `.env`."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field

from graph.settings import EnvSettings


class LoaderSettings(EnvSettings):
    """MAX_FILE_BYTES: a document larger than this is refused before it is read."""

    max_file_bytes: int = Field(default=20 * 1024 * 1024, ge=1)


@lru_cache(maxsize=1)
def get_loader_settings() -> LoaderSettings:
    """The process's loader settings, read once."""
    return LoaderSettings()
