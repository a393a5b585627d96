-- Daily and weekly horoscopes: one row per (sign, language, period), content as JSONB.
-- Everything lives in the horoscope schema (see 0001).

CREATE FUNCTION horoscope.set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TABLE horoscope.daily_horoscopes (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sign          text        NOT NULL,
    language_code text        NOT NULL,
    date          date        NOT NULL,
    content       jsonb       NOT NULL,
    model         text        NOT NULL,
    tokens_used   integer     NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT daily_horoscopes_sign_language_date_key UNIQUE (sign, language_code, date),
    CONSTRAINT daily_horoscopes_sign_check CHECK (sign IN ('aries', 'taurus', 'gemini', 'cancer', 'leo',
        'virgo', 'libra', 'scorpio', 'sagittarius', 'capricorn', 'aquarius', 'pisces')),
    CONSTRAINT daily_horoscopes_language_code_check CHECK (language_code ~ '^[a-z]{2}$'),
    CONSTRAINT daily_horoscopes_content_check CHECK (jsonb_typeof(content) = 'object' AND content ? 'summary'),
    CONSTRAINT daily_horoscopes_model_check CHECK (model <> ''),
    CONSTRAINT daily_horoscopes_tokens_used_check CHECK (tokens_used >= 0)
);

CREATE TABLE horoscope.weekly_horoscopes (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sign          text        NOT NULL,
    language_code text        NOT NULL,
    week_start    date        NOT NULL,
    week_end      date        GENERATED ALWAYS AS (week_start + 6) STORED,
    content       jsonb       NOT NULL,
    model         text        NOT NULL,
    tokens_used   integer     NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT weekly_horoscopes_sign_language_week_key UNIQUE (sign, language_code, week_start),
    CONSTRAINT weekly_horoscopes_sign_check CHECK (sign IN ('aries', 'taurus', 'gemini', 'cancer', 'leo',
        'virgo', 'libra', 'scorpio', 'sagittarius', 'capricorn', 'aquarius', 'pisces')),
    CONSTRAINT weekly_horoscopes_language_code_check CHECK (language_code ~ '^[a-z]{2}$'),
    -- ISO weeks: the stored start is always a Monday.
    CONSTRAINT weekly_horoscopes_week_start_check CHECK (extract(isodow FROM week_start) = 1),
    CONSTRAINT weekly_horoscopes_content_check CHECK (jsonb_typeof(content) = 'object' AND content ? 'summary'),
    CONSTRAINT weekly_horoscopes_model_check CHECK (model <> ''),
    CONSTRAINT weekly_horoscopes_tokens_used_check CHECK (tokens_used >= 0)
);

CREATE TRIGGER daily_horoscopes_set_updated_at BEFORE UPDATE ON horoscope.daily_horoscopes
    FOR EACH ROW EXECUTE FUNCTION horoscope.set_updated_at();
CREATE TRIGGER weekly_horoscopes_set_updated_at BEFORE UPDATE ON horoscope.weekly_horoscopes
    FOR EACH ROW EXECUTE FUNCTION horoscope.set_updated_at();
