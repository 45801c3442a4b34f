"""Progress lines of long loads (etl/run/progress.py), with a standard logger: what the tasks log through
Prefect's run logger (a real flow run: tests/test_tools.py)."""

from __future__ import annotations

import logging

from etl.run.progress import LONG_LOAD_ROWS, log_phase, timed_phase


def test_only_lists_over_100k_rows_log_their_phases(caplog):
    logger = logging.getLogger("tests.progress")
    with caplog.at_level(logging.INFO, logger="tests.progress"):
        assert not log_phase(logger, "load", "small", LONG_LOAD_ROWS, 1.0)
        assert not log_phase(logger, "load", "unknown", None, 1.0)
        assert log_phase(logger, "load", "big", 1_000_000, 12.5)
        with timed_phase(logger, "validate", "big") as rows:
            rows(250_001)
        with timed_phase(logger, "validate", "not-counted"):
            pass  # e.g. a publication that did not load: nothing to report
    assert [r.getMessage() for r in caplog.records][0] == "big: load 1,000,000 rows in 12.5 s (80,000 rows/s)"
    assert caplog.records[1].getMessage().startswith("big: validate 250,001 rows in 0.0 s (")
    assert len(caplog.records) == 2
