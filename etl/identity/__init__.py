"""Which rows of the lists are the same project (issue 26, docs/analysts.md "Distinct projects").

A step after loading, over every project row of every loaded version, one job per file:
- vocabulary.py: the reviewed lookup of generic words, city abbreviations and place aliases
  (vocabulary.yaml: edited and reviewed like a catalog entry, never in code);
- names.py: a name's core (generic words, company prefix, places removed) and its phase or section;
- blocking.py: candidate pairs, within one city (multi-city and 不分市 rows with each of their cities);
- scoring.py: a pair's score from the name, amounts, years and category;
- judgements.py: analysts' judgements (catalog/reviews/identity.yaml, `gdmp review identity`);
- linking.py: exact keys, judgements, automatic links above the threshold, the review queue, clusters;
- step.py: read the warehouse, link, write identity_links and identity_candidates (skipped when nothing
  it depends on changed).
- timing.py: the step's cost per phase, for bench/identity_scale.py (a run measures nothing).
"""
