"""What both Zodiac services stand on: configuration, the database, migrations, the gRPC server.

Errors raised by the domain and storage layers (see `zodiac_platform.errors`):

    ZodiacError
    ├── InvalidArgument     -- a request field is wrong; carries field violations
    ├── NotFound
    ├── FailedPrecondition
    ├── Unauthenticated
    ├── PermissionDenied
    └── Unavailable         -- a dependency (the database) is down; retryable

The server interceptor maps each to its gRPC status code in one place.
"""

from zodiac_platform.config import ConfigError, Environment, PlatformSettings
from zodiac_platform.errors import (
    FailedPrecondition,
    FieldViolation,
    InvalidArgument,
    NotFound,
    PermissionDenied,
    Unauthenticated,
    Unavailable,
    ZodiacError,
)

__all__ = [
    "ConfigError",
    "Environment",
    "FailedPrecondition",
    "FieldViolation",
    "InvalidArgument",
    "NotFound",
    "PermissionDenied",
    "PlatformSettings",
    "Unauthenticated",
    "Unavailable",
    "ZodiacError",
]
