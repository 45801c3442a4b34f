"""One self-contained HTML page of the warehouse for analysts: charts as inline SVG, no external references.

Drawn from the documented views only (docs/analysts.md): the totals per kind of list; investment by
city in the latest provincial plan (multi-city and 不分市 on their own bars); each city's own lists next
to its line of the provincial plan, with the projects they share; the category mix of every list; the
industrial clusters the lists state; groundbreaking batches and signing events over time; the
reconciliation of every list with what was announced; projects found in several lists. Nothing is
added across kinds of list. The page has no script and loads nothing: open it anywhere.

``queries`` (and ``sql/``) read the warehouse, ``sections`` shapes each section's data, ``charts``
computes the SVG geometry, ``render`` puts it all through the templates in ``templates/``, which
escape every value. ``gdmp report`` is the command line.
"""

from etl.present.analyst_report.render import render_report

__all__ = ["render_report"]
