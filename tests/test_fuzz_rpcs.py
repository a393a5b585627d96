"""Every RPC of both services, fed mangled bodies with and without credentials: every answer is a
true status (never UNKNOWN, never INTERNAL). Seeded, so a failure repeats; FUZZ_REQUESTS sets how many."""

from __future__ import annotations

import os
import random
from collections import Counter

import grpc
from google.protobuf.message import Message
from google.type import date_pb2, datetime_pb2

from tests.apple_pki import TestAppStore
from tests.conftest import AUTH, EDITOR, GATEWAY
from zodiac.horoscope.v1 import horoscope_pb2 as pb
from zodiac.subscription.v1 import subscription_pb2 as sub_pb

REQUESTS = int(os.environ.get("FUZZ_REQUESTS", "4000"))
DAY = date_pb2.Date(year=2026, month=11, day=27)
_CREDENTIALS: list[tuple[tuple[str, str], ...]] = [(), AUTH, GATEWAY, EDITOR, (("authorization", "Bearer nobody"),)]
_NEVER = {grpc.StatusCode.UNKNOWN, grpc.StatusCode.INTERNAL}


def _horoscope_samples() -> dict[str, Message]:
    sky = pb.SkyFacts(
        moon_signs=[pb.LEO],
        aspects=[pb.ExactAspect(body=pb.MOON, other=pb.VENUS, aspect=pb.TRINE)],
        lunations=[pb.Lunation(phase=pb.FULL_MOON, sign=pb.LEO)],
    )
    content = pb.HoroscopeContent(summary="s", love="l", sky=sky, key_days=[pb.KeyDay(date=DAY, note="n")])
    birth = pb.BirthData(
        local_time=datetime_pb2.DateTime(year=1961, month=8, day=4, hours=19, minutes=24), latitude=21.3, longitude=-157.9
    )
    return {
        "GetDailyHoroscope": pb.GetDailyHoroscopeRequest(sign=pb.LEO, language="en", date=DAY, user_id="u"),
        "GetWeeklyHoroscope": pb.GetWeeklyHoroscopeRequest(sign=pb.LEO, language="en", date=DAY),
        "GetMonthlyHoroscope": pb.GetMonthlyHoroscopeRequest(sign=pb.LEO, language="en", date=DAY),
        "GetCompatibility": pb.GetCompatibilityRequest(sign=pb.LEO, partner_sign=pb.ARIES, language="en", date=DAY),
        "GetPersonalHoroscope": pb.GetPersonalHoroscopeRequest(
            birth=birth, period=pb.DAILY, date=DAY, language="en", user_id="u"
        ),
        "RenderNatalChart": pb.RenderNatalChartRequest(birth=birth, size=300, transits_on=DAY),
        "SaveBirthData": pb.SaveBirthDataRequest(user_id="u", birth=birth),
        "DeleteBirthData": pb.DeleteBirthDataRequest(user_id="u"),
        "ListHoroscopes": pb.ListHoroscopesRequest(period=pb.DAILY, language="en", date=DAY, signs=[pb.LEO]),
        "UpsertHoroscope": pb.UpsertHoroscopeRequest(
            sign=pb.LEO, language="en", period=pb.DAILY, date=DAY, model="m", content=content
        ),
        "GenerateHoroscopes": pb.GenerateHoroscopesRequest(period=pb.DAILY, date=DAY, signs=[pb.LEO], languages=["en"]),
    }


def _subscription_samples(store: TestAppStore) -> dict[str, Message]:
    return {
        "ValidateReceipt": sub_pb.ValidateReceiptRequest(user_id="u", signed_transaction=store.transaction("1")),
        "HandleAppStoreNotification": sub_pb.HandleAppStoreNotificationRequest(
            signed_payload=store.notification("DID_RENEW", "1")
        ),
        "GetSubscription": sub_pb.GetSubscriptionRequest(user_id="u"),
        "CheckEntitlement": sub_pb.CheckEntitlementRequest(user_id="u", entitlement="premium"),
        "GetAppAccountToken": sub_pb.GetAppAccountTokenRequest(user_id="u"),
        "SyncAppStoreNotifications": sub_pb.SyncAppStoreNotificationsRequest(),
    }


def _mangle(body: bytes, rng: random.Random) -> bytes:
    match rng.randrange(5):
        case 0:
            return rng.randbytes(rng.randrange(1, 64))
        case 1:
            return body[: rng.randrange(len(body) + 1)]
        case 2:
            mutable = bytearray(body or b"\x00")
            for _ in range(rng.randrange(1, 8)):
                mutable[rng.randrange(len(mutable))] ^= 1 << rng.randrange(8)
            return bytes(mutable)
        case 3:  # a field of a random number and wire type, with random contents
            tag = (rng.randrange(1, 20) << 3) | rng.choice((0, 1, 2, 5))
            return body + bytes([tag]) + rng.randbytes(rng.randrange(0, 12))
        case _:
            return body + rng.choice((b"\x00", b"\xc3\x28", b"\xed\xa0\x80", "\u2603".encode()))


async def _fuzz(channel: grpc.aio.Channel, service: str, samples: dict[str, Message], count: int, seed: int) -> Counter[str]:
    rng = random.Random(seed)
    seen: Counter[str] = Counter()
    methods = sorted(samples)
    for i in range(count):
        method = methods[i % len(methods)]
        body = _mangle(samples[method].SerializeToString(), rng)
        call: grpc.aio.UnaryUnaryMultiCallable[bytes, bytes] = channel.unary_unary(f"/{service}/{method}")
        try:
            await call(body, metadata=rng.choice(_CREDENTIALS), timeout=10)
            code = grpc.StatusCode.OK
        except grpc.aio.AioRpcError as error:
            code = error.code()
            assert code not in _NEVER, f"{method} {body!r}: {code.name} {error.details()}"
        seen[code.name] += 1
    return seen


async def test_horoscope_rpcs_answer_every_mangled_body_truly(horoscope_channel: grpc.aio.Channel) -> None:
    seen = await _fuzz(horoscope_channel, "zodiac.horoscope.v1.HoroscopeService", _horoscope_samples(), REQUESTS // 2, seed=7)
    assert seen["INVALID_ARGUMENT"] > 0 and seen["UNAUTHENTICATED"] > 0  # the fuzz did reach both checks


async def test_subscription_rpcs_answer_every_mangled_body_truly(
    subscription_channel: grpc.aio.Channel, app_store: TestAppStore
) -> None:
    samples = _subscription_samples(app_store)
    seen = await _fuzz(subscription_channel, "zodiac.subscription.v1.SubscriptionService", samples, REQUESTS // 2, seed=11)
    assert seen["INVALID_ARGUMENT"] > 0 and seen["PERMISSION_DENIED"] > 0


def test_the_fuzz_covers_every_rpc_of_both_services(app_store: TestAppStore) -> None:
    for service, samples in (
        (pb.DESCRIPTOR.services_by_name["HoroscopeService"], _horoscope_samples()),
        (sub_pb.DESCRIPTOR.services_by_name["SubscriptionService"], _subscription_samples(app_store)),
    ):
        assert sorted(samples) == sorted(m.name for m in service.methods), service.name
