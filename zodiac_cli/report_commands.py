"""`zodiac report costs --days 30`: generation by day, period and model, with what it cost; and
`zodiac db top`: the slowest statements (pg_stat_statements, where the server has it).

Prices come from `LLM_PRICE_PER_1K_TOKENS`: one number for every model, or `model=price` pairs
separated by commas (a `*=price` pair for the rest). Models without a price cost 0 (the offline
generator spends no tokens).
"""

from __future__ import annotations

import argparse
import asyncio
import os
from collections.abc import Mapping

import asyncpg

from zodiac_platform.config import ConfigError, PlatformSettings, read_str
from zodiac_platform.runner import database_url

_COSTS = """
    SELECT day, period, model, items, tokens FROM ops.v_generation_costs
    WHERE day > (now() AT TIME ZONE 'UTC')::date - $1::int
    ORDER BY day DESC, period, model"""


def prices(env: Mapping[str, str]) -> dict[str, float]:
    """Price per 1,000 tokens by model ("*" for any other)."""
    text = read_str(env, "LLM_PRICE_PER_1K_TOKENS") or ""
    if not text:
        return {}
    try:
        if "=" not in text:
            return {"*": float(text)}
        pairs = (pair.split("=", 1) for pair in text.split(",") if pair.strip())
        return {model.strip(): float(price) for model, price in pairs}
    except ValueError:
        raise ConfigError(f"LLM_PRICE_PER_1K_TOKENS={text!r}: use a number, or model=price pairs") from None


def cost(tokens: int, model: str, by_model: Mapping[str, float]) -> float:
    return tokens / 1000.0 * by_model.get(model, by_model.get("*", 0.0))


async def _fetch(query: str, *args: object) -> list[asyncpg.Record]:
    """Rows of one query, as the database owner (reports read the `ops` schema)."""
    connection = await asyncpg.connect(database_url(PlatformSettings.from_env()))
    try:
        return list(await connection.fetch(query, *args))
    finally:
        await connection.close()


def run_report_command(args: argparse.Namespace) -> None:
    by_model = prices(os.environ)
    rows = asyncio.run(_fetch(_COSTS, args.days))
    print(f"{'day':<10} {'period':<13} {'model':<28} {'items':>6} {'tokens':>10} {'cost':>9}")
    total_items = total_tokens = 0
    total_cost = 0.0
    for row in rows:
        spent = cost(row["tokens"], row["model"], by_model)
        total_items, total_tokens, total_cost = total_items + row["items"], total_tokens + row["tokens"], total_cost + spent
        print(f"{row['day']!s:<10} {row['period']:<13} {row['model'][:28]:<28} {row['items']:>6} {row['tokens']:>10} "
              f"{spent:>9.4f}")
    print(f"{'total':<52} {total_items:>6} {total_tokens:>10} {total_cost:>9.4f}")


def add_report_parser(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser("report", help="reports from the database (costs)")
    report.add_argument("what", choices=["costs"])
    report.add_argument("--days", type=int, default=30, help="the last N UTC days (default 30)")


_TOP = "SELECT * FROM ops.query_performance($1)"


def run_db_command(args: argparse.Namespace) -> None:
    rows = asyncio.run(_fetch(_TOP, args.limit))
    if not rows:
        print("no statement statistics: this server has no pg_stat_statements, or does not preload it "
              "(shared_preload_libraries = pg_stat_statements)")
        return
    print(f"{'total ms':>10} {'calls':>8} {'mean ms':>9} {'max ms':>9} {'rows':>8} {'hit':>6}  role / statement")
    for row in rows:
        hit = "-" if row["hit_ratio"] is None else f"{row['hit_ratio']:.0%}"
        statement = " ".join(row["query"].split())
        print(f"{row['total_ms']:>10.1f} {row['calls']:>8} {row['mean_ms']:>9.3f} {row['max_ms']:>9.3f} "
              f"{row['rows']:>8} {hit:>6}  {row['role_name']}: {statement[:100]}")


def add_db_parser(commands: argparse._SubParsersAction) -> None:
    db = commands.add_parser("db", help="the database's own figures (top: slowest statements)")
    db.add_argument("what", choices=["top"])
    db.add_argument("--limit", type=int, default=10)
