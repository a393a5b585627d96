-- zodiac:no-transaction
-- Built concurrently so that adding them to a live table never blocks writers.
-- The unique constraints already index (sign, language_code, date) for single reads.

-- Listing a day (or week) in one language, and "latest date generated".
CREATE INDEX CONCURRENTLY IF NOT EXISTS daily_horoscopes_date_language_idx
    ON horoscope.daily_horoscopes (date, language_code);
CREATE INDEX CONCURRENTLY IF NOT EXISTS weekly_horoscopes_week_language_idx
    ON horoscope.weekly_horoscopes (week_start, language_code);

-- Searching content (content @> '{"sky": {"moon_phase": "full_moon"}}').
CREATE INDEX CONCURRENTLY IF NOT EXISTS daily_horoscopes_content_idx
    ON horoscope.daily_horoscopes USING gin (content jsonb_path_ops);
CREATE INDEX CONCURRENTLY IF NOT EXISTS weekly_horoscopes_content_idx
    ON horoscope.weekly_horoscopes USING gin (content jsonb_path_ops);

-- Analytics: tokens spent per model over time.
CREATE INDEX CONCURRENTLY IF NOT EXISTS daily_horoscopes_model_idx
    ON horoscope.daily_horoscopes (model, date) INCLUDE (tokens_used);
CREATE INDEX CONCURRENTLY IF NOT EXISTS weekly_horoscopes_model_idx
    ON horoscope.weekly_horoscopes (model, week_start) INCLUDE (tokens_used);
