"""SQL for the birth data users chose to keep: one row per user, replaced on save, gone on delete."""

from __future__ import annotations

from typing import Any

from zodiac_platform.database import Database

_GET = "SELECT birth FROM horoscope.birth_data WHERE user_id = $1"
_PUT = """
    INSERT INTO horoscope.birth_data (user_id, birth) VALUES ($1, $2)
    ON CONFLICT (user_id) DO UPDATE SET birth = EXCLUDED.birth
    WHERE horoscope.birth_data.birth IS DISTINCT FROM EXCLUDED.birth"""
_DELETE = "DELETE FROM horoscope.birth_data WHERE user_id = $1"


class BirthStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    async def get(self, user_id: str) -> dict[str, Any] | None:
        async with self._db.connection() as connection:
            birth: dict[str, Any] | None = await connection.fetchval(_GET, user_id)
        return birth

    async def put(self, user_id: str, birth: dict[str, Any]) -> None:
        async with self._db.connection() as connection:
            await connection.execute(_PUT, user_id, birth)

    async def delete(self, user_id: str) -> bool:
        async with self._db.connection() as connection:
            status = await connection.execute(_DELETE, user_id)
        return status.endswith(" 1")
