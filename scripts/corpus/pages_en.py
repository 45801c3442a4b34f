"""English releases: wire copy with a dateline, an English daily, a plain-text release.

Figures follow the published ones where domain.md gives them (Shenzhen 266 / 329.53 billion yuan / 96
industrial, more than half; province-wide over 1,000 signed / over 1.2 trillion yuan; Guangzhou 460+ /
680 billion+; Foshan 103 / 85.003 billion); everything else is invented, and all the wording is ours.
"""

from __future__ import annotations

from scripts.corpus.model import Page, amb, fig

G, S, P = "groundbreaking", "signing", "production"


SHENZHEN_WIRE = Page(
    name="en_wire_shenzhen_2023_0129.html",
    chrome="en_wire",
    title="Shenzhen starts construction of 266 major projects",
    paragraphs=(
        "SHENZHEN, Jan. 29 (Xinhua) -- Shenzhen in south China's Guangdong Province on Sunday started construction "
        "of 266 major projects with a total investment of about 329.53 billion yuan (about 48.6 billion U.S. dollars).",
        "The projects are expected to receive an annual investment of 53.56 billion yuan in 2023, according to the "
        "municipal government.",
        "Among them, 96 projects are in the industrial field, accounting for more than half of the total investment.",
        "Government-funded projects number 145, with a total investment of 70.42 billion yuan, while 121 projects "
        "are funded by social capital, with a combined investment of 259.11 billion yuan.",
        "Some 20 projects each involve an investment of more than 5 billion yuan.",
        "Meanwhile, over 1,000 major projects have been signed across Guangdong, with a total investment of over "
        "1.2 trillion yuan, according to the provincial development and reform commission.",
        "The new projects cover sectors including advanced manufacturing, new energy and public services, and are "
        "expected to create around 30,000 jobs.",
    ),
    truth=(
        fig("batch", None, "projects", "266", event=G, s="started construction of 266"),
        fig("batch", None, "total_investment", "32953000", "about", G, s="started construction of 266"),
        fig("batch", None, "annual_plan", "5356000", s="annual investment of 53.56 billion yuan"),
        fig("sector", "产业", "projects", "96", s="96 projects are in the industrial field"),
        fig(
            "sector",
            "产业",
            "share",
            "50",
            "over",
            share_of="total_investment",
            s="96 projects are in the",
        ),
        fig("funding", "政府投资", "projects", "145", s="Government-funded projects number 145"),
        fig(
            "funding",
            "政府投资",
            "total_investment",
            "7042000",
            s="Government-funded projects number 145",
        ),
        fig("funding", "社会投资", "projects", "121", s="Government-funded projects number 145"),
        fig(
            "funding",
            "社会投资",
            "total_investment",
            "25911000",
            s="Government-funded projects number 145",
        ),
        fig("size_band", "≥50亿元", "projects", "20", "about", s="Some 20 projects each involve"),
        fig(
            "province",
            None,
            "projects",
            "1000",
            "over",
            S,
            s="over 1,000 major projects have been signed",
        ),
        fig(
            "province",
            None,
            "total_investment",
            "120000000",
            "over",
            S,
            s="over 1,000 major projects have",
        ),
    ),
    meta={
        "lang": "en",
        "site": "Wire Service (synthetic)",
        "date": "2023-01-29 21:10:05",
        "source": "Xinhua-style wire (synthetic)",
        "editor": "huaxia",
        "related": "Guangdong sets 2023 key project plan|Shenzhen's GDP grows in 2022|Greater Bay Area "
        "infrastructure update",
    },
    exercises="wire dateline; 'in south China's Guangdong Province' is no province scope; dollar conversion "
    "skipped; 'annual investment of … in 2023'; sector after the count; 'more than half of the total "
    "investment'; 'number 145' / 'funded by social capital'; 'Some 20' (about) with a band 'each … more "
    "than'; province-wide 'signed across Guangdong'; 30,000 jobs skipped",
)


