"""Announcements as data: the article body and the figures a release states, read by rules.

The corpus (tests/corpus/announcements, written by scripts/corpus/announcements.py) holds releases in
the styles of Chinese government sites, newspapers, English wires and plain text, each with its truth:
every figure with scope, label, value, qualifier, share base, event and a piece of its sentence. Real
files, no mocks; the unit tests below pin each rule on a sentence of its own.
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from etl.announcements import AnnouncedFigure, Article, extract_figures, main_text
from etl.core.errors import ReadError

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from scripts.corpus import announcements as corpus  # noqa: E402

CORPUS = REPO / "tests" / "corpus" / "announcements"
TRUTH = json.loads((CORPUS / "truth.json").read_text(encoding="utf-8"))
PAGES = {page["file"]: page for page in TRUTH["pages"]}
ARTICLES = [name for name, page in PAGES.items() if page["is_article"]]


def _article(name: str) -> Article:
    return main_text((CORPUS / name).read_bytes())


def _key(f: AnnouncedFigure | dict) -> tuple:
    get = f.get if isinstance(f, dict) else lambda k: getattr(f, k)
    value = get("value")
    return (
        get("scope_kind"), get("scope_label"), get("figure"), None if value is None else Decimal(value),
        get("share_of"), get("qualifier"), get("event"),
    )  # fmt: skip


def one(text: str) -> AnnouncedFigure:
    figures = extract_figures(text)
    assert len(figures) == 1, figures
    return figures[0]


# ---- the corpus ------------------------------------------------------------------------------------------
def test_corpus_has_the_pages_the_issue_asks_for():
    assert len(ARTICLES) >= 12
    kinds = {page["kind"] for page in PAGES.values()}
    encodings = {page["encoding"] for page in PAGES.values()}
    assert kinds == {"html", "text"}
    assert {"utf-8", "gb2312", "gbk", "gb18030"} <= encodings
    assert any(p["is_article"] and not p["figures"] for p in PAGES.values())  # a meeting report
    assert any(not p["is_article"] for p in PAGES.values())
    languages = {_article(name).language for name in ARTICLES}
    assert languages == {"zh", "en"}


@pytest.mark.parametrize("name", ARTICLES)
def test_every_page_gives_exactly_its_truth(name):
    article = _article(name)
    figures = extract_figures(article.text)
    truth = PAGES[name]["figures"]
    assert [_key(f) for f in figures] == [_key(t) for t in truth]
    for figure, expected in zip(figures, truth, strict=True):
        assert expected["sentence"] in figure.sentence, (figure.text, expected["sentence"])


@pytest.mark.parametrize("name", ARTICLES)
def test_every_figure_points_at_its_own_characters(name):
    text = _article(name).text
    for f in extract_figures(text):
        assert f.text == text[f.start : f.end]
        assert f.sentence == text[f.sentence_start : f.sentence_end]
        assert f.sentence_start <= f.start < f.end <= f.sentence_end
        assert f.text in f.sentence
        if f.status == "ambiguous":
            assert (f.scope_kind, f.value, f.figure) == ("ambiguous", None, None)  # text: the unread clause
            assert f.reason
        else:
            assert (
                f.status == "ok"
                and isinstance(f.value, Decimal)
                and f.qualifier in {"exact", "about", "over", "nearly"}
            )


@pytest.mark.parametrize("name", [n for n, p in PAGES.items() if p["is_article"] and p["kind"] == "html"])
def test_article_body_is_the_body_and_nothing_else(name):
    article = _article(name)
    flat = "".join(article.text.split())
    for paragraph in PAGES[name]["paragraphs"]:
        assert "".join(paragraph.split()) in flat
    for chrome in PAGES[name]["chrome"]:
        assert "".join(chrome.split()) not in flat, chrome
    assert article.title == PAGES[name]["title"]


@pytest.mark.parametrize("name", [n for n, p in PAGES.items() if not p["is_article"]])
def test_a_page_that_is_not_an_article_fails_with_its_reason(name):
    with pytest.raises(ReadError, match=r"not an article: .*" + PAGES[name]["not_article_reason"]):
        _article(name)


def test_a_meeting_report_gives_no_figures():
    assert extract_figures(_article("zh_gov_meeting_report_no_figures.html").text) == []


def test_the_corpus_is_what_the_generator_writes_and_the_generator_is_deterministic(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    written = corpus.write_corpus(first)
    corpus.write_corpus(second)
    committed = sorted(p.name for p in CORPUS.iterdir())
    assert sorted(p.name for p in written) == committed
    for path in written:
        assert path.read_bytes() == (second / path.name).read_bytes() == (CORPUS / path.name).read_bytes(), (
            path.name
        )


def test_samples_are_labelled_and_carry_the_published_figures(tmp_path):
    paths = corpus.write_samples(tmp_path)
    assert [p.name for p in paths] == [
        "shenzhen_2023_batch1_announcement_sample.html",
        "guangdong_2023_signing_announcement_sample.html",
    ]
    for path in paths:
        assert path.read_bytes() == (CORPUS / path.name).read_bytes()
        article = main_text(path.read_bytes())
        assert "样例（SAMPLE）：按公开报道的数字撰写，非官方原文" in article.text
    shenzhen = extract_figures(main_text(paths[0].read_bytes()).text)
    districts = [f for f in shenzhen if f.scope_kind == "district"]
    count = {f.scope_label: f.value for f in districts if f.figure == "projects"}
    total = sum(f.value for f in districts if f.figure == "total_investment")
    annual = sum(f.value for f in districts if f.figure == "annual_plan")
    assert len(count) == 12 and sum(count.values()) == 266
    assert total == Decimal(32953000) and annual == Decimal(5357000)  # 535.7亿 vs the published 535.6亿


# ---- required behaviour, one rule at a time ----------------------------------------------------------------
def test_scope_carries_across_a_list_of_districts():
    text = (
        "按项目区域划分，龙岗区数量最多，为46个，项目总投资约611.7亿元；其他各区分别为：宝安区32个，项目总投资约847.6亿元，"
        "年度计划投资约113.9亿元；南山区28个，项目总投资约402.5亿元，年度计划投资约61.3亿元；大鹏新区11个；深汕特别合作区18个。"
    )
    got = [(f.scope_label, f.figure, f.value) for f in extract_figures(text)]
    assert got == [
        ("龙岗区", "projects", 46), ("龙岗区", "total_investment", 6117000),
        ("宝安区", "projects", 32), ("宝安区", "total_investment", 8476000), ("宝安区", "annual_plan", 1139000),
        ("南山区", "projects", 28), ("南山区", "total_investment", 4025000), ("南山区", "annual_plan", 613000),
        ("大鹏新区", "projects", 11), ("深汕特别合作区", "projects", 18),
    ]  # fmt: skip
    assert {f.scope_kind for f in extract_figures(text)} == {"district"}


def test_funding_scopes_with_a_share_of_the_annual_plan():
    text = (
        "按资金来源划分，政府投资项目145个，总投资约704.2亿元，年度计划投资约131.1亿元，占全部项目年度计划投资的24.5%；"
        "社会投资项目121个，总投资约2591.1亿元。"
    )
    got = [(f.scope_label, f.figure, f.value, f.share_of, f.qualifier) for f in extract_figures(text)]
    assert got == [
        ("政府投资", "projects", 145, None, "exact"),
        ("政府投资", "total_investment", 7042000, None, "about"),
        ("政府投资", "annual_plan", 1311000, None, "about"),
        ("政府投资", "share", Decimal("24.5"), "annual_plan", "exact"),
        ("社会投资", "projects", 121, None, "exact"),
        ("社会投资", "total_investment", 25911000, None, "about"),
    ]


def test_a_size_band_threshold_is_no_total():
    f = one("总投资超过50亿元（含50亿元）的项目20个。")
    assert (f.scope_kind, f.scope_label, f.figure, f.value) == ("size_band", "≥50亿元", "projects", 20)
    f = one("Among them, 20 projects each have an investment of more than 5 billion yuan.")
    assert (f.scope_kind, f.scope_label, f.figure, f.value) == ("size_band", "≥50亿元", "projects", 20)
    labels = [
        f.scope_label
        for f in extract_figures("10亿元以下项目184个，10亿元至100亿元项目71个，百亿级项目8个。")
    ]
    assert labels == ["<10亿元", "10–100亿元", "≥100亿元"]


def test_sector_scopes_in_chinese_and_english():
    f = one("产业领域项目最多，达96个。")
    assert (f.scope_kind, f.scope_label, f.value) == ("sector", "产业", 96)
    count, share = extract_figures(
        "There are 96 projects in the industrial field, accounting for more than half of the total investment."
    )
    assert (count.scope_label, count.figure, count.value) == ("产业", "projects", 96)
    assert (share.scope_label, share.figure, share.value, share.qualifier, share.share_of) == (
        "产业", "share", 50, "over", "total_investment",
    )  # fmt: skip


def test_province_wide_started_or_signed():
    count, total = extract_figures("全省已开工签约的重大项目超千个，投资总额超1.2万亿。")
    assert (count.scope_kind, count.value, count.qualifier, count.event) == (
        "province", 1000, "over", "groundbreaking_and_signing",
    )  # fmt: skip
    assert (total.figure, total.value, total.qualifier) == ("total_investment", Decimal(120000000), "over")
    count, total = extract_figures(
        "Over 1,000 major projects have been signed province-wide, with a total investment of over 1.2 trillion yuan."
    )
    assert (count.scope_kind, count.value, count.event) == ("province", 1000, "signing")
    assert (total.scope_kind, total.value) == ("province", Decimal(120000000))


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("总投资约3295.3亿元", "about"), ("总投资大约3295.3亿元", "about"), ("总投资3295.3亿元左右", "about"),
        ("a total investment of about 329.53 billion yuan", "about"),
        ("a total investment of approximately 329.53 billion yuan", "about"),
        ("总投资超3295.3亿元", "over"), ("总投资超过3295.3亿元", "over"), ("总投资逾3295.3亿元", "over"),
        ("总投资3295多亿元", "over"), ("总投资3295亿元以上", "over"), ("总投资3000余亿元", "over"),
        ("a total investment of over 329.53 billion yuan", "over"),
        ("a total investment of more than 329.53 billion yuan", "over"),
        ("总投资近3295.3亿元", "nearly"), ("总投资将近3295.3亿元", "nearly"), ("总投资接近3295.3亿元", "nearly"),
        ("a total investment of nearly 329.53 billion yuan", "nearly"),
        ("a total investment of almost 329.53 billion yuan", "nearly"),
        ("总投资3295.3亿元", "exact"), ("a total investment of 329.53 billion yuan", "exact"),
    ],
)  # fmt: skip
def test_qualifiers(text, qualifier):
    f = one(f"本次开工项目{text}。" if "亿元" in text else f"The projects have {text}.")
    assert (f.figure, f.qualifier) == ("total_investment", qualifier)


@pytest.mark.parametrize(
    ("text", "wan"),
    [
        ("总投资3295.3亿元", "32953000"), ("总投资3295.3亿", "32953000"), ("总投资1.2万亿元", "120000000"),
        ("总投资1.2万亿", "120000000"), ("总投资420000万元", "420000"), ("总投资50000元", "5"),
        ("总投资850.03亿元", "8500300"), ("总投资1,258亿元", "12580000"), ("总投资３２９５．３亿元", "32953000"),
        ("a total investment of 329.53 billion yuan", "32953000"), ("a total investment of 1.2 trillion yuan", "120000000"),
        ("a total investment of RMB 329.53 billion", "32953000"), ("a total investment of 850 million yuan", "85000"),
        ("a total investment of 329.53 billion yuan ($48.6 billion)", "32953000"),
        ("a total investment of 329.53 billion yuan (about 48.6 billion U.S. dollars)", "32953000"),
    ],
)  # fmt: skip
def test_units_to_wan_exactly(text, wan):
    f = one(f"本次{text}。" if not text.startswith("a ") else f"The projects have {text}.")
    assert isinstance(f.value, Decimal) and f.value == Decimal(wan) and str(f.value) == wan


@pytest.mark.parametrize(
    "text",
    [
        "项目建成后新增建筑面积120万平方米，装机容量60万千瓦。",
        "预计带动就业约3万人，新增学位2.6万个、病床约3000张。",
        "2023年1月29日，第一批重大项目集中开工，“十四五”规划的20个战略性产业集群和全市12个区参加。",
        "合同外资额3.2亿美元。",
        "The projects are expected to create around 30,000 jobs in 2023 across the city's 11 districts.",
    ],
)
def test_quantities_dates_and_ordinals_are_not_figures(text):
    assert extract_figures(text) == []


def test_a_year_before_the_annual_plan_is_no_figure():
    f = one("2023年度计划投资约535.6亿元。")
    assert (f.figure, f.value, f.text) == ("annual_plan", Decimal(5356000), "2023年度计划投资约535.6亿元")


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("全省重大项目超千个。", 1000, "over"), ("本次开工项目460多个。", 460, "over"),
        ("本次开工项目近百个。", 100, "nearly"), ("本次开工项目一千多个。", 1000, "over"),
        ("本次开工项目两百余个。", 200, "over"), ("本次开工项目上千个。", 1000, "about"),
        ("本次开工项目1,000个。", 1000, "exact"), ("The city started over a thousand projects.", 1000, "over"),
        ("The city started more than 200 projects.", 200, "over"), ("The city started twelve projects.", 12, "exact"),
        ("The city started two hundred and sixty-six projects.", 266, "exact"),
    ],
)  # fmt: skip
def test_counts_in_chinese_numerals_and_english_words(text, value, qualifier):
    f = one(text)
    assert (f.figure, f.value, f.qualifier) == ("projects", value, qualifier)


def test_chinese_numerals_in_amounts():
    assert one("总投资逾千亿元。").value == Decimal(10000000)
    assert one("总投资近万亿元。").value == Decimal(100000000)


def test_a_growth_rate_and_a_quantity_are_never_figures():
    assert extract_figures("其中，有关项目投资额较上年增长12.3%，带动就业约3万人。") == []


@pytest.mark.parametrize(
    "text",
    [
        "Projects in Longgang and Bao'an are worth 61.17 billion yuan and 84.76 billion yuan.",  # two amounts, no scope
        "The 12.5-billion-yuan semiconductor project is the largest.",  # a single named project
        "其中，比亚迪新能源汽车项目总投资约120亿元。",  # a single named project
        "龙岗区产业项目10个。",  # two scopes at once
        "项目建成后预计新增产值超2000亿元。",  # output, not investment
        "年度计划投资占总投资的16.3%。",  # a ratio of two figures, not a scope's share
        "About 60 percent of the projects are in the manufacturing hub.",  # a share of the whole: which part?
        "其中，市级重点项目12个。",  # a part of the batch no scope we store names
        "龙岗区、宝安区分别为46个。",  # 'respectively' with two scopes and one figure
    ],
)
def test_unreadable_sentences_give_ambiguous_entries_and_no_figure(text):
    figures = extract_figures(text)
    assert figures and all(
        f.status == "ambiguous" and f.value is None and f.sentence == text for f in figures
    )


def test_one_unreadable_clause_spoils_only_itself():
    """Judged per clause: the province's count stands; a city's figure inside it is the ambiguous part."""
    province, city = extract_figures("全省开工项目超千个，其中广州460多个。")
    assert (province.scope_kind, province.value, province.qualifier) == ("province", 1000, "over")
    assert city.status == "ambiguous" and city.text.startswith("其中广州460多个")


def test_respectively_pairs_scopes_and_figures_in_order():
    got = [
        (f.scope_label, f.figure, f.value)
        for f in extract_figures(
            "翠亨新区、火炬开发区分别开工9个、7个项目，总投资分别为198.2亿元、121.5亿元。"
        )
    ]
    assert got == [
        ("翠亨新区", "projects", 9), ("火炬开发区", "projects", 7),
        ("翠亨新区", "total_investment", 1982000), ("火炬开发区", "total_investment", 1215000),
    ]  # fmt: skip
    got = [
        (f.scope_label, f.value)
        for f in extract_figures("Zengcheng and Huadu districts had 52 and 45 projects, respectively.")
    ]
    assert got == [("增城区", 52), ("花都区", 45)]


def test_events():
    events = [
        f.event
        for f in extract_figures("此次集中开工签约项目460多个，其中开工项目280多个，签约项目180多个。")
    ]
    assert events == ["groundbreaking_and_signing", "groundbreaking", "signing"]
    assert one("同日，一批重大项目集中竣工投产，共有35个。").event == "production"
    assert one("Construction began on 128 major projects on Friday.").event == "groundbreaking"
    assert one("Funding source: government investment projects number 145.").event is None


def test_the_venue_of_the_ceremony_is_no_scope():
    f = one("1月29日，广州市2023年重大项目集中开工活动在黄埔区举行，共有460多个项目。")
    assert (f.scope_kind, f.value, f.qualifier) == ("batch", 460, "over")


# ---- the article ----------------------------------------------------------------------------------------------
def test_text_payloads_are_the_text_itself():
    article = main_text("标题\r\n\r\n本次开工项目共12个，总投资约30亿元。\r\n".encode("gb18030"))
    assert article == Article("标题", "标题\n\n本次开工项目共12个，总投资约30亿元。", "zh")
    html = b"<html><body><p>The city started 12 projects.</p></body></html>"
    assert main_text(html, kind="text").text == html.decode()


def test_a_declared_gb2312_page_is_read_as_gb18030():
    page = '<html><head><meta charset="gb2312"><title>t</title></head><body><h1>开工</h1><p>本次开工项目共12个，总投资约30亿元。</p></body></html>'
    article = main_text(page.encode("gb18030"))  # GB18030 bytes under a gb2312 label: real sites do this
    assert article.text == "本次开工项目共12个，总投资约30亿元。" and article.title == "开工"


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b"", "empty"),
        (
            b"<html><head><title>x</title></head><body><div class='nav'><a href='/'>Home</a></div></body></html>",
            "no body",
        ),
    ],
)
def test_empty_pages_fail_naming_the_reason(payload, reason):
    with pytest.raises(ReadError, match=f"not an article: .*{reason}"):
        main_text(payload)


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b"<html><head><title>404 Not Found</title></head><body><h1>404</h1><p>Sorry, the page does not exist.</p></body></html>", "error page"),
        ("<html><body><div><p>本文需登录后查看。请先登录。</p></div></body></html>".encode(), "login wall"),
    ],
)  # fmt: skip
def test_error_pages_and_login_walls_are_not_articles(payload, reason):
    with pytest.raises(ReadError, match=f"not an article: .*{reason}"):
        main_text(payload)


# ---- phrasings none of the corpus pages uses -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("南沙区举行重大项目集中签约暨开工活动，共有42个项目参与，总投资约580亿元。",
         [("batch", None, "projects", 42, "groundbreaking_and_signing"),
          ("batch", None, "total_investment", 5800000, "groundbreaking_and_signing")]),
        ("按照行业类别划分，工业项目48个，占比42.5%；社会民生项目21个。",
         [("sector", "产业", "projects", 48, None), ("sector", "产业", "share", Decimal("42.5"), None),
          ("sector", "民生", "projects", 21, None)]),
        ("投资10亿元以上的项目有54个，投资额合计约2500亿元。",
         [("size_band", "≥10亿元", "projects", 54, None), ("size_band", "≥10亿元", "total_investment", 25000000, None)]),
        ("共签约项目36个，协议投资额约420亿元，其中，超10亿元项目12个。",
         [("batch", None, "projects", 36, "signing"), ("batch", None, "total_investment", 4200000, "signing"),
          ("size_band", "≥10亿元", "projects", 12, "signing")]),
        ("4个百亿元级项目，亿元以上项目183个。",
         [("size_band", "≥100亿元", "projects", 4, None), ("size_band", "≥1亿元", "projects", 183, None)]),
        ("投资总额约为500亿元人民币，合同外资额3.2亿美元。", [("batch", None, "total_investment", 5000000, None)]),
        ("计划年内完成投资300亿元。", [("batch", None, "annual_plan", 3000000, None)]),
        ("Huizhou on Tuesday started 85 major projects with a total investment of about 61.2 billion yuan "
         "($9 billion), including 58 industrial projects worth 40.2 billion yuan.",
         [("batch", None, "projects", 85, "groundbreaking"), ("batch", None, "total_investment", 6120000, "groundbreaking"),
          ("sector", "产业", "projects", 58, "groundbreaking"), ("sector", "产业", "total_investment", 4020000, "groundbreaking")]),
        ("The batch includes 58 advanced manufacturing projects, 65 infrastructure projects, 98 projects related to "
         "people's livelihood and 42 other projects.",
         [("sector", "先进制造业", "projects", 58, None), ("sector", "基础设施", "projects", 65, None),
          ("sector", "民生", "projects", 98, None), ("sector", "其他", "projects", 42, None)]),
        ("The 85 projects involve a total investment of 61.2 billion yuan, of which 9.86 billion yuan will be invested this year.",
         [("batch", None, "projects", 85, None), ("batch", None, "total_investment", 6120000, None),
          ("batch", None, "annual_plan", 986000, None)]),
        ("Xinhui district hosted the largest number of projects, with 15, followed by Taishan with 12.",
         [("district", "新会区", "projects", 15, None), ("district", "台山市", "projects", 12, None)]),
        ("The province's 1,500 key projects for 2024 have a planned annual investment of 1 trillion yuan.",
         [("province", None, "projects", 1500, None), ("province", None, "annual_plan", 100000000, None)]),
        ("The city signed 35 projects worth RMB 42.6bn.",
         [("batch", None, "projects", 35, "signing"), ("batch", None, "total_investment", 4260000, "signing")]),
        ("The batch includes 266 projects with total investment of 329.53 billion yuan, of which 96 are industrial "
         "projects, accounting for more than half of the total investment.",
         [("batch", None, "projects", 266, None), ("batch", None, "total_investment", 32953000, None),
          ("sector", "产业", "projects", 96, None), ("sector", "产业", "share", 50, None)]),
        ("A total of 145 projects are government-funded, with investment of 70.42 billion yuan, and the remaining "
         "121 are privately funded projects worth 259.11 billion yuan.",
         [("funding", "政府投资", "projects", 145, None), ("funding", "政府投资", "total_investment", 7042000, None),
          ("funding", "社会投资", "projects", 121, None), ("funding", "社会投资", "total_investment", 25911000, None)]),
        ("Shenzhen started 266 major projects with a total investment of about 329.53 billion yuan, while over a "
         "thousand projects were signed province-wide, with a total investment of over 1.2 trillion yuan.",
         [("batch", None, "projects", 266, "groundbreaking"), ("batch", None, "total_investment", 32953000, "groundbreaking"),
          ("province", None, "projects", 1000, "signing"), ("province", None, "total_investment", 120000000, "signing")]),
        ("About 60 percent of the projects are in the industrial sector.", [("sector", "产业", "share", 60, None)]),
        ("其中，超过一半的投资来自社会资本。", [("funding", "社会投资", "share", 50, None)]),
        ("46个项目位于龙岗区，其中96个属于产业领域。",
         [("district", "龙岗区", "projects", 46, None), ("sector", "产业", "projects", 96, None)]),
        ("主会场设在黄埔区，共有460多个项目。", [("batch", None, "projects", 460, None)]),
        ("Sixty-three of the projects involve investment of over 100 million yuan each.",
         [("size_band", "≥1亿元", "projects", 63, None)]),
        ("从区域分布看，惠城区、惠阳区、博罗县分别开工项目14个、12个、18个。",
         [("district", "惠城区", "projects", 14, "groundbreaking"), ("district", "惠阳区", "projects", 12, "groundbreaking"),
          ("district", "博罗县", "projects", 18, "groundbreaking")]),
        ("The 266 projects cover advanced manufacturing, infrastructure and public services, with a total investment "
         "of 329.53 billion yuan.",
         [("batch", None, "projects", 266, None), ("batch", None, "total_investment", 32953000, None)]),
    ],
)  # fmt: skip
def test_more_phrasings(text, expected):
    got = [(f.scope_kind, f.scope_label, f.figure, f.value, f.event) for f in extract_figures(text)]
    assert got == expected


def test_a_portal_page_inside_one_form_keeps_its_body():
    page = (
        '<html><body><form id="form1"><div class="nav"><a href="/">首页</a><a href="/a">政务公开</a></div>'
        '<div class="info_content"><p>本次开工项目共12个，总投资约30亿元。</p><p>其中产业项目8个。</p></div>'
        '<div class="footer">主办单位：某市人民政府 版权所有</div></form></body></html>'
    )
    assert main_text(page.encode()).text == "本次开工项目共12个，总投资约30亿元。\n其中产业项目8个。"
