"""PostgreSQL LISTEN on a connection of its own, kept alive across database restarts.

Each replica keeps one such connection (outside the pool: a pooled connection must not hold session
state, and LISTEN is session state). Notifications are delivered to `on_payload`; `on_state` hears
True once listening and False when the connection is lost: notifications sent meanwhile are gone,
so whoever relies on them (a cache) must stop relying until the next True, and start afresh then.
An idle connection whose server vanished without closing it is found by a periodic ping.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

import asyncpg

log = logging.getLogger(__name__)

_LOST = (OSError, asyncio.TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError)


class Listener:
    def __init__(
        self,
        dsn: str,
        channel: str,
        on_payload: Callable[[str], None],
        on_state: Callable[[bool], None],
        *,
        retry_every: float = 1.0,
        ping_every: float = 5.0,
    ) -> None:
        self._dsn = dsn
        self._channel = channel
        self._on_payload = on_payload
        self._on_state = on_state
        self._retry_every = retry_every
        self._ping_every = ping_every
        self._task: asyncio.Task[None] | None = None
        self.listening = asyncio.Event()

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name=f"listen {self._channel}")

    def _deliver(self, connection: object, pid: int, channel: str, payload: object) -> None:
        self._on_payload(str(payload))

    async def _run(self) -> None:
        while True:
            try:
                connection = await asyncpg.connect(self._dsn, timeout=self._retry_every * 5)
            except _LOST as error:
                log.debug("LISTEN %s: cannot connect (%s); retrying", self._channel, error)
                await asyncio.sleep(self._retry_every)
                continue
            try:
                await self._listen(connection)
            except _LOST as error:
                log.warning("LISTEN %s: connection lost (%s); reconnecting", self._channel, type(error).__name__)
            finally:
                if self.listening.is_set():
                    self.listening.clear()
                    self._on_state(False)
                connection.terminate()
            await asyncio.sleep(self._retry_every)

    async def _listen(self, connection: asyncpg.Connection) -> None:
        lost = asyncio.Event()
        connection.add_termination_listener(lambda _: lost.set())
        await connection.add_listener(self._channel, self._deliver)
        self.listening.set()
        self._on_state(True)
        while not lost.is_set():
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(lost.wait(), self._ping_every)
                continue
            await connection.fetchval("SELECT 1", timeout=self._ping_every)
        raise ConnectionResetError("the server closed the connection")

    async def aclose(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
