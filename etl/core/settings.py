"""Every setting of the pipeline, in one typed object read from GDMP_* environment variables.

`get_settings()` reads the environment (tests and operators redirect folders by setting variables): it
builds and validates the settings, and raises `SettingsError` naming the variable when one is unusable.
Only the entry points call it — a flow when its run starts, `gdmp` when a command starts, the bench and
the scripts — once, and pass the object down, or a narrow record cut from it where a module needs a few
fields: `FetchPolicy` (etl/fetching/policy.py), `ReaderLimits` (etl/readers/limits.py), `Staging`
(etl/readers/staging.py), `WorkerCaps` (etl/contain/pool.py), `GatePolicy` (etl/validate/gates.py),
`IdentityPolicy` (etl/identity/step.py), `WarehouseConfig` (etl/warehouse/config.py). Nothing below the
entry points reads a setting (tests/test_settings_passed.py keeps `get_settings` out of etl/), so a bad
value fails the run or the command before any work, in one line, and a run's threads and reader workers
all see the values it started with. Nothing reads settings at import.

The folders derived from the settings are properties of `Settings` (`warehouse_path`, `staging_root`,
`archive_dir`, `validations_dir`, `data_docs_dir`, `local_roots`, …).

The README's table of settings is generated from this class (`scripts/docs_tables.py`; a test checks
that the README is current): a field's description is its documentation.
"""

from __future__ import annotations

import ipaddress
import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from etl.core.errors import SettingsError

REPO_ROOT = Path(__file__).resolve().parents[2]
SQL_DIR = REPO_ROOT / "sql"
EXPECTATIONS_DIR = REPO_ROOT / "expectations"
SAMPLES_DIR = REPO_ROOT / "samples"


