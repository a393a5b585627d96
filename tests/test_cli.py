"""The `zodiac` command against a real server, as a person would use it."""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import AsyncIterator
from pathlib import Path

import grpc
import pytest

from horoscope_service.app import build_host
from tests.conftest import SERVICE_TOKEN, horoscope_settings
from zodiac_cli.main import main
from zodiac_platform.database import database_name, dsn_for_role


@pytest.fixture
async def target(dsn: str, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[str]:
    host, _ = await build_host(horoscope_settings(), dsn_for_role(dsn, "zodiac_horoscope"))
    port = await host.start("127.0.0.1:0")
    monkeypatch.setenv("HOROSCOPE_TARGET", f"127.0.0.1:{port}")
    monkeypatch.setenv("ZODIAC_SERVICE_TOKEN", SERVICE_TOKEN)
    monkeypatch.setenv("DATABASE_URL", dsn)
    yield f"127.0.0.1:{port}"
    await host.stop(grace=1.0)


async def zodiac(*args: str) -> None:
    """Run the CLI in a thread: it is a blocking client, and the server lives on this loop."""
    await asyncio.to_thread(main, list(args))


async def test_generate_get_and_list(target: str, capsys: pytest.CaptureFixture[str]) -> None:
    await zodiac("generate", "--date", "2026-11-27", "--language", "it", "--sign", "leo", "--sign", "cancer")
    assert "created 2, updated 0, skipped 0, failed 0" in capsys.readouterr().out

    await zodiac("get", "--sign", "cancer", "--language", "it", "--date", "2026-11-27")
    out = capsys.readouterr().out
    assert out.startswith("Cancer (it), day 2026-11-27  [offline-templates/v2]")
    assert "Cancro" in out and "love:" not in out and "locked: love, career, health" in out

    await zodiac("get", "--sign", "leo", "--language", "it", "--date", "2026-11-27", "--json")
    as_json = json.loads(capsys.readouterr().out)
    assert as_json["sign"] == "LEO" and as_json["content"]["sky"]["sunSign"] == "SAGITTARIUS"

    await zodiac("list", "--language", "it", "--date", "2026-11-27")
    out = capsys.readouterr().out
    assert out.index("Cancer (it)") < out.index("Leo (it)")
    assert "missing: Aries, Taurus, Gemini, Virgo" in out


async def test_monthly_key_days_and_compatibility(target: str, capsys: pytest.CaptureFixture[str]) -> None:
    await zodiac("generate", "--period", "monthly", "--date", "2027-01-20", "--language", "de", "--sign", "virgo")
    assert "created 1," in capsys.readouterr().out
    await zodiac("get", "--sign", "virgo", "--language", "de", "--monthly", "--date", "2027-01-31")
    out = capsys.readouterr().out
    assert out.startswith("Virgo (de), month of 2027-01-01  [offline-templates/v2]")
    key_days = [line for line in out.splitlines() if line.startswith("  2027-01-")]
    assert len(key_days) >= 4  # "  2027-01-07: Neumond im Steinbock", ...

    await zodiac("compat", "--sign", "leo", "--partner", "aquarius", "--date", "2027-01-06")
    out = capsys.readouterr().out
    assert out.startswith("Leo and Aquarius (en): ") and "/100" in out
    assert "  2027-01-06: " in out and "locked: love, friendship, work" in out


async def test_errors_are_one_line_with_the_status(target: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        await zodiac("get", "--sign", "leo", "--date", "2026-11-27")
    assert str(exit_info.value).startswith("NOT_FOUND: no daily leo/en for 2026-11-27")


async def test_health_and_migration_status(target: str, capsys: pytest.CaptureFixture[str]) -> None:
    await zodiac("health")
    assert capsys.readouterr().out.strip() == "SERVING"
    await zodiac("migrate", "status")
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) >= 4 and all(" applied " in line for line in lines)
    await zodiac("migrate")
    assert "applied 0 migration(s)" in capsys.readouterr().out


def test_bad_date_is_refused_before_any_call(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["get", "--sign", "leo", "--date", "2026-02-30"])
    assert "'2026-02-30' is not a date" in capsys.readouterr().err


@pytest.fixture
async def subscription_target(dsn: str, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[str]:
    """SubscriptionService in StoreKit testing mode (APPLE_ENVIRONMENT=Xcode), as `zodiac run` starts it."""
    from subscription_service.app import build as build_subscription
    from subscription_service.config import SubscriptionSettings

    settings = SubscriptionSettings.from_env(
        {
            "ZODIAC_SERVICE_TOKEN": SERVICE_TOKEN,
            "APPLE_ENVIRONMENT": "Xcode",
            "APPLE_BUNDLE_ID": "com.example.zodiac",
            "PRODUCT_ENTITLEMENTS": "com.example.premium.monthly=premium",
        }
    )
    host = (await build_subscription(settings, dsn_for_role(dsn, "zodiac_subscription"))).host
    port = await host.start("127.0.0.1:0")
    monkeypatch.setenv("SUBSCRIPTION_TARGET", f"127.0.0.1:{port}")
    monkeypatch.setenv("ZODIAC_SERVICE_TOKEN", SERVICE_TOKEN)
    monkeypatch.delenv("APPLE_BUNDLE_ID", raising=False)
    yield f"127.0.0.1:{port}"
    await host.stop(grace=1.0)


async def test_try_a_purchase_without_apple_credentials(
    subscription_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    await zodiac("dev-transaction", "--days", "30")
    signed = capsys.readouterr().out.strip()
    await zodiac("validate", "--user", "alice", "--signed-transaction", signed)
    out = capsys.readouterr().out
    assert out.startswith("valid: transaction ") and "alice: ACTIVE com.example.premium.monthly" in out
    await zodiac("entitlement", "--user", "alice")
    assert "alice is entitled to premium until" in capsys.readouterr().out
    await zodiac("entitlement", "--user", "bob")
    assert "bob is not entitled to premium" in capsys.readouterr().out
    await zodiac("subscription", "--user", "alice")
    assert "entitlements: premium" in capsys.readouterr().out
    await zodiac("health", "--subscription")
    assert capsys.readouterr().out.strip() == "SERVING"


async def test_an_expired_dev_purchase_is_valid_but_not_entitled(
    subscription_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    await zodiac("dev-transaction", "--days", "-1")
    signed = capsys.readouterr().out.strip()
    await zodiac("validate", "--user", "carol", "--signed-transaction", signed)
    assert "carol: EXPIRED" in capsys.readouterr().out
    await zodiac("entitlement", "--user", "carol")
    assert "not entitled" in capsys.readouterr().out


async def test_backup_commands(target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ZODIAC_BACKUP_DIR", str(tmp_path / "backups"))
    await zodiac("generate", "--date", "2026-11-27", "--language", "en")
    capsys.readouterr()
    await zodiac("backup", "create", "--verify")
    created = capsys.readouterr().out
    assert " completed passed " in created
    await zodiac("backup", "create")
    await zodiac("backup", "list")
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 3 and "unverified" in listed[1]  # newest first: the second create
    await zodiac("backup", "prune", "--keep", "1")
    assert capsys.readouterr().out == ""  # newest kept, and the only verified one
    backup_id = created.split()[0]
    await zodiac("backup", "restore", "--id", backup_id, "--target", f"restored_{backup_id}_{id(tmp_path)}")
    assert "rows in" in capsys.readouterr().out
    with pytest.raises(SystemExit, match="is not empty"):
        await zodiac("backup", "restore", "--id", backup_id, "--target", database_name(os.environ["DATABASE_URL"]))


async def test_personal_horoscope_and_chart_from_the_command_line(
    target: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    await zodiac("personal", "--born", "1961-08-04T19:24", "--place", "Honolulu, US", "--date", "2027-01-06")
    out = capsys.readouterr().out
    assert "Sun Leo, Moon Gemini, Ascendant Aquarius  (placidus houses)" in out and "Honolulu, US" in out
    svg = tmp_path / "wheel.svg"
    await zodiac("chart", "--born", "1879-03-14T11:30", "--place", "Ulm, Germany", "--out", str(svg), "--transits", "2027-01-06")
    assert "born 1879-03-14 10:50 UTC (LMT), Ulm, DE" in capsys.readouterr().out
    assert svg.read_text().startswith("<?xml") and "data-transit" in svg.read_text()


async def test_report_costs_prices_tokens_by_model(
    target: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from google.type import date_pb2

    from tests.conftest import AUTH
    from zodiac.horoscope.v1 import horoscope_pb2 as pb
    from zodiac.horoscope.v1 import horoscope_pb2_grpc as pb_grpc

    async with grpc.aio.insecure_channel(target) as channel:
        api = pb_grpc.HoroscopeServiceStub(channel)
        for sign in (pb.LEO, pb.VIRGO):
            await api.UpsertHoroscope(pb.UpsertHoroscopeRequest(
                sign=sign, language="en", period=pb.WEEKLY, date=date_pb2.Date(year=2026, month=11, day=27),
                content=pb.HoroscopeContent(summary="Bright."), model="gpt-test", tokens_used=1500,
            ), metadata=AUTH)
    await zodiac("generate", "--date", "2026-11-27", "--language", "it", "--sign", "leo")
    capsys.readouterr()
    monkeypatch.setenv("LLM_PRICE_PER_1K_TOKENS", "gpt-test=0.5,*=9")
    await zodiac("report", "costs", "--days", "3")
    lines = capsys.readouterr().out.splitlines()
    weekly = next(line for line in lines if " weekly " in line)
    assert weekly.split()[-3:] == ["2", "3000", "1.5000"]  # two items, 3,000 tokens at 0.5 per 1,000
    offline = next(line for line in lines if "offline-templates/v2" in line)
    assert offline.split()[-3:] == ["1", "0", "0.0000"]
    assert lines[-1].split()[-3:] == ["3", "3000", "1.5000"]
    monkeypatch.setenv("LLM_PRICE_PER_1K_TOKENS", "cheap")
    with pytest.raises(SystemExit, match="LLM_PRICE_PER_1K_TOKENS"):
        await zodiac("report", "costs")
