-- Monthly horoscopes (calendar months, UTC): a table like the weekly one, keyed by the month's first day.

CREATE TABLE horoscope.monthly_horoscopes (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sign          text        NOT NULL,
    language_code text        NOT NULL,
    month_start   date        NOT NULL,
    month_end     date        GENERATED ALWAYS AS ((month_start + interval '1 month' - interval '1 day')::date) STORED,
    content       jsonb       NOT NULL,
    model         text        NOT NULL,
    tokens_used   integer     NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT monthly_horoscopes_sign_language_month_key UNIQUE (sign, language_code, month_start),
    CONSTRAINT monthly_horoscopes_sign_check CHECK (sign IN ('aries', 'taurus', 'gemini', 'cancer', 'leo',
        'virgo', 'libra', 'scorpio', 'sagittarius', 'capricorn', 'aquarius', 'pisces')),
    CONSTRAINT monthly_horoscopes_language_code_check CHECK (language_code ~ '^[a-z]{2}$'),
    -- The stored start is always the first of a month.
    CONSTRAINT monthly_horoscopes_month_start_check CHECK (extract(day FROM month_start) = 1),
    CONSTRAINT monthly_horoscopes_content_check CHECK (jsonb_typeof(content) = 'object' AND content ? 'summary'),
    CONSTRAINT monthly_horoscopes_model_check CHECK (model <> ''),
    CONSTRAINT monthly_horoscopes_tokens_used_check CHECK (tokens_used >= 0)
);

CREATE TRIGGER monthly_horoscopes_set_updated_at BEFORE UPDATE ON horoscope.monthly_horoscopes
    FOR EACH ROW EXECUTE FUNCTION horoscope.set_updated_at();

-- The same indexes as the daily and weekly tables (0003); the table is new, so no CONCURRENTLY.
CREATE INDEX monthly_horoscopes_month_language_idx ON horoscope.monthly_horoscopes (month_start, language_code);
CREATE INDEX monthly_horoscopes_content_idx ON horoscope.monthly_horoscopes USING gin (content jsonb_path_ops);
CREATE INDEX monthly_horoscopes_model_idx ON horoscope.monthly_horoscopes (model, month_start) INCLUDE (tokens_used);

-- The monthly horoscopes of the month holding today (UTC).
CREATE VIEW horoscope.v_current_monthly_horoscopes AS
SELECT id, sign, language_code, month_start, month_end, content, model, tokens_used, created_at, updated_at
FROM horoscope.monthly_horoscopes
WHERE month_start = date_trunc('month', now() AT TIME ZONE 'UTC')::date;
