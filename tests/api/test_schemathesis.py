"""Property-based tests from the OpenAPI schema: GET operations never give a 5xx and match the schema."""

from __future__ import annotations

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings

MAX_EXAMPLES = 20
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
