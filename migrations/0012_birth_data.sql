-- Birth data a user chose to keep (SaveBirthData, by a caller allowed to assert who the user is),
-- so that a personal horoscope can be asked for by user id alone. One row per user; deleting it
-- (DeleteBirthData) leaves nothing behind: personal horoscopes are computed on request, never stored.

CREATE TABLE horoscope.birth_data (
    user_id    text        PRIMARY KEY,
    birth      jsonb       NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT birth_data_user_id_check CHECK (user_id <> '' AND length(user_id) <= 128),
    CONSTRAINT birth_data_birth_check CHECK (jsonb_typeof(birth) = 'object' AND birth ? 'local_time')
);

CREATE TRIGGER birth_data_set_updated_at BEFORE UPDATE ON horoscope.birth_data
    FOR EACH ROW EXECUTE FUNCTION horoscope.set_updated_at();
