"""The run summary (markdown artifact): text quoted from a publication reads as text, never as markup.

Rendered with two CommonMark renderers that speak GFM tables, strikethrough and bare-URL autolinks
(mistune with its url plugin, markdown-it-py), and checked at the source for what source-matching
autolinkers (GFM's, the Prefect UI's) look for.
"""

from __future__ import annotations

import re

import lxml.html
import mistune
import pytest
from markdown_it import MarkdownIt

from etl.present.run_summary import markdown_summary
from etl.run.outcomes import Outcome, Status

QUOTED = [
    "**重大项目** 加粗",
    "__bold__ and _italic_ and *italic*",
    "snake_case_name 项目_名称_ a_b_c _lead trail_ a__b__c",
    "~~删除线~~ ~one~",
    "see http://evil.example/leak?x=1 now",
    "HTTPS://evil.example/x and ftp://evil.example/y",
    "www.evil.example/path and WWW.Evil.example",
    "mail boss@evil.example",
    "<http://evil.example> <b>html</b> [link](http://evil.example) ![img](x.png)",
    "a | pipe `code` \\*not escaped\\* 12.5亿 & 100%",
]
RENDERERS = {
    "mistune": mistune.create_markdown(plugins=["table", "url", "strikethrough"]),
    "markdown-it": MarkdownIt("commonmark").enable(["table", "strikethrough"]).render,
}
# What a source-matching autolinker takes for the start of a URL or an e-mail address.
BARE_LINK = re.compile(r"(?i)[a-z][a-z0-9+.-]*://|www\.|[A-Za-z0-9._+-]@[A-Za-z0-9-]")


def summary(text: str) -> str:
    outcome = Outcome("hostile-1", Status.FAILED, f"cannot read: {text}", notes=[text], drift=[text])
    return markdown_summary([outcome], "/data/warehouse_1.duckdb", title=text)


@pytest.mark.parametrize("text", QUOTED)
@pytest.mark.parametrize("renderer", RENDERERS)
def test_quoted_text_renders_as_plain_text(text, renderer):
    html = RENDERERS[renderer](summary(text))
    tree = lxml.html.fromstring(f"<div>{html}</div>")
    tags = {element.tag for element in tree.iter() if isinstance(element.tag, str)}
    assert not tags & {"strong", "em", "del", "s", "a", "img", "b"}, (tags, html)
    assert {code.text_content() for code in tree.iter("code")} == {"hostile-1"}  # only the source id
    if renderer == "markdown-it":  # mistune shows the &amp; of '&' as written, CommonMark as '&'
        assert tree.text_content().count(text) == 4  # title, message, note, drift: each as written


@pytest.mark.parametrize("text", QUOTED)
def test_no_bare_link_survives_in_the_source(text):
    assert not BARE_LINK.search(summary(text))


def test_an_underscore_inside_a_word_stays_as_written():
    assert 'columns: {"val": total_investment}' in summary('columns: {"val": total_investment}')
