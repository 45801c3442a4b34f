"""Chinese releases: city governments' sites and newspapers, in several encodings and phrasings.

Figures follow published headlines where /work/shared/domain.md gives them (Guangzhou 460多个 / 超6800亿,
Foshan 103 / 850.03亿 / 79 industrial / 20 signed about 1445亿, Zhuhai 186 / 916亿, Zhongshan 39 / 655.4亿,
Dongguan 60 / 420亿, Shenzhen Q2 263 / 3491.8亿 / 508.4亿 with 58/65/98/42, Q4 271 / 3149.1亿 / 335.4亿);
every breakdown below those headlines is invented, and all the wording is this project's own.
"""

from __future__ import annotations

from scripts.corpus.model import Page, amb, fig

G, S, GS, P = "groundbreaking", "signing", "groundbreaking_and_signing", "production"


GUANGZHOU = Page(
    name="zh_news_guangzhou_2023_0129.html",
    chrome="zh_news",
    encoding="gb2312",
    title="广州460多个重大项目集中开工签约 总投资超6800亿元",
    paragraphs=(
        "1月29日，广州市举行2023年重大项目集中开工签约活动，主会场设在黄埔区。",
        "记者从市发展改革委获悉，此次集中开工签约项目460多个，总投资超6800亿元。",
        "其中，集中开工项目280多个，总投资约3150亿元；集中签约项目180多个，总投资约3700亿元。",
        "从区域分布看，黄埔区开工签约项目最多，达87个，总投资约1260亿元；南沙区紧随其后，共76个，总投资约1180亿元；"
        "增城区、花都区分别为52个、45个。",
        "从投资规模看，总投资超百亿元的项目有15个，其中不乏世界500强企业投资的制造业项目。",
        "据测算，这批项目全部建成后，预计每年可新增产值超2000亿元，带动就业约5万人。",
        "广州市有关负责人表示，将以项目建设的加速度跑出高质量发展的好成绩。",
    ),
    truth=(
        fig("batch", None, "projects", "460", "over", GS, s="此次集中开工签约项目460多个"),
        fig("batch", None, "total_investment", "68000000", "over", GS, s="此次集中开工签约项目460多个"),
        fig("batch", None, "projects", "280", "over", G, s="集中开工项目280多个"),
        fig("batch", None, "total_investment", "31500000", "about", G, s="集中开工项目280多个"),
        fig("batch", None, "projects", "180", "over", S, s="集中开工项目280多个"),
        fig("batch", None, "total_investment", "37000000", "about", S, s="集中开工项目280多个"),
        fig("district", "黄埔区", "projects", "87", event=GS, s="从区域分布看"),
        fig("district", "黄埔区", "total_investment", "12600000", "about", GS, s="从区域分布看"),
        fig("district", "南沙区", "projects", "76", event=GS, s="从区域分布看"),
        fig("district", "南沙区", "total_investment", "11800000", "about", GS, s="从区域分布看"),
        fig("district", "增城区", "projects", "52", event=GS, s="从区域分布看"),
        fig("district", "花都区", "projects", "45", event=GS, s="从区域分布看"),
        fig("size_band", "≥100亿元", "projects", "15", s="总投资超百亿元的项目有15个"),
        amb("预计每年可新增产值超2000亿元"),
    ),
    meta={
        "site": "羊城晨报",
        "date": "2023-01-29 20:15",
        "source": "羊城晨报",
        "byline": "记者 陈晓 通讯员 穗发改",
        "editor": "林琳",
        "caption": "1月29日，广州市重大项目集中开工签约活动现场。记者 何文 摄",
        "related": "广州一季度重点项目推进会召开|黄埔区以项目建设拼经济|南沙加快建设国际航运枢纽",
    },
    exercises="newspaper, GB2312 declared by meta; 460多个/超6800亿; 开工签约 vs 开工 vs 签约 per clause; "
    "districts with 分别 pairing; 超百亿元的项目 band; 产值 (not ours) → ambiguous; 带动就业约5万人 skipped",
)


