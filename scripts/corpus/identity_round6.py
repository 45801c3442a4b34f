"""Round 6 of the identity step (issue 26): hand-written lists of the classes the fifth blind set missed.

Written before any change to the step, with names of our own (never the fifth set's): each true pair is one
project as two publishers might name it (a provincial plan and a city's list), each distractor pair two projects
whose names are near (two phases, two schools, two sections of one road or river, two plants of one company, two
capacities, the same name in two cities). The classes are those of the fifth set's misses:
- a company's legal name (…有限公司…, a place in brackets inside it) against the project's short name;
- a city-level place and its short form (某市区 / 市区, 石化产业园区 / 石化园区);
- synonyms of what is built or of the work (快速通道 / 快速路, 提升改造 / 提质升级, 公共管廊 / 公用管廊, 技术改造 / 技改);
- a capacity or a unit written two ways (150MW / 十五万千瓦), or a capacity added on one side;
- a river's or a road's section in brackets or not (某江（某段） / 某江某段);
- two cities joined by 至 and their initials, with a section note (（某市境内）, 某段);
- an ordinal inside a name in digits or in numerals (第十二中学 / 第12中学).

The lists are split before tuning: `dev` is what the rules are tuned on; `heldout` was written with it, before
any code changed, and is scored on main first and once at the end (docs/benchmarks.md, Round 6).

A multi-city project is written with its cities joined by 、 (江门、阳江): its row is a multi-city row, as a
provincial plan writes it. `lists(split)` puts every first name in a provincial plan and every second in a city's
list (one list per city, so a multi-city project's two sections come from two lists, as they do in the province),
each name once per list (a plan row shared by several entries is one row: the other entries are its rivals).
"""

from __future__ import annotations

from decimal import Decimal

from etl.identity.records import IdentityRow
from scripts.corpus.identity_round5 import Entry, Score, describe, tally

LEGAL = "company legal name"
PLACE = "place and its short form"
SYNONYM = "synonym of what is built"
UNITS = "capacity or unit two ways"
SECTION = "section in brackets or not"
PAIR = "two cities by their initials"
ORDINAL = "ordinal in digits or numerals"
CLASSES = (LEGAL, PLACE, SYNONYM, UNITS, SECTION, PAIR, ORDINAL)

# (class, city of the plan row, plan name, city of the list row, list name)
Pair = tuple[str, str, str, str]

