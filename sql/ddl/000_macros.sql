-- Macros shared by the views and handy for analysts.

-- yi(amount_wan): an amount in 万元 as 亿元, exactly (DECIMAL, rounded to 0.0001亿 = 1万元).
CREATE OR REPLACE MACRO yi(amount_wan) AS CAST(amount_wan * 0.0001 AS DECIMAL(20, 4));
