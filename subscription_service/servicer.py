"""SubscriptionService over gRPC: validate the request, call the domain, answer in protos."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re

import grpc
from google.protobuf import timestamp_pb2

from subscription_service.apple import looks_like_jws
from subscription_service.model import ENVIRONMENT_NUMBERS, Subscription
from subscription_service.subscriptions import Subscriptions
from zodiac.subscription.v1 import subscription_pb2 as pb
from zodiac.subscription.v1 import subscription_pb2_grpc as pb_grpc
from zodiac_platform.timestamps import to_timestamp
from zodiac_platform.validation import Checker

SERVICE_NAME = pb.DESCRIPTOR.services_by_name["SubscriptionService"].full_name
ALL_METHODS = frozenset(
    f"/{SERVICE_NAME}/{m.name}" for m in pb.DESCRIPTOR.services_by_name["SubscriptionService"].methods
)
MAX_USER_ID = 128
MAX_JWS = 64 * 1024
MAX_APP_RECEIPT = 1024 * 1024
_ENTITLEMENT = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
_OUTCOMES = {"applied": pb.APPLIED, "duplicate": pb.DUPLICATE, "stale": pb.STALE, "stored": pb.STORED}


def _timestamp(moment: dt.datetime | None) -> timestamp_pb2.Timestamp | None:
    return None if moment is None else to_timestamp(moment)


def subscription_to_proto(subscription: Subscription, entitlements: frozenset[str]) -> pb.Subscription:
    return pb.Subscription(
        user_id=subscription.user_id or "",
        status=subscription.status.value,
        product_id=subscription.product_id,
        original_transaction_id=subscription.original_transaction_id,
        expires_time=_timestamp(subscription.expires_at),
        auto_renew=subscription.auto_renew,
        environment=ENVIRONMENT_NUMBERS.get(subscription.environment, 0),
        grace_period_expires_time=_timestamp(subscription.grace_period_expires_at),
        update_time=_timestamp(subscription.updated_at),
        entitlements=sorted(entitlements),
    )


def _check_jws(check: Checker, field: str, value: str) -> None:
    check.text(field, value, max_chars=MAX_JWS)
    if value.strip() and len(value) <= MAX_JWS and not looks_like_jws(value.strip()):
        check.fail(field, "is not a JWS (three base64url parts joined by dots)")


class SubscriptionServicer(pb_grpc.SubscriptionServiceServicer):
    def __init__(self, subscriptions: Subscriptions) -> None:
        self._subscriptions = subscriptions

    async def ValidateReceipt(
        self, request: pb.ValidateReceiptRequest, context: grpc.aio.ServicerContext
    ) -> pb.ValidateReceiptResponse:
        check = Checker()
        check.text("user_id", request.user_id, max_chars=MAX_USER_ID)
        kind = request.WhichOneof("receipt")
        if kind is None:
            check.fail("receipt", "send a signed_transaction or an app_receipt")
        elif kind == "signed_transaction":
            _check_jws(check, "signed_transaction", request.signed_transaction)
        else:
            check.text("app_receipt", request.app_receipt, max_chars=MAX_APP_RECEIPT)
            try:
                base64.b64decode(request.app_receipt, validate=True)
            except binascii.Error:
                check.fail("app_receipt", "is not base64")
        check.done()
        if kind == "signed_transaction":
            result = await self._subscriptions.validate_signed_transaction(
                request.user_id, request.signed_transaction.strip()
            )
        else:
            result = await self._subscriptions.validate_app_receipt(request.user_id, request.app_receipt)
        response = pb.ValidateReceiptResponse(valid=result.valid, reason=result.reason, transaction_id=result.transaction_id)
        if result.subscription is not None:
            entitlements = self._subscriptions.entitlements(result.subscription)
            response.subscription.CopyFrom(subscription_to_proto(result.subscription, entitlements))
        return response

    async def HandleAppStoreNotification(
        self, request: pb.HandleAppStoreNotificationRequest, context: grpc.aio.ServicerContext
    ) -> pb.HandleAppStoreNotificationResponse:
        check = Checker()
        _check_jws(check, "signed_payload", request.signed_payload)
        check.done()
        result = await self._subscriptions.handle_notification(request.signed_payload.strip())
        notification = result.notification
        return pb.HandleAppStoreNotificationResponse(
            notification_uuid=notification.uuid,
            notification_type=notification.type,
            subtype=notification.subtype or "",
            outcome=_OUTCOMES[result.outcome],
            original_transaction_id=notification.transaction.original_transaction_id if notification.transaction else "",
        )

    async def GetSubscription(
        self, request: pb.GetSubscriptionRequest, context: grpc.aio.ServicerContext
    ) -> pb.Subscription:
        check = Checker()
        check.text("user_id", request.user_id, max_chars=MAX_USER_ID)
        check.done()
        subscription, entitlements = await self._subscriptions.subscription(request.user_id)
        return subscription_to_proto(subscription, entitlements)

    async def CheckEntitlement(
        self, request: pb.CheckEntitlementRequest, context: grpc.aio.ServicerContext
    ) -> pb.CheckEntitlementResponse:
        check = Checker()
        check.text("user_id", request.user_id, max_chars=MAX_USER_ID)
        if not _ENTITLEMENT.match(request.entitlement):
            check.fail("entitlement", "a lowercase name such as 'premium' (letters, digits, _ . -; at most 64)")
        check.done()
        result = await self._subscriptions.check(request.user_id, request.entitlement)
        response = pb.CheckEntitlementResponse(entitled=result.entitled)
        if result.subscription is not None:
            response.product_id = result.subscription.product_id
            response.status = result.subscription.status.value
        if result.until is not None:
            response.expires_time.FromDatetime(result.until)
        return response
