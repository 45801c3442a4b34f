"""The phrasings real releases taught the reader (bench/releases.py, issue 22), each in this project's own
words: one test per pattern, so that CI holds what the real corpus measured."""

from __future__ import annotations

from decimal import Decimal

import pytest

from etl.announcements.figures import MAX_ARTICLE_CHARS, extract_figures, silence_reason


def read(text: str, **options) -> list[tuple]:
    """(scope, label, figure, value, qualifier) of every figure stored."""
    return [(f.scope_kind, f.scope_label, f.figure, f.value, f.qualifier)
            for f in extract_figures(text, **options) if f.status == "ok"]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "本批启动项目共58个，总投资约420亿元。",
        "全市共安排重大项目58个，总投资约420亿元。",
        "今年拟安排重点项目58个，总投资约420亿元。",
        "此次集中启动的新开工项目共58个，总投资约420亿元。",
    ],
)
def test_a_batch_announced_with_another_verb_is_the_batch(text):
    assert read(text)[:2] == [
        ("batch", None, "projects", 58, "exact"),
        ("batch", None, "total_investment", 4200000, "about"),
    ]


def test_one_clause_the_rules_cannot_read_spoils_only_itself():
    text = "本次开工项目共40个，总投资约300亿元，其中某某有限公司项目总投资约80亿元。"
    assert read(text) == [
        ("batch", None, "projects", 40, "exact"),
        ("batch", None, "total_investment", 3000000, "about"),
    ]
    assert [f.status for f in extract_figures(text)][-1] == "ambiguous"


def test_a_share_said_once_for_two_bases_is_two_shares():
    got = read("本次开工项目共40个，其中产业项目24个，数量占比和投资额占比均超六成。")
    assert ("sector", "产业", "share", 60, "over") in got and len([g for g in got if g[2] == "share"]) == 2


def test_a_release_without_sentence_ends_is_split_where_its_lines_were_joined():
    text = "本次开工项目共40个 总投资约300亿元 产业项目24个 总投资约180亿元"
    assert ("batch", None, "projects", 40, "exact") in read(text)
    assert ("sector", "产业", "projects", 24, "exact") in read(text)


def test_traditional_characters_read_as_simplified_and_point_into_the_original():
    text = "本次集中開工項目共40個，總投資約300億元。"
    figures = [f for f in extract_figures(text) if f.status == "ok"]
    assert [(f.figure, f.value) for f in figures] == [("projects", 40), ("total_investment", 3000000)]
    assert figures[1].text == "總投資約300億元" == text[figures[1].start : figures[1].end]


def test_government_investment_in_a_documents_name_is_no_funding_scope():
    text = "会议审议通过《某市2023年政府投资项目计划（草案）》，今年安排重点项目859个，总投资约5000亿元。"
    assert ("batch", None, "projects", 859, "exact") in read(text)
    assert not [g for g in read(text) if g[0] == "funding"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The 85 projects carry a total investment of ¥235.47B.", 23547000),
        ("The 85 projects carry a total investment of ¥3.15T.", 315000000),
        ("The 85 projects carry a total investment of RMB 329.53 billion.", 32953000),
        ("The 85 projects carry a total investment of 329.53 bn yuan.", 32953000),
    ],
)
def test_english_money_in_its_short_forms(text, value):
    assert ("batch", None, "total_investment", value, "exact") in read(text)


def test_an_implausible_batch_total_is_never_stored():
    got = read("The 85 projects carry a total investment of 235 yuan.")
    assert not [g for g in got if g[2] == "total_investment"]


def test_english_scopes_of_funding_sector_and_counts_without_the_word_projects():
    got = read("Of the 120 projects, 70 are funded by governments and 50 come from social capital.")
    assert ("funding", "政府投资", "projects", 70, "exact") in got and (
        "funding",
        "社会投资",
        "projects",
        50,
        "exact",
    ) in got
    got = read("The 300 projects include 120 aimed at upgrading modern industries, 100 focused on improving "
               "people's well-being, and 80 related to infrastructure.")  # fmt: skip
    assert {("sector", "产业", "projects", 120, "exact"), ("sector", "民生", "projects", 100, "exact"),
            ("sector", "基础设施", "projects", 80, "exact")} <= set(got)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "本次开工项目共40个。力争全年完成投资500亿元。",
        "本次开工项目共40个。今年以来，全市累计新开工项目300个，完成投资800亿元。",
        "本次开工项目共40个。1-10月，重点项目完成投资629亿元，占年度计划的97.2%。",
        "本次开工项目共40个。同日，某某区举行重大项目签约活动，签约项目25个，总投资约150亿元。",
        "本次开工项目共40个。2022年，全市新开工项目801个，总投资8767亿元。",
        "本次开工项目共40个。另外，今年全市有52个项目列入省重点建设项目，总投资约900亿元。",
    ],
)
def test_a_figure_that_is_not_the_batchs_is_never_stored_as_the_batchs(text):
    assert read(text, year=2023) == [("batch", None, "projects", 40, "exact")]


def test_several_events_in_one_sentence_are_split_by_their_verbs():
    got = {(f.event, f.value) for f in extract_figures("本次共有50个项目集中开工、12个项目竣工、8个项目签约。")
           if f.status == "ok"}  # fmt: skip
    assert got == {("groundbreaking", 50), ("completion", 12), ("signing", 8)}


def test_a_provincial_plan_release_files_the_province_as_its_batch():
    text = "今年我省安排省重点建设项目1500个，总投资约8万亿元，年度计划投资1万亿元。"
    assert read(text, province_is_batch=True) == [("batch", None, "projects", 1500, "exact"),
        ("batch", None, "total_investment", 800000000, "about"), ("batch", None, "annual_plan", 100000000, "exact")]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本次开工项目一千五百三十个。", ("projects", 1530, "exact")),
        ("本次项目总投资两千亿元。", ("total_investment", 20000000, "exact")),
        ("全省开工项目超千个。", ("projects", 1000, "over")),
        ("本次开工项目近百个。", ("projects", 100, "nearly")),
        ("本次项目总投资三千五亿元。", ("total_investment", 35000000, "exact")),
    ],
)
def test_chinese_numerals(text, expected):
    assert [g[2:] for g in read(text)] == [expected]


def test_a_long_run_of_digits_is_no_figure_and_a_long_page_is_read_to_a_bound():
    assert read("1," * 5000) == [] and read("9" * 8000) == []
    page = "本次开工项目共40个。" + "。" * MAX_ARTICLE_CHARS + "另有签约项目30个。"
    assert read(page) == [("batch", None, "projects", 40, "exact")]


def test_a_release_without_figures_says_why():
    assert silence_reason("市领导到项目现场调研。", []) == "the article states no number"
    figures = extract_figures("其中，比亚迪项目总投资约120亿元。")
    assert "ambiguous" in silence_reason("其中，比亚迪项目总投资约120亿元。", figures)


def test_a_district_s_own_release_files_that_district_as_its_batch():
    text = "Huangpu district has listed 160 key projects for 2023. The 160 projects include 90 industrial projects."
    assert read(text, whole_release=True)[0] == ("batch", None, "projects", 160, "exact")
    assert Decimal(160) in [g[3] for g in read(text)]


def test_cross_district_projects_are_a_row_of_their_own():
    got = read("按区域划分，龙华区有31个，大鹏新区有4个，跨区域的有2个。")
    assert ("district", "跨区域", "projects", 2, "exact") in got and (
        "district",
        "大鹏新区",
        "projects",
        4,
        "exact",
    ) in got


def test_a_date_is_no_count_and_a_ceremonys_district_is_its_venue():
    got = read("The ceremony was organized in an industrial park in Haojiang District. "
               "22 key projects with a total investment of over 10 billion yuan started on Sept 26.")  # fmt: skip
    assert got == [
        ("batch", None, "projects", 22, "exact"),
        ("batch", None, "total_investment", 1000000, "over"),
    ]


def test_a_field_named_in_a_frame_scopes_the_figures_after_it():
    got = read(
        "今年全市安排重大项目800个。在基础设施领域，全市共安排131个重大项目，年度计划投资达367.5亿元。"
    )
    assert ("sector", "基础设施", "projects", 131, "exact") in got


def test_projects_still_being_prepared_are_another_list():
    got = read("今年安排市重大建设项目798个，总投资7854亿元，安排市重大预备项目179个，估算总投资1590亿元。")
    assert got == [
        ("batch", None, "projects", 798, "exact"),
        ("batch", None, "total_investment", 78540000, "exact"),
    ]


def test_a_plan_split_by_stage_gives_no_stage_as_the_batch():
    got = read(
        "今年安排重点项目319个，总投资约3800亿元。其中续建项目192个，总投资约2500亿元；新开工项目58个，总投资约600亿元。"
    )
    assert got == [
        ("batch", None, "projects", 319, "exact"),
        ("batch", None, "total_investment", 38000000, "about"),
    ]


def test_two_fields_counted_together_are_one_scope():
    got = read("本次开工项目共281个，其中制造业项目229个，基础设施及民生保障项目52个。")
    assert ("sector", "基础设施及民生", "projects", 52, "exact") in got and (
        "sector",
        "民生",
        "projects",
        52,
        "exact",
    ) not in got


def test_when_the_ceremony_was_held_names_no_project():
    got = read("河源市日前舉行重大項目集中簽約儀式，共有24個項目現場簽約，總投資約318.5億元。")
    assert got == [
        ("batch", None, "projects", 24, "exact"),
        ("batch", None, "total_investment", 3185000, "about"),
    ]


def test_english_counts_are_projects_related_to_a_field():
    got = read("Among them, 61 are industrial projects, 34 are infrastructure projects and 17 are projects "
               "related to people's livelihood.")  # fmt: skip
    assert {
        ("sector", "基础设施", "projects", 34, "exact"),
        ("sector", "民生", "projects", 17, "exact"),
    } <= set(got)


def test_a_size_band_may_describe_the_projects_after_its_de():
    text = "本次开工项目共120个，其中投资额超过30亿元的有12个项目。"
    assert ("size_band", "≥30亿元", "projects", 12, "exact") in read(text)
    assert not any(g[2] == "total_investment" for g in read(text))


def test_a_result_up_to_a_date_is_not_the_batch():
    text = "本次开工项目共120个。截至11月底，全市在库的产业项目有860个。"
    assert read(text) == [("batch", None, "projects", 120, "exact")]


def test_the_batch_s_amount_carried_onto_a_part_is_not_the_part_s():
    text = (
        "本次开工项目共120个，其中总投资超过20亿元的大项目共有14个，总投资约900亿元，年度计划投资约150亿元。"
    )
    got = read("本次开工项目总投资约900亿元。" + text)
    assert ("size_band", "≥20亿元", "projects", 14, "exact") in got
    assert not any(g[0] == "size_band" and g[2] != "projects" for g in got)


def test_money_to_be_spent_names_the_year_or_stays_ambiguous():
    assert read("The district will invest 4.2 billion yuan in 30 transport projects this year.") == [
        ("sector", "交通", "annual_plan", 420000, "exact"),
        ("sector", "交通", "projects", 30, "exact"),
    ]
    assert read("The district will invest 4.2 billion yuan in 30 transport projects.") == []


def test_the_other_projects_take_the_field_named_after_them():
    got = read(
        "Among them, 12 are industrial projects. The seven other projects are related to people's livelihood."
    )
    assert ("sector", "民生", "projects", 7, "exact") in got


def test_a_road_is_transport():
    assert ("sector", "交通", "projects", 9, "exact") in read(
        "The batch includes 9 road construction projects."
    )
    assert ("sector", "交通", "projects", 9, "exact") in read("本次开工项目中，道路交通领域项目9个。")


def test_a_plan_s_verb_before_projects_names_no_project():
    assert read("今年一季度该区计划签约项目19个，总投资21亿元。") == [
        ("batch", None, "projects", 19, "exact"),
        ("batch", None, "total_investment", 210000, "exact"),
    ]
    assert read("近日，市发改局公布重点项目投资计划，今年安排重点建设项目252项。") == [
        ("batch", None, "projects", 252, "exact")
    ]


def test_a_city_s_release_names_its_batch_by_the_city_s_name():
    text = "根据《广东省2022年重点建设项目计划》，2022年共安排江门省重点建设项目共48个，总投资2100亿元。"
    assert read(text, city="4407") == [
        ("batch", None, "projects", 48, "exact"),
        ("batch", None, "total_investment", 21000000, "exact"),
    ]
    assert read(text) == []  # another city's release, or none: a city's figure in a province-wide sentence
    assert read("二季度，江门参与全省集中开工重大项目88个，总投资500亿元。", city="4407")[0] == (
        "batch", None, "projects", 88, "exact"
    )  # fmt: skip


