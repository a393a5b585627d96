"""Who may call what: callers known by token hash, each with scopes, checked on every call."""

from __future__ import annotations

import grpc
import pytest
from google.type import date_pb2

from tests.conftest import AUTH, EDITOR, GATEWAY, HOROSCOPE_CALLER_TOKEN
from tests.grpc_helpers import field_violations, rpc_error
from zodiac.horoscope.v1 import horoscope_pb2 as pb
from zodiac.horoscope.v1 import horoscope_pb2_grpc as pb_grpc
from zodiac.subscription.v1 import subscription_pb2 as sub_pb
from zodiac.subscription.v1 import subscription_pb2_grpc as sub_grpc
from zodiac_platform.callers import SERVICE, Callers, CallersError, Scope, token_hash

DAY = date_pb2.Date(year=2026, month=11, day=27)
HOROSCOPE_SERVICE = (("authorization", f"Bearer {HOROSCOPE_CALLER_TOKEN}"),)
STRANGER = (("authorization", "Bearer not-a-token-anyone-has"),)


def test_callers_are_known_by_the_hash_of_their_token() -> None:
    callers = Callers.parse(f"gateway:user.assert+subscription.write:{token_hash('gateway-secret')}", service_token="s" * 16)
    gateway = callers.identify("gateway-secret")
    assert gateway is not None and gateway.name == "gateway"
    assert gateway.scopes == {Scope.USER_ASSERT, Scope.SUBSCRIPTION_WRITE}
    service = callers.identify("s" * 16)
    assert service is not None and service.name == SERVICE and service.scopes == set(Scope)
    assert callers.identify("gateway-secret ") is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("gateway:user.assert", r"is not name:scope\+scope:sha256-of-token"),
        (f"gateway:user.assert+root:{'a' * 64}", "scopes are horoscope.write"),
        ("gateway:user.assert:abc", "64 hex digits"),
        (f"Gate Way:user.assert:{'a' * 64}", "is not a caller name"),
        (f"service:user.assert:{'a' * 64}", "is not a caller name"),
        (f"a:user.assert:{'a' * 64};a:user.assert:{'b' * 64}", "listed twice"),
        (f"a:user.assert:{'a' * 64};b:user.assert:{'a' * 64}", "shares its token"),
    ],
)
def test_a_malformed_callers_setting_is_refused(text: str, message: str) -> None:
    with pytest.raises(CallersError, match=message):
        Callers.parse(text)


async def test_each_caller_gets_only_its_scopes_on_horoscopes(horoscope_channel: grpc.aio.Channel) -> None:
    api = pb_grpc.HoroscopeServiceStub(horoscope_channel)
    write = pb.GenerateHoroscopesRequest(period=pb.DAILY, date=DAY, signs=[pb.LEO], languages=["en"])
    assert (await api.GenerateHoroscopes(write, metadata=EDITOR)).created == 1
    denied = await rpc_error(api.GenerateHoroscopes(write, metadata=GATEWAY))
    assert denied.code() == grpc.StatusCode.PERMISSION_DENIED and "horoscope.write" in (denied.details() or "")
    assert (await rpc_error(api.GenerateHoroscopes(write))).code() == grpc.StatusCode.UNAUTHENTICATED
    # Reads are open, but a token nobody has is refused rather than treated as anonymous.
    read = pb.GetDailyHoroscopeRequest(sign=pb.LEO, language="en", date=DAY)
    assert (await api.GetDailyHoroscope(read)).content.summary
    assert (await rpc_error(api.GetDailyHoroscope(read, metadata=STRANGER))).code() == grpc.StatusCode.UNAUTHENTICATED


async def test_each_caller_gets_only_its_scopes_on_subscriptions(subscription_channel: grpc.aio.Channel) -> None:
    api = sub_grpc.SubscriptionServiceStub(subscription_channel)
    check = sub_pb.CheckEntitlementRequest(user_id="alice", entitlement="premium")
    assert not (await api.CheckEntitlement(check, metadata=HOROSCOPE_SERVICE)).entitled
    validate = sub_pb.ValidateReceiptRequest(user_id="alice", signed_transaction="a.b.c")
    refused = await rpc_error(api.ValidateReceipt(validate, metadata=HOROSCOPE_SERVICE))
    assert refused.code() == grpc.StatusCode.PERMISSION_DENIED and "subscription.write" in (refused.details() or "")
    read = sub_pb.GetSubscriptionRequest(user_id="alice")
    assert (await rpc_error(api.GetSubscription(read, metadata=GATEWAY))).code() == grpc.StatusCode.PERMISSION_DENIED
    assert (await rpc_error(api.GetSubscription(read, metadata=AUTH))).code() == grpc.StatusCode.NOT_FOUND
    token = await api.GetAppAccountToken(sub_pb.GetAppAccountTokenRequest(user_id="alice"), metadata=GATEWAY)
    assert token.app_account_token


async def test_a_body_that_does_not_parse_is_invalid_after_authentication(
    horoscope_channel: grpc.aio.Channel,
) -> None:
    garbage = b"\xff\xff\xff\x01\x02"
    read = horoscope_channel.unary_unary("/zodiac.horoscope.v1.HoroscopeService/GetDailyHoroscope")
    error = await rpc_error(read(garbage))
    assert error.code() == grpc.StatusCode.INVALID_ARGUMENT and "request" in field_violations(error)
    upsert = horoscope_channel.unary_unary("/zodiac.horoscope.v1.HoroscopeService/UpsertHoroscope")
    assert (await rpc_error(upsert(garbage))).code() == grpc.StatusCode.UNAUTHENTICATED
    assert (await rpc_error(upsert(garbage, metadata=EDITOR))).code() == grpc.StatusCode.INVALID_ARGUMENT
    invalid_utf8 = b"\x12\x02\xc3\x28"  # field 2 (language), a string that is not UTF-8
    assert (await rpc_error(read(invalid_utf8))).code() == grpc.StatusCode.INVALID_ARGUMENT
