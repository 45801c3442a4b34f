"""The run summary people read in the Prefect UI (markdown artifact) and in the flow's final state."""

from __future__ import annotations

from etl.publication import Outcome

STATUSES = ("loaded", "unchanged", "rejected", "failed")
_ICON = {"loaded": "✅", "unchanged": "⏸️", "rejected": "⛔", "failed": "❌"}


def by_status(outcomes: list[Outcome]) -> dict[str, list[str]]:
    return {s: [o.source_id for o in outcomes if o.status == s] for s in STATUSES}


def one_line(outcomes: list[Outcome]) -> str:
    return ", ".join(f"{len(ids)} {status}" for status, ids in by_status(outcomes).items())


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown_summary(outcomes: list[Outcome], warehouse: str) -> str:
    lines = [f"# Daily refresh: {one_line(outcomes)}", "", f"Warehouse: `{warehouse}`", "",
             "| publication | status | rows read | projects | quarantined | non-project rows | message |",
             "|---|---|---:|---:|---:|---:|---|"]  # fmt: skip
    for o in outcomes:
        read, projects, quarantined, non_project = o.counts or ("", "", "", "")
        lines.append(f"| `{o.source_id}` | {_ICON[o.status]} {o.status} | {read} | {projects} | {quarantined} "
                     f"| {non_project} | {_cell(o.message)} |")  # fmt: skip
    checks = [(o.source_id, c) for o in outcomes for c in o.checks]
    if checks:
        lines += ["", "## Reconciliation", "", "| publication | kind | agrees | check |", "|---|---|---|---|"]
        for source_id, c in checks:
            lines.append(f"| `{source_id}` | {c.kind} | {'yes' if c.ok else '**NO**'} | {_cell(c.message)} |")
    drift = [(o.source_id, note) for o in outcomes for note in o.drift]
    if drift:
        lines += ["", "## Schema drift since the loaded version", ""]
        lines += [f"- `{source_id}`: {note}" for source_id, note in drift]
    return "\n".join(lines) + "\n"
