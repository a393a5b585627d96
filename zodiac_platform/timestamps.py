"""Aware datetimes to protobuf Timestamps, for every service's responses."""

from __future__ import annotations

import datetime as dt

from google.protobuf import timestamp_pb2


def to_timestamp(moment: dt.datetime) -> timestamp_pb2.Timestamp:
    stamp = timestamp_pb2.Timestamp()
    stamp.FromDatetime(moment.astimezone(dt.UTC))
    return stamp
