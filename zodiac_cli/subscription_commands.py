"""`zodiac validate | subscription | entitlement | app-account-token | subscriptions sync |
dev-transaction`: the subscription service by hand."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
from pathlib import Path

import grpc

from zodiac.subscription.v1 import subscription_pb2 as sub_pb
from zodiac.subscription.v1 import subscription_pb2_grpc as sub_grpc
from zodiac_cli.connection import DEADLINE, auth_metadata

DEV_BUNDLE_ID = "com.example.zodiac"  # what `zodiac run` configures when APPLE_* is unset
DEV_PRODUCT = "com.example.premium.monthly"


def _print_subscription(s: sub_pb.Subscription) -> None:
    expires = s.expires_time.ToDatetime(dt.UTC).isoformat() if s.HasField("expires_time") else "never"
    print(f"{s.user_id or '(no user)'}: {sub_pb.SubscriptionStatus.Name(s.status)} {s.product_id} "
          f"(original transaction {s.original_transaction_id}, {sub_pb.AppStoreEnvironment.Name(s.environment)})")
    print(f"  expires {expires}, auto-renew {'on' if s.auto_renew else 'off'}, "
          f"entitlements: {', '.join(s.entitlements) or 'none'}")


def _stub(channel: grpc.Channel) -> sub_grpc.SubscriptionServiceStub:
    return sub_grpc.SubscriptionServiceStub(channel)


def cmd_validate(args: argparse.Namespace, channel: grpc.Channel) -> None:
    request = sub_pb.ValidateReceiptRequest(user_id=args.user)
    if args.app_receipt_file:
        request.app_receipt = Path(args.app_receipt_file).read_text().strip()
    elif args.signed_transaction_file:
        request.signed_transaction = Path(args.signed_transaction_file).read_text().strip()
    else:
        request.signed_transaction = args.signed_transaction
    response = _stub(channel).ValidateReceipt(request, metadata=auth_metadata(), timeout=DEADLINE)
    if not response.valid:
        raise SystemExit(f"not valid: {response.reason}")
    print(f"valid: transaction {response.transaction_id}")
    _print_subscription(response.subscription)


def cmd_subscription(args: argparse.Namespace, channel: grpc.Channel) -> None:
    request = sub_pb.GetSubscriptionRequest(user_id=args.user)
    _print_subscription(_stub(channel).GetSubscription(request, metadata=auth_metadata(), timeout=DEADLINE))


def cmd_entitlement(args: argparse.Namespace, channel: grpc.Channel) -> None:
    request = sub_pb.CheckEntitlementRequest(user_id=args.user, entitlement=args.entitlement)
    answer = _stub(channel).CheckEntitlement(request, metadata=auth_metadata(), timeout=DEADLINE)
    if answer.entitled:
        print(f"{args.user} is entitled to {args.entitlement} until "
              f"{answer.expires_time.ToDatetime(dt.UTC).isoformat()} ({answer.product_id})")
    else:
        print(f"{args.user} is not entitled to {args.entitlement}")


def cmd_app_account_token(args: argparse.Namespace, channel: grpc.Channel) -> None:
    request = sub_pb.GetAppAccountTokenRequest(user_id=args.user)
    print(_stub(channel).GetAppAccountToken(request, metadata=auth_metadata(), timeout=DEADLINE).app_account_token)


_UNITS = {"d": "days", "h": "hours", "m": "minutes"}


def _duration(text: str) -> dt.timedelta:
    match = re.fullmatch(r"(\d{1,4})([dhm])", text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"{text!r} is not a duration such as 7d, 12h or 30m")
    return dt.timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})


def cmd_subscriptions(args: argparse.Namespace, channel: grpc.Channel) -> None:
    now = dt.datetime.now(dt.UTC)
    request = sub_pb.SyncAppStoreNotificationsRequest()
    request.start_time.FromDatetime(now - args.since)
    request.end_time.FromDatetime(now)
    # Replaying months of history can take a while: a longer deadline than other calls.
    report = _stub(channel).SyncAppStoreNotifications(request, metadata=auth_metadata(), timeout=600.0)
    print(f"fetched {report.fetched}: applied {report.applied}, duplicate {report.duplicate}, stale {report.stale}, "
          f"stored {report.stored}, refused {report.rejected}")


def cmd_dev_transaction(args: argparse.Namespace) -> None:
    from zodiac_cli.storekit import xcode_transaction

    print(xcode_transaction(os.environ.get("APPLE_BUNDLE_ID") or DEV_BUNDLE_ID, args.product, args.days))


HANDLERS = {
    "validate": cmd_validate,
    "subscription": cmd_subscription,
    "entitlement": cmd_entitlement,
    "app-account-token": cmd_app_account_token,
    "subscriptions": cmd_subscriptions,
}


def add_subscription_parsers(commands: argparse._SubParsersAction) -> None:
    validate = commands.add_parser("validate", help="validate a purchase for a user")
    validate.add_argument("--user", required=True)
    receipt = validate.add_mutually_exclusive_group(required=True)
    receipt.add_argument("--signed-transaction", help="a StoreKit 2 signed transaction (JWS)")
    receipt.add_argument("--signed-transaction-file", help="a file holding one")
    receipt.add_argument("--app-receipt-file", help="a file holding a legacy base64 app receipt")
    subscription = commands.add_parser("subscription", help="a user's subscription")
    subscription.add_argument("--user", required=True)
    entitlement = commands.add_parser("entitlement", help="may a user use an entitlement now?")
    entitlement.add_argument("--user", required=True)
    entitlement.add_argument("--entitlement", default="premium")
    token = commands.add_parser("app-account-token", help="the UUID the app sets as appAccountToken for a user")
    token.add_argument("--user", required=True)
    subscriptions = commands.add_parser("subscriptions", help="catch up with Apple: subscriptions sync --since 7d")
    subscriptions.add_argument("action", choices=["sync"])
    subscriptions.add_argument("--since", type=_duration, default=dt.timedelta(days=1),
                               help="replay Apple's notifications of this long ago until now (default 1d; at most 180d)")
    dev = commands.add_parser("dev-transaction", help="print a StoreKit-testing transaction (APPLE_ENVIRONMENT=Xcode)")
    dev.add_argument("--product", default=DEV_PRODUCT)
    dev.add_argument("--days", type=float, default=30.0, help="days until it expires (negative: expired)")
