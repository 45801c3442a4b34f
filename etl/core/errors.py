"""One family for every error the pipeline means to raise, in two kinds: transient and permanent.

A run catches every exception around each publication: one publication failing never stops the others.
A `PipelineError` is written down as it says; anything else is a bug met by that publication, written
down as a failure naming the exception's type, with its traceback in the run's log (flows/refresh.py).

- transient: trying again later may help (a timeout, a reset, a 503, the warehouse busy with another
  run, a commit conflict in the lake);
- permanent: the same input fails the same way (a 404, a file that is not a table, a bad catalog).

Each area (fetch, read, normalize, catalog, suite, warehouse, settings) has its error class; a full disk
is translated into `DiskFull` in one place (etl/core/disk_full.py), whichever library noticed it. Fetching and
the warehouse can fail either way, so their errors say which with `transient`; the other areas only
ever fail permanently.
"""

from __future__ import annotations


class PipelineError(Exception):
    """Base of every error the pipeline raises on purpose; the message names the source and the reason."""

    transient: bool = False


class TransientError(PipelineError):
    """Trying again later may succeed."""

    transient = True


class PermanentError(PipelineError):
    """The same input will fail the same way."""

    transient = False


class FetchError(PipelineError):
    """The publication could not be fetched. `transient` says whether trying again may help;
    `retry_after` is the wait a server asked for (Retry-After), if any."""

    def __init__(self, message: str, transient: bool = False, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.transient = transient
        self.retry_after = retry_after


class ReadError(PermanentError):
    """The payload is not a readable table of the declared format."""


class NotUnderstood(PermanentError):
    """A table was read but its columns are not understood well enough to load it (no project-name or
    amount column, too few readable amounts). The publication is rejected, not failed: the message says
    which headers were seen and the `columns:` line that would make the catalog entry readable."""


class NormalizeError(PermanentError):
    """The table as a whole cannot be normalized."""


class CatalogError(PermanentError):
    """The catalog cannot be used; the message lists every problem found."""


class SuiteError(PermanentError):
    """A suite file is unusable: unreadable, or GX dropped some of its expectations, or a rule could not run."""


class SettingsError(PermanentError):
    """A GDMP_* setting has a value the pipeline cannot use; the message names the variable."""


class WarehouseError(PipelineError):
    """The warehouse could not be written; `transient` for a busy lock or a commit conflict."""

    def __init__(self, message: str, transient: bool = False) -> None:
        super().__init__(message)
        self.transient = transient


class WarehouseBusy(WarehouseError):
    """Another run holds the warehouse; the message says who and since when."""

    def __init__(self, message: str) -> None:
        super().__init__(message, transient=True)


class ExportError(PermanentError):
    """A view cannot be written in the format asked for (e.g. more rows than an Excel sheet holds); the
    message names the view and the format that would hold it."""


class WarehouseDamaged(WarehouseError):
    """The published warehouse file does not open, or is not whole (truncated, a block that fails its
    checksum, not a warehouse of ours). The message is one line: what is wrong and how to restore."""


class DiskFull(WarehouseError):
    """Writing the warehouse ran out of room (ENOSPC, or DuckDB unable to spill to its temp folder, or a
    file-size limit): the message names the path and the free space, never DuckDB's "Out of Memory"."""