GUANGZHOU_DAILY = Page(
    name="en_news_guangzhou_2023_0130.html",
    chrome="en_news",
    title="Guangzhou kicks off over 460 major projects",
    paragraphs=(
        "Guangzhou, capital of Guangdong province, launched more than 460 major projects on Sunday, with total "
        "investment exceeding 680 billion yuan.",
        "More than 280 of the projects started construction, while more than 180 were signed at the event.",
        "Huangpu district accounted for the largest number of projects, 87, with a total investment of about 126 "
        "billion yuan. Nansha district followed with 76 projects worth 118 billion yuan.",
        "Zengcheng and Huadu districts had 52 and 45 projects, respectively.",
        "Among the projects, 15 have an investment of at least 10 billion yuan each.",
        "The projects are expected to generate an annual output value of over 200 billion yuan once completed.",
    ),
    truth=(
        fig("batch", None, "projects", "460", "over", s="launched more than 460"),
        fig("batch", None, "total_investment", "68000000", "over", s="launched more than 460"),
        fig("batch", None, "projects", "280", "over", G, s="More than 280 of the projects"),
        fig("batch", None, "projects", "180", "over", S, s="More than 280 of the projects"),
        fig("district", "黄埔区", "projects", "87", s="Huangpu district accounted"),
        fig("district", "黄埔区", "total_investment", "12600000", "about", s="Huangpu district accounted"),
        fig("district", "南沙区", "projects", "76", s="Nansha district followed"),
        fig("district", "南沙区", "total_investment", "11800000", s="Nansha district followed"),
        fig("district", "增城区", "projects", "52", s="Zengcheng and Huadu"),
        fig("district", "花都区", "projects", "45", s="Zengcheng and Huadu"),
        fig("size_band", "≥100亿元", "projects", "15", s="15 have an investment of at least"),
        amb("annual output value of over 200 billion yuan"),
    ),
    meta={
        "lang": "en",
        "site": "Daily Courier (synthetic)",
        "date": "2023-01-30 09:12",
        "source": "dailycourier.example",
        "byline": "Li Ming in Guangzhou",
        "caption": "A groundbreaking ceremony in Huangpu district on Sunday. [Photo provided to Daily Courier]",
        "related": "Greater Bay Area cities race to start projects|Nansha port expansion|Huangpu's biotech push",
    },
    exercises="English daily; 'capital of Guangdong province' no province scope; 'exceeding'; 'N of the "
    "projects' / 'N were signed'; count after its noun ('the largest number of projects, 87,'); 'worth'; "
    "'…, respectively' after a comma; band 'at least … each'; output value → ambiguous",
)


PROVINCE_WIRE = Page(
    name="en_wire_guangdong_2023_signing.html",
    chrome="en_wire",
    title="Guangdong signs over 1,000 major projects worth 1.2 trillion yuan",
    paragraphs=(
        "GUANGZHOU, Feb. 1 (Xinhua) -- More than 1,000 major projects have been signed across Guangdong province "
        "since the beginning of this year, involving a total investment of more than 1.2 trillion yuan, local "
        "authorities said Wednesday.",
        "This year, the province has arranged 1,530 provincial key projects, with a total investment of 8.5 "
        "trillion yuan and an annual planned investment of 1 trillion yuan.",
        "Officials said the signed projects cover advanced manufacturing, new infrastructure and modern services, "
        "but a breakdown by city has not been released.",
        "Investment in the province's key projects grew 9.2 percent year on year in January.",
    ),
    truth=(
        fig("province", None, "projects", "1000", "over", S, s="More than 1,000 major projects"),
        fig(
            "province",
            None,
            "total_investment",
            "120000000",
            "over",
            S,
            s="More than 1,000 major projects",
        ),
        fig("province", None, "projects", "1530", s="1,530 provincial key projects"),
        fig("province", None, "total_investment", "850000000", s="1,530 provincial key projects"),
        fig("province", None, "annual_plan", "100000000", s="1,530 provincial key projects"),
    ),
    meta={
        "lang": "en",
        "site": "Wire Service (synthetic)",
        "date": "2023-02-01 16:45:10",
        "source": "Xinhua-style wire (synthetic)",
        "editor": "liuxin",
        "related": "Shenzhen starts construction of 266 major projects|Guangzhou kicks off projects|Foshan "
        "breaks ground on 103 projects",
    },
    exercises="province-wide in English ('across Guangdong province', 'the province has'); trillion yuan; "
    "'annual planned investment'; a growth rate → ambiguous",
)