FOSHAN = Page(
    name="zh_gov_foshan_2023_q1.html",
    chrome="zh_gov_table",
    encoding="gbk",
    title="佛山市2023年第一季度重大项目集中开工",
    paragraphs=(
        "2月8日，佛山市2023年第一季度重大项目集中开工活动在南海区举行。",
        "此次集中开工的项目共103个，总投资850.03亿元，涵盖先进制造、基础设施、民生保障等领域。",
        "其中，产业项目79个，占项目总数的比重超过七成，总投资约633.6亿元。",
        "从区域看，南海区、顺德区分别有28个、24个项目开工，禅城区、三水区、高明区分别有19个、17个、15个。",
        "同时，活动现场集中签约项目20个，总投资约1445亿元。",
        "项目建成投产后，预计可新增工业产值约1200亿元。",
        "下一步，佛山将强化要素保障，确保项目早开工、早建成、早见效。",
    ),
    truth=(
        fig("batch", None, "projects", "103", event=G, s="此次集中开工的项目共103个"),
        fig("batch", None, "total_investment", "8500300", event=G, s="此次集中开工的项目共103个"),
        fig("sector", "产业", "projects", "79", s="其中，产业项目79个"),
        fig("sector", "产业", "share", "70", "over", share_of="projects", s="其中，产业项目79个"),
        fig("sector", "产业", "total_investment", "6336000", "about", s="其中，产业项目79个"),
        fig("district", "南海区", "projects", "28", event=G, s="从区域看"),
        fig("district", "顺德区", "projects", "24", event=G, s="从区域看"),
        fig("district", "禅城区", "projects", "19", event=G, s="从区域看"),
        fig("district", "三水区", "projects", "17", event=G, s="从区域看"),
        fig("district", "高明区", "projects", "15", event=G, s="从区域看"),
        fig("batch", None, "projects", "20", event=S, s="活动现场集中签约项目20个"),
        fig("batch", None, "total_investment", "14450000", "about", S, s="活动现场集中签约项目20个"),
        amb("预计可新增工业产值约1200亿元"),
    ),
    meta={
        "site": "佛山市人民政府（仿样式）",
        "date": "2023-02-08",
        "source": "佛山市发展和改革局",
        "related": "佛山市2023年重点建设项目计划|南海区一季度项目建设综述|顺德区重大项目推进情况",
        "icp": "粤ICP备00000002号",
        "phone": "0757-00000000",
    },
    exercises="old table-layout site, GBK declared by meta, <br> paragraphs; two-decimal 亿元 (850.03); "
    "share 占…比重超过七成 of projects; two 分别 lists in one sentence; signing group in the same release",
)


ZHUHAI = Page(
    name="zh_news_zhuhai_2023_q1.html",
    chrome="zh_news",
    title="珠海186个重大项目集中开工 总投资916亿元",
    paragraphs=(
        "2月1日上午，珠海市2023年第一季度重大项目集中开工仪式在金湾区举行，全市共186个项目集中开工，总投资916亿元。",
        "这批项目中，产业项目达112个，总投资逾520亿元，占总投资的比重近六成。",
        "从区域分布看，香洲区38个、金湾区45个、斗门区41个、横琴粤澳深度合作区27个、珠海高新区35个。",
        "值得关注的是，总投资10亿元以上的项目有23个，其中百亿级项目4个。",
        "金湾区某新材料项目负责人介绍，项目总投资约60亿元，预计明年下半年投产。",
        "一季度，珠海还将推动一批项目签约落地。",
    ),
    truth=(
        fig("batch", None, "projects", "186", event=G, s="全市共186个项目集中开工"),
        fig("batch", None, "total_investment", "9160000", event=G, s="全市共186个项目集中开工"),
        fig("sector", "产业", "projects", "112", s="产业项目达112个"),
        fig("sector", "产业", "total_investment", "5200000", "over", s="产业项目达112个"),
        fig("sector", "产业", "share", "60", "nearly", share_of="total_investment", s="产业项目达112个"),
        fig("district", "香洲区", "projects", "38", s="从区域分布看"),
        fig("district", "金湾区", "projects", "45", s="从区域分布看"),
        fig("district", "斗门区", "projects", "41", s="从区域分布看"),
        fig("district", "横琴粤澳深度合作区", "projects", "27", s="从区域分布看"),
        fig("district", "珠海高新区", "projects", "35", s="从区域分布看"),
        fig("size_band", "≥10亿元", "projects", "23", s="总投资10亿元以上的项目有23个"),
        fig("size_band", "≥100亿元", "projects", "4", s="总投资10亿元以上的项目有23个"),
        amb("金湾区某新材料项目负责人介绍"),
    ),
    meta={
        "site": "珠江晚报",
        "date": "2023-02-01 19:40",
        "source": "珠江晚报",
        "byline": "记者 黄磊",
        "editor": "周敏",
        "caption": "2月1日，珠海市重大项目集中开工仪式现场。记者 梁宇 摄",
        "related": "珠海今年安排重点项目逾300个|横琴合作区项目建设提速|金湾区一季度签约项目综述",
    },
    exercises="newspaper, UTF-8; district in the first clause then 全市 resets to batch; 逾/近六成; districts "
    "listed with 、 in one clause; a district named by its suffix only (珠海高新区); 10亿元以上 and 百亿级 "
    "bands; a named project's figure → ambiguous",
)


