"""The test lanes, decided in one place (tests/conftest.py applies them; tests/test_lanes.py checks them).

`make test-fast` runs `pytest -m "not slow and not e2e"`; `make test` runs everything. A test is e2e when it
uses one of E2E_FIXTURES, directly or through another fixture (pytest's fixture closure), or sits in a
module that runs flows (one that uses prefect_harness anywhere). So a new end-to-end test lands in its lane
by what it uses, not by a list of files. A test slow for another reason (child processes, the DuckDB
staging path, deadlines it waits out) carries `@pytest.mark.slow` where it is written.
"""

from __future__ import annotations

import re

import pytest

FAST_LANE = "not slow and not e2e"  # the -m expression of `make test-fast` (the Makefile; test_lanes checks)
FLOW_FIXTURE = "prefect_harness"  # a temporary Prefect server: flows run in this process
E2E_FIXTURES = frozenset(
    {
        FLOW_FIXTURE,
        "prefect_server",  # `prefect server start`, a work pool and a worker in child processes (test_operator_path)
        "postgres",  # a PostgreSQL server for the DuckLake tests (tests/postgres_server.py); `lake` builds on it
        "sample_warehouse_file",  # the whole bundled catalog loaded into a warehouse (tests/warehouse_fixture.py)
        "make_httpserver",  # pytest-httpserver on 127.0.0.1: the `httpserver` fixture builds on it
        "make_httpserver_ipv4",  # and its IPv4 / IPv6 variants
        "make_httpserver_ipv6",
        "raw_server",  # a raw socket server playing broken HTTP (test_fetch_faults)
        "second_host",  # pytest-httpserver on 127.0.0.2 (test_network_policy)
    }
)


def fixtures_of(item: pytest.Item) -> frozenset[str]:
    """Every fixture the test uses, those its fixtures use included."""
    return frozenset(getattr(item, "fixturenames", ()))


def mark_lanes(items: list[pytest.Item]) -> None:
    """Add the e2e marker to every test that is e2e by the rule above."""
    flow_modules = {item.module for item in items if FLOW_FIXTURE in fixtures_of(item)}
    for item in items:
        if not E2E_FIXTURES.isdisjoint(fixtures_of(item)) or getattr(item, "module", None) in flow_modules:
            item.add_marker(pytest.mark.e2e)


def deselected(config: pytest.Config, marker: str) -> bool:
    """True when -m leaves `marker` out, as the fast lane does: an e2e module's costly parameters need not
    be built just to be deselected."""
    return re.search(rf"\bnot\s+{re.escape(marker)}\b", config.getoption("markexpr") or "") is not None