def test_the_city_s_part_of_the_province_s_list_is_another_list_in_its_own_plan_release():
    text = (
        "今年江门安排市重点项目300个。全省重点项目计划中，江门有60多个项目入列省重点项目，总投资超过900亿元。"
    )
    assert read(text, city="4407") == [("batch", None, "projects", 300, "exact")]


def test_counts_of_fields_said_with_are_take_each_their_field():
    got = read(
        "Of the 50 projects, 30 are infrastructure projects and 20 are projects for public well-being."
    )
    assert ("sector", "基础设施", "projects", 30, "exact") in got
    assert ("sector", "民生", "projects", 20, "exact") in got


def test_money_spent_on_a_part_no_scope_names_is_not_the_batch_s():
    assert read("The district will spend 1.5 billion yuan in harbour dredging through the year.") == []
    assert read("The district will spend 1.5 billion yuan on the projects through the year.") == [
        ("batch", None, "annual_plan", 150000, "exact")
    ]


def test_an_english_field_s_name_may_hold_and():
    got = read(
        "The projects include 12 science and technology business complex projects and 9 road projects."
    )
    assert ("sector", "科技创新", "projects", 12, "exact") in got
    got = read("The batch includes 12 social and people's livelihood projects.")
    assert got == [("sector", "民生", "projects", 12, "exact")]


def test_two_fields_joined_in_one_english_count_are_not_one_of_them():
    assert read("The batch includes eight ecological environment and water conservancy projects.") == []


def test_more_chinese_wordings_of_the_batch_and_its_bands():
    got = read("本季度开工的40个重大项目中，总投资额达到50亿元以上的就有4个。")
    assert got == [("batch", None, "projects", 40, "exact"), ("size_band", "≥50亿元", "projects", 4, "exact")]
    assert read("The 11 projects will cost CNY34.4bn.") == [
        ("batch", None, "projects", 11, "exact"),
        ("batch", None, "total_investment", 3440000, "exact"),
    ]


def test_a_ceremony_held_at_a_project_s_site_still_counts_its_batch():
    text = "今天在某某新材料产业园项目现场举行分会场活动，全县共有14个项目集中开工，总投资18.72亿元。"
    assert read(text) == [
        ("batch", None, "projects", 14, "exact"),
        ("batch", None, "total_investment", 187200, "exact"),
    ]


def test_a_plan_split_by_stage_counts_its_projects_put_into_production_as_a_stage():
    text = "全市共安排项目300个。今年共有69个投产项目，总投资600亿元；续建项目192个，总投资2500亿元。"
    assert read(text) == [("batch", None, "projects", 300, "exact")]


def test_english_money_goes_to_the_field_after_it_and_a_field_may_frame_the_sentence():
    text = (
        "Nansha district has listed 120 key projects for 2024 with an annual investment of 40 billion yuan. "
        "Nansha will invest 5.5 billion yuan in infrastructure projects including two metro lines. "
        "In terms of environmental protection, Nansha will invest 600 million yuan in six key projects."
    )
    got = read(text, whole_release=True)
    assert ("sector", "基础设施", "annual_plan", 550000, "exact") in got
    assert ("sector", "生态环保", "annual_plan", 60000, "exact") in got
    assert ("sector", "生态环保", "projects", 6, "exact") in got


def test_a_count_said_with_are_major_takes_the_field_after_it():
    got = read(
        "Among the projects, 35 are major industrial projects and will have an annual investment of 9.7 billion yuan."
    )
    assert got == [
        ("sector", "产业", "projects", 35, "exact"),
        ("sector", "产业", "annual_plan", 970000, "exact"),
    ]


def test_a_sentence_after_a_complete_breakdown_is_about_the_batch_again():
    text = (
        "A total of 50 major projects will be launched, including 30 industrial projects, 15 infrastructure "
        "projects and 5 projects related to people's livelihood. The planned annual investment is 9 billion yuan."
    )
    assert ("batch", None, "annual_plan", 900000, "exact") in read(text)
    partial = text.replace("and 5 projects related to people's livelihood", "and 3 other projects")
    assert not any(g[2] == "annual_plan" for g in read(partial))


def test_money_for_a_field_s_infrastructure_is_that_field_s():
    got = read("The city will invest 2.8 billion yuan in transportation infrastructure this year.")
    assert got == [("sector", "交通", "annual_plan", 280000, "exact")]


def test_a_provincial_plan_counts_its_regions_and_the_parts_of_transport():
    text = (
        "今年全省安排省重点项目1500个，年度计划投资1万亿元。“珠三角核心区”重点项目900个，年度计划投资6000亿元。"
        "安排铁路项目20个、城市轨道交通项目25个，年度计划投资1100亿元。"
    )
    got = read(text, province_is_batch=True)
    assert ("district", "珠三角核心区", "projects", 900, "exact") in got
    assert ("sector", "铁路", "projects", 20, "exact") in got
    assert ("sector", "城市轨道交通", "projects", 25, "exact") in got
    assert not any(g[2] == "annual_plan" and g[3] == 11000000 for g in got)  # theirs together: no scope


def test_two_zones_counted_together_are_one_scope():
    got = read(
        "全省安排省重点项目1500个，其中安排前海、横琴深合区项目12个，年度计划投资173亿元。",
        province_is_batch=True,
    )
    assert ("district", "前海合作区、横琴粤澳深度合作区", "projects", 12, "exact") in got


def test_what_follows_a_subset_of_the_batch_is_the_subset_s():
    text = (
        "A total of 20 projects are listed this year. Of them, 9 projects are scheduled to be "
        "completed this year, including 4 water conservancy projects and 5 urban construction projects."
    )
    assert read(text) == [("batch", None, "projects", 20, "exact")]
    listed = "本批项目共45个。按区域划分，城区12个，海丰县15个，陆丰市10个，陆河县8个。"
    assert ("district", "海丰县", "projects", 15, "exact") in read(listed)  # parts that do not add up to it


def test_an_implausibly_small_total_is_not_stored():
    assert read("The county has arranged 142 key projects with a total of more than 10 million yuan.") == [
        ("batch", None, "projects", 142, "exact")
    ]


def test_an_english_year_with_a_capital_is_still_an_earlier_year():
    assert read("In 2024, 300 billion yuan was invested in the projects.", year=2025) == []


def test_an_amount_after_a_subset_of_a_field_is_the_subset_s():
    text = (
        "The batch includes 6 infrastructure projects. "
        "The three infrastructure projects of Road A, Road B and a school will attract a total investment of 260 million yuan."
    )
    assert read(text) == [("sector", "基础设施", "projects", 6, "exact")]


def test_a_name_with_a_count_is_a_kind_of_projects_not_a_single_project():
    text = "本次开工40个项目，其中产业项目30个，总投资110亿元，“百千万工程”项目10个，总投资90亿元；高新区项目2个，总投资3亿元。"
    got = read(text)
    assert ("sector", "百千万工程", "projects", 10, "exact") in got
    assert ("sector", "百千万工程", "total_investment", 900000, "exact") in got
    assert ("district", "高新区", "projects", 2, "exact") in got
    assert ("sector", "产业", "total_investment", 1100000, "exact") in got
    described = read("本批项目共62个。其中省属年度重点建设项目9个，总投资900亿元。")
    assert described == [("batch", None, "projects", 62, "exact")]  # a part no scope names: not stored


def test_government_and_social_capital_together_is_a_funding_scope():
    got = read("本次开工项目共200个，其中政府和社会共同投资项目6个，总投资约2400亿元。")
    assert ("funding", "政府和社会共同投资", "projects", 6, "exact") in got


def test_a_five_year_plan_s_figures_are_not_a_batch():
    assert read("“十四五”时期安排十大领域重大项目工程包，“十四五”期间投资5万亿元左右。") == []


def test_among_them_speaks_of_what_the_sentence_before_spoke_of():
    text = (
        "In 2023, the city will implement 500 key projects. "
        "In 2023, 200 projects in the city are listed in Guangdong provincial projects. "
        "Among them, there are 60 infrastructure projects, with a total investment of 400 billion yuan."
    )
    assert read(text, city="4406") == [("batch", None, "projects", 500, "exact")]


def test_events_told_after_a_result_so_far_are_more_results():
    text = (
        "今年全省安排省重点项目1000个，年度计划投资6000亿元。1-7月，省重点项目完成投资3800亿元，预计全年能够完成任务。"
        "新开工建设甲工程、乙工程等133个项目，建成投产丙项目等23个项目。"
    )
    got = read(text, province_is_batch=True)
    assert ("batch", None, "projects", 1000, "exact") in got
    assert not any(g[3] in (133, 23) for g in got)


def test_the_project_at_a_sentence_s_start_is_a_single_project():
    text = "本次新开工项目123个，总投资300亿元。甲工程起点位于某镇。项目总投资8.10亿元，于今年7月开工建设。"
    assert read(text) == [
        ("batch", None, "projects", 123, "exact"),
        ("batch", None, "total_investment", 3000000, "exact"),
    ]


def test_a_breadcrumb_is_not_the_headline():
    text = "当前位置:首页 > 新闻中心 > 正文内容\n\n超1200亿元！肇庆今年48个省重点项目亮相\n\n其中，肇庆参与的省重点项目共48个，总投资约1230亿元。"
    assert ("batch", None, "projects", 48, "exact") in read(text, city="4412")


def test_an_amount_followed_by_annual_planned_investment():
    got = read(
        "The city will carry forward 171 key projects this year with 54.89bn yuan annual planned investment."
    )
    assert ("batch", None, "annual_plan", 5489000, "exact") in got


def test_a_full_year_plan_of_new_starts_is_a_target():
    text = "今年全市计划全年新开工重大项目超300个。本次集中开工项目138个，总投资1068.5亿元。"
    assert read(text) == [
        ("batch", None, "projects", 138, "exact"),
        ("batch", None, "total_investment", 10685000, "exact"),
    ]


def test_where_investors_come_from_is_no_field_and_a_modernised_field_is_the_field():
    assert read("本次签约项目共40个，其中来自广州的投资项目17个。") == [
        ("batch", None, "projects", 40, "exact")
    ]
    got = read("今年全省安排现代化基础设施项目541个，年度计划投资4300亿元。", province_is_batch=True)
    assert ("sector", "基础设施", "projects", 541, "exact") in got


def test_english_money_said_of_the_count_before_it():
    text = (
        "The city kicked off 41 key projects with a combined investment of 23.58 billion yuan. Industrial projects "
        "account for 24 of the batch, with total investment of 15.41 billion yuan, while 11 infrastructure projects "
        "involve 6.07 billion yuan and six projects related to public welfare involve 2.1 billion yuan."
    )
    got = read(text)
    assert ("sector", "产业", "projects", 24, "exact") in got
    assert ("sector", "基础设施", "total_investment", 607000, "exact") in got
    assert ("sector", "民生", "total_investment", 210000, "exact") in got
    signed = read(
        "Of them, 19 industrial projects account for RMB 26.8 billion, six infrastructure projects for RMB 5.1 billion."
    )
    assert ("sector", "基础设施", "total_investment", 510000, "exact") in signed


def test_a_city_in_a_part_of_the_province_is_not_the_province():
    got = read(
        "Chaozhou in eastern Guangdong signed 28 investment projects with a total value of RMB 35.2 billion."
    )
    assert all(g[0] == "batch" for g in got)


def test_a_planned_investment_that_totals_is_the_year_s_plan():
    got = read(
        "The city started 41 key projects. Planned investment for this year totals about 6.2 billion yuan."
    )
    assert ("batch", None, "annual_plan", 620000, "about") in got


def test_a_province_release_carries_its_province_into_the_next_sentence():
    text = "Guangdong province started construction on 1,508 major projects. Some 329.53 billion yuan is planned for this year."
    assert ("batch", None, "annual_plan", 32953000, "about") in read(text, province_is_batch=True)


def test_a_slogan_names_no_project():
    got = read("坚持项目为王，全年安排市重点建设项目200个，年度计划投资365亿元。")
    assert got == [
        ("batch", None, "projects", 200, "exact"),
        ("batch", None, "annual_plan", 3650000, "exact"),
    ]


def test_a_headline_figure_the_body_gives_as_a_result_so_far_is_not_the_batch_s():
    text = (
        "三十余个项目落地某市 总投资逾800亿元\n\n今年以来，某市三十余个项目相继落地、开工，总投资逾800亿元。"
    )
    assert ("batch", None, "total_investment", 8000000, "over") not in read(text, whole_release=True)
    kept = "今年第二批重大项目集中开工 总投资800亿元\n\n本批开工项目30个，总投资800亿元。"
    assert ("batch", None, "total_investment", 8000000, "exact") in read(kept, whole_release=True)


