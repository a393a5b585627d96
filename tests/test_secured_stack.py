"""`zodiac run` with mutual TLS and callers, used as a gateway, an editor and strangers would."""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import grpc
import pytest
from google.type import date_pb2

from tests.conftest import CALLERS, EDITOR, GATEWAY, HOROSCOPE_CALLER_TOKEN
from tests.test_stack import start_stack
from tests.tls_pki import Ca
from zodiac.horoscope.v1 import horoscope_pb2 as pb
from zodiac.horoscope.v1 import horoscope_pb2_grpc as pb_grpc
from zodiac.subscription.v1 import subscription_pb2 as sub_pb
from zodiac.subscription.v1 import subscription_pb2_grpc as sub_grpc
from zodiac_cli.storekit import xcode_transaction
from zodiac_platform.tls import ClientTls, secure_or_insecure_channel

HOROSCOPE_SERVICE = (("authorization", f"Bearer {HOROSCOPE_CALLER_TOKEN}"),)


@dataclass
class Secured:
    horoscope: str
    subscription: str
    tls: ClientTls

    def channel(self, target: str, *, certificate: bool = True) -> grpc.Channel:
        tls = self.tls if certificate else ClientTls(self.tls.ca)
        return secure_or_insecure_channel(target, tls)


def _today() -> date_pb2.Date:
    now = time.gmtime()
    return date_pb2.Date(year=now.tm_year, month=now.tm_mon, day=now.tm_mday)


@pytest.fixture
def secured(tmp_path: Path) -> Iterator[Secured]:
    ca = Ca.make("stack-ca")
    cert, key = ca.issue(tmp_path, "server", server=True)
    client_cert, client_key = ca.issue(tmp_path, "client", server=False)
    ca_path = ca.write(tmp_path)
    started = start_stack(
        tmp_path,
        target_by_name=True,
        ZODIAC_TLS_CERT=str(cert), ZODIAC_TLS_KEY=str(key), ZODIAC_TLS_CLIENT_CA=str(ca_path),
        ZODIAC_TLS_CA=str(ca_path), ZODIAC_TLS_CLIENT_CERT=str(client_cert), ZODIAC_TLS_CLIENT_KEY=str(client_key),
        ZODIAC_CALLERS=CALLERS, HOROSCOPE_SUBSCRIPTION_TOKEN=HOROSCOPE_CALLER_TOKEN,
    )
    stack, log = started.process, started.log
    horoscope_port, subscription_port = started.horoscope_port, started.subscription_port
    served = Secured(f"localhost:{horoscope_port}", f"localhost:{subscription_port}", ClientTls(ca_path, client_cert, client_key))
    try:
        for target in (served.horoscope, served.subscription):
            with served.channel(target) as channel:
                try:
                    grpc.channel_ready_future(channel).result(timeout=60)
                except grpc.FutureTimeoutError:
                    raise AssertionError(log.read_text()) from None
        yield served
        stack.send_signal(signal.SIGINT)
        assert stack.wait(30) == 0, log.read_text()
    finally:
        if stack.poll() is None:
            stack.kill()
            stack.wait()


def test_a_secured_stack_lets_each_caller_do_only_its_part(secured: Secured) -> None:
    read = pb.GetDailyHoroscopeRequest(sign=pb.LEO, language="en", date=_today(), user_id="member")
    with grpc.insecure_channel(secured.horoscope) as plaintext, pytest.raises(grpc.RpcError) as refused:
        pb_grpc.HoroscopeServiceStub(plaintext).GetDailyHoroscope(read, timeout=5)
    assert refused.value.code() == grpc.StatusCode.UNAVAILABLE
    with secured.channel(secured.horoscope, certificate=False) as anonymous, pytest.raises(grpc.RpcError) as refused:
        pb_grpc.HoroscopeServiceStub(anonymous).GetDailyHoroscope(read, timeout=5)
    assert refused.value.code() == grpc.StatusCode.UNAVAILABLE

    with secured.channel(secured.subscription) as channel:
        subscriptions = sub_grpc.SubscriptionServiceStub(channel)
        purchase = sub_pb.ValidateReceiptRequest(
            user_id="member", signed_transaction=xcode_transaction("com.example.zodiac", "com.example.premium.monthly", 30)
        )
        with pytest.raises(grpc.RpcError) as denied:  # the horoscope service only checks entitlements
            subscriptions.ValidateReceipt(purchase, metadata=HOROSCOPE_SERVICE, timeout=10)
        assert denied.value.code() == grpc.StatusCode.PERMISSION_DENIED
        assert subscriptions.ValidateReceipt(purchase, metadata=GATEWAY, timeout=10).valid
        with pytest.raises(grpc.RpcError) as denied:  # the gateway presents purchases, reads no one's subscription
            subscriptions.GetSubscription(sub_pb.GetSubscriptionRequest(user_id="member"), metadata=GATEWAY, timeout=10)
        assert denied.value.code() == grpc.StatusCode.PERMISSION_DENIED

    with secured.channel(secured.horoscope) as channel:
        horoscopes = pb_grpc.HoroscopeServiceStub(channel)
        premium = horoscopes.GetDailyHoroscope(read, metadata=GATEWAY, timeout=10)
        assert premium.content.love and not premium.locked_sections
        free = horoscopes.GetDailyHoroscope(read, timeout=10)  # anyone naming the same user
        assert not free.content.love and list(free.locked_sections) == ["love", "career", "health"] and not free.degraded
        write = pb.GenerateHoroscopesRequest(period=pb.DAILY, date=_today(), signs=[pb.LEO], languages=["en"])
        with pytest.raises(grpc.RpcError) as denied:
            horoscopes.GenerateHoroscopes(write, metadata=GATEWAY, timeout=10)
        assert denied.value.code() == grpc.StatusCode.PERMISSION_DENIED
        assert horoscopes.GenerateHoroscopes(write, metadata=EDITOR, timeout=30).skipped == 1
        flood = pb.ListHoroscopesRequest(period=pb.DAILY, language="en", date=_today(), signs=[13] * 1_000_000)
        started = time.monotonic()
        with pytest.raises(grpc.RpcError) as invalid:
            horoscopes.ListHoroscopes(flood, timeout=10)
        assert invalid.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        assert len(invalid.value.details() or "") < 200 and time.monotonic() - started < 5
