"""Off-site copies of backups, against a local S3-compatible server (moto in server mode, real HTTP):
uploaded with checksums to two buckets in two regions, verified remotely, a corrupted copy caught,
a failed upload recorded and retried, remote copies pruned with the local ones."""

from __future__ import annotations

import hashlib
import os
import re
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import boto3
import pytest
from moto.server import ThreadedMotoServer

from tests.conftest import free_ports
from tests.test_backups import _populate
from zodiac_platform.backups import Backups
from zodiac_platform.offsite import Offsite, OffsiteSettings
from zodiac_platform.pg_tools import find_pg_tools

CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_REGION": "eu-west-1"}


@pytest.fixture
def s3(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A local S3 endpoint with the primary bucket (eu-west-1) and the replica (us-east-2)."""
    for name, value in CREDENTIALS.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    port = free_ports(1)[0]
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    # moto keeps its buckets per process, not per server: start each test from an empty store.
    urllib.request.urlopen(urllib.request.Request(f"{endpoint}/moto-api/reset", method="POST"), timeout=10).close()
    try:
        yield endpoint
    finally:
        server.stop()


def client(endpoint: str, region: str = "eu-west-1") -> object:
    return boto3.client("s3", region_name=region, endpoint_url=endpoint)


def make_bucket(endpoint: str, name: str, region: str) -> None:
    client(endpoint, region).create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": region})  # type: ignore[attr-defined]


def settings(endpoint: str, **extra: str) -> OffsiteSettings:
    env = {
        **CREDENTIALS, "ZODIAC_BACKUP_S3_BUCKET": "zodiac-backups", "ZODIAC_BACKUP_S3_PREFIX": "prod/db",
        "ZODIAC_BACKUP_S3_ENDPOINT": endpoint, "ZODIAC_BACKUP_S3_REPLICA_BUCKET": "zodiac-backups-dr",
        "ZODIAC_BACKUP_S3_REPLICA_REGION": "us-east-2", **extra,
    }
    found = OffsiteSettings.from_env(env)
    assert found is not None
    return found


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


async def test_a_backup_goes_to_both_buckets_and_verifies_from_there(dsn: str, tmp_path: Path, s3: str) -> None:
    make_bucket(s3, "zodiac-backups", "eu-west-1")
    make_bucket(s3, "zodiac-backups-dr", "us-east-2")
    await _populate(dsn)
    backups = Backups(dsn, tmp_path / "backups", find_pg_tools(), offsite=Offsite(settings(s3)))
    backup = await backups.create()
    assert backup.uploaded is True and backup.upload_error is None
    key = f"prod/db/{backup.file_name}"
    assert backup.remote_locations == (f"s3://zodiac-backups/{key}", f"s3://zodiac-backups-dr/{key}")
    for bucket, region in (("zodiac-backups", "eu-west-1"), ("zodiac-backups-dr", "us-east-2")):
        body = client(s3, region).get_object(Bucket=bucket, Key=key)["Body"].read()  # type: ignore[attr-defined]
        assert sha256_of(body) == backup.sha256  # the checksum equals the manifest's
        manifest = client(s3, region).get_object(Bucket=bucket, Key=f"{key}.json")["Body"].read()  # type: ignore[attr-defined]
        assert f'"sha256": "{backup.sha256}"' in manifest.decode()
    verified = await backups.verify(backup.id, remote=True)
    assert verified.verification_status == "passed", verified.verification_error

    # Someone (or some disk) changes the remote copy: remote verification fails, saying where.
    client(s3).put_object(Bucket="zodiac-backups", Key=key, Body=b"not a dump",  # type: ignore[attr-defined]
                          Metadata={"sha256": backup.sha256 or ""})
    corrupted = await backups.verify(backup.id, remote=True)
    assert corrupted.verification_status == "failed"
    assert corrupted.verification_error is not None and "s3://zodiac-backups/" in corrupted.verification_error
    assert "checksum mismatch" in corrupted.verification_error


async def test_a_failed_upload_keeps_the_local_backup_and_is_retried(dsn: str, tmp_path: Path, s3: str) -> None:
    await _populate(dsn)
    backups = Backups(dsn, tmp_path / "backups", find_pg_tools(), offsite=Offsite(settings(s3)))
    backup = await backups.create()  # no buckets yet: the upload fails
    assert backup.status == "completed" and backup.uploaded is False
    assert backup.upload_error and "NoSuchBucket" in backup.upload_error
    assert (tmp_path / "backups" / backup.file_name).exists()
    assert (await backups.verify(backup.id)).verification_status == "passed"  # the local copy is whole

    make_bucket(s3, "zodiac-backups", "eu-west-1")
    make_bucket(s3, "zodiac-backups-dr", "us-east-2")
    [retried] = await backups.retry_uploads()
    assert retried.id == backup.id and retried.uploaded is True and len(retried.remote_locations) == 2
    assert await backups.retry_uploads() == []


async def test_pruning_removes_the_remote_copies_too(dsn: str, tmp_path: Path, s3: str) -> None:
    make_bucket(s3, "zodiac-backups", "eu-west-1")
    make_bucket(s3, "zodiac-backups-dr", "us-east-2")
    backups = Backups(dsn, tmp_path / "backups", find_pg_tools(), offsite=Offsite(settings(s3, ZODIAC_BACKUP_S3_PREFIX="")))
    old, new = await backups.create(), await backups.create()
    [pruned] = await backups.prune(keep=1)
    assert pruned.id == old.id
    listed = client(s3).list_objects_v2(Bucket="zodiac-backups").get("Contents", [])  # type: ignore[attr-defined]
    assert sorted(o["Key"] for o in listed) == sorted([new.file_name, f"{new.file_name}.json"])


def test_large_archives_go_up_in_checked_parts(s3: str, tmp_path: Path) -> None:
    make_bucket(s3, "zodiac-backups", "eu-west-1")
    make_bucket(s3, "zodiac-backups-dr", "us-east-2")
    archive = tmp_path / "big.dump"
    archive.write_bytes(os.urandom(9 * 1024 * 1024))  # above the 8 MiB multipart threshold
    manifest = tmp_path / "big.dump.json"
    manifest.write_text("{}")
    digest = sha256_of(archive.read_bytes())
    offsite = Offsite(settings(s3))
    [primary, _] = offsite.upload(archive, manifest, digest)
    head = client(s3).head_object(Bucket="zodiac-backups", Key="prod/db/big.dump")  # type: ignore[attr-defined]
    assert head["ETag"].strip('"').endswith("-2")  # two parts
    copy = tmp_path / "copy.dump"
    assert offsite.download(primary, copy) == digest and sha256_of(copy.read_bytes()) == digest


def test_the_replica_must_be_elsewhere() -> None:
    from zodiac_platform.config import ConfigError

    with pytest.raises(ConfigError, match="REPLICA_REGION"):
        OffsiteSettings.from_env({"ZODIAC_BACKUP_S3_BUCKET": "b", "ZODIAC_BACKUP_S3_REPLICA_BUCKET": "c"})
    assert OffsiteSettings.from_env({}) is None


def test_the_zodiac_command_uploads_and_verifies_remotely(
    dsn: str, tmp_path: Path, s3: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from zodiac_cli.main import main

    make_bucket(s3, "zodiac-backups", "eu-west-1")
    for name, value in {"DATABASE_URL": dsn, "ZODIAC_BACKUP_DIR": str(tmp_path / "backups"),
                        "ZODIAC_BACKUP_S3_BUCKET": "zodiac-backups", "ZODIAC_BACKUP_S3_ENDPOINT": s3}.items():
        monkeypatch.setenv(name, value)
    main(["backup", "create"])
    created = capsys.readouterr().out
    assert " completed " in created and "off-site: s3://zodiac-backups/zodiac-" in created
    backup_id = created.split()[0]
    file_name = re.search(r" (zodiac-\S+\.dump)", created).group(1)  # type: ignore[union-attr]
    body = client(s3).get_object(Bucket="zodiac-backups", Key=file_name)["Body"].read()  # type: ignore[attr-defined]
    manifest = (tmp_path / "backups" / f"{file_name}.json").read_text()
    assert f'"sha256": "{sha256_of(body)}"' in manifest
    main(["backup", "verify", backup_id, "--remote"])
    assert " completed passed " in capsys.readouterr().out
    client(s3).put_object(Bucket="zodiac-backups", Key=file_name, Body=body[:-100])  # type: ignore[attr-defined]
    with pytest.raises(SystemExit):
        main(["backup", "verify", backup_id, "--remote"])
    assert " completed failed " in capsys.readouterr().out