@pytest.mark.parametrize(
    "text",
    [
        "在某某新区，总投资26亿元的某某电池智造项目正加紧建设。",
        "在龙岗区，总投资26亿元的深圳某某电池智造项目已开工。",
    ],
)
def test_an_amount_said_of_the_project_named_after_it_is_that_project_s(text):
    assert read(text, year=2020) == []


def test_an_amount_said_of_the_batch_named_after_it_is_the_batch_s():
    assert read("本次集中开工总投资500亿元的重大项目30个。") == [
        ("batch", None, "total_investment", 5000000, "exact"),
        ("batch", None, "projects", 30, "exact"),
    ]


def test_english_sentences_joined_without_a_space_are_two_sentences():
    text = (
        "The city started 245 projects with a total investment of 235.47 billion yuan. There are 51 projects "
        "in Longgang District, most of them for people's livelihood.The total investment of the 51 projects "
        "is about 75.01 billion yuan."
    )
    assert ("district", "龙岗区", "total_investment", 7501000, "about") in read(text)


def test_a_count_repeated_with_no_scope_is_the_part_it_counted_before():
    text = (
        "A total of 120 projects started, with a total investment of 80 billion yuan. "
        "Longhua District has 30 of the projects. The total investment of 30 projects is 21 billion yuan."
    )
    got = read(text)
    assert ("district", "龙华区", "total_investment", 2100000, "exact") in got
    assert ("batch", None, "total_investment", 2100000, "exact") not in got


@pytest.mark.parametrize(
    "text, part",
    [
        (
            "The city signed 30 projects, 12 of which are industrial projects.",
            ("sector", "产业", "projects", 12, "exact"),
        ),
        ("Seventy projects broke ground, 40 of them in the Greater Bay Area list.", None),
    ],
)
def test_a_count_of_which_is_a_part_never_the_whole(text, part):
    got = read(text)
    assert got[0][:4] in (("batch", None, "projects", 30), ("batch", None, "projects", 70))
    assert [g for g in got[1:] if g[2] == "projects"] == ([part] if part else [])


def test_kinds_named_with_lei_are_kinds_and_a_donation_is_no_investment():
    got = read(
        "12个项目现场签约，包含投资类项目9个、总投资额110亿元；产业类项目7个、城乡风貌提升类项目3个、民生服务补短板类2个。"
    )
    assert ("sector", "投资", "projects", 9, "exact") in got
    assert ("sector", "城乡风貌提升", "projects", 3, "exact") in got
    assert ("sector", "民生服务补短板", "projects", 2, "exact") in got
    assert [g for g in read("另有帮扶项目3个，捐助金额1.72亿元。") if g[2] != "projects"] == []


def test_a_part_opened_by_zhe_qi_zhong_is_never_the_whole():
    got = read(
        "双方达成126个项目，总值超过1000亿元。据报道，这其中有101个项目来自港资企业，投资金额超过910亿元。"
    )
    assert ("batch", None, "projects", 101, "exact") not in got
    assert ("funding", "港商投资", "projects", 101, "exact") in got


def test_a_share_of_a_loose_base_is_of_the_base_the_arithmetic_gives():
    text = (
        "今年安排省重点项目1000个，总投资约6万亿元，年度计划投资8000亿元。"
        "其中，基础设施项目400个，年度计划投资4792亿元，占全部投资的59.9%；产业项目600个，年度计划投资3208亿元，占全部投资的40.1%。"
    )
    shares = {
        (f.scope_label, f.share_of) for f in extract_figures(text) if f.status == "ok" and f.figure == "share"
    }
    assert shares == {("基础设施", "annual_plan"), ("产业", "annual_plan")}


def test_a_part_counted_with_all_the_batch_s_projects_is_the_batch_again():
    text = "某区13个重大项目开工。此次重点选取了13个产业项目和基础设施项目，总投资超过200亿元。"
    got = read(text)
    assert ("batch", None, "total_investment", 2000000, "over") in got
    assert all(g[0] == "batch" for g in got)


def test_parts_by_event_survive_a_clause_the_rules_cannot_read():
    text = "此次活动共有150个项目，总投资额达300亿元。其中，新签约项目50个，计划投资100亿元；新动工项目60个，计划投资120亿元；竣工投产项目40个，总投资80亿元。"
    got = [
        (f.figure, f.value, f.event)
        for f in extract_figures(text)
        if f.status == "ok" and f.scope_kind == "batch"
    ]
    assert ("projects", 60, "groundbreaking") in got
    assert ("projects", 40, "production") in got or ("projects", 40, "completion") in got
    assert ("total_investment", 800000, got[-1][2]) in got


def test_new_starts_planned_for_the_year_are_no_batch():
    text = "本次集中开工项目63个，总投资近300亿元。据统计，本年度全市计划开工项目251项，其中1-2月已开工69项。"
    assert [g for g in read(text) if g[2] == "projects"] == [("batch", None, "projects", 63, "exact")]


def test_parts_by_event_in_the_next_sentence_survive_an_unreadable_clause_before():
    text = "全县集中签约动工投产项目61宗，总投资1096亿元，预计年产值800亿元，年税收28亿元。其中，签约项目8宗、动工项目36宗、投产项目17宗。"
    got = [(f.figure, f.value, f.event) for f in extract_figures(text) if f.status == "ok"]
    assert ("projects", 36, "groundbreaking") in got and ("projects", 8, "signing") in got


def test_an_english_count_whose_projects_each_pass_a_bound_then_their_total_is_a_size_band():
    text = (
        "The district started 120 projects, with a total investment of 90 billion yuan. Among the 60 industrial "
        "projects, 14 have a total investment of more than 1 billion yuan, and the total investment exceeds 41 billion yuan."
    )
    got = read(text)
    assert ("size_band", "≥10亿元", "projects", 14, "exact") in got
    assert ("size_band", "≥10亿元", "total_investment", 4100000, "over") in got


def test_a_chinese_numeral_count_after_de_is_a_count_and_one_project_is_a_single_project():
    assert read("本次集中动工的四个重点项目总投资达22.5亿元。") == [
        ("batch", None, "projects", 4, "exact"),
        ("batch", None, "total_investment", 225000, "exact"),
    ]
    assert read("本批开工项目30个，其中有一个项目总投资超百亿元。") == [
        ("batch", None, "projects", 30, "exact")
    ]


def test_potential_projects_offered_to_investors_are_no_batch():
    text = "The conference signed deals worth more than 120 billion yuan. The city also listed 23 potential projects to attract investors."
    assert [g for g in read(text) if g[2] == "projects"] == []


def test_once_built_is_no_event_of_the_batch():
    text = "本次集中动工的四个重点项目总投资达22.5亿元，建成后预计年产值36亿元。\n三个重点项目总投资5.6亿元，涵盖多个领域，建成后预计年产值12亿元。"
    assert [g for g in read(text) if g[2] == "projects"] == [("batch", None, "projects", 4, "exact")]


def test_stages_named_together_are_the_whole_list():
    got = read("今年全市计划安排重点续建、新开工项目149项，年度计划投资460.68亿元；安排前期预备项目100项。")
    assert got == [
        ("batch", None, "projects", 149, "exact"),
        ("batch", None, "annual_plan", 4606800, "exact"),
    ]


def test_a_plan_named_with_project_words_is_no_single_project():
    got = read("经动态调整后，我市2022年重点建设项目计划安排项目177个，年度计划投资276.5亿元。")
    assert got == [
        ("batch", None, "projects", 177, "exact"),
        ("batch", None, "annual_plan", 2765000, "exact"),
    ]


def test_signing_words_name_a_total_and_generic_project_words_keep_a_count():
    assert read("双方达成多达126个经贸合作项目，总值超过1000亿元人民币。") == [
        ("batch", None, "projects", 126, "exact"),
        ("batch", None, "total_investment", 10000000, "over"),
    ]
    assert read("有关企业签订了38个项目合作协议，意向金额达413.3亿元。")[1] == (
        "batch",
        None,
        "total_investment",
        4133000,
        "exact",
    )


def test_an_english_amount_expected_to_be_invested_in_a_named_year_is_the_year_s_plan():
    text = "The city plans 1,722 projects in 2023, worth more than 6.5 trillion yuan. In 2023 alone, 526.1 billion yuan is expected to be invested in the projects."
    assert ("batch", None, "annual_plan", 52610000, "exact") in read(text)


def test_in_a_province_s_release_planned_new_starts_are_a_stage_even_after_the_province_is_named():
    text = "全省安排省重点项目1500个，年度计划投资1万亿元。2024年，在高速公路方面，全省通车里程超过1.1万公里；轨道交通方面，计划新开工某某高铁等7个项目。"
    got = read(text, province_is_batch=True)
    assert [g for g in got if g[2] == "projects"] == [("batch", None, "projects", 1500, "exact")]


def test_a_bracketed_lead_ends_its_sentence():
    text = (
        "[Key projects completed an investment of 452.2 billion yuan] According to the commission, the province "
        "has arranged 1,500 key projects with an annual planned investment of 1 trillion yuan."
    )
    assert ("batch", None, "projects", 1500, "exact") in read(text, province_is_batch=True)


def test_two_english_fields_counted_together_are_one_scope():
    got = read(
        "The district plans 60 projects. Other works include 11 water and environmental projects worth 6.12 billion yuan."
    )
    assert ("sector", "水利及生态环保", "projects", 11, "exact") in got
    assert ("sector", "水利及生态环保", "total_investment", 612000, "exact") in got


def test_a_district_counted_as_a_part_of_a_city_s_batch_is_not_the_release_s_subject():
    text = (
        "In the first quarter, 51 projects were started in Longgang. A total of 245 new projects in the city "
        "were included in the launch, with a total investment of 235.47 billion yuan. The total investment of "
        "the 51 projects is about 75.01 billion yuan."
    )
    got = read(text, whole_release=True)
    assert ("batch", None, "projects", 245, "exact") in got
    assert ("district", "龙岗区", "total_investment", 7501000, "about") in got


def test_a_share_its_own_figures_contradict_is_not_stored():
    text = "本次开工项目245个，总投资2354亿元。其中龙岗区项目51个，占全部项目的一半以上。"
    assert [g for g in read(text) if g[2] == "share"] == []
    kept = "本次开工项目245个，总投资2354亿元。其中龙岗区项目51个，占全部项目的20.8%。"
    assert ("district", "龙岗区", "share", Decimal("20.8"), "exact") in read(kept)


def test_an_english_aim_given_as_a_reason_does_not_disown_the_figure_before_it():
    text = "The city plans 1,722 projects in 2023. More than 480 transport projects have been scheduled as the city aims to become a transport hub."
    assert ("sector", "交通", "projects", 480, "over") in read(text)
    assert [
        g for g in read("The city aims to start 480 transport projects by 2025.") if g[2] == "projects"
    ] == []


def test_projects_that_were_started_broke_ground():
    got = [
        (f.figure, f.event)
        for f in extract_figures("In the first quarter, 51 projects were started in the city.")
        if f.status == "ok"
    ]
    assert got == [("projects", "groundbreaking")]


# ---- storage discipline (round 4): a figure is the batch's only where the release ties it to its batch ----


def ambiguous_reasons(text: str, **options) -> list[str]:
    return [f.reason or "" for f in extract_figures(text, **options) if f.status == "ambiguous"]


def test_a_city_s_year_plan_quoted_in_a_groundbreaking_release_is_not_the_batch():
    text = (
        "韶关二季度重大项目集中开工\n"
        "4月8日上午，韶关市举行二季度重大项目集中开工仪式。\n"
        "今年，全市共安排重点项目300个，总投资2000亿元。其中，产业项目120个，总投资900亿元。\n"
        "本次集中开工项目共45个，总投资约260亿元。其中，产业项目30个，总投资约180亿元。"
    )
    options = {"year": 2023, "whole_release": True, "city": "4402"}
    assert read(text, **options) == [
        ("batch", None, "projects", 45, "exact"),
        ("batch", None, "total_investment", 2600000, "about"),
        ("sector", "产业", "projects", 30, "exact"),
        ("sector", "产业", "total_investment", 1800000, "about"),
    ]
    assert sum(r.startswith("figure not tied to the batch") for r in ambiguous_reasons(text, **options)) == 4


def test_the_same_year_plan_is_the_batch_of_a_plan_release():
    text = "韶关今年安排重点项目300个\n今年，全市共安排重点项目300个，总投资2000亿元。其中，产业项目120个，总投资900亿元。"
    got = read(text, year=2023, whole_release=True, city="4402")
    assert ("batch", None, "total_investment", 20000000, "exact") in got
    assert ("sector", "产业", "projects", 120, "exact") in got


