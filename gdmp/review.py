"""`gdmp review`: what in the releases asks for an analyst's word, and the reviewed file that keeps it.

    gdmp review                   per release in force: figures, ambiguous sentences, disagreements
    gdmp review SOURCE            its ambiguous sentences and its figures that disagree with the lists
    gdmp review SOURCE --write    add a pending decision per such sentence to catalog/reviews/SOURCE.yaml
    gdmp review SOURCE --apply    read the release again now, from the archive, with its reviewed file
    gdmp review identity          pairs of rows that may be one project (between the review floor and
                                  the link score), and judgements naming rows no longer loaded
    gdmp review identity --write  add a pending judgement per pair to catalog/reviews/identity.yaml
    gdmp review identity --apply  link the warehouse's rows again now with the judgements

Decisions are edited by hand in the YAML file (etl/announcements/review.py and etl/identity/judgements.py
say how) and committed; the next run applies them (a changed review makes the release be read again), or `--apply` does at once.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from etl.core.settings import Settings


def _warehouse(args: argparse.Namespace, settings: Settings):
    return args.warehouse or settings.warehouse_target


def _shown(value) -> str:
    from decimal import Decimal

    return "-" if value is None else f"{Decimal(value).normalize():f}"


def _overview(con) -> None:
    from etl.announcements.review_queue import overview
    from etl.present.totals_table import format_table

    rows = overview(con)
    print(
        format_table(["release", "version", "figures", "ambiguous", "disagree with lists", "reviewed"], rows)
    )
    print("\n`gdmp review SOURCE` shows one release's sentences; `--write` adds them to its review file.")
    if con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'identity_candidates'"
    ).fetchone()[0]:
        from etl.identity.review_queue import queued_pairs

        print(
            f"identity: {len(queued_pairs(con))} pair(s) of rows may be one project: `gdmp review identity`"
        )


def _show(con, source_id: str, write: bool, directory: Path) -> int:
    """One release's sentences; `write`: add pending decisions to its review file in `directory`."""
    from etl.announcements import review as reviews
    from etl.announcements.review_queue import asked_sentences, disagreements, figures_in_force

    figures = figures_in_force(con, source_id)
    if not figures:
        print(f"{source_id}: no release of that id is in force (or it gave no sentence)", file=sys.stderr)
        return 1
    disagreeing = disagreements(con, source_id)
    for list_id, kind, label, figure, announced, qualifier, loaded in disagreeing:
        unit = "" if figure == "projects" else "亿元"
        print(f"DISAGREES  {list_id}: {kind}{'/' + label if label else ''} {figure} announced {qualifier} "
              f"{_shown(announced)}{unit}, the list loads {_shown(loaded)}{unit}")  # fmt: skip
    asked = asked_sentences(figures, disagreeing)
    for f in figures:
        if f.sentence in asked and f.status == "ambiguous":
            print(f"AMBIGUOUS  {f.text}\n           why: {f.reason}")
    if write:
        directory.mkdir(parents=True, exist_ok=True)
        review = reviews.with_pending(reviews.load_review(directory, source_id), source_id,
                                      reviews.pending_decisions(figures, asked))  # fmt: skip
        reviews.review_path(directory, source_id).write_text(reviews.dump_review(review), encoding="utf-8")
        print(
            f"\n{len(asked)} sentence(s) asked about; decide them in {reviews.review_path(directory, source_id)}"
        )
    return 0


def _apply(args: argparse.Namespace, settings: Settings) -> int:
    from etl.fetching.catalog import load_catalog
    from flows.backfill import backfill

    catalog = args.catalog or settings.catalog.resolve()
    source = next((s for s in load_catalog(catalog) if s.id == args.source), None)
    if source is None or not source.is_announcement:
        print(f"{args.source}: no announcement of that id in {catalog}", file=sys.stderr)
        return 1
    state = backfill(source.published, source.published, [source.id], None, "reprocess", True, str(catalog),
                     return_state=True)  # fmt: skip
    return 0 if state.is_completed() else 1


def _identity(con, write: bool, directory: Path) -> int:
    from etl.identity import judgements as judged
    from etl.identity.review_queue import asked, queued_pairs

    pairs = queued_pairs(con)
    for score, _a, _b, name_a, name_b, list_a, list_b, place_a, place_b, total_a, total_b in pairs:
        print(f"{score:6.2f}  {name_a} ({list_a}, {place_a}, {_shown(total_a)}亿)\n"
              f"        {name_b} ({list_b}, {place_b}, {_shown(total_b)}亿)")  # fmt: skip
    loaded = {key for (key,) in con.execute("SELECT row_key FROM identity_links").fetchall()}
    _, _, stale = judged.decided(judged.load_judgements(directory), loaded)
    for j in stale:
        print(f"STALE  {j.judgement}: {j.rows[0]} ~ {j.rows[1]} (a row is no longer loaded)")
    if write:
        directory.mkdir(parents=True, exist_ok=True)
        path = judged.judgements_path(directory)
        path.write_text(judged.dump_judgements(judged.with_pending(judged.load_judgements(directory), asked(pairs))),
                        encoding="utf-8")  # fmt: skip
        print(f"\n{len(pairs)} pair(s) asked about; judge them (same / different) in {path}")
    else:
        print(f"\n{len(pairs)} pair(s) to review; `--write` adds them to catalog/reviews/identity.yaml")
    return 0


def _apply_identity(settings: Settings) -> int:
    """Link again now, in a work copy published atomically (or straight into the lake)."""
    from etl import warehouse as wh
    from etl.identity.step import IdentityPolicy, link_warehouse
    from etl.warehouse.targets import load_target

    with load_target(settings, holder="gdmp review identity --apply") as target:
        with wh.connect(target.db, wh.WarehouseConfig.from_settings(settings)) as con:
            result = link_warehouse(con, IdentityPolicy.from_settings(settings), force=True)
        if target.publish_to:
            from pathlib import Path

            from etl.warehouse.atomic_publish import publish

            publish(Path(target.db), Path(target.publish_to))
    print(f"{result.rows} rows → {result.projects} projects; {result.reviewed} rows linked by judgement, "
          f"{result.queued} pair(s) still to review, {result.stale} stale judgement(s)")  # fmt: skip
    return 0


def review(args: argparse.Namespace, settings: Settings) -> int:
    from etl.core.errors import CatalogError
    from etl.warehouse import WarehouseConfig, exists, open_reader

    if args.source == "identity" and args.apply:
        return _apply_identity(settings)
    if args.apply:
        return _apply(args, settings)
    try:
        warehouse, config = _warehouse(args, settings), WarehouseConfig.from_settings(settings)
        if not exists(warehouse, config):
            print("no warehouse yet: `gdmp run` loads the catalog", file=sys.stderr)
            return 1
        with open_reader(warehouse, config) as con:
            if not args.source:
                _overview(con)
                return 0
            if args.source == "identity":
                return _identity(con, args.write, settings.reviews_dir)
            return _show(con, args.source, args.write, settings.reviews_dir)
    except CatalogError as exc:
        print(exc, file=sys.stderr)
        return 1
