"""Announcements as data: the figures publishers state in prose, extracted with their sentences. All of
the announcement code is here, by stage:

- `main_text(payload)` (`article.py`): the article body of an HTML page or a text file;
- `extract_figures(text)` (`figures.py`, with the clause reader in `attribution.py` and its words in
  `vocabulary.py`, `scopes.py`, `keywords.py`; the checks across a whole release in `release.py`; in a
  whole release, a figure is the batch's only where the release ties it to its batch, `ties.py`): every
  figure (`figure.py`), with scope, qualifier, unit in 万元 and offsets;
- `reading.py`: one release read for a run (its figures, reviewed readings applied, the consistency of its
  breakdowns) and the expected figures it gives the lists it announces;
- `review.py`, `review_queue.py`: the reviewed readings (`gdmp review`, catalog/reviews/);
- `loading.py`: a read release into the warehouse (announcements, announced_figures).
"""

from __future__ import annotations

from etl.announcements.article import Article, main_text
from etl.announcements.figure import AnnouncedFigure
from etl.announcements.figures import extract_figures

__all__ = ["AnnouncedFigure", "Article", "extract_figures", "main_text"]
