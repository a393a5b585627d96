-- For each sign and language, the most recent daily horoscope up to today (UTC).
CREATE VIEW horoscope.v_latest_daily_horoscopes AS
SELECT DISTINCT ON (sign, language_code)
       id, sign, language_code, date, content, model, tokens_used, created_at, updated_at
FROM horoscope.daily_horoscopes
WHERE date <= (now() AT TIME ZONE 'UTC')::date
ORDER BY sign, language_code, date DESC;

-- The weekly horoscopes of the ISO week holding today (UTC).
CREATE VIEW horoscope.v_current_weekly_horoscopes AS
SELECT id, sign, language_code, week_start, week_end, content, model, tokens_used, created_at, updated_at
FROM horoscope.weekly_horoscopes
WHERE week_start = date_trunc('week', now() AT TIME ZONE 'UTC')::date;
