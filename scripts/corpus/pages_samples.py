"""The two SAMPLE announcements bundled with the default catalog, written in this project's own words.

Shenzhen, 2023-01-29 (first groundbreaking batch of the year), with the published figures: 266 projects,
3295.3亿 total, 535.6亿 for 2023; 145 government-funded (704.2亿, 131.1亿 for the year = 24.5%) and 121
privately funded (2591.1亿); 96 industrial projects holding more than half of the total; 20 projects of
50亿 or more. The split over its 12 districts is invented (scripts/samples/places.py), with the published
properties; the SAMPLE list follows the same split, so the two reconcile.

Guangdong, end of January 2023: "全省已开工签约的重大项目超千个，投资总额超1.2万亿" — started OR signed
(开工签约), no per-city breakdown published.
"""

from __future__ import annotations

from decimal import Decimal

from scripts.corpus.model import Page, Truth, fig
from scripts.samples.places import SHENZHEN_BATCH1_DISTRICTS

SAMPLE_NOTE = (
    "样例（SAMPLE）：按公开报道的数字撰写，非官方原文。本页文字由本项目自行撰写，仅供数据管道测试使用。"
)

SHENZHEN_DISTRICTS = SHENZHEN_BATCH1_DISTRICTS  # district, projects, total, for the year (亿元)
assert sum(d[1] for d in SHENZHEN_DISTRICTS) == 266
assert sum(Decimal(d[2]) for d in SHENZHEN_DISTRICTS) == Decimal("3295.3")
assert sum(Decimal(d[3]) for d in SHENZHEN_DISTRICTS) == Decimal("535.7")  # the published rounding gap
assert all(Decimal(d[3]) <= Decimal(d[2]) for d in SHENZHEN_DISTRICTS)


def wan(yi: str) -> str:
    """'3295.3' (亿元) → '32953000' (万元), exactly."""
    value = Decimal(yi) * 10000
    return format(
        value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize(), "f"
    )


def _district_sentence() -> tuple[str, list[Truth]]:
    first, *others = SHENZHEN_DISTRICTS
    name, count, total, annual = first
    text = f"从项目区域看，{name}数量最多，为{count}个，项目总投资约{total}亿元，年度计划投资约{annual}亿元；其他各区分别为："
    text += "；".join(f"{n}{c}个，项目总投资约{t}亿元，年度计划投资约{a}亿元" for n, c, t, a in others) + "。"
    truth = []
    for n, c, t, a in SHENZHEN_DISTRICTS:
        truth += [
            fig("district", n, "projects", str(c), s="从项目区域看"),
            fig("district", n, "total_investment", wan(t), "about", s="从项目区域看"),
            fig("district", n, "annual_plan", wan(a), "about", s="从项目区域看"),
        ]
    return text, truth


_SHENZHEN_META = {
    "site": "深圳市人民政府（样例页面）",
    "city": "深圳",
    "date": "2023-01-29 18:30",
    "source": "深圳市发展和改革委员会（样例）",
    "related": "深圳市2023年重大项目计划清单（样例）|全市重大项目建设推进会召开|一季度重大项目进展情况",
    "icp": "粤ICP备00000000号",
    "phone": "0755-00000000",
}


def _shenzhen_truth(district_truth: list[Truth]) -> list[Truth]:
    g = "groundbreaking"
    return [
        fig("batch", None, "projects", "266", event=g, s="本次新开工项目共266个"),
        fig("batch", None, "total_investment", "32953000", "about", g, s="本次新开工项目共266个"),
        fig("batch", None, "annual_plan", "5356000", "about", g, s="本次新开工项目共266个"),
        fig("funding", "政府投资", "projects", "145", s="从资金来源看"),
        fig("funding", "政府投资", "total_investment", "7042000", "about", s="从资金来源看"),
        fig("funding", "政府投资", "annual_plan", "1311000", "about", s="从资金来源看"),
        fig("funding", "政府投资", "share", "24.5", share_of="annual_plan", s="从资金来源看"),
        fig("funding", "社会投资", "projects", "121", s="从资金来源看"),
        fig("funding", "社会投资", "total_investment", "25911000", "about", s="从资金来源看"),
        fig("funding", "社会投资", "annual_plan", "4045000", "about", s="从资金来源看"),
        fig("funding", "社会投资", "share", "75.5", share_of="annual_plan", s="从资金来源看"),
        *district_truth,
        fig("sector", "产业", "projects", "96", s="从产业领域看"),
        fig("sector", "产业", "share", "50", "over", share_of="total_investment", s="从产业领域看"),
        fig("size_band", "≥50亿元", "projects", "20", s="从投资规模看"),
    ]


