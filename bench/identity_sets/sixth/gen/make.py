"""Generator for blind set identity6. All names hand-written below; fillers from templates."""

import csv
import os
import random
import re

random.seed(20230616)
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

FILES = {
    "P": (
        "provincial_plan_2023.csv",
        "广东省2023年重点建设项目计划（汕头、江门、惠州、中山、汕尾、揭阳部分节选）（SAMPLE 测试用，非官方）",
        "万元",
        "provincial_plan",
        "广东省",
        "2023-03-01",
    ),
    "J": (
        "jiangmen_city_plan_2023.csv",
        "江门市2023年重点项目计划表（SAMPLE 测试用，非官方）",
        "亿元",
        "city_plan",
        "江门",
        "2023-03-20",
    ),
    "H": (
        "huizhou_city_plan_2023.csv",
        "惠州市2023年重点建设项目计划（SAMPLE 测试用，非官方）",
        "万元",
        "city_plan",
        "惠州",
        "2023-02-28",
    ),
    "S": (
        "shantou_2023_q2_groundbreaking.csv",
        "汕头市2023年第二季度重大项目集中开工项目表（SAMPLE 测试用，非官方）",
        "亿元",
        "groundbreaking",
        "汕头",
        "2023-04-26",
    ),
    "Z": (
        "zhongshan_2023_signing.csv",
        "中山市2023年重大项目集中签约活动签约项目清单（SAMPLE 测试用，非官方）",
        "亿元",
        "signing",
        "中山",
        "2023-05-18",
    ),
    "W": (
        "shanwei_2023_h2_groundbreaking.csv",
        "汕尾市2023年下半年重点项目集中开工项目表（SAMPLE 测试用，非官方）",
        "万元",
        "groundbreaking",
        "汕尾",
        "2023-08-08",
    ),
}
CITYNAME = {
    "汕头": "汕头市",
    "江门": "江门市",
    "惠州": "惠州市",
    "中山": "中山市",
    "汕尾": "汕尾市",
    "揭阳": "揭阳市",
}