# ---------------------------------------------------------------------------------------------------- dev
DEV_TRUE: dict[str, list[Pair]] = {
    LEGAL: [
        ("阳江", "广青金属科技（阳江）有限公司不锈钢冷轧项目", "阳江", "广青金属不锈钢冷轧项目"),
        ("清远", "清远市佳的美电子科技有限公司智能终端产业园", "清远", "佳的美智能终端产业园项目"),
        ("湛江", "湛江粤海饲料有限公司年产30万吨水产饲料项目", "湛江", "粤海饲料水产饲料项目（年产30万吨）"),
        ("茂名", "恒河化工（茂名）有限公司烷烃资源综合利用二期", "茂名", "恒河化工烷烃综合利用二期工程"),
        ("肇庆", "肇庆市风华高新科技股份有限公司片式元件扩产项目", "肇庆", "风华高科片式元件扩产"),
        ("梅州", "梅州市博敏电子有限公司高端印制电路板项目", "梅州", "博敏电子印制电路板项目"),
        ("潮州", "潮州市松发陶瓷有限公司日用陶瓷智能工厂", "潮州", "松发陶瓷日用陶瓷智能工厂项目"),
    ],
    PLACE: [
        ("阳江", "阳江市区至海陵岛快速通道", "阳江", "市区至海陵岛快速通道工程"),
        ("揭阳", "揭阳大南海石化产业园区污水处理厂", "揭阳", "大南海石化园区污水处理厂项目"),
        ("江门", "江门市区污水管网完善工程", "江门", "市区污水管网完善项目"),
        ("惠州", "惠州大亚湾石化产业园区消防站", "惠州", "大亚湾石化园区消防站工程"),
        ("茂名", "茂名市区内河涌综合整治", "茂名", "市区内河涌整治项目"),
        ("汕头", "汕头市濠江区南山湾产业园区标准厂房", "汕头", "南山湾园区标准厂房"),
    ],
    SYNONYM: [
        ("江门", "江门市蓬江区滨江快速通道", "江门", "蓬江区滨江快速路工程"),
        ("佛山", "佛山市高明区沧江公园提升改造", "佛山", "高明沧江公园提质升级项目"),
        ("惠州", "惠州大亚湾石化区公共管廊二期", "惠州", "大亚湾石化区公用管廊二期工程"),
        ("韶关", "韶关钢铁有限公司焦化系统技术改造", "韶关", "韶关钢铁焦化系统技改项目"),
        ("中山", "中山市翠亨新区马鞍岛快速通道", "中山", "翠亨新区马鞍岛快速路项目"),
        ("梅州", "梅州市梅江区客家公园提质升级", "梅州", "梅江区客家公园提升改造工程"),
    ],
    UNITS: [
        ("韶关", "韶关市翁源县150MW农光互补光伏发电项目", "韶关", "翁源县十五万千瓦农光互补光伏项目"),
        ("阳江", "阳江市阳西县300MW渔光互补光伏电站", "阳江", "阳西三十万千瓦渔光互补光伏电站项目"),
        ("清远", "清远市英德市新型墙材生产线", "清远", "英德市年产60万吨新型墙材生产线项目"),
        ("茂名", "茂名市电白区水产饲料加工厂", "茂名", "电白区水产饲料加工厂（年产20万吨）"),
        ("汕尾", "汕尾市陆丰市1000MW海上风电场", "汕尾", "陆丰一百万千瓦海上风电项目"),
        ("肇庆", "肇庆市怀集县50MW生物质发电项目", "肇庆", "怀集县5万千瓦生物质发电项目"),
    ],
    SECTION: [
        ("江门", "潭江（开平段）堤防加固工程", "江门", "潭江开平段堤防加固项目"),
        ("韶关", "浈江（南雄段）防洪提升工程", "韶关", "浈江南雄段防洪提升项目"),
        ("梅州", "梅江（梅县段）碧道建设", "梅州", "梅江梅县段碧道工程"),
        ("河源", "东江（龙川段）水环境综合治理", "河源", "东江龙川段水环境治理项目"),
        ("茂名", "鉴江（化州段）堤防达标加固", "茂名", "鉴江化州段堤防加固工程"),
        ("阳江", "漠阳江（阳春段）防洪能力提升", "阳江", "漠阳江阳春段防洪提升工程"),
    ],
    PAIR: [
        ("江门、阳江", "江门至阳江高速公路改扩建工程", "江门", "江阳高速改扩建（江门段）"),
        ("江门、阳江", "江门至阳江高速公路改扩建工程", "阳江", "江阳高速公路改扩建工程阳江段"),
        ("汕头、梅州", "汕头至梅州高速公路扩容工程", "梅州", "汕梅高速扩容（梅州境内）"),
        ("肇庆、云浮", "肇庆至云浮城际快线", "云浮", "肇云城际快线云浮段"),
        ("惠州、河源", "惠州至河源铁路（惠州境内）", "惠州", "惠河铁路工程"),
        ("清远、韶关", "清远至韶关高速公路扩容", "韶关", "清韶高速扩容工程（韶关段）"),
    ],
    ORDINAL: [
        ("江门", "江门市第十二中学新校区", "江门", "江门市第12中学新校区建设工程"),
        ("汕头", "汕头市第十五中学扩建", "汕头", "汕头市第15中学扩建项目"),
        ("佛山", "佛山市第三十一小学", "佛山", "佛山市第31小学新建工程"),
        ("梅州", "梅州市第二十三中学教学楼", "梅州", "梅州市第23中学教学楼项目"),
        ("惠州", "惠州市第十三中学体育馆", "惠州", "惠州市第13中学体育馆工程"),
        ("中山", "中山市第二十五中学改扩建", "中山", "中山市第25中学改扩建工程"),
    ],
}

