"""The hostile corpus: what an attacker or a broken publisher can send, and what the pipeline must do.

Three families, every one run end to end through the daily flow against a hostile publisher on
127.0.0.1 (scripts/corpus/hostile_server.py) by tests/test_hostile_run.py and bench/hostile_run.py:

- files that explode when read (scripts/corpus/hostile_files.py: zip and merge bombs, spans, depth, width);
- content that is markup or invisible: names, headers and cells carrying HTML, script, markdown, bidi
  and control characters, wrong types;
- network behaviours: redirects to loopback, link-local (cloud metadata) and private addresses, a
  redirect loop, tricklers, a gzip bomb, a lying Content-Length, an unreadable Retry-After, a redirect to
  another origin that must not receive the secret header.

Each input says what must happen: `refused:<text the reason contains>` (failed or rejected, the reason
naming the source), `loaded` (with the hostile content neutralized), or `read` (the reader copes; the
gates may load it or refuse it, naming the source). Good publications sit beside them
and must load. Deterministic: the same bytes every time.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from urllib.parse import quote

XSS = "<img src=x onerror=alert(document.domain)>"
CHINESE_NAME = "附件1 重点项目.csv"  # a file name as .gov.cn sites publish them
GOOD_ROWS = [["序号", "项目名称", "建设地点", "总投资（亿元）"], ["1", "惠州港码头", "惠东县", "12.5"],
             ["2", "博罗产业园", "博罗县", "3"], ["3", "惠阳学校", "惠阳区", "2.25"]]  # fmt: skip


@dataclass
class HostileInput:
    name: str  # the catalog id is hostile-<name>
    what: str
    expect: str  # loaded | read | refused:<substring of the reason>
    payload: bytes = b""
    path: str = "file"  # the server behaviour (hostile_server.py)
    format: str = "auto"
    suffix: str = ".csv"
    target: str | None = (
        None  # for redirects: where to; {forbidden}: a 127.0.0.2 port, {other}: another origin
    )
    entry: dict = field(default_factory=dict)  # extra catalog fields

    @property
    def file_name(self) -> str:
        return f"{self.name}{self.suffix}"


def csv_payload(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue().encode("utf-8")


def good_inputs() -> list[HostileInput]:
    records = [{"projectName": r[1], "totalInvestmentYi": r[3], "town": r[2]} for r in GOOD_ROWS[1:]]
    return [
        HostileInput("good-csv", "a well-formed list beside the hostile ones", "loaded", csv_payload(GOOD_ROWS)),
        HostileInput("good-json", "the same as a portal's JSON", "loaded",
                     json.dumps({"data": {"rows": records}}, ensure_ascii=False).encode(), suffix=".json"),
    ]  # fmt: skip


def markup_inputs() -> list[HostileInput]:
    long_xss = XSS + "项目" * 110  # longer than 200: fails a rule, so GX shows it in Data Docs
    names = [long_xss, "<script>alert(1)</script>公路", "[点我](javascript:alert(1))产业园", "| a | b | 学校",
             "`rm -rf` **粗体** 医院", "港\x00口\x1b码头\u202e", "\ufeff水厂\u200b扩建"]  # fmt: skip
    rows = [GOOD_ROWS[0]] + [[str(i), name, "惠东县", "1"] for i, name in enumerate(names, 1)]
    rows += [[str(i), f"项目{i}", "惠东县", "1"] for i in range(8, 200)]  # one bad row stays under 5 %
    headers = [
        ["序号", "项目名称", "[x](javascript:alert(1))", XSS],
        ["1", "甲", "1", "2"],
        ["2", "乙", "3", "4"],
    ]
    cells = "".join(f"<tr><td>{i}</td><td>{n}</td><td>惠东县</td><td>1</td></tr>"
                    for i, n in enumerate(["<script>alert(1)</script>大桥", f"{XSS}码头",
                                           "<a href='javascript:alert(1)'>点我</a>水库"], 1))  # fmt: skip
    page = f"<html><body><table><tr><th>序号</th><th>项目名称</th><th>建设地点</th><th>总投资（亿元）</th></tr>{cells}</table></body></html>"
    controls = [
        {"项目名称": f"码头\x00{i}\u202e\x1b", "建设地点": "惠东\u200b县", "总投资（亿元）": "1"}
        for i in range(5)
    ]
    wrong = [
        {"项目名称": f"项目{i}", "总投资（亿元）": v}
        for i, v in enumerate([{"a": 1}, [1, 2], True, None, "abc"])
    ]
    return [
        HostileInput("markup-names", "names with HTML, script, markdown, bidi and controls", "loaded", csv_payload(rows)),
        HostileInput("markup-headers", "headers that are markdown links and HTML", "refused:no column for total_investment",
                     csv_payload(headers)),
        HostileInput("markup-html-cells", "script and javascript: links inside table cells", "loaded",
                     page.encode(), suffix=".html"),
        HostileInput("control-json", "NUL, ESC, U+202E, U+200B in names and places", "loaded",
                     json.dumps(controls).encode(), suffix=".json"),
        HostileInput("wrong-types", "amounts that are objects, lists, booleans", "refused:readable total investment",
                     json.dumps(wrong).encode(), suffix=".json"),
        HostileInput("no-table", "a page without a table", "refused:no <table>", b"<html><body><p>nothing</p></body></html>",
                     suffix=".html"),
        HostileInput("empty", "an empty body", "refused:empty", b" "),
        HostileInput("error-page-as-xlsx", "an HTML error page where a workbook was expected", "refused:HTML",
                     b"<!doctype html><html><body>502 Bad Gateway</body></html>", format="xlsx", suffix=".xlsx"),
    ]  # fmt: skip


def network_inputs() -> list[HostileInput]:
    good = csv_payload(GOOD_ROWS)

    def net(name: str, what: str, expect: str, path: str, target: str | None = None, **entry) -> HostileInput:
        return HostileInput(name, what, expect, good, path, target=target, entry=entry)

    return [
        net("redirect-loopback", "a redirect to 127.0.0.2", "refused:loopback address", "redirect",
            "http://127.0.0.2:{forbidden}/file/internal.csv"),
        net("redirect-metadata", "a redirect to the cloud metadata address", "refused:link-local address",
            "redirect", "http://169.254.169.254/latest/meta-data/"),
        net("redirect-private-chain", "three hops, then a private address", "refused:private address", "redirect",
            "http://10.0.0.1/x", hops=3),
        net("redirect-loop", "redirects that never end", "refused:redirects", "redirect", "never", hops=100),
        net("redirect-ftp", "a redirect to another scheme", "refused:URLs are not fetched", "redirect", "ftp://127.0.0.1/x"),
        net("trickle-head", "headers one byte at a time", "refused:deadline", "trickle-head"),
        net("trickle-body", "a body one byte at a time", "refused:deadline", "trickle-body"),
        net("gzip-bomb", "a gzip body inflating past the cap", "refused:cap", "gzip", payload_name="bomb"),
        net("huge-length", "a Content-Length of 10 GB", "refused:exceeds the", "huge-length"),
        net("retry-after-soon", "503 with Retry-After: soon, then the list", "loaded", "busy-then"),
        net("secret-to-other-origin", "a redirect to another origin", "loaded", "redirect",
            "{other}/record/secret-to-other-origin.csv", secret=True),
        net("plain-http", "plain http without allow_http", "refused:plain http is refused", "file", allow_http=False),
        net("redirect-chinese", "a redirect to a file named in Chinese (raw UTF-8 in the Location)", "loaded",
            "redirect", f"/file/{CHINESE_NAME}"),
        net("url-chinese", "a catalog URL naming a file in Chinese", "loaded", "file", payload_name="chinese"),
        net("redirect-bad-port", "a redirect to port 99999", "refused:bad port", "redirect",
            "http://127.0.0.1:99999/x.csv"),
        net("redirect-bad-host", "a redirect to the host '[::1'", "refused:bad host", "redirect", "http://[::1/x.csv"),
    ]  # fmt: skip


def file_inputs() -> list[HostileInput]:
    """The reader bombs of scripts/corpus/hostile_files.py."""
    from scripts.corpus import hostile_files

    inputs = []
    for name, payload, expected in (make() for make in hostile_files.HOSTILE):
        stem, _, suffix = name.rpartition(".")
        # Read at all (spans clamped): the gates may still refuse what is left, naming the source.
        expect = "read" if expected == "loaded" else f"refused:{expected.removeprefix('refused:').strip()}"
        inputs.append(HostileInput(f"file-{stem}-{suffix}".lower().replace("_", "-")[:60], f"reader bomb {name}", expect,
                                   payload, suffix=f".{suffix}"))  # fmt: skip
    return inputs


def corpus() -> list[HostileInput]:
    return [*good_inputs(), *markup_inputs(), *network_inputs(), *file_inputs()]


def payloads(inputs: list[HostileInput]) -> dict[str, bytes]:
    """What the publisher serves, by file name."""
    served = {i.file_name: i.payload for i in inputs}
    served["bomb.csv"] = b"0" * (200 * 1024 * 1024)  # 200 MB of zeros: ~200 KB gzipped
    served["internal.csv"] = b"internal data"
    served[CHINESE_NAME] = csv_payload(GOOD_ROWS)
    return served


def location(item: HostileInput, base: str, other: str, forbidden_port: int) -> str:
    """The URL of one input on the hostile publisher at `base`."""
    if item.path != "redirect":
        served = {"bomb": "bomb.csv", "chinese": CHINESE_NAME}.get(
            item.entry.get("payload_name"), item.file_name
        )
        return f"{base}/{item.path}/{served}"
    target = (item.target or "").format(forbidden=forbidden_port, other=other)
    return f"{base}/redirect/{item.entry.get('hops', 0)}/{quote(target, safe='')}"


def catalog(inputs: list[HostileInput], base: str, other: str, forbidden_port: int) -> dict:
    """The catalog of a hostile run: one entry per input, http allowed but where the input says not."""
    entries = []
    for item in inputs:
        entry = {"id": f"hostile-{item.name}", "title": item.what, "publisher": "a hostile publisher",
                 "list_kind": "signing", "city": "惠州", "published": "2024-03-01",
                 "location": location(item, base, other, forbidden_port), "format": item.format,
                 "allow_http": item.entry.get("allow_http", True)}  # fmt: skip
        if item.entry.get("secret"):
            entry["secret_headers"] = {"X-Api-Key": "env:GDMP_HOSTILE_SECRET"}
        entries.append(entry)
    return {"sources": entries}
