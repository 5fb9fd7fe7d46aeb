"""Users of the write API: named keys with a role (reader, reviewer, admin), from the settings.

API_USERS (JSON) or the file at API_USERS_FILE holds `[{"name", "role", "key_sha256" | "key"}]`; the
repository holds no key. API_KEY, the key writes always needed, is the user "admin" with role admin.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, Field, TypeAdapter, ValidationError, model_validator

from api.settings import Settings

Role = Literal["reader", "reviewer", "admin"]
RANK: dict[str, int] = {"reader": 0, "reviewer": 1, "admin": 2}


class UsersError(ValueError):
    """The users setting or file cannot be read."""


class UserEntry(BaseModel):
    """One user as written in API_USERS or the users file."""

    name: str = Field(min_length=1, max_length=100)
    role: Role
    key: str | None = Field(default=None, min_length=16)
    key_sha256: str | None = Field(default=None, pattern="^[0-9a-f]{64}$")

    @model_validator(mode="after")
    def _one_key(self) -> UserEntry:
        if (self.key is None) == (self.key_sha256 is None):
            raise ValueError("give exactly one of key and key_sha256")
        return self

    @property
    def digest(self) -> str:
        return self.key_sha256 or hashlib.sha256((self.key or "").encode()).hexdigest()


@dataclass(frozen=True)
class User:
    """Who sent a request: a name (the reviewer recorded in reviews) and a role."""

    name: str
    role: str

    def may(self, role: str) -> bool:
        """Whether this user has `role` or a higher one."""
        return RANK[self.role] >= RANK[role]


def _entries(settings: Settings) -> list[UserEntry]:
    texts = []
    if settings.api_users is not None:
        texts.append(("API_USERS", settings.api_users.get_secret_value()))
    if settings.api_users_file is not None:
        try:
            texts.append((str(settings.api_users_file), settings.api_users_file.read_text(encoding="utf-8")))
        except OSError as e:
            raise UsersError(f"cannot read API_USERS_FILE: {e}") from e
    entries: list[UserEntry] = []
    for where, text in texts:
        if not text.strip():
            continue
        try:
            entries += TypeAdapter(list[UserEntry]).validate_python(json.loads(text))
        except (ValueError, ValidationError) as e:
            raise UsersError(f"{where} is not a JSON list of users: {e}") from e
    return entries


@dataclass(frozen=True)
class Users:
    """The keys the API accepts, by the sha256 of the key (no key is kept in memory in clear)."""

    by_digest: dict[str, User]

    @classmethod
    def from_settings(cls, settings: Settings) -> Users:
        found = {e.digest: User(e.name, e.role) for e in _entries(settings)}
        if settings.api_key is not None:
            found[hashlib.sha256(settings.api_key.get_secret_value().encode()).hexdigest()] = User(
                "admin", "admin"
            )
        return cls(found)

    def __bool__(self) -> bool:
        return bool(self.by_digest)

    def find(self, key: str) -> User | None:
        """The user of a key, compared in constant time against every known digest."""
        digest = hashlib.sha256(key.encode()).hexdigest()
        user = None
        for known, candidate in self.by_digest.items():
            if hmac.compare_digest(known, digest):
                user = candidate
        return user
