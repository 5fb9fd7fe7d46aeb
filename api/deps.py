"""Dependencies: settings, the driver and a reader from the app's state, paging, the users' keys."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Literal

from fastapi import Depends, Header, Query, Request

from api.problems import ApiProblem
from api.settings import Settings
from api.users import User, Users
from graph.driver import Driver
from graph.reader import Reader
from graph.reviews import hidden_states
from ontology.codelists import notations

MAX_PAGE = 100
# The dependencies are `async def` though they never await: FastAPI runs a plain `def` dependency in
# the thread pool, one hop per dependency per request, which under 50 concurrent clients cost more CPU
# than the dependencies themselves.


async def get_app_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    return request.app.state.settings  # type: ignore[no-any-return]


async def get_driver(request: Request) -> Driver:
    """The driver created in the lifespan (or passed to create_app)."""
    return request.app.state.driver  # type: ignore[no-any-return]


async def get_reader(request: Request) -> Reader:
    """A reader over the app's driver with the settings' query timeout."""
    return request.app.state.reader  # type: ignore[no-any-return]


SettingsDep = Annotated[Settings, Depends(get_app_settings)]
DriverDep = Annotated[Driver, Depends(get_driver)]
ReaderDep = Annotated[Reader, Depends(get_reader)]


@dataclass(frozen=True)
class Paging:
    """A page request: at most MAX_PAGE items from `offset`, in the list's stable order."""

    limit: int
    offset: int


async def get_paging(
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"page size (at most {MAX_PAGE})")] = 20,
    offset: Annotated[int, Query(ge=0, le=100_000, description="items to skip")] = 0,
) -> Paging:
    """The page parameters shared by every list."""
    return Paging(limit, offset)


PagingDep = Annotated[Paging, Depends(get_paging)]


async def get_hidden(
    include: Annotated[
        Literal["rejected"] | None,
        Query(description="rejected: also the facts reviewers rejected or corrected (hidden by default)"),
    ] = None,
) -> list[str]:
    """The review states a read leaves out."""
    return hidden_states(include == "rejected")


HiddenDep = Annotated[list[str], Depends(get_hidden)]

BODY_KINDS = sorted(notations("BodyKinds"))
# A body kind from the ontology's code list (`?kind=false` is a 422, not an empty page).
BodyKindQuery = Annotated[
    str | None,
    Query(
        max_length=40,
        pattern="^(" + "|".join(BODY_KINDS) + ")$",
        description="the body kind: " + ", ".join(BODY_KINDS),
        examples=["party"],
    ),
]
# A role a body plays on a task: a notation of the AssignmentRoles code list (else 422), an enum in OpenAPI.
ROLES = tuple(sorted(notations("AssignmentRoles")))
# A reviewer's decision and a fact's review state: notations of their code lists, enums in OpenAPI.
DECISIONS = tuple(sorted(notations("ReviewDecisions")))
STATES = tuple(sorted(notations("ReviewStates")))
if TYPE_CHECKING:
    Role = str
    Decision = str
    ReviewState = str
else:
    Role = Literal[ROLES]
    Decision = Literal[DECISIONS]
    ReviewState = Literal[STATES]


def _given_key(x_api_key: str | None, authorization: str | None) -> str | None:
    if x_api_key is not None:
        return x_api_key
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    return None


def _user(request: Request, given: str | None, role: str) -> User:
    """The user of the request's key, if it has `role` (or a higher one); else 401 or 403."""
    users: Users = request.app.state.users
    if not users:
        raise ApiProblem(403, "Writes are disabled: the server has no API_KEY set.", "Writes disabled")
    if given is None:
        raise ApiProblem(
            401,
            "This write needs the API key (header X-API-Key or Authorization: Bearer).",
            "API key required",
            {"WWW-Authenticate": "Bearer"},
        )
    user = users.find(given)
    if user is None:
        raise ApiProblem(403, "The API key is wrong.", "Forbidden")
    if not user.may(role):
        raise ApiProblem(403, f"{user.name} is a {user.role}; this needs the role {role}.", "Forbidden")
    return user


async def require_api_key(
    request: Request,
    x_api_key: Annotated[str | None, Header(include_in_schema=False)] = None,
    authorization: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> None:
    """Refuse a write unless it carries an admin's key (API_KEY, or an admin of API_USERS)."""
    _user(request, _given_key(x_api_key, authorization), "admin")


async def require_reviewer(
    request: Request,
    x_api_key: Annotated[str | None, Header(include_in_schema=False)] = None,
    authorization: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> User:
    """The reviewer (or admin) whose key the request carries; a reader's key gets 403."""
    return _user(request, _given_key(x_api_key, authorization), "reviewer")


WriteAccess = Depends(require_api_key)
ReviewerDep = Annotated[User, Depends(require_reviewer)]
