"""Shared fixtures. Tests write only under pytest's temp dirs; the network is 127.0.0.1 only."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.lanes import mark_lanes

REPO = Path(__file__).resolve().parent.parent

# Prefect defaults for the test session (the harness below runs its own temporary server).
os.environ.setdefault("PREFECT_HOME", str(REPO / ".prefect"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
# The test servers listen on 127.0.0.1: the network policy refuses loopback unless allowed, so tests allow
# exactly that address (tests of the policy itself reach for 127.0.0.2 and other addresses, refused).
os.environ["GDMP_ALLOWED_NETWORKS"] = "127.0.0.1/32"


@pytest.hookimpl(tryfirst=True)  # before -m deselects by the markers this adds
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Sort tests into the lanes (tests/lanes.py): `make test-fast` leaves out slow and e2e."""
    mark_lanes(items)


@pytest.fixture(scope="session", autouse=True)
def staging_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Staging files (etl/readers/staging.py) of the whole session go under pytest's temp dir."""
    folder = tmp_path_factory.mktemp("staging")
    os.environ["GDMP_STAGING_DIR"] = str(folder)
    return folder


@pytest.fixture(scope="session")
def sample_warehouse_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled catalog loaded into a warehouse file once per session (tests/warehouse_fixture.py).
    Shared: a module that changes it works on a copy (warehouse_fixture.copy_of_sample_warehouse)."""
    from tests.warehouse_fixture import build_sample_warehouse

    folder = tmp_path_factory.mktemp("sample_warehouse")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GDMP_DATA_DIR", str(folder / "data"))
        mp.delenv("GDMP_WAREHOUSE_BACKEND", raising=False)
        build_sample_warehouse(folder / "warehouse.duckdb")
    return folder / "warehouse.duckdb"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder (raw archive + warehouse) for one test."""
    folder = tmp_path / "data"
    monkeypatch.setenv("GDMP_DATA_DIR", str(folder))
    monkeypatch.delenv("GDMP_WAREHOUSE", raising=False)
    return folder


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect server for the whole session (it takes ~20-30 s to start on 2 cores)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield


@pytest.fixture(scope="session")
def postgres():
    """A real PostgreSQL server on 127.0.0.1 for the session (tests/postgres_server.py), stopped at the end."""
    from tests.postgres_server import start_server

    server = start_server()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def lake(postgres, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> str:
    """A new, empty DuckLake for one test: its catalog a fresh PostgreSQL database, its files under
    tmp_path; GDMP_* point runs at it. Returns the target etl.warehouse.connect opens."""
    name = f"lake_{tmp_path.name.lower().replace('-', '_')[:40]}_{os.getpid()}"
    catalog = "postgres:" + postgres.create_database(name)
    monkeypatch.setenv("GDMP_WAREHOUSE_BACKEND", "ducklake")
    monkeypatch.setenv("GDMP_LAKE_CATALOG", catalog)
    monkeypatch.setenv("GDMP_LAKE_DATA_PATH", str(tmp_path / "lake-files"))
    return f"ducklake:{catalog}"
