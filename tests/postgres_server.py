"""A throwaway PostgreSQL server on 127.0.0.1, for the tests of the DuckLake backend's catalog.

The real server binaries of the Debian package (scripts/ensure_postgres.sh installs them where they are
missing; `make test` runs it): initdb into a temporary folder, pg_ctl start on a free port, listening on
127.0.0.1 only, trust authentication for one user; stopped and deleted at the end of the session.
PostgreSQL refuses to run as root, so under root the server runs as the `postgres` user.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

USER = "gdmp"


def server_binaries() -> Path:
    """The folder holding initdb and pg_ctl: Debian's newest, else whatever PATH finds."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    initdb = found[-1] if found else shutil.which("initdb")
    if not initdb:
        raise RuntimeError(
            "PostgreSQL server binaries (initdb, pg_ctl) are missing: run scripts/ensure_postgres.sh"
        )
    return Path(initdb).parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class PostgresServer:
    folder: Path
    port: int
    bindir: Path

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run([*prefix, *command], check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        if os.geteuid() == 0:  # the server's files must be its user's
            account = pwd.getpwnam("postgres")
            os.chown(self.folder, account.pw_uid, account.pw_gid)
        data = str(self.folder / "data")
        self._run(str(self.bindir / "initdb"), "-D", data, "-A", "trust", "-U", USER, "-E", "UTF8",
                  "--no-locale", "--no-sync")  # fmt: skip
        options = f"-h 127.0.0.1 -p {self.port} -k {self.folder} -F -c max_connections=100"
        self._run(str(self.bindir / "pg_ctl"), "-D", data, "-l", str(self.folder / "server.log"), "-o", options,
                  "-w", "-t", "60", "start")  # fmt: skip

    def stop(self) -> None:
        try:
            self._run(
                str(self.bindir / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast", "-w", "stop"
            )
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def create_database(self, name: str) -> str:
        """A new, empty database; returns its libpq connection string."""
        self._run(str(self.bindir / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", USER, name)
        return f"dbname={name} host=127.0.0.1 port={self.port} user={USER}"


def start_server() -> PostgresServer:
    server = PostgresServer(Path(tempfile.mkdtemp(prefix="gdmp-postgres-")), _free_port(), server_binaries())
    server.start()
    return server