def test_a_district_s_own_plan_on_a_city_s_page_is_not_the_release_s():
    text = (
        "Shaoguan key projects make steady progress\n"
        "Shaoguan's key projects moved ahead in the summer, the city's planners said.\n"
        "Wujiang District has lined up 40 key projects for 2023, with 12 billion yuan of total investment."
    )
    figures = extract_figures(text, 2023, whole_release=True, city="4402")
    assert [f for f in figures if f.status == "ok"] == []
    assert (silence_reason(text, figures) or "").startswith("no figure is tied to a batch")  # never silent
    own = "Wujiang District plans 40 key projects for 2023\n" + text.split("\n", 2)[2]
    assert ("batch", None, "projects", 40, "exact") in read(own, year=2023, whole_release=True, city="4402")


def test_parts_counted_after_a_list_the_release_did_not_announce_are_not_the_batch_s():
    text = (
        "韶关今年安排市重点项目200个\n"
        "今年，韶关市安排市重点项目200个，总投资1500亿元。\n"
        "今年，全市有60个项目列入省重点建设项目，涉及交通、能源和产业。\n"
        "基础设施项目20个，总投资400亿元。"
    )
    got = read(text, year=2023, whole_release=True, city="4402")
    assert ("batch", None, "projects", 200, "exact") in got
    assert not [g for g in got if g[0] == "sector"]


def test_a_sum_of_several_batches_in_a_feature_is_not_a_batch():
    text = (
        "Big firms choose Dongguan\n"
        "Dongguan keeps drawing large manufacturers, its investment office said.\n"
        "Across the year's two Bay Area batches, 48 projects worth over 70 billion yuan are now under construction."
    )
    assert read(text, year=2019, whole_release=True, city="4419") == []


def test_an_amount_after_the_batch_s_count_goes_on_about_it_unless_the_batch_has_that_figure():
    text = (
        "Shaoguan kicks off 40 projects\n"
        "On March 3, 40 major projects with a total investment of 15 billion yuan broke ground at the same "
        "time in Shaoguan.\n"
        "The annual planned investment is 3 billion yuan.\n"
        "The new plant covers 20 hectares, with a total investment of 500 million yuan."
    )
    got = read(text, year=2023, whole_release=True, city="4402")
    assert ("batch", None, "annual_plan", 300000, "exact") in got
    assert not [g for g in got if g[3] == 50000]


def test_an_amount_in_a_sentence_that_only_names_the_event_s_verb_is_a_project_s():
    text = (
        "Big firms choose Dongguan\n"
        "Dongguan keeps drawing large manufacturers, its investment office said.\n"
        "A robot maker's new plant in Humen, with an investment of 1.6 billion yuan, was officially started."
    )
    assert read(text, year=2019, whole_release=True, city="4419") == []


@pytest.mark.parametrize(
    "text",
    [
        "韶关38个产业项目同日动工\n3月6日，38个产业项目在韶关各县区同时动工，总投资120亿元。",
        "Shaoguan breaks ground on 38 manufacturing projects\nThe 38 projects involve 12 billion yuan.",
    ],
)
def test_a_title_that_names_its_batch_by_its_kind_gives_the_batch_s_figures(text):
    got = read(text, year=2023, whole_release=True, city="4402")
    assert ("batch", None, "projects", 38, "exact") in got
    assert not [g for g in got if g[0] == "sector"]


def test_a_title_s_kind_whose_figure_differs_from_the_batch_s_is_a_part():
    text = (
        "Manufacturing projects worth 7.5 billion yuan signed at Shaoguan fair\n"
        "A total of 30 projects worth 18.4 billion yuan were signed at the fair on Friday."
    )
    got = read(text, year=2023, whole_release=True, city="4402")
    assert ("sector", "制造业", "total_investment", 750000, "exact") in got
    assert ("batch", None, "total_investment", 1840000, "exact") in got


def test_a_count_said_again_after_a_place_framed_before_it_is_that_place_s():
    text = "In Songshan Lake, 9 projects got under way on Monday. Over in Binhaiwan New Area, 9 projects began too."
    got = read(text)
    assert ("district", "松山湖", "projects", 9, "exact") in got
    assert ("district", "滨海湾新区", "projects", 9, "exact") in got


def test_a_capitalised_preposition_opens_no_place_name():
    got = read("In Yinhu Development Zone, 7 projects got under way on Monday.")
    assert got == [("district", "Yinhu Development Zone", "projects", 7, "exact")]


def test_the_batch_s_count_said_again_brings_its_parts_back_after_another_list():
    text = (
        "Foshan starts 120 projects\n"
        "On Tuesday morning, 120 key projects worth 90 billion yuan broke ground across the city.\n"
        "Foshan also has 500 provincial key projects under way this year.\n"
        "Of the 120 projects launched, 80 are industrial projects, 30 are infrastructure projects and 10 concern "
        "people's well-being."
    )
    got = read(text, year=2024, whole_release=True, city="4406")
    assert {
        ("sector", "产业", "projects", 80, "exact"),
        ("sector", "基础设施", "projects", 30, "exact"),
    } <= set(got)
    assert not [g for g in got if g[3] == 500]


def test_a_sentence_pointing_back_at_the_year_s_plan_is_tied_by_it():
    text = (
        "河源重点项目加快建设\n"
        "今年以来，河源一批项目迎来新进展。\n"
        "河源2024年重点项目计划已经下达。在全市180个重点项目中，产业项目70个，总投资900亿元。"
    )
    got = read(text, year=2024, whole_release=True, city="4416")
    assert ("sector", "产业", "projects", 70, "exact") in got


@pytest.mark.parametrize(
    "text",
    [
        "深圳市2022年重大项目计划公布：安排项目800个\n同时，市发改委介绍，今年安排市政府投资项目500个，计划完成投资600亿元。",
        "深圳市2022年重大项目计划公布：安排项目800个\n其中市本级政府投资安排450亿元，主要用于交通和教育。",
    ],
)
def test_a_city_s_government_investment_plan_is_another_list(text):
    got = read(text, year=2022, whole_release=True, city="4403")
    assert got == [("batch", None, "projects", 800, "exact")]


def test_new_starts_planned_with_words_between_are_a_stage_of_the_plan():
    assert read("水利方面，今年计划3个水库项目新开工，总投资约60亿元。", year=2024) == []


def test_a_plan_over_the_next_years_is_no_batch_figure():
    assert (
        read("Over the next three years the port authority will put 800 million yuan into new berths.") == []
    )


def test_a_city_s_entries_in_the_provincial_plan_by_stage_are_another_list():
    text = "湛江今年安排重点项目150项\n今年，全市安排重点项目150项。另有52个项目列入省重点续建、新开工项目，年度计划投资约210亿元。"
    got = read(text, year=2019, whole_release=True, city="4408")
    assert got == [("batch", None, "projects", 150, "exact")] * 2


def test_a_field_described_right_after_a_count_leaves_the_count_its_own():
    got = read(
        "全市今年推进12个新材料产业项目，年度计划投资超9.1亿元；另有8个新一代信息技术工程项目，年度计划投资超3亿元。"
    )
    assert got == [
        ("sector", "新材料", "projects", 12, "exact"),
        ("sector", "新材料", "annual_plan", 91000, "over"),
        ("sector", "新一代信息技术", "projects", 8, "exact"),
        ("sector", "新一代信息技术", "annual_plan", 30000, "over"),
    ]


def test_a_count_after_a_name_in_passing_owns_the_amounts_after_it():
    text = "开工项目分为产业项目与“乡村振兴”项目两类，产业类项目20个，总投资50.5亿元，“乡村振兴”项目8个，总投资30.2亿元。"
    assert read(text) == [
        ("sector", "产业", "projects", 20, "exact"),
        ("sector", "产业", "total_investment", 505000, "exact"),
        ("sector", "乡村振兴", "projects", 8, "exact"),
        ("sector", "乡村振兴", "total_investment", 302000, "exact"),
    ]


def test_a_bound_and_the_figure_it_bounds_are_one_amount_said_twice():
    text = "全区二季度签约项目40个，签约总额再破千亿，达1250.6亿元，上半年累计签约超2000亿元。"
    assert read(text) == [
        ("batch", None, "projects", 40, "exact"),
        ("batch", None, "total_investment", 10000000, "over"),
        ("batch", None, "total_investment", 12506000, "exact"),
    ]


def test_two_exact_amounts_for_one_figure_still_clash():
    assert read("本次签约项目40个，总投资1250.6亿元，总投资达到980亿元。") == [
        ("batch", None, "projects", 40, "exact")
    ]


def test_a_title_s_rounded_amount_is_the_body_s_amount_as_printed():
    text = (
        "Factory projects worth 30 bln yuan break ground in Zhongshan\n"
        "A total of 40 factories with a combined investment of 30.28 billion yuan started construction today."
    )
    got = read(text, year=2024, whole_release=True, city="4420")
    assert ("batch", None, "total_investment", 3000000, "exact") in got
    assert ("batch", None, "total_investment", 3028000, "exact") in got


def test_what_projects_just_signed_or_started_plan_to_invest_is_their_total():
    text = "本次活动签约项目60个，计划投资140亿元；开工项目50个，计划投资90亿元；另有30个项目竣工，总投资100亿元。"
    got = read(text)
    assert ("batch", None, "total_investment", 1400000, "exact") in got
    assert ("batch", None, "total_investment", 900000, "exact") in got
    # after the total, or with a year named, a planned investment stays ambiguous
    assert read("本次开工项目40个，总投资300亿元，计划投资50亿元。") == [
        ("batch", None, "projects", 40, "exact"),
        ("batch", None, "total_investment", 3000000, "exact"),
    ]
    assert read("今年全市安排开工项目40个，计划投资50亿元。") == [("batch", None, "projects", 40, "exact")]


def test_an_english_count_then_what_its_projects_are_for_is_that_field():
    assert read("Another 12 projects are earmarked for urban renewal.") == [
        ("sector", "城市更新", "projects", 12, "exact")
    ]


def test_an_amount_in_an_opening_with_phrase_is_the_count_s_that_follows():
    text = "With 2.5 billion yuan to be invested this year, 12 projects are lined up for urban renewal."
    assert read(text) == [
        ("sector", "城市更新", "annual_plan", 250000, "exact"),
        ("sector", "城市更新", "projects", 12, "exact"),
    ]


def test_a_share_printed_in_tenths_is_checked_to_its_rounding():
    text = "今年全市安排项目600项，年度计划投资1000亿元。今年安排产业项目300项，年度计划投资390亿元，相当于全市年度计划投资的4成。"
    assert ("sector", "产业", "share", 40, "exact") in read(text)


def test_the_province_s_strategic_clusters_are_fields():
    text = "全市安排40个高端装备制造工程，年度计划投资约20.5亿元；先进材料项目12个，年度计划投资约9亿元。"
    assert read(text) == [
        ("sector", "高端装备制造", "projects", 40, "exact"),
        ("sector", "高端装备制造", "annual_plan", 205000, "about"),
        ("sector", "先进材料", "projects", 12, "exact"),
        ("sector", "先进材料", "annual_plan", 90000, "about"),
    ]


def test_an_amount_that_describes_the_kind_named_after_it_is_that_kind_s():
    text = "此次增补的重大项目共40个，总投资150.2亿元，总投资90.4亿元的产业项目为其中的主力，共25个。"
    assert read(text) == [
        ("batch", None, "projects", 40, "exact"),
        ("batch", None, "total_investment", 1502000, "exact"),
        ("sector", "产业", "total_investment", 904000, "exact"),
        ("sector", "产业", "projects", 25, "exact"),
    ]


def test_an_amount_alone_after_a_part_s_count_completes_that_part():
    assert read("Nanhai District started 20 projects. Their combined investment is 5.794 billion yuan.") == [
        ("district", "南海区", "projects", 20, "exact"),
        ("district", "南海区", "total_investment", 579400, "exact"),
    ]
    # the part's amount given already: a second one is not guessed
    text = "Nanhai District started 20 projects with 3 billion yuan invested. Their combined investment is 5.8 billion yuan."
    assert ("district", "南海区", "total_investment", 580000, "exact") not in read(text)


@pytest.mark.parametrize("verb", ["为", "是", "均为"])
def test_a_chinese_count_then_what_it_is_takes_that_scope(verb):
    got = read(f"本次开工项目共80个，其中36个{verb}先进制造业项目，总投资约190亿元。")
    assert got[1:] == [
        ("sector", "先进制造业", "projects", 36, "exact"),
        ("sector", "先进制造业", "total_investment", 1900000, "about"),
    ]
    assert read("本次开工项目共80个，其中31个为比亚迪等企业的项目。") == [
        ("batch", None, "projects", 80, "exact")
    ]


