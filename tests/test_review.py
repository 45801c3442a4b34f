"""Review of what the rules read from a release: decisions keyed by sentence, applied at the next run; a
reviewed figure gates the list it announces, as a typed headline does."""

from __future__ import annotations

import argparse
import contextlib
import io
from decimal import Decimal

import pytest
import yaml

from etl.announcements.figures import extract_figures
from etl.announcements.review import Review, apply_review
from etl.core.settings import get_settings
from gdmp.review import review as review_command
from tests.test_announcements_flow import entries, query, serve
from tests.test_daily_flow import run_flow, write_catalog

TEXT = "本次集中开工项目共12个，总投资约30亿元。力争全年完成投资100亿元。其中，有关项目分别为3个。"


def decisions(*items: dict) -> Review:
    return Review.model_validate({"source": "r", "decisions": list(items)})


def test_a_decision_replaces_what_the_rules_read_from_its_sentence():
    figures = extract_figures(TEXT)
    first = "本次集中开工项目共12个，总投资约30亿元。"
    corrected = decisions({"sentence": first, "decision": "corrected", "figures": [
        {"scope_kind": "batch", "figure": "projects", "value": 13},
    ]})  # fmt: skip
    applied = apply_review(TEXT, figures, corrected)
    ok = [(f.figure, f.value, f.provenance) for f in applied.figures if f.status == "ok"]
    assert ok == [("projects", Decimal(13), "reviewed")] and applied.applied == 1
    dropped = apply_review(TEXT, figures, decisions({"sentence": first, "decision": "not_batch"}))
    assert not [f for f in dropped.figures if f.status == "ok"]
    pending = apply_review(TEXT, figures, decisions({"sentence": first, "decision": "pending"}))
    assert pending.figures == figures and pending.applied == 0


def test_a_decision_on_a_sentence_the_article_no_longer_holds_is_stale_and_changes_nothing():
    figures = extract_figures(TEXT)
    applied = apply_review(TEXT, figures, decisions({"sentence": "另一句话。", "decision": "not_batch"}))
    assert applied.figures == figures and applied.stale == ["另一句话。"]


def args(**given) -> argparse.Namespace:
    return argparse.Namespace(**{"source": None, "write": False, "apply": False, "warehouse": None,
                                 "catalog": None, **given})  # fmt: skip


@pytest.mark.usefixtures("prefect_harness")
def test_a_reviewed_figure_is_applied_at_the_next_run_and_then_gates_the_list(
    tmp_path, data_dir, httpserver, monkeypatch
):
    monkeypatch.setenv("GDMP_REVIEWS_DIR", str(tmp_path / "reviews"))  # this test's own reviewed file
    serve(httpserver, 5, 4, "12")  # the list has 5 projects, the release says 4: reported, loaded
    catalog = write_catalog(tmp_path, *entries(httpserver))
    assert run_flow(catalog).is_completed()
    printed = io.StringIO()  # not capsys: Prefect's log handler would keep a captured stream it outlives
    with contextlib.redirect_stdout(printed):
        assert review_command(args(source="foshan-release", write=True), get_settings()) == 0
    assert "DISAGREES  foshan-list: batch projects announced exact 4, the list loads 5" in printed.getvalue()
    path = tmp_path / "reviews" / "foshan-release.yaml"
    review = yaml.safe_load(path.read_text(encoding="utf-8"))
    (asked,) = [d for d in review["decisions"] if "本次集中开工项目共4个" in d["sentence"]]
    assert asked["decision"] == "pending" and {"scope_kind": "batch", "figure": "projects", "value": 4,
                                               "qualifier": "exact"}.items() <= asked["figures"][0].items()  # fmt: skip
    asked["decision"], asked["figures"][0]["value"], asked["reviewer"] = "corrected", 5, "test"
    path.write_text(yaml.safe_dump(review, allow_unicode=True), encoding="utf-8")

    second = run_flow(catalog)  # the release's bytes are the same, its review is not: it is read again
    assert second.is_completed(), second.message
    assert query(data_dir, "SELECT value, provenance FROM announced_figures WHERE scope_kind = 'batch' "
                           "AND figure = 'projects' ORDER BY version DESC LIMIT 1") == [(Decimal(5), "reviewed")]  # fmt: skip

    serve(httpserver, 6, 4, "12")  # a new list of 6 projects: the reviewed 5 gates it
    third = run_flow(catalog)
    assert third.is_failed() and "announced 5 (announcement foshan-release (reviewed)" in third.message
    assert query(data_dir, "SELECT status FROM publication_runs WHERE source_id = 'foshan-list' "
                           "ORDER BY recorded_at DESC LIMIT 1") == [("rejected",)]  # fmt: skip


def test_a_decision_written_with_other_white_space_points_at_the_articles_own_sentence():
    figures = extract_figures(TEXT)
    spaced = decisions({"sentence": "本次集中开工项目共12个， 总投资约30亿元。", "decision": "confirmed", "figures": [
        {"scope_kind": "batch", "figure": "projects", "value": 12},
    ]})  # fmt: skip
    (f,) = [f for f in apply_review(TEXT, figures, spaced).figures if f.provenance == "reviewed"]
    assert f.text == TEXT[f.start : f.end] == "本次集中开工项目共12个，总投资约30亿元。"