class Settings(BaseSettings):
    """GDMP_<NAME> sets <name>; every field has a default that works for `make run`."""

    model_config = SettingsConfigDict(env_prefix="GDMP_", env_ignore_empty=True, extra="ignore", frozen=True)

    # --- where things live -------------------------------------------------------------------------
    data_dir: Path = Field(REPO_ROOT / "data", description="raw archive, warehouse, reports, Data Docs")
    warehouse: Path | None = Field(
        None, description="the DuckDB file (default `$GDMP_DATA_DIR/warehouse.duckdb`)"
    )
    storage_version: str = Field(
        "v1.0.0", description="DuckDB storage format of the published file: readers of this DuckDB version or newer open it (`v1.0.0`: every DuckDB 1.x, the CLI and JDBC drivers included; `latest`: 1.5 only, ~5 % smaller); `etl/core/storage.py`")  # fmt: skip
    warehouse_backend: Literal["file", "ducklake"] = Field(
        "file", description="`file`: one DuckDB file, one writer host (`etl/warehouse/atomic_publish.py`); `ducklake`: a DuckLake that writers on several hosts commit to (`etl/warehouse/lake.py`)")  # fmt: skip
    lake_catalog: str | None = Field(
        None, description="the DuckLake catalog: `postgres:dbname=… host=… user=…` for several hosts (password from `PGPASSWORD` or `~/.pgpass`), or a local file for one host (default `$GDMP_DATA_DIR/lake/catalog.ducklake`)")  # fmt: skip
    lake_data_path: Path | None = Field(
        None, description="the folder of the lake's Parquet files, the same path on every host (default `$GDMP_DATA_DIR/lake/files`)")  # fmt: skip
    lake_commit_attempts: int = Field(
        8, ge=1, description="attempts at a load whose commit conflicts with another writer's (the waits between grow from ~0.1 s to ~30 s)")  # fmt: skip
    catalog: Path = Field(REPO_ROOT / "catalog" / "sources.yaml", description="the source catalog")
    reviews_dir: Path = Field(
        REPO_ROOT / "catalog" / "reviews", description="reviewed readings of releases, one YAML file per source (`gdmp review`; `etl/announcements/review.py`)")  # fmt: skip
    staging_dir: Path | None = Field(
        None, description="where parsed rows wait in DuckDB files (default: a folder of this user's in the system temp folder, mode 0700)")  # fmt: skip
    source_roots: str = Field(
        "", description="more folders local catalog paths may be read from (`os.pathsep`-separated), beside `samples/` and the data folder; a catalog entry names a file there by its absolute path (`/srv/lists/2024.xlsx`)")  # fmt: skip

    # --- gates -------------------------------------------------------------------------------------
    max_quarantine_share: float = Field(
        0.05, ge=0, le=1, description="share of quarantined rows above which a publication is rejected"
    )
    identity_link_score: float = Field(
        86, ge=0, le=100, description="identity step: a pair of rows scoring at least this is linked as one project without review (chosen on the dev split for precision, `bench/identity.py --tune`)")  # fmt: skip
    identity_review_floor: float = Field(
        70, ge=0, le=100, description="identity step: pairs scoring from this up to the link score go to review (`gdmp review identity`)")  # fmt: skip
    min_amount_coverage: float = Field(
        0.95, ge=0, le=1, description="share of project rows that must have a readable total investment, unless the catalog entry says `amounts: none`")  # fmt: skip

    # --- runs --------------------------------------------------------------------------------------
    lock_wait_seconds: float = Field(
        600, ge=0, description="how long a run waits for another run holding the warehouse"
    )
    task_runner: Literal["threads", "dask"] = Field(
        "threads", description="`dask` runs fetch/parse/validate on a Dask cluster (`GDMP_DASK_ADDRESS`, else a LocalCluster)")  # fmt: skip
    dask_address: str | None = Field(
        None, description="a running Dask scheduler, e.g. `tcp://scheduler:8786`"
    )
    dask_workers: int = Field(
        2, ge=1, description="workers of the LocalCluster when no `GDMP_DASK_ADDRESS` is set"
    )
    max_workers: int = Field(4, ge=1, description="threads preparing publications side by side")
    duckdb_memory_limit: str = Field(
        "400MB", pattern=r"^\d+(\.\d+)?\s*(B|KB|MB|GB|KiB|MiB|GiB)$", description="DuckDB's buffer pool per connection; more spills to disk")  # fmt: skip
    crash_point: str | None = Field(
        None, description="tests only: kill the run at this point (`mid-load`), or raise an unexpected error at these (`error:prepare:<source id>,error:load:<source id>`, `error:identity`)")  # fmt: skip

    # --- fetching ----------------------------------------------------------------------------------
    contact: str | None = Field(
        None, description="contact (e-mail/URL) put in the User-Agent sent to publishers: set it"
    )
    max_fetch_bytes: int = Field(
        50 * 1024 * 1024,
        ge=1,
        description="responses larger than this (decompressed) are refused while streaming",
    )
    connect_timeout: float = Field(10, gt=0, description="seconds to connect to a publisher")
    read_timeout: float = Field(60, gt=0, description="seconds to wait for each read from a publisher")
    fetch_deadline_seconds: float = Field(
        300, gt=0, description="overall time one fetch may take, retries and waits included"
    )
    fetch_attempts: int = Field(
        4, ge=1, description="attempts at a transient fault (timeouts, resets, 5xx, 429)"
    )
    backoff_seconds: float = Field(
        2, ge=0, description="first wait between attempts; doubles each time, with jitter"
    )
    retry_after_cap_seconds: float = Field(120, ge=0, description="the longest Retry-After honoured")
    host_delay_seconds: float = Field(
        1, ge=0, description="minimum delay between two requests to one publisher host, per process (each Dask worker keeps its own: docs/operations.md)")  # fmt: skip
    host_concurrency: int = Field(
        2, ge=1, description="requests in flight at once per publisher host, per process (each Dask worker keeps its own)")  # fmt: skip
    ca_bundle: Path | None = Field(
        None, description="a file of extra CA certificates to trust for https (a corporate or test CA)"
    )
    allowed_networks: str = Field(
        "", description="comma-separated addresses or CIDR blocks that may be fetched although loopback, private or link-local (e.g. `127.0.0.1/32`); per entry: `allow_networks`")  # fmt: skip

    # --- reader limits (etl/readers/limits.py: why these defaults) ---------------------------------
    max_columns: int = Field(512, ge=1, description="columns a table may have; a wider row is refused")
    max_cells: int = Field(
        2_000_000, ge=1, description="cells a reader may build in Python (rows × columns); more is refused")  # fmt: skip
    max_colspan: int = Field(
        1000, ge=1, description="HTML colspan / Word gridSpan is clamped to this, as browsers do"
    )
    max_rowspan: int = Field(65534, ge=1, description="HTML rowspan is clamped to this, as browsers do")
    max_unzipped_bytes: int = Field(
        256 * 1024 * 1024, ge=1, description="XLSX/ODS/DOCX: bytes the zip members may inflate to, together")  # fmt: skip
    max_zip_ratio: int = Field(
        100, ge=1, description="XLSX/ODS/DOCX: inflated / compressed size of a member over 1 MiB")  # fmt: skip
    max_zip_members: int = Field(10_000, ge=1, description="XLSX/ODS/DOCX: members a zip may hold")
    max_merge_cells: int = Field(
        2_000_000, ge=1, description="cells merged ranges may cover, once clamped to the sheet's data")  # fmt: skip
    json_max_depth: int = Field(64, ge=1, description="nesting depth of a JSON document")
    csv_max_field_chars: int = Field(131_072, ge=1, description="characters in one CSV field")
    pdf_max_pages: int = Field(1000, ge=1, description="pages a PDF may have")
    pdf_max_seconds: int = Field(60, ge=1, description="PDF: seconds reading may take before it is refused")
    pdf_max_page_bytes: int = Field(
        1024 * 1024, ge=1, description="PDF: bytes a page may draw, its content streams and the forms it draws each time it draws them, inflated (~10 s of parsing per MiB of drawing)")  # fmt: skip

    # --- reader processes (etl/contain/: every publication is read in a worker process) --------------
    reader_memory_mb: int = Field(
        1024, ge=64, description="memory one publication's reading may take (resident, and address space added to the worker's); past it that publication fails")  # fmt: skip
    reader_seconds: float = Field(
        120, gt=0, description="wall-clock seconds one publication's reading may take; past it its worker is killed and that publication fails")  # fmt: skip
    reader_workers: int = Field(
        2, ge=1, description="reader worker processes kept for reuse (each may use up to `GDMP_READER_MEMORY_MB`)")  # fmt: skip

    @field_validator("allowed_networks")
    @classmethod
    def _networks(cls, value: str) -> str:
        for item in filter(None, (v.strip() for v in value.split(","))):
            ipaddress.ip_network(item, strict=False)  # raises ValueError naming the bad block
        return value

    @field_validator("storage_version")
    @classmethod
    def _storage_version(cls, value: str) -> str:
        from etl.core.storage import check_version  # DuckDB itself says which versions it can write

        return check_version(value)

    # --- derived ------------------------------------------------------------------------------------
    @property
    def warehouse_path(self) -> Path:
        return (self.warehouse or self.data_dir / "warehouse.duckdb").resolve()

    @property
    def lake_catalog_url(self) -> str:
        """What follows `ducklake:` in ATTACH: the configured catalog, or a file in the data folder."""
        return self.lake_catalog or str(self.data_dir.resolve() / "lake" / "catalog.ducklake")

    @property
    def lake_files(self) -> Path:
        return (self.lake_data_path or self.data_dir / "lake" / "files").resolve()

    @property
    def warehouse_target(self) -> str:
        """Where runs load and readers read: the warehouse file's path, or `ducklake:<catalog>`."""
        if self.warehouse_backend == "ducklake":
            return f"ducklake:{self.lake_catalog_url}"
        return str(self.warehouse_path)

    @property
    def staging_root(self) -> Path:
        return self.staging_dir or Path(tempfile.gettempdir()) / f"gdmp-staging-{os.getuid()}"

    # --- folders of the data folder ------------------------------------------------------------------
    @property
    def archive_dir(self) -> Path:
        """The raw archive: every payload fetched, by its sha256 (etl/fetching/archive.py)."""
        return self.data_dir.resolve() / "raw"

    @property
    def validations_dir(self) -> Path:
        """GX validation results as JSON, one file per publication version: the input of Data Docs."""
        return self.data_dir.resolve() / "validations"

    @property
    def data_docs_dir(self) -> Path:
        return self.data_dir.resolve() / "data_docs"

    @property
    def local_roots(self) -> tuple[Path, ...]:
        """Folders local catalog paths may be read from: samples/, the data folder, GDMP_SOURCE_ROOTS."""
        extra = [Path(p).resolve() for p in self.source_roots.split(os.pathsep) if p]
        return (SAMPLES_DIR.resolve(), self.data_dir.resolve(), *extra)


def _describe(exc: ValidationError) -> str:
    problems = []
    for error in exc.errors():
        name = "GDMP_" + "_".join(str(p) for p in error["loc"]).upper()
        value = error.get("input")
        problems.append(f"{name}={value!r}: {error['msg'].removeprefix('Value error, ')}")
    return "bad setting: " + "; ".join(problems)


def get_settings() -> Settings:
    """The settings as the environment has them now; SettingsError names every bad variable. For entry
    points only (etl/ takes them as parameters).

    `gdmp run` reads them, then the flow it starts reads them again, and so does its task runner; building
    them costs ~2 ms, so one frozen object is kept per distinct set of GDMP_* variables (a changed
    variable is a new key)."""
    return _settings_for(
        tuple(sorted((k, v) for k, v in os.environ.items() if k.upper().startswith("GDMP_")))
    )


@lru_cache(maxsize=16)
def _settings_for(environment: tuple[tuple[str, str], ...]) -> Settings:
    try:
        return Settings()
    except ValidationError as exc:  # not cached: the same bad value raises again, as it should
        raise SettingsError(_describe(exc)) from None
