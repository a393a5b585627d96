"""SQL for horoscopes. Every write is an `INSERT ... ON CONFLICT` on a named unique constraint, and
every write that changes a row notifies WRITTEN_CHANNEL with the row's key, in the same statement,
so every replica's cache hears of it when (and only if) the write commits."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

import asyncpg

from horoscope_service.model import Horoscope, HoroscopeContent, HoroscopeKey, Period, Sign, Written
from zodiac_platform.database import Database
from zodiac_platform.errors import Unavailable
from zodiac_platform.listener import Listener

log = logging.getLogger(__name__)
T = TypeVar("T")

WRITTEN_CHANNEL = "zodiac_horoscope_written"


def written_payload(key: HoroscopeKey) -> str:
    return f"{key.period.value}|{key.start_date.isoformat()}|{key.language}|{key.sign.value}"


def key_of_payload(payload: str) -> HoroscopeKey | None:
    """The key a WRITTEN_CHANNEL notification names (None for anything else on the channel)."""
    try:
        period, start, language, sign = payload.split("|")
        return HoroscopeKey(Period(int(period)), dt.date.fromisoformat(start), language, Sign(int(sign)))
    except ValueError:
        return None


@dataclass(frozen=True)
class _Queries:
    get: str
    list: str
    existing: str
    insert_missing: str
    upsert: str
    latest: str
    recent: str


def _queries(table: str, day: str, constraint: str) -> _Queries:
    columns = f"sign, language_code, {day} AS start_date, content, model, tokens_used, created_at, updated_at"
    return _Queries(
        get=f"SELECT {columns} FROM {table} WHERE sign = $1 AND language_code = $2 AND {day} = $3",
        list=f"""
            SELECT {columns} FROM {table}
            WHERE {day} = $1 AND language_code = $2 AND sign = ANY($3::text[])""",
        existing=f"""
            SELECT sign, language_code FROM {table}
            WHERE {day} = $1 AND language_code = ANY($2::text[]) AND sign = ANY($3::text[])""",
        insert_missing=f"""
            WITH written AS (
                INSERT INTO {table} (sign, language_code, {day}, content, model, tokens_used)
                VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT ON CONSTRAINT {constraint} DO NOTHING
                RETURNING {columns})
            SELECT written.*, pg_notify('{WRITTEN_CHANNEL}', $7) FROM written""",
        # Writing identical values again changes nothing, not even updated_at.
        upsert=f"""
            WITH written AS (
                INSERT INTO {table} AS t (sign, language_code, {day}, content, model, tokens_used)
                VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT ON CONSTRAINT {constraint} DO UPDATE
                    SET content = EXCLUDED.content, model = EXCLUDED.model, tokens_used = EXCLUDED.tokens_used
                    WHERE (t.content, t.model, t.tokens_used)
                          IS DISTINCT FROM (EXCLUDED.content, EXCLUDED.model, EXCLUDED.tokens_used)
                RETURNING {columns}, (xmax = 0) AS inserted)
            SELECT written.*, pg_notify('{WRITTEN_CHANNEL}', $7) FROM written""",
        latest=f"SELECT max({day}) FROM {table}",
        recent=f"""
            SELECT content->>'summary' FROM {table}
            WHERE sign = $1 AND language_code = $2 AND {day} < $3
            ORDER BY {day} DESC LIMIT $4""",
    )


_SQL = {
    Period.DAILY: _queries("horoscope.daily_horoscopes", "date", "daily_horoscopes_sign_language_date_key"),
    Period.WEEKLY: _queries("horoscope.weekly_horoscopes", "week_start", "weekly_horoscopes_sign_language_week_key"),
    Period.MONTHLY: _queries(
        "horoscope.monthly_horoscopes", "month_start", "monthly_horoscopes_sign_language_month_key"
    ),
}


def _horoscope(period: Period, row: asyncpg.Record) -> Horoscope:
    return Horoscope(
        key=HoroscopeKey(period, row["start_date"], row["language_code"], Sign.from_key(row["sign"])),
        content=HoroscopeContent.from_json(row["content"]),
        model=row["model"],
        tokens_used=row["tokens_used"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _values(key: HoroscopeKey, written: Written) -> tuple[object, ...]:
    return (
        key.sign.key, key.language, key.start_date, written.content.to_json(), written.model, written.tokens_used,
        written_payload(key),
    )


class HoroscopeStore:
    """Reads go to `reads` (a standby, or a libpq multi-host URL with target_session_attrs) when
    given, and fall back to the primary when it cannot answer; a read asked `fresh` (a key just
    written, which a standby may not have replayed yet) and every write go to the primary."""

    def __init__(self, database: Database, reads: Database | None = None) -> None:
        self._db = database
        self._reads = reads

    async def _read(self, fresh: bool, query: Callable[[asyncpg.Connection], Awaitable[T]]) -> T:
        if self._reads is not None and not fresh:
            try:
                async with self._reads.connection() as connection:
                    return await query(connection)
            except Unavailable as error:
                log.warning("read replica unavailable (%s): reading from the primary", error)
        async with self._db.connection() as connection:
            return await query(connection)

    def watch_writes(self, on_written: Callable[[HoroscopeKey], None], on_state: Callable[[bool], None]) -> Listener:
        """A listener (not started) telling of every committed write, by any replica."""

        def deliver(payload: str) -> None:
            key = key_of_payload(payload)
            if key is not None:
                on_written(key)

        return Listener(self._db.dsn, WRITTEN_CHANNEL, deliver, on_state)

    async def get(self, key: HoroscopeKey, *, fresh: bool = False) -> Horoscope | None:
        sql, values = _SQL[key.period].get, (key.sign.key, key.language, key.start_date)
        row = await self._read(fresh, lambda connection: connection.fetchrow(sql, *values))
        return None if row is None else _horoscope(key.period, row)

    async def list(
        self, period: Period, start: dt.date, language: str, signs: Sequence[Sign], *, fresh: bool = False
    ) -> list[Horoscope]:
        sql, keys = _SQL[period].list, [s.key for s in signs]
        rows = await self._read(fresh, lambda connection: connection.fetch(sql, start, language, keys))
        return sorted((_horoscope(period, row) for row in rows), key=lambda h: h.key.sign)

    async def existing(
        self, period: Period, start: dt.date, languages: Sequence[str], signs: Sequence[Sign]
    ) -> set[tuple[Sign, str]]:
        async with self._db.connection() as connection:
            rows = await connection.fetch(_SQL[period].existing, start, list(languages), [s.key for s in signs])
        return {(Sign.from_key(row["sign"]), row["language_code"]) for row in rows}

    async def insert_if_missing(self, key: HoroscopeKey, written: Written) -> bool:
        """Store `written` unless the key already has a horoscope; True when this call created it."""
        async with self._db.connection() as connection:
            row = await connection.fetchrow(_SQL[key.period].insert_missing, *_values(key, written))
        return row is not None

    async def upsert(self, key: HoroscopeKey, written: Written) -> tuple[Horoscope, bool]:
        """Create or replace; returns the stored horoscope and whether this call created the row."""
        async with self._db.connection() as connection:
            row = await connection.fetchrow(_SQL[key.period].upsert, *_values(key, written))
            if row is None:
                # The stored row already holds exactly these values.
                row = await connection.fetchrow(_SQL[key.period].get, key.sign.key, key.language, key.start_date)
                if row is None:  # it was there a moment ago: only a concurrent delete removes rows
                    raise Unavailable("the horoscope was deleted while being written; retry")
                return _horoscope(key.period, row), False
        return _horoscope(key.period, row), bool(row["inserted"])

    async def latest_start(self, period: Period) -> dt.date | None:
        async with self._db.connection() as connection:
            latest: dt.date | None = await connection.fetchval(_SQL[period].latest)
        return latest

    async def recent_summaries(self, key: HoroscopeKey, count: int) -> Sequence[str]:
        """The summaries of `key`'s sign and language in the `count` periods before it, newest first."""
        sql, values = _SQL[key.period].recent, (key.sign.key, key.language, key.start_date, count)
        rows = await self._read(False, lambda connection: connection.fetch(sql, *values))
        return tuple(row[0] for row in rows)
