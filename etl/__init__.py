"""Plain-Python logic of the pipeline: catalog, reading, normalizing, validating, loading.

Nothing in this package imports Prefect, so tests and scripts call it directly; `tasks/` wraps it.
"""
