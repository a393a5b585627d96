"""The shared interceptor: a bug answers INTERNAL (never UNKNOWN), domain errors map to their codes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import grpc
import pytest

from tests.grpc_helpers import rpc_error
from zodiac_platform.callers import Callers
from zodiac_platform.database import Database, PoolSettings
from zodiac_platform.errors import Aborted, FailedPrecondition, PermissionDenied, Unavailable, ZodiacError
from zodiac_platform.server import ServiceBinding, ServiceHost

RAISES = {
    "Bug": RuntimeError("a bug"),
    "Precondition": FailedPrecondition("not yet"),
    "Denied": PermissionDenied("not yours"),
    "Down": Unavailable("database down"),
    "Conflict": Aborted("changed concurrently; retry"),
}


def _add_raising_service(server: grpc.aio.Server) -> None:
    def handler(error: Exception) -> grpc.RpcMethodHandler:
        async def behaviour(request: bytes, context: grpc.aio.ServicerContext) -> bytes:
            raise error

        return grpc.unary_unary_rpc_method_handler(behaviour)

    server.add_generic_rpc_handlers(
        [grpc.method_handlers_generic_handler("test.Raising", {name: handler(e) for name, e in RAISES.items()})]
    )


@pytest.fixture
async def channel(dsn: str) -> AsyncIterator[grpc.aio.Channel]:
    database = await Database.connect(dsn, PoolSettings(1, 2, 1.0, 1.0), application_name="test")
    host = ServiceHost([ServiceBinding("test.Raising", _add_raising_service)], database, callers=Callers.parse(None))
    port = await host.start("127.0.0.1:0")
    async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
        yield channel
    await host.stop(grace=1.0)


@pytest.mark.parametrize(
    ("method", "code"),
    [
        ("Bug", grpc.StatusCode.INTERNAL),
        ("Precondition", grpc.StatusCode.FAILED_PRECONDITION),
        ("Denied", grpc.StatusCode.PERMISSION_DENIED),
        ("Down", grpc.StatusCode.UNAVAILABLE),
        ("Conflict", grpc.StatusCode.ABORTED),
    ],
)
async def test_errors_map_to_status_codes(channel: grpc.aio.Channel, method: str, code: grpc.StatusCode) -> None:
    call = channel.unary_unary(f"/test.Raising/{method}")(b"")
    error = await rpc_error(call)
    assert error.code() == code
    if isinstance(RAISES[method], ZodiacError):
        assert error.details() == str(RAISES[method])
    else:
        assert "a bug" not in (error.details() or "")  # no internals leak to the caller


async def test_calls_beyond_the_concurrency_limit_are_resource_exhausted(dsn: str) -> None:
    from zodiac_platform.limits import ServerLimits

    def add_slow(server: grpc.aio.Server) -> None:
        async def slow(request: bytes, context: grpc.aio.ServicerContext) -> bytes:
            await asyncio.sleep(0.5)
            return b""

        server.add_generic_rpc_handlers(
            [grpc.method_handlers_generic_handler("test.Slow", {"Call": grpc.unary_unary_rpc_method_handler(slow)})]
        )

    database = await Database.connect(dsn, PoolSettings(1, 2, 1.0, 1.0), application_name="test")
    host = ServiceHost(
        [ServiceBinding("test.Slow", add_slow)], database, callers=Callers.parse(None),
        limits=ServerLimits(max_concurrent_rpcs=2),
    )
    port = await host.start("127.0.0.1:0")
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
            call = channel.unary_unary("/test.Slow/Call")
            results = await asyncio.gather(*(call(b"", timeout=5) for _ in range(6)), return_exceptions=True)
    finally:
        await host.stop(grace=1.0)
    codes = sorted(r.code().name if isinstance(r, grpc.RpcError) else "OK" for r in results)
    assert codes.count("OK") == 2 and codes.count("RESOURCE_EXHAUSTED") == 4


def test_violations_beyond_a_hundred_are_counted_not_listed() -> None:
    from zodiac_platform.errors import InvalidArgument
    from zodiac_platform.validation import Checker

    check = Checker()
    for i in range(150):
        check.fail(f"f{i}", "bad")
    with pytest.raises(InvalidArgument) as raised:
        check.done()
    assert len(raised.value.violations) == 101 and raised.value.violations[-1].description == "50 more violations not listed"
    assert str(raised.value) == "f0: bad; f1: bad; f2: bad; and 98 more"
