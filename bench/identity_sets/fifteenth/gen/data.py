# -*- coding: utf-8 -*-
"""Hand-written names for the identity15 blind test set (all projects invented).

List codes
  P  广东省2025年重点建设项目计划（摘录）   万元  provincial_plan
  C1 湛江市2025年重点建设项目计划           万元  city_plan
  C2 梅州市2025年重点建设项目计划           亿元  city_plan
  G1 梅州市2025年第一季度集中开工           万元  groundbreaking
  G2 东莞市2025年第二季度集中开工           亿元  groundbreaking
  S  中山市2025年重大项目集中签约           亿元  signing

MULTI: projects that appear in two or more lists.
  M(key, category, rows, desc=None)
  row = (list, name, location[, tags[, amount_factor]])
  The first row is the reference row (the provincial-plan row when there is one);
  tags on the other rows are the renaming kinds used (';'-joined).
  amount_factor (optional) scales the project total for that row
  (a city's own section, or one phase of a whole).
  years=(start, end) and nature= optionally fix the plan's 建设起止年限/建设性质
  (used to keep phases of one scheme in a plausible order).

FILLERS: single-list projects.
  F(list, name, location, category, near=(), desc=None)
  near = ((target, reason), ...) declares a distractor pair; target is
  'KEY@LIST' for a row of a MULTI project or 'LIST:name' for another filler.
"""

LISTS = {
    "P": dict(
        file="p_guangdong_2025_plan.csv",
        title="广东省2025年重点建设项目计划（摘录）（SAMPLE 测试用，非官方）",
        list_kind="provincial_plan",
        city="广东省",
        published="2025-03-10",
        unit="万元",
    ),
    "C1": dict(
        file="c_zhanjiang_2025_plan.csv",
        title="湛江市2025年重点建设项目计划（SAMPLE 测试用，非官方）",
        list_kind="city_plan",
        city="湛江",
        published="2025-02-21",
        unit="万元",
    ),
    "C2": dict(
        file="c_meizhou_2025_plan.csv",
        title="梅州市2025年重点建设项目计划（SAMPLE 测试用，非官方）",
        list_kind="city_plan",
        city="梅州",
        published="2025-03-04",
        unit="亿元",
    ),
    "G1": dict(
        file="g_meizhou_2025q1_groundbreaking.csv",
        title="梅州市2025年第一季度重大项目集中开工项目表（SAMPLE 测试用，非官方）",
        list_kind="groundbreaking",
        city="梅州",
        published="2025-02-12",
        unit="万元",
    ),
    "G2": dict(
        file="g_dongguan_2025q2_groundbreaking.csv",
        title="东莞市2025年第二季度重大项目集中开工项目表（SAMPLE 测试用，非官方）",
        list_kind="groundbreaking",
        city="东莞",
        published="2025-04-29",
        unit="亿元",
    ),
    "S": dict(
        file="s_zhongshan_2025_signing.csv",
        title="中山市2025年招商引资重大项目集中签约项目表（SAMPLE 测试用，非官方）",
        list_kind="signing",
        city="中山",
        published="2025-01-16",
        unit="亿元",
    ),
}
LIST_ORDER = ["P", "C1", "C2", "G1", "G2", "S"]


def M(key, cat, rows, desc=None, years=None, nature=None):
    return dict(key=key, cat=cat, rows=rows, desc=desc, years=years, nature=nature)


def F(lst, name, loc, cat, near=(), desc=None, years=None, nature=None):
    return dict(
        list=lst, name=name, loc=loc, cat=cat, near=tuple(near), desc=desc, years=years, nature=nature
    )