FOSHAN_TEXT = Page(
    name="en_foshan_2023_q1_release.txt",
    chrome="text",
    title="Foshan breaks ground on 103 major projects",
    paragraphs=(
        "Foshan, a manufacturing hub in the Pearl River Delta, broke ground on 103 major projects on Wednesday, "
        "with a combined investment of RMB 85.003 billion.",
        "Industrial projects make up the bulk of the batch: 79 of the 103 projects are in manufacturing and "
        "related industries.",
        "About 20 further projects worth roughly RMB 144.5 billion were signed during the ceremony.",
        "Nanhai and Shunde districts are home to nearly half of the projects.",
    ),
    truth=(
        fig("batch", None, "projects", "103", event=G, s="Foshan breaks ground on 103 major projects"),
        fig("batch", None, "projects", "103", event=G, s="broke ground on 103"),
        fig("batch", None, "total_investment", "8500300", event=G, s="broke ground on 103"),
        fig("sector", "产业", "projects", "79", s="79 of the 103 projects"),
        fig("batch", None, "projects", "20", "about", S, s="About 20 further projects"),
        fig("batch", None, "total_investment", "14450000", "about", S, s="About 20 further projects"),
        amb("Nanhai and Shunde districts are home to nearly half"),
    ),
    meta={"footer": "Source: Foshan municipal government (synthetic test text)"},
    exercises="plain English text (its title line is part of the text, and gives a figure too); 'RMB 85.003 billion' (currency first); 'N of the M projects' under a "
    "sector named in the clause before; 'About'/'roughly'; two districts at once → ambiguous",
)


ZHANJIANG_WIRE = Page(
    name="en_wire_zhanjiang_2023_0303.html",
    chrome="en_wire",
    title="Zhanjiang launches 128 major projects",
    paragraphs=(
        "ZHANJIANG, March 3 (Xinhua) -- Construction began on 128 major projects in Zhanjiang, a coastal city in "
        "western Guangdong, on Friday.",
        "The projects have a total investment of approximately 106.8 billion yuan, and 21.3 billion yuan is "
        "planned to be invested this year.",
        "Nearly 100 of the projects are industrial ones, while the infrastructure category includes 18 projects.",
        "Projects in Leizhou and Lianjiang together account for 35 percent of the total investment.",
        "The city aims to complete 130 billion yuan of fixed-asset investment in 2023.",
    ),
    truth=(
        fig("batch", None, "projects", "128", event=G, s="Construction began on 128"),
        fig("batch", None, "total_investment", "10680000", "about", s="approximately 106.8 billion yuan"),
        fig("batch", None, "annual_plan", "2130000", s="approximately 106.8 billion yuan"),
        fig("sector", "产业", "projects", "100", "nearly", s="Nearly 100 of the projects"),
        fig("sector", "基础设施", "projects", "18", s="Nearly 100 of the projects"),
        amb("Projects in Leizhou and Lianjiang"),
    ),
    meta={
        "lang": "en",
        "site": "Wire Service (synthetic)",
        "date": "2023-03-03 18:20:41",
        "source": "Xinhua-style wire (synthetic)",
        "editor": "wangyi",
        "related": "Zhanjiang port handles record cargo|Western Guangdong steps up investment|Leizhou peninsula "
        "water project",
    },
    exercises="'Construction began on'; 'approximately'; '… is planned to be invested this year' after the "
    "amount; 'industrial ones' / 'the infrastructure category'; two districts at once → ambiguous; a "
    "target with no keyword → ambiguous",
)


PAGES = [SHENZHEN_WIRE, GUANGZHOU_DAILY, PROVINCE_WIRE, FOSHAN_TEXT, ZHANJIANG_WIRE]
