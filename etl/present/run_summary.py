"""The run summary people read in the Prefect UI (markdown artifact) and in the flow's final state.

Messages quote what publications contain (headers, names, values), so every piece of text is escaped
before it goes into the markdown: no HTML, link, image, table, emphasis or autolink syntax from a
publication survives. A project named `**重大**` reads **重大** with its asterisks, and a URL in a title
stays text: GFM and the Prefect UI's renderer link a bare `http://…`, `www.…` or `name@host` by matching
the source, so the `:` before `//`, the `.` after `www` and every `@` are backslash-escaped (CommonMark
shows an escaped punctuation character as itself).
"""

from __future__ import annotations

import re

from etl.run.outcomes import Outcome, Status

_ICON = {Status.LOADED: "✅", Status.UNCHANGED: "⏸️", Status.REJECTED: "⛔", Status.FAILED: "❌"}
# Characters that would start markup in a table cell: HTML, links and images, code spans, the cell border,
# emphasis (*), strikethrough (~) and e-mail autolinks (@).
_MARKDOWN = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "\\|", "[": "\\[", "]": "\\]",
                           "`": "\\`", "\\": "\\\\", "\n": " ", "\r": " ", "*": "\\*", "~": "\\~",
                           "@": "\\@"})  # fmt: skip
# Also escaped: an '_' that could open or close emphasis (one between two letters or digits never does, so
# total_investment stays as written), the ':' of 'scheme://' and the '.' of 'www.' (where bare URLs start).
_MORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])|(?<=[A-Za-z0-9+.-]):(?=//)|(?i:(?<=www))\.")


def by_status(outcomes: list[Outcome]) -> dict[Status, list[str]]:
    return {s: [o.source_id for o in outcomes if o.status == s] for s in Status}


def one_line(outcomes: list[Outcome]) -> str:
    return ", ".join(f"{len(ids)} {status}" for status, ids in by_status(outcomes).items())


def escape(text: object) -> str:
    """Text as it reads, never as markup."""
    return _MORE.sub(lambda m: "\\" + m.group(0), str(text).translate(_MARKDOWN))


# Source ids are slugs (etl/fetching/catalog.py: [a-z0-9_-]), safe inside a code span as they are.
def markdown_summary(outcomes: list[Outcome], warehouse: str, title: str = "Daily refresh") -> str:
    lines = [f"# {escape(title)}: {one_line(outcomes)}", "", f"Warehouse: {escape(warehouse)}", "",
             "| publication | status | rows read | projects | quarantined | non-project rows | message |",
             "|---|---|---:|---:|---:|---:|---|"]  # fmt: skip
    for o in outcomes:
        read, projects, quarantined, non_project = o.counts or ("", "", "", "")
        lines.append(f"| `{o.source_id}` | {_ICON[o.status]} {o.status} | {read} | {projects} | {quarantined} "
                     f"| {non_project} | {escape(o.message)} |")  # fmt: skip
    checks = [(o.source_id, c) for o in outcomes for c in o.checks]
    if checks:
        lines += ["", "## Reconciliation", "", "| publication | kind | agrees | check |", "|---|---|---|---|"]
        for source_id, c in checks:
            lines.append(
                f"| `{source_id}` | {c.kind} | {'yes' if c.ok else '**NO**'} | {escape(c.message)} |"
            )
    notes = [(o.source_id, note) for o in outcomes for note in o.notes]
    if notes:
        lines += ["", "## Announcements: breakdowns against the whole batch", ""]
        lines += [f"- `{source_id}`: {escape(note)}" for source_id, note in notes]
    drift = [(o.source_id, note) for o in outcomes for note in o.drift]
    if drift:
        lines += ["", "## Schema drift since the loaded version", ""]
        lines += [f"- `{source_id}`: {escape(note)}" for source_id, note in drift]
    return "\n".join(lines) + "\n"
