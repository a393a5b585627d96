"""SubscriptionService over gRPC: validate the request, call the domain, answer in protos."""

from __future__ import annotations

import grpc

from subscription_service.convert import (
    entitlement_to_proto,
    notification_to_proto,
    subscription_to_proto,
    sync_to_proto,
)
from subscription_service.subscriptions import Subscriptions
from subscription_service.validation import Checker
from zodiac.subscription.v1 import subscription_pb2 as pb
from zodiac.subscription.v1 import subscription_pb2_grpc as pb_grpc
from zodiac_platform.callers import Scope

SERVICE_NAME = pb.DESCRIPTOR.services_by_name["SubscriptionService"].full_name
_SCOPES = {
    "ValidateReceipt": Scope.SUBSCRIPTION_WRITE,
    "HandleAppStoreNotification": Scope.SUBSCRIPTION_WRITE,
    "GetAppAccountToken": Scope.SUBSCRIPTION_WRITE,  # issues the token the app buys with
    "SyncAppStoreNotifications": Scope.SUBSCRIPTION_WRITE,
    "GetSubscription": Scope.SUBSCRIPTION_READ,
    "CheckEntitlement": Scope.ENTITLEMENT_CHECK,
}
# Every method needs a scope; a method added to the proto without one fails at import.
METHOD_SCOPES = {
    f"/{SERVICE_NAME}/{m.name}": _SCOPES[m.name] for m in pb.DESCRIPTOR.services_by_name["SubscriptionService"].methods
}


class SubscriptionServicer(pb_grpc.SubscriptionServiceServicer):
    def __init__(self, subscriptions: Subscriptions) -> None:
        self._subscriptions = subscriptions

    async def ValidateReceipt(
        self, request: pb.ValidateReceiptRequest, context: grpc.aio.ServicerContext
    ) -> pb.ValidateReceiptResponse:
        check = Checker()
        user_id = check.user_id("user_id", request.user_id)
        kind = request.WhichOneof("receipt")
        if kind is None:
            check.fail("receipt", "send a signed_transaction or an app_receipt")
        elif kind == "signed_transaction":
            receipt = check.jws("signed_transaction", request.signed_transaction)
        else:
            receipt = check.app_receipt("app_receipt", request.app_receipt)
        check.done()
        if kind == "signed_transaction":
            result = await self._subscriptions.validate_signed_transaction(user_id, receipt)
        else:
            result = await self._subscriptions.validate_app_receipt(user_id, receipt)
        response = pb.ValidateReceiptResponse(valid=result.valid, reason=result.reason, transaction_id=result.transaction_id)
        if result.subscription is not None:
            entitlements = self._subscriptions.entitlements(result.subscription)
            response.subscription.CopyFrom(
                subscription_to_proto(result.subscription, entitlements, self._subscriptions.now())
            )
        return response

    async def HandleAppStoreNotification(
        self, request: pb.HandleAppStoreNotificationRequest, context: grpc.aio.ServicerContext
    ) -> pb.HandleAppStoreNotificationResponse:
        check = Checker()
        signed_payload = check.jws("signed_payload", request.signed_payload)
        check.done()
        return notification_to_proto(await self._subscriptions.handle_notification(signed_payload))

    async def GetSubscription(
        self, request: pb.GetSubscriptionRequest, context: grpc.aio.ServicerContext
    ) -> pb.Subscription:
        check = Checker()
        user_id = check.user_id("user_id", request.user_id)
        check.done()
        subscription, entitlements = await self._subscriptions.subscription(user_id)
        return subscription_to_proto(subscription, entitlements, self._subscriptions.now())

    async def CheckEntitlement(
        self, request: pb.CheckEntitlementRequest, context: grpc.aio.ServicerContext
    ) -> pb.CheckEntitlementResponse:
        check = Checker()
        user_id = check.user_id("user_id", request.user_id)
        entitlement = check.entitlement("entitlement", request.entitlement)
        check.done()
        result = await self._subscriptions.check(user_id, entitlement)
        return entitlement_to_proto(result, self._subscriptions.now())

    async def GetAppAccountToken(
        self, request: pb.GetAppAccountTokenRequest, context: grpc.aio.ServicerContext
    ) -> pb.AppAccountToken:
        check = Checker()
        user_id = check.user_id("user_id", request.user_id)
        check.done()
        token = await self._subscriptions.app_account_token(user_id)
        return pb.AppAccountToken(user_id=user_id, app_account_token=token)

    async def SyncAppStoreNotifications(
        self, request: pb.SyncAppStoreNotificationsRequest, context: grpc.aio.ServicerContext
    ) -> pb.SyncAppStoreNotificationsResponse:
        check = Checker()
        start, end = check.history_range(
            request.start_time if request.HasField("start_time") else None,
            request.end_time if request.HasField("end_time") else None,
            self._subscriptions.now(),
        )
        check.done()
        return sync_to_proto(await self._subscriptions.sync(start, end))
