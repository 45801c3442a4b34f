-- projects_as_of(at): project rows of the versions in force at `at`, with their list's kind, year, title.
CREATE OR REPLACE MACRO projects_as_of(at_ts) AS TABLE
    SELECT p.*, pub.list_kind, pub.year, pub.title, pub.published
    FROM projects AS p
    JOIN publications_as_of(at_ts) AS pub USING (source_id, version);