# ---------------------------------------------------------------- shared projects
# (key, city, county, total_wan, annual_wan, years, prov_name, {code: (name, tag[, extra])})
# extra: dict with 'inv' (investor), 'k' (amount factor), 'cty' (place cell)
SH = [
    (
        "J01",
        "江门",
        "新会区",
        865000,
        150000,
        "2021-2025",
        "江门市银洲湖高速公路纵向延长线工程",
        {"J": ("银洲湖高速纵向延长线", "abbrev_place_drop")},
    ),
    (
        "J02",
        "江门",
        "江海区",
        320000,
        60000,
        "2022-2025",
        "中车广东轨道交通车辆有限公司轨道交通装备制造基地扩建项目",
        {"J": ("中车江门轨道交通装备基地扩建", "company_brand")},
    ),
    (
        "J03",
        "江门",
        "蓬江区",
        410000,
        52000,
        "2022-2026",
        "江门市蓬江区杜阮镇龙榜村片区综合开发项目",
        {"J": ("杜阮龙榜片区综合开发", "place_shortened")},
    ),
    (
        "J04",
        "江门",
        "台山市",
        186000,
        30000,
        "2022-2025",
        "台山核电配套生活区建设项目",
        {"J": ("台山核电站配套生活区", "synonym_suffix")},
    ),
    (
        "J05",
        "江门",
        "蓬江区、江海区",
        128000,
        25000,
        "2021-2024",
        "江门市区西江堤防加固达标工程",
        {"J": ("西江干流江门市区段堤防达标加固工程", "word_order_qualifier")},
    ),
    (
        "J06",
        "江门",
        "开平市",
        96000,
        18000,
        "2022-2025",
        "开平市水口镇水暖卫浴产业园基础设施配套工程",
        {"J": ("开平水口水暖卫浴产业园配套基础设施", "word_order")},
    ),
    (
        "J07",
        "江门",
        "蓬江区",
        135000,
        30000,
        "2021-2024",
        "江门市第三人民医院改扩建工程",
        {"J": ("市三医院改扩建项目", "abbrev")},
    ),
    (
        "J08",
        "江门",
        "恩平市",
        350000,
        40000,
        "2022-2027",
        "恩平市温泉旅游度假区开发项目",
        {"J": ("恩平温泉度假区旅游开发", "word_order")},
    ),
    (
        "J09",
        "江门",
        "台山市",
        52000,
        30000,
        "2023-2024",
        "台山市海宴镇100MW渔光互补光伏发电项目",
        {"J": ("台山海宴10万千瓦渔光互补光伏项目", "capacity_unit")},
    ),
    (
        "J10",
        "江门",
        "江海区",
        236000,
        35000,
        "2021-2025",
        "江门市滨江新区综合管廊工程",
        {"J": ("滨江新区地下综合管廊一期工程", "phase_added")},
    ),
    (
        "J11",
        "江门",
        "江海区",
        600000,
        120000,
        "2022-2026",
        "广东江门高新技术产业开发区新能源电池材料产业园",
        {"J": ("江门高新区新能源电池材料产业园", "abbrev")},
    ),
    (
        "J12",
        "江门",
        "新会区",
        150000,
        26000,
        "2021-2025",
        "新会区陈皮产业融合发展项目",
        {"J": ("新会陈皮一二三产融合发展项目", "synonym")},
    ),
    (
        "J13",
        "江门",
        "蓬江区",
        520000,
        45000,
        "2023-2028",
        "江门市潮连岛文旅综合开发项目",
        {"J": ("潮连岛文化旅游综合开发", "abbrev_expanded")},
    ),
    (
        "J14",
        "江门",
        "蓬江区",
        178000,
        40000,
        "2022-2025",
        "江门大道北延线工程",
        {"J": ("江门大道北延线建设工程", "suffix")},
    ),
    (
        "J15",
        "江门",
        "鹤山市",
        88000,
        20000,
        "2022-2024",
        "鹤山市沙坪河流域水环境综合整治工程",
        {"J": ("鹤山沙坪河流域综合治理工程", "synonym")},
    ),
    (
        "J16",
        "江门",
        "恩平市",
        76500,
        15000,
        "2021-2025",
        "恩平市锦江水库灌区续建配套与节水改造工程",
        {"J": ("锦江灌区续建配套与现代化改造", "synonym")},
    ),
    (
        "J17",
        "江门",
        "蓬江区",
        220000,
        50000,
        "2022-2025",
        "五邑大学扩建工程（二期）",
        {"J": ("五邑大学校园扩建二期工程", "word_order")},
    ),
    (
        "J18",
        "江门",
        "蓬江区",
        150000,
        45000,
        "2023-2025",
        "海信（广东）空调有限公司江门生产基地技改扩产项目",
        {"J": ("海信空调江门基地技术改造项目", "company_brand")},
    ),
    (
        "J19",
        "江门",
        "新会区",
        42000,
        12000,
        "2022-2024",
        "江门市新会区双水镇工业园区污水处理厂及配套管网工程",
        {"J": ("双水工业园污水处理厂及管网配套", "place_shortened")},
    ),
    (
        "J20",
        "江门",
        "台山市",
        260000,
        38000,
        "2022-2026",
        "台山市广海湾经济开发区港口物流园项目",
        {"J": ("广海湾港口物流园", "place_shortened")},
    ),
    (
        "J21",
        "江门",
        "开平市",
        68000,
        15000,
        "2023-2025",
        "开平市碉楼文化旅游区提升改造工程",
        {"J": ("开平碉楼与村落景区提质升级工程", "synonym")},
    ),
    (
        "J22",
        "江门",
        "江海区",
        300000,
        60000,
        "2023-2026",
        "江门市江海区外海街道智能制造产业园",
        {"J": ("江海区智能制造产业园（外海片区）", "word_order_place")},
    ),
    (
        "J23",
        "江门",
        "蓬江区",
        450000,
        70000,
        "2021-2026",
        "江门市中心城区“三旧”改造（白沙片区）项目",
        {"J": ("白沙片区三旧改造", "abbrev_place_drop")},
    ),
    (
        "J24",
        "江门",
        "蓬江区",
        95000,
        22000,
        "2022-2024",
        "江门北站综合交通枢纽配套工程",
        {"J": ("江门北站交通枢纽配套设施建设", "suffix")},
    ),
    (
        "J25",
        "江门",
        "鹤山市",
        58000,
        20000,
        "2022-2024",
        "鹤山市址山镇生猪标准化养殖基地",
        {"J": ("址山镇年出栏30万头生猪养殖基地项目", "descriptive")},
    ),
    # Huizhou
    (
        "H01",
        "惠州",
        "大亚湾开发区",
        7200000,
        900000,
        "2020-2025",
        "埃克森美孚惠州乙烯项目",
        {"H": ("埃克森美孚惠州化工综合体项目", "synonym")},
    ),
    (
        "H02",
        "惠州",
        "大亚湾开发区",
        5500000,
        800000,
        "2022-2025",
        "中海壳牌惠州三期乙烯项目",
        {"H": ("中海壳牌石化三期乙烯工程", "company_suffix")},
    ),
    (
        "H03",
        "惠州",
        "惠城区",
        380000,
        50000,
        "2022-2026",
        "惠州市惠城区水口街道高新科技产业园",
        {"H": ("水口高新科技产业园", "place_shortened")},
    ),
    (
        "H04",
        "惠州",
        "仲恺高新区",
        1200000,
        300000,
        "2022-2025",
        "亿纬锂能惠州动力储能电池生产基地项目",
        {"H": ("惠州亿纬锂能股份有限公司动力储能电池项目", "company")},
    ),
    (
        "H05",
        "惠州",
        "惠城区",
        320000,
        60000,
        "2021-2025",
        "惠州市第一人民医院新院区建设项目",
        {"H": ("市一医院新院区工程", "abbrev")},
    ),
    (
        "H06",
        "惠州",
        "惠东县、海丰县",
        690000,
        120000,
        "2022-2026",
        "惠东至海丰沿海公路工程",
        {
            "H": ("惠东至海丰沿海公路", "suffix"),
            "W": ("惠海沿海公路工程", "abbrev", {"k": 0.52, "cty": "海丰县"}),
        },
    ),
    (
        "H07",
        "惠州",
        "惠东县、城区",
        245000,
        50000,
        "2023-2025",
        "惠州至汕尾天然气主干管道工程",
        {
            "H": ("惠汕天然气管道项目", "abbrev"),
            "W": ("惠汕天然气主干管网工程", "abbrev_synonym", {"k": 0.45, "cty": "城区、海丰县"}),
        },
    ),
    (
        "H08",
        "惠州",
        "博罗县",
        150000,
        30000,
        "2022-2025",
        "博罗县园洲镇纺织服装产业园升级改造项目",
        {"H": ("园洲镇纺织服装产业园提升改造", "synonym")},
    ),
    (
        "H09",
        "惠州",
        "惠东县",
        260000,
        60000,
        "2022-2024",
        "惠州港荃湾港区煤炭码头二期工程",
        {"H": ("荃湾港区煤炭码头（二期）", "suffix_place")},
    ),
    (
        "H10",
        "惠州",
        "龙门县",
        180000,
        25000,
        "2022-2026",
        "惠州市龙门县南昆山生态旅游区建设项目",
        {"H": ("南昆山生态旅游区开发", "place_shortened")},
    ),
    (
        "H11",
        "惠州",
        "仲恺高新区",
        1500000,
        300000,
        "2021-2025",
        "TCL华星光电惠州模组整机一体化智能制造产业基地",
        {"H": ("TCL模组整机一体化智能制造基地", "company_brand")},
    ),
    (
        "H12",
        "惠州",
        "仲恺高新区",
        430000,
        65000,
        "2021-2025",
        "惠州仲恺高新区潼湖生态智慧区基础设施工程",
        {"H": ("潼湖生态智慧区市政基础设施", "qualifier")},
    ),
    (
        "H13",
        "惠州",
        "惠城区",
        98000,
        30000,
        "2022-2024",
        "惠州市第三中学新校区建设工程",
        {"H": ("惠州三中新校区", "abbrev")},
    ),
    (
        "H14",
        "惠州",
        "惠东县",
        1700000,
        350000,
        "2022-2025",
        "惠州港口一海上风电场项目",
        {"H": ("惠州港口一海上风电场（装机100万千瓦）", "capacity_added")},
    ),
    (
        "H15",
        "惠州",
        "大亚湾开发区",
        62000,
        20000,
        "2022-2024",
        "惠州市大亚湾石化区污水处理厂扩建工程",
        {"H": ("大亚湾石化区污水处理厂扩建", "place_suffix")},
    ),
    (
        "H16",
        "惠州",
        "惠阳区",
        200000,
        40000,
        "2023-2026",
        "惠阳区秋长街道物流园建设项目",
        {"H": ("惠阳秋长现代物流园", "qualifier")},
    ),
    (
        "H17",
        "惠州",
        "惠城区",
        85000,
        20000,
        "2021-2024",
        "惠州市东江干流（惠城段）堤防加固工程",
        {"H": ("东江惠城段堤防加固", "suffix")},
    ),
    (
        "H18",
        "惠州",
        "龙门县",
        60000,
        15000,
        "2022-2025",
        "龙门县永汉镇农业现代化产业园",
        {"H": ("永汉现代农业产业园", "word_order")},
    ),
    (
        "H19",
        "惠州",
        "仲恺高新区",
        450000,
        100000,
        "2022-2025",
        "德赛西威智能驾驶及汽车电子生产基地项目",
        {"H": ("惠州市德赛西威汽车电子股份有限公司智能汽车电子产业基地", "company")},
    ),
    (
        "H20",
        "惠州",
        "惠城区",
        620000,
        80000,
        "2022-2027",
        "惠州市惠城区江北片区城市更新项目",
        {"H": ("江北片区旧城改造", "synonym")},
    ),
    (
        "H21",
        "惠州",
        "惠东县",
        330000,
        40000,
        "2023-2027",
        "惠东县稔山镇滨海旅游度假区",
        {"H": ("稔山滨海度假区开发项目", "suffix")},
    ),
    # Shantou
    (
        "S01",
        "汕头",
        "澄海区",
        160000,
        30000,
        "2023-2026",
        "汕头市澄海区玩具创意产业园",
        {"S": ("澄海玩具创意产业园项目", "place_suffix")},
    ),
    (
        "S02",
        "汕头",
        "潮阳区",
        120000,
        25000,
        "2023-2025",
        "汕头市潮阳区谷饶镇针织内衣产业园",
        {"S": ("谷饶针织内衣产业园基础设施", "qualifier")},
    ),
    (
        "S03",
        "汕头",
        "濠江区",
        280000,
        40000,
        "2022-2026",
        "汕头市濠江区南山湾科技产业园",
        {"S": ("南山湾产业园（濠江区）", "word_order_place")},
    ),
    (
        "S04",
        "汕头",
        "金平区",
        260000,
        50000,
        "2023-2026",
        "汕头市中心医院新院区建设项目",
        {"S": ("市中心医院新院区工程", "abbrev")},
    ),
    (
        "S05",
        "汕头",
        "龙湖区",
        340000,
        60000,
        "2022-2025",
        "汕头市龙湖区华侨试验区东海岸新城基础设施",
        {"S": ("东海岸新城市政道路及配套工程", "descriptive")},
    ),
    (
        "S06",
        "汕头",
        "濠江区",
        480000,
        80000,
        "2023-2026",
        "汕头港广澳港区三期工程",
        {"S": ("广澳港区三期集装箱码头", "descriptive")},
    ),
    (
        "S07",
        "汕头",
        "潮南区",
        95000,
        20000,
        "2023-2025",
        "汕头市潮南区陈店镇电子信息产业园",
        {"S": ("陈店电子信息产业园标准厂房", "qualifier")},
    ),
    (
        "S08",
        "汕头",
        "南澳县",
        620000,
        100000,
        "2022-2025",
        "汕头市南澳县海上风电场项目（勒门Ⅰ）",
        {"S": ("南澳勒门一海上风电项目", "numeral")},
    ),
    (
        "S09",
        "汕头",
        "金平区",
        150000,
        35000,
        "2023-2025",
        "汕头大学东校区二期",
        {"S": ("汕大东校区二期工程", "abbrev")},
    ),
    (
        "S10",
        "汕头",
        "金平区、龙湖区",
        210000,
        45000,
        "2022-2025",
        "汕头市中心城区污水处理提质增效工程",
        {"S": ("汕头中心城区污水治理提质增效项目", "synonym")},
    ),
    (
        "S11",
        "汕头",
        "龙湖区、揭东区",
        380000,
        50000,
        "2023-2026",
        "汕头至揭阳快速通道工程",
        {"S": ("汕头—揭阳快速通道", "suffix_punct", {"k": 0.6})},
    ),
    (
        "S12",
        "汕头",
        "潮阳区",
        105000,
        25000,
        "2023-2025",
        "汕头市潮阳区纺织印染环保综合处理中心",
        {"S": ("潮阳区印染集中区环保综合处理中心", "synonym_qualifier")},
    ),
    (
        "S13",
        "汕头",
        "澄海区",
        110000,
        30000,
        "2023-2025",
        "奥飞娱乐澄海智能玩具生产基地",
        {"S": ("澄海区莲下镇智能玩具生产基地项目", "company_dropped_place")},
    ),
    # Shanwei
    (
        "W01",
        "汕尾",
        "陆丰市",
        1050000,
        200000,
        "2021-2024",
        "汕尾市陆丰甲湖湾电厂二期（3、4号机组）",
        {"W": ("陆丰甲湖湾电厂3、4号机组扩建工程", "descriptive")},
    ),
    (
        "W02",
        "汕尾",
        "海丰县",
        130000,
        20000,
        "2023-2026",
        "汕尾市海丰县可塘镇珠宝产业园",
        {"W": ("可塘珠宝首饰产业园", "synonym_place")},
    ),
    (
        "W03",
        "汕尾",
        "城区",
        46000,
        12000,
        "2023-2025",
        "汕尾市城区马宫港区渔港升级改造",
        {"W": ("马宫中心渔港升级改造工程", "qualifier")},
    ),
    (
        "W04",
        "汕尾",
        "城区",
        88000,
        20000,
        "2023-2026",
        "汕尾市人民医院扩建工程",
        {"W": ("汕尾市人民医院住院综合楼扩建项目", "descriptive")},
    ),
    (
        "W05",
        "汕尾",
        "陆河县",
        45000,
        30000,
        "2023-2024",
        "汕尾市陆河县新田镇光伏复合发电项目（100MW）",
        {"W": ("陆河新田10万千瓦农光互补光伏项目", "capacity_unit_synonym")},
    ),
    (
        "W06",
        "汕尾",
        "红海湾开发区",
        210000,
        30000,
        "2023-2027",
        "汕尾市红海湾经济开发试验区遮浪旅游度假区",
        {"W": ("红海湾遮浪半岛旅游度假区", "place_shortened")},
    ),
    (
        "W07",
        "汕尾",
        "陆丰市",
        160000,
        25000,
        "2023-2026",
        "汕尾市陆丰市碣石镇湾区海洋产业园",
        {"W": ("碣石海洋产业园（陆丰）", "word_order_place")},
    ),
    (
        "W08",
        "汕尾",
        "城区、海丰县",
        270000,
        50000,
        "2022-2025",
        "汕尾市区至海丰县城快速干线",
        {"W": ("汕海快速干线工程", "abbrev")},
    ),
    (
        "W09",
        "汕尾",
        "城区",
        240000,
        45000,
        "2022-2025",
        "汕尾高新区红草园区新材料产业基地",
        {"W": ("汕尾高新技术产业开发区红草园区新材料基地", "abbrev_expanded")},
    ),
    (
        "W10",
        "汕尾",
        "城区",
        58000,
        15000,
        "2023-2025",
        "汕尾市城区品清湖生态修复工程",
        {"W": ("品清湖生态修复与综合整治项目", "qualifier")},
    ),
    # Zhongshan
    (
        "Z01",
        "中山",
        "火炬开发区",
        500000,
        80000,
        "2023-2026",
        "明阳智慧能源集团中山新能源装备制造基地",
        {"Z": ("明阳新能源装备智造基地", "company_synonym", {"inv": "明阳智慧能源集团股份公司", "k": 1.0})},
    ),
    (
        "Z02",
        "中山",
        "翠亨新区",
        300000,
        40000,
        "2023-2027",
        "中山市翠亨新区生物医药科技园",
        {"Z": ("翠亨新區生物醫藥科技園項目", "traditional", {"inv": "香港嘉信投資發展有限公司", "k": 1.1})},
    ),
    (
        "Z03",
        "中山",
        "小榄镇",
        200000,
        30000,
        "2023-2026",
        "中山市小榄镇智能家电产业园",
        {"Z": ("小榄智能家电产业基地项目", "synonym", {"inv": "广东万和新电气股份有限公司", "k": 0.8})},
    ),
    (
        "Z04",
        "中山",
        "古镇镇",
        120000,
        20000,
        "2023-2025",
        "中山市古镇镇灯饰照明总部基地",
        {"Z": ("古鎮燈飾照明總部基地", "traditional", {"inv": "華藝照明（澳門）集團有限公司", "k": 1.0})},
    ),
    (
        "Z05",
        "中山",
        "坦洲镇",
        350000,
        60000,
        "2023-2026",
        "中山市坦洲镇中炬高新调味品智能化生产基地",
        {
            "Z": (
                "美味鲜调味品智能化生产基地（坦洲）",
                "company_brand",
                {"inv": "中炬高新技术实业（集团）股份有限公司", "k": 1.0},
            )
        },
    ),
    (
        "Z06",
        "中山",
        "民众街道",
        420000,
        70000,
        "2023-2025",
        "中山市民众街道华润电力燃气热电联产项目",
        {"Z": ("华润民众燃气热电联产项目", "word_order_company", {"inv": "华润电力控股有限公司", "k": 1.0})},
    ),
]

