"""Legacy app receipts through the service: nothing in one is trusted before its PKCS#7 signature
chains to the receipt root; then its transaction is looked up in the App Store Server API (a local
stand-in) and verified like any other."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import grpc
import pytest
from cryptography.hazmat.primitives.serialization import Encoding

from tests.app_store_standin import AppStoreApiStandIn, api_settings
from tests.apple_pki import TestAppStore
from tests.conftest import AUTH, serve_subscriptions, subscription_settings
from tests.grpc_helpers import rpc_error
from tests.test_receipts import Pki, make_pki, receipt_content, sign
from zodiac.subscription.v1 import subscription_pb2 as pb
from zodiac.subscription.v1 import subscription_pb2_grpc as pb_grpc


@dataclass
class Legacy:
    api: pb_grpc.SubscriptionServiceStub
    apple: AppStoreApiStandIn
    pki: Pki


@pytest.fixture(scope="module")
def receipt_pki() -> Pki:
    return make_pki()


def _receipt(pki: Pki, *transaction_ids: str) -> str:
    return sign(receipt_content(transaction_ids), pki.leaf, pki.embedded, signed_attributes=False)


@pytest.fixture
async def legacy(dsn: str, app_store: TestAppStore, tmp_path: Path, receipt_pki: Pki) -> AsyncIterator[Legacy]:
    root = tmp_path / "AppleIncRootCertificate.cer"
    root.write_bytes(receipt_pki.root.certificate.public_bytes(Encoding.DER))
    apple = AppStoreApiStandIn()
    async with apple.serving() as base_url:
        settings = subscription_settings(
            app_store, APPLE_RECEIPT_ROOT_CERTIFICATES=str(root), **api_settings(tmp_path, base_url)
        )
        async with serve_subscriptions(settings, dsn) as served:
            yield Legacy(pb_grpc.SubscriptionServiceStub(served.channel), apple, receipt_pki)


async def test_a_signed_receipt_is_looked_up_and_bound(legacy: Legacy, app_store: TestAppStore) -> None:
    legacy.apple.transactions["1000000002"] = app_store.transaction("1000000001", transaction_id="1000000002")
    request = pb.ValidateReceiptRequest(user_id="legacy", app_receipt=_receipt(legacy.pki, "1000000001", "1000000002"))
    answer = await legacy.api.ValidateReceipt(request, metadata=AUTH)
    assert answer.valid and answer.transaction_id == "1000000002"
    assert answer.subscription.user_id == "legacy" and list(answer.subscription.entitlements) == ["premium"]
    assert "GET /inApps/v1/transactions/1000000002" in legacy.apple.requests  # the newest purchase in it


async def test_a_hand_made_receipt_naming_someone_elses_purchase_is_refused(
    legacy: Legacy, app_store: TestAppStore
) -> None:
    legacy.apple.transactions["1000000009"] = app_store.transaction("1000000009", transaction_id="1000000009")
    forger = make_pki()  # Apple's names, its own keys
    request = pb.ValidateReceiptRequest(user_id="mallory", app_receipt=_receipt(forger, "1000000009"))
    answer = await legacy.api.ValidateReceipt(request, metadata=AUTH)
    assert not answer.valid and answer.reason.startswith("INVALID_RECEIPT: ")
    assert legacy.apple.requests == []  # nothing in it was used
    error = await rpc_error(legacy.api.GetSubscription(pb.GetSubscriptionRequest(user_id="mallory"), metadata=AUTH))
    assert error.code() == grpc.StatusCode.NOT_FOUND


async def test_a_receipt_apple_does_not_know_is_invalid(legacy: Legacy) -> None:
    request = pb.ValidateReceiptRequest(user_id="u", app_receipt=_receipt(legacy.pki, "404404"))
    error = await rpc_error(legacy.api.ValidateReceipt(request, metadata=AUTH))
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT and "Apple does not know transaction 404404" in (error.details() or "")


async def test_a_receipt_without_purchases_is_not_valid(legacy: Legacy) -> None:
    answer = await legacy.api.ValidateReceipt(
        pb.ValidateReceiptRequest(user_id="u", app_receipt=_receipt(legacy.pki)), metadata=AUTH
    )
    assert not answer.valid and "no in-app purchase" in answer.reason


async def test_without_a_receipt_root_legacy_receipts_are_refused_with_the_reason(
    subscription_channel: grpc.aio.Channel, receipt_pki: Pki
) -> None:
    request = pb.ValidateReceiptRequest(user_id="u", app_receipt=_receipt(receipt_pki, "1"))
    error = await rpc_error(pb_grpc.SubscriptionServiceStub(subscription_channel).ValidateReceipt(request, metadata=AUTH))
    assert error.code() == grpc.StatusCode.FAILED_PRECONDITION
    assert "APPLE_RECEIPT_ROOT_CERTIFICATES" in (error.details() or "")