# Two projects each, near in name (city of the plan row, its name, city of the list row, its name).
DEV_APART: list[Pair] = [
    ("江门", "江门市第十一中学新校区", "江门", "江门市第12中学新校区建设工程"),
    ("汕头", "汕头市第十六中学扩建", "汕头", "汕头市第15中学扩建项目"),
    ("梅州", "梅州市第二十三中学教学楼", "梅州", "梅州市第23中学宿舍楼项目"),
    ("韶关", "韶关市翁源县100MW农光互补光伏发电项目", "韶关", "翁源县十五万千瓦农光互补光伏项目"),
    ("汕尾", "汕尾市陆丰市500MW海上风电场", "汕尾", "陆丰一百万千瓦海上风电项目"),
    ("肇庆", "肇庆市广宁县50MW生物质发电项目", "肇庆", "怀集县5万千瓦生物质发电项目"),
    ("阳江", "阳江市阳西县渔光互补光伏电站一期", "阳江", "阳西县渔光互补光伏电站二期"),
    ("河源", "东江（龙川段）水环境综合治理", "河源", "东江（东源段）水环境治理项目"),
    ("茂名", "鉴江（化州段）堤防达标加固", "茂名", "鉴江高州段堤防加固工程"),
    ("江门", "国道G325线台山段改建", "江门", "国道G325线开平段改建工程"),
    ("阳江", "广青金属科技（阳江）有限公司不锈钢冷轧项目", "阳江", "广青金属不锈钢热轧项目"),
    ("清远", "清远市佳的美电子科技有限公司智能终端产业园", "清远", "佳的美新能源电池产业园"),
    ("潮州", "潮州市松发陶瓷有限公司日用陶瓷智能工厂", "潮州", "松发陶瓷卫浴陶瓷智能工厂"),
    ("惠州", "惠州大亚湾石化区公共管廊一期", "惠州", "大亚湾石化区公用管廊二期工程"),
    ("佛山", "佛山市高明区沧江公园提升改造", "佛山", "高明区西江公园提质升级项目"),
    ("江门", "江门市蓬江区滨江快速通道", "江门", "蓬江区江门大道快速路工程"),
    ("阳江", "阳江市区至阳江港快速通道", "阳江", "市区至海陵岛快速通道工程"),
    ("揭阳", "揭阳大南海石化产业园区供水工程", "揭阳", "大南海石化园区污水处理厂项目"),
    ("江门、阳江", "江门至阳江高速公路改扩建工程", "江门", "江门至恩平高速改扩建（江门段）"),
    ("惠州、河源", "惠州至河源铁路（惠州境内）", "惠州", "惠州至汕尾铁路工程"),
    ("肇庆、云浮", "肇庆至云浮城际快线", "云浮", "云浮至罗定城际快线云浮段"),
    ("江门", "江门市第十二中学新校区", "阳江", "阳江市第12中学新校区建设工程"),
    ("惠州", "惠州大亚湾石化区公共管廊二期", "揭阳", "大南海石化区公用管廊二期工程"),
    ("佛山", "佛山市高明区沧江公园提升改造", "江门", "沧江公园提质升级项目"),
]

