"""SQL for compatibility readings and their day notes: written once (`ON CONFLICT DO NOTHING` on
named unique constraints), then read as stored, so concurrent first readers all get one text."""

from __future__ import annotations

import datetime as dt

from horoscope_service.model import PairContent, PairKey, PairReading, Sign
from zodiac_platform.database import Database

_GET = """
    SELECT content, model, tokens_used FROM horoscope.compatibility
    WHERE sign_a = $1 AND sign_b = $2 AND language_code = $3"""
_INSERT_MANY = """
    INSERT INTO horoscope.compatibility (sign_a, sign_b, language_code, content, model, tokens_used)
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::text[], $6::integer[])
    ON CONFLICT ON CONSTRAINT compatibility_pair_language_key DO NOTHING"""
_EXISTING = "SELECT sign_a, sign_b, language_code FROM horoscope.compatibility WHERE language_code = ANY($1::text[])"
_GET_NOTE = """
    SELECT note FROM horoscope.compatibility_days
    WHERE date = $1 AND sign_a = $2 AND sign_b = $3 AND language_code = $4"""
# The stored note wins over ours when another writer got there first.
_PUT_NOTE = """
    WITH written AS (
        INSERT INTO horoscope.compatibility_days (date, sign_a, sign_b, language_code, note, model)
        VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT ON CONSTRAINT compatibility_days_date_pair_language_key DO NOTHING
        RETURNING note)
    SELECT note FROM written
    UNION ALL
    SELECT note FROM horoscope.compatibility_days
    WHERE date = $1 AND sign_a = $2 AND sign_b = $3 AND language_code = $4
    LIMIT 1"""
_PRUNE_NOTES = "DELETE FROM horoscope.compatibility_days WHERE date < $1"


def _pair(key: PairKey) -> tuple[str, str, str]:
    return key.first.key, key.second.key, key.language


class CompatibilityStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    async def get(self, key: PairKey) -> PairReading | None:
        async with self._db.connection() as connection:
            row = await connection.fetchrow(_GET, *_pair(key))
        if row is None:
            return None
        return PairReading(key, PairContent.from_json(row["content"]), row["model"], row["tokens_used"])

    async def insert_missing(self, readings: list[PairReading]) -> int:
        """Store each reading whose pair has none yet, in one statement; how many were stored."""
        columns: list[list[object]] = [[], [], [], [], [], []]
        for reading in readings:
            row = (*_pair(reading.key), reading.content.to_json(), reading.model, reading.tokens_used)
            for column, value in zip(columns, row, strict=True):
                column.append(value)
        async with self._db.connection() as connection:
            status = await connection.execute(_INSERT_MANY, *columns)
        return int(status.rsplit(" ", 1)[-1])

    async def existing(self, languages: list[str]) -> set[PairKey]:
        async with self._db.connection() as connection:
            rows = await connection.fetch(_EXISTING, languages)
        return {
            PairKey(Sign.from_key(row["sign_a"]), Sign.from_key(row["sign_b"]), row["language_code"]) for row in rows
        }

    async def day_note(self, day: dt.date, key: PairKey) -> str | None:
        async with self._db.connection() as connection:
            note: str | None = await connection.fetchval(_GET_NOTE, day, *_pair(key))
        return note

    async def keep_day_note(self, day: dt.date, key: PairKey, note: str, model: str) -> str:
        """Store `note` unless one is stored; the stored note either way."""
        async with self._db.connection() as connection:
            stored: str | None = await connection.fetchval(_PUT_NOTE, day, *_pair(key), note, model)
            if stored is None:  # a concurrent writer committed after this statement's snapshot
                stored = await connection.fetchval(_GET_NOTE, day, *_pair(key))
        return stored or note

    async def prune_day_notes(self, before: dt.date) -> int:
        async with self._db.connection() as connection:
            status = await connection.execute(_PRUNE_NOTES, before)
        return int(status.rsplit(" ", 1)[-1])