MULTI = [
    # ------------------------------------------------------------ 湛江 (P + C1)
    M(
        "Z01",
        "road",
        [
            ("P", "湛江至徐闻高速公路改扩建工程", "湛江市"),
            ("C1", "湛徐高速改扩建项目", "麻章区、雷州市、徐闻县", "abbreviation;generic_suffix"),
        ],
    ),
    M(
        "Z02",
        "road",
        years=(2024, 2027),
        rows=[
            ("P", "湛江吴川机场高速公路二期工程", "湛江市吴川市"),
            ("C1", "吴川机场高速（二期）", "吴川市", "place_prefix;abbreviation;phase_bracket"),
        ],
    ),
    M(
        "Z03",
        "port",
        [
            ("P", "湛江港徐闻港区南山作业区客货滚装码头工程", "湛江市徐闻县"),
            ("C1", "徐闻港区南山作业区客货滚装码头", "徐闻县", "place_prefix;generic_suffix"),
        ],
    ),
    M(
        "Z04",
        "heavy",
        years=(2024, 2027),
        rows=[
            ("P", "东海岛绿色低碳冶金示范项目（一期）", "湛江市湛江经开区"),
            (
                "C1",
                "湛江钢铁东海岛绿色低碳冶金示范项目一期工程",
                "湛江经开区",
                "company_prefix;phase_bracket;generic_suffix",
            ),
        ],
    ),
    M(
        "Z05",
        "gallery",
        [
            ("P", "湛江经开区东海岛石化产业园区公共管廊工程", "湛江市湛江经开区"),
            ("C1", "东海岛石化产业园公共管廊项目", "湛江经开区", "place_prefix;abbreviation;generic_suffix"),
        ],
    ),
    M(
        "Z06",
        "sewage",
        [
            ("P", "廉江市安铺镇污水处理厂扩建及配套管网工程", "湛江市廉江市"),
            ("C1", "安铺镇污水处理厂扩建及配套管网工程", "廉江市", "place_prefix"),
        ],
    ),
    M(
        "Z07",
        "hospital",
        [
            ("P", "湛江市中心人民医院新院区建设项目", "湛江市赤坎区"),
            ("C1", "湛江市中心人民医院新院区建设项目", "赤坎区", "exact"),
        ],
    ),
    M(
        "Z08",
        "farm",
        [
            ("P", "雷州市东西洋片区二万亩高标准农田建设项目", "湛江市雷州市"),
            ("C1", "雷州东西洋片区2万亩高标准农田项目", "雷州市", "place_prefix;numeral_unit;generic_suffix"),
        ],
        desc="建设高标准农田2万亩，配套灌排渠系、田间道路及农田防护设施",
    ),
    M(
        "Z09",
        "park",
        years=(2023, 2025),
        rows=[
            ("P", "湛江海洋科技产业园（一期）", "湛江市坡头区"),
            ("C1", "湛江海洋科技产业园一期项目", "坡头区", "phase_bracket;generic_suffix"),
        ],
    ),
    M(
        "Z10",
        "logistics",
        [
            ("P", "遂溪县黄略镇岭南特色水果冷链物流中心项目", "湛江市遂溪县"),
            ("C1", "遂溪岭南水果冷链物流中心", "遂溪县黄略镇", "place_prefix;descriptive;generic_suffix"),
        ],
    ),
    M(
        "Z11",
        "irrigation",
        [
            ("P", "湛江市雷州青年运河灌区续建配套与现代化改造工程", "湛江市"),
            (
                "C1",
                "雷州青年运河灌区现代化改造项目",
                "廉江市、遂溪县、雷州市",
                "place_prefix;descriptive;generic_suffix",
            ),
        ],
    ),
    M(
        "Z12",
        "wind",
        [
            ("P", "湛江徐闻东海上风电项目（60万千瓦）", "湛江市徐闻县"),
            ("C1", "徐闻东600MW海上风电场项目", "徐闻县", "place_prefix;numeral_unit;reorder"),
        ],
        desc="规划装机容量60万千瓦，建设海上风电机组、海上升压站及送出工程",
    ),
    M(
        "Z13",
        "heavy",
        rows=[
            ("P", "湛江南海新材料乙烯下游一体化项目", "湛江市湛江经开区"),
            (
                "C1",
                "南海新材料（湛江）有限公司乙烯下游一体化项目",
                "湛江经开区",
                "company_prefix;place_prefix",
            ),
        ],
    ),
    M(
        "Z14",
        "industry",
        [
            ("P", "湛江奋勇高新区智能家电产业基地", "湛江市遂溪县"),
            ("C1", "奋勇高新区智能家电产业基地建设项目", "奋勇高新区", "place_prefix;generic_suffix"),
        ],
    ),
    M(
        "Z15",
        "univ",
        [
            ("P", "湛江海事职业学院新校区二期工程", "湛江市麻章区"),
            (
                "C1",
                "湛江海事职院新校区（二期）建设项目",
                "麻章区",
                "abbreviation;phase_bracket;generic_suffix",
            ),
        ],
    ),
    M(
        "Z16",
        "renewal",
        [
            ("P", "霞山区海滨片区城市更新项目", "湛江市霞山区"),
            ("C1", "湛江市霞山区海滨片区城市更新改造项目", "霞山区", "place_prefix;descriptive"),
        ],
    ),
    M(
        "Z17",
        "road",
        [
            ("P", "湛江至茂名滨海快速通道工程", "湛江市、茂名市"),
            (
                "C1",
                "湛茂滨海快速通道（湛江段）",
                "坡头区、吴川市",
                "city_section;abbreviation;generic_suffix",
                0.45,
            ),
        ],
    ),
    M(
        "Z18",
        "school",
        [
            ("P", "湛江市第一中学东海岛校区建设项目", "湛江市湛江经开区"),
            ("C1", "湛江一中东海岛校区", "湛江经开区", "abbreviation;generic_suffix"),
        ],
    ),
    M(
        "Z19",
        "industry",
        [
            ("P", "吴川市羽绒产业园建设项目", "湛江市吴川市"),
            ("C1", "吴川羽绒服装产业园项目", "吴川市", "place_prefix;descriptive;generic_suffix"),
        ],
    ),
    M(
        "Z20",
        "port",
        [
            ("P", "湛江港霞山港区散货码头智能化改造工程", "湛江市霞山区"),
            ("C1", "霞山港区散货码头智慧化升级改造项目", "霞山区", "place_prefix;synonym;generic_suffix"),
        ],
        desc="对现有散货泊位、堆场及装卸设备实施智能化改造，建设智慧调度系统",
    ),
    M(
        "Z21",
        "park",
        [
            ("P", "廉江市小家电产业集聚区基础设施建设项目", "湛江市廉江市"),
            ("C1", "廉江小家电产业聚集区基础设施工程", "廉江市", "place_prefix;reorder;generic_suffix"),
        ],
    ),
    M(
        "Z22",
        "water",
        [
            ("P", "雷州半岛西部供水工程", "湛江市"),
            ("C1", "雷洲半岛西部供水工程", "遂溪县、雷州市", "typo_homophone"),
        ],
    ),
    # ------------------------------------------------------------ 梅州, three lists (P + C2 + G1)
    M(
        "M01",
        "park",
        [
            ("P", "梅州市梅县区畲江镇新能源电池材料产业园项目", "梅州市梅县区"),
            ("C2", "梅县区畲江新能源电池材料产业园", "梅县区", "place_prefix;generic_suffix"),
            ("G1", "畲江镇新能源电池材料产业园（一期）", "梅县区畲江镇", "place_prefix;part_of_whole", 0.4),
        ],
    ),
    M(
        "M26",
        "hospital",
        [
            ("P", "梅州市人民医院（梅州市医学科学院）新院区二期工程", "梅州市梅江区"),
            ("C2", "梅州市人民医院新院区二期", "梅江区", "descriptive;generic_suffix"),
            (
                "G1",
                "梅州市人民医院新院区（二期）建设项目",
                "梅江区",
                "descriptive;phase_bracket;generic_suffix",
            ),
        ],
    ),
    M(
        "M27",
        "street",
        [
            ("P", "五华县水寨大桥至华城公路改建工程", "梅州市五华县"),
            ("C2", "五华县水寨至华城公路改建工程", "五华县", "descriptive"),
            (
                "G1",
                "五华水寨至华成公路改建",
                "五华县",
                "place_prefix;descriptive;typo_homophone;generic_suffix",
            ),
        ],
    ),
    M(
        "M28",
        "tourism",
        [
            ("P", "大埔县三河坝红色文化旅游区提升项目", "梅州市大埔县"),
            ("C2", "三河坝红色文化旅游区提升工程", "大埔县", "place_prefix;generic_suffix"),
            ("G1", "大埔三河坝红色旅游区提升项目", "大埔县三河镇", "place_prefix;descriptive"),
        ],
    ),
    M(
        "M29",
        "irrigation",
        [
            ("P", "蕉岭县长潭灌区续建配套与节水改造项目", "梅州市蕉岭县"),
            ("C2", "长潭灌区节水配套改造项目", "蕉岭县", "place_prefix;descriptive;reorder"),
            ("G1", "蕉岭县长潭灌区续建配套与节水改造项目", "蕉岭县", "exact"),
        ],
    ),
    M(
        "M30",
        "park",
        [
            ("P", "广东梅州高新区电子信息产业园（二期）", "梅州市梅州高新区"),
            ("C2", "梅州高新区电子信息产业园二期", "梅州高新区", "place_prefix;phase_bracket"),
            (
                "G1",
                "梅州高新技术产业园区电子信息产业园二期项目",
                "梅州高新区",
                "place_prefix;abbreviation;phase_bracket;generic_suffix",
            ),
        ],
    ),
    # ------------------------------------------------------------ 梅州 P + C2
    M(
        "M02",
        "road",
        [
            ("P", "梅州至龙川高速公路", "梅州市、河源市"),
            ("C2", "梅龙高速公路（梅州段）", "梅县区、五华县", "city_section;abbreviation", 0.55),
        ],
    ),
    M(
        "M03",
        "village",
        [
            ("P", "梅州市梅江区城北片区旧村改造项目", "梅州市梅江区"),
            ("C2", "梅江区城北片区旧村改造", "梅江区", "place_prefix;generic_suffix"),
        ],
    ),
    M(
        "M04",
        "industry",
        [
            ("P", "兴宁市叶塘镇稀土新材料产业基地", "梅州市兴宁市"),
            ("C2", "兴宁稀土新材料产业基地(叶塘)", "兴宁市", "place_prefix;reorder;bracket_width"),
        ],
    ),
    M(
        "M05",
        "food",
        [
            ("P", "平远县大柘镇油茶精深加工项目", "梅州市平远县"),
            ("C2", "平远大柘油茶精深加工建设项目", "平远县", "place_prefix;generic_suffix"),
        ],
    ),
    M(
        "M06",
        "tourism",
        [
            ("P", "丰顺县汤坑温泉旅游度假区提升工程", "梅州市丰顺县"),
            ("C2", "丰顺汤坑温泉度假区提升改造项目", "丰顺县", "place_prefix;descriptive;generic_suffix"),
        ],
    ),
    M(
        "M07",
        "culture",
        [
            ("P", "梅州市客家文化艺术中心", "梅州市梅江区"),
            ("C2", "梅州客家文化艺术中心建设项目", "梅江区", "place_prefix;generic_suffix"),
        ],
    ),
    M(
        "M08",
        "univ",
        [
            ("P", "梅州嘉应师范高等专科学校新校区一期工程", "梅州市梅县区"),
            (
                "C2",
                "嘉应师专新校区（一期）",
                "梅县区",
                "place_prefix;abbreviation;phase_bracket;generic_suffix",
            ),
        ],
    ),
    M(
        "M09",
        "pumped",
        [
            ("P", "五华县龙颈抽水蓄能电站项目", "梅州市五华县"),
            ("C2", "五华龙颈抽水蓄能电站", "五华县", "place_prefix;generic_suffix"),
        ],
    ),
    M(
        "M10",
        "water",
        [
            ("P", "梅州市城区供水管网改造提升工程", "梅州市"),
            (
                "C2",
                "梅州中心城区供水管网提升改造项目",
                "梅江区、梅县区",
                "descriptive;reorder;generic_suffix",
            ),
        ],
    ),
    M(
        "M11",
        "industry",
        [
            ("P", "广梅产业园新型显示材料项目", "梅州市梅江区"),
            ("C2", "广州（梅州）产业转移工业园新型显示材料项目", "广梅产业园", "abbreviation"),
        ],
    ),
    M(
        "M12",
        "industry",
        [
            ("P", "大埔县陶瓷产业园智能化改造项目", "梅州市大埔县"),
            ("C2", "大埔高陂陶瓷产业园智能化技改项目", "大埔县高陂镇", "place_prefix;synonym"),
        ],
    ),
    M(
        "M13",
        "agri",
        [
            ("P", "梅县区金柚现代农业产业园建设项目", "梅州市梅县区"),
            ("C2", "梅县金柚现代农业产业园（二期）", "梅县区", "place_prefix;part_of_whole", 0.5),
        ],
    ),
    # ------------------------------------------------------------ 梅州 P + G1
    M(
        "M14",
        "logistics",
        [
            ("P", "梅州国际陆港物流园（一期）", "梅州市梅县区"),
            ("G1", "梅州国际陆港物流园一期工程", "梅县区", "phase_bracket;generic_suffix"),
        ],
    ),
    M(
        "M15",
        "hospital",
        [
            ("P", "兴宁市人民医院传染病大楼建设项目", "梅州市兴宁市"),
            ("G1", "兴宁市人民医院传染病综合大楼建设工程", "兴宁市", "descriptive;generic_suffix"),
        ],
    ),
    M(
        "M16",
        "industry",
        [
            ("P", "丰顺县汤西镇电声产业园项目", "梅州市丰顺县"),
            ("G1", "丰顺电声产业园（汤西）建设项目", "丰顺县汤西镇", "place_prefix;reorder;generic_suffix"),
        ],
    ),
    M(
        "M17",
        "tourism",
        [
            ("P", "梅州市梅县区雁洋镇文旅综合体项目", "梅州市梅县区"),
            ("G1", "雁洋文旅综合体", "梅县区雁洋镇", "place_prefix;generic_suffix"),
        ],
    ),
    M(
        "M18",
        "industry",
        [
            ("P", "蕉岭县水泥产业绿色低碳技改项目", "梅州市蕉岭县"),
            ("G1", "蕉岭县水泥行业绿色低碳技术改造项目", "蕉岭县", "synonym;abbreviation"),
        ],
    ),
    M(
        "M19",
        "school",
        [
            ("P", "梅州市梅江区江南新城学校建设项目", "梅州市梅江区"),
            ("G1", "梅江区江南新城九年一贯制学校", "梅江区", "place_prefix;descriptive;generic_suffix"),
        ],
    ),
    M(
        "M20",
        "solar",
        [
            ("P", "五华县华城镇光伏发电项目（100MW）", "梅州市五华县"),
            ("G1", "五华县华城10万千瓦光伏发电项目", "五华县华城镇", "place_prefix;numeral_unit;reorder"),
        ],
        desc="建设光伏组件阵列及110千伏升压站，装机容量100MW",
    ),
    # ------------------------------------------------------------ 梅州 C2 + G1 (no provincial row)
    M(
        "M21",
        "gallery",
        [
            ("C2", "梅江区金燕大道综合管廊工程", "梅江区"),
            ("G1", "梅州市金燕大道地下综合管廊项目", "梅江区", "place_prefix;descriptive;generic_suffix"),
        ],
    ),
    M(
        "M22",
        "food",
        [
            ("C2", "梅县区程江镇预制菜产业园", "梅县区"),
            ("G1", "梅县区程江镇预制菜产业园", "梅县区程江镇", "exact"),
        ],
    ),
    M(
        "M23",
        "river",
        [
            ("C2", "兴宁市宁江河生态治理工程", "兴宁市"),
            ("G1", "兴宁宁江河流域综合治理工程", "兴宁市", "place_prefix;synonym;descriptive"),
        ],
    ),
    M(
        "M24",
        "sport",
        [
            ("C2", "梅州市体育中心游泳馆建设项目", "梅江区"),
            ("G1", "梅州体育中心游泳跳水馆", "梅江区", "place_prefix;descriptive;generic_suffix"),
        ],
    ),
    M(
        "M25",
        "park",
        [
            ("C2", "平远县稀土高效利用产业园（一期）", "平远县"),
            ("G1", "平远稀土高效利用产业园一期项目", "平远县", "place_prefix;phase_bracket;generic_suffix"),
        ],
    ),
    # ------------------------------------------------------------ 东莞 (P + G2)
    M(
        "D01",
        "industry",
        [
            ("P", "松山湖高端电子材料产业基地项目", "东莞市松山湖"),
            ("G2", "东莞松山湖高端电子材料产业基地", "松山湖", "place_prefix;generic_suffix"),
        ],
    ),
    M(
        "D02",
        "park",
        [
            ("P", "东莞滨海湾新区海洋装备产业园（一期）", "东莞市滨海湾新区"),
            (
                "G2",
                "滨海湾新区海洋装备产业园(一期)项目",
                "滨海湾新区",
                "place_prefix;bracket_width;generic_suffix",
            ),
        ],
    ),
    M(
        "D03",
        "river",
        [
            ("P", "东莞市麻涌镇水乡生态修复提升工程", "东莞市麻涌镇"),
            ("G2", "麻涌水乡生态修复提升项目", "麻涌镇", "place_prefix;generic_suffix"),
        ],
    ),
    M(
        "D04",
        "rail",
        [
            ("P", "东莞市城市轨道交通3号线一期工程", "东莞市"),
            ("G2", "东莞地铁三号线（一期）", "东莞市", "synonym;numeral_unit;phase_bracket;generic_suffix"),
        ],
    ),
    M(
        "D05",
        "industry",
        [
            ("P", "华创电子（东莞）有限公司智能终端生产基地项目", "东莞市塘厦镇"),
            ("G2", "华创电子智能终端东莞生产基地", "塘厦镇", "company_prefix;reorder"),
        ],
    ),
    M(
        "D06",
        "hospital",
        [
            ("P", "东莞市第九人民医院新院区建设项目", "东莞市"),
            ("G2", "东莞市第九人民医院新院区建设项目", "东莞市", "exact"),
        ],
    ),
    M(
        "D07",
        "port",
        [
            ("P", "东莞港沙田港区集装箱码头五期工程", "东莞市沙田镇"),
            ("G2", "沙田港区集装箱码头5期", "沙田镇", "place_prefix;numeral_unit;generic_suffix"),
        ],
    ),
    M(
        "D08",
        "industry",
        [
            ("P", "东莞市厚街镇家具产业升级示范园", "东莞市厚街镇"),
            ("G2", "厚街镇家具产业转型升级示范园项目", "厚街镇", "place_prefix;descriptive;generic_suffix"),
        ],
    ),
    M(
        "D09",
        "industry",
        [
            ("P", "东莞市大朗镇毛织产业总部基地项目", "东莞市大朗镇"),
            ("G2", "大朗镇毛纺织产业总部基地", "大朗镇", "place_prefix;synonym;generic_suffix"),
        ],
    ),
    M(
        "D10",
        "dc",
        [
            ("P", "东莞市长安镇智算中心建设项目", "东莞市长安镇"),
            ("G2", "长安镇人工智能算力中心项目", "长安镇", "place_prefix;synonym"),
        ],
    ),
    M(
        "D11",
        "flood",
        [
            ("P", "东莞市石龙镇东江堤防加固达标工程", "东莞市石龙镇"),
            ("G2", "石龙东江堤防达标加固工程", "石龙镇", "place_prefix;reorder"),
        ],
    ),
    M(
        "D12",
        "park",
        [
            ("P", "东莞市谢岗镇银瓶创新区基础设施配套项目", "东莞市谢岗镇"),
            ("G2", "银屏创新区基础设施配套工程", "谢岗镇", "place_prefix;typo_homophone;generic_suffix"),
        ],
    ),
    M(
        "D13",
        "storage",
        [
            ("P", "东莞市新型储能电站示范项目（凤岗）", "东莞市凤岗镇"),
            ("G2", "凤岗镇100MW/200MWh新型储能电站示范项目", "凤岗镇", "place_prefix;reorder;descriptive"),
        ],
        desc="建设100MW/200MWh电化学储能系统及110千伏升压站",
    ),
    M(
        "D14",
        "univ",
        [
            ("P", "东莞城市职业技术学院新校区建设项目", "东莞市"),
            ("G2", "东莞城市职院新校区", "东莞市", "abbreviation;generic_suffix"),
        ],
    ),
    M(
        "D15",
        "renewal",
        [
            ("P", "东莞市寮步镇香市科技产业园城市更新项目", "东莞市寮步镇"),
            ("G2", "寮步香市科技产业园更新改造项目", "寮步镇", "place_prefix;synonym"),
        ],
    ),
    M(
        "D16",
        "expressway",
        [
            ("P", "深莞凤平快速通道工程", "深圳市、东莞市"),
            ("G2", "凤平快速通道东莞段", "凤岗镇", "city_section;place_prefix;generic_suffix", 0.4),
        ],
    ),
    # ------------------------------------------------------------ 中山 (P + S)
    M(
        "N01",
        "biomed",
        [
            ("P", "中山翠亨新区生物医药产业园（一期）", "中山市翠亨新区"),
            ("S", "翠亨新区生物医药产业园(一期)", "翠亨新区", "place_prefix;bracket_width"),
        ],
    ),
    M(
        "N02",
        "industry",
        [
            ("P", "中山市小榄镇智能照明产业基地项目", "中山市小榄镇"),
            ("S", "欧耀照明小榄智能照明产业基地项目", "小榄镇", "company_prefix;place_prefix"),
        ],
    ),
    M(
        "N03",
        "park",
        [
            ("P", "中山市古镇镇灯饰总部经济区建设项目", "中山市古镇镇"),
            ("S", "古镇灯饰总部经济区", "古镇镇", "place_prefix;generic_suffix"),
        ],
    ),
    M(
        "N04",
        "biomed",
        [
            ("P", "中山火炬开发区高端医疗器械产业园", "中山市火炬开发区"),
            (
                "S",
                "中山火炬高技术产业开发区高端医疗器械产业园项目",
                "火炬开发区",
                "abbreviation;generic_suffix",
            ),
        ],
    ),
    M(
        "N05",
        "industry",
        [
            ("P", "中山市坦洲镇新型储能电池制造基地", "中山市坦洲镇"),
            ("S", "坦洲新型储能电池生产基地项目", "坦洲镇", "place_prefix;synonym;generic_suffix"),
        ],
    ),
    M(
        "N06",
        "semi",
        [
            ("P", "中山三角镇半导体封装测试项目", "中山市三角镇"),
            ("S", "三角镇半导体封测项目", "三角镇", "place_prefix;abbreviation"),
        ],
    ),
    M(
        "N07",
        "tourism",
        [
            ("P", "中山市南朗街道滨海文旅综合体项目", "中山市南朗街道"),
            ("S", "南朗滨海文化旅游综合体", "南朗街道", "place_prefix;abbreviation;generic_suffix"),
        ],
    ),
    M(
        "N08",
        "food",
        [
            ("P", "中山市黄圃镇食品产业园扩建项目", "中山市黄圃镇"),
            ("S", "黄圃腊味食品产业园扩建", "黄圃镇", "place_prefix;descriptive;generic_suffix"),
        ],
    ),
    M(
        "N09",
        "industry",
        [
            ("P", "宏达家电中山东凤生产基地技改项目", "中山市东凤镇"),
            (
                "S",
                "宏达家电（中山）有限公司东凤生产基地技术改造项目",
                "东凤镇",
                "company_prefix;abbreviation",
            ),
        ],
    ),
    M(
        "N10",
        "park",
        [
            ("P", "中山市民众街道高端装备制造产业园", "中山市民众街道"),
            ("S", "中山市民众街道高端装备制造产业园", "民众街道", "exact"),
        ],
    ),
]