# ----------------------------------------------------------------------------------------------- held-out
HELDOUT_TRUE: dict[str, list[Pair]] = {
    LEGAL: [
        ("韶关", "宝能钢铁（乐昌）有限公司特钢技术改造", "韶关", "宝能钢铁乐昌特钢技改项目"),
        ("河源", "河源市富马硬质合金股份有限公司硬质合金扩产", "河源", "富马硬质合金扩产项目"),
        ("云浮", "温氏食品集团股份有限公司新兴生猪屠宰加工项目", "云浮", "温氏新兴生猪屠宰加工"),
        ("惠州", "惠州亿纬锂能股份有限公司储能电池项目", "惠州", "亿纬锂能储能电池项目"),
        ("揭阳", "中海油（揭阳）化工有限公司乙烯下游深加工", "揭阳", "中海油揭阳乙烯下游深加工项目"),
        ("汕尾", "汕尾市信利光电股份有限公司车载显示模组", "汕尾", "信利车载显示模组项目"),
        ("江门", "海信家电集团（江门）有限公司空调生产基地", "江门", "海信江门空调生产基地"),
    ],
    PLACE: [
        ("梅州", "梅州市区至梅县机场快速通道", "梅州", "市区至梅县机场快速通道项目"),
        ("珠海", "珠海高栏港石化产业园区公共管廊", "珠海", "高栏港石化园区公共管廊项目"),
        ("韶关", "韶关市区老旧供水管网改造", "韶关", "市区老旧供水管网改造工程"),
        ("清远", "清远市区北江堤岸景观提升", "清远", "市区北江堤岸景观提升项目"),
        ("云浮", "云浮新区循环经济产业园区道路", "云浮", "云浮新区循环经济园区道路工程"),
        ("肇庆", "肇庆高新区大旺产业园区供热管网", "肇庆", "大旺园区供热管网工程"),
    ],
    SYNONYM: [
        ("汕头", "汕头市潮阳区海门湾快速通道", "汕头", "潮阳海门湾快速路"),
        ("阳江", "阳江市江城区鸳鸯湖公园提质升级", "阳江", "江城区鸳鸯湖公园提升改造项目"),
        ("揭阳", "揭阳大南海石化区公用管廊三期", "揭阳", "大南海石化区公共管廊三期工程"),
        ("清远", "清远市英德海螺水泥有限公司余热发电技术改造", "清远", "英德海螺水泥余热发电技改"),
        ("东莞", "东莞市松山湖环湖快速通道", "东莞", "松山湖环湖快速路工程"),
        ("河源", "河源市源城区东江湾公园提升改造", "河源", "源城区东江湾公园提质升级项目"),
    ],
    UNITS: [
        ("梅州", "梅州市五华县100MW农光互补光伏项目", "梅州", "五华十万千瓦农光互补光伏发电项目"),
        ("河源", "河源市紫金县二十万千瓦风电场", "河源", "紫金县200MW风电项目"),
        ("云浮", "云浮市郁南县石材加工产业园", "云浮", "郁南县年产30万吨石材加工产业园"),
        ("潮州", "潮州市饶平县600MW海上风电", "潮州", "饶平六十万千瓦海上风电项目"),
        ("揭阳", "揭阳市惠来县电厂煤码头", "揭阳", "惠来电厂煤码头（年吞吐量500万吨）"),
        ("江门", "江门市台山市400MW渔光互补光伏", "江门", "台山市四十万千瓦渔光互补光伏电站"),
    ],
    SECTION: [
        ("肇庆", "西江（德庆段）堤防防洪能力提升", "肇庆", "西江德庆段防洪提升工程"),
        ("清远", "北江（清城段）碧道建设", "清远", "北江清城段碧道项目"),
        ("云浮", "罗定江（罗定段）水环境综合整治", "云浮", "罗定江罗定段综合整治工程"),
        ("汕头", "练江（潮南段）干流整治", "汕头", "练江潮南段干流整治项目"),
        ("惠州", "东江（博罗段）堤岸加固", "惠州", "东江博罗段堤岸加固工程"),
        ("梅州", "汀江（大埔段）防洪能力提升", "梅州", "汀江大埔段防洪提升项目"),
    ],
    PAIR: [
        ("河源、梅州", "河源至梅州高速公路改扩建", "梅州", "河梅高速改扩建（梅州段）"),
        ("河源、梅州", "河源至梅州高速公路改扩建", "河源", "河梅高速公路改扩建工程河源段"),
        ("阳江、茂名", "阳江至茂名铁路电气化改造（阳江境内）", "阳江", "阳茂铁路电气化改造项目"),
        ("汕尾、揭阳", "汕尾至揭阳城际铁路", "汕尾", "汕揭城际（汕尾段）"),
        ("潮州、揭阳", "潮州至揭阳高速公路（潮州境内）", "潮州", "潮揭高速工程"),
        ("佛山、肇庆", "佛山至肇庆城际快线", "肇庆", "佛肇城际快线肇庆段"),
    ],
    ORDINAL: [
        ("茂名", "茂名市第十七中学新校区", "茂名", "茂名市第17中学新校区工程"),
        ("韶关", "韶关市第十四中学扩建", "韶关", "韶关市第14中学扩建项目"),
        ("东莞", "东莞市第二十二高级中学", "东莞", "东莞市第22高级中学建设项目"),
        ("珠海", "珠海市第十一中学新校区", "珠海", "珠海市第11中学新校区建设"),
        ("汕头", "汕头市第二十六中学综合楼", "汕头", "汕头市第26中学综合楼工程"),
        ("清远", "清远市第十六中学", "清远", "清远市第16中学扩建工程"),
    ],
}

