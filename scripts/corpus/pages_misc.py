"""Pages that must give no figures (a meeting report full of years, dates and ordinals) or no article
at all (a channel index of links, a login wall)."""

from __future__ import annotations

from scripts.corpus.model import Page

MEETING_REPORT = Page(
    name="zh_gov_meeting_report_no_figures.html",
    chrome="zh_gov",
    title="市政府召开2023年第一季度重大项目建设推进会",
    paragraphs=(
        "2月15日下午，市政府召开2023年第一季度重大项目建设推进会，总结2022年项目建设工作，部署下一阶段任务。",
        "会议指出，2022年全市重大项目建设总体平稳，“十四五”规划确定的一批重点工程加快推进。",
        "会议要求，各区要倒排工期、挂图作战，确保第一批项目在3月底前全部开工，第二批项目在6月底前完成前期工作。",
        "会议强调，要围绕20个战略性产业集群，谋划储备一批强链补链项目，全市12个区要建立项目服务专班。",
        "市发展改革委、市规划和自然资源局、市住房和建设局等部门负责同志参加会议。",
    ),
    meta={
        "site": "某市人民政府（仿样式）",
        "city": "本市",
        "date": "2023-02-15 20:00",
        "source": "市政府办公室",
        "related": "2023年重大项目计划印发|一季度重大项目集中开工|重大项目服务专班工作机制",
        "icp": "粤ICP备00000004号",
        "phone": "0000-00000000",
    },
    exercises="no figures: years (2023年), dates (2月15日), ordinals (第一批, 第一季度), 十四五, counts of "
    "other things (20个产业集群, 12个区)",
)


def _index_page() -> Page:
    titles = (
        "深圳市2023年第一批重大项目集中开工",
        "全市重大项目建设推进会召开",
        "市发展改革委召开一季度工作会议",
        "关于公布2023年重大项目计划的通知",
        "2022年全市固定资产投资运行情况",
        "重大项目审批服务指南",
        "市重点项目建设管理办法（修订）",
        "关于开展重大项目储备工作的通知",
        "一季度重大项目集中签约活动举行",
        "市领导调研重大项目建设",
        "重大项目用地保障工作会议召开",
        "2023年重大项目前期工作计划",
        "关于征集2024年重大项目的通知",
        "重大项目建设“比学赶超”活动启动",
        "市重大项目指挥部办公室工作动态",
        "重大项目信息公开专栏",
    )
    return Page(
        name="zh_gov_index_page.html",
        chrome="index",
        title="要闻动态",
        paragraphs=titles,
        is_article=False,
        not_article_reason="links",
        meta={"site": "某市发展和改革委员会（仿样式）"},
        exercises="not an article: a channel index of dated links → ReadError naming the reason",
    )


INDEX_PAGE = _index_page()


LOGIN_PAGE = Page(
    name="zh_login_wall.html",
    chrome="login",
    title="用户登录",
    paragraphs=(),
    is_article=False,
    not_article_reason="login",
    meta={"site": "某报数字版（仿样式）"},
    exercises="not an article: a login form served instead of the release → ReadError",
)


PAGES = [MEETING_REPORT, INDEX_PAGE, LOGIN_PAGE]
