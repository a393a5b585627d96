"""Off-site copies of backups in S3 or any S3-compatible store, and a second copy in another region.

Configured by `ZODIAC_BACKUP_S3_BUCKET` (plus `ZODIAC_BACKUP_S3_PREFIX`, `ZODIAC_BACKUP_S3_ENDPOINT`
for a non-AWS store, and the standard `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_REGION`),
and for the replica `ZODIAC_BACKUP_S3_REPLICA_BUCKET` with `ZODIAC_BACKUP_S3_REPLICA_REGION` (and
`ZODIAC_BACKUP_S3_REPLICA_ENDPOINT`). Uploads go through boto3's transfer manager: multipart above
8 MiB, each part sent with its SHA-256 (`ChecksumAlgorithm`), which the store checks on arrival;
the archive's own SHA-256 travels as object metadata and is compared on every download.
boto3 is synchronous: callers run these methods in a thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zodiac_platform.config import ConfigError, read_str

MULTIPART_ABOVE = 8 * 1024 * 1024
CHECKSUM_METADATA = "sha256"


class OffsiteError(RuntimeError):
    """An upload, download or deletion failed; the message says why."""


@dataclass(frozen=True)
class Bucket:
    name: str
    region: str | None = None
    endpoint: str | None = None

    def url(self, key: str) -> str:
        return f"s3://{self.name}/{key}"


@dataclass(frozen=True)
class OffsiteSettings:
    primary: Bucket
    replica: Bucket | None = None
    prefix: str = ""
    # Unset: boto3's own chain (instance or pod role, shared config files).
    access_key_id: str | None = field(default=None, repr=False)
    secret_access_key: str | None = field(default=None, repr=False)

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> OffsiteSettings | None:
        bucket = read_str(env, "ZODIAC_BACKUP_S3_BUCKET")
        if not bucket:
            return None
        region = read_str(env, "AWS_REGION") or read_str(env, "AWS_DEFAULT_REGION")
        endpoint = read_str(env, "ZODIAC_BACKUP_S3_ENDPOINT")
        replica_name = read_str(env, "ZODIAC_BACKUP_S3_REPLICA_BUCKET")
        replica = None
        if replica_name:
            replica_region = read_str(env, "ZODIAC_BACKUP_S3_REPLICA_REGION")
            if not replica_region:
                raise ConfigError("ZODIAC_BACKUP_S3_REPLICA_BUCKET needs ZODIAC_BACKUP_S3_REPLICA_REGION (another region)")
            if replica_name == bucket and replica_region == region:
                raise ConfigError("the replica bucket must differ from ZODIAC_BACKUP_S3_BUCKET")
            replica = Bucket(replica_name, replica_region, read_str(env, "ZODIAC_BACKUP_S3_REPLICA_ENDPOINT") or endpoint)
        prefix = (read_str(env, "ZODIAC_BACKUP_S3_PREFIX") or "").strip("/")
        return cls(
            Bucket(bucket, region, endpoint), replica, prefix,
            read_str(env, "AWS_ACCESS_KEY_ID"), read_str(env, "AWS_SECRET_ACCESS_KEY"),
        )

    @property
    def buckets(self) -> tuple[Bucket, ...]:
        return (self.primary,) if self.replica is None else (self.primary, self.replica)

    def key(self, file_name: str) -> str:
        return f"{self.prefix}/{file_name}" if self.prefix else file_name


def _failures() -> tuple[type[Exception], ...]:
    """What a request can fail with: boto3's and botocore's errors (imported only once off-site
    copies are configured), and the file system's."""
    from boto3.exceptions import Boto3Error
    from botocore.exceptions import BotoCoreError, ClientError

    return (Boto3Error, BotoCoreError, ClientError, OSError)


def _parse(url: str) -> tuple[str, str]:
    if not url.startswith("s3://") or "/" not in url[5:]:
        raise OffsiteError(f"{url!r} is not an s3://bucket/key location")
    bucket, _, key = url[5:].partition("/")
    return bucket, key


class Offsite:
    def __init__(self, settings: OffsiteSettings) -> None:
        self.settings = settings
        self._clients: dict[Bucket, Any] = {}

    def _client(self, bucket: Bucket) -> Any:
        """One boto3 client per bucket (region and endpoint), made on first use."""
        if bucket not in self._clients:
            import boto3
            from botocore.config import Config

            self._clients[bucket] = boto3.client(
                "s3", region_name=bucket.region, endpoint_url=bucket.endpoint,
                aws_access_key_id=self.settings.access_key_id, aws_secret_access_key=self.settings.secret_access_key,
                config=Config(retries={"max_attempts": 5, "mode": "standard"}, connect_timeout=10, read_timeout=60),
            )
        return self._clients[bucket]

    def _bucket(self, name: str) -> Bucket:
        for bucket in self.settings.buckets:
            if bucket.name == name:
                return bucket
        return Bucket(name, self.settings.primary.region, self.settings.primary.endpoint)

    def upload(self, archive: Path, manifest: Path, sha256: str) -> list[str]:
        """Put the archive and its manifest in every bucket; the archive's locations."""
        from boto3.s3.transfer import TransferConfig

        transfer = TransferConfig(multipart_threshold=MULTIPART_ABOVE, multipart_chunksize=MULTIPART_ABOVE)
        locations = []
        for bucket in self.settings.buckets:
            client, key = self._client(bucket), self.settings.key(archive.name)
            try:
                for path, object_key in ((archive, key), (manifest, self.settings.key(manifest.name))):
                    client.upload_file(
                        str(path), bucket.name, object_key, Config=transfer,
                        ExtraArgs={"ChecksumAlgorithm": "SHA256", "Metadata": {CHECKSUM_METADATA: sha256}},
                    )
                stored = client.head_object(Bucket=bucket.name, Key=key)
            except _failures() as error:
                raise OffsiteError(f"uploading to {bucket.url(key)} failed: {error}") from error
            if stored["ContentLength"] != archive.stat().st_size or stored["Metadata"].get(CHECKSUM_METADATA) != sha256:
                raise OffsiteError(f"{bucket.url(key)} does not hold what was sent (size or checksum differ)")
            locations.append(bucket.url(key))
        return locations

    def download(self, location: str, destination: Path) -> str:
        """Fetch an archive; the SHA-256 recorded with it when it was uploaded."""
        name, key = _parse(location)
        client = self._client(self._bucket(name))
        try:
            client.download_file(name, key, str(destination))
            metadata = client.head_object(Bucket=name, Key=key)["Metadata"]
        except _failures() as error:
            raise OffsiteError(f"downloading {location} failed: {error}") from error
        return str(metadata.get(CHECKSUM_METADATA, ""))

    def delete(self, location: str) -> None:
        """Remove an archive and its manifest (gone already is fine)."""
        name, key = _parse(location)
        client = self._client(self._bucket(name))
        try:
            client.delete_objects(Bucket=name, Delete={"Objects": [{"Key": key}, {"Key": f"{key}.json"}], "Quiet": True})
        except _failures() as error:
            raise OffsiteError(f"deleting {location} failed: {error}") from error