def test_the_batch_s_amounts_carried_onto_a_size_band_are_the_batch_s():
    text = (
        "本次集中开工项目300个，总投资约2500.5亿元\n"
        "此次开工项目300个，分为产业项目120个和基础设施项目180个，投资超过10亿元的项目有40个，"
        "总投资约2500.5亿元，2023年度计划投资约410.2亿元。"
    )
    got = read(text, year=2023, whole_release=True, city="4403")
    assert ("batch", None, "annual_plan", 4102000, "about") in got
    assert ("size_band", "≥10亿元", "projects", 40, "exact") in got
    assert not [g for g in got if g[0] == "size_band" and g[2] != "projects"]


def test_a_title_s_bare_amount_beside_its_count_of_projects_is_the_batch_s_total():
    text = "210个重点项目 3050亿元！\n今年全市重点建设项目210个，总投资3050亿元。"
    got = read(text, year=2023, whole_release=True, city="4420")
    assert got.count(("batch", None, "total_investment", 30500000, "exact")) == 2
    # a bare amount in a title that counts no projects stays unread
    assert ("batch", None, "total_investment", 30500000, "exact") not in read(
        "3050亿元！\n全市今年加快建设。", year=2023, whole_release=True, city="4420"
    )


# ---- round 6: precision on releases nobody tuned on -----------------------------------------------------


def test_the_first_statement_of_the_batch_s_figure_is_the_whole_not_the_largest():
    text = (
        "惠来县项目集中开工\n"
        "5月6日，惠来县举行重点项目集中开工活动，此次开工项目27个，总投资88亿元。"
        "开年至今，全县已新开工项目140个，总投资达410亿元。"
    )
    got = read(text, year=2024, whole_release=True, city="4452")
    assert got == [
        ("batch", None, "projects", 27, "exact"),
        ("batch", None, "total_investment", 880000, "exact"),
    ]


def test_a_count_takes_the_event_of_the_verb_after_the_list_of_its_projects():
    text = (
        "Jieyang, April 2. 41 projects including a ceramics park, a water plant and a school have started "
        "intensively, with a total investment of 9.8 billion yuan. "
        "Earlier that week, 12 projects were signed at a fair."
    )
    got = [
        (f.figure, f.value, f.event) for f in extract_figures(text, whole_release=True) if f.status == "ok"
    ]
    assert ("projects", 41, "groundbreaking") in got and ("projects", 12, "signing") in got


def test_a_part_larger_than_its_batch_is_another_programme_s():
    text = (
        "揭阳重大项目集中开工\n"
        "揭阳市今天举行重大项目集中开工活动，开工项目46个，总投资358亿元。"
        "全市目前在建的亿元以上项目有520个。"
    )
    got = read(text, year=2024, whole_release=True, city="4452")
    assert got == [
        ("batch", None, "projects", 46, "exact"),
        ("batch", None, "total_investment", 3580000, "exact"),
    ]


@pytest.mark.parametrize(
    "other",
    [
        "据了解，今年榕城区共铺排重点项目168个，年度计划投资超600亿元。",  # a district's year's list
        "全市今年重大项目年度计划投资达1200亿元。",  # the city's year's plan, in an event's release
    ],
)
def test_a_year_s_list_quoted_in_an_event_s_release_is_another_programme(other):
    text = f"揭阳重大项目集中开工\n揭阳市今天举行重大项目集中开工活动，开工项目46个，总投资358亿元。{other}"
    got = read(text, year=2024, whole_release=True, city="4452")
    assert got == [
        ("batch", None, "projects", 46, "exact"),
        ("batch", None, "total_investment", 3580000, "exact"),
    ]


def test_the_list_of_a_place_the_release_is_not_about_is_another_programme():
    text = (
        "Yunfu's 2024 key projects\n"
        "Yunfu has listed 150 key projects for 2024, with an annual planned investment of 30 billion yuan. "
        "Xinxing County has 45 key projects on its own list this year, worth 9 billion yuan in total."
    )
    got = read(text, year=2024, whole_release=True, city="4453")
    assert got == [
        ("batch", None, "projects", 150, "exact"),
        ("batch", None, "annual_plan", 3000000, "exact"),
    ]


@pytest.mark.parametrize(
    "other",
    [
        "自2021年以来，全县已推动开工项目310个。",  # since a time: a result so far
        "截至目前，全县开工项目已有310个。",
        "此前，全县已集中开工项目310个。",  # before: an earlier period
        "上一批开工项目为310个。",
        "今年前三个季度，全县共开工项目310个。",
    ],
)
def test_a_count_of_an_earlier_period_or_so_far_is_not_the_batch_s(other):
    text = f"普宁项目集中开工\n普宁市今天举行项目集中开工活动，开工项目27个，总投资88亿元。{other}"
    got = read(text, year=2024, whole_release=True, city="4452")
    assert got == [
        ("batch", None, "projects", 27, "exact"),
        ("batch", None, "total_investment", 880000, "exact"),
    ]


@pytest.mark.parametrize(
    "other",
    [
        "To date, the city has signed 310 projects this year.",
        "Earlier this month, the city signed 310 projects.",
        "In the previous round, 310 projects were signed.",
        "Since January, 310 projects have been signed in the city.",
    ],
)
def test_an_english_count_of_an_earlier_period_or_so_far_is_not_the_batch_s(other):
    text = (
        f"Puning signs 27 projects\nPuning signed 27 projects worth 8.8 billion yuan at a fair today. {other}"
    )
    got = read(text, year=2024, whole_release=True, city="4452")
    assert ("batch", None, "projects", 27, "exact") in got
    assert ("batch", None, "total_investment", 880000, "exact") in got
    assert not [g for g in got if g[3] == 310]


def test_who_held_an_event_and_when_name_no_project():
    text = "潮州项目集中开工\n潮州市今日举行重大项目集中开工活动，共有40个项目开工，总投资约220亿元。"
    got = read(text, year=2024, whole_release=True, city="4451")
    assert got == [
        ("batch", None, "projects", 40, "exact"),
        ("batch", None, "total_investment", 2200000, "about"),
    ]


def test_another_district_s_figures_in_a_district_s_release_are_no_part_of_it():
    text = (
        "龙华区重大项目动工\n"
        "龙华区今天举行重大项目集中动工仪式，动工项目52个，总投资480亿元。"
        "同一时间，光明区也有26个项目动工，总投资210亿元。"
    )
    got = read(text, year=2024, whole_release=True, city="4403")
    assert got == [
        ("batch", None, "projects", 52, "exact"),
        ("batch", None, "total_investment", 4800000, "exact"),
    ]


def test_a_second_count_of_the_event_tied_only_by_its_verb_is_another_whole_with_its_parts():
    text = (
        "揭阳项目集中开工\n"
        "揭阳市今天举行项目集中开工活动，开工项目52个，总投资188亿元。"
        "全市今年共开工项目430个，其中榕城区有30个。"
    )
    got = read(text, year=2024, whole_release=True, city="4452")
    assert got == [
        ("batch", None, "projects", 52, "exact"),
        ("batch", None, "total_investment", 1880000, "exact"),
    ]
    # a smaller count anew, and the parts after it, are no parts of the batch either
    smaller = text.replace(
        "全市今年共开工项目430个，其中榕城区有30个。", "全市共开工项目30个，其中榕城区10个。"
    )
    assert not [g for g in read(smaller, year=2024, whole_release=True, city="4452") if g[3] in (30, 10)]


def test_a_number_printed_with_a_decimal_point_counts_no_projects():
    text = "The park hosts a batch of industry 4.0 projects, and 12 projects were signed today."
    assert ("batch", None, "projects", 4, "exact") not in read(text)


def test_this_district_said_again_is_the_district_named_before_it():
    text = (
        "汕尾项目集中开工\n"
        "汕尾市今天举行重大项目集中开工活动，共有22个项目开工，总投资超100亿元。"
        "主会场设在海丰县的一个产业园。该县此次有5个项目参加集中开工，总投资26亿元。"
    )
    got = read(text, year=2021, whole_release=True, city="4415")
    assert ("district", "海丰县", "projects", 5, "exact") in got
    assert ("batch", None, "projects", 5, "exact") not in got


def test_where_the_investors_come_from_is_no_scope():
    text = "今天签约项目30个，总投资150亿元。签约的30个项目里，来自长三角项目9个，投资额40亿元。"
    got = read(text, year=2024)
    assert got[:2] == [
        ("batch", None, "projects", 30, "exact"),
        ("batch", None, "total_investment", 1500000, "exact"),
    ]
    assert not [g for g in got if g[3] in (9, 400000)]


@pytest.mark.parametrize("where", ["在推介会上签约项目22个", "在主会场集中签约项目22个"])
def test_the_event_s_verb_before_projects_names_no_project(where):
    got = read(f"惠州项目签约\n惠州市{where}，总投资180亿元。", year=2023, whole_release=True, city="4413")
    assert ("batch", None, "projects", 22, "exact") in got


def test_a_list_of_fields_ending_in_etc_is_no_part():
    text = (
        "今天全县共有9个项目集中开工，全县有9个涉及光伏、物流、医疗、旅游等领域的项目开工，投资总额7.5亿元。"
    )
    assert not [g for g in read(text) if g[0] == "sector"]


def test_a_count_of_another_event_is_checked_against_that_event_s_first_count():
    text = "全市共60个项目集中开工、30个项目集中竣工。本次集中开工项目中，总投资26亿元；集中竣工项目12个，总投资5亿元。"
    got = read(text)
    assert ("batch", None, "projects", 30, "exact") in got
    assert ("batch", None, "projects", 12, "exact") not in got


def test_the_province_s_regions_are_its_parts_and_a_region_holding_the_city_is_a_kind():
    text = "今年全省签约项目120个，其中粤东地区项目30个，粤西项目25个，粤北项目20个，珠三角项目45个。"
    got = read(text, year=2024, province_is_batch=True)
    assert [g[:4] for g in got[1:]] == [
        ("district", "粤东", "projects", 30),
        ("district", "粤西", "projects", 25),
        ("district", "粤北", "projects", 20),
        ("district", "珠三角", "projects", 45),
    ]
    city = "江门市今天集中开工项目63个，其中43个为大湾区项目。"
    assert ("sector", "大湾区", "projects", 43, "exact") in read(city, city="4407")
    english = "Jiangmen started 63 projects today, 43 of which are Greater Bay Area projects."
    assert ("sector", "大湾区", "projects", 43, "exact") in read(english, city="4407")


def test_a_kind_then_the_narrower_field_it_belongs_to_is_that_field_s():
    text = "Of the 120 projects, 80 are industrial projects. Also, 25 industrial projects are in high-tech industries."
    assert ("sector", "高新技术产业", "projects", 25, "exact") in read(text)
    assert ("sector", "高新技术产业", "projects", 12, "exact") in read(
        "本次开工项目60个，其中高新技术产业项目12个。"
    )


def test_a_band_with_the_band_above_it_left_out_is_a_range():
    text = "本次签约项目40个。按规模分，百亿级项目有3个，合计投资420亿元；30亿元以上（不含百亿级）项目6个，合计投资310亿元。"
    got = read(text)
    assert ("size_band", "≥100亿元", "projects", 3, "exact") in got
    assert ("size_band", "30–100亿元", "projects", 6, "exact") in got
    assert ("size_band", "30–100亿元", "total_investment", 3100000, "exact") in got


def test_english_projects_that_are_of_over_an_amount_are_a_size_band():
    text = "The city started 120 projects today. Among them, 12 projects are of over 1 billion yuan, with a total investment of 50 billion yuan."
    assert ("size_band", "≥10亿元", "projects", 12, "exact") in read(text)


@pytest.mark.parametrize(
    ("title", "other"),
    [
        ("云浮市三季度重大项目集中开工\n", "一季度，全市集中开工项目95个，其中云安区有30个。"),
        (
            "Yunfu starts 48 projects in the third quarter\n",
            "In the first quarter, 95 projects were started intensively, 30 of which were in Yun'an District.",
        ),
    ],
)
def test_a_clause_that_opens_on_another_quarter_than_the_release_s_is_not_the_batch_s(title, other):
    lead = (
        "云浮市今天集中开工项目48个，总投资350亿元。"
        if title.startswith("云")
        else "Yunfu started 48 projects worth 35 billion yuan at the same time today. "
    )
    got = read(title + lead + other, year=2024, whole_release=True, city="4453")
    assert not [g for g in got if g[3] in (95, 30)]
    # a quarter named in passing inside the clause compares, and leaves the batch's figure
    same = read(
        "云浮市三季度项目集中签约\n云浮市今天签约项目48个，签约额在一季度之后再次突破千亿。",
        year=2024,
        whole_release=True,
        city="4453",
    )
    assert ("batch", None, "total_investment", 10000000, "over") in same


