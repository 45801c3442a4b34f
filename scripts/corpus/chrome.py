"""How corpus pages are dressed: a government site, an old table-layout site, a newspaper, a wire.

Each function returns the page (as text, before encoding) and the strings of its chrome — navigation,
breadcrumb, share buttons, related links, captions, bylines, footer — that a main-text extractor must
leave out. The markup differs from style to style on purpose (classes, ids, nesting), so that an
extractor is measured on the class of page, not on one template.
"""

from __future__ import annotations

from html import escape

from scripts.corpus.model import Page


def _paragraphs(page: Page, tag: str = "p", attrs: str = "") -> str:
    return "\n".join(f"<{tag}{attrs}>{escape(p)}</{tag}>" for p in page.paragraphs)


def _links(titles: list[str], cls: str = "") -> str:
    items = "".join(
        f'<li><a href="/news/{i + 1:04d}.html">{escape(t)}</a></li>' for i, t in enumerate(titles)
    )
    return f'<ul class="{cls}">{items}</ul>'


def _head(page: Page, charset: str, site: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{page.meta.get("lang", "zh-CN")}">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        f"<title>{escape(page.title)}_{escape(site)}</title>\n"
        '<link rel="stylesheet" href="/css/main.css">\n<script src="/js/jquery.min.js"></script>\n</head>\n'
    )


def zh_gov(page: Page, charset: str) -> tuple[str, list[str]]:
    """A city government portal: header, nav bar, breadcrumb, article, share, 相关链接, footer."""
    m = page.meta
    site, related = m["site"], m["related"].split("|")
    nav = ["首页", "政务公开", "要闻动态", "政务服务", "互动交流", "走进" + m.get("city", "本市")]
    boiler = nav[1:] + [
        "当前位置",
        "分享到",
        "相关链接",
        *related,
        "版权所有",
        "备案号",
        m["icp"],
        m["phone"],
        "字号",
    ]
    html = _head(page, charset, site) + (
        f'<body>\n<div class="header"><div class="logo"><img src="/img/logo.png" alt="{escape(site)}"></div>'
        '<div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div>\n'
        f'<div class="nav">{_links(nav, "menu")}</div>\n'
        '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/ywdt/">要闻动态</a> &gt; '
        f'<a href="/ywdt/bdyw/">本地要闻</a></div>\n<div class="main"><div class="article">\n'
        f"<h1>{escape(page.title)}</h1>\n"
        f'<div class="info">发布时间：{m["date"]} 来源：{escape(m["source"])} 字号：<a>大</a> <a>中</a> <a>小</a></div>\n'
        f'<div class="content" id="zoom">\n{_paragraphs(page)}\n</div>\n'
        '<div class="share">分享到：<a class="wx">微信</a> <a class="wb">微博</a> <a class="qq">QQ空间</a></div>\n'
        f'</div>\n<div class="related"><h3>相关链接</h3>{_links(related)}</div></div>\n'
        f'<div class="footer"><p>主办单位：{escape(site)}　版权所有</p><p>网站标识码：4403000001　备案号：'
        f"{escape(m['icp'])}</p><p>联系电话：{m['phone']}　地址：{escape(m.get('address', '市民中心'))}</p></div>\n"
        "</body>\n</html>\n"
    )
    return html, boiler