# ---------------------------------------------------------------- distractor rows
# label -> (code, city, county, name, total_wan[, investor])  (new unique rows)
# pairs: (labelA or 'KEY/code', labelB, reason)
DR = {}
DP = []


def d(label, code, city, county, name, total, inv=None):
    DR[label] = (code, city, county, name, total, inv)


def pair(a, b, reason):
    DP.append((a, b, reason))


# Jiangmen same city
d("dj1", "J", "江门", "蓬江区", "五邑大学扩建工程（一期）", 180000)
pair("J17/P", "dj1", "一期 vs 二期")
d("dj2", "J", "江门", "蓬江区", "江门市第二人民医院改扩建工程", 90000)
pair("J07/P", "dj2", "different hospital (第二 vs 第三人民医院)")
d("dj3", "J", "江门", "台山市", "台山市汶村镇100MW渔光互补光伏发电项目", 50000)
pair("J09/P", "dj3", "same kind of solar project, different town (汶村 vs 海宴)")
d("dj4", "J", "江门", "新会区", "崖门镇工业园区污水处理厂及配套管网工程", 38000)
pair("J19/P", "dj4", "same kind, different town (崖门 vs 双水)")
d("dj5", "J", "江门", "蓬江区", "杜阮镇松园村片区综合开发项目", 260000)
pair("J03/P", "dj5", "same town, different village area (松园 vs 龙榜)")
d("dj6", "J", "江门", "蓬江区", "海信（广东）厨卫系统有限公司江门生产基地项目", 80000)
pair("J18/P", "dj6", "same group, different plant (厨卫 vs 空调)")
d("dj7", "P", "江门", "鹤山市", "鹤山市宅梧镇生猪标准化养殖基地", 52000)
pair("J25/J", "dj7", "same kind, different town (宅梧 vs 址山)")
d("dj8", "J", "江门", "鹤山市", "鹤山市沙坪河流域水环境综合整治工程（二期）", 65000)
pair("J15/P", "dj8", "second phase of the same river programme")
d("dj9", "P", "江门", "台山市", "台山市大隆洞水库灌区续建配套与节水改造工程", 70000)
pair("J16/J", "dj9", "same kind, different irrigation district")
d("dj10", "J", "江门", "蓬江区", "荷塘镇纲领村文旅综合开发", 60000)
pair("J13/P", "dj10", "same kind, different place (纲领村 vs 潮连岛)")
d("dj11", "J", "江门", "新会区", "江门站综合交通枢纽配套工程", 70000)
pair("J24/J", "dj11", "different station (江门站 vs 江门北站)")
d("dj12", "J", "江门", "江海区", "江门大道南延线工程", 140000)
pair("J14/P", "dj12", "北延线 vs 南延线")
d("dj13", "J", "江门", "新会区", "新会区新能源电池材料产业园", 250000)
pair("J11/J", "dj13", "same industry, different district park")
d("dj14", "J", "江门", "台山市", "广海湾临港工业园基础设施", 120000)
pair("J20/P", "dj14", "same zone, different project")
d("dj15a", "J", "江门", "新会区", "新会区会城第一小学扩建工程", 12000)
d("dj15b", "J", "江门", "新会区", "新会区会城第二小学扩建工程", 13500)
pair("dj15a", "dj15b", "two schools of one district")
d("dj16a", "J", "江门", "开平市", "开平市苍城镇至赤水镇公路改建工程", 46000)
d("dj16b", "J", "江门", "开平市", "开平市苍城镇至龙胜镇公路改建工程", 38000)
pair("dj16a", "dj16b", "two roads from the same town")
d("dj17a", "J", "江门", "鹤山市", "鹤山市桃源镇污水处理厂提标改造", 9000)
d("dj17b", "J", "江门", "鹤山市", "鹤山市共和镇污水处理厂提标改造", 8500)
pair("dj17a", "dj17b", "same kind, two towns")
d("dj18", "J", "江门", "开平市", "开平赤坎华侨古镇文化旅游项目", 200000)
pair("J21/P", "dj18", "different scenic area of same city")
d("dj19", "J", "江门", "江海区", "滨江新区地下综合管廊二期工程", 150000)
pair("J10/J", "dj19", "一期 vs 二期")
d("dj20a", "P", "江门", "蓬江区", "江门市蓬江区棠下镇先进制造业园区（一期）", 280000)
d("dj20b", "J", "江门", "蓬江区", "棠下先进制造业园区（二期）", 300000)
pair("dj20a", "dj20b", "一期 vs 二期")
# Huizhou same city
d("dh1", "H", "惠州", "大亚湾开发区", "中海壳牌聚碳酸酯扩能项目", 600000)
pair("H02/P", "dh1", "same company, different plant")
d("dh2", "H", "惠州", "仲恺高新区", "亿纬锂能惠州消费电池扩产项目", 300000)
pair("H04/P", "dh2", "same company, different product line")
d("dh3", "P", "惠州", "惠城区", "惠州市第二人民医院新院区建设项目", 210000)
pair("H05/H", "dh3", "different hospital (第二 vs 第一)")
d("dh4", "H", "惠州", "惠东县", "荃湾港区煤炭码头（三期）", 300000)
pair("H09/P", "dh4", "二期 vs 三期")
d("dh5", "H", "惠州", "惠城区", "惠州市第八中学新校区建设工程", 85000)
pair("H13/H", "dh5", "two schools (八中 vs 三中)")
d("dh6", "H", "惠州", "大亚湾开发区", "大亚湾石化区第二污水处理厂新建工程", 55000)
pair("H15/P", "dh6", "different treatment plant")
d("dh7", "H", "惠州", "博罗县", "东江博罗段堤防加固工程", 72000)
pair("H17/P", "dh7", "different river section")
d("dh8", "H", "惠州", "龙门县", "龙门县龙田镇农业现代化产业园", 45000)
pair("H18/P", "dh8", "same kind, different town")
d("dh9", "H", "惠州", "惠城区", "江南片区城市更新项目", 500000)
pair("H20/H", "dh9", "江北 vs 江南 area")
d("dh10", "H", "惠州", "仲恺高新区", "TCL华星光电惠州Mini LED背光模组项目", 420000)
pair("H11/P", "dh10", "same company, different product")
d("dh11a", "H", "惠州", "博罗县", "博罗县石湾镇第二中学扩建", 16000)
d("dh11b", "H", "惠州", "博罗县", "博罗县石湾镇中心小学扩建", 9000)
pair("dh11a", "dh11b", "two schools of one town")
d("dh12a", "H", "惠州", "惠东县", "惠东县吉隆镇吉隆河综合整治工程", 26000)
d("dh12b", "H", "惠州", "惠东县", "惠东县稔山镇范和河综合整治工程", 24000)
pair("dh12a", "dh12b", "two rivers, same county")
d("dh13", "H", "惠州", "惠城区", "惠城区马安镇高新科技产业园", 150000)
pair("H03/P", "dh13", "same kind, different town")
d("dh14", "P", "惠州", "惠阳区", "惠阳区新圩镇现代物流园", 180000)
pair("H16/H", "dh14", "same kind, different town (新圩 vs 秋长)")
d("dh15", "H", "惠州", "仲恺高新区", "德赛电池惠州储能电池基地", 280000)
pair("H19/P", "dh15", "sister company of same group, different product")
d("dh16", "H", "惠州", "惠东县", "平海镇滨海旅游度假区开发", 260000)
pair("H21/H", "dh16", "same kind, different town")
d("dh17", "P", "惠州", "惠东县", "惠州港口二海上风电场项目", 1600000)
pair("H14/H", "dh17", "港口一 vs 港口二")
# Shantou same city
d("ds1", "P", "汕头", "濠江区", "汕头港广澳港区二期工程（续建）", 350000)
pair("S06/S", "ds1", "二期 vs 三期")
d("ds2", "S", "汕头", "潮南区", "两英针织内衣产业园基础设施", 90000)
pair("S02/S", "ds2", "same kind, different town")
d("ds3", "S", "汕头", "金平区", "汕头市第二人民医院新院区工程", 110000)
pair("S04/P", "ds3", "different hospital")
d("ds4a", "S", "汕头", "龙湖区", "龙湖区外砂街道污水管网完善工程", 18000)
d("ds4b", "S", "汕头", "龙湖区", "龙湖区新溪街道污水管网完善工程", 15000)
pair("ds4a", "ds4b", "same kind, two streets")
d("ds5", "P", "汕头", "南澳县", "汕头市南澳县海上风电场项目（勒门Ⅱ）", 600000)
pair("S08/S", "ds5", "勒门Ⅰ vs 勒门Ⅱ")
d("ds6", "S", "汕头", "潮南区", "司马浦镇电子信息产业园标准厂房", 60000)
pair("S07/S", "ds6", "same kind, different town")
d("ds7a", "S", "汕头", "潮南区", "潮南区峡山街道练江支流综合整治", 32000)
d("ds7b", "S", "汕头", "潮南区", "潮南区陈店镇练江支流综合整治", 28000)
pair("ds7a", "ds7b", "same river programme, two towns")
d("ds8a", "S", "汕头", "澄海区", "澄海区莲下镇中心小学改扩建", 6000)
d("ds8b", "S", "汕头", "澄海区", "澄海区莲下镇第二中学改扩建", 8000)
pair("ds8a", "ds8b", "two schools of one town")
d("ds9", "P", "汕头", "潮南区", "汕头市潮南区纺织印染环保综合处理中心", 98000)
pair("S12/P", "ds9", "same kind, different district")
d("ds10a", "S", "汕头", "金平区", "金平区广厦新城安置区二期", 45000)
d("ds10b", "S", "汕头", "金平区", "金平区广厦新城安置区三期", 52000)
pair("ds10a", "ds10b", "二期 vs 三期")
d("ds11", "S", "汕头", "澄海区", "澄海区莲下镇智能玩具研发中心", 20000)
pair("S13/S", "ds11", "same town, research centre vs production base")
# Shanwei same city
d("dw1", "W", "汕尾", "陆丰市", "陆丰甲湖湾电厂5、6号机组工程", 1100000)
pair("W01/P", "dw1", "units 3-4 vs units 5-6")
d("dw2", "W", "汕尾", "陆河县", "陆河县河田镇10万千瓦农光互补光伏项目", 44000)
pair("W05/W", "dw2", "same kind, different town")
d("dw3", "W", "汕尾", "城区", "汕尾市第二人民医院扩建工程", 60000)
pair("W04/P", "dw3", "different hospital")
d("dw4a", "W", "汕尾", "海丰县", "海丰县梅陇镇中心卫生院升级改造", 3500)
d("dw4b", "W", "汕尾", "海丰县", "海丰县公平镇中心卫生院升级改造", 3200)
pair("dw4a", "dw4b", "two health centres of one county")
d("dw5", "W", "汕尾", "陆丰市", "乌坎中心渔港升级改造工程", 38000)
pair("W03/P", "dw5", "different fishing port")
d("dw6a", "W", "汕尾", "陆丰市", "陆丰市东海街道第三小学建设", 9000)
d("dw6b", "W", "汕尾", "陆丰市", "陆丰市东海街道第五小学建设", 9500)
pair("dw6a", "dw6b", "two schools of one street")
d("dw7", "W", "汕尾", "陆丰市", "甲子镇海洋产业园（陆丰）", 120000)
pair("W07/P", "dw7", "same kind, different town")
d("dw8", "P", "汕尾", "海丰县", "汕尾市海丰县可塘镇珠宝产业园二期", 90000)
pair("W02/W", "dw8", "二期 of the same park")
# Zhongshan same city
d("dz1", "Z", "中山", "火炬开发区", "明阳氢能装备研发制造项目", 150000, "明阳智慧能源集团股份公司")
pair("Z01/Z", "dz1", "same company, different product")
d("dz2a", "P", "中山", "南头镇", "中山市南头镇家电产业集聚区（一期）", 180000)
d("dz2b", "Z", "中山", "南头镇", "南头镇家电产业集聚区二期项目", 200000, "中山市南头镇城建投资有限公司")
pair("dz2a", "dz2b", "一期 vs 二期")
d("dz3", "Z", "中山", "东凤镇", "东凤镇智能家电产业基地项目", 150000, "广东顺德某电器集团有限公司")
pair("Z03/Z", "dz3", "same kind, different town")
d("dz4a", "Z", "中山", "坦洲镇", "坦洲镇智能制造产业园项目", 120000, "中山坦洲投资控股有限公司")
d("dz4b", "Z", "中山", "神湾镇", "神湾镇智能制造产业园项目", 80000, "中山市神湾镇资产经营有限公司")
pair("dz4a", "dz4b", "same kind, two towns")
d("dz5", "Z", "中山", "火炬开发区", "华润电力中山横门燃气发电扩建项目", 380000, "华润电力控股有限公司")
pair("Z06/P", "dz5", "same company, different plant")
d("dz6", "P", "中山", "坦洲镇", "中山市坦洲镇中炬高新调味品研发中心", 40000)
pair("Z05/Z", "dz6", "same company and town, R&D centre vs production base")
# cross-city
d("x1", "S", "汕头", "金平区", "汕头市人民医院住院综合楼扩建", 85000)
pair("W04/W", "x1", "CROSS-CITY: 汕头市 vs 汕尾市 hospital, same wording")
d("x2", "P", "江门", "蓬江区", "江门市中心城区污水处理提质增效工程", 200000)
pair("S10/P", "x2", "CROSS-CITY: same programme in 江门 vs 汕头")
d("x3a", "H", "惠州", "惠东县", "惠东县海上风电运维母港", 90000)
d("x3b", "W", "汕尾", "城区", "汕尾市海上风电运维母港", 95000)
pair("x3a", "x3b", "CROSS-CITY: wind-farm O&M port 惠州 vs 汕尾")
d("x4", "J", "江门", "台山市", "台山市沙堤中心渔港升级改造工程", 40000)
pair("W03/W", "x4", "CROSS-CITY: fishing port 江门 vs 汕尾")
d("x5", "Z", "中山", "火炬开发区", "中山新能源电池材料产业园", 200000, "中山市新锂能源科技有限公司")
pair("J11/J", "x5", "CROSS-CITY: battery materials park 中山 vs 江门")
d("x6", "P", "揭阳", "榕城区", "揭阳市榕城区纺织印染环保综合处理中心", 110000)
pair("S12/P", "x6", "CROSS-CITY: 揭阳 vs 汕头 dyeing centre")
d("x7", "P", "揭阳", "榕城区", "揭阳市中心医院新院区建设项目", 230000)
pair("S04/P", "x7", "CROSS-CITY: 揭阳 vs 汕头 central hospital")
d("x8", "W", "汕尾", "海丰县", "海丰县鲘门滨海旅游度假区", 200000)
pair("H21/H", "x8", "CROSS-CITY: seaside resort 汕尾 vs 惠州")
d("x9", "P", "汕尾", "海丰县", "汕尾市海丰县可塘镇工业园区污水处理厂及配套管网工程", 36000)
pair("J19/P", "x9", "CROSS-CITY: industrial park WWTP 汕尾 vs 江门")
d("x10", "H", "惠州", "惠城区", "惠州北站综合交通枢纽配套工程", 110000)
pair("J24/J", "x10", "CROSS-CITY: 惠州北站 vs 江门北站")
d("x11", "P", "中山", "石岐街道", "中山市中心城区“三旧”改造（岐江片区）项目", 400000)
pair("J23/P", "x11", "CROSS-CITY: urban renewal 中山 vs 江门")
d("x12", "J", "江门", "蓬江区", "江门市第三中学新校区建设工程", 90000)
pair("H13/P", "x12", "CROSS-CITY: 第三中学新校区 江门 vs 惠州")
d("x13", "P", "中山", "东区", "中山市第一人民医院新院区建设项目", 350000)
pair("H05/P", "x13", "CROSS-CITY: 第一人民医院新院区 中山 vs 惠州")
d("x14", "S", "汕头", "南澳县", "南澳县海上风电运维母港", 70000)
pair("x14", "x3b", "CROSS-CITY: O&M port 汕头 vs 汕尾")
d("x15", "P", "汕头", "龙湖区", "汕头市东海岸新城地下综合管廊工程", 160000)
pair("J10/J", "x15", "CROSS-CITY: utility tunnel 汕头 vs 江门")
d("x16", "W", "汕尾", "城区", "汕尾市城区马宫街道智能制造产业园", 90000)
pair("J22/P", "x16", "CROSS-CITY: 外海街道 vs 马宫街道 smart manufacturing park")