@pytest.mark.parametrize(
    "target",
    [
        "全年，全县确保新开工项目不少于300个，其中产业项目200个。",
        "全年引进项目将突破300个，其中产业项目200个。",
    ],
)
def test_a_target_in_other_words_is_not_the_batch_s(target):
    text = f"紫金县项目集中开工\n紫金县今天举行项目集中开工活动，开工项目36个，总投资120亿元。{target}"
    got = read(text, year=2024, whole_release=True, city="4416")
    assert not [g for g in got if g[3] in (300, 200)]


def test_an_english_target_in_other_words_is_not_the_batch_s():
    text = (
        "Zijin signs 36 projects\nZijin County signed 36 projects worth 12 billion yuan at a fair on Monday. "
        "The county expects to sign 300 projects over the year, with a goal of 60 billion yuan."
    )
    got = read(text, year=2024, whole_release=True, city="4416")
    assert not [g for g in got if g[3] in (300, 6000000)]


def test_a_part_of_an_event_the_release_states_no_whole_of_is_another_programme_s():
    text = "清远重大项目集中开工\n清远市今天集中开工项目52个，总投资210亿元。清城区近期引进签约项目15个，总投资30亿元。"
    got = read(text, year=2024, whole_release=True, city="4418")
    assert not [g for g in got if g[3] in (15, 300000)]
    # a release that states both events keeps the parts of each
    both = "清远重大项目集中开工签约\n清远市今天集中开工项目52个、集中签约项目20个。清城区签约项目15个。"
    assert ("district", "清城区", "projects", 15, "exact") in read(
        both, year=2024, whole_release=True, city="4418"
    )


@pytest.mark.parametrize(
    ("title", "lead", "other"),
    [
        (
            "清远集中开工\n",
            "清远市今天集中开工项目52个，总投资210亿元。\n",
            "在招商方面，今年全市新引进先进制造业项目45个，投资额300亿元。",
        ),
        (
            "Qingyuan starts 52 projects\n",
            "Qingyuan started 52 projects worth 21 billion yuan today.\n",
            "On investment promotion, the city brought in 45 advanced manufacturing projects this year, worth 30 billion yuan.",
        ),
    ],
)
def test_a_sentence_set_in_the_year_beside_a_day_s_event_is_the_year_s_programme(title, lead, other):
    got = read(title + lead + other, year=2024, whole_release=True, city="4418")
    assert not [g for g in got if g[3] in (45, 3000000)]
    # a part's year's amount (今年计划完成投资) is no time of its own: the batch's part keeps it
    part = "其中产业项目20个，今年计划完成投资30亿元。"
    assert ("sector", "产业", "projects", 20, "exact") in read(
        title + lead + part, year=2024, whole_release=True, city="4418"
    )


def test_a_sentence_that_restates_a_number_of_the_title_is_the_batch_s_but_opens_no_carry():
    text = (
        "和平县今年大手笔，砸下520亿!\n"
        "合计86个重点项目，总投资金额达520亿元!\n"
        "阳明镇，在2024年便有6项重大项目开工。"
    )
    got = read(text, year=2024, whole_release=True, city="4416")
    assert ("batch", None, "projects", 86, "exact") in got
    assert ("batch", None, "total_investment", 5200000, "exact") in got
    assert not [g for g in got if g[3] == 6]


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "春潮涌动正当时\n"
            "新年伊始，奋进的号角已经吹响。鹤山市本次集中动工项目18个，总投资96亿元。"
            "其中产业项目12个，总投资70亿元。"
            "2024年，鹤山科技园内总投资超5亿元的先进制造项目将达9个。",
            9,
        ),
        (
            "A spring of hard work\n"
            "The new year starts with a drive. Heshan started 18 projects in this batch, worth 9.6 billion yuan. "
            "Among them, 12 are industrial projects, worth 7 billion yuan. "
            "In 2024, the science park will be home to 9 advanced manufacturing projects of over 500 million yuan each.",
            9,
        ),
    ],
)
def test_a_sentence_set_in_the_year_is_the_year_s_programme_where_the_title_tells_nothing(text, other):
    """A title that tells neither an event nor a plan (a slogan) leaves the release's subject open: a sentence set
    in the year as a whole that names no batch, occasion or plan is still the year's programme, not a part."""
    got = read(text, year=2024, whole_release=True, city="4407")
    assert ("batch", None, "projects", 18, "exact") in got
    assert ("sector", "产业", "projects", 12, "exact") in got
    assert not [g for g in got if g[3] == other]


def test_a_title_that_counts_the_year_s_key_projects_is_a_plan_s():
    """ "… lines up 120 key projects for 2024" names no plan word, but counts the year's list: the release is a
    plan's, so its sentences set in the year are its own, not another programme's."""
    text = (
        "Heshan lines up 120 key projects for 2024\n"
        "Heshan will push forward 120 key projects, with 15 billion yuan to be invested in 2024. "
        "In 2024, 40 industrial projects will take 6 billion yuan of it."
    )
    got = read(text, year=2024, whole_release=True, city="4407")
    assert ("batch", None, "projects", 120, "exact") in got
    assert ("sector", "产业", "projects", 40, "exact") in got


def test_an_english_count_of_a_place_s_projects_that_involve_an_amount_is_that_place_s():
    """ "Among the 30 projects, Conghua's four involve …": a bare count after "among the projects" with its verb is
    a part, so the amount after it is the part's, never the batch's."""
    text = (
        "Guangzhou signs 30 projects\n"
        "Guangzhou signed 30 projects worth 12 billion yuan at a fair today. "
        "Among the 30 projects, Conghua's four involve an investment of over 2 billion yuan."
    )
    got = read(text, year=2024, whole_release=True, city="4401")
    assert ("batch", None, "total_investment", 1200000, "exact") in got
    assert ("district", "从化区", "projects", 4, "exact") in got
    assert ("district", "从化区", "total_investment", 200000, "over") in got
    assert not [g for g in got if g[0] == "batch" and g[3] == 200000]


@pytest.mark.parametrize("verb", ["初步安排", "统筹铺排", "共谋划", "最终确定"])
def test_what_follows_a_verb_of_arranging_names_the_list_not_a_project(verb):
    """ "…，初步安排市重点建设项目420个": a verb (with whatever adverb before it) arranges the list; the words after
    it name that list, so the count is the plan's, never a single project's."""
    text = f"韶关市2024年重点项目计划出炉\n近日，韶关市印发2024年重点项目计划，{verb}市重点建设项目420个，总投资3100亿元。"
    got = read(text, year=2024, whole_release=True, city="4402")
    assert ("batch", None, "projects", 420, "exact") in got
    assert ("batch", None, "total_investment", 31000000, "exact") in got


@pytest.mark.parametrize(
    "text",
    [
        "各地重点项目计划陆续公布\n具体来看，广东2024年安排省重点建设项目1500个，年度计划投资1万亿元。"
        "福建2024年推进省重点项目1000个以上，年度计划投资6000亿元。"
        "而湖南今年安排省重点项目300个，年度投资1500亿元。",
        "Provinces publish their key project lists\nGuangdong has arranged 1,500 provincial key projects for 2024, "
        "with an annual planned investment of 1 trillion yuan. Fujian has listed more than 1,000 key projects, "
        "with 600 billion yuan planned this year. In Hunan, 300 key projects will take 150 billion yuan this year.",
    ],
)
def test_another_province_s_list_beside_guangdong_s_is_never_the_batch(text):
    got = read(text, year=2024, province_is_batch=True, whole_release=True, city="44")
    assert ("province", None, "projects", 1500, "exact") in got or (
        "batch",
        None,
        "projects",
        1500,
        "exact",
    ) in got
    assert not [g for g in got if g[3] in (1000, 300, 60000000, 15000000)]


def test_a_restated_batch_count_holds_the_parts_after_it_in_its_sentence():
    """After a sentence that also names another list (预备项目), "420个重点建设项目中，…产业项目250个" speaks of the
    batch again: the parts after the count said again are the batch's."""
    text = (
        "韶关市2024年重点项目计划出炉\n"
        "近日，韶关市印发2024年重点项目计划，安排市重点建设项目420个，总投资3100亿元；安排预备项目60个，估算总投资500亿元。"
        "420个重点建设项目中，按类别划分，产业项目250个，占总数59.5%；基础设施项目120个，占总数28.6%。"
    )
    got = read(text, year=2024, whole_release=True, city="4402")
    assert ("sector", "产业", "projects", 250, "exact") in got
    assert ("sector", "基础设施", "projects", 120, "exact") in got
    assert not [g for g in got if g[3] in (60, 5000000)]


def test_a_place_s_own_sub_venue_counts_that_place_s_part_and_the_main_venue_none():
    text = (
        "阳江重大项目集中开工\n"
        "阳江市重大项目集中开工活动今天在江城区主会场举行，全市开工项目30个，总投资180亿元。"
        "在阳春市分会场，当天开工项目7个，总投资35亿元。"
    )
    got = read(text, year=2024, whole_release=True, city="4417")
    assert ("batch", None, "projects", 30, "exact") in got
    assert ("district", "阳春市", "projects", 7, "exact") in got
    assert ("district", "阳春市", "total_investment", 350000, "exact") in got
    assert not [g for g in got if g[0] == "district" and g[1] == "江城区"]


def test_an_amount_after_two_counts_given_one_part_is_not_that_part_s():
    """When a part's scope was carried onto a count that is not its ("12 transport projects, 9 harbour-life projects
    …": two counts for transport), the amount said after them in a clause that names no part is not transport's."""
    text = (
        "Yangjiang launches 40 projects\n"
        "Yangjiang launched 40 projects on Monday. They include 12 transport projects, 9 harbour-life projects "
        "and 19 farm-tourism projects, with a total investment of 21 billion yuan."
    )
    got = read(text, year=2024, whole_release=True, city="4417")
    assert ("batch", None, "projects", 40, "exact") in got
    assert not [g for g in got if g[0] == "sector" and g[2] != "projects"]


@pytest.mark.parametrize(
    "part",
    [
        "Industrial projects account for 35 of them, worth 8 billion yuan.",
        "Lianjiang makes up 35 of them, worth 8 billion yuan.",
    ],
)
def test_a_scope_that_is_the_subject_of_n_of_them_takes_that_part(part):
    """ "X accounts for / makes up N of them": the part is the subject before its verb, not an unnamed subset."""
    text = (
        "Zhanjiang starts 60 projects\n"
        "Zhanjiang started 60 projects with a total investment of 20 billion yuan on Monday. " + part
    )
    got = read(text, year=2024, whole_release=True, city="4408")
    assert ("batch", None, "projects", 60, "exact") in got
    assert [g for g in got if g[2] == "projects" and g[3] == 35 and g[0] in ("sector", "district")]
    assert not [g for g in got if g[0] == "batch" and g[3] == 800000]


def test_an_english_bare_count_with_its_verb_in_a_sentence_about_projects_is_a_count():
    """ "Government-funded projects number 70, while 50 are funded by social capital": the second count has no
    "projects" of its own; its sentence is about projects, so it counts them."""
    text = (
        "Zhanjiang starts 120 projects\n"
        "Zhanjiang started 120 projects on Monday. "
        "Government-funded projects number 70, while 50 are funded by social capital."
    )
    got = read(text, year=2024, whole_release=True, city="4408")
    assert ("funding", "政府投资", "projects", 70, "exact") in got
    assert ("funding", "社会投资", "projects", 50, "exact") in got


def test_the_last_projects_of_a_list_of_fields_is_said_of_every_field():
    """ "…等12个产业领域，…等20个基础设施领域，…等8个民生领域项目": 项目 said once, after the last field, counts
    the projects of each; a count of fields alone ("涵盖5个产业领域") stays no count."""
    text = "按领域分，包括某电子产业园等12个产业领域，某快速路等20个基础设施领域，某中学等8个民生领域项目。"
    got = read(text, year=2024, city="4403")
    assert ("sector", "产业", "projects", 12, "exact") in got
    assert ("sector", "基础设施", "projects", 20, "exact") in got
    assert ("sector", "民生", "projects", 8, "exact") in got
    assert not [g for g in read("项目涵盖5个产业领域。", year=2024, city="4403") if g[2] == "projects"]


@pytest.mark.parametrize(
    "makeup", ["项目主要集中在新能源领域", "其中大部分为制造业项目", "项目涵盖3个产业领域"]
)
def test_a_field_named_in_passing_as_what_the_batch_is_made_of_takes_no_amount(makeup):
    """A field named as what most of the batch is, with no count of its own, is said in passing: the amount after
    it is not that field's."""
    text = f"潮州重大项目集中开工\n潮州市今天举行重大项目集中开工活动，开工项目26个。{makeup}，总投资95亿元。"
    got = read(text, year=2024, whole_release=True, city="4451")
    assert not [g for g in got if g[0] == "sector"]
    # counted, it is a part as before
    counted = "潮州重大项目集中开工\n潮州市今天举行重大项目集中开工活动，开工项目26个。其中，主要为制造业项目15个，总投资60亿元。"
    assert ("sector", "制造业", "total_investment", 600000, "exact") in read(
        counted, year=2024, whole_release=True, city="4451"
    )


