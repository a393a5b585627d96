"""Apple's signed data, verified with Apple's own `app-store-server-library`.

The library checks the signature, the certificate chain to the configured roots, the bundle, the
app and the environment. What it verified is then read again, strictly, from the JWS claims: a
claim of the wrong JSON type, a time out of range, a NaN or a NUL is refused as malformed here,
never passed on to storage. Everything past this module sees our own dataclasses.

Both App Store environments in production: App Review buys in the Sandbox with a production build,
so a production server verifies against Production first and, on an environment mismatch, against
Sandbox (Apple's guidance: "verify your receipt first with the production URL; then verify with
the sandbox URL if you receive a 21007 status code", TN3138 and the verifyReceipt documentation;
for signed data the environment claim plays the part of 21007). `APPLE_ACCEPT_SANDBOX=false`
refuses Sandbox data in production. The verifier is synchronous X.509 and ECDSA work (and OCSP with
online checks): every call runs in a worker thread, off the event loop.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import datetime as dt
import json
import math
import re
import uuid
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from appstoreserverlibrary.models.Environment import Environment as LibraryEnvironment
from appstoreserverlibrary.signed_data_verifier import SignedDataVerifier, VerificationException, VerificationStatus

from subscription_service.config import AppleSettings
from subscription_service.model import (
    AppleStatus,
    Environment,
    Ownership,
    Rejected,
    VerifiedNotification,
    VerifiedRenewal,
    VerifiedTransaction,
)
from subscription_service.receipts import ReceiptRejected, verify_app_receipt
from subscription_service.subscriptions import VerifiedReceipt

_REASONS = {
    VerificationStatus.VERIFICATION_FAILURE: "the signature or certificate chain does not verify",
    VerificationStatus.INVALID_APP_IDENTIFIER: "it was issued for another app (bundle id or app Apple id)",
    VerificationStatus.INVALID_CERTIFICATE: "its certificates cannot be read",
    VerificationStatus.INVALID_CHAIN_LENGTH: "its certificate chain is not leaf, intermediate, root",
    VerificationStatus.INVALID_CHAIN: "its certificate chain is not Apple's",
    VerificationStatus.INVALID_ENVIRONMENT: "it was issued for another App Store environment",
    VerificationStatus.RETRYABLE_VERIFICATION_FAILURE: "Apple's certificate status could not be checked",
}
MAX_ID_CHARS = 128
# Times Apple signs are milliseconds since 1970; anything past year 9999 is not a time.
_MAX_MILLIS = 253_402_300_799_999
_BASE64URL = re.compile(r"[A-Za-z0-9_-]+")
_SMALLINT = 32767  # Apple's small enumerations (revocationReason, offerType) are stored as smallint


def _rejected(status: VerificationStatus) -> Rejected:
    retryable = status is VerificationStatus.RETRYABLE_VERIFICATION_FAILURE
    return Rejected(status.name, _REASONS.get(status, "it does not verify"), retryable=retryable)


def _malformed(reason: str) -> Rejected:
    return Rejected("MALFORMED", reason)


def looks_like_jws(text: str) -> bool:
    """Three non-empty base64url parts joined by dots (compact JWS serialisation)."""
    parts = text.split(".")
    return len(parts) == 3 and all(_BASE64URL.fullmatch(part) for part in parts)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON data")


def jws_claims(signed: str) -> dict[str, Any]:
    """The claims of a compact JWS, parsed strictly: JSON only (no NaN), an object, storable."""
    try:
        body = signed.split(".")[1]
        raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        claims = json.loads(raw, parse_constant=_refuse_constant)
    except (IndexError, binascii.Error, ValueError, RecursionError) as error:
        raise _malformed(f"its payload is not JSON: {type(error).__name__}") from None
    if not isinstance(claims, dict):
        raise _malformed("its payload is not a JSON object")
    if "\\u0000" in json.dumps(claims):  # PostgreSQL text and jsonb cannot hold NUL
        raise _malformed("its payload holds a NUL character")
    return claims


class _Claims:
    """Typed reads of JWS claims; a claim present with the wrong type is malformed, never coerced."""

    def __init__(self, claims: Mapping[str, Any], what: str, *, require: bool = True) -> None:
        self._claims = claims
        self._what = what
        # False: check the types of the claims present, not that the required ones are there (a
        # first reading, before the signature is verified: an unsigned payload may lack anything).
        self._require = require

    def _fail(self, name: str, expected: str) -> Rejected:
        return _malformed(f"{self._what}'s {name} is not {expected}")

    def text(self, name: str, *, max_chars: int = MAX_ID_CHARS) -> str | None:
        value = self._claims.get(name)
        if value is None:
            return None
        if not isinstance(value, str) or not 0 < len(value) <= max_chars or not value.isprintable():
            raise self._fail(name, f"a string of 1 to {max_chars} printable characters")
        return value

    def required_text(self, name: str) -> str:
        value = self.text(name)
        if value is None:
            if self._require:
                raise _malformed(f"{self._what} has no {name}")
            return ""
        return value

    def integer(self, name: str, *, low: int = 0, high: int = 2**53) -> int | None:
        value = self._claims.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self._fail(name, f"a whole number from {low} to {high}")
        return value

    def boolean(self, name: str) -> bool | None:
        value = self._claims.get(name)
        if value is None:
            return None
        if not isinstance(value, bool):
            raise self._fail(name, "true or false")
        return value

    def moment(self, name: str) -> dt.datetime | None:
        value = self._claims.get(name)
        if value is None:
            return None
        # Xcode signs fractional milliseconds; Apple's library truncates them, and so do we.
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise self._fail(name, "a time in milliseconds")
        if not 0 <= value <= _MAX_MILLIS:
            raise self._fail(name, "a time between 1970 and 9999")
        return dt.datetime(1970, 1, 1, tzinfo=dt.UTC) + dt.timedelta(milliseconds=int(value))

    def required_moment(self, name: str) -> dt.datetime:
        value = self.moment(name)
        if value is None:
            if self._require:
                raise _malformed(f"{self._what} has no {name}")
            return dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
        return value

    def nested(self, name: str) -> _Claims | None:
        value = self._claims.get(name)
        if value is None:
            return None
        if not isinstance(value, dict):
            raise self._fail(name, "an object")
        return _Claims(value, f"{self._what} {name}", require=self._require)


def _ownership(claims: _Claims) -> Ownership:
    # Apple adds ownership types over time (ASSIGNED, 2025); only Family Sharing changes what we do.
    shared = claims.text("inAppOwnershipType") == Ownership.FAMILY_SHARED.value
    return Ownership.FAMILY_SHARED if shared else Ownership.PURCHASED


def _uuid(claims: _Claims, name: str) -> str | None:
    value = claims.text(name, max_chars=64)
    if value is None:
        return None
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise _malformed(f"the transaction's {name} is not a UUID") from None


def transaction_from_claims(raw: dict[str, Any], environment: Environment, *, require: bool = True) -> VerifiedTransaction:
    claims = _Claims(raw, "the transaction", require=require)
    return VerifiedTransaction(
        transaction_id=claims.required_text("transactionId"),
        original_transaction_id=claims.required_text("originalTransactionId"),
        product_id=claims.required_text("productId"),
        purchased_at=claims.required_moment("purchaseDate"),
        expires_at=claims.moment("expiresDate"),
        revoked_at=claims.moment("revocationDate"),
        revocation_reason=claims.integer("revocationReason", high=_SMALLINT),
        is_upgraded=bool(claims.boolean("isUpgraded")),
        ownership=_ownership(claims),
        app_account_token=_uuid(claims, "appAccountToken"),
        offer_type=claims.integer("offerType", high=_SMALLINT),
        signed_at=claims.required_moment("signedDate"),
        environment=environment,
        payload=raw,
    )


def renewal_from_claims(raw: dict[str, Any], *, require: bool = True) -> VerifiedRenewal:
    claims = _Claims(raw, "the renewal info", require=require)
    auto_renew = claims.integer("autoRenewStatus")
    return VerifiedRenewal(
        original_transaction_id=claims.required_text("originalTransactionId"),
        auto_renew=None if auto_renew is None else auto_renew == 1,
        auto_renew_product_id=claims.text("autoRenewProductId"),
        grace_period_expires_at=claims.moment("gracePeriodExpiresDate"),
        # priceIncreaseStatus 0: the customer has not yet responded to an increase that needs consent.
        price_increase_pending=claims.integer("priceIncreaseStatus") == 0,
        signed_at=claims.required_moment("signedDate"),
        payload=raw,
    )


def _apple_status(data: _Claims | None) -> AppleStatus | None:
    number = data.integer("status") if data is not None else None
    if number is None:
        return None
    status = AppleStatus.from_number(number)
    if status is None:
        raise _malformed(f"the notification's data.status {number} is not one Apple defines")
    return status


T = TypeVar("T")


class AppleVerifier:
    """Verifies transactions and notifications in every environment the settings accept."""

    def __init__(self, settings: AppleSettings) -> None:
        self.settings = settings
        self._verifiers: list[tuple[Environment, SignedDataVerifier]] = []
        for environment in settings.accepted_environments:
            verifier = SignedDataVerifier(
                list(settings.root_certificates),
                settings.online_checks,
                LibraryEnvironment(environment.value),
                settings.bundle_id,
                settings.app_apple_id,
            )
            if not settings.strict_checks:
                # Test roots (Apple's own test CA among them) lack the key identifiers X509_STRICT
                # demands; the library offers no public switch. Refused for Production in config.
                verifier._chain_verifier.enable_strict_checks = False
            self._verifiers.append((environment, verifier))

    def _verify(self, decode: Callable[[SignedDataVerifier], T]) -> tuple[Environment, SignedDataVerifier, T]:
        """Verify with the primary environment, then (for a mismatch) the others accepted."""
        first: Rejected | None = None
        for environment, verifier in self._verifiers:
            try:
                return environment, verifier, decode(verifier)
            except VerificationException as error:
                rejection = _rejected(error.status)
                mismatch = error.status in (VerificationStatus.INVALID_ENVIRONMENT, VerificationStatus.INVALID_APP_IDENTIFIER)
            except Exception as error:  # the library's parsers raise many kinds on odd input
                raise _malformed(f"Apple's library cannot read it ({type(error).__name__})") from None
            if first is None:
                first = rejection
            elif rejection.code != VerificationStatus.INVALID_ENVIRONMENT.name:
                raise rejection  # it is of this environment, and fails for another reason
            if not mismatch:
                break
        assert first is not None
        raise first

    def _sandbox_refused(self, rejection: Rejected, environment_claim: object) -> Rejected:
        """A clearer reason for Sandbox data refused by a server that takes Production only."""
        mismatch = rejection.code == VerificationStatus.INVALID_ENVIRONMENT.name
        sandbox = environment_claim == Environment.SANDBOX.value
        if mismatch and sandbox and Environment.SANDBOX not in self.settings.accepted_environments:
            return Rejected(
                VerificationStatus.INVALID_ENVIRONMENT.name,
                "a Sandbox purchase, and this server refuses them (APPLE_ACCEPT_SANDBOX=false)",
            )
        return rejection

    def _transaction(self, signed: str) -> VerifiedTransaction:
        # Claims are read strictly first: a payload the library would choke on gets a precise reason.
        raw = jws_claims(signed)
        transaction_from_claims(raw, self.settings.environment, require=False)
        try:
            environment, _, _ = self._verify(lambda v: v.verify_and_decode_signed_transaction(signed))
        except Rejected as rejection:
            raise self._sandbox_refused(rejection, raw.get("environment")) from None
        return transaction_from_claims(raw, environment)

    def _notification(self, signed_payload: str) -> VerifiedNotification:
        raw = jws_claims(signed_payload)
        first_reading = _Claims(raw, "the notification", require=False)
        for name in ("notificationUUID", "notificationType", "subtype"):
            first_reading.text(name)
        first_reading.moment("signedDate")
        data = first_reading.nested("data")
        _apple_status(data)
        signed_transaction = data.text("signedTransactionInfo", max_chars=64 * 1024) if data else None
        signed_renewal = data.text("signedRenewalInfo", max_chars=64 * 1024) if data else None
        transaction_raw = jws_claims(signed_transaction) if signed_transaction is not None else None
        renewal_raw = jws_claims(signed_renewal) if signed_renewal is not None else None
        if transaction_raw is not None:
            transaction_from_claims(transaction_raw, self.settings.environment, require=False)
        if renewal_raw is not None:
            renewal_from_claims(renewal_raw, require=False)
        try:
            environment, verifier, _ = self._verify(lambda v: v.verify_and_decode_notification(signed_payload))
        except Rejected as rejection:
            data_environment = raw["data"].get("environment") if data is not None else None
            raise self._sandbox_refused(rejection, data_environment) from None
        claims = _Claims(raw, "the notification")
        transaction = renewal = None
        if signed_transaction is not None and transaction_raw is not None:
            self._decode(lambda: verifier.verify_and_decode_signed_transaction(signed_transaction))
            transaction = transaction_from_claims(transaction_raw, environment)
        if signed_renewal is not None and renewal_raw is not None:
            self._decode(lambda: verifier.verify_and_decode_renewal_info(signed_renewal))
            renewal = renewal_from_claims(renewal_raw)
            # Renewal info names no bundle: it is bound to the purchase by originalTransactionId.
            if transaction is None or renewal.original_transaction_id != transaction.original_transaction_id:
                raise _malformed("its renewal info belongs to no transaction of the notification")
        return VerifiedNotification(
            uuid=claims.required_text("notificationUUID"),
            type=claims.required_text("notificationType"),
            subtype=claims.text("subtype"),
            signed_at=claims.required_moment("signedDate"),
            environment=environment,
            apple_status=_apple_status(data),
            transaction=transaction,
            renewal=renewal,
            payload=raw,
        )

    @staticmethod
    def _decode(call: Callable[[], object]) -> None:
        try:
            call()
        except VerificationException as error:
            raise _rejected(error.status) from None
        except Exception as error:
            raise _malformed(f"Apple's library cannot read it ({type(error).__name__})") from None

    def _renewal(self, environment: Environment, signed: str) -> VerifiedRenewal:
        """Renewal info Apple's API returned for a subscription of `environment`."""
        verifier = next((v for e, v in self._verifiers if e is environment), None)
        if verifier is None:
            raise Rejected(VerificationStatus.INVALID_ENVIRONMENT.name, f"{environment.value} data is not accepted here")
        raw = jws_claims(signed)
        renewal_from_claims(raw, require=False)
        self._decode(lambda: verifier.verify_and_decode_renewal_info(signed))
        return renewal_from_claims(raw)

    async def transaction(self, signed: str) -> VerifiedTransaction:
        return await asyncio.to_thread(self._transaction, signed)

    async def notification(self, signed_payload: str) -> VerifiedNotification:
        return await asyncio.to_thread(self._notification, signed_payload)

    async def renewal(self, environment: Environment, signed: str) -> VerifiedRenewal:
        return await asyncio.to_thread(self._renewal, environment, signed)


class AppleReceipts:
    """Legacy app receipts: nothing in one is trusted before its PKCS#7 signature chains to the
    receipt root (Apple Inc. Root) and it names this app."""

    def __init__(self, settings: AppleSettings) -> None:
        self._roots = settings.receipt_roots
        self._bundle_id = settings.bundle_id

    def _verify(self, app_receipt: str) -> VerifiedReceipt:
        try:
            receipt = verify_app_receipt(app_receipt, self._roots)
        except ReceiptRejected as rejection:
            raise Rejected("INVALID_RECEIPT", str(rejection)) from None
        if receipt.bundle_id != self._bundle_id:
            raise Rejected(VerificationStatus.INVALID_APP_IDENTIFIER.name, "the receipt was issued for another app")
        return VerifiedReceipt(receipt.bundle_id, receipt.transaction_ids)

    async def verify(self, app_receipt: str) -> VerifiedReceipt:
        return await asyncio.to_thread(self._verify, app_receipt)