# ---------------------------------------------------------------- fillers
TOWNS = {
    "江门": [
        ("蓬江区", "杜阮镇"),
        ("蓬江区", "荷塘镇"),
        ("江海区", "礼乐街道"),
        ("新会区", "司前镇"),
        ("新会区", "大泽镇"),
        ("新会区", "罗坑镇"),
        ("台山市", "斗山镇"),
        ("台山市", "赤溪镇"),
        ("台山市", "端芬镇"),
        ("台山市", "北陡镇"),
        ("开平市", "月山镇"),
        ("开平市", "沙塘镇"),
        ("开平市", "塘口镇"),
        ("鹤山市", "雅瑶镇"),
        ("鹤山市", "古劳镇"),
        ("鹤山市", "龙口镇"),
        ("恩平市", "圣堂镇"),
        ("恩平市", "君堂镇"),
        ("恩平市", "良西镇"),
        ("恩平市", "横陂镇"),
    ],
    "惠州": [
        ("惠城区", "横沥镇"),
        ("惠城区", "芦洲镇"),
        ("惠阳区", "良井镇"),
        ("惠阳区", "平潭镇"),
        ("博罗县", "龙溪街道"),
        ("博罗县", "杨村镇"),
        ("博罗县", "泰美镇"),
        ("博罗县", "柏塘镇"),
        ("惠东县", "白花镇"),
        ("惠东县", "多祝镇"),
        ("惠东县", "梁化镇"),
        ("龙门县", "龙华镇"),
        ("龙门县", "地派镇"),
        ("仲恺高新区", "沥林镇"),
        ("仲恺高新区", "陈江街道"),
        ("大亚湾开发区", "霞涌街道"),
    ],
    "汕头": [
        ("金平区", "鮀江街道"),
        ("龙湖区", "珠池街道"),
        ("濠江区", "达濠街道"),
        ("濠江区", "河浦街道"),
        ("澄海区", "隆都镇"),
        ("澄海区", "溪南镇"),
        ("潮阳区", "和平镇"),
        ("潮阳区", "海门镇"),
        ("潮阳区", "关埠镇"),
        ("潮南区", "胪岗镇"),
        ("潮南区", "仙城镇"),
        ("南澳县", "深澳镇"),
    ],
    "中山": [
        ("中山市", "石岐街道"),
        ("中山市", "东区街道"),
        ("中山市", "南朗街道"),
        ("中山市", "黄圃镇"),
        ("中山市", "港口镇"),
        ("中山市", "三角镇"),
        ("中山市", "横栏镇"),
        ("中山市", "大涌镇"),
        ("中山市", "沙溪镇"),
        ("中山市", "板芙镇"),
        ("中山市", "五桂山街道"),
        ("中山市", "阜沙镇"),
    ],
    "汕尾": [
        ("城区", "凤山街道"),
        ("城区", "捷胜镇"),
        ("海丰县", "联安镇"),
        ("海丰县", "赤坑镇"),
        ("海丰县", "陶河镇"),
        ("陆丰市", "博美镇"),
        ("陆丰市", "桥冲镇"),
        ("陆丰市", "南塘镇"),
        ("陆丰市", "大安镇"),
        ("陆河县", "螺溪镇"),
        ("陆河县", "东坑镇"),
        ("华侨管理区", "侨园镇"),
    ],
    "揭阳": [("揭东区", "锡场镇"), ("普宁市", "流沙东街道"), ("惠来县", "靖海镇"), ("揭西县", "棉湖镇")],
}
PUB = [
    "{t}农村生活污水治理工程",
    "{t}美丽圩镇建设项目",
    "{t}农贸市场升级改造",
    "{t}文化体育中心建设项目",
    "{t}供水管网改造工程",
    "{t}高标准农田建设项目",
    "{t}安置区建设工程",
    "{t}中心卫生院综合楼建设",
    "{t}九年一贯制学校新建工程",
    "{t}城乡道路提升工程",
    "{t}垃圾转运站新建工程",
    "{t}养老服务中心建设项目",
    "{t}村级工业园升级改造",
    "{t}现代农业产业园",
]
PUBP = [
    "{c}城乡供水一体化工程",
    "{c}中小河流综合治理工程",
    "{c}{t}产业园区基础设施",
    "{c}{t}片区土地整备及综合开发",
    "{c}农村公路提质改造工程",
    "{c}职业技术学校新校区建设项目",
    "{c}乡村振兴示范带建设项目",
]
CO1 = list("瑞宏粤恒嘉鸿盛远泰晟锦源德昊骏凯铭达中洲")
CO2 = ["丰", "锐", "通", "信", "辉", "祥", "创", "力", "明", "昌", "航", "晨", "泽", "邦", "诚"]
PROD = [
    "精密电子元器件",
    "新能源汽车零部件",
    "高端印制电路板",
    "功能性薄膜材料",
    "不锈钢制品",
    "食品包装材料",
    "医疗器械",
    "锂电池隔膜",
    "智能家居产品",
    "光学镜头",
    "水性涂料",
    "再生铝合金",
    "半导体封装测试",
    "高端五金制品",
    "生物降解材料",
    "新型建材",
    "功能性服装",
    "预制菜加工",
    "工业机器人",
    "电子化学品",
]
SUFF = ["科技有限公司", "实业有限公司", "新材料有限公司", "智能装备有限公司", "电子有限公司"]
used_co = set()
used_pub = set()


