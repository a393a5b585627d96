"""Domain objects to the API's protos; each enum mapping is total, checked by a test."""

from __future__ import annotations

import datetime as dt

from subscription_service.model import Environment, NotificationOutcome, Ownership, Status, Subscription
from subscription_service.subscriptions import Entitlement, NotificationResult, SyncReport
from zodiac.subscription.v1 import subscription_pb2 as pb
from zodiac_platform.timestamps import to_timestamp

STATUSES = {
    Status.ACTIVE: pb.ACTIVE,
    Status.IN_GRACE_PERIOD: pb.IN_GRACE_PERIOD,
    Status.IN_BILLING_RETRY: pb.IN_BILLING_RETRY,
    Status.EXPIRED: pb.EXPIRED,
    Status.REVOKED: pb.REVOKED,
    Status.REFUNDED: pb.REFUNDED,
}
ENVIRONMENTS = {
    Environment.PRODUCTION: pb.PRODUCTION,
    Environment.SANDBOX: pb.SANDBOX,
    Environment.XCODE: pb.XCODE,
    Environment.LOCAL_TESTING: pb.LOCAL_TESTING,
}
OWNERSHIPS = {Ownership.PURCHASED: pb.PURCHASED, Ownership.FAMILY_SHARED: pb.FAMILY_SHARED}
OUTCOMES = {
    NotificationOutcome.APPLIED: pb.APPLIED,
    NotificationOutcome.DUPLICATE: pb.DUPLICATE,
    NotificationOutcome.STALE: pb.STALE,
    NotificationOutcome.STORED: pb.STORED,
}


def subscription_to_proto(subscription: Subscription, entitlements: frozenset[str], now: dt.datetime) -> pb.Subscription:
    s = subscription
    message = pb.Subscription(
        user_id=s.user_id or "",
        status=STATUSES[s.status_at(now)],
        product_id=s.product_id,
        original_transaction_id=s.original_transaction_id,
        auto_renew=s.auto_renew,
        environment=ENVIRONMENTS[s.environment],
        entitlements=sorted(entitlements),
        ownership_type=OWNERSHIPS[s.ownership],
        auto_renew_product_id=s.auto_renew_product_id or "",
        price_increase_pending=s.price_increase_pending,
    )
    if s.expires_at is not None:
        message.expires_time.CopyFrom(to_timestamp(s.expires_at))
    if s.status_at(now) is Status.IN_GRACE_PERIOD:
        grace = s.grace_until()
        if grace is not None:
            message.grace_period_expires_time.CopyFrom(to_timestamp(grace))
    message.update_time.CopyFrom(to_timestamp(s.updated_at))
    return message


def entitlement_to_proto(result: Entitlement, now: dt.datetime) -> pb.CheckEntitlementResponse:
    response = pb.CheckEntitlementResponse(entitled=result.entitled)
    if result.subscription is not None:
        response.product_id = result.subscription.product_id
        response.status = STATUSES[result.subscription.status_at(now)]
    if result.until is not None:
        response.expires_time.CopyFrom(to_timestamp(result.until))
    return response


def notification_to_proto(result: NotificationResult) -> pb.HandleAppStoreNotificationResponse:
    notification = result.notification
    return pb.HandleAppStoreNotificationResponse(
        notification_uuid=notification.uuid,
        notification_type=notification.type,
        subtype=notification.subtype or "",
        outcome=OUTCOMES[result.outcome],
        original_transaction_id=notification.transaction.original_transaction_id if notification.transaction else "",
    )


def sync_to_proto(report: SyncReport) -> pb.SyncAppStoreNotificationsResponse:
    count = report.outcomes.get
    return pb.SyncAppStoreNotificationsResponse(
        fetched=report.fetched,
        applied=count(NotificationOutcome.APPLIED, 0),
        duplicate=count(NotificationOutcome.DUPLICATE, 0),
        stale=count(NotificationOutcome.STALE, 0),
        stored=count(NotificationOutcome.STORED, 0),
        rejected=report.rejected,
    )
