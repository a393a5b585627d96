"""`zodiac run`: the whole stack on one machine, for development.

Starts the embedded PostgreSQL unless DATABASE_URL is set, applies migrations, makes sure today's
and this week's horoscopes exist, then runs each service in its own process until Ctrl-C or
SIGTERM, which it passes on so that each service drains before exiting.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import secrets
import subprocess
import sys

from horoscope_service.app import Content, make_generator
from horoscope_service.compatibility import Compatibilities
from horoscope_service.compatibility_storage import CompatibilityStore
from horoscope_service.config import HoroscopeSettings
from horoscope_service.horoscopes import Horoscopes
from horoscope_service.storage import HoroscopeStore
from zodiac_cli.connection import token_file
from zodiac_cli.subscription_commands import DEV_BUNDLE_ID
from zodiac_platform.database import Database, dsn_for_role
from zodiac_platform.migrations import apply_migrations
from zodiac_platform.runner import database_url, die_with_parent, supervise
from zodiac_platform.telemetry import configure_logging

DEV_PRODUCT_ENTITLEMENTS = "com.example.premium.monthly=premium,com.example.premium.yearly=premium"


def development_token() -> str:
    """The token `zodiac run` gives the services when ZODIAC_SERVICE_TOKEN is unset; the CLI reads it."""
    path = token_file()
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    token = secrets.token_urlsafe(24)
    path.touch(mode=0o600)
    path.write_text(token + "\n")
    return token


async def _prepare(settings: HoroscopeSettings, dsn: str) -> None:
    applied = await apply_migrations(dsn)
    print(f"migrations: {len(applied)} applied" if applied else "migrations: up to date", flush=True)
    database = await Database.connect(dsn, settings.pool, application_name="zodiac-run")
    try:
        store = HoroscopeStore(database)
        content = Content(
            Horoscopes(store, make_generator(settings, store)),
            Compatibilities(CompatibilityStore(database)),
        )
        today = dt.datetime.now(dt.UTC).date()
        await content.ensure_current(today)
        print(f"horoscopes: today's ({today}), this week's and this month's are stored for all signs and languages, "
              "and the compatibility readings", flush=True)
    finally:
        await database.close()


def run_stack() -> int:
    die_with_parent()  # `make run` stopped with SIGTERM: make does not pass it on, Linux does
    settings = HoroscopeSettings.from_env()
    configure_logging("WARNING")
    dsn = database_url(settings.platform)  # this process holds the embedded server while the stack runs
    asyncio.run(_prepare(settings, dsn))
    env = dict(os.environ)
    if not settings.platform.database_url:  # embedded: each service logs in as its own role
        env.setdefault("HOROSCOPE_DATABASE_URL", dsn_for_role(dsn, "zodiac_horoscope"))
        env.setdefault("SUBSCRIPTION_DATABASE_URL", dsn_for_role(dsn, "zodiac_subscription"))
    if "APPLE_BUNDLE_ID" not in env:  # no Apple settings: StoreKit testing mode, see README
        env.update(
            APPLE_ENVIRONMENT="Xcode",
            APPLE_BUNDLE_ID=DEV_BUNDLE_ID,
            PRODUCT_ENTITLEMENTS=env.get("PRODUCT_ENTITLEMENTS", DEV_PRODUCT_ENTITLEMENTS),
        )
    env.update(
        DATABASE_URL=dsn,
        ZODIAC_SERVICE_TOKEN=settings.platform.service_token or development_token(),
        HOROSCOPE_AUTOGENERATE=env.get("HOROSCOPE_AUTOGENERATE", "true"),
    )
    host = settings.platform.host
    services = {
        "subscription_service": f"{host}:{settings.platform.subscription_port}",
        "horoscope_service": f"{host}:{settings.platform.horoscope_port}",
    }
    children = {
        name: subprocess.Popen([sys.executable, "-m", name], env=env, preexec_fn=die_with_parent)
        for name in services
    }
    for name, address in services.items():
        print(f"{name} listening on {address}", flush=True)
    http_port = env.get("SUBSCRIPTION_HTTP_PORT") or "8080"
    print(f"App Store notifications: POST http://{host}:{http_port}/apple/notifications", flush=True)
    if env.get("APPLE_ENVIRONMENT") == "Xcode":
        print(f"App Store: StoreKit testing mode (APPLE_ENVIRONMENT=Xcode, bundle {env['APPLE_BUNDLE_ID']})", flush=True)
    print("try: .venv/bin/zodiac get --sign leo --language en    (Ctrl-C stops the stack)", flush=True)

    died = supervise(
        children, lambda names: print(f"{names} exited unexpectedly; stopping the stack", file=sys.stderr, flush=True)
    )
    return 1 if died else 0  # a service that died takes the stack down, and says so
