"""Collecting request field violations, so that a caller hears about every bad field at once."""

from __future__ import annotations

from zodiac_platform.errors import FieldViolation, InvalidArgument


class Checker:
    """Collects field violations; `done()` raises them together as `InvalidArgument`."""

    def __init__(self) -> None:
        self.violations: list[FieldViolation] = []

    def fail(self, field: str, description: str) -> None:
        self.violations.append(FieldViolation(field, description))

    def done(self) -> None:
        if self.violations:
            raise InvalidArgument(self.violations)

    def text(self, field: str, value: str, *, max_chars: int, required: bool = True) -> str:
        if required and not value.strip():
            self.fail(field, "is required")
        elif len(value) > max_chars:
            self.fail(field, f"at most {max_chars} characters (got {len(value)})")
        return value

    def identifier(self, field: str, value: str, *, max_chars: int, required: bool = True) -> str:
        """An id such as a user id: printable characters only (no NUL, no control characters)."""
        self.text(field, value, max_chars=max_chars, required=required)
        if value and len(value) <= max_chars and not value.isprintable():
            self.fail(field, "must hold printable characters only (no NUL or control characters)")
        return value