def co_name(city, place):
    while True:
        c = random.choice(CO1) + random.choice(CO2)
        if c not in used_co:
            used_co.add(c)
            break
    p = random.choice(PROD)
    style = random.random()
    if style < 0.4:
        return f"{CITYNAME[city][:-1]}{c}{random.choice(SUFF)}{p}生产基地项目", c
    if style < 0.7:
        return f"{c}{p}智能制造项目", c
    return f"{place}{c}{p}产业化项目", c


def pub_name(city):
    while True:
        cty, t = random.choice(TOWNS[city])
        tpl = random.choice(PUB)
        if (t, tpl) not in used_pub:
            used_pub.add((t, tpl))
            break
    return cty, t, tpl.format(t=t)


# ---------------------------------------------------------------- build rows
rows = {c: [] for c in FILES}  # each: dict
KEYS = {}


def sector(name):
    if re.search(r"医院|学校|大学|中学|小学|卫生院|校区|养老|文化体育", name):
        return "社会民生"
    if re.search(
        r"公路|高速|港|码头|站|快速|管廊|大道|管道|管网|输|电厂|风电|光伏|水库|灌区|堤防|污水|河|湖|渔港|热电|发电|供水|垃圾|道路|通道|干线",
        name,
    ):
        return "基础设施"
    if re.search(r"农业|养殖|陈皮|农田|圩镇|农贸|乡村", name):
        return "乡村振兴"
    if re.search(r"旅游|度假|文旅|景区|三旧|更新|改造（|安置|物流", name):
        return "现代服务业及城市更新"
    return "产业发展"