def zh_gov_table(page: Page, charset: str) -> tuple[str, list[str]]:
    """An older portal laid out with nested tables; the body sits in a <td>, paragraphs split by <br>."""
    m = page.meta
    site, related = m["site"], m["related"].split("|")
    nav = ["网站首页", "政务动态", "信息公开", "办事服务", "公众参与"]
    body = "<br>\n".join("　　" + escape(p) for p in page.paragraphs)
    boiler = nav + [
        "您现在的位置",
        "【打印本页】",
        "【关闭窗口】",
        "相关文章",
        *related,
        "版权所有",
        m["icp"],
        m["phone"],
    ]
    rows = "".join(f'<td class="navtd"><a href="#">{escape(n)}</a></td>' for n in nav)
    html = _head(page, charset, site) + (
        '<body>\n<table width="1000" align="center" cellpadding="0" cellspacing="0">\n'
        f'<tr><td><img src="/images/top.jpg" alt="{escape(site)}"></td></tr>\n'
        f"<tr><td><table><tr>{rows}</tr></table></td></tr>\n"
        '<tr><td class="wz">您现在的位置：<a href="/">网站首页</a> &gt;&gt; <a href="#">政务动态</a></td></tr>\n'
        '<tr><td><table width="100%"><tr><td class="bt_title" align="center">'
        f"<strong>{escape(page.title)}</strong></td></tr>\n"
        f'<tr><td class="bt_time" align="center">{m["date"]}　来源：{escape(m["source"])}　浏览次数：1285</td></tr>\n'
        f'<tr><td class="bt_content" id="fontzoom">\n{body}\n</td></tr>\n'
        '<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a> '
        '<a href="javascript:window.close()">【关闭窗口】</a></td></tr></table></td></tr>\n'
        f'<tr><td class="xgwz"><b>相关文章</b>{_links(related)}</td></tr>\n'
        f'<tr><td class="bottom" align="center">{escape(site)} 版权所有　{escape(m["icp"])}<br>'
        f"联系电话：{m['phone']}</td></tr>\n</table>\n</body>\n</html>\n"
    )
    return html, boiler


def zh_news(page: Page, charset: str) -> tuple[str, list[str]]:
    """A newspaper's site: nav, byline 记者…, photo with caption, 编辑, 延伸阅读, footer."""
    m = page.meta
    site, related = m["site"], m["related"].split("|")
    nav = ["首页", "时政", "经济", "城市", "评论", "视频", "专题"]
    caption, byline, editor = m["caption"], m["byline"], m["editor"]
    boiler = nav[1:] + [caption, byline, "编辑：" + editor, "延伸阅读", *related, "举报电话", "版权所有"]
    html = _head(page, charset, site) + (
        f'<body>\n<header class="site-header"><a class="brand" href="/">{escape(site)}</a>'
        f'<nav class="channels">{_links(nav)}</nav></header>\n<main class="wrap">\n<article class="news">\n'
        f'<h1 class="headline">{escape(page.title)}</h1>\n'
        f'<div class="meta"><span class="author">{escape(byline)}</span> <time>{m["date"]}</time> '
        f'<span class="src">来源：{escape(m["source"])}</span></div>\n'
        f'<figure class="photo"><img src="/pic/{m["date"][:10]}.jpg"><figcaption>{escape(caption)}</figcaption></figure>\n'
        f'<section class="article-body">\n{_paragraphs(page)}\n</section>\n'
        f'<p class="editor">编辑：{escape(editor)}</p>\n</article>\n'
        f'<aside class="extend"><h3>延伸阅读</h3>{_links(related)}</aside>\n</main>\n'
        f'<footer class="site-footer"><p>违法和不良信息举报电话：020-87373397</p><p>{escape(site)} 版权所有 '
        "未经授权禁止转载</p></footer>\n</body>\n</html>\n"
    )
    return html, boiler


def en_wire(page: Page, charset: str) -> tuple[str, list[str]]:
    """A news agency's English page: top nav, source line, dateline body, Related:, copyright footer."""
    m = page.meta
    site, related = m["site"], m["related"].split("|")
    nav = ["Home", "China", "World", "Business", "Sci-Tech", "Photos"]
    boiler = nav[2:] + ["Editor:", "Related:", *related, "Copyright", "All rights reserved"]
    html = _head(page, charset, site) + (
        f'<body>\n<div class="topnav">{" | ".join(f"<a href=#>{n}</a>" for n in nav)}</div>\n'
        f'<div class="main"><div class="h-title"><h1>{escape(page.title)}</h1></div>\n'
        f'<div class="h-info"><span>Source: {escape(m["source"])}</span> | <span>{m["date"]}</span> | '
        f"<span>Editor: {escape(m['editor'])}</span></div>\n"
        f'<div id="detail">\n{_paragraphs(page)}\n</div>\n'
        f'<div class="related"><strong>Related:</strong>{_links(related)}</div></div>\n'
        f'<div class="footer">Copyright &copy; 2000-2023 {escape(site)} All rights reserved.</div>\n'
        "</body>\n</html>\n"
    )
    return html, boiler


