"""Where things live. Paths come from the environment so tests and operators can redirect them."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """Root of everything the pipeline writes: raw archive, warehouse, reports."""
    return Path(os.environ.get("GDMP_DATA_DIR", REPO_ROOT / "data")).resolve()


def warehouse_path() -> Path:
    return Path(os.environ.get("GDMP_WAREHOUSE", data_dir() / "warehouse.duckdb")).resolve()


def archive_dir() -> Path:
    return data_dir() / "raw"


def default_catalog_path() -> Path:
    return Path(os.environ.get("GDMP_CATALOG", REPO_ROOT / "catalog" / "sources.yaml")).resolve()


SQL_DIR = REPO_ROOT / "sql"
EXPECTATIONS_DIR = REPO_ROOT / "expectations"


def validations_dir() -> Path:
    """GX validation results as JSON, one file per publication version: the input of Data Docs."""
    return data_dir() / "validations"


def data_docs_dir() -> Path:
    return data_dir() / "data_docs"
