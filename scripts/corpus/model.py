"""What a corpus page is: its text, the chrome around it, and its truth (every figure, written by hand)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Truth:
    """One figure as a reader finds it in the page; `sentence` is a piece of the sentence it stands in."""

    scope_kind: str
    scope_label: str | None
    figure: str | None
    value: str | None
    share_of: str | None
    qualifier: str | None
    event: str | None
    sentence: str

    def as_json(self) -> dict[str, str | None]:
        return {
            "scope_kind": self.scope_kind,
            "scope_label": self.scope_label,
            "figure": self.figure,
            "value": self.value,
            "share_of": self.share_of,
            "qualifier": self.qualifier,
            "event": self.event,
            "sentence": self.sentence,
        }


def fig(
    scope: str,
    label: str | None,
    figure: str,
    value: str,
    qualifier: str = "exact",
    event: str | None = None,
    share_of: str | None = None,
    *,
    s: str,
) -> Truth:
    """A figure: fig("batch", None, "projects", "266", event="groundbreaking", s="本次新开工项目共266个")."""
    return Truth(scope, label, figure, value, share_of, qualifier, event, s)


def amb(sentence: str) -> Truth:
    """A sentence the rules must not read: it comes out as one ambiguous entry."""
    return Truth("ambiguous", None, None, None, None, None, None, sentence)


@dataclass(frozen=True)
class Page:
    """One announcement page. `paragraphs` are the article body; `chrome` says how it is dressed."""

    name: str
    chrome: str  # zh_gov | zh_gov_table | zh_news | en_wire | en_news | text | index | login
    title: str
    paragraphs: tuple[str, ...]
    truth: tuple[Truth, ...] = ()
    encoding: str = "utf-8"
    is_article: bool = True
    not_article_reason: str | None = None  # a word the ReadError must contain
    meta: dict[str, str] = field(default_factory=dict)
    exercises: str = ""

    @property
    def kind(self) -> str:
        return "text" if self.name.endswith(".txt") else "html"
