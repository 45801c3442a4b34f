"""Prefect flows. Importing this package sets Prefect defaults for a reliable local run (see README).

Each default only applies when the variable is not already set, so a real server (PREFECT_API_URL)
or an operator's own settings win.
"""

import os
from pathlib import Path

_REPO = Path(__file__).resolve().parent.parent
for _name, _value in {
    "PREFECT_HOME": str(_REPO / ".prefect"),
    # A fresh ephemeral server took ~27 s to start on 2 cores; the default 20 s timeout failed half the time.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    # Warnings of the plain functions in etl/ (e.g. a stray WAL moved aside) reach the flow run's log.
    "PREFECT_LOGGING_EXTRA_LOGGERS": "etl",
}.items():
    os.environ.setdefault(_name, _value)
