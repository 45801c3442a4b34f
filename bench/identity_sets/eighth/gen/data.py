# Hand-written names. L = linked projects: key, city, [(list, name, tags, total_yi)]
# list codes: P provincial, DG dongguan plan, ZQ zhaoqing plan, SZ shenzhen groundbreaking, YJ yangjiang groundbreaking, JY jieyang signing
L = [
    (
        "T01",
        "深圳",
        [
            ("P", "深圳市城市轨道交通13号线二期（北延）工程", "reference", 190.5),
            ("SZ", "地铁13号线二期北延", "drop_suffix;abbrev_place;bracket_drop", 190.5),
        ],
    ),
    (
        "T02",
        "深圳",
        [
            ("P", "深圳市光明区新能源汽车产业园建设项目", "reference", 85),
            ("SZ", "光明新能源汽车产业园", "drop_suffix;abbrev_place", 85),
        ],
    ),
    (
        "T03",
        "深圳",
        [
            ("P", "深圳市宝安区沙井污水处理厂三期工程", "reference", 24.6),
            ("SZ", "沙井水质净化厂三期", "abbrev_place;work_described;drop_suffix", 24.6),
        ],
    ),
    (
        "T04",
        "深圳",
        [
            ("P", "深圳国际会展中心配套商业（二期）项目", "reference", 62),
            ("SZ", "国际会展中心二期配套商业", "reorder;bracket_drop;drop_suffix", 18.3),
        ],
    ),
    (
        "T05",
        "深圳",
        [
            ("P", "比亚迪深圳坪山动力电池生产基地项目", "reference", 120),
            ("SZ", "弗迪电池坪山生产基地", "brand_company;abbrev_place;drop_suffix", 120),
        ],
    ),
    (
        "T06",
        "深圳",
        [
            ("P", "深圳市第二儿童医院建设工程", "reference", 45.3),
            ("SZ", "市第二儿童医院", "abbrev_place;drop_suffix", 45.3),
        ],
    ),
    (
        "T07",
        "深圳",
        [
            ("P", "深圳市龙岗区平湖枢纽综合改造工程", "reference", 38),
            ("SZ", "平湖枢纽片区综合改造项目（一期）", "split_phase;suffix_swap", 12.4),
        ],
    ),
    (
        "T08",
        "深圳",
        [
            ("P", "深汕特别合作区深汕高铁站综合交通枢纽", "reference", 30),
            ("SZ", "深汕站综合交通枢纽工程", "abbrev_place;add_suffix", 30),
        ],
    ),
    (
        "T09",
        "深圳",
        [
            ("P", "中海油深圳LNG应急调峰站扩建工程", "reference", 27),
            ("SZ", "中国海油深圳液化天然气应急调峰站扩建项目", "company_prefix;numeral_unit;suffix_swap", 27),
        ],
    ),
    (
        "T10",
        "深圳",
        [
            ("P", "深圳大学西丽校区二期工程", "reference", 41),
            ("SZ", "深大西丽校区（二期）", "abbrev_place;bracket_add;drop_suffix", 41),
        ],
    ),
    (
        "T11",
        "深圳",
        [
            ("P", "深圳市南山区蛇口渔港城市更新项目", "reference", 150),
            ("SZ", "蛇口渔港片区城市更新", "abbrev_place;drop_suffix", 150),
        ],
    ),
    (
        "T12",
        "深圳",
        [
            ("P", "华星光电第8.6代氧化物半导体新型显示器件生产线项目", "reference", 350),
            ("SZ", "TCL华星t9项目", "brand_company;work_described", 350),
        ],
    ),
    (
        "T13",
        "东莞",
        [
            ("P", "东莞市轨道交通1号线一期工程", "reference", 376),
            ("DG", "东莞轨道1号线（一期）", "abbrev_place;bracket_add;drop_suffix", 376),
        ],
    ),
    (
        "T14",
        "东莞",
        [
            ("P", "东莞松山湖科学城大科学装置配套工程", "reference", 28),
            ("DG", "松山湖科学城大装置配套建设项目", "abbrev_place;suffix_swap", 28),
        ],
    ),
    (
        "T15",
        "东莞",
        [
            ("P", "东莞市水乡功能区城市更新项目", "reference", 70),
            ("DG", "水乡片区城市更新", "abbrev_place;drop_suffix", 70),
        ],
    ),
    (
        "T16",
        "东莞",
        [
            ("P", "东莞市虎门港立沙岛精细化工园区公共管廊", "reference", 9.5),
            ("DG", "立沙岛公共管廊工程", "abbrev_place;add_suffix", 9.5),
        ],
    ),
    (
        "T17",
        "东莞",
        [
            ("P", "vivo东莞长安智能制造中心项目", "reference", 110),
            ("DG", "维沃移动通信（东莞）长安智能制造中心", "brand_company;drop_suffix", 110),
        ],
    ),
    (
        "T18",
        "东莞",
        [
            ("P", "东莞市东部中心医院建设项目", "reference", 22.5),
            ("DG", "东部中心医院新院区工程", "abbrev_place;suffix_swap;work_described", 22.5),
        ],
    ),
    (
        "T19",
        "东莞",
        [
            ("P", "东莞至深圳城际铁路（莞深城际）东莞段", "reference", 160),
            ("SZ", "莞深城际深圳段前期及土建工程", "span_city;abbrev_place", 45),
        ],
    ),
    (
        "T20",
        "东莞",
        [
            ("P", "东莞市中堂镇污泥处置中心项目", "reference", 6.2),
            ("DG", "中堂污泥处置中心", "abbrev_place;drop_suffix", 6.2),
        ],
    ),
    (
        "T21",
        "东莞",
        [
            ("P", "东莞市滨海湾新区海岸线综合整治工程", "reference", 18),
            ("DG", "滨海湾新区岸线整治工程", "abbrev_place;work_described", 18),
        ],
    ),
    (
        "T22",
        "东莞",
        [
            ("P", "东莞市环莞快速路三期工程", "reference", 95),
            ("DG", "环莞快速路三期（一标段）", "section;drop_suffix", 31),
        ],
    ),
    (
        "T23",
        "东莞",
        [
            ("P", "立讯精密东莞清溪智能制造产业园", "reference", 60),
            ("DG", "立讯清溪智能制造园项目", "company_short;abbrev_place;add_suffix", 60),
        ],
    ),
    (
        "T24",
        "东莞",
        [
            ("P", "东莞市第一中学新校区建设工程", "reference", 15),
            ("DG", "东莞一中新校区", "numeral_unit;drop_suffix", 15),
        ],
    ),
    (
        "T25",
        "阳江",
        [
            ("P", "阳江市阳西沙扒海上风电三期项目", "reference", 78),
            ("YJ", "三峡阳西沙扒三期海上风电", "company_prefix;reorder;abbrev_place;drop_suffix", 78),
        ],
    ),
    (
        "T26",
        "阳江",
        [
            ("P", "阳江港海陵湾港区丰头作业区码头工程", "reference", 32),
            ("YJ", "丰头港区码头项目", "abbrev_place;suffix_swap", 32),
        ],
    ),
    (
        "T27",
        "阳江",
        [
            ("P", "阳江高新区合金材料产业园基础设施建设项目", "reference", 26),
            ("YJ", "阳江合金材料产业基地基础设施（一期）", "work_described;split_phase;drop_suffix", 9.8),
        ],
    ),
    (
        "T28",
        "阳江",
        [
            ("P", "阳江市人民医院新院区建设项目", "reference", 27.5),
            ("YJ", "市人民医院新院区", "abbrev_place;drop_suffix", 27.5),
        ],
    ),
    (
        "T29",
        "阳江",
        [
            ("P", "广东阳江核电站配套送出工程", "reference", 14),
            ("YJ", "阳江核电送出线路工程", "abbrev_place;work_described", 14),
        ],
    ),
    (
        "T30",
        "阳江",
        [
            ("P", "阳江市江城区漠阳江干流堤防加固工程", "reference", 11.2),
            ("YJ", "漠阳江干流江城段堤防加固", "reorder;abbrev_place;drop_suffix", 11.2),
        ],
    ),
    (
        "T31",
        "阳江",
        [
            ("P", "明阳阳江海上风电装备制造基地二期", "reference", 40),
            (
                "YJ",
                "明阳智能海上风电装备产业园（二期）项目",
                "company_prefix;bracket_add;work_described;add_suffix",
                40,
            ),
        ],
    ),
    (
        "T32",
        "阳江",
        [("P", "阳江至云浮高速公路阳春段", "reference", 120), ("YJ", "阳春至信宜高速公路阳春段", "", 0)],
    ),
    (
        "T33",
        "阳江",
        [
            ("P", "阳江市阳东区污水管网完善工程", "reference", 8.6),
            ("YJ", "阳东区污水管网提质增效工程", "abbrev_place;work_described", 8.6),
        ],
    ),
    (
        "T34",
        "阳江",
        [
            ("P", "阳江市海陵岛旅游综合开发项目", "reference", 45),
            ("YJ", "海陵岛全域旅游开发", "abbrev_place;work_described;drop_suffix", 45),
        ],
    ),
    (
        "T35",
        "云浮",
        [
            ("P", "云浮市新兴县温氏食品智慧农业产业园", "reference", 30),
            ("SZ", "深圳对口帮扶云浮温氏智慧农业产业园", "", 0),
        ],
    ),
    ("T36", "云浮", [("P", "云浮（新兴）氢能产业园项目", "reference", 35)]),
    (
        "T37",
        "揭阳",
        [
            ("P", "中石油广东石化炼化一体化项目", "reference", 654),
            ("JY", "广东石化炼化一体化项目配套储运工程", "", 0),
        ],
    ),
    (
        "T38",
        "揭阳",
        [
            ("P", "揭阳大南海石化工业区公共管廊二期工程", "reference", 12),
            ("JY", "大南海石化区公共管廊（二期）", "abbrev_place;bracket_add;drop_suffix", 12),
        ],
    ),
    (
        "T39",
        "揭阳",
        [
            ("P", "揭阳市惠来海上风电场项目", "reference", 210),
            ("JY", "国家电投揭阳神泉二海上风电项目", "company_prefix;work_described", 65),
        ],
    ),
    (
        "T40",
        "揭阳",
        [
            ("P", "揭阳市榕城区城市更新（东山片区）项目", "reference", 55),
            ("JY", "榕城东山片区城市更新", "bracket_drop;abbrev_place;drop_suffix", 55),
        ],
    ),
    (
        "T41",
        "揭阳",
        [
            ("P", "揭阳潮汕国际机场扩建工程", "reference", 42),
            ("JY", "揭阳潮汕机场扩建项目", "abbrev_place;suffix_swap", 42),
        ],
    ),
    (
        "T42",
        "揭阳",
        [
            ("P", "揭阳市普宁纺织印染中心项目", "reference", 25),
            ("JY", "普宁市纺织印染环保综合处理中心", "abbrev_place;work_described;drop_suffix", 25),
        ],
    ),
    (
        "T43",
        "揭阳",
        [
            ("P", "巨正源揭阳丙烷脱氢及聚丙烯项目", "reference", 110),
            ("JY", "揭阳巨正源120万吨/年丙烷脱氢项目", "reorder;numeral_unit;work_described", 80),
        ],
    ),
    (
        "T44",
        "揭阳",
        [
            ("P", "揭阳市揭东区产业转移工业园基础设施", "reference", 16),
            ("JY", "揭东产业转移园基础设施建设工程", "abbrev_place;add_suffix", 16),
        ],
    ),
    (
        "T45",
        "肇庆",
        [
            ("P", "肇庆市小鹏汽车智能网联汽车产业园二期项目", "reference", 50),
            ("ZQ", "小鹏汽车肇庆基地（二期）", "reorder;bracket_add;drop_suffix", 50),
        ],
    ),
    (
        "T46",
        "肇庆",
        [
            ("P", "宁德时代肇庆动力及储能电池项目", "reference", 120),
            ("ZQ", "肇庆宁德时代新能源电池生产基地", "reorder;work_described;drop_suffix", 120),
        ],
    ),
    (
        "T47",
        "肇庆",
        [
            ("P", "广州至肇庆高铁（广佛肇城际）肇庆段", "reference", 80),
            ("ZQ", "广佛肇高速铁路肇庆段", "abbrev_place;work_described", 80),
        ],
    ),
    (
        "T48",
        "肇庆",
        [
            ("P", "肇庆市西江干流堤防达标加固工程", "reference", 19),
            ("ZQ", "西江干流肇庆段堤防加固工程", "reorder;abbrev_place", 19),
        ],
    ),
    (
        "T49",
        "肇庆",
        [("P", "肇庆新区体育中心建设项目", "reference", 23), ("ZQ", "肇庆新区体育中心", "drop_suffix", 23)],
    ),
    (
        "T50",
        "肇庆",
        [
            ("P", "肇庆市第一人民医院新院区建设工程", "reference", 28),
            ("ZQ", "市一院新院区项目", "abbrev_place;numeral_unit;suffix_swap", 28),
        ],
    ),
    (
        "T51",
        "肇庆",
        [
            ("P", "怀集至阳春高速公路肇庆段", "reference", 230),
            ("ZQ", "怀阳高速肇庆段（怀集段）", "abbrev_place;section", 95),
            ("YJ", "怀阳高速阳春段", "span_city;abbrev_place", 88),
        ],
    ),
    (
        "T52",
        "肇庆",
        [
            ("P", "肇庆高新区金利高端五金产业园", "reference", 40),
            ("ZQ", "肇庆金利五金产业园项目", "abbrev_place;add_suffix", 40),
        ],
    ),
    (
        "T53",
        "肇庆",
        [
            ("P", "鼎湖区砚洲岛生态修复工程", "reference", 6.5),
            ("ZQ", "砚洲岛生态修复项目", "abbrev_place;suffix_swap", 6.5),
        ],
    ),
    (
        "T54",
        "肇庆",
        [
            ("P", "肇庆市四会市城乡供水一体化工程", "reference", 15),
            ("ZQ", "四会城乡供水一体化工程（一期）", "abbrev_place;split_phase", 6),
        ],
    ),
    (
        "T55",
        "深圳",
        [
            ("P", "深圳市盐田港东作业区集装箱码头工程", "reference", 135),
            ("SZ", "盐田港区东作业区集装箱码头", "abbrev_place;drop_suffix", 135),
        ],
    ),
    (
        "T56",
        "深圳",
        [
            ("P", "深圳国家高性能计算中心二期", "reference", 30),
            ("SZ", "国家超算深圳中心二期项目", "abbrev_place;reorder;add_suffix", 30),
        ],
    ),
    (
        "T57",
        "东莞",
        [
            ("P", "东莞市松山湖华为终端研发中心项目", "reference", 100),
            ("DG", "华为松山湖终端研发基地", "company_prefix;reorder;work_described;drop_suffix", 100),
        ],
    ),
    (
        "T58",
        "揭阳",
        [
            ("P", "揭阳市揭西县抽水蓄能电站", "reference", 84),
            ("JY", "揭西抽水蓄能电站项目", "abbrev_place;add_suffix", 84),
        ],
    ),
    ("T59", "云浮", [("P", "云浮市罗定市罗定职业技术学院新校区", "reference", 13)]),
    (
        "T60",
        "肇庆",
        [
            ("P", "肇庆新区环境卫生基础设施建设项目", "reference", 5.8),
            ("ZQ", "肇庆新区环卫基础设施工程", "abbrev_place;suffix_swap", 5.8),
        ],
    ),
]
# entries with tag "" and 0 amount are placeholders -> removed in make.py (kept minimal); see README
DIS = [
    # (city_a, name_a, list_a, city_b, name_b, list_b, reason)
    (
        "深圳",
        "深圳市城市轨道交通13号线二期（北延）工程",
        "P",
        "深圳",
        "地铁13号线二期南延",
        "SZ",
        "北延 vs 南延",
    ),
    (
        "深圳",
        "深圳市宝安区沙井污水处理厂三期工程",
        "P",
        "深圳",
        "福永水质净化厂三期",
        "SZ",
        "different plant (沙井 vs 福永)",
    ),
    ("深圳", "深圳市第二儿童医院建设工程", "P", "深圳", "市第三儿童医院", "SZ", "第二 vs 第三"),
    ("深圳", "深圳大学西丽校区二期工程", "P", "深圳", "深圳技术大学二期", "SZ", "different university"),
    ("东莞", "东莞市轨道交通1号线一期工程", "P", "东莞", "东莞轨道2号线三期", "DG", "different line"),
    ("东莞", "东莞市环莞快速路三期工程", "P", "东莞", "环莞快速路二期（一标段）", "DG", "二期 vs 三期"),
    ("东莞", "东莞市第一中学新校区建设工程", "P", "东莞", "东莞中学松山湖学校扩建", "DG", "different school"),
    ("东莞", "东莞市中堂镇污泥处置中心项目", "P", "东莞", "麻涌污泥处置中心", "DG", "different town"),
    ("阳江", "阳江市阳西沙扒海上风电三期项目", "P", "阳江", "阳西沙扒海上风电四期", "YJ", "三期 vs 四期"),
    ("阳江", "阳江市人民医院新院区建设项目", "P", "阳江", "阳江市中医医院新院区", "YJ", "different hospital"),
    (
        "阳江",
        "阳江市阳东区污水管网完善工程",
        "P",
        "阳江",
        "阳西县污水管网完善工程",
        "YJ",
        "different district",
    ),
    (
        "揭阳",
        "揭阳大南海石化工业区公共管廊二期工程",
        "P",
        "揭阳",
        "大南海石化区公共管廊（一期）",
        "JY",
        "一期 vs 二期",
    ),
    (
        "揭阳",
        "揭阳市榕城区城市更新（东山片区）项目",
        "P",
        "揭阳",
        "榕城区西门片区城市更新",
        "JY",
        "different area",
    ),
    (
        "肇庆",
        "肇庆市小鹏汽车智能网联汽车产业园二期项目",
        "P",
        "肇庆",
        "小鹏汽车肇庆基地（一期）技改",
        "ZQ",
        "一期 vs 二期",
    ),
    (
        "肇庆",
        "肇庆市第一人民医院新院区建设工程",
        "P",
        "肇庆",
        "市二院新院区项目",
        "ZQ",
        "第一 vs 第二人民医院",
    ),
    (
        "肇庆",
        "肇庆新区体育中心建设项目",
        "P",
        "肇庆",
        "肇庆新区体育中心配套道路工程",
        "ZQ",
        "project vs its supporting works",
    ),
    (
        "肇庆",
        "肇庆市四会市城乡供水一体化工程",
        "P",
        "云浮",
        "云浮市云安区城乡供水一体化工程",
        "P",
        "same kind, different city",
    ),
    (
        "东莞",
        "东莞市水乡功能区城市更新项目",
        "P",
        "深圳",
        "深圳市南山区蛇口渔港城市更新项目",
        "P",
        "different city",
    ),
    (
        "阳江",
        "阳江市江城区漠阳江干流堤防加固工程",
        "P",
        "肇庆",
        "西江干流肇庆段堤防加固工程",
        "ZQ",
        "different river/city",
    ),
    (
        "深圳",
        "深圳市光明区新能源汽车产业园建设项目",
        "P",
        "肇庆",
        "肇庆新能源汽车产业园（高要）",
        "ZQ",
        "same name kind, two cities",
    ),
]
L += [
    (
        "T61",
        "东莞",
        [
            ("P", "东莞市寮步镇香市科技产业园项目", "reference", 35),
            ("DG", "寮步香市科技产业园（一期）", "abbrev_place;split_phase;drop_suffix", 12),
        ],
    ),
    (
        "T62",
        "东莞",
        [
            ("P", "东莞市黄江镇110千伏输变电工程", "reference", 1.8),
            ("DG", "黄江110kV输变电工程", "abbrev_place;numeral_unit", 1.8),
        ],
    ),
    (
        "T63",
        "东莞",
        [
            ("P", "东莞市茅洲河综合整治（东莞段）工程", "reference", 24),
            ("DG", "茅洲河流域东莞段综合整治", "bracket_drop;reorder;drop_suffix", 24),
            ("SZ", "茅洲河综合整治（深圳光明段）", "span_city;section", 31),
        ],
    ),
    (
        "T64",
        "深圳",
        [
            ("P", "深圳市坪山区人民医院二期工程", "reference", 19),
            ("SZ", "坪山区人民医院（二期）", "abbrev_place;bracket_add;drop_suffix", 19),
        ],
    ),
    (
        "T65",
        "深圳",
        [
            ("P", "深圳市龙华区大浪时尚小镇建设项目", "reference", 48),
            ("SZ", "大浪时尚小镇项目", "abbrev_place;suffix_swap", 48),
        ],
    ),
    (
        "T66",
        "阳江",
        [
            ("P", "阳江市阳春市春湾镇石灰岩矿绿色矿山项目", "reference", 9),
            ("YJ", "春湾石灰石矿绿色矿山建设", "abbrev_place;work_described;suffix_swap", 9),
        ],
    ),
    (
        "T67",
        "阳江",
        [
            ("P", "广东粤电阳江青洲一、二海上风电项目", "reference", 165),
            ("YJ", "粤电青洲一海上风电场", "company_short;split_phase;drop_suffix", 82),
        ],
    ),
    (
        "T68",
        "揭阳",
        [
            ("P", "揭阳市中德金属生态城产业配套项目", "reference", 30),
            ("JY", "中德金属生态城配套产业项目", "abbrev_place;reorder", 30),
        ],
    ),
    (
        "T69",
        "揭阳",
        [
            ("P", "揭阳市空港经济区LNG冷能利用项目", "reference", 14),
            ("JY", "空港经济区液化天然气冷能综合利用项目", "abbrev_place;numeral_unit;work_described", 14),
        ],
    ),
    (
        "T70",
        "肇庆",
        [
            ("P", "肇庆市高要区金渡镇新材料产业园", "reference", 22),
            ("ZQ", "高要金渡新材料产业园项目", "abbrev_place;add_suffix", 22),
        ],
    ),
    (
        "T71",
        "肇庆",
        [
            ("P", "肇庆市端州区城中村改造（黄岗片区）", "reference", 38),
            ("ZQ", "端州黄岗片区城中村改造项目", "bracket_drop;reorder;add_suffix", 38),
        ],
    ),
    (
        "T72",
        "肇庆",
        [
            ("P", "肇庆市怀集县绥江航道扩能升级工程", "reference", 16),
            ("ZQ", "绥江航道（怀集段）扩能升级工程", "abbrev_place;bracket_add", 16),
        ],
    ),
    ("T73", "云浮", [("P", "云浮市郁南县南江口港区码头工程", "reference", 7)]),
    (
        "T74",
        "揭阳",
        [
            ("P", "揭阳市普宁市英歌山产业园基础设施", "reference", 11),
            ("JY", "普宁英歌山工业园配套基础设施项目", "abbrev_place;work_described;add_suffix", 11),
        ],
    ),
    (
        "T75",
        "肇庆",
        [
            ("P", "肇庆市封开县至茂名信宜公路改建工程", "reference", 12),
            ("ZQ", "封开至信宜公路改建工程（肇庆段）", "abbrev_place;section", 7),
        ],
    ),
]

SPAN_CITY = {"T19": "深圳", "T51": "阳江", "T63": "深圳"}
DIS += [
    (
        "东莞",
        "东莞市第一中学新校区建设工程",
        "P",
        "阳江",
        "阳江市第一中学新校区建设工程",
        "P",
        "same name, two cities",
    ),
    (
        "揭阳",
        "揭阳市揭东区产业转移工业园基础设施",
        "P",
        "云浮",
        "云浮市云安区产业转移工业园基础设施",
        "P",
        "same kind, two cities",
    ),
    (
        "肇庆",
        "肇庆新区体育中心建设项目",
        "P",
        "揭阳",
        "揭阳市体育中心改造提升工程",
        "JY",
        "different city's sports centre",
    ),
    (
        "阳江",
        "阳江港海陵湾港区丰头作业区码头工程",
        "P",
        "揭阳",
        "揭阳港惠来沿海港区前詹作业区码头工程",
        "P",
        "same kind of port works, two cities",
    ),
]
