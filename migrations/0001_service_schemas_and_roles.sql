-- One schema per service, and a role per service that can use only its own schema.
-- Migrations and operations tooling run as the database owner; the services log in as their role.
-- Roles belong to the whole cluster: they are created once and reused by every database in it.
-- They are created LOGIN without a password: where the server requires passwords (compose), the
-- deployment sets one (ALTER ROLE ... PASSWORD); the embedded development server trusts local logins.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'zodiac_horoscope') THEN
        CREATE ROLE zodiac_horoscope LOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'zodiac_subscription') THEN
        CREATE ROLE zodiac_subscription LOGIN;
    END IF;
END
$$;

CREATE SCHEMA horoscope;
CREATE SCHEMA subscription;

-- Nobody but the owner creates objects in public (the default since PostgreSQL 15; explicit here).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

GRANT USAGE ON SCHEMA horoscope TO zodiac_horoscope;
GRANT USAGE ON SCHEMA subscription TO zodiac_subscription;

-- Tables, views and sequences the owner creates later in each schema are usable by its service only.
ALTER DEFAULT PRIVILEGES IN SCHEMA horoscope
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO zodiac_horoscope;
ALTER DEFAULT PRIVILEGES IN SCHEMA horoscope
    GRANT USAGE, SELECT ON SEQUENCES TO zodiac_horoscope;
ALTER DEFAULT PRIVILEGES IN SCHEMA subscription
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO zodiac_subscription;
ALTER DEFAULT PRIVILEGES IN SCHEMA subscription
    GRANT USAGE, SELECT ON SEQUENCES TO zodiac_subscription;
