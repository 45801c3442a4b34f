"""How hard and how politely to fetch, and what the publisher said about the version we hold."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from etl.core.settings import Settings


@dataclass(frozen=True)
class FetchPolicy:
    """The fetching settings (etl/core/settings.py) of one run."""

    contact: str | None
    max_bytes: int  # decompressed: what the archive and the readers would get
    connect_timeout: float
    read_timeout: float
    deadline: float  # seconds for the whole fetch: every attempt, redirect, wait and read
    attempts: int
    backoff_seconds: float
    retry_after_cap: float
    host_delay: float
    host_concurrency: int
    archive_dir: Path  # where payloads are archived, by sha256 (the data folder's raw/)
    local_roots: tuple[Path, ...]  # folders a catalog's local paths may be read from (Settings.local_roots)
    allowed_networks: str = ""  # GDMP_ALLOWED_NETWORKS; a catalog entry may add its own
    ca_bundle: str | None = None  # extra CA certificates to trust (GDMP_CA_BUNDLE)
    jitter: float = 0.5  # each wait is stretched by up to 50 %, so retries from many runs spread out
    max_redirects: int = 5

    @classmethod
    def from_settings(cls, settings: Settings, **overrides) -> FetchPolicy:
        s = settings
        values = {"contact": s.contact, "max_bytes": s.max_fetch_bytes, "connect_timeout": s.connect_timeout,
                  "read_timeout": s.read_timeout, "deadline": s.fetch_deadline_seconds, "attempts": s.fetch_attempts,
                  "backoff_seconds": s.backoff_seconds, "retry_after_cap": s.retry_after_cap_seconds,
                  "host_delay": s.host_delay_seconds, "host_concurrency": s.host_concurrency,
                  "archive_dir": s.archive_dir, "local_roots": s.local_roots,
                  "allowed_networks": s.allowed_networks, "ca_bundle": s.ca_bundle}  # fmt: skip
        return cls(**{**values, **overrides})

    @property
    def user_agent(self) -> str:
        contact = self.contact or "set GDMP_CONTACT"
        return f"gd-major-projects-etl/0.1 (research ETL of published project lists; contact: {contact})"


@dataclass(frozen=True)
class Validators:
    """What the publisher said about the version we hold, for a conditional GET."""

    sha256: str
    archive_path: str
    etag: str | None = None
    last_modified: str | None = None