ZHONGSHAN = Page(
    name="zhongshan_2023_q1_release.txt",
    chrome="text",
    encoding="gb18030",
    title="中山市2023年一季度重大项目集中开工",
    paragraphs=(
        "2023年2月10日，中山市一季度重大项目集中开工活动在翠亨新区举行。",
        "本次集中开工项目39个，总投资655.4亿元，年内计划完成投资约86亿元。",
        "翠亨新区、火炬开发区分别开工9个、7个项目，总投资分别为198.2亿元、121.5亿元。",
        "按领域划分，产业类项目25个，基础设施类项目8个，民生类项目6个。",
        "其中，总投资10亿元以上的项目18个，投资额在1亿元以下的项目3个。",
        "项目全部建成后，预计可新增就业岗位约1.2万个。",
    ),
    truth=(
        fig("batch", None, "projects", "39", event=G, s="本次集中开工项目39个"),
        fig("batch", None, "total_investment", "6554000", event=G, s="本次集中开工项目39个"),
        fig("batch", None, "annual_plan", "860000", "about", G, s="本次集中开工项目39个"),
        fig("district", "翠亨新区", "projects", "9", event=G, s="翠亨新区、火炬开发区分别开工"),
        fig("district", "火炬开发区", "projects", "7", event=G, s="翠亨新区、火炬开发区分别开工"),
        fig(
            "district",
            "翠亨新区",
            "total_investment",
            "1982000",
            event=G,
            s="翠亨新区、火炬开发区分别开工",
        ),
        fig(
            "district",
            "火炬开发区",
            "total_investment",
            "1215000",
            event=G,
            s="翠亨新区、火炬开发区分别开工",
        ),
        fig("sector", "产业", "projects", "25", s="按领域划分"),
        fig("sector", "基础设施", "projects", "8", s="按领域划分"),
        fig("sector", "民生", "projects", "6", s="按领域划分"),
        fig("size_band", "≥10亿元", "projects", "18", s="总投资10亿元以上的项目18个"),
        fig("size_band", "<1亿元", "projects", "3", s="总投资10亿元以上的项目18个"),
    ),
    meta={"footer": "（来源：中山市发展和改革局）"},
    exercises="plain text, GB18030 with no declaration, CRLF; 年内计划完成投资 = annual plan; 分别 across two "
    "clauses (counts, then totals); 产业类/基础设施类/民生类; upper band 1亿元以下; 1.2万个 jobs skipped",
)


DONGGUAN = Page(
    name="zh_gov_dongguan_2023_0317.html",
    chrome="zh_gov",
    title="东莞市2023年重大项目集中开工 60个项目总投资420亿元",
    paragraphs=(
        "3月17日，东莞市举行2023年重大项目集中开工活动，60个项目总投资420亿元。",
        "这些项目中，先进制造业项目31个、总投资约236亿元，现代服务业项目9个、总投资约58亿元，"
        "基础设施项目12个、总投资约79亿元，城市更新项目8个、总投资约47亿元。",
        "从镇街分布看，松山湖15个，滨海湾新区8个，虎门镇7个，长安镇6个，塘厦镇5个，其余各镇街共19个。",
        "今年以来，全市重大项目累计完成投资约95亿元，同比增长18.6%。",
        "东莞市发展和改革局相关负责人表示，将持续开展“拼经济、抓项目”行动。",
    ),
    truth=(
        fig("batch", None, "projects", "60", event=G, s="60个项目总投资420亿元"),
        fig("batch", None, "total_investment", "4200000", event=G, s="60个项目总投资420亿元"),
        fig("sector", "先进制造业", "projects", "31", s="这些项目中"),
        fig("sector", "先进制造业", "total_investment", "2360000", "about", s="这些项目中"),
        fig("sector", "现代服务业", "projects", "9", s="这些项目中"),
        fig("sector", "现代服务业", "total_investment", "580000", "about", s="这些项目中"),
        fig("sector", "基础设施", "projects", "12", s="这些项目中"),
        fig("sector", "基础设施", "total_investment", "790000", "about", s="这些项目中"),
        fig("sector", "城市更新", "projects", "8", s="这些项目中"),
        fig("sector", "城市更新", "total_investment", "470000", "about", s="这些项目中"),
        fig("district", "松山湖", "projects", "15", s="从镇街分布看"),
        fig("district", "滨海湾新区", "projects", "8", s="从镇街分布看"),
        fig("district", "虎门镇", "projects", "7", s="从镇街分布看"),
        fig("district", "长安镇", "projects", "6", s="从镇街分布看"),
        fig("district", "塘厦镇", "projects", "5", s="从镇街分布看"),
        fig("district", "其他", "projects", "19", s="从镇街分布看"),
    ),
    meta={
        "site": "东莞市人民政府（仿样式）",
        "city": "东莞",
        "date": "2023-03-17 17:05",
        "source": "东莞市发展和改革局",
        "related": "东莞市2023年重大项目计划印发|松山湖科学城建设提速|滨海湾新区一季度签约",
        "icp": "粤ICP备00000003号",
        "phone": "0769-00000000",
    },
    exercises="gov site, UTF-8; the count opens a clause with no scope word (batch by default); sector "
    "pairs joined by 、 in one clause (先进制造业/现代服务业/基础设施/城市更新); towns and zones (松山湖, "
    "滨海湾新区, 虎门镇) and 其余各镇街 → district 其他; progress 累计完成投资 + growth → ambiguous",
)


