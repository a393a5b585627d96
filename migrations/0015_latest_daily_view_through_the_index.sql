-- v_latest_daily_horoscopes read the whole daily table (DISTINCT ON over every row: 846 ms and a
-- spill to disk at ten years of content). Now it walks the unique index (sign, language_code, date):
-- a loose index scan finds each (sign, language) pair, then one index probe per pair finds its
-- latest day up to today. The rows and columns it returns are the same.

CREATE OR REPLACE VIEW horoscope.v_latest_daily_horoscopes AS
WITH RECURSIVE pairs AS (
    (SELECT sign, language_code FROM horoscope.daily_horoscopes ORDER BY sign, language_code LIMIT 1)
    UNION ALL
    SELECT following.sign, following.language_code
    FROM pairs,
         LATERAL (SELECT d.sign, d.language_code FROM horoscope.daily_horoscopes d
                  WHERE (d.sign, d.language_code) > (pairs.sign, pairs.language_code)
                  ORDER BY d.sign, d.language_code LIMIT 1) AS following
)
SELECT latest.id, latest.sign, latest.language_code, latest.date, latest.content, latest.model,
       latest.tokens_used, latest.created_at, latest.updated_at
FROM pairs,
     LATERAL (SELECT d.* FROM horoscope.daily_horoscopes d
              WHERE d.sign = pairs.sign AND d.language_code = pairs.language_code
                AND d.date <= (now() AT TIME ZONE 'UTC')::date
              ORDER BY d.date DESC LIMIT 1) AS latest;