FILLERS = [
    # ================================================================ P — 湛江
    F(
        "P",
        "湛江经开区东海岛石化产业园区污水处理厂工程",
        "湛江市湛江经开区",
        "sewage",
        [("Z05@P", "different_facility")],
    ),
    F(
        "P",
        "湛江徐闻西海上风电项目（40万千瓦）",
        "湛江市徐闻县",
        "wind",
        [("Z12@P", "different_site")],
        desc="规划装机容量40万千瓦，建设海上风电机组、海上升压站及送出工程",
    ),
    F("P", "湛江滨海技师学院新校区二期工程", "湛江市麻章区", "school", [("Z15@P", "different_facility")]),
    F(
        "P",
        "湛江港霞山港区通用码头智能化改造工程",
        "湛江市霞山区",
        "port",
        [("Z20@P", "different_facility")],
        desc="对现有通用泊位及堆场实施智能化改造，新增自动化装卸设备",
    ),
    F("P", "湛江南海生物医药创新中心建设项目", "湛江市麻章区", "biomed"),
    F("P", "湛江市坡头区南三岛滨海旅游度假区基础设施项目", "湛江市坡头区", "tourism"),
    F("P", "徐闻县菠萝精深加工产业园项目", "湛江市徐闻县", "food"),
    F("P", "湛江临港保税物流中心项目", "湛江市霞山区", "logistics"),
    F("P", "湛江市麻章区氢能重卡加氢站网络项目", "湛江市麻章区", "hydrogen"),
    F("P", "湛江市坡头区官渡片区老旧小区改造项目", "湛江市坡头区", "oldcomm"),
    F("P", "湛江大数据产业园数据中心项目", "湛江市麻章区", "dc"),
    F("P", "遂溪县生物质热电联产项目", "湛江市遂溪县", "biomass"),
    F("P", "雷州市乌石镇海水养殖产业园项目", "湛江市雷州市", "agri"),
    F("P", "湛江市海东新区全民健身中心项目", "湛江市坡头区", "sport"),
    F("P", "廉江市红橙种植标准化基地建设项目", "湛江市廉江市", "agri"),
    F("P", "湛江市霞山区对虾种苗繁育基地项目", "湛江市霞山区", "agri"),
    F("P", "湛江市麻章区新能源汽车零部件产业园", "湛江市麻章区", "industry"),
    # P — 茂名 (neighbour)
    F("P", "茂名至阳江滨海快速通道工程", "茂名市、阳江市", "road", [("Z17@P", "cross_city")]),
    F("P", "化州市羽绒制品产业园建设项目", "茂名市化州市", "industry", [("Z19@P", "cross_city")]),
    F("P", "茂名高新区石化新材料产业园", "茂名市茂名高新区", "park"),
    # ================================================================ P — 梅州
    F("P", "大埔县百侯古镇文化旅游区提升项目", "梅州市大埔县", "tourism", [("M28@P", "different_site")]),
    F("P", "五华县龙颈水库扩建工程", "梅州市五华县", "reservoir", [("M09@P", "different_facility")]),
    F("P", "平远县稀土高效利用产业园配套道路工程", "梅州市平远县", "street", [("M25@C2", "different_scope")]),
    F("P", "蕉岭县长潭水库除险加固工程", "梅州市蕉岭县", "reservoir", [("M29@P", "different_facility")]),
    F("P", "大埔县蜜柚现代农业产业园建设项目", "梅州市大埔县", "agri", [("M13@P", "different_product")]),
    F(
        "P",
        "梅州市城市生活垃圾焚烧发电二期项目",
        "梅州市梅县区",
        "waste",
        [("C1:湛江市生活垃圾焚烧发电扩建项目", "cross_city")],
    ),
    F("P", "梅州市区环城路提升改造工程", "梅州市梅江区", "street"),
    F("P", "梅州市客都中学新校区建设项目", "梅州市梅江区", "school"),
    F("P", "五华县长乐烧酒产业园项目", "梅州市五华县", "food"),
    F("P", "丰顺县韩江流域水环境综合治理工程", "梅州市丰顺县", "river"),
    F("P", "梅州至平远220千伏输变电工程", "梅州市平远县", "grid"),
    F("P", "梅州市客家围龙屋保护利用示范项目", "梅州市梅县区", "culture"),
    F("P", "蕉岭县富硒农产品加工园", "梅州市蕉岭县", "food"),
    F("P", "平远县五指石景区游客服务中心及栈道工程", "梅州市平远县", "tourism"),
    F("P", "兴宁市鞋业产业园", "梅州市兴宁市", "industry"),
    F("P", "梅州铜箔新材料扩产项目", "梅州市梅县区", "industry"),
    F("P", "梅县机场航站区改扩建工程", "梅州市梅县区", "airport"),
    # P — neighbours of 梅州 and 云浮 cross-city near names
    F("P", "和平县稀土新材料产业基地", "河源市和平县", "industry", [("M04@P", "cross_city")]),
    F("P", "揭西县坪上温泉旅游度假区提升工程", "揭阳市揭西县", "tourism", [("M06@P", "cross_city")]),
    F("P", "潮州市枫溪陶瓷产业园智能化改造项目", "潮州市潮安区", "industry", [("M12@P", "cross_city")]),
    F("P", "新兴县人民医院传染病大楼建设项目", "云浮市新兴县", "hospital", [("M15@P", "cross_city")]),
    F("P", "新兴县预制菜产业园", "云浮市新兴县", "food", [("M22@C2", "cross_city")]),
    F("P", "龙川县霍山景区索道工程", "河源市龙川县", "tourism"),
    # ================================================================ P — 东莞
    F(
        "P",
        "东莞滨海湾新区海洋装备产业园（二期）",
        "东莞市滨海湾新区",
        "park",
        [("D02@P", "different_phase")],
        years=(2026, 2029),
        nature="预备",
    ),
    F(
        "P",
        "东莞市城市轨道交通3号线二期工程",
        "东莞市",
        "rail",
        [("D04@G2", "different_phase"), ("D04@P", "different_phase")],
        years=(2026, 2031),
        nature="预备",
    ),
    F(
        "P",
        "东莞港沙田港区集装箱码头四期工程",
        "东莞市沙田镇",
        "port",
        [("D07@P", "different_phase")],
        years=(2022, 2025),
        nature="续建",
    ),
    F(
        "P",
        "东莞市大朗镇毛织产业智能仓储物流中心项目",
        "东莞市大朗镇",
        "logistics",
        [("D09@P", "different_facility")],
    ),
    F("P", "东莞市石碣镇东江堤防加固达标工程", "东莞市石碣镇", "flood", [("D11@P", "different_site")]),
    F("P", "东莞市新型储能电站示范项目（清溪）", "东莞市清溪镇", "storage", [("D13@P", "different_site")]),
    F("P", "东莞市黄江镇半导体封装测试项目", "东莞市黄江镇", "semi", [("N06@P", "cross_city")]),
    F("P", "东莞市东城街道牛山片区城市更新项目", "东莞市东城街道", "renewal"),
    F("P", "东莞市中堂镇造纸产业绿色化改造项目", "东莞市中堂镇", "industry"),
    F("P", "东莞市常平镇综合物流枢纽项目", "东莞市常平镇", "logistics"),
    F("P", "东莞市虎门镇服装电商直播基地", "东莞市虎门镇", "industry"),
    F("P", "东莞市茶山镇烘焙食品智能工厂项目", "东莞市茶山镇", "food"),
    F("P", "东莞国际商务区地下空间工程", "东莞市南城街道", "gallery"),
    F("P", "东莞市水库群联网供水工程", "东莞市", "water"),
    F("P", "松山湖创新药研发生产中心项目", "东莞市松山湖", "biomed"),
    F("P", "东莞市高埗镇氢燃料电池系统生产项目", "东莞市高埗镇", "industry"),
    F("P", "东莞市东部中心医院扩建工程", "东莞市常平镇", "hospital"),
    # P — neighbours of 东莞
    F("P", "华创电子智能终端中山生产基地项目", "中山市南头镇", "industry", [("D05@G2", "cross_city")]),
    F("P", "惠州市仲恺高新区高端电子材料产业基地", "惠州市仲恺高新区", "industry", [("D01@P", "cross_city")]),
    # ================================================================ P — 中山
    F(
        "P",
        "中山市古镇镇灯饰博览中心改扩建项目",
        "中山市古镇镇",
        "culture",
        [("N03@P", "different_facility")],
    ),
    F(
        "P",
        "中山火炬开发区高端装备产业园",
        "中山市火炬开发区",
        "park",
        [("N04@P", "different_product"), ("N10@P", "different_site")],
    ),
    F("P", "中山市南头镇食品产业园扩建项目", "中山市南头镇", "food", [("N08@P", "different_site")]),
    F("P", "中山科技职业学院新校区建设项目", "中山市", "univ", [("D14@P", "cross_city")]),
    F("P", "中山市北部快速干线工程", "中山市", "expressway"),
    F("P", "中山至江门大道改扩建工程", "中山市、江门市", "expressway"),
    F("P", "中山市大涌镇红木家具智能制造中心项目", "中山市大涌镇", "industry"),
    F("P", "中山市沙溪镇休闲服装产业数字化改造项目", "中山市沙溪镇", "industry"),
    F("P", "中山市第三人民医院精神卫生中心扩建工程", "中山市", "hospital"),
    F(
        "P",
        "中山市五桂山生态保护与修复工程",
        "中山市五桂山",
        "river",
        desc="实施山体生态修复约1200公顷，开展森林质量提升及水源涵养林建设",
    ),
    F("P", "中山市岐江河沿岸景观提升工程", "中山市", "river"),
    F("P", "中山市港口镇游戏游艺设备产业园", "中山市港口镇", "industry"),
    F("P", "中山市阜沙镇精细化工园区升级改造项目", "中山市阜沙镇", "industry"),
    F("P", "中山市板芙镇智能家居产业园", "中山市板芙镇", "industry"),
    F("P", "中山市三乡镇平岚片区产城融合项目", "中山市三乡镇", "renewal"),
    F("P", "中山市西区中小学扩容提质工程", "中山市西区", "school"),
    F(
        "P",
        "中山港马鞍港区集装箱码头改造工程",
        "中山市火炬开发区",
        "port",
        desc="改造现有集装箱泊位2个，升级堆场及装卸设备",
    ),
    F("P", "中山市天然气高压管道三期工程", "中山市", "gas"),
    F("P", "中山市翠亨新区算力中心项目", "中山市翠亨新区", "dc"),
    # P — neighbours of 中山
    F("P", "珠海市斗门区新型储能电池制造基地", "珠海市斗门区", "industry", [("N05@P", "cross_city")]),
    F("P", "江门市新会区陈皮产业园", "江门市新会区", "food"),
    # ================================================================ P — 阳江
    F(
        "P",
        "阳江三山岛海上风电项目（一期）",
        "阳江市",
        "wind",
        desc="规划装机容量50万千瓦，建设海上风电机组、海上升压站及送出工程",
        years=(2023, 2026),
    ),
    F(
        "P",
        "阳江三山岛海上风电项目（二期）",
        "阳江市",
        "wind",
        [("P:阳江三山岛海上风电项目（一期）", "different_phase")],
        desc="规划装机容量50万千瓦，建设海上风电机组及配套送出工程",
        years=(2025, 2028),
    ),
    F("P", "阳江高新区合金材料产业园扩建项目", "阳江市高新区", "industry"),
    F("P", "阳江市阳东区五金刀剪产业园", "阳江市阳东区", "industry"),
    F("P", "阳春市潭水镇马水桔产业园", "阳江市阳春市", "agri"),
    F("P", "海陵岛旅游基础设施提升工程", "阳江市海陵岛试验区", "tourism"),
    F("P", "阳西县程村镇蚝业产业园", "阳江市阳西县", "agri"),
    F("P", "阳江市老年病医院建设项目", "阳江市江城区", "hospital"),
    F("P", "阳春至罗定高速公路", "阳江市、云浮市", "road"),
    F("P", "阳江技师学院扩建工程", "阳江市江城区", "school"),
    F("P", "漠阳江中下游防洪治理工程", "阳江市", "flood"),
    F("P", "阳江高新区海上风电制氢示范项目", "阳江市高新区", "hydrogen"),
    F("P", "阳江风电装备制造产业园（三期）", "阳江市阳东区", "industry"),
    F("P", "阳西县沙扒湾渔港综合整治工程", "阳江市阳西县", "fishport"),
    F("P", "阳江市江城区城市污水处理厂三期工程", "阳江市江城区", "sewage"),
    F("P", "阳春市春砂仁种植加工基地项目", "阳江市阳春市", "agri"),
    F("P", "阳江港海陵湾港区吉树作业区散货码头工程", "阳江市阳西县", "port"),
    # ================================================================ P — 云浮
    F("P", "云浮市云城区石材产业园升级改造项目", "云浮市云城区", "industry"),
    F("P", "罗定市肉桂产业融合发展项目", "云浮市罗定市", "agri"),
    F("P", "郁南县黄皮酒酿造厂项目", "云浮市郁南县", "food"),
    F("P", "云浮市氢能产业基地（一期）", "云浮市云安区", "hydrogen"),
    F("P", "云浮新区金属智造产业园", "云浮市云城区", "park"),
    F("P", "云浮港都骑作业区码头工程", "云浮市云安区", "port"),
    F("P", "罗定至信宜高速公路", "云浮市、茂名市", "road", [("P:阳春至罗定高速公路", "different_facility")]),
    F("P", "云浮市中医院扩建工程", "云浮市云城区", "hospital"),
    F("P", "云安区六都镇硫化工产业升级项目", "云浮市云安区", "industry"),
    F("P", "郁南县南江流域综合治理工程", "云浮市郁南县", "river", [("M23@G1", "cross_city")]),
    F("P", "罗定市城乡供水一体化工程", "云浮市罗定市", "water"),
    F("P", "新兴县六祖故里禅修康养小镇项目", "云浮市新兴县", "tourism"),
    # ================================================================ C1 — 湛江市计划
    F("C1", "湛江至徐闻高速公路徐闻港连接线工程", "徐闻县", "street", [("Z01@P", "different_scope")]),
    F(
        "C1",
        "吴川机场高速一期工程",
        "吴川市",
        "road",
        [("Z02@C1", "different_phase")],
        years=(2021, 2025),
        nature="续建",
    ),
    F(
        "C1",
        "徐闻港区南山作业区旅客候船综合楼项目",
        "徐闻县",
        "port",
        [("Z03@C1", "different_facility")],
        desc="新建旅客候船综合楼约1.2万平方米及站前广场等配套设施",
    ),
    F(
        "C1",
        "湛江钢铁东海岛绿色低碳冶金示范项目二期工程",
        "湛江经开区",
        "heavy",
        [("Z04@C1", "different_phase")],
        years=(2026, 2029),
        nature="预备",
    ),
    F("C1", "廉江市横山镇污水处理厂扩建及配套管网工程", "廉江市", "sewage", [("Z06@C1", "different_site")]),
    F(
        "C1",
        "湛江市第二人民医院新院区建设项目",
        "霞山区",
        "hospital",
        [("Z07@C1", "different_facility"), ("D06@P", "cross_city")],
    ),
    F(
        "C1",
        "雷州市南渡河片区二万亩高标准农田建设项目",
        "雷州市",
        "farm",
        [("Z08@P", "different_site")],
        desc="建设高标准农田2万亩，配套灌排渠系及田间道路",
    ),
    F(
        "C1",
        "湛江海洋科技产业园二期项目",
        "坡头区",
        "park",
        [("Z09@C1", "different_phase")],
        years=(2025, 2028),
    ),
    F("C1", "雷州青年运河东海河段整治工程", "雷州市", "river", [("Z11@C1", "different_facility")]),
    F(
        "C1",
        "南海新材料（湛江）有限公司高端聚烯烃项目",
        "湛江经开区",
        "heavy",
        [("Z13@C1", "different_product")],
    ),
    F(
        "C1",
        "奋勇高新区智能装备产业基地建设项目",
        "奋勇高新区",
        "industry",
        [("Z14@C1", "different_product")],
    ),
    F("C1", "赤坎区海滨片区城市更新项目", "赤坎区", "renewal", [("Z16@P", "different_site")]),
    F("C1", "湛江市第一中学坡头校区建设项目", "坡头区", "school", [("Z18@P", "different_site")]),
    F("C1", "雷州半岛南部供水工程", "雷州市、徐闻县", "water", [("Z22@P", "different_site")]),
    F("C1", "遂溪县岭南特色水果交易市场项目", "遂溪县", "logistics", [("Z10@P", "different_facility")]),
    F("C1", "湛江市金沙湾智慧停车场建设项目", "赤坎区", "parking"),
    F("C1", "麻章区湖光镇农贸市场改造项目", "麻章区", "market"),
    F("C1", "坡头区乾塘镇美丽圩镇建设项目", "坡头区", "village"),
    F("C1", "湛江市城区排水防涝能力提升工程", "湛江市", "flood"),
    F("C1", "吴川市吴阳镇海堤加固工程", "吴川市", "flood"),
    F("C1", "徐闻县下桥镇良姜产业园项目", "徐闻县", "agri"),
    F("C1", "湛江市妇幼保健院门诊综合楼项目", "赤坎区", "hospital"),
    F("C1", "湛江市博物馆新馆建设项目", "赤坎区", "culture"),
    F("C1", "遂溪县城北新区道路网工程", "遂溪县", "street"),
    F("C1", "湛江经开区东简街道安置区建设项目", "湛江经开区", "housing"),
    F("C1", "雷州市西湖片区历史文化街区活化利用项目", "雷州市", "culture"),
    F("C1", "湛江市实验小学扩建工程", "霞山区", "school"),
    F("C1", "湛江市生活垃圾焚烧发电扩建项目", "麻章区", "waste"),
    F("C1", "廉江市九洲江流域生态修复工程", "廉江市", "river"),
    F(
        "C1",
        "湛江港宝满港区集装箱码头堆场扩建工程",
        "霞山区",
        "port",
        desc="扩建集装箱堆场约18万平方米，配套建设闸口及道路设施",
    ),
    # ================================================================ C2 — 梅州市计划
    F("C2", "梅县区畲江镇新能源电池回收利用项目", "梅县区", "industry", [("M01@C2", "different_facility")]),
    F("C2", "梅州市中医医院新院区二期工程", "梅江区", "hospital", [("M26@C2", "different_facility")]),
    F(
        "C2",
        "梅州高新区电子信息产业园配套人才公寓项目",
        "梅州高新区",
        "housing",
        [("M30@C2", "different_scope")],
    ),
    F("C2", "梅大高速公路东延线（梅州段）", "大埔县", "road", [("M02@C2", "different_facility")]),
    F("C2", "梅江区城南片区旧村改造项目", "梅江区", "village", [("M03@C2", "different_site")]),
    F("C2", "平远县仁居镇油茶高产示范基地项目", "平远县", "agri", [("M05@P", "different_facility")]),
    F("C2", "梅州市客家文化公园建设项目", "梅江区", "culture", [("M07@C2", "different_facility")]),
    F("C2", "梅州嘉应师范高等专科学校新校区二期工程", "梅县区", "univ", [("M08@P", "different_phase")]),
    F("C2", "梅州市城区污水管网改造提升工程", "梅江区、梅县区", "sewage", [("M10@P", "different_facility")]),
    F(
        "C2",
        "梅州国际陆港物流园二期工程",
        "梅县区",
        "logistics",
        [("M14@G1", "different_phase")],
        years=(2026, 2029),
        nature="预备",
    ),
    F("C2", "蕉岭县水泥窑协同处置固废项目", "蕉岭县", "waste", [("M18@P", "different_facility")]),
    F("C2", "梅州市梅江区江北新城学校建设项目", "梅江区", "school", [("M19@P", "different_site")]),
    F("C2", "梅州市体育中心全民健身馆建设项目", "梅江区", "sport", [("M24@C2", "different_facility")]),
    F("C2", "梅县区松口古镇保护提升项目", "梅县区", "tourism"),
    F("C2", "梅州市城区公共停车场建设项目", "梅江区", "parking"),
    F("C2", "梅江区长沙镇乡村振兴示范带建设项目", "梅江区", "village"),
    F("C2", "兴宁市罗浮镇农村生活污水治理项目", "兴宁市", "ruralsewage"),
    F("C2", "五华县横陂镇农田水利设施提升项目", "五华县", "irrigation"),
    F("C2", "丰顺县留隍镇潮客小镇建设项目", "丰顺县", "tourism"),
    F("C2", "大埔县西河镇北塘村传统村落保护项目", "大埔县", "village"),
    F("C2", "平远县城东工业园标准厂房建设项目", "平远县", "industry"),
    F("C2", "蕉岭县长寿养生康养基地项目", "蕉岭县", "tourism"),
    F("C2", "梅州市妇幼保健院儿童医院建设项目", "梅江区", "hospital"),
    F("C2", "梅州市档案馆新馆建设项目", "梅江区", "culture"),
    F("C2", "梅州西站综合交通枢纽工程", "梅县区", "hub"),
    F("C2", "梅江区芹洋半岛滨水公园项目", "梅江区", "tourism"),
    F("C2", "梅县区石扇镇生态茶园建设项目", "梅县区", "agri"),
    F("C2", "兴宁市宁新街道老旧小区改造项目", "兴宁市", "oldcomm"),
    F("C2", "梅州市应急物资储备库建设项目", "梅江区", "public"),
    # ================================================================ G1 — 梅州一季度开工
    F("G1", "五华县水寨至安流公路改建工程", "五华县", "street", [("M27@C2", "different_site")]),
    F("G1", "广梅产业园新型电子元器件项目", "梅江区", "industry", [("M11@P", "different_product")]),
    F("G1", "梅县区雁洋镇金柚加工物流园项目", "梅县区雁洋镇", "logistics", [("M13@P", "different_facility")]),
    F("G1", "丰顺县汤南镇电声产业园项目", "丰顺县汤南镇", "industry", [("M16@P", "different_site")]),
    F("G1", "五华县岐岭镇光伏发电项目（100MW）", "五华县岐岭镇", "solar", [("M20@P", "different_site")]),
    F("G1", "梅州市彬芳大道综合管廊工程", "梅江区", "gallery", [("M21@C2", "different_site")]),
    F(
        "G1",
        "大埔县茶阳镇蜜柚仓储冷链中心",
        "大埔县茶阳镇",
        "logistics",
        [("P:大埔县蜜柚现代农业产业园建设项目", "different_facility")],
    ),
    F("G1", "梅州高新区锂电池隔膜项目", "梅州高新区", "industry"),
    F("G1", "兴宁市罗岗镇客家美食小镇", "兴宁市罗岗镇", "tourism"),
    F("G1", "梅县区扶大高新区精密模具项目", "梅县区", "smallind"),
    F("G1", "丰顺县八乡山镇生态旅游项目", "丰顺县", "tourism"),
    F("G1", "平远县石正镇农产品加工中心", "平远县", "food"),
    F("G1", "蕉岭县新铺镇竹木制品厂", "蕉岭县", "smallind"),
    F("G1", "梅江区金山街道社区卫生服务中心", "梅江区", "clinic"),
    F("G1", "五华县转水镇建筑砌块生产线项目", "五华县", "smallind"),
    F(
        "G1",
        "梅州市城区公交首末站及充电站建设项目",
        "梅江区",
        "charging",
        [("C2:梅州市城区公共停车场建设项目", "different_facility")],
    ),
    F("G1", "梅县区南口镇侨乡村民宿集群项目", "梅县区", "tourism"),
    F("G1", "梅江区人才安居房项目", "梅江区", "housing"),
    F("G1", "兴宁市径南镇生猪养殖基地", "兴宁市", "agri"),
    F("G1", "梅州市特殊教育学校扩建项目", "梅江区", "school"),
    F("G1", "平远县热水镇矿泉水生产线项目", "平远县", "smallind"),
    F("G1", "蕉岭县三圳镇生物质燃料加工厂", "蕉岭县", "smallind"),
    F("G1", "大埔县湖寮镇城区道路提升工程", "大埔县", "street"),
    F("G1", "梅州综合保税区跨境电商产业园", "梅县区", "logistics"),
    # ================================================================ G2 — 东莞二季度开工
    F("G2", "松山湖高端电子元器件产业基地项目", "松山湖", "industry", [("D01@G2", "different_product")]),
    F("G2", "东莞市第七人民医院新院区建设项目", "东莞市", "hospital", [("D06@G2", "different_facility")]),
    F("G2", "大岭山镇家具产业升级示范园项目", "大岭山镇", "industry", [("D08@P", "different_site")]),
    F("G2", "东莞市塘厦镇智算中心建设项目", "塘厦镇", "dc", [("D10@P", "different_site")]),
    F("G2", "银瓶创新区科技企业孵化器项目", "谢岗镇", "industry", [("D12@P", "different_facility")]),
    F("G2", "东莞城市职院产教融合实训基地项目", "东莞市", "univ", [("D14@G2", "different_facility")]),
    F("G2", "寮步镇香市路沿线旧厂房改造项目", "寮步镇", "renewal", [("D15@G2", "different_site")]),
    F("G2", "洪梅镇水乡生态修复提升项目", "洪梅镇", "river", [("D03@G2", "different_site")]),
    F("G2", "东莞市万江街道滨江体育公园项目", "万江街道", "sport"),
    F("G2", "石排镇燕岭片区产业园道路工程", "石排镇", "street"),
    F("G2", "企石镇光学镜头生产基地项目", "企石镇", "industry"),
    F("G2", "东坑镇糖街商业街区提升项目", "东坑镇", "culture"),
    F("G2", "横沥镇模具产业中心扩建项目", "横沥镇", "industry"),
    F("G2", "望牛墩镇内河涌水质提升工程", "望牛墩镇", "river"),
    F("G2", "道滘镇裹蒸粽食品加工厂项目", "道滘镇", "food"),
    F("G2", "莞城街道西城楼片区微改造项目", "莞城街道", "renewal"),
    F("G2", "桥头镇环保包装材料产业园", "桥头镇", "industry"),
    F("G2", "南城街道蛤地片区人才住房项目", "南城街道", "housing"),
    F("G2", "松山湖大学创新城学生公寓项目", "松山湖", "housing"),
    F("G2", "东莞滨海湾新区交椅湾片区市政道路工程", "滨海湾新区", "street"),
    F("G2", "东莞市生活垃圾分类处理中心项目", "东莞市", "waste"),
    F("G2", "东莞市城区污水处理厂提标改造工程", "东莞市", "sewage"),
    F("G2", "东莞市中心血站新址建设项目", "东莞市", "clinic"),
    F("G2", "东莞市应急管理指挥中心建设项目", "东莞市", "public"),
    F("G2", "厚街镇会展中心改造提升项目", "厚街镇", "culture"),
    F("G2", "东莞市新能源汽车充换电站建设项目", "东莞市", "charging"),
    # ================================================================ S — 中山签约
    F("S", "翠亨新区生物医药产业园二期项目", "翠亨新区", "biomed", [("N01@S", "different_phase")]),
    F("S", "欧耀照明横栏镇户外照明生产基地项目", "横栏镇", "industry", [("N02@S", "different_site")]),
    F("S", "三角镇半导体封装材料项目", "三角镇", "semi", [("N06@S", "different_product")]),
    F("S", "宏达家电中山南头生产基地扩建项目", "南头镇", "industry", [("N09@P", "different_site")]),
    F("S", "五桂山康养文旅综合体项目", "五桂山", "tourism", [("N07@P", "different_site")]),
    F("S", "星海新能源汽车电机电控项目", "火炬开发区", "industry"),
    F("S", "绿源科技生物可降解材料项目", "民众街道", "industry"),
    F("S", "海韵食品中央厨房项目", "阜沙镇", "food"),
    F("S", "博瑞医药中山研发生产基地项目", "翠亨新区", "biomed"),
    F("S", "金帆游艇制造基地项目", "神湾镇", "industry"),
    F("S", "晶合光电Mini LED显示模组项目", "火炬开发区", "semi"),
    F("S", "顺安智慧物流园项目", "南区街道", "logistics"),
    F("S", "远航航空零部件制造项目", "火炬开发区", "industry"),
    F("S", "恒美日化个人护理用品生产基地项目", "三乡镇", "industry"),
    F("S", "科润数控机床研发生产项目", "黄圃镇", "industry"),
    F("S", "中膜科技高性能分离膜材料项目", "坦洲镇", "industry"),
]