def years_for(total):
    s = random.choice([2021, 2022, 2022, 2023, 2023, 2023])
    e = s + random.choice([2, 3, 3, 4])
    return f"{s}-{e}"


def add(code, key, city, county, name, total, annual, yrs, tag="", inv=None):
    rows[code].append(
        dict(
            key=key,
            city=city,
            county=county,
            name=name,
            total=total,
            annual=annual,
            years=yrs,
            tag=tag,
            inv=inv,
        )
    )


for key, city, county, total, annual, yrs, pname, occ in SH:
    add("P", key, city, county, pname, total, annual, yrs, "reference")
    for code, v in occ.items():
        name, tag = v[0], v[1]
        ex = v[2] if len(v) > 2 else {}
        k = ex.get("k", random.choice([1, 1, 1, 0.95, 1.08, 0.9]))
        add(
            code,
            key,
            city,
            ex.get("cty", county),
            name,
            total * k,
            annual * random.choice([1, 1, 0.8, 1.25]),
            yrs,
            tag,
            ex.get("inv"),
        )

for lab, (code, city, county, name, total, inv) in DR.items():
    add(
        code,
        "D_" + lab,
        city,
        county,
        name,
        total,
        total * random.choice([0.15, 0.2, 0.25, 0.3, 0.4]),
        years_for(total),
        "",
        inv,
    )

