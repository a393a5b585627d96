"""Odd input, signed or not, is refused plainly (INVALID_ARGUMENT or valid=false): never INTERNAL."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import math
import threading
from collections.abc import Iterator
from typing import Any

import grpc
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from subscription_service.app import build as build_subscription
from tests.apple_pki import TestAppStore
from tests.conftest import AUTH, subscription_settings
from tests.grpc_helpers import field_violations, rpc_error
from zodiac.subscription.v1 import subscription_pb2 as pb
from zodiac.subscription.v1 import subscription_pb2_grpc as pb_grpc
from zodiac_platform.database import dsn_for_role

NOW = dt.datetime.now(dt.UTC)


@pytest.mark.parametrize("user_id", ["al\x00ice", "bob\n", "\x7f"])
async def test_a_user_id_with_control_characters_is_invalid_everywhere(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore, user_id: str
) -> None:
    api = pb_grpc.SubscriptionServiceStub(subscription_channel)
    calls = [
        api.ValidateReceipt(pb.ValidateReceiptRequest(user_id=user_id, signed_transaction=app_store.transaction("1")), metadata=AUTH),
        api.GetSubscription(pb.GetSubscriptionRequest(user_id=user_id), metadata=AUTH),
        api.CheckEntitlement(pb.CheckEntitlementRequest(user_id=user_id, entitlement="premium"), metadata=AUTH),
        api.GetAppAccountToken(pb.GetAppAccountTokenRequest(user_id=user_id), metadata=AUTH),
    ]
    for call in calls:
        error = await rpc_error(call)
        assert error.code() == grpc.StatusCode.INVALID_ARGUMENT and "user_id" in field_violations(error)


async def test_an_app_receipt_that_is_not_ascii_base64_is_invalid(subscription_channel: grpc.aio.Channel) -> None:
    api = pb_grpc.SubscriptionServiceStub(subscription_channel)
    error = await rpc_error(api.ValidateReceipt(pb.ValidateReceiptRequest(user_id="u", app_receipt="TUlJ\u00e9"), metadata=AUTH))
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT and "app_receipt" in field_violations(error)


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"expiresDate": "soon"}, "expiresDate is not a time in milliseconds"),
        ({"expiresDate": 10**17}, "expiresDate is not a time between 1970 and 9999"),
        ({"expiresDate": math.nan}, "payload is not JSON"),
        ({"purchaseDate": True}, "purchaseDate is not a time"),
        ({"productId": "premium\x00"}, "NUL"),
        ({"productId": ["p"]}, "productId is not a string"),
        ({"inAppOwnershipType": 7}, "inAppOwnershipType is not a string"),
        ({"appAccountToken": "not-a-uuid"}, "appAccountToken is not a UUID"),
        ({"revocationReason": 1.5}, "revocationReason is not a whole number"),
        ({"revocationReason": 32768}, "revocationReason is not a whole number from 0 to 32767"),
    ],
)
async def test_signed_transactions_with_odd_claims_are_not_valid(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore, fields: dict[str, Any], reason: str
) -> None:
    api = pb_grpc.SubscriptionServiceStub(subscription_channel)
    signed = app_store.transaction("5150", **fields)
    answer = await api.ValidateReceipt(pb.ValidateReceiptRequest(user_id="u", signed_transaction=signed), metadata=AUTH)
    assert not answer.valid and answer.reason.startswith("MALFORMED: ") and reason in answer.reason


@pytest.mark.parametrize(
    "change",
    [
        {"data": {"status": {}}},
        {"data": {"status": 9}},
        {"data": "everything"},
        {"notificationType": "REF\x00UND"},
        {"signedDate": "yesterday"},
        {"notificationUUID": None},
    ],
)
async def test_notifications_with_odd_claims_are_invalid(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore, change: dict[str, Any]
) -> None:
    payload = json.loads(_claims_of(app_store.notification("DID_RENEW", "5151")))
    for key, value in change.items():
        if key == "data" and isinstance(value, dict):
            payload["data"] = {**payload["data"], **value}
        else:
            payload[key] = value
    api = pb_grpc.SubscriptionServiceStub(subscription_channel)
    request = pb.HandleAppStoreNotificationRequest(signed_payload=app_store.sign(payload))
    error = await rpc_error(api.HandleAppStoreNotification(request, metadata=AUTH))
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert field_violations(error)["signed_payload"].startswith("rejected: ")


def _claims_of(signed: str) -> str:
    import base64

    body = signed.split(".")[1]
    return base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)).decode()


# --- a property: whatever a verified JWS holds, the answer is a clear one -------------------------

_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
_TRANSACTION_KEYS = [
    "transactionId", "originalTransactionId", "productId", "purchaseDate", "expiresDate", "revocationDate",
    "revocationReason", "isUpgraded", "inAppOwnershipType", "appAccountToken", "offerType", "signedDate",
    "environment", "bundleId",
]
_CLEAR = {grpc.StatusCode.OK, grpc.StatusCode.INVALID_ARGUMENT, grpc.StatusCode.PERMISSION_DENIED}


@pytest.fixture(scope="module")
def served_in_a_thread(
    server_dsn: str, template_name: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[grpc.Channel, TestAppStore]]:
    """One service for the whole property run (hypothesis calls the test many times), on a loop of
    its own, called through a blocking channel."""
    import uuid

    import asyncpg

    from zodiac_platform.database import dsn_for_database

    store = TestAppStore(tmp_path_factory.mktemp("fuzz"))
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    name = f"zodiac_fuzz_{uuid.uuid4().hex[:8]}"

    async def admin(statement: str) -> None:
        connection = await asyncpg.connect(dsn_for_database(server_dsn, "postgres"))
        try:
            await connection.execute(statement)
        finally:
            await connection.close()

    def run(coroutine: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, loop).result(60)

    run(admin(f"CREATE DATABASE {name} TEMPLATE {template_name}"))
    dsn = dsn_for_role(dsn_for_database(server_dsn, name), "zodiac_subscription")
    service = run(build_subscription(subscription_settings(store), dsn))
    port = run(service.host.start("127.0.0.1:0"))
    with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
        yield channel, store
    run(service.host.stop(grace=1.0))
    run(admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)
    loop.close()


# Examples come from the hypothesis profile (tests/conftest.py): fixed in CI, HYPOTHESIS_PROFILE=explore
# to search afresh.
@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(key=st.sampled_from(_TRANSACTION_KEYS), value=_json, as_notification=st.booleans())
def test_any_claim_value_gets_a_clear_answer(
    served_in_a_thread: tuple[grpc.Channel, TestAppStore], key: str, value: Any, as_notification: bool
) -> None:
    channel, store = served_in_a_thread
    api = pb_grpc.SubscriptionServiceStub(channel)
    transaction = store.transaction_payload("6000", purchased_at=NOW)
    transaction[key] = value
    try:
        if as_notification:
            notification = json.loads(_claims_of(store.notification("DID_RENEW")))
            notification["data"]["signedTransactionInfo"] = store.sign(transaction)
            api.HandleAppStoreNotification(
                pb.HandleAppStoreNotificationRequest(signed_payload=store.sign(notification)), metadata=AUTH, timeout=10
            )
        else:
            api.ValidateReceipt(
                pb.ValidateReceiptRequest(user_id="fuzz", signed_transaction=store.sign(transaction)), metadata=AUTH, timeout=10
            )
    except grpc.RpcError as error:
        assert error.code() in _CLEAR, f"{key}={value!r}: {error.code()} {error.details()}"
