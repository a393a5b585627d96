"""Request validation for the subscription API: every bad field is reported at once."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re

from google.protobuf import timestamp_pb2

from subscription_service.apple import looks_like_jws
from zodiac_platform.validation import Checker as BaseChecker

MAX_USER_ID = 128
MAX_JWS = 64 * 1024
MAX_APP_RECEIPT = 1024 * 1024
# Apple keeps notification history for 180 days (Get Notification History).
HISTORY_DAYS = 180
_ENTITLEMENT = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")


class Checker(BaseChecker):
    """The subscription API's field checks."""

    def user_id(self, field: str, value: str) -> str:
        return self.identifier(field, value, max_chars=MAX_USER_ID)

    def jws(self, field: str, value: str) -> str:
        self.text(field, value, max_chars=MAX_JWS)
        value = value.strip()
        if value and len(value) <= MAX_JWS and not looks_like_jws(value):
            self.fail(field, "is not a JWS (three base64url parts joined by dots)")
        return value

    def app_receipt(self, field: str, value: str) -> str:
        self.text(field, value, max_chars=MAX_APP_RECEIPT)
        value = value.strip()
        if value and len(value) <= MAX_APP_RECEIPT:
            try:
                base64.b64decode(value.encode("ascii"), validate=True)
            except (UnicodeEncodeError, binascii.Error):
                self.fail(field, "is not base64")
        return value

    def entitlement(self, field: str, value: str) -> str:
        if not _ENTITLEMENT.match(value):
            self.fail(field, "a lowercase name such as 'premium' (letters, digits, _ . -; at most 64)")
        return value

    def moment(self, field: str, value: timestamp_pb2.Timestamp) -> dt.datetime | None:
        if not (0 <= value.nanos < 1_000_000_000 and 0 <= value.seconds <= 253_402_300_799):
            self.fail(field, "is not a time between 1970 and 9999")
            return None
        return value.ToDatetime(dt.UTC)

    def history_range(
        self, start: timestamp_pb2.Timestamp | None, end: timestamp_pb2.Timestamp | None, now: dt.datetime
    ) -> tuple[dt.datetime, dt.datetime]:
        """[start, end] within the history Apple keeps; end defaults to now."""
        first = self.moment("start_time", start) if start is not None else None
        last = self.moment("end_time", end) if end is not None else now
        if start is None:
            self.fail("start_time", "is required")
        if first is not None and first < now - dt.timedelta(days=HISTORY_DAYS):
            self.fail("start_time", f"Apple keeps notification history for {HISTORY_DAYS} days")
        if first is not None and last is not None and first >= last:
            self.fail("end_time", "must be after start_time")
        return first or now, last or now
