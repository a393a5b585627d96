"""Collecting request field violations, so that a caller hears about every bad field at once.

What one call may cost is bounded: repeated fields are counted before their items are checked
(`count`), and at most `MAX_VIOLATIONS` violations are reported, the rest counted.
"""

from __future__ import annotations

from collections.abc import Sized

from google.protobuf import timestamp_pb2

from zodiac_platform.errors import FieldViolation, InvalidArgument

MAX_VIOLATIONS = 100
# What PostgreSQL's timestamptz and Python's datetime both hold: years 1 to 9999.
_MIN_SECONDS, _MAX_SECONDS = -62_135_596_800, 253_402_300_799


class Checker:
    """Collects field violations; `done()` raises them together as `InvalidArgument`."""

    def __init__(self) -> None:
        self.violations: list[FieldViolation] = []
        self.unreported = 0

    def fail(self, field: str, description: str) -> None:
        if len(self.violations) < MAX_VIOLATIONS:
            self.violations.append(FieldViolation(field, description))
        else:
            self.unreported += 1

    def done(self) -> None:
        if self.unreported:
            self.violations.append(FieldViolation("", f"{self.unreported} more violations not listed"))
            self.unreported = 0
        if self.violations:
            raise InvalidArgument(self.violations)

    def count(self, field: str, values: Sized, *, max_items: int) -> bool:
        """True when `values` has at most `max_items` items (check them one by one only then)."""
        if len(values) > max_items:
            self.fail(field, f"at most {max_items} items (got {len(values)})")
            return False
        return True

    def text(self, field: str, value: str, *, max_chars: int, required: bool = True) -> str:
        if required and not value.strip():
            self.fail(field, "is required")
        elif len(value) > max_chars:
            self.fail(field, f"at most {max_chars} characters (got {len(value)})")
        elif "\x00" in value:  # PostgreSQL text and jsonb cannot hold it
            self.fail(field, "must not contain NUL characters")
        return value

    def timestamp(self, field: str, value: timestamp_pb2.Timestamp) -> None:
        if not (_MIN_SECONDS <= value.seconds <= _MAX_SECONDS and 0 <= value.nanos <= 999_999_999):
            self.fail(field, "is not a time between the years 1 and 9999")

    def identifier(self, field: str, value: str, *, max_chars: int, required: bool = True) -> str:
        """An id such as a user id: printable characters only (no NUL, no control characters)."""
        self.text(field, value, max_chars=max_chars, required=required)
        if value and len(value) <= max_chars and not value.isprintable():
            self.fail(field, "must hold printable characters only (no NUL or control characters)")
        return value
