"""Files: what a catalog path may read, a private staging folder, an archive that holds what it claims."""

from __future__ import annotations

import hashlib
import os
import stat
import threading
from pathlib import Path

import pytest

from etl.core.errors import FetchError, SettingsError
from etl.core.settings import REPO_ROOT
from etl.fetching import fetch
from etl.fetching.archive import archive_payload, file_sha256
from etl.fetching.catalog import parse_catalog
from etl.readers.staging import new_staging_path, run_folder, staging_dir
from tests.entry import fetch_policy


def local(location: str):
    entry = {"id": "local", "title": "t", "publisher": "p", "list_kind": "signing", "city": "佛山",
             "published": "2023-03-01", "location": location, "format": "csv"}  # fmt: skip
    return parse_catalog({"sources": [entry]})[0]


@pytest.mark.parametrize(
    "location", [".git/config", ".prefect/profiles.toml", "pyproject.toml", "etl/core/settings.py"]
)
def test_a_catalog_path_cannot_read_the_repository_beyond_samples(data_dir, location):
    with pytest.raises(FetchError, match="points outside samples/, the data folder and GDMP_SOURCE_ROOTS"):
        fetch(local(location), policy=fetch_policy())


def test_samples_and_the_data_folder_may_be_read(data_dir):
    assert fetch(local("samples/foshan_2023_q1_sample.csv"), policy=fetch_policy()).size > 0
    dropped = data_dir / "inbox" / "list.csv"
    dropped.parent.mkdir(parents=True)
    dropped.write_bytes(b"a,b\n")
    assert fetch(local(os.path.relpath(dropped, REPO_ROOT)), policy=fetch_policy()).read() == b"a,b\n"


def test_the_staging_folder_must_be_private(tmp_path):
    shared = tmp_path / "shared-staging"
    shared.mkdir(mode=0o777)
    shared.chmod(0o777)  # another user could have made it, or could write into it
    with pytest.raises(SettingsError, match="is not private"):
        staging_dir(shared)
    if os.getuid() == 0:  # root can make one owned by somebody else
        shared.chmod(0o700)
        os.chown(shared, 65534, 65534)
        with pytest.raises(SettingsError, match="owner uid 65534"):
            staging_dir(shared)


def test_a_folder_of_ours_only_we_could_write_is_made_private(tmp_path):
    """An older release left /tmp/gdmp-staging-<uid> at 0755: nobody else could write in it, so it is
    tightened to 0700 rather than refused."""
    older = tmp_path / "older-staging"
    older.mkdir()
    older.chmod(0o755)
    assert staging_dir(older) == older and stat.S_IMODE(older.stat().st_mode) == 0o700


def test_each_run_stages_in_a_private_folder_of_its_own(tmp_path):
    root = tmp_path / "staging"
    first, second = run_folder("run-a", root), run_folder("run-a", root)
    assert first != second and stat.S_IMODE(first.stat().st_mode) == 0o700
    assert stat.S_IMODE(staging_dir(root).stat().st_mode) == 0o700
    assert new_staging_path("list", first).parent == first


def test_an_archived_file_is_hashed_before_it_is_reused(data_dir):
    sha, path = archive_payload(b"the real bytes", ".csv", data_dir / "raw")
    path.chmod(0o644)
    path.write_bytes(b"tampered")  # a damaged or replaced archive file
    again, same_path = archive_payload(b"the real bytes", ".csv", data_dir / "raw")
    assert (again, same_path) == (sha, path)
    assert file_sha256(path) == hashlib.sha256(b"the real bytes").hexdigest()


def test_archiving_the_same_payload_from_many_threads_at_once(data_dir):
    payload = b"x" * 2_000_000
    results, errors = [], []

    def archive():
        try:
            results.append(archive_payload(payload, ".csv", data_dir / "raw"))
        except Exception as exc:  # noqa: BLE001 - the test reports any failure
            errors.append(exc)

    threads = [threading.Thread(target=archive) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and len(set(results)) == 1
    (_, path), *_ = results
    assert file_sha256(Path(path)) == hashlib.sha256(payload).hexdigest()
    assert list(Path(path).parent.glob("*.part")) == []  # no temporary file left behind