def test_the_budget_s_money_is_no_funding_part_of_the_plan():
    """ "市财政今年安排的政府投资为…": what the government's budget puts in is a list of its own, not the total of the
    plan's government-funded projects."""
    text = (
        "汕头市2024年重点项目计划\n"
        "汕头市2024年安排重点项目300个，总投资4200亿元，年度计划投资600亿元。"
        "其中，政府投资项目120个，社会投资项目180个。"
        "市本级财政今年投入的政府投资为210亿元。"
    )
    got = read(text, year=2024, whole_release=True, city="4405")
    assert ("funding", "政府投资", "projects", 120, "exact") in got
    assert not [g for g in got if g[3] == 2100000]


# ---- round 8: whose event a release tells of ----------------------------------------------------------------


@pytest.mark.parametrize(
    "title, lead",
    [
        ("蕉岭县举办项目推介会 6个项目签约落户", "本月3日，6个项目集中签约落户蕉岭县，协议投资额共42亿元。"),
        (
            "肇庆端州：12个项目集中开工",
            "昨日，肇庆市端州区新一批项目集中开工。端州区开工项目12个，总投资42亿元。",
        ),
        ("横沥一季度8个项目集中动工", "横沥镇今天集中动工8个项目，总投资42亿元。"),
    ],
)
def test_a_place_s_own_event_is_the_batch_not_its_part(title, lead):
    got = read(f"{title}\n{lead}", whole_release=True, city="4412")
    assert ("batch", None, "total_investment", 420000, "exact") in got
    assert not [g for g in got if g[0] == "district"]


def test_the_district_that_holds_a_town_is_no_part_of_the_town_s_event():
    text = (
        "石湾公布30个项目\n"
        "日前，禅城区举行一季度项目开工活动。石湾镇共有30个项目发布，总投资120亿元；"
        "另有4个项目参加禅城区集中开工，总投资9亿元。"
    )
    got = read(text, whole_release=True, city="4406")
    assert ("batch", None, "projects", 30, "exact") in got
    assert not [g for g in got if g[0] == "district"]


@pytest.mark.parametrize(
    "text",
    [
        "佛山一季度92个项目开工 顺德区占20个\n今天，佛山市一季度项目集中开工，共92个项目，总投资500亿元。其中顺德区项目20个。",
        "Foshan starts 92 projects\nFoshan started 92 projects today, 20 of them in Shunde District and 12 in Nanhai District.",
        "活动在南海区举行 佛山92个项目开工\n一季度项目集中开工活动在南海区举行，全市92个项目开工。南海区项目12个。",
    ],
)
def test_a_city_s_event_or_a_venue_names_no_host(text):
    got = read(text, whole_release=True, city="4406")
    assert ("batch", None, "projects", 92, "exact") in got
    assert [g for g in got if g[0] == "district"]


def test_a_figureless_sentence_naming_the_event_whole_leaves_the_batch_in_force():
    text = (
        "某县项目集中签约开工\n5日，某县2024年产业项目集中签约暨园区开工。11个项目签约或开工，总投资60亿元。"
    )
    got = read(text, whole_release=True, city="4413")
    assert ("batch", None, "total_investment", 600000, "exact") in got


@pytest.mark.parametrize(
    "text, label",
    [
        ("本次签约项目40个，其中第二产业投资项目25个，投资额90亿元。", "第二产业"),
        ("本次签约项目40个，其中新能源汽车领域项目25个，投资额90亿元。", "新能源汽车"),
        ("本次签约项目40个，其中数字经济类投资项目25个，投资额90亿元。", "数字经济"),
    ],
)
def test_a_word_more_after_a_kind_makes_no_other_label(text, label):
    assert ("sector", label, "projects", 25, "exact") in read(text)


def test_where_investors_come_from_is_the_batch_when_no_larger_whole_holds_it():
    whole = read(
        "连州与港商签约8个项目\n昨日，连州市举行招商签约活动，与港商签约项目8个，总投资30亿元。",
        whole_release=True,
        city="4418",
    )
    assert ("batch", None, "projects", 8, "exact") in whole
    assert ("batch", None, "total_investment", 300000, "exact") in whole
    part = read("本次签约项目50个，总投资200亿元。其中港资项目20个，投资额90亿元。", whole_release=True)
    assert ("funding", "港商投资", "projects", 20, "exact") in part


@pytest.mark.parametrize(
    "text",
    [
        "各地项目集中开工\n3月2日，珠海市一季度项目集中开工，共开工项目60个。"
        "3月3日，江西某区举行集中签约仪式。签约仪式上，12个总投资40亿元的项目集中签约。",
        "Projects start across China\nZhuhai started 60 projects on March 2. On March 3, Jiangxi held a signing "
        "ceremony. At the ceremony, 12 projects worth 4 billion yuan were signed.",
    ],
)
def test_another_province_s_event_goes_on_until_guangdong_is_named_again(text):
    got = read(text, whole_release=True, city="4404")
    assert ("batch", None, "projects", 60, "exact") in got
    assert not [g for g in got if g[3] in (12, 400000)]


def test_the_host_may_be_named_in_the_first_sentence_that_tells_of_the_business():
    text = (
        "本报讯 记者某某报道：春风送暖正当时。新年伊始，蕉岭抢抓机遇，掀起项目集中签约热潮。"
        "蕉岭县签约项目6个，协议投资额共42亿元。其中，长潭镇项目2个。"
    )
    got = read(text, whole_release=True, city="4414")
    assert ("batch", None, "projects", 6, "exact") in got
    assert ("district", "长潭镇", "projects", 2, "exact") in got  # a town of the county: its part


def test_a_zone_named_after_its_city_is_a_host_not_the_city():
    text = (
        "江门高新区40个项目集中签约动工\n"
        "5月8日，江门高新区共有40个项目集中签约动工，总投资300亿元，其中棠下镇项目12个。"
    )
    got = read(text, whole_release=True, city="4407")
    assert ("batch", None, "projects", 40, "exact") in got
    assert ("district", "棠下镇", "projects", 12, "exact") in got  # a town of the zone: its part


def test_a_count_before_its_parts_by_event_is_of_mixed_events():
    got = read("本批签约、动工的项目分属多个行业，其中产业项目40个，包括开工项目15个、签约项目25个。")
    assert ("sector", "产业", "projects", 40, "exact") in got
    assert ("sector", "产业", "projects", 15, "exact") in got
    assert ("sector", "产业", "projects", 25, "exact") in got


def test_stray_commas_before_a_stop_change_nothing():
    text = "本批开工,、签约的项目共50个,总投资300亿元,,其中开工项目20个,、签约项目30个,。"
    got = read(text)
    assert ("batch", None, "projects", 50, "exact") in got
    assert ("batch", None, "projects", 20, "exact") in got
    assert ("batch", None, "projects", 30, "exact") in got
    figures = extract_figures(text)
    assert [f.event for f in figures if f.value == 50] == [None]  # two events named together: mixed
    assert all(f.text == text[f.start : f.end] for f in figures)


def test_a_target_reaches_no_further_than_its_paragraph():
    text = (
        "24个项目集中签约开工\n"
        "今年，某区将力争全年招引亿元以上项目30个。\n"
        "当天下午，在集中签约开工活动上，某区集中签约开工项目共24个，总投资达50亿元。"
    )
    got = read(text, whole_release=True, city="4418")
    assert ("batch", None, "projects", 24, "exact") in got
    assert ("batch", None, "total_investment", 500000, "exact") in got


def test_a_sentence_after_the_occasion_named_alone_is_of_the_event():
    text = (
        "某市招商推介大会开幕\n"
        "春风正暖。3月5日，某市招商推介大会隆重召开。9个项目落户某县，涉及物流、食品等产业领域，"
        "投资总额86亿元。"
    )
    got = read(text, whole_release=True, city="4415")
    assert ("batch", None, "projects", 9, "exact") in got
    assert ("batch", None, "total_investment", 860000, "exact") in got


@pytest.mark.parametrize(
    "text",
    [
        "Dongguan starts projects\nUp until June, the city has held ceremonies for three batches of projects. "
        "In all, 70 projects saw work begin, with a total investment of 50 billion yuan.",
        "东莞项目建设\n截至6月，全市已举行三批项目集中开工活动。合计项目70个，总投资500亿元。",
    ],
)
def test_an_occasion_told_as_a_result_so_far_ties_nothing_after_it(text):
    assert not [g for g in read(text, whole_release=True, city="4419") if g[3] in (70, 5000000)]


@pytest.mark.parametrize(
    "text",
    [
        "番禺区项目集中动工\n番禺区重点项目今日集中动工，动工项目25个，总投资130亿元。全区今年建成项目预计有36个。",
        "番禺區項目集中動工\n番禺區重點項目今日集中動工，動工項目25個，總投資130億元。今年全區預期新增投產項目36個。",
        "Panyu starts 25 projects\nPanyu District broke ground on 25 projects on Monday, worth 13 billion "
        "yuan. 36 projects were put into operation in the district this year.",
    ],
)
def test_a_count_of_another_event_than_the_release_s_is_not_the_batch(text):
    got = read(text, whole_release=True, city="4401")
    assert ("batch", None, "projects", 25, "exact") in got
    assert not [g for g in got if g[3] == 36]


@pytest.mark.parametrize("words", ["投产投用", "建成投用", "完工", "达产"])
def test_an_event_s_word_before_projects_names_no_field(words):
    assert not [g for g in read(f"全区今年计划{words}项目18个。") if g[0] == "sector"]


@pytest.mark.parametrize(
    "text",
    [
        "Huangpu starts 18 projects\nHuangpu District broke ground on 18 projects with a total investment of "
        "12 billion yuan on Friday. At the ceremony, an official said the district will invest 45 billion yuan "
        "in 210 key projects this year.",
        "黄埔区项目集中开工\n黄埔区18个项目今日集中开工，总投资120亿元。"
        "活动现场，区领导介绍说全区全年要对210个重点项目投资450亿元。",
    ],
)
def test_an_amount_said_with_a_count_that_is_not_the_batch_s_is_that_count_s(text):
    got = read(text, whole_release=True, city="4401")
    assert ("batch", None, "projects", 18, "exact") in got
    assert ("batch", None, "total_investment", 1200000, "exact") in got
    assert not [g for g in got if g[3] in (210, 4500000)]


def test_a_place_s_entries_in_a_list_it_does_not_own_are_another_list():
    text = (
        "某县重点项目进展\n"
        "记者日前从县发展和改革局了解到，全县重点项目建设总体平稳。\n"
        "今年我县列入市重点建设项目24项，总投资130亿元。"
        "我县本年度安排县重点项目96项，总投资410亿元，年度计划投资88亿元。"
    )
    assert not [g for g in read(text, whole_release=True, city="4409") if g[3] in (24, 1300000)]


def test_a_numbered_section_heading_is_no_headline():
    text = (
        "一、总体情况\n"
        "（一）省重点项目\n"
        "我县列入省重点建设项目7项，总投资95亿元，年度计划投资12亿元。1-4月完成投资4亿元。"
    )
    assert not read(text, whole_release=True, city="4409")


@pytest.mark.parametrize("verb", ["签约", "签订", "签署"])
def test_any_verb_of_an_event_before_projects_is_the_event_not_a_field_or_a_name(verb):
    text = f"本次活动共{verb}项目30个，总投资88亿元，其中{verb}项目中有制造业项目12个。"
    got = read(text)
    assert ("batch", None, "projects", 30, "exact") in got
    assert not [g for g in got if g[0] == "sector" and g[1] == verb]
    figures = extract_figures(f"其中{verb}项目40个、投资额90亿元，动工项目29个、投资额60亿元。")
    assert [f.event for f in figures if f.status == "ok" and f.value == 40] == ["signing"]


def test_a_name_ending_in_gongcheng_with_no_count_is_one_project_not_a_field():
    text = "本次开工项目20个，总投资90亿元。其中，某江大桥改建工程项目总投资12亿元。"
    got = read(text)
    assert ("batch", None, "projects", 20, "exact") in got
    assert not [g for g in got if g[3] == 120000]
    # counted, before or after, 工程 names a kind of projects
    assert ("sector", "民生", "projects", 12, "exact") in read("本次开工项目20个，其中民生工程项目12个。")
    assert ("sector", "新材料", "projects", 9, "exact") in read("本次开工项目20个，其中9个新材料工程项目。")


