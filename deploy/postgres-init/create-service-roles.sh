#!/bin/sh
# Runs once, when the compose PostgreSQL initialises its volume: the services' login roles, with
# passwords. Migration 0001 grants them their schemas (and creates them where they do not exist).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v horoscope_password="$HOROSCOPE_DB_PASSWORD" -v subscription_password="$SUBSCRIPTION_DB_PASSWORD" <<'SQL'
CREATE ROLE zodiac_horoscope LOGIN PASSWORD :'horoscope_password';
CREATE ROLE zodiac_subscription LOGIN PASSWORD :'subscription_password';
SQL