SHENZHEN_Q2 = Page(
    name="zh_news_shenzhen_2023_q2.html",
    chrome="zh_news",
    title="深圳第二季度263个重大项目集中开工",
    paragraphs=(
        "4月27日，深圳市2023年第二季度重大项目集中开工活动举行。",
        "此次集中开工项目共263个，总投资3491.8亿元，今年计划投资508.4亿元。",
        "按项目类别分，先进制造业项目58个，基础设施项目65个，民生项目98个，其他项目42个。",
        "其中，先进制造业项目投资额占全部项目总投资的34.2%，比去年同期提高5.1个百分点。",
        "按规模分，100亿元以上项目8个，10亿元至100亿元项目71个，10亿元以下项目184个。",
        "项目建成后，将新增道路约35公里、学位约2.6万个、病床约3000张。",
    ),
    truth=(
        fig("batch", None, "projects", "263", event=G, s="此次集中开工项目共263个"),
        fig("batch", None, "total_investment", "34918000", event=G, s="此次集中开工项目共263个"),
        fig("batch", None, "annual_plan", "5084000", event=G, s="此次集中开工项目共263个"),
        fig("sector", "先进制造业", "projects", "58", s="按项目类别分"),
        fig("sector", "基础设施", "projects", "65", s="按项目类别分"),
        fig("sector", "民生", "projects", "98", s="按项目类别分"),
        fig("sector", "其他", "projects", "42", s="按项目类别分"),
        fig(
            "sector",
            "先进制造业",
            "share",
            "34.2",
            share_of="total_investment",
            s="其中，先进制造业项目投资额占全部项目总投资的34.2%",
        ),
        fig("size_band", "≥100亿元", "projects", "8", s="按规模分"),
        fig("size_band", "10–100亿元", "projects", "71", s="按规模分"),
        fig("size_band", "<10亿元", "projects", "184", s="按规模分"),
    ),
    meta={
        "site": "鹏城商报",
        "date": "2023-04-27 21:02",
        "source": "鹏城商报",
        "byline": "记者 刘洋",
        "editor": "吴倩",
        "caption": "4月27日，位于坪山区的一个项目开工现场。记者 许诺 摄",
        "related": "深圳一季度固定资产投资情况|深圳发布重大项目计划|坪山区重大项目巡礼",
    },
    exercises="newspaper; 今年计划投资 = annual plan; four sectors incl. 其他; a share next to a change in "
    "percentage points → ambiguous; three size bands (以上 / 至 / 以下); quantities 公里/万个/张 skipped",
)