@pytest.mark.parametrize("words", ["共安排工程项目", "共铺排工程项目", "来自湾区东岸工程项目"])
def test_a_verb_or_an_origin_before_projects_names_no_field(words):
    assert not [g for g in read(f"今年持续推进产业升级，{words}37个，总投资90亿元。") if g[0] == "sector"]


def test_the_government_s_investment_plan_in_other_words_is_another_list():
    text = (
        "某市公布2024年重点项目计划\n今年，某市安排市重点项目300个，总投资2600亿元。"
        "2024年还安排市政府投资工程项目200个，年度计划投资150亿元。"
    )
    got = read(text, whole_release=True, city="4403")
    assert ("batch", None, "projects", 300, "exact") in got
    assert not [g for g in got if g[3] in (200, 1500000)]


@pytest.mark.parametrize("among", ["其中", "这其中", "当中", "这当中", "在这些项目当中"])
def test_every_way_of_pointing_back_opens_a_part(among):
    text = (
        f"某市项目集中签约\n活动现场签约项目40个，总投资200亿元。{among}，第二产业项目25个，投资额150亿元。"
    )
    got = read(text, whole_release=True, city="4402")
    assert ("sector", "第二产业", "projects", 25, "exact") in got
    assert not [g for g in got if g[0] == "sector" and g[1] != "第二产业"]


@pytest.mark.parametrize("adjective", ["", "key ", "major ", "key construction "])
def test_the_province_s_list_in_english_with_any_adjective_is_another_list(adjective):
    text = (
        "Zhaoqing plans 300 key projects for 2024\n"
        "In 2024, Zhaoqing will carry out 300 key projects with a total investment of 260 billion yuan. "
        f"This year, 90 projects in Zhaoqing are included in Guangdong provincial {adjective}projects, covering "
        "transport, industry and public services. "
        "Among them, there are 30 infrastructure projects, with a total investment of 80 billion yuan."
    )
    got = read(text, whole_release=True, city="4412")
    assert ("batch", None, "projects", 300, "exact") in got
    assert not [g for g in got if g[3] in (90, 8000000, 30)]


@pytest.mark.parametrize("word", ["总投资", "计划总投资", "估算总投资"])
def test_a_bare_project_then_its_amount_is_that_project_s(word):
    text = f"某市重大项目进展\n1-7月，某市重大项目完成投资500亿元。某某产业园位于高新区。项目{word}8亿元，于今年5月开工。"
    assert not [g for g in read(text, whole_release=True, city="4412") if g[3] == 80000]


def test_a_line_of_page_furniture_before_the_title_is_no_title():
    text = (
        "主页 > 要闻 > 经济\n"
        "来源：某区融媒体中心  2023-04-12 09:30\n\n"
        "30余个好项目进驻某区 投资额逾800亿元\n\n"
        "今年以来，30余个好项目相继进驻某区，投资额逾800亿元。"
    )
    assert not read(text, whole_release=True, city="4406")  # the title is the body's result so far in brief


def test_a_count_in_xiang_before_a_kind_is_not_part_of_its_name():
    got = read("本次开工项目40个，其中58项新材料产业项目，年度投资额超95亿元。")
    assert not [g for g in got if g[0] == "sector" and g[1] != "新材料"]


def test_an_overall_investment_is_a_total():
    got = read("Jiangmen started 45 projects with an overall investment of 31.2 billion yuan on Monday.")
    assert ("batch", None, "total_investment", 3120000, "exact") in got


@pytest.mark.parametrize("new", ["新开工", "新动工"])
def test_the_plan_s_stages_named_together_are_its_whole_list(new):
    got = read(f"今年某市安排重点续建、{new}项目120个，年度计划投资360亿元。", year=2024)
    assert ("batch", None, "projects", 120, "exact") in got


def test_counts_in_chinese_numerals_read_as_in_digits():
    got = read("本次开工项目四十个，其中基础设施项目三个、民生项目五个，会上二十个项目签约。")
    assert ("sector", "基础设施", "projects", 3, "exact") in got
    assert ("sector", "民生", "projects", 5, "exact") in got
    assert [g[4] for g in got if g[3] == 20] in (
        [],
        ["exact"],
    )  # 会上 is where, not 上 (about) before a round number
    assert ("batch", None, "projects", 100, "about") in read("上百个项目集中开工。")


def test_a_title_counting_in_chinese_numerals_names_the_host():
    text = (
        "狮山推出五十二个重大项目\n"
        "2024年，狮山镇共有五十二个项目纳入南海区重大项目清单，总投资300亿元，年度计划投资60亿元。"
    )
    got = read(text, whole_release=True, city="4406", year=2024)
    assert ("batch", None, "projects", 52, "exact") in got
    assert not [g for g in got if g[0] == "district"]


@pytest.mark.parametrize(
    "sentence",
    [
        "今年全区将奋力推动80个以上项目开工，总投资超500亿元。",
        "全年努力实现80个以上项目开工，总投资超500亿元。",
        "今年来，全区已开工项目80个，总投资超500亿元。",
        "到目前，全区开工项目80个，总投资超500亿元。",
        "2024年1月至9月，全区开工项目80个，总投资超500亿元。",
        "今年全区累积开工项目80个，总投资超500亿元。",
    ],
)
def test_a_target_or_a_result_so_far_in_other_words_is_not_the_batch(sentence):
    got = read("某区秋季重点项目开工仪式举行\n" + sentence, year=2024, whole_release=True, city="4419")
    assert not [g for g in got if g[3] in (80, 5000000)]


def test_a_quota_per_period_is_no_batch_s_figure():
    got = read("某县提出，每季度签约15个以上招商项目，每月开工8个以上重点项目。", year=2024)
    assert not [g for g in got if g[3] in (15, 8)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Statistics show that the city signed 210 projects worth 88 billion yuan in January-August.",
        "Up to this point, the city has signed 210 projects worth 88 billion yuan this year.",
        "In January through August the city signed 210 projects worth 88 billion yuan.",
    ],
)
def test_a_result_so_far_in_other_english_words_is_not_the_batch(sentence):
    got = read("City holds investment signing ceremony\n" + sentence, whole_release=True, city="4419")
    assert not [g for g in got if g[3] in (210, 8800000)]


@pytest.mark.parametrize(
    "other",
    [
        "另据了解，广州本季度开工项目37个，总投资473亿元。",
        "另据了解，广州市番禺区本季度开工项目37个，总投资473亿元。",
    ],
)
def test_another_city_named_as_the_subject_is_not_the_batch(other):
    text = "东莞秋季重点项目开工仪式举行\n活动现场气氛热烈。" + other
    got = read(text, whole_release=True, city="4419", year=2024)
    assert not [g for g in got if g[3] in (37, 4730000)]


def test_a_city_named_as_a_partner_leaves_the_figure_the_batch_s():
    text = "东莞秋季重点项目签约仪式举行\n本次与深圳企业签约项目30个，总投资200亿元。"
    got = read(text, whole_release=True, city="4419", year=2024)
    assert ("batch", None, "projects", 30, "exact") in got


def test_another_place_started_on_the_same_day_is_another_event():
    text = (
        "Dongguan starts autumn batch of key projects\n"
        "The ceremony was held on Monday. "
        "On the same day, Panyu District of Guangzhou started 37 projects worth 47.3 billion yuan."
    )
    got = read(text, whole_release=True, city="4419", year=2024)
    assert not [g for g in got if g[3] in (37, 4730000)]


@pytest.mark.parametrize(
    "sentence",
    [
        "上半年，全市新签约项目37个，协议投资473亿元。",
        "今年上半年，全市开工项目37个，总投资473亿元。",
        "下一步，全市将再推动37个项目开工，总投资473亿元。",
        "接下来，全区还将推动37个项目签约落地，总投资473亿元。",
    ],
)
def test_a_half_year_s_result_or_the_next_step_is_not_the_batch(sentence):
    got = read("某区秋季重点项目开工仪式举行\n" + sentence, year=2024, whole_release=True, city="4419")
    assert not [g for g in got if g[3] in (37, 4730000)]


@pytest.mark.parametrize(
    "sentence",
    [
        "In the first half of the year, the city signed 37 projects worth 47.3 billion yuan.",
        "By the end of the year, 37 projects worth 47.3 billion yuan are expected to break ground.",
        "The city plans to start 37 more projects worth 47.3 billion yuan this year.",
    ],
)
def test_a_half_year_s_result_or_a_later_start_in_english_is_not_the_batch(sentence):
    got = read("City holds key projects ceremony\n" + sentence, whole_release=True, city="4419", year=2024)
    assert not [g for g in got if g[3] in (37, 4730000)]


@pytest.mark.parametrize(
    "sentence",
    [
        "其中，投资规模最大的智能装备产业园项目总投资47.3亿元。",
        "单体投资最大的项目为某新能源电池基地，计划总投资47.3亿元。",
    ],
)
def test_the_largest_project_singled_out_is_one_project_s(sentence):
    text = "某区秋季重点项目开工仪式举行\n本次集中开工项目30个。" + sentence
    got = read(text, year=2024, whole_release=True, city="4419")
    assert ("batch", None, "projects", 30, "exact") in got
    assert not [g for g in got if g[3] == 473000]


def test_the_largest_field_named_after_wei_still_reads_as_a_field():
    got = read("本次签约项目20个，其中投资额最大的为先进制造业项目，共计60亿元。", year=2024)
    assert ("batch", None, "projects", 20, "exact") in got


def test_the_largest_of_them_in_english_is_one_project_s():
    text = (
        "City holds key projects ceremony\nThe city started 30 projects on Monday. "
        "The largest of them, a battery plant, will cost 4.73 billion yuan."
    )
    got = read(text, whole_release=True, city="4419", year=2024)
    assert not [g for g in got if g[3] == 473000]


# ---- round 11: forms that carried over to releases nobody tuned on ----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "5月8日，甲乙两市产业合作项目签约仪式在深圳举行，共有18个项目签约，投资金额126.5亿元。",
        "昨日，某区招商引资项目集中签约活动举行，共签约项目18个，投资金额126.5亿元。",
        "某县重大项目集中开工暨产业推介大会举行，18个项目集中开工，总投资126.5亿元。",
    ],
)
def test_an_occasion_named_after_its_projects_is_no_single_project(sentence):
    got = read(sentence, year=2024)
    assert ("batch", None, "projects", 18, "exact") in got
    assert ("batch", None, "total_investment", 1265000, "exact") in got


def test_a_sentence_running_through_several_dates_tells_of_other_events():
    text = (
        "某市2024年重点项目计划印发\n今年全市安排重点项目300个，总投资5000亿元。"
        "2月，石龙镇举行科创园首批项目签约，6个项目集中签约，总投资约18亿元；"
        "3月，虎门镇一季度重大项目集中动工，共动工项目12个，计划总投资超40亿元。"
    )
    got = read(text, year=2024, whole_release=True, city="4419")
    assert ("batch", None, "projects", 300, "exact") in got
    assert not [g for g in got if g[3] in (6, 180000, 12, 400000)], got


def test_one_date_opening_a_sentence_is_still_the_batch_s_event():
    got = read("3月28日，虎门镇一季度重大项目集中动工，共动工项目12个，总投资40亿元。", year=2024)
    assert ("district", "虎门镇", "projects", 12, "exact") in got


@pytest.mark.parametrize(
    "sentence",
    [
        "今年1-6月，全市318个重点项目完成投资205亿元，完成年度计划的52%。",
        "今年上半年，全市318个市重点项目共完成年度投资205亿元。",
        "截至今年6月底，全市318個重點項目累計完成投資205億元。",
    ],
)
def test_a_programme_s_count_is_its_own_where_its_result_so_far_is_not(sentence):
    got = read("某市重点项目建设提速\n" + sentence, year=2024, whole_release=True, city="4453")
    assert ("batch", None, "projects", 318, "exact") in got
    assert not [g for g in got if g[3] in (2050000, 52)]


@pytest.mark.parametrize(
    "sentence",
    [
        "1-6月，全市累计开工项目52个，完成投资30亿元。",
        "1-6月，全市新开工的52个项目完成投资30亿元。",
        "上半年，全市318个重点项目完成投资205亿元，其中52个省重点项目完成投资30亿元。",
    ],
)
def test_a_count_that_is_itself_a_result_or_another_list_stays_out(sentence):
    got = read("某市重点项目建设提速\n" + sentence, year=2024, whole_release=True, city="4453")
    assert not [g for g in got if g[3] in (52, 300000)]


def test_the_province_a_city_is_ranked_against_is_no_scope():
    text = "某市重点项目建设提速\n今年上半年，全市投资增速排名全省第一；318个市重点项目完成投资205亿元。"
    got = read(text, year=2024, whole_release=True, city="4453")
    assert ("batch", None, "projects", 318, "exact") in got
    assert not [g for g in got if g[0] == "province"]