TARGET = {"P": 120, "J": 90, "H": 70, "S": 45, "Z": 35, "W": 40}
CITY_OF = {"J": "江门", "H": "惠州", "S": "汕头", "Z": "中山", "W": "汕尾"}
fn = 0
for code, tgt in TARGET.items():
    while len(rows[code]) < tgt:
        fn += 1
        if code == "P":
            city = ["江门", "惠州", "汕头", "汕尾", "中山", "江门", "惠州", "揭阳"][fn % 8]
        else:
            city = CITY_OF[code]
        inv = None
        if code == "Z" or random.random() < 0.45:
            cty, t = random.choice(TOWNS[city])
            place = t if code != "P" else CITYNAME[city] + (cty if cty != "中山市" else "") + t
            name, c = co_name(city, place)
            total = random.choice([3, 5, 8, 10, 12, 15, 20, 25, 30, 50, 80]) * 10000
            if code == "P":
                total *= 3
            if code == "Z":
                inv = f"广东{c}{random.choice(SUFF)}" if random.random() < 0.8 else f"{c}（香港）控股有限公司"
        else:
            if code == "P":
                while True:
                    cty, t = random.choice(TOWNS[city])
                    tpl = random.choice(PUBP)
                    if (t, tpl) not in used_pub and (cty, tpl) not in used_pub:
                        used_pub.add((t, tpl))
                        used_pub.add((cty, tpl))
                        break
                name = tpl.format(c=CITYNAME[city] + (cty if cty != "中山市" else ""), t=t)
            else:
                cty, t, name = pub_name(city)
                if random.random() < 0.5 and cty != "中山市":
                    name = cty + name
            total = random.choice([0.3, 0.5, 0.8, 1.2, 2, 3, 5]) * 10000
            if code == "P":
                total *= 8
        add(
            code,
            f"U{fn:03d}",
            city,
            cty,
            name,
            total,
            total * random.choice([0.2, 0.3, 0.5]),
            years_for(total),
            "",
            inv,
        )

