"""Plain-Python logic of the pipeline, one sub-package per stage, in the order a publication meets them.

    core/           settings, the error family, DuckDB helpers, durable writes (every stage uses them)
    rules/          each rule once: text folding, money units, places, periods and stages, headers, row kinds
    fetching/       the catalog, the guarded HTTP client, the raw archive
    readers/        a file → a table → rows in a staging file
    contain/        reading in a worker process, under a memory cap and a wall-clock cap
    normalize/      staged cells → canonical project records, non-project rows, unreadable rows
    validate/       the GX suite, the gates and their verdict, the check against a publisher's headline
    warehouse/      versions in the warehouse, the atomic publish, the DuckLake backend, recovery
    identity/       which rows of the lists in force are one project
    announcements/  news releases: the article, its figures, their review, their loading
    run/            what one run knows about its publications as it goes, and its progress lines
    present/        what people read: the report, Data Docs, exports, the data dictionary, status

Nothing in this package imports Prefect, so tests and scripts call it directly; `tasks/` wraps it.
"""
