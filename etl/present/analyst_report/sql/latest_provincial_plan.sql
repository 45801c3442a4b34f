-- latest_provincial_plan: which provincial key-project plan is the newest in force (the one the
-- "Investment by city" chart draws)? One line, or none when no provincial plan is loaded.
SELECT source_id, title, year FROM publication_totals WHERE list_kind = 'provincial_plan'
ORDER BY year DESC, published DESC LIMIT 1
