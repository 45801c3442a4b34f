"""Announcements as data: the figures publishers state in prose, extracted with their sentences.

- `main_text(payload)` (`article.py`): the article body of an HTML page or a text file;
- `extract_figures(text)` (`figures.py`): every figure, with scope, qualifier, unit in 万元 and offsets.
"""

from __future__ import annotations

from etl.announcements.article import Article, main_text
from etl.announcements.figures import AnnouncedFigure, extract_figures

__all__ = ["AnnouncedFigure", "Article", "extract_figures", "main_text"]
