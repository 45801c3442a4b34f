-- publications_as_of(at): the version of each publication that was in force at timestamp `at`.
-- Example: SELECT * FROM publications_as_of(TIMESTAMPTZ '2023-03-31 23:59:59+08');
CREATE OR REPLACE MACRO publications_as_of(at_ts) AS TABLE
    SELECT *
    FROM publications
    WHERE valid_from <= at_ts AND (valid_to IS NULL OR valid_to > at_ts);
