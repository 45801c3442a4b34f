"""GX's Data Docs page views, with every value escaped once, where it becomes HTML.

Why here: GX 1.24.1 renders its pages with Jinja templates named ``*.j2`` in an Environment whose
autoescape is ``select_autoescape(["html", "xml"])``, i.e. off for every one of them. GX escapes only
the ``str`` params of string templates (``_escape_template_param_value``, ``quote=False``). Everything
else a renderer hands to a template reaches the page as written:

- bare values of content blocks: ``render_content_block`` returns a ``str`` as is and wraps list items
  in ``<span>`` unescaped. The "Unexpected Value" tables of a result page are such cells: values from
  ``partial_unexpected_counts``/``partial_unexpected_list`` and the ids of ``unexpected_index_list``;
- the text of a string template without params (an exception traceback, ``unexpected_index_query``,
  the batch id cell of the index) and tooltips (the batch spec JSON on the index);
- params that are not ``str`` (a list, a dict) are substituted with ``str()``;
- attribute values written by ``render_styling`` and ``attributes_dict_to_html_string``;
- the page title (breadcrumb: suite, asset, run name, run time), section names (column names) and tab
  names, printed by the templates directly;
- a chart's Vega spec, a dict printed as Python ``repr`` inside a ``<script>``.

These views escape each of those (``html.escape`` with ``quote=True``, so a value is also safe inside
a quoted attribute or a JS string in GX's inline scripts) and leave alone what GX already escapes, so
nothing is escaped twice. Markdown (suite notes) goes through mistune 3 with ``escape=True``, which
also turns ``javascript:`` links into ``#harmful-link``: unchanged. The builder is told to use these
classes by ``build.py``; the templates and renderers stay GX's own.
"""

from __future__ import annotations

import html
import json
from typing import Any

from great_expectations.render.view import DefaultJinjaIndexPageView, DefaultJinjaPageView
from jinja2 import pass_context

PAGE_NAME_KEYS = frozenset({"page_title", "section_name", "tab_name"})
NUMBERS = (int, float)  # bool is an int: all print without markup characters


def escape(value: object) -> str:
    return html.escape(str(value), quote=True)


def script_json(value: Any) -> str:
    """JSON for a <script>: < > & as \\u escapes, so no value can close the script element."""
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _escape_page_names(node: Any) -> Any:
    """A document's JSON with titles and section/tab names escaped (the templates print them raw)."""
    if isinstance(node, list):
        return [_escape_page_names(item) for item in node]
    if not isinstance(node, dict):
        return node
    return {
        key: escape(value) if key in PAGE_NAME_KEYS and isinstance(value, str) else _escape_page_names(value)
        for key, value in node.items()
    }


def _is_block(value: Any) -> bool:
    return isinstance(value, dict) and "content_block_type" in value


class EscapingViewMixin:
    """The overrides shared by the page view and the index page view."""

    @staticmethod
    def _escape_template_param_value(value: Any) -> Any:
        return escape(value) if isinstance(value, str) else value  # GX's, with quote=True

    def render(self, document, template=None, **kwargs):
        self._validate_document(document)
        page = _escape_page_names(document.to_json_dict())
        return self._get_template(template or self._template).render(page, **kwargs)

    @pass_context
    def render_content_block(
        self, jinja_context, content_block, index=None, content_block_id=None, render_to_markdown=False
    ):
        if render_to_markdown or content_block is None or isinstance(content_block, NUMBERS):
            return super().render_content_block(
                jinja_context, content_block, index, content_block_id, render_to_markdown
            )
        if isinstance(content_block, list):
            content_block = [item if _is_block(item) else escape(item) for item in content_block]
        elif not _is_block(content_block):
            return escape(content_block)  # a table cell, a header given as text, …
        elif content_block.get("content_block_type") == "graph":
            content_block = {**content_block, "graph": script_json(content_block["graph"])}
        return super().render_content_block(
            jinja_context, content_block, index, content_block_id, render_to_markdown
        )

    def render_string_template(self, template):
        if not isinstance(template, dict):
            return escape(template) if isinstance(template, str) else template
        template = dict(template)
        params = {
            name: value
            if name in self._TRUSTED_HTML_PARAMS or value is None or isinstance(value, (str, *NUMBERS))
            else str(value)  # GX then escapes it as a str
            for name, value in (template.get("params") or {}).items()
        }
        if params:
            template["params"] = params
        else:  # no params: the template text is the value itself (a traceback, a query, a batch id)
            template["template"] = escape(template.get("template", ""))
        if "tooltip" in template:
            template["tooltip"] = {**template["tooltip"], "content": escape(template["tooltip"]["content"])}
        return super().render_string_template(template)

    def render_styling(self, styling) -> str:
        styling = dict(styling)
        if styling.get("classes") is not None and not isinstance(styling["classes"], str):
            styling["classes"] = [escape(name) for name in styling["classes"]]
        for key in ("attributes", "styles"):
            if styling.get(key):
                styling[key] = {name: escape(value) for name, value in styling[key].items()}
        return super().render_styling(styling)

    def attributes_dict_to_html_string(self, attributes_dict: dict, prefix="") -> str:
        escaped = {name: escape(value) for name, value in attributes_dict.items()}
        return super().attributes_dict_to_html_string(escaped, prefix)


class EscapingPageView(EscapingViewMixin, DefaultJinjaPageView):
    """Expectation suite and validation result pages."""


class EscapingIndexPageView(EscapingViewMixin, DefaultJinjaIndexPageView):
    """The site's index.html."""
