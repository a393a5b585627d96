"""The migration runner against a real PostgreSQL."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import shutil
from pathlib import Path

import asyncpg
import pytest

from zodiac_platform.migrations import MIGRATIONS_DIR, MigrationError, apply_migrations, discover, migration_status

VERSIONS = [m.version for m in discover()]


@pytest.fixture
def migrations_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, folder)
    return folder


async def _fetchval(dsn: str, query: str) -> object:
    connection = await asyncpg.connect(dsn)
    try:
        return await connection.fetchval(query)
    finally:
        await connection.close()


async def test_fresh_database_gets_every_migration_once(empty_dsn: str) -> None:
    first = await apply_migrations(empty_dsn)
    second = await apply_migrations(empty_dsn)
    assert [m.version for m in first] == VERSIONS and VERSIONS[:4] == [1, 2, 3, 4]
    assert second == []
    statuses = await migration_status(empty_dsn)
    assert [(s.version, s.state) for s in statuses] == [(v, "applied") for v in VERSIONS]


async def test_two_runners_at_once_apply_each_migration_exactly_once(empty_dsn: str) -> None:
    results = await asyncio.gather(*(apply_migrations(empty_dsn, poll_interval=0.02) for _ in range(2)))
    applied = sorted(m.version for result in results for m in result)
    assert applied == VERSIONS
    assert await _fetchval(empty_dsn, "SELECT count(*) FROM schema_migrations") == len(VERSIONS)


async def test_non_transactional_migration_builds_its_indexes(empty_dsn: str) -> None:
    await apply_migrations(empty_dsn)
    indexes = await _fetchval(
        empty_dsn,
        "SELECT count(*) FROM pg_indexes WHERE indexname IN "
        "('daily_horoscopes_content_idx', 'weekly_horoscopes_content_idx', 'daily_horoscopes_model_idx')",
    )
    invalid = await _fetchval(empty_dsn, "SELECT count(*) FROM pg_index WHERE NOT indisvalid")
    assert indexes == 3 and invalid == 0


async def test_edited_migration_is_refused(empty_dsn: str, migrations_copy: Path) -> None:
    await apply_migrations(empty_dsn, migrations_copy)
    views = migrations_copy / "0004_horoscope_views.sql"
    views.write_text(views.read_text() + "\n-- a quiet edit\n")
    with pytest.raises(MigrationError, match="0004_horoscope_views.sql was edited after it was applied"):
        await apply_migrations(empty_dsn, migrations_copy)
    statuses = {s.version: s.state for s in await migration_status(empty_dsn, migrations_copy)}
    assert statuses[4] == "edited"


async def test_failed_migration_rolls_back_and_is_not_recorded(empty_dsn: str, migrations_copy: Path) -> None:
    (migrations_copy / "0999_broken.sql").write_text(
        "CREATE TABLE half_done (id int);\nSELECT * FROM no_such_table;\n"
    )
    with pytest.raises(asyncpg.UndefinedTableError):
        await apply_migrations(empty_dsn, migrations_copy)
    assert await _fetchval(empty_dsn, "SELECT to_regclass('half_done') IS NULL") is True
    statuses = {s.version: s.state for s in await migration_status(empty_dsn, migrations_copy)}
    assert statuses == {**{v: "applied" for v in VERSIONS}, 999: "pending"}


async def test_badly_named_file_is_refused(empty_dsn: str, migrations_copy: Path) -> None:
    (migrations_copy / "4_no_padding.sql").write_text("SELECT 1;")
    with pytest.raises(MigrationError, match="NNNN_lowercase_words.sql"):
        await apply_migrations(empty_dsn, migrations_copy)


async def test_views_answer_on_a_fresh_database(dsn: str) -> None:
    assert await _fetchval(dsn, "SELECT count(*) FROM horoscope.v_latest_daily_horoscopes") == 0
    assert await _fetchval(dsn, "SELECT count(*) FROM horoscope.v_current_weekly_horoscopes") == 0


async def test_database_refuses_a_weekly_row_not_on_a_monday(dsn: str) -> None:
    connection = await asyncpg.connect(dsn)
    try:
        with pytest.raises(asyncpg.CheckViolationError):
            await connection.execute(
                "INSERT INTO horoscope.weekly_horoscopes (sign, language_code, week_start, content, model) "
                "VALUES ('leo', 'en', '2026-11-25', '{\"summary\": \"x\"}', 'm')"
            )
    finally:
        await connection.close()


async def test_monthly_rows_start_on_the_first_and_end_on_the_month_s_last_day(dsn: str) -> None:
    insert = (
        "INSERT INTO horoscope.monthly_horoscopes (sign, language_code, month_start, content, model) "
        "VALUES ('leo', 'xx', $1, '{\"summary\": \"x\"}', 'm') RETURNING month_end"
    )
    connection = await asyncpg.connect(dsn)
    try:
        with pytest.raises(asyncpg.CheckViolationError):
            await connection.fetchval(insert, dt.date(2027, 2, 2))
        assert await connection.fetchval(insert, dt.date(2028, 2, 1)) == dt.date(2028, 2, 29)
        with pytest.raises(asyncpg.UniqueViolationError):
            await connection.fetchval(insert, dt.date(2028, 2, 1))
    finally:
        await connection.execute("DELETE FROM horoscope.monthly_horoscopes WHERE language_code = 'xx'")
        await connection.close()
    assert await _fetchval(dsn, "SELECT count(*) FROM horoscope.v_current_monthly_horoscopes") == 0


_SIGNS = ("ARRAY['aries','taurus','gemini','cancer','leo','virgo','libra','scorpio','sagittarius','capricorn',"
          "'aquarius','pisces']")


async def _three_years_of_dailies(connection: asyncpg.Connection, ending: str) -> None:
    await connection.execute(f"""
        INSERT INTO horoscope.daily_horoscopes (sign, language_code, date, content, model)
        SELECT s, l, d::date, jsonb_build_object('summary', s || l || d::date), 'm'
        FROM unnest({_SIGNS}) s, unnest(ARRAY['en','es','pt','fr','de','it']) l,
             generate_series({ending} - 1094, {ending}, interval '1 day') d""")
    await connection.execute("ANALYZE horoscope.daily_horoscopes")


async def _buffers_and_pages(connection: asyncpg.Connection) -> tuple[int, int]:
    plan = await connection.fetchval(
        "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) SELECT * FROM horoscope.v_latest_daily_horoscopes"
    )
    top = (json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"]
    pages = await connection.fetchval("SELECT pg_relation_size('horoscope.daily_horoscopes') / 8192")
    return top["Shared Hit Blocks"] + top.get("Shared Read Blocks", 0), pages


async def test_the_latest_daily_view_costs_the_same_however_much_history_there_is(dsn: str) -> None:
    """The view returns what the whole-table DISTINCT ON it replaced returned, and what it reads does
    not grow with the table: doubling three years of dailies (78,840 rows) leaves it as it was."""
    connection = await asyncpg.connect(dsn)
    try:
        await _three_years_of_dailies(connection, "current_date + 2")
        view = await connection.fetch("SELECT sign, language_code, date FROM horoscope.v_latest_daily_horoscopes ORDER BY 1, 2")
        old = await connection.fetch("""
            SELECT DISTINCT ON (sign, language_code) sign, language_code, date FROM horoscope.daily_horoscopes
            WHERE date <= (now() AT TIME ZONE 'UTC')::date ORDER BY sign, language_code, date DESC""")
        assert [tuple(r) for r in view] == [tuple(r) for r in old] and len(view) == 72
        touched, pages = await _buffers_and_pages(connection)
        await _three_years_of_dailies(connection, "current_date - 1095")
        touched_after, pages_after = await _buffers_and_pages(connection)
    finally:
        await connection.close()
    assert pages_after > 1.8 * pages
    assert touched_after < 1.2 * touched, (touched, touched_after)  # index probes: the same for twice the rows