HELDOUT_APART: list[Pair] = [
    ("茂名", "茂名市第十八中学新校区", "茂名", "茂名市第17中学新校区工程"),
    ("东莞", "东莞市第二十一高级中学", "东莞", "东莞市第22高级中学建设项目"),
    ("梅州", "梅州市五华县100MW农光互补光伏项目二期", "梅州", "五华十万千瓦农光互补光伏发电项目一期"),
    ("河源", "河源市紫金县十万千瓦风电场", "河源", "紫金县200MW风电项目"),
    ("潮州", "潮州市饶平县400MW海上风电", "潮州", "饶平六十万千瓦海上风电项目"),
    ("肇庆", "西江（德庆段）堤防防洪能力提升", "肇庆", "西江封开段防洪提升工程"),
    ("清远", "北江（清城段）碧道建设", "清远", "北江（英德段）碧道项目"),
    ("云浮", "罗定江（罗定段）水环境综合整治", "云浮", "罗定江郁南段综合整治工程"),
    ("河源、梅州", "河源至梅州高速公路改扩建", "梅州", "梅州至龙岩高速改扩建（梅州段）"),
    ("阳江、茂名", "阳江至茂名铁路电气化改造（阳江境内）", "阳江", "阳江至湛江铁路电气化改造项目"),
    ("汕尾、揭阳", "汕尾至揭阳城际铁路", "汕尾", "汕尾至深圳城际（汕尾段）"),
    ("河源", "河源市富马硬质合金股份有限公司硬质合金扩产", "河源", "富马硬质合金刀具产业园项目"),
    ("惠州", "惠州亿纬锂能股份有限公司储能电池项目", "惠州", "亿纬锂能动力电池项目"),
    ("汕尾", "汕尾市信利光电股份有限公司车载显示模组", "汕尾", "信利光电触控屏项目"),
    ("江门", "海信家电集团（江门）有限公司空调生产基地", "江门", "海信江门冰箱生产基地"),
    ("清远", "清远市英德海螺水泥有限公司余热发电技术改造", "清远", "英德海螺水泥熟料线技改"),
    ("汕头", "汕头市潮阳区海门湾快速通道", "汕头", "潮阳区练江快速路"),
    ("阳江", "阳江市江城区鸳鸯湖公园提质升级", "阳江", "江城区鸳鸯湖湿地公园二期"),
    ("珠海", "珠海高栏港石化产业园区公共管廊", "珠海", "高栏港石化园区污水处理厂"),
    ("韶关", "韶关市区老旧供水管网改造", "韶关", "市区老旧燃气管网改造工程"),
    ("揭阳", "揭阳市惠来县电厂煤码头", "揭阳", "惠来电厂油码头（年吞吐量500万吨）"),
    ("汕头", "汕头市第二十六中学综合楼", "潮州", "潮州市第26中学综合楼工程"),
    ("东莞", "东莞市松山湖环湖快速通道", "惠州", "松山湖环湖快速路工程"),
    ("清远", "清远市第十六中学", "韶关", "韶关市第16中学扩建工程"),
]

SPLITS = {"dev": (DEV_TRUE, DEV_APART), "heldout": (HELDOUT_TRUE, HELDOUT_APART)}


def _row(source: str, kind: str, number: int, name: str, city: str, amount: int) -> IdentityRow:
    place = "multi_city" if "、" in city else "city"
    published = "2024-03-01" if kind == "provincial_plan" else "2024-05-10"
    return IdentityRow(source, 1, number, f"{number}|{name}|{city}", name, place, city, None, None, None,
                       Decimal(amount), kind, published)  # fmt: skip


def lists(split: str) -> tuple[list[IdentityRow], list[Entry]]:
    """The two lists of a split (a provincial plan and a city's list) and the pairs they hold, each name once per
    list. Amounts: a true pair's list row gives 60–100 % of the plan's total (a batch counts a part, a city its
    section); a distractor's rows the same total, where amounts help precision least."""
    true, apart = SPLITS[split]
    rows: list[IdentityRow] = []
    entries: list[Entry] = []
    at: dict[tuple[str, str, str], int] = {}

    def row(source: str, kind: str, name: str, city: str, amount: int) -> int:
        if (source, name, city) not in at:
            at[source, name, city] = len(rows)
            rows.append(_row(source, kind, len(rows) + 1, name, city, amount))
        return at[source, name, city]

    def add(cls: str, same: bool, city_a: str, a: str, city_b: str, b: str) -> None:
        n = len(entries)
        amount = 50_000 + 7_919 * n % 400_000
        share = (60 + 13 * n % 41) / 100 if same else 1.0
        first = row("plan-2024", "provincial_plan", a, city_a, amount)
        second = row(f"list-{city_b}-2024", "city_plan", b, city_b, int(amount * share))
        entries.append(Entry(cls, same, first, second, city_b))

    for cls in CLASSES:
        for city_a, a, city_b, b in true[cls]:
            add(cls, True, city_a, a, city_b, b)
    for city_a, a, city_b, b in apart:
        add("", False, city_a, a, city_b, b)
    return rows, entries


def score(split: str, link_at: float = 86, review_from: float = 70) -> Score:
    """The step run over a split's two lists, scored against its truth (round 5's tally)."""
    from etl.identity.linking import link_rows

    rows, entries = lists(split)
    return tally(rows, entries, link_rows(rows, link_at, review_from))


def report(split: str) -> str:
    return describe(split, score(split), CLASSES)


if __name__ == "__main__":
    import sys

    for which in sys.argv[1:] or ["dev"]:
        print(report(which))
