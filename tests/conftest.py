"""A real PostgreSQL for the suite (embedded unless TEST_DATABASE_URL is set), a migrated template
database, and a fresh copy of it per test; real gRPC servers on port 0."""

from __future__ import annotations

import asyncio
import os
import socket
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import asyncpg
import grpc
import pytest
from hypothesis import settings

from horoscope_service.app import build_host
from horoscope_service.config import HoroscopeSettings
from subscription_service.app import SubscriptionService
from subscription_service.app import build as build_subscription
from subscription_service.config import SubscriptionSettings
from tests.apple_pki import MONTHLY, YEARLY, TestAppStore
from zodiac_platform.callers import token_hash
from zodiac_platform.database import dsn_for_database, dsn_for_role
from zodiac_platform.embedded_postgres import start_embedded_postgres
from zodiac_platform.migrations import apply_migrations

# Property tests run the same examples every time (a new failure shows when the code changes, not at
# random); HYPOTHESIS_PROFILE=explore searches afresh, with many more examples.
settings.register_profile("ci", max_examples=150, derandomize=True, database=None)
settings.register_profile("explore", max_examples=3000, derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

SERVICE_TOKEN = "test-service-token-0123456789"  # every scope
AUTH = (("authorization", f"Bearer {SERVICE_TOKEN}"),)
# The callers a deployment has: the gateway (asserts users, presents purchases), the horoscope
# service (checks entitlements), and an editor (writes horoscopes).
GATEWAY_TOKEN = "test-gateway-token-0123456789"
HOROSCOPE_CALLER_TOKEN = "test-horoscope-token-0123456789"
EDITOR_TOKEN = "test-editor-token-0123456789"
GATEWAY = (("authorization", f"Bearer {GATEWAY_TOKEN}"),)
EDITOR = (("authorization", f"Bearer {EDITOR_TOKEN}"),)
CALLERS = ";".join(
    f"{name}:{scopes}:{token_hash(token)}"
    for name, scopes, token in (
        ("gateway", "user.assert+subscription.write", GATEWAY_TOKEN),
        ("horoscope", "entitlement.check", HOROSCOPE_CALLER_TOKEN),
        ("editor", "horoscope.write", EDITOR_TOKEN),
    )
)


@pytest.fixture(scope="session")
def server_dsn() -> Iterator[str]:
    given = os.environ.get("TEST_DATABASE_URL")
    if given:
        yield given
        return
    # Stopped and deleted when the test process exits (a folder removed under a running server
    # would leave the server behind).
    yield start_embedded_postgres(Path(tempfile.mkdtemp(prefix="zodiac-test-")), throwaway=True)


async def _admin(dsn: str, *statements: str) -> None:
    connection = await asyncpg.connect(dsn_for_database(dsn, "postgres"))
    try:
        for statement in statements:
            await connection.execute(statement)
    finally:
        await connection.close()


@pytest.fixture(scope="session")
def template_name(server_dsn: str) -> Iterator[str]:
    name = f"zodiac_template_{uuid.uuid4().hex[:8]}"

    async def create() -> None:
        await _admin(server_dsn, f"CREATE DATABASE {name}")
        await apply_migrations(dsn_for_database(server_dsn, name))

    asyncio.run(create())
    yield name
    asyncio.run(_admin(server_dsn, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


@pytest.fixture
async def empty_dsn(server_dsn: str) -> AsyncIterator[str]:
    """A new, empty database."""
    name = f"zodiac_test_{uuid.uuid4().hex[:10]}"
    await _admin(server_dsn, f"CREATE DATABASE {name}")
    yield dsn_for_database(server_dsn, name)
    await _admin(server_dsn, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
async def dsn(server_dsn: str, template_name: str) -> AsyncIterator[str]:
    """A migrated database of this test's own."""
    name = f"zodiac_test_{uuid.uuid4().hex[:10]}"
    await _admin(server_dsn, f"CREATE DATABASE {name} TEMPLATE {template_name}")
    yield dsn_for_database(server_dsn, name)
    await _admin(server_dsn, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def free_ports(count: int) -> list[int]:
    """Ports free on loopback now, for servers started in another process (which cannot use port 0)."""
    sockets = [socket.socket() for _ in range(count)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [int(s.getsockname()[1]) for s in sockets]
    finally:
        for s in sockets:
            s.close()


def horoscope_process_env(dsn: str, port: int, **overrides: str) -> dict[str, str]:
    """The environment of `python -m horoscope_service` on `port`, against this test's database."""
    return {
        **os.environ,
        "DATABASE_URL": dsn,
        "HOROSCOPE_DATABASE_URL": dsn_for_role(dsn, "zodiac_horoscope"),
        "HOROSCOPE_PORT": str(port),
        "HOROSCOPE_METRICS_PORT": "0",
        "ZODIAC_SERVICE_TOKEN": SERVICE_TOKEN,
        **overrides,
    }


def horoscope_settings(**overrides: str) -> HoroscopeSettings:
    env = {
        "ZODIAC_SERVICE_TOKEN": SERVICE_TOKEN,
        "ZODIAC_CALLERS": CALLERS,
        "HOROSCOPE_SUBSCRIPTION_TOKEN": HOROSCOPE_CALLER_TOKEN,
        "ZODIAC_HEALTH_INTERVAL": "0.1",
        # Port 1 on loopback refuses connections: no premium unless a test serves SubscriptionService.
        "SUBSCRIPTION_TARGET": "127.0.0.1:1",
        **overrides,
    }
    return HoroscopeSettings.from_env(env)


@pytest.fixture
async def horoscope_channel(dsn: str) -> AsyncIterator[grpc.aio.Channel]:
    """A channel to a HoroscopeService served on a free port against this test's database."""
    host, _ = await build_host(horoscope_settings(), dsn_for_role(dsn, "zodiac_horoscope"))
    port = await host.start("127.0.0.1:0")
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
        yield channel
    await host.stop(grace=1.0)


@pytest.fixture
def app_store(tmp_path: Path) -> TestAppStore:
    return TestAppStore(tmp_path)


def subscription_settings(app_store: TestAppStore, **overrides: str) -> SubscriptionSettings:
    env = {
        "ZODIAC_SERVICE_TOKEN": SERVICE_TOKEN,
        "ZODIAC_CALLERS": CALLERS,
        "ZODIAC_HEALTH_INTERVAL": "0.1",
        "APPLE_ENVIRONMENT": app_store.environment,
        "APPLE_BUNDLE_ID": app_store.bundle_id,
        "APPLE_ROOT_CERTIFICATES": str(app_store.root_path),
        "PRODUCT_ENTITLEMENTS": f"{MONTHLY}=premium,{YEARLY}=premium",
        **overrides,
    }
    return SubscriptionSettings.from_env(env)


@dataclass
class ServedSubscriptions:
    service: SubscriptionService
    channel: grpc.aio.Channel
    port: int


@asynccontextmanager
async def serve_subscriptions(settings: SubscriptionSettings, dsn: str) -> AsyncIterator[ServedSubscriptions]:
    """SubscriptionService on a free port (its HTTP endpoint not started), logging in as its role."""
    service = await build_subscription(settings, dsn_for_role(dsn, "zodiac_subscription"))
    port = await service.host.start("127.0.0.1:0")
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
            yield ServedSubscriptions(service, channel, port)
    finally:
        await service.host.stop(grace=1.0)


@pytest.fixture
async def subscription_channel(dsn: str, app_store: TestAppStore) -> AsyncIterator[grpc.aio.Channel]:
    """A channel to a SubscriptionService served on a free port, trusting `app_store`'s root."""
    async with serve_subscriptions(subscription_settings(app_store), dsn) as served:
        yield served.channel