# ---------------------------------------------------------------- order & number
CITY_ORDER = ["汕头", "江门", "惠州", "中山", "汕尾", "揭阳"]
SEC_ORDER = ["基础设施", "产业发展", "现代服务业及城市更新", "社会民生", "乡村振兴"]
for code, lst in rows.items():
    random.shuffle(lst)
    if code in "PJH":
        lst.sort(key=lambda r: (SEC_ORDER.index(sector(r["name"])), CITY_ORDER.index(r["city"])))
    for i, r in enumerate(lst, 1):
        r["no"] = i


def y(v, nd=2):
    s = f"{v / 10000:.{nd}f}"
    return s.rstrip("0").rstrip(".") if "." in s else s


def w(v):
    return str(int(round(v / 100.0) * 100)) if v >= 10000 else str(int(round(v)))


def nature(yrs):
    return "续建" if int(yrs[:4]) < 2023 else random.choice(["新建", "新建", "新建", "改扩建"])


def scale(name, total):
    s = sector(name)
    if s == "基础设施":
        return random.choice(
            [
                "建设主体工程及附属配套设施",
                "新建及改造主体工程，配套建设管理设施",
                "建设工程主体及配套设施，完善相关附属工程",
            ]
        )
    if s == "社会民生":
        return f"总建筑面积约{random.randint(3, 25)}万平方米，建设业务用房及配套设施"
    if s == "乡村振兴":
        return random.choice(["建设生产设施、基础设施及配套服务设施", "实施基础设施提升、产业配套及环境整治"])
    if s == "现代服务业及城市更新":
        return f"用地面积约{random.randint(100, 1500)}亩，建设服务设施、安置房及配套"
    return f"用地面积约{random.randint(50, 800)}亩，建设生产厂房、研发楼及配套设施"


def place_p(r):
    if r["key"] in ("H06", "H07"):
        return "惠州市、汕尾市"
    if r["key"] == "S11":
        return "汕头市、揭阳市"
    c = r["county"]
    if "、" in c or c in ("中山市",) or r["city"] == "中山":
        return CITYNAME[r["city"]]
    if c.endswith("市") or c.endswith("县"):
        return CITYNAME[r["city"]] + c
    return CITYNAME[r["city"]] + c if random.random() < 0.5 else CITYNAME[r["city"]]


def jm_cat(name):
    return {
        "基础设施": "基础设施",
        "产业发展": "产业项目",
        "现代服务业及城市更新": "城市更新及服务业",
        "社会民生": "民生项目",
        "乡村振兴": "乡村振兴",
    }[sector(name)]


def out(code, header, fmt):
    fname, title, unit = FILES[code][:3]
    with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="") as f:
        wr = csv.writer(f)
        wr.writerow([title])
        wr.writerow([f"单位：{unit}"])
        wr.writerow(header)
        for r in rows[code]:
            wr.writerow(fmt(r))


out(
    "P",
    [
        "序号",
        "项目名称",
        "建设地点",
        "建设性质",
        "建设规模及内容",
        "建设起止年限",
        "总投资",
        "2023年计划投资",
    ],
    lambda r: [
        r["no"],
        r["name"],
        place_p(r),
        nature(r["years"]),
        scale(r["name"], r["total"]),
        r["years"],
        w(r["total"]),
        w(r["annual"]),
    ],
)


def jm_place(r):
    c = r["county"]
    if "、" in c:
        return "市本级"
    if r["key"] in ("J11",) or "高新区" in r["name"]:
        return "江门高新区"
    return c


out(
    "J",
    ["序号", "项目名称", "所在地", "项目类别", "总投资（亿元）", "年度计划投资（亿元）", "建设年限"],
    lambda r: [
        r["no"],
        r["name"],
        jm_place(r),
        jm_cat(r["name"]),
        y(r["total"]),
        y(r["annual"]),
        r["years"].replace("-", "—"),
    ],
)
out(
    "H",
    [
        "序号",
        "项目名称",
        "县（区）",
        "项目类型",
        "总投资（万元）",
        "2023年计划投资（万元）",
        "建设起止年限",
        "建设性质",
    ],
    lambda r: [
        r["no"],
        r["name"],
        ("市直" if "、" in r["county"] else r["county"]),
        sector(r["name"]),
        w(r["total"]),
        w(r["annual"]),
        r["years"].replace("-", "年—") + "年",
        nature(r["years"]),
    ],
)
out(
    "S",
    ["序号", "项目名称", "所在区（县）", "总投资（亿元）", "主要建设内容"],
    lambda r: [
        r["no"],
        r["name"],
        r["county"].split("、")[0],
        y(r["total"], 1) if r["total"] >= 100000 else y(r["total"], 2),
        scale(r["name"], r["total"]),
    ],
)
out(
    "Z",
    ["序号", "项目名称", "投资方", "投资额（亿元）"],
    lambda r: [
        r["no"],
        r["name"],
        r["inv"] or "中山市" + r["county"].replace("中山市", "") + "人民政府（招商）",
        y(r["total"], 1) if r["total"] >= 50000 else y(r["total"], 2),
    ],
)
out(
    "W",
    ["序号", "项目名称", "县（市、区）", "建设内容", "总投资（万元）"],
    lambda r: [r["no"], r["name"], r["county"], scale(r["name"], r["total"]), w(r["total"])],
)

# ---------------------------------------------------------------- truth
with open(os.path.join(OUT, "lists.yaml"), "w", encoding="utf-8") as f:
    for _code, (fname, title, unit, kind, city, pub) in FILES.items():
        f.write(
            f'- file: {fname}\n  title: "{title}"\n  list_kind: {kind}\n  city: {city}\n  year: 2023\n  published: "{pub}"\n  unit: {unit}\n'
        )
shared = {k[0] for k in SH}
with open(os.path.join(OUT, "truth.csv"), "w", encoding="utf-8", newline="") as f:
    wr = csv.writer(f)
    wr.writerow(["file", "row_no", "project_key", "tag"])
    for code in FILES:
        for r in sorted(rows[code], key=lambda r: r["no"]):
            wr.writerow(
                [
                    FILES[code][0],
                    r["no"],
                    ("P_" + r["key"]) if r["key"] in shared else r["key"],
                    r["tag"] if r["key"] in shared else "",
                ]
            )


def loc(ref):
    if "/" in ref:
        key, code = ref.split("/")
    else:
        key, code = "D_" + ref, DR[ref][0]
    r = [r for r in rows[code] if r["key"] == key]
    assert len(r) == 1, ref
    return FILES[code][0], r[0]["no"]


with open(os.path.join(OUT, "distractors.csv"), "w", encoding="utf-8", newline="") as f:
    wr = csv.writer(f)
    wr.writerow(["file_a", "row_a", "file_b", "row_b", "reason"])
    for a, b, reason in DP:
        fa, ra = loc(a)
        fb, rb = loc(b)
        wr.writerow([fa, ra, fb, rb, reason])
print({c: len(v) for c, v in rows.items()}, sum(len(v) for v in rows.values()), "pairs", len(DP))