def en_news(page: Page, charset: str) -> tuple[str, list[str]]:
    """An English daily: header menu, By-line, share bar, photo caption, Related Stories, footer."""
    m = page.meta
    site, related = m["site"], m["related"].split("|")
    nav = ["China", "World", "Business", "Lifestyle", "Culture", "Travel", "Opinion"]
    caption = m["caption"]
    boiler = nav + [caption, "Share", "Related Stories", *related, "Copyright", "Terms of Use"]
    html = _head(page, charset, site) + (
        f'<body>\n<div id="header"><div class="logo">{escape(site)}</div><ul class="menu">'
        + "".join(f"<li><a href='#'>{n}</a></li>" for n in nav)
        + "</ul></div>\n"
        f'<div id="lft-art"><h1>{escape(page.title)}</h1>\n'
        f'<div class="info_l">By {escape(m["byline"])} | {escape(m["source"])} | Updated: {m["date"]}</div>\n'
        '<div class="share"><span>Share</span> <a>Facebook</a> <a>Twitter</a> <a>LinkedIn</a></div>\n'
        f'<div id="Content"><figure><img src="/img/a.jpg"><figcaption>{escape(caption)}</figcaption></figure>\n'
        f"{_paragraphs(page)}\n</div></div>\n"
        f'<div class="related"><h4>Related Stories</h4>{_links(related)}</div>\n'
        f'<div id="footer"><a>Terms of Use</a> <a>Privacy Policy</a> Copyright 1995 - 2023. All rights reserved. '
        f"{escape(site)}</div>\n</body>\n</html>\n"
    )
    return html, boiler


def index_page(page: Page, charset: str) -> tuple[str, list[str]]:
    """A channel index: only a list of dated links, no article."""
    m = page.meta
    titles = list(page.paragraphs)
    items = "".join(
        f'<li><a href="/ywdt/{i:04d}.html">{escape(t)}</a><span class="date">2023-01-{29 - i % 28:02d}</span></li>'
        for i, t in enumerate(titles)
    )
    html = _head(page, charset, m["site"]) + (
        f'<body>\n<div class="nav">{_links(["首页", "要闻动态", "通知公告", "政策文件"])}</div>\n'
        f'<div class="list"><h2>{escape(page.title)}</h2><ul class="news-list">{items}</ul>\n'
        '<div class="page">共12页 <a>首页</a> <a>上一页</a> <a>下一页</a> <a>尾页</a></div></div>\n'
        f'<div class="footer">{escape(m["site"])} 版权所有</div>\n</body>\n</html>\n'
    )
    return html, []


def login_page(page: Page, charset: str) -> tuple[str, list[str]]:
    """A login wall served instead of the article."""
    html = _head(page, charset, page.meta["site"]) + (
        '<body>\n<div class="login-box"><h2>用户登录</h2><form action="/login" method="post">'
        '<label>用户名</label><input type="text" name="username"><label>密码</label>'
        '<input type="password" name="password"><button type="submit">登录</button></form>'
        "<p>还没有账号？<a href='/register'>立即注册</a></p></div>\n</body>\n</html>\n"
    )
    return html, []


def text_file(page: Page) -> tuple[str, list[str]]:
    """A plain-text release: title line, blank line, paragraphs, source line."""
    lines = [page.title, "", *page.paragraphs, "", page.meta.get("footer", "")]
    return "\r\n".join(lines).rstrip() + "\r\n", []


STYLES = {
    "zh_gov": zh_gov,
    "zh_gov_table": zh_gov_table,
    "zh_news": zh_news,
    "en_wire": en_wire,
    "en_news": en_news,
    "index": index_page,
    "login": login_page,
}


def dress(page: Page) -> tuple[str, list[str]]:
    """The page as text in its style, and its chrome strings."""
    if page.chrome == "text":
        return text_file(page)
    charset = {"utf-8-sig": "utf-8"}.get(page.encoding, page.encoding)
    return STYLES[page.chrome](page, charset)
