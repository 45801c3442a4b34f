"""What an entry point passes down, built from the settings as the environment has them now.

etl/ reads no setting itself: a flow or a `gdmp` command reads the settings once and passes them, or a
record cut from them, down. Tests set GDMP_* variables as an operator would (tests/conftest.py: the
staging and data folders), then act as the entry point through these helpers, each of which reads the
settings when it is called. tests/test_settings_passed.py keeps etl/ free of ambient reads.
"""

from __future__ import annotations

from etl.contain import WorkerCaps
from etl.core.settings import Settings, get_settings
from etl.fetching import FetchPolicy
from etl.identity.step import IdentityPolicy
from etl.readers.limits import ReaderLimits
from etl.readers.staging import Staging
from etl.warehouse.config import WarehouseConfig


def settings() -> Settings:
    return get_settings()


def fetch_policy(**overrides) -> FetchPolicy:
    return FetchPolicy.from_settings(get_settings(), **overrides)


def staging() -> Staging:
    """Staging files straight in the staging folder (the session's, tests/conftest.py)."""
    return Staging.in_staging_dir(get_settings())


def limits() -> ReaderLimits:
    return ReaderLimits.from_settings(get_settings())


def caps() -> WorkerCaps:
    return WorkerCaps.from_settings(get_settings())


def warehouse_config() -> WarehouseConfig:
    return WarehouseConfig.from_settings(get_settings())


def identity_policy() -> IdentityPolicy:
    return IdentityPolicy.from_settings(get_settings())