SHENZHEN_Q4 = Page(
    name="zh_gov_shenzhen_2023_q4.html",
    chrome="zh_gov",
    title="深圳市2023年第四季度重大项目集中开工 271个项目总投资3149.1亿元",
    paragraphs=(
        "12月22日，深圳市2023年第四季度重大项目集中开工，共271个项目，总投资3149.1亿元，年度计划投资335.4亿元。",
        "从投资主体看，国有企业投资项目83个，总投资约1287.6亿元；民间投资项目126个，总投资约1135.2亿元；"
        "政府投资项目62个，总投资约726.3亿元。",
        "同日，一批重大项目集中竣工投产，共有35个，总投资约420.5亿元。",
        "这些项目将为全市经济高质量发展提供有力支撑。",
    ),
    truth=(
        fig("batch", None, "projects", "271", event=G, s="共271个项目"),
        fig("batch", None, "total_investment", "31491000", event=G, s="共271个项目"),
        fig("batch", None, "annual_plan", "3354000", event=G, s="共271个项目"),
        fig("funding", "国有投资", "projects", "83", s="从投资主体看"),
        fig("funding", "国有投资", "total_investment", "12876000", "about", s="从投资主体看"),
        fig("funding", "民间投资", "projects", "126", s="从投资主体看"),
        fig("funding", "民间投资", "total_investment", "11352000", "about", s="从投资主体看"),
        fig("funding", "政府投资", "projects", "62", s="从投资主体看"),
        fig("funding", "政府投资", "total_investment", "7263000", "about", s="从投资主体看"),
        fig("batch", None, "projects", "35", event=P, s="一批重大项目集中竣工投产"),
        fig("batch", None, "total_investment", "4205000", "about", P, s="一批重大项目集中竣工投产"),
    ),
    meta={
        "site": "深圳市人民政府（仿样式）",
        "city": "深圳",
        "date": "2023-12-22 19:00",
        "source": "深圳市发展和改革委员会",
        "related": "深圳四季度重大项目集中签约|全市重大项目建设年度综述|2024年重大项目计划编制启动",
        "icp": "粤ICP备00000000号",
        "phone": "0755-00000000",
    },
    exercises="gov site; headline in one sentence with the event in its first clause; funding by 国有企业/"
    "民间/政府 (three funding labels); a production group (竣工投产) in the same release",
)


HUIZHOU = Page(
    name="zh_news_huizhou_2023_signing.html",
    chrome="zh_news",
    encoding="gbk",
    title="惠州52个重大项目集中签约 总投资逾千亿元",
    paragraphs=(
        "3月2日，惠州市举行2023年重大项目集中签约活动，现场签约项目52个，总投资逾千亿元。",
        "其中，惠阳区、博罗县、惠东县签约项目分别为12个、10个和9个，大亚湾开发区签约项目11个，总投资约420000万元。",
        "从产业类型看，新能源、新材料领域项目占比超过六成。",
        "按投资额分，投资额50亿元（含）以上的项目有6个，总投资约560亿元。",
        "惠州市投资促进局负责人表示，签约项目将在年内陆续开工建设。",
    ),
    truth=(
        fig("batch", None, "projects", "52", event=S, s="现场签约项目52个"),
        fig("batch", None, "total_investment", "10000000", "over", S, s="现场签约项目52个"),
        fig("district", "惠阳区", "projects", "12", event=S, s="惠阳区、博罗县、惠东县签约项目分别为"),
        fig("district", "博罗县", "projects", "10", event=S, s="惠阳区、博罗县、惠东县签约项目分别为"),
        fig("district", "惠东县", "projects", "9", event=S, s="惠阳区、博罗县、惠东县签约项目分别为"),
        fig("district", "大亚湾开发区", "projects", "11", event=S, s="大亚湾开发区签约项目11个"),
        fig(
            "district",
            "大亚湾开发区",
            "total_investment",
            "420000",
            "about",
            S,
            s="大亚湾开发区签约项目11个",
        ),
        amb("新能源、新材料领域项目占比超过六成"),
        fig("size_band", "≥50亿元", "projects", "6", s="投资额50亿元（含）以上的项目有6个"),
        fig(
            "size_band",
            "≥50亿元",
            "total_investment",
            "5600000",
            "about",
            s="投资额50亿元（含）以上的项目有6个",
        ),
    ),
    meta={
        "site": "东江日报",
        "date": "2023-03-02 18:20",
        "source": "东江日报",
        "byline": "记者 郑凯",
        "editor": "陈静",
        "caption": "3月2日，惠州市重大项目集中签约活动现场。记者 叶青 摄",
        "related": "惠州一季度招商引资成效明显|大亚湾石化区项目建设提速|博罗县签约项目综述",
    },
    exercises="newspaper, GBK; a signing release; 逾千亿元 in Chinese numerals; counties (县) and a zone "
    "(开发区); 分别为12个、10个和9个; an amount in 万元; a share with no base and no scope → ambiguous; "
    "（含）以上 band with its own total",
)


PAGES = [GUANGZHOU, FOSHAN, ZHUHAI, ZHONGSHAN, DONGGUAN, SHENZHEN_Q2, SHENZHEN_Q4, HUIZHOU]
