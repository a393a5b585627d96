-- Compatibility readings: one row per unordered pair of signs and language (78 pairs x 6 languages),
-- and a note per pair, language and day on what that day's sky does to the pair. Both are written
-- once (generated) and served as stored.

CREATE FUNCTION horoscope.sign_number(sign text) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT array_position(ARRAY['aries', 'taurus', 'gemini', 'cancer', 'leo', 'virgo', 'libra', 'scorpio',
                                'sagittarius', 'capricorn', 'aquarius', 'pisces'], sign)
$$;

CREATE TABLE horoscope.compatibility (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sign_a        text        NOT NULL,
    sign_b        text        NOT NULL,
    language_code text        NOT NULL,
    content       jsonb       NOT NULL,
    model         text        NOT NULL,
    tokens_used   integer     NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT compatibility_pair_language_key UNIQUE (sign_a, sign_b, language_code),
    -- One row per unordered pair: two known signs, in zodiac order.
    CONSTRAINT compatibility_pair_order_check CHECK (
        horoscope.sign_number(sign_a) IS NOT NULL AND horoscope.sign_number(sign_b) IS NOT NULL
        AND horoscope.sign_number(sign_a) <= horoscope.sign_number(sign_b)),
    CONSTRAINT compatibility_language_code_check CHECK (language_code ~ '^[a-z]{2}$'),
    CONSTRAINT compatibility_content_check CHECK (
        jsonb_typeof(content) = 'object' AND content ? 'summary' AND content ? 'score'),
    CONSTRAINT compatibility_model_check CHECK (model <> ''),
    CONSTRAINT compatibility_tokens_used_check CHECK (tokens_used >= 0)
);

CREATE TRIGGER compatibility_set_updated_at BEFORE UPDATE ON horoscope.compatibility
    FOR EACH ROW EXECUTE FUNCTION horoscope.set_updated_at();

CREATE TABLE horoscope.compatibility_days (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    date          date        NOT NULL,
    sign_a        text        NOT NULL,
    sign_b        text        NOT NULL,
    language_code text        NOT NULL,
    note          text        NOT NULL,
    model         text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT compatibility_days_date_pair_language_key UNIQUE (date, sign_a, sign_b, language_code),
    CONSTRAINT compatibility_days_pair_order_check CHECK (
        horoscope.sign_number(sign_a) IS NOT NULL AND horoscope.sign_number(sign_b) IS NOT NULL
        AND horoscope.sign_number(sign_a) <= horoscope.sign_number(sign_b)),
    CONSTRAINT compatibility_days_language_code_check CHECK (language_code ~ '^[a-z]{2}$'),
    CONSTRAINT compatibility_days_note_check CHECK (note <> ''),
    CONSTRAINT compatibility_days_model_check CHECK (model <> '')
);

-- Pruning old day notes, and analytics by model.
CREATE INDEX compatibility_days_date_idx ON horoscope.compatibility_days (date);
CREATE INDEX compatibility_model_idx ON horoscope.compatibility (model) INCLUDE (tokens_used);
