"""Who a purchase belongs to: Apple's signed appAccountToken first, then the first user to present it."""

from __future__ import annotations

import uuid

import grpc

from tests.apple_pki import TestAppStore
from tests.conftest import AUTH
from tests.grpc_helpers import rpc_error
from zodiac.subscription.v1 import subscription_pb2 as pb
from zodiac.subscription.v1 import subscription_pb2_grpc as pb_grpc


async def _token(api: pb_grpc.SubscriptionServiceStub, user: str) -> str:
    answer = await api.GetAppAccountToken(pb.GetAppAccountTokenRequest(user_id=user), metadata=AUTH)
    assert answer.user_id == user
    return answer.app_account_token


async def _entitled(api: pb_grpc.SubscriptionServiceStub, user: str) -> bool:
    answer = await api.CheckEntitlement(pb.CheckEntitlementRequest(user_id=user, entitlement="premium"), metadata=AUTH)
    return answer.entitled


async def test_each_user_has_one_stable_app_account_token(subscription_channel: grpc.aio.Channel) -> None:
    api = pb_grpc.SubscriptionServiceStub(subscription_channel)
    alice, again, bob = await _token(api, "alice"), await _token(api, "alice"), await _token(api, "bob")
    assert alice == again != bob
    assert str(uuid.UUID(alice)) == alice  # lowercase, hyphenated


async def test_a_purchase_made_with_another_users_token_is_refused(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore
) -> None:
    api = pb_grpc.SubscriptionServiceStub(subscription_channel)
    bobs = app_store.transaction("9001", appAccountToken=await _token(api, "bob"))
    error = await rpc_error(api.ValidateReceipt(pb.ValidateReceiptRequest(user_id="mallory", signed_transaction=bobs), metadata=AUTH))
    assert error.code() == grpc.StatusCode.PERMISSION_DENIED and "app account token" in (error.details() or "")
    assert not await _entitled(api, "mallory")
    answer = await api.ValidateReceipt(pb.ValidateReceiptRequest(user_id="bob", signed_transaction=bobs), metadata=AUTH)
    assert answer.valid and answer.subscription.user_id == "bob"


async def test_a_notification_for_a_purchase_with_a_known_token_binds_it_to_that_user(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore
) -> None:
    api = pb_grpc.SubscriptionServiceStub(subscription_channel)
    token = await _token(api, "carol")
    payload = app_store.notification("SUBSCRIBED", "9002", subtype="INITIAL_BUY", transaction={"appAccountToken": token})
    await api.HandleAppStoreNotification(pb.HandleAppStoreNotificationRequest(signed_payload=payload), metadata=AUTH)
    assert await _entitled(api, "carol")  # without the app having presented anything
    mine = app_store.transaction("9002")
    error = await rpc_error(api.ValidateReceipt(pb.ValidateReceiptRequest(user_id="dave", signed_transaction=mine), metadata=AUTH))
    assert error.code() == grpc.StatusCode.PERMISSION_DENIED


async def test_a_token_we_never_issued_leaves_the_purchase_to_whoever_presents_it(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore
) -> None:
    api = pb_grpc.SubscriptionServiceStub(subscription_channel)
    signed = app_store.transaction("9003", appAccountToken=str(uuid.uuid4()))
    answer = await api.ValidateReceipt(pb.ValidateReceiptRequest(user_id="erin", signed_transaction=signed), metadata=AUTH)
    assert answer.valid and answer.subscription.user_id == "erin"
