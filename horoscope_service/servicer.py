"""HoroscopeService over gRPC: validate the request, call the domain, answer in protos."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import grpc

from horoscope_service.chart_svg import render_wheel
from horoscope_service.compatibility import Compatibilities
from horoscope_service.convert import (
    compatibility_to_proto,
    content_from_proto,
    horoscope_to_proto,
    natal_to_proto,
    personal_to_proto,
    report_to_proto,
    sign_to_proto,
)
from horoscope_service.horoscopes import Horoscopes
from horoscope_service.model import HoroscopeKey, Period, Written
from horoscope_service.personal import PersonalHoroscopes, sky_positions
from horoscope_service.validation import MAX_USER_ID_CHARS, Checker
from zodiac.horoscope.v1 import horoscope_pb2 as pb
from zodiac.horoscope.v1 import horoscope_pb2_grpc as pb_grpc
from zodiac_platform.callers import Scope, current_caller

SERVICE_NAME = pb.DESCRIPTOR.services_by_name["HoroscopeService"].full_name
# Reads are open to anyone (a user_id counts only from a caller with user.assert); writes need a scope.
METHOD_SCOPES = {
    **{f"/{SERVICE_NAME}/{m}": Scope.HOROSCOPE_WRITE for m in ("UpsertHoroscope", "GenerateHoroscopes")},
    # Keeping someone's birth data is for the caller that knows who they are (the gateway).
    **{f"/{SERVICE_NAME}/{m}": Scope.USER_ASSERT for m in ("SaveBirthData", "DeleteBirthData")},
}


DEFAULT_WHEEL, MIN_WHEEL, MAX_WHEEL = 600, 200, 2000


class HoroscopeServicer(pb_grpc.HoroscopeServiceServicer):
    def __init__(
        self,
        horoscopes: Horoscopes,
        compatibilities: Compatibilities,
        personal: PersonalHoroscopes,
        today: Callable[[], dt.date],
    ) -> None:
        self._horoscopes = horoscopes
        self._compatibilities = compatibilities
        self._personal = personal
        self._today = today

    async def _get(
        self,
        period: Period,
        request: pb.GetDailyHoroscopeRequest | pb.GetWeeklyHoroscopeRequest | pb.GetMonthlyHoroscopeRequest,
        context: grpc.aio.ServicerContext,
    ) -> pb.Horoscope:
        check = Checker()
        sign = check.sign("sign", request.sign)
        language = check.language("language", request.language)
        day = check.date("date", request)
        user_id = check.user_id("user_id", request.user_id)
        check.done()
        assert sign is not None and day is not None
        key = HoroscopeKey.of(period, day, sign, language)
        # Only a caller allowed to assert who the reader is (the gateway) opens premium sections;
        # anyone else naming a user gets the free edition, and tells nobody who subscribes.
        reader = user_id if current_caller().may(Scope.USER_ASSERT) else ""
        horoscope = await self._horoscopes.read(key, reader, context.time_remaining())
        return horoscope_to_proto(horoscope)

    async def GetDailyHoroscope(
        self, request: pb.GetDailyHoroscopeRequest, context: grpc.aio.ServicerContext
    ) -> pb.Horoscope:
        return await self._get(Period.DAILY, request, context)

    async def GetWeeklyHoroscope(
        self, request: pb.GetWeeklyHoroscopeRequest, context: grpc.aio.ServicerContext
    ) -> pb.Horoscope:
        return await self._get(Period.WEEKLY, request, context)

    async def GetMonthlyHoroscope(
        self, request: pb.GetMonthlyHoroscopeRequest, context: grpc.aio.ServicerContext
    ) -> pb.Horoscope:
        return await self._get(Period.MONTHLY, request, context)

    async def GetCompatibility(
        self, request: pb.GetCompatibilityRequest, context: grpc.aio.ServicerContext
    ) -> pb.Compatibility:
        check = Checker()
        sign = check.sign("sign", request.sign)
        partner = check.sign("partner_sign", request.partner_sign)
        language = check.language("language", request.language)
        day = check.date("date", request) if request.HasField("date") else None
        user_id = check.user_id("user_id", request.user_id)
        check.done()
        assert sign is not None and partner is not None
        reader = user_id if current_caller().may(Scope.USER_ASSERT) else ""
        found = await self._compatibilities.read(
            sign, partner, language, day=day, today=self._today(), user_id=reader, time_left=context.time_remaining()
        )
        return compatibility_to_proto(found)

    async def GetPersonalHoroscope(
        self, request: pb.GetPersonalHoroscopeRequest, context: grpc.aio.ServicerContext
    ) -> pb.PersonalHoroscope:
        check = Checker()
        birth = check.birth("birth", request.birth) if request.HasField("birth") else None
        period = check.period("period", request.period)
        day = check.date("date", request)
        language = check.language("language", request.language)
        user_id = check.user_id("user_id", request.user_id)
        check.done()
        assert period is not None and day is not None
        may_assert = current_caller().may(Scope.USER_ASSERT)
        chosen = await self._personal.birth_of(birth, user_id, may_assert)
        reader = user_id if may_assert else ""
        reading = await self._personal.read(chosen, period, day, language, reader, context.time_remaining())
        return personal_to_proto(reading)

    async def RenderNatalChart(
        self, request: pb.RenderNatalChartRequest, context: grpc.aio.ServicerContext
    ) -> pb.RenderNatalChartResponse:
        check = Checker()
        birth = check.birth("birth", request.birth) if request.HasField("birth") else None
        user_id = check.user_id("user_id", request.user_id)
        if request.size and not MIN_WHEEL <= request.size <= MAX_WHEEL:
            check.fail("size", f"must be between {MIN_WHEEL} and {MAX_WHEEL} pixels (0 for {DEFAULT_WHEEL})")
        transits_on = check.date("transits_on", request, "transits_on") if request.HasField("transits_on") else None
        check.done()
        chosen = await self._personal.birth_of(birth, user_id, current_caller().may(Scope.USER_ASSERT))
        located = await self._personal.chart(chosen)
        ring = sky_positions(transits_on) if transits_on is not None else ()
        svg = render_wheel(located.chart, transits=ring, size=request.size or DEFAULT_WHEEL, dark=request.dark)
        return pb.RenderNatalChartResponse(svg=svg, natal=natal_to_proto(located))

    async def SaveBirthData(
        self, request: pb.SaveBirthDataRequest, context: grpc.aio.ServicerContext
    ) -> pb.SaveBirthDataResponse:
        check = Checker()
        user_id = check.identifier("user_id", request.user_id, max_chars=MAX_USER_ID_CHARS)
        birth = check.birth("birth", request.birth) if request.HasField("birth") else None
        if not request.HasField("birth"):
            check.fail("birth", "is required")
        check.done()
        assert birth is not None
        return pb.SaveBirthDataResponse(natal=natal_to_proto(await self._personal.save(user_id, birth)))

    async def DeleteBirthData(
        self, request: pb.DeleteBirthDataRequest, context: grpc.aio.ServicerContext
    ) -> pb.DeleteBirthDataResponse:
        check = Checker()
        user_id = check.identifier("user_id", request.user_id, max_chars=MAX_USER_ID_CHARS)
        check.done()
        return pb.DeleteBirthDataResponse(deleted=await self._personal.delete(user_id))

    async def ListHoroscopes(
        self, request: pb.ListHoroscopesRequest, context: grpc.aio.ServicerContext
    ) -> pb.ListHoroscopesResponse:
        check = Checker()
        period = check.period("period", request.period)
        language = check.language("language", request.language)
        day = check.date("date", request)
        signs = check.signs("signs", request.signs)
        check.done()
        assert period is not None and day is not None
        found, missing = await self._horoscopes.list(period, day, language, signs)
        return pb.ListHoroscopesResponse(
            horoscopes=[horoscope_to_proto(h) for h in found], missing_signs=[sign_to_proto(s) for s in missing]
        )

    async def UpsertHoroscope(
        self, request: pb.UpsertHoroscopeRequest, context: grpc.aio.ServicerContext
    ) -> pb.Horoscope:
        check = Checker()
        sign = check.sign("sign", request.sign)
        language = check.language("language", request.language)
        period = check.period("period", request.period)
        day = check.date("date", request)
        if request.HasField("content"):
            check.content("content", request.content)
        else:
            check.fail("content", "content is required")
        check.model("model", request.model)
        check.tokens("tokens_used", request.tokens_used)
        check.done()
        assert sign is not None and period is not None and day is not None
        written = Written(content_from_proto(request.content), request.model.strip(), request.tokens_used)
        horoscope = await self._horoscopes.upsert(HoroscopeKey.of(period, day, sign, language), written)
        return horoscope_to_proto(horoscope)

    async def GenerateHoroscopes(
        self, request: pb.GenerateHoroscopesRequest, context: grpc.aio.ServicerContext
    ) -> pb.GenerateHoroscopesResponse:
        check = Checker()
        period = check.period("period", request.period)
        day = check.date("date", request)
        signs = check.signs("signs", request.signs)
        languages = check.languages("languages", request.languages)
        check.done()
        assert period is not None and day is not None
        report = await self._horoscopes.generate(period, day, signs, languages, overwrite=request.overwrite)
        return report_to_proto(report)
