"""Who reads the premium sections: one rule for horoscopes and compatibility readings."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from zodiac_platform.errors import Unavailable

log = logging.getLogger(__name__)


class EntitlementChecker(Protocol):
    async def is_entitled(self, user_id: str, timeout: float) -> bool:
        """Raises `Unavailable` when the answer cannot be had within `timeout` seconds."""
        ...


class Premium:
    """Asks whether a reader is entitled, within a bounded wait.

    The check gets at most half of what the caller has left (`time_left`, None when it set no
    deadline), so that a slow or stopped subscription service still leaves time to answer with
    the free edition, marked degraded.
    """

    def __init__(
        self,
        entitlements: EntitlementChecker | None,
        max_wait: float = 0.5,
        record: Callable[[str], None] | None = None,
    ) -> None:
        self._entitlements = entitlements
        self._max_wait = max_wait
        self._record = record or (lambda outcome: None)

    async def opens_for(self, user_id: str, time_left: float | None) -> tuple[bool, bool]:
        """(entitled, degraded) for `user_id` ("" for nobody in particular)."""
        if not user_id or self._entitlements is None:
            return False, False
        entitled, degraded = await self._ask(self._entitlements, user_id, time_left)
        self._record("degraded" if degraded else "entitled" if entitled else "not_entitled")
        return entitled, degraded

    async def _ask(self, entitlements: EntitlementChecker, user_id: str, time_left: float | None) -> tuple[bool, bool]:
        wait = self._max_wait if time_left is None else min(self._max_wait, time_left / 2)
        if wait < 0.005:
            return False, True
        try:
            return await entitlements.is_entitled(user_id, wait), False
        except Unavailable as error:
            log.warning("premium check for %s unavailable (%s): serving the free edition", user_id, error)
            return False, True
