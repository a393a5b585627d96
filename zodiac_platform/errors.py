"""Domain errors. Plain Python: the server interceptor turns them into gRPC statuses."""

from __future__ import annotations

from dataclasses import dataclass


class ZodiacError(Exception):
    """Base of every error a caller is meant to see."""


@dataclass(frozen=True)
class FieldViolation:
    field: str
    description: str


class InvalidArgument(ZodiacError):
    """The message names the first few violations (status messages stay small); the details hold all."""

    MESSAGE_VIOLATIONS = 3

    def __init__(self, violations: list[FieldViolation]) -> None:
        self.violations = list(violations)
        shown = "; ".join(f"{v.field}: {v.description}" for v in self.violations[: self.MESSAGE_VIOLATIONS])
        more = len(self.violations) - self.MESSAGE_VIOLATIONS
        super().__init__(shown + (f"; and {more} more" if more > 0 else ""))


class NotFound(ZodiacError):
    pass


class FailedPrecondition(ZodiacError):
    pass


class Unauthenticated(ZodiacError):
    pass


class PermissionDenied(ZodiacError):
    pass


class Unavailable(ZodiacError):
    """A dependency is down or too slow; the caller may retry."""


class Aborted(ZodiacError):
    """A concurrency conflict (deadlock, serialization failure) that retries did not resolve; the
    caller may retry the whole call."""
