"""Property-based tests from the OpenAPI schema: reads and writes never give a 5xx and match the schema."""

from __future__ import annotations

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings

from tests.api.conftest import API_KEY

MAX_EXAMPLES = 20
WRITE_EXAMPLES = 50  # per write operation (POST and DELETE /v1/documents), with the API key
# FastAPI writes OpenAPI 3.1, which schemathesis 3.x supports behind this switch.
schemathesis.experimental.OPEN_API_3_1.enable()


@pytest.fixture(scope="module")
def api_schema(client: TestClient) -> schemathesis.BaseSchema:
    """The app's own OpenAPI schema, called in-process (the client fixture keeps the lifespan open)."""
    return schemathesis.from_asgi("/openapi.json", client.app)


schema = schemathesis.from_pytest_fixture("api_schema")


@schema.parametrize(method="GET", endpoint="^/v1/")
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
        HealthCheck.function_scoped_fixture,
    ],
)
def test_get_operations_conform(case: schemathesis.Case) -> None:
    response = case.call()
    case.validate_response(response)


@schema.parametrize(method=["POST", "DELETE"], endpoint="^/v1/")
@settings(
    max_examples=WRITE_EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
        HealthCheck.function_scoped_fixture,
    ],
)
def test_write_operations_conform(case: schemathesis.Case) -> None:
    """Malformed multipart, JSON or empty bodies and odd file names: a 4xx problem, never a 5xx."""
    response = case.call(headers={"X-API-Key": API_KEY})
    assert response.status_code < 500, (response.status_code, response.text[:500])
    case.validate_response(response)
