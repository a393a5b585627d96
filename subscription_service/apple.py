"""Apple's signed data, verified with Apple's own `app-store-server-library`.

The library's verifier is synchronous and does X.509 and ECDSA work (and, with online checks,
OCSP requests): every call runs in a worker thread, off the event loop. What comes out is our
own plain dataclasses, so nothing past this module depends on the library's models.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from typing import Any

import jwt
from appstoreserverlibrary.models.Environment import Environment
from appstoreserverlibrary.receipt_utility import ReceiptUtility
from appstoreserverlibrary.signed_data_verifier import SignedDataVerifier, VerificationException, VerificationStatus

from subscription_service.config import AppleSettings
from subscription_service.model import VerifiedNotification, VerifiedRenewal, VerifiedTransaction

_REASONS = {
    VerificationStatus.VERIFICATION_FAILURE: "the signature or certificate chain does not verify",
    VerificationStatus.INVALID_APP_IDENTIFIER: "it was issued for another app (bundle id or app Apple id)",
    VerificationStatus.INVALID_CERTIFICATE: "its certificates cannot be read",
    VerificationStatus.INVALID_CHAIN_LENGTH: "its certificate chain is not leaf, intermediate, root",
    VerificationStatus.INVALID_CHAIN: "its certificate chain is not Apple's",
    VerificationStatus.INVALID_ENVIRONMENT: "it was issued for another App Store environment",
    VerificationStatus.RETRYABLE_VERIFICATION_FAILURE: "Apple's certificate status could not be checked",
}


class VerificationFailed(Exception):
    def __init__(self, status: VerificationStatus, detail: str | None = None) -> None:
        self.status = status
        self.retryable = status is VerificationStatus.RETRYABLE_VERIFICATION_FAILURE
        reason = detail or _REASONS.get(status, "it does not verify")
        super().__init__(f"{status.name}: {reason}")


def _moment(milliseconds: int | float | None) -> dt.datetime | None:
    if milliseconds is None:
        return None
    return dt.datetime.fromtimestamp(int(milliseconds) / 1000, tz=dt.timezone.utc)


def _claims(signed: str) -> dict[str, Any]:
    """The payload of a JWS the library has already verified."""
    claims: dict[str, Any] = jwt.decode(signed, options={"verify_signature": False})
    return claims


_BASE64URL = re.compile(r"[A-Za-z0-9_-]+")


def looks_like_jws(text: str) -> bool:
    """Three non-empty base64url parts joined by dots (compact JWS serialisation)."""
    parts = text.split(".")
    return len(parts) == 3 and all(_BASE64URL.fullmatch(part) for part in parts)


class AppleVerifier:
    def __init__(self, settings: AppleSettings) -> None:
        self.settings = settings
        self._verifier = SignedDataVerifier(
            list(settings.root_certificates),
            settings.online_checks,
            Environment(settings.environment),
            settings.bundle_id,
            settings.app_apple_id,
        )
        if not settings.strict_checks:
            # Test roots (Apple's own test CA among them) lack the key identifiers X509_STRICT
            # demands; the library offers no public switch. Refused for Production in config.
            self._verifier._chain_verifier.enable_strict_checks = False

    def _transaction(self, signed: str) -> VerifiedTransaction:
        decoded = self._verifier.verify_and_decode_signed_transaction(signed)
        if not decoded.originalTransactionId or not decoded.transactionId or not decoded.productId:
            raise VerificationFailed(VerificationStatus.VERIFICATION_FAILURE, "the transaction has no ids or product")
        signed_at = _moment(decoded.signedDate)
        if signed_at is None:
            raise VerificationFailed(VerificationStatus.VERIFICATION_FAILURE, "the transaction has no signedDate")
        return VerifiedTransaction(
            transaction_id=decoded.transactionId,
            original_transaction_id=decoded.originalTransactionId,
            product_id=decoded.productId,
            purchased_at=_moment(decoded.purchaseDate),
            expires_at=_moment(decoded.expiresDate),
            revoked_at=_moment(decoded.revocationDate),
            signed_at=signed_at,
            environment=decoded.rawEnvironment or self.settings.environment,
            payload=_claims(signed),
        )

    def _renewal(self, signed: str) -> VerifiedRenewal:
        decoded = self._verifier.verify_and_decode_renewal_info(signed)
        if not decoded.originalTransactionId:
            raise VerificationFailed(VerificationStatus.VERIFICATION_FAILURE, "the renewal info has no originalTransactionId")
        return VerifiedRenewal(
            original_transaction_id=decoded.originalTransactionId,
            auto_renew=None if decoded.rawAutoRenewStatus is None else decoded.rawAutoRenewStatus == 1,
            auto_renew_product_id=decoded.autoRenewProductId,
            grace_period_expires_at=_moment(decoded.gracePeriodExpiresDate),
            signed_at=_moment(decoded.signedDate),
        )

    def _notification(self, signed_payload: str) -> VerifiedNotification:
        decoded = self._verifier.verify_and_decode_notification(signed_payload)
        data = decoded.data
        transaction = renewal = None
        if data is not None and data.signedTransactionInfo:
            transaction = self._transaction(data.signedTransactionInfo)
        if data is not None and data.signedRenewalInfo:
            renewal = self._renewal(data.signedRenewalInfo)
            if transaction is not None and renewal.original_transaction_id != transaction.original_transaction_id:
                raise VerificationFailed(
                    VerificationStatus.VERIFICATION_FAILURE, "its renewal info belongs to another subscription"
                )
        if not decoded.notificationUUID or not decoded.rawNotificationType:
            raise VerificationFailed(VerificationStatus.VERIFICATION_FAILURE, "it has no notificationUUID or type")
        return VerifiedNotification(
            uuid=decoded.notificationUUID,
            type=decoded.rawNotificationType,
            subtype=decoded.rawSubtype,
            signed_at=_moment(decoded.signedDate),
            environment=data.rawEnvironment if data is not None else None,
            transaction=transaction,
            renewal=renewal,
            payload=_claims(signed_payload),
        )

    @staticmethod
    def _guard(call: Any, *args: str) -> Any:
        try:
            return call(*args)
        except VerificationException as error:
            raise VerificationFailed(error.status) from error

    async def transaction(self, signed: str) -> VerifiedTransaction:
        result: VerifiedTransaction = await asyncio.to_thread(self._guard, self._transaction, signed)
        return result

    async def notification(self, signed_payload: str) -> VerifiedNotification:
        result: VerifiedNotification = await asyncio.to_thread(self._guard, self._notification, signed_payload)
        return result


def transaction_id_from_app_receipt(app_receipt: str) -> str | None:
    """The id of a legacy app receipt's in-app transaction (no signature check: that is Apple's job)."""
    try:
        return ReceiptUtility().extract_transaction_id_from_app_receipt(app_receipt)
    except Exception:  # the library raises a variety of parse errors on malformed input
        return None
