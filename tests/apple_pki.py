"""A test App Store: a root → intermediate → leaf chain made at test time, with Apple's marker OIDs
and key identifiers, so the library's default strict verification passes. Keys never leave memory."""

from __future__ import annotations

import base64
import copy
import datetime as dt
import time
import uuid
from pathlib import Path
from typing import Any

import jwt
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.types import CertificateIssuerPrivateKeyTypes
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID

BUNDLE_ID = "com.example.zodiac"
MONTHLY = "com.example.premium.monthly"
YEARLY = "com.example.premium.yearly"
INTERMEDIATE_MARKER = "1.2.840.113635.100.6.2.1"
LEAF_MARKER = "1.2.840.113635.100.6.11.1"
_NULL = b"\x05\x00"


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def certificate(
    subject: str,
    key: CertificateIssuerPrivateKeyTypes,
    issuer: tuple[x509.Certificate, CertificateIssuerPrivateKeyTypes] | None,
    *,
    ca: bool,
    marker: str | None,
    validity: tuple[dt.datetime, dt.datetime] | None = None,
) -> x509.Certificate:
    """A CA or leaf certificate with key identifiers (strict X.509 checks pass) and, optionally,
    one of Apple's marker extensions. Self-signed when `issuer` is None. EC or RSA keys alike."""
    issuer_name = issuer[0].subject if issuer else _name(subject)
    signing_key = issuer[1] if issuer else key
    now = dt.datetime.now(dt.UTC)
    not_before, not_after = validity or (now - dt.timedelta(days=3650), now + dt.timedelta(days=3650))
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=not ca, content_commitment=False, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
                encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if issuer:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer[1].public_key()), critical=False
        )
    if marker:
        builder = builder.add_extension(x509.UnrecognizedExtension(x509.ObjectIdentifier(marker), _NULL), critical=False)
    return builder.sign(signing_key, hashes.SHA256())


def _millis(moment: dt.datetime) -> int:
    return int(moment.timestamp() * 1000)


class TestAppStore:
    """Signs transactions, renewal infos and notifications as the App Store would."""

    __test__ = False  # not a pytest test class

    def __init__(
        self, folder: Path, *, environment: str = "Sandbox", bundle_id: str = BUNDLE_ID, app_apple_id: int | None = None
    ) -> None:
        self.environment = environment
        self.bundle_id = bundle_id
        self.app_apple_id = app_apple_id  # notifications carry it in data.appAppleId
        root_key, intermediate_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
        self.leaf_key = ec.generate_private_key(ec.SECP256R1())
        root = certificate("Test Root", root_key, None, ca=True, marker=None)
        intermediate = certificate("Test WWDR", intermediate_key, (root, root_key), ca=True, marker=INTERMEDIATE_MARKER)
        leaf = certificate("Test Store Signing", self.leaf_key, (intermediate, intermediate_key), ca=False, marker=LEAF_MARKER)
        self.chain = [base64.b64encode(c.public_bytes(Encoding.DER)).decode() for c in (leaf, intermediate, root)]
        self.root_path = folder / f"root-{uuid.uuid4().hex[:6]}.der"
        self.root_path.write_bytes(root.public_bytes(Encoding.DER))

    def in_environment(self, environment: str, *, app_apple_id: int | None = None) -> TestAppStore:
        """The same App Store (same keys and root) signing for another environment."""
        other = copy.copy(self)
        other.environment, other.app_apple_id = environment, app_apple_id
        return other

    def sign(self, payload: dict[str, Any], *, headers: dict[str, Any] | None = None) -> str:
        return jwt.encode(payload, self.leaf_key, algorithm="ES256", headers=headers or {"x5c": self.chain})

    def transaction_payload(
        self,
        original_transaction_id: str,
        *,
        transaction_id: str | None = None,
        product_id: str = MONTHLY,
        expires_in: dt.timedelta = dt.timedelta(days=30),
        signed_at: dt.datetime | None = None,
        purchased_at: dt.datetime | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        """A period bought at `purchased_at` (default now) that ends `expires_in` from now."""
        now = dt.datetime.now(dt.UTC)
        purchased_at = purchased_at or now
        return {
            "transactionId": transaction_id or f"{original_transaction_id}-{uuid.uuid4().hex[:8]}",
            "originalTransactionId": original_transaction_id,
            "webOrderLineItemId": "1",
            "bundleId": self.bundle_id,
            "productId": product_id,
            "subscriptionGroupIdentifier": "premium",
            "purchaseDate": _millis(purchased_at),
            "originalPurchaseDate": _millis(purchased_at),
            "expiresDate": _millis(now + expires_in),
            "quantity": 1,
            "type": "Auto-Renewable Subscription",
            "inAppOwnershipType": "PURCHASED",
            "signedDate": _millis(signed_at or now),
            "environment": self.environment,
            "transactionReason": "PURCHASE",
            **extra,
        }

    def transaction(self, original_transaction_id: str, **fields: Any) -> str:
        return self.sign(self.transaction_payload(original_transaction_id, **fields))

    def renewal(self, original_transaction_id: str, *, auto_renew: bool = True, **extra: Any) -> str:
        return self.sign(
            {
                "originalTransactionId": original_transaction_id,
                "productId": extra.pop("product_id", MONTHLY),
                "autoRenewProductId": extra.pop("auto_renew_product_id", MONTHLY),
                "autoRenewStatus": 1 if auto_renew else 0,
                "signedDate": _millis(dt.datetime.now(dt.UTC)),
                "environment": self.environment,
                **extra,
            }
        )

    def notification(
        self,
        notification_type: str,
        original_transaction_id: str | None = None,
        *,
        subtype: str | None = None,
        signed_at: dt.datetime | None = None,
        notification_uuid: str | None = None,
        transaction: dict[str, Any] | None = None,
        renewal: dict[str, Any] | None = None,
        status: int | None = None,
    ) -> str:
        """A notification; `status` is Apple's data.status (1 active ... 5 revoked), when given."""
        data: dict[str, Any] = {"bundleId": self.bundle_id, "environment": self.environment, "bundleVersion": "1"}
        if status is not None:
            data["status"] = status
        if self.app_apple_id is not None:
            data["appAppleId"] = self.app_apple_id
        if original_transaction_id is not None:
            data["signedTransactionInfo"] = self.transaction(original_transaction_id, **(transaction or {}))
            signed = {"signedDate": _millis(signed_at or dt.datetime.now(dt.UTC))}
            data["signedRenewalInfo"] = self.renewal(original_transaction_id, **{**signed, **(renewal or {})})
        payload: dict[str, Any] = {
            "notificationType": notification_type,
            "notificationUUID": notification_uuid or str(uuid.uuid4()),
            "version": "2.0",
            "signedDate": _millis(signed_at or dt.datetime.now(dt.UTC)),
            "data": data,
        }
        if subtype:
            payload["subtype"] = subtype
        return self.sign(payload)


def millis(moment: dt.datetime) -> int:
    return _millis(moment)


def now() -> dt.datetime:
    return dt.datetime.fromtimestamp(time.time(), tz=dt.UTC)
