"""`zodiac dev-transaction`: a StoreKit-testing style signed transaction, for trying the purchase flow
without Apple credentials. It verifies only where the subscription service runs with
APPLE_ENVIRONMENT=Xcode, in which Apple's library (like Xcode's StoreKit testing) checks no signature."""

from __future__ import annotations

import datetime as dt
import secrets

import jwt
from cryptography.hazmat.primitives.asymmetric import ec


def _millis(moment: dt.datetime) -> int:
    return int(moment.timestamp() * 1000)


def xcode_transaction(bundle_id: str, product_id: str, days: float, original_transaction_id: str | None = None) -> str:
    now = dt.datetime.now(dt.UTC)
    original = original_transaction_id or str(secrets.randbelow(10**12))
    claims = {
        "transactionId": str(secrets.randbelow(10**12)),
        "originalTransactionId": original,
        "bundleId": bundle_id,
        "productId": product_id,
        "purchaseDate": _millis(now),
        "originalPurchaseDate": _millis(now),
        "expiresDate": _millis(now + dt.timedelta(days=days)),
        "type": "Auto-Renewable Subscription",
        "inAppOwnershipType": "PURCHASED",
        "signedDate": _millis(now),
        "environment": "Xcode",
        "transactionReason": "PURCHASE",
    }
    key = ec.generate_private_key(ec.SECP256R1())  # throwaway: nothing checks it in Xcode mode
    return jwt.encode(claims, key, algorithm="ES256", headers={"kid": "Apple_Xcode_Key"})
