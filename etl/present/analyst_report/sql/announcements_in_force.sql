-- What was announced: each release in force, how many figures its prose gave and how many sentences the
-- rules left as ambiguous, and how many of its figures the lists it announces agree with.
SELECT a.source_id AS announcement, a.title, a.published, a.language, a.figures, a.ambiguous,
    array_to_string(a.announces, ', ') AS announces,
    count(v.agrees) AS compared, count(*) FILTER (WHERE v.agrees) AS agree
FROM announcements AS a
LEFT JOIN announcements_vs_lists AS v ON v.announcement = a.source_id
WHERE a.valid_to IS NULL
GROUP BY ALL
ORDER BY a.published, a.source_id
