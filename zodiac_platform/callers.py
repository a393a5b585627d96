"""Who is calling, and what they may do: callers with scopes, known by the SHA-256 of their token.

`ZODIAC_CALLERS` lists callers as `name:scope+scope:sha256-hex-of-token`, separated by `;`. The
server keeps only the hashes, so the setting can be shared without sharing the tokens.
`ZODIAC_SERVICE_TOKEN` stays a credential with every scope (caller `service`). A call without a
token is the anonymous caller, which has no scope; a token nobody knows is refused outright.

The interceptor puts the caller of the call being handled in a context variable: handlers read it
with `current_caller()` (the horoscope reads ignore a `user_id` from a caller without
`user.assert`).
"""

from __future__ import annotations

import contextvars
import enum
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass


class Scope(enum.StrEnum):
    HOROSCOPE_WRITE = "horoscope.write"  # UpsertHoroscope, GenerateHoroscopes
    USER_ASSERT = "user.assert"  # may name a user_id on horoscope reads; keeps and reads users' birth data
    SUBSCRIPTION_WRITE = "subscription.write"  # purchases, notifications, tokens, catch-up
    SUBSCRIPTION_READ = "subscription.read"  # a user's subscription
    ENTITLEMENT_CHECK = "entitlement.check"  # CheckEntitlement


class CallersError(ValueError):
    """ZODIAC_CALLERS is malformed."""


@dataclass(frozen=True)
class Caller:
    name: str
    scopes: frozenset[Scope]

    def may(self, scope: Scope) -> bool:
        return scope in self.scopes


ANONYMOUS = Caller("anonymous", frozenset())
SERVICE = "service"
_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
_SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")
_current: contextvars.ContextVar[Caller] = contextvars.ContextVar("zodiac_caller", default=ANONYMOUS)


def current_caller() -> Caller:
    return _current.get()


def set_current_caller(caller: Caller) -> contextvars.Token[Caller]:
    return _current.set(caller)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Callers:
    """The known callers, by token hash."""

    def __init__(self, by_hash: Mapping[str, Caller]) -> None:
        self._by_hash = dict(by_hash)

    @classmethod
    def parse(cls, text: str | None, *, service_token: str | None = None) -> Callers:
        by_hash: dict[str, Caller] = {}
        names: set[str] = set()
        for entry in filter(None, (part.strip() for part in (text or "").split(";"))):
            fields = entry.split(":")
            if len(fields) != 3:
                raise CallersError(f"{entry[:40]!r} is not name:scope+scope:sha256-of-token")
            name, scopes_text, digest = (f.strip() for f in fields)
            if not _NAME.match(name) or name in (SERVICE, ANONYMOUS.name):
                raise CallersError(f"{name!r} is not a caller name (lowercase letters, digits, _ . -; not {SERVICE!r})")
            if name in names:
                raise CallersError(f"caller {name!r} is listed twice")
            if not _SHA256_HEX.match(digest.lower()):
                raise CallersError(f"caller {name!r}: the token's SHA-256 must be 64 hex digits")
            try:
                scopes = frozenset(Scope(s.strip()) for s in scopes_text.split("+") if s.strip())
            except ValueError:
                known = ", ".join(s.value for s in Scope)
                raise CallersError(f"caller {name!r}: scopes are {known}") from None
            if digest.lower() in by_hash:
                raise CallersError(f"caller {name!r} shares its token with {by_hash[digest.lower()].name!r}")
            names.add(name)
            by_hash[digest.lower()] = Caller(name, scopes)
        if service_token:
            by_hash[token_hash(service_token)] = Caller(SERVICE, frozenset(Scope))
        return cls(by_hash)

    def identify(self, token: str) -> Caller | None:
        """The caller this token belongs to, or None when nobody has it. The lookup is by the
        token's SHA-256: how long it takes tells nothing usable about the token itself."""
        return self._by_hash.get(token_hash(token))

    def __bool__(self) -> bool:
        return bool(self._by_hash)
