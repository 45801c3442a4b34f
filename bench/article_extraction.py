"""Which engine should take the article body out of an announcement page: trafilatura, selectolax, lxml?

For every HTML article of the announcement corpus (tests/corpus/announcements, truth.json) and every
engine, per page:
  body    the extracted text holds every body paragraph of the truth (whitespace ignored);
  clean   it holds none of the page's chrome strings (nav, breadcrumb, share, related links, captions,
          bylines, editor lines, footer);
  ms      the median wall time of --repeats runs (decoding excluded, parsing included).
Then the same pages again with anonymous markup (every class and id renamed c1, c2 …, and nav/header/
footer/aside/figure turned into <div>, so that no engine can lean on the names a template happens to
use), and with the whole body inside one <form> (as ASP.NET-style government portals serve it).

Engines:
  lxml-rules        etl/announcements/boilerplate.py: drop chrome by tag and class/id, deepest element
                    holding 80 % of the prose, chrome lines by their words (the project's choice);
  selectolax-rules  the same rules on selectolax (Lexbor), ported here;
  trafilatura       trafilatura.extract, defaults (tables kept, comments off);
  trafilatura-prec  trafilatura.extract(favor_precision=True).

    .venv/bin/python bench/article_extraction.py [--repeats 5]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

Node = Any  # a selectolax LexborNode (imported lazily)

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from etl.announcements import boilerplate  # noqa: E402
from etl.announcements.article import _title, decode_page  # noqa: E402

CORPUS = REPO_ROOT / "tests" / "corpus" / "announcements"


def lxml_rules(html: str) -> str:
    root = boilerplate.parse(html)
    title = _title(root)
    boilerplate.strip_chrome(root)
    return boilerplate.body_text(root, title)


_SX_BLOCKS = boilerplate.BLOCKS
_SX_LINK_BLOCKS = boilerplate.LINK_BLOCKS


def _sx_prose(node: Node) -> int:
    total = boilerplate.letters(node.text(deep=True))
    return total - sum(boilerplate.letters(a.text(deep=True)) for a in node.css("a"))


def _sx_lines(node: Node) -> list[str]:
    parts: list[str] = []
    for child in node.traverse(include_text=True):
        if child.tag == "-text":
            parts.append(child.text_content or "")
        elif child.tag in _SX_BLOCKS:
            parts.append("\n")
    lines = (" ".join(line.split()) for line in "".join(parts).replace("\u3000", " ").split("\n"))
    return [line for line in lines if line]


def _sx_chrome(node: Node, half: float) -> bool:
    names = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}".lower()
    named = any(t in boilerplate.CHROME_TOKENS for t in re.split(r"[\s_-]+", names))
    return node.tag != "body" and (node.tag in boilerplate.CHROME_TAGS or named) and _sx_prose(node) < half


def selectolax_rules(html: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    tree.strip_tags(boilerplate.ALWAYS_DROP)
    half = _sx_prose(tree.body) / 2
    for node in [n for n in tree.body.traverse() if _sx_chrome(n, half)]:
        node.decompose()
    for node in tree.css(", ".join(_SX_LINK_BLOCKS)):
        total = boilerplate.letters(node.text(deep=True))
        in_links = sum(boilerplate.letters(a.text(deep=True)) for a in node.css("a"))
        if in_links and in_links * 2 >= total:
            node.decompose()
    best = tree.body
    target = 0.8 * _sx_prose(best)
    while True:
        children = [c for c in best.iter() if _sx_prose(c) >= target]
        if not children:
            break
        best = children[0]
    return "\n".join(line for line in _sx_lines(best) if not boilerplate.is_chrome_line(line))


def trafilatura_default(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_comments=False) or ""


def trafilatura_precision(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_comments=False, favor_precision=True) or ""


ENGINES: dict[str, Callable[[str], str]] = {
    "lxml-rules": lxml_rules,
    "selectolax-rules": selectolax_rules,
    "trafilatura": trafilatura_default,
    "trafilatura-prec": trafilatura_precision,
}


def anonymous(html: str) -> str:
    """The same page with every class and id renamed and semantic chrome tags made <div>s."""
    counter = iter(range(1, 10**6))
    html = re.sub(r'\b(class|id)="[^"]*"', lambda m: f'{m.group(1)}="c{next(counter)}"', html)
    return re.sub(r"<(/?)(nav|header|footer|aside|figure|figcaption|article|section|main)\b", r"<\1div", html)


def in_a_form(html: str) -> str:
    """The same page with its whole body inside one <form> (ASP.NET-style portals do this)."""
    html = re.sub(r"<body([^>]*)>", r'<body\1><form id="form1" method="post" action="./">', html, count=1)
    return html.replace("</body>", "</form></body>", 1)


VARIANTS = {"corpus": lambda html: html, "anonymous": anonymous, "in-a-form": in_a_form}


def _flat(text: str) -> str:
    return "".join(text.split())


def measure(engine: Callable[[str], str], html: str, page: dict, repeats: int) -> tuple[bool, bool, float]:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        text = engine(html)
        times.append(time.perf_counter() - started)
    flat = _flat(text)
    body = all(_flat(p) in flat for p in page["paragraphs"])
    clean = not any(_flat(c) in flat for c in page["chrome"] if c)
    return body, clean, statistics.median(times) * 1000


def run(repeats: int) -> dict[str, dict[str, list]]:
    truth = json.loads((CORPUS / "truth.json").read_text(encoding="utf-8"))
    pages = [p for p in truth["pages"] if p["is_article"] and p["kind"] == "html"]
    results: dict[str, dict[str, list]] = {}
    for variant, dress in VARIANTS.items():
        for name, engine in ENGINES.items():
            rows = results.setdefault(f"{name}|{variant}", {"body": [], "clean": [], "ms": [], "failed": []})
            for page in pages:
                html = decode_page((CORPUS / page["file"]).read_bytes())
                html = dress(html)
                body, clean, ms = measure(engine, html, page, repeats)
                rows["body"].append(body)
                rows["clean"].append(clean)
                rows["ms"].append(ms)
                if not (body and clean):
                    rows["failed"].append(
                        f"{page['file']}({'' if body else 'body'}{'' if clean else ' chrome'})"
                    )
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    results = run(args.repeats)
    n = len(next(iter(results.values()))["body"])
    print(f"{n} HTML article pages, median of {args.repeats} runs each\n")
    print(
        f"{'engine':<18} {'markup':<10} {'all body':>9} {'no chrome':>10} {'both':>6} {'ms/page':>8}  pages failed"
    )
    for key, rows in results.items():
        name, variant = key.split("|")
        both = sum(b and c for b, c in zip(rows["body"], rows["clean"], strict=True))
        print(
            f"{name:<18} {variant:<10} {sum(rows['body']):>6}/{n:<2} {sum(rows['clean']):>7}/{n:<2} {both:>3}/{n:<2}"
            f" {statistics.mean(rows['ms']):>8.2f}  {', '.join(rows['failed']) or '-'}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