def shenzhen_sample() -> Page:
    """Shenzhen's 2023-01-29 release: batch, funding, 12 districts, industrial share, size band."""
    districts, district_truth = _district_sentence()
    paragraphs = (
        SAMPLE_NOTE,
        "1月29日上午，深圳市2023年第一批重大项目集中开工活动举行，全市各区同步设立分会场。",
        "本次新开工项目共266个，总投资约3295.3亿元，2023年度计划投资约535.6亿元。",
        "从资金来源看，政府投资项目145个，总投资约704.2亿元，年度计划投资约131.1亿元，占全部项目年度计划投资的24.5%；"
        "社会投资项目121个，总投资约2591.1亿元，年度计划投资约404.5亿元，占全部项目年度计划投资的75.5%。",
        districts,
        "从产业领域看，产业项目96个，总投资超过全部项目总投资的一半。",
        "从投资规模看，总投资超过50亿元（含50亿元）的项目20个。",
        "据介绍，这批项目建成后，预计新增建筑面积约120万平方米，新增电力装机容量约60万千瓦。",
        "下一步，全市将加快推进项目建设，力争早建成、早投产、早见效。",
    )
    return Page(
        name="shenzhen_2023_batch1_announcement_sample.html",
        chrome="zh_gov",
        title="深圳市2023年第一批重大项目集中开工（样例）",
        paragraphs=paragraphs,
        truth=tuple(_shenzhen_truth(district_truth)),
        meta=_SHENZHEN_META,
        exercises="SAMPLE: batch, funding with shares of the annual plan, 12 districts in one sentence (scope "
        "carried across ；), sector share '超过…的一半', size band with （含50亿元）, quantities 万平方米/万千瓦",
    )


def guangdong_sample() -> Page:
    paragraphs = (
        SAMPLE_NOTE,
        "1月下旬以来，广东各地陆续举行2023年重大项目集中开工、集中签约活动，掀起项目建设热潮。",
        "据统计，截至1月底，全省已开工签约的重大项目超千个，投资总额超1.2万亿。",
        "这些项目覆盖先进制造、基础设施、民生保障等多个领域，民间资本参与热情较高。",
        "需要说明的是，上述数字为开工与签约项目的合计，目前未公布分市数字。",
        "省发展改革委表示，将强化用地、用能、资金等要素保障，推动项目早日建成投产。",
    )
    gs = "groundbreaking_and_signing"
    truth = [
        fig("province", None, "projects", "1000", "over", gs, s="全省已开工签约的重大项目超千个"),
        fig(
            "province", None, "total_investment", "120000000", "over", gs, s="全省已开工签约的重大项目超千个"
        ),
    ]
    return Page(
        name="guangdong_2023_signing_announcement_sample.html",
        chrome="zh_gov",
        title="全省重大项目开工签约超千个 投资总额超1.2万亿（样例）",
        paragraphs=paragraphs,
        truth=tuple(truth),
        meta={
            "site": "广东省发展和改革委员会（样例页面）",
            "city": "广东",
            "date": "2023-01-31 10:00",
            "source": "广东省发展和改革委员会（样例）",
            "related": "广东省2023年重点建设项目计划（样例）|省重点项目一月进展|重大项目集中开工活动综述",
            "icp": "粤ICP备00000001号",
            "phone": "020-00000000",
        },
        exercises="SAMPLE: province-wide count in Chinese numerals (超千个), 万亿 without 元, 开工签约 = started "
        "or signed; context sentences without figures",
    )
