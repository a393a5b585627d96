import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class SubscriptionStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SUBSCRIPTION_STATUS_UNSPECIFIED: _ClassVar[SubscriptionStatus]
    ACTIVE: _ClassVar[SubscriptionStatus]
    IN_GRACE_PERIOD: _ClassVar[SubscriptionStatus]
    IN_BILLING_RETRY: _ClassVar[SubscriptionStatus]
    EXPIRED: _ClassVar[SubscriptionStatus]
    REVOKED: _ClassVar[SubscriptionStatus]
    REFUNDED: _ClassVar[SubscriptionStatus]

class OwnershipType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    OWNERSHIP_TYPE_UNSPECIFIED: _ClassVar[OwnershipType]
    PURCHASED: _ClassVar[OwnershipType]
    FAMILY_SHARED: _ClassVar[OwnershipType]

class AppStoreEnvironment(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    APP_STORE_ENVIRONMENT_UNSPECIFIED: _ClassVar[AppStoreEnvironment]
    PRODUCTION: _ClassVar[AppStoreEnvironment]
    SANDBOX: _ClassVar[AppStoreEnvironment]
    XCODE: _ClassVar[AppStoreEnvironment]
    LOCAL_TESTING: _ClassVar[AppStoreEnvironment]

class NotificationOutcome(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    NOTIFICATION_OUTCOME_UNSPECIFIED: _ClassVar[NotificationOutcome]
    APPLIED: _ClassVar[NotificationOutcome]
    DUPLICATE: _ClassVar[NotificationOutcome]
    STALE: _ClassVar[NotificationOutcome]
    STORED: _ClassVar[NotificationOutcome]
SUBSCRIPTION_STATUS_UNSPECIFIED: SubscriptionStatus
ACTIVE: SubscriptionStatus
IN_GRACE_PERIOD: SubscriptionStatus
IN_BILLING_RETRY: SubscriptionStatus
EXPIRED: SubscriptionStatus
REVOKED: SubscriptionStatus
REFUNDED: SubscriptionStatus
OWNERSHIP_TYPE_UNSPECIFIED: OwnershipType
PURCHASED: OwnershipType
FAMILY_SHARED: OwnershipType
APP_STORE_ENVIRONMENT_UNSPECIFIED: AppStoreEnvironment
PRODUCTION: AppStoreEnvironment
SANDBOX: AppStoreEnvironment
XCODE: AppStoreEnvironment
LOCAL_TESTING: AppStoreEnvironment
NOTIFICATION_OUTCOME_UNSPECIFIED: NotificationOutcome
APPLIED: NotificationOutcome
DUPLICATE: NotificationOutcome
STALE: NotificationOutcome
STORED: NotificationOutcome

class ValidateReceiptRequest(_message.Message):
    __slots__ = ("user_id", "signed_transaction", "app_receipt")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    SIGNED_TRANSACTION_FIELD_NUMBER: _ClassVar[int]
    APP_RECEIPT_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    signed_transaction: str
    app_receipt: str
    def __init__(self, user_id: _Optional[str] = ..., signed_transaction: _Optional[str] = ..., app_receipt: _Optional[str] = ...) -> None: ...

class ValidateReceiptResponse(_message.Message):
    __slots__ = ("valid", "reason", "subscription", "transaction_id")
    VALID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTION_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    valid: bool
    reason: str
    subscription: Subscription
    transaction_id: str
    def __init__(self, valid: _Optional[bool] = ..., reason: _Optional[str] = ..., subscription: _Optional[_Union[Subscription, _Mapping]] = ..., transaction_id: _Optional[str] = ...) -> None: ...

class HandleAppStoreNotificationRequest(_message.Message):
    __slots__ = ("signed_payload",)
    SIGNED_PAYLOAD_FIELD_NUMBER: _ClassVar[int]
    signed_payload: str
    def __init__(self, signed_payload: _Optional[str] = ...) -> None: ...

class HandleAppStoreNotificationResponse(_message.Message):
    __slots__ = ("notification_uuid", "notification_type", "subtype", "outcome", "original_transaction_id")
    NOTIFICATION_UUID_FIELD_NUMBER: _ClassVar[int]
    NOTIFICATION_TYPE_FIELD_NUMBER: _ClassVar[int]
    SUBTYPE_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    ORIGINAL_TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    notification_uuid: str
    notification_type: str
    subtype: str
    outcome: NotificationOutcome
    original_transaction_id: str
    def __init__(self, notification_uuid: _Optional[str] = ..., notification_type: _Optional[str] = ..., subtype: _Optional[str] = ..., outcome: _Optional[_Union[NotificationOutcome, str]] = ..., original_transaction_id: _Optional[str] = ...) -> None: ...

class GetSubscriptionRequest(_message.Message):
    __slots__ = ("user_id",)
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    def __init__(self, user_id: _Optional[str] = ...) -> None: ...

class Subscription(_message.Message):
    __slots__ = ("user_id", "status", "product_id", "original_transaction_id", "expires_time", "auto_renew", "environment", "grace_period_expires_time", "update_time", "entitlements", "ownership_type", "auto_renew_product_id", "price_increase_pending")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    PRODUCT_ID_FIELD_NUMBER: _ClassVar[int]
    ORIGINAL_TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_TIME_FIELD_NUMBER: _ClassVar[int]
    AUTO_RENEW_FIELD_NUMBER: _ClassVar[int]
    ENVIRONMENT_FIELD_NUMBER: _ClassVar[int]
    GRACE_PERIOD_EXPIRES_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    ENTITLEMENTS_FIELD_NUMBER: _ClassVar[int]
    OWNERSHIP_TYPE_FIELD_NUMBER: _ClassVar[int]
    AUTO_RENEW_PRODUCT_ID_FIELD_NUMBER: _ClassVar[int]
    PRICE_INCREASE_PENDING_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    status: SubscriptionStatus
    product_id: str
    original_transaction_id: str
    expires_time: _timestamp_pb2.Timestamp
    auto_renew: bool
    environment: AppStoreEnvironment
    grace_period_expires_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    entitlements: _containers.RepeatedScalarFieldContainer[str]
    ownership_type: OwnershipType
    auto_renew_product_id: str
    price_increase_pending: bool
    def __init__(self, user_id: _Optional[str] = ..., status: _Optional[_Union[SubscriptionStatus, str]] = ..., product_id: _Optional[str] = ..., original_transaction_id: _Optional[str] = ..., expires_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., auto_renew: _Optional[bool] = ..., environment: _Optional[_Union[AppStoreEnvironment, str]] = ..., grace_period_expires_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., entitlements: _Optional[_Iterable[str]] = ..., ownership_type: _Optional[_Union[OwnershipType, str]] = ..., auto_renew_product_id: _Optional[str] = ..., price_increase_pending: _Optional[bool] = ...) -> None: ...

class CheckEntitlementRequest(_message.Message):
    __slots__ = ("user_id", "entitlement")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    ENTITLEMENT_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    entitlement: str
    def __init__(self, user_id: _Optional[str] = ..., entitlement: _Optional[str] = ...) -> None: ...

class CheckEntitlementResponse(_message.Message):
    __slots__ = ("entitled", "expires_time", "product_id", "status")
    ENTITLED_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_TIME_FIELD_NUMBER: _ClassVar[int]
    PRODUCT_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    entitled: bool
    expires_time: _timestamp_pb2.Timestamp
    product_id: str
    status: SubscriptionStatus
    def __init__(self, entitled: _Optional[bool] = ..., expires_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., product_id: _Optional[str] = ..., status: _Optional[_Union[SubscriptionStatus, str]] = ...) -> None: ...

class GetAppAccountTokenRequest(_message.Message):
    __slots__ = ("user_id",)
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    def __init__(self, user_id: _Optional[str] = ...) -> None: ...

class AppAccountToken(_message.Message):
    __slots__ = ("user_id", "app_account_token")
    USER_ID_FIELD_NUMBER: _ClassVar[int]
    APP_ACCOUNT_TOKEN_FIELD_NUMBER: _ClassVar[int]
    user_id: str
    app_account_token: str
    def __init__(self, user_id: _Optional[str] = ..., app_account_token: _Optional[str] = ...) -> None: ...

class SyncAppStoreNotificationsRequest(_message.Message):
    __slots__ = ("start_time", "end_time")
    START_TIME_FIELD_NUMBER: _ClassVar[int]
    END_TIME_FIELD_NUMBER: _ClassVar[int]
    start_time: _timestamp_pb2.Timestamp
    end_time: _timestamp_pb2.Timestamp
    def __init__(self, start_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., end_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class SyncAppStoreNotificationsResponse(_message.Message):
    __slots__ = ("fetched", "applied", "duplicate", "stale", "stored", "rejected")
    FETCHED_FIELD_NUMBER: _ClassVar[int]
    APPLIED_FIELD_NUMBER: _ClassVar[int]
    DUPLICATE_FIELD_NUMBER: _ClassVar[int]
    STALE_FIELD_NUMBER: _ClassVar[int]
    STORED_FIELD_NUMBER: _ClassVar[int]
    REJECTED_FIELD_NUMBER: _ClassVar[int]
    fetched: int
    applied: int
    duplicate: int
    stale: int
    stored: int
    rejected: int
    def __init__(self, fetched: _Optional[int] = ..., applied: _Optional[int] = ..., duplicate: _Optional[int] = ..., stale: _Optional[int] = ..., stored: _Optional[int] = ..., rejected: _Optional[int] = ...) -> None: ...
