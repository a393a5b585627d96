"""`python -m horoscope_service`: serve HoroscopeService until SIGTERM or SIGINT."""

import sys

from horoscope_service.app import serve
from horoscope_service.config import HoroscopeSettings
from zodiac_platform.config import ConfigError
from zodiac_platform.runner import configure_logging, run_service, service_database_url


def main() -> None:
    try:
        settings = HoroscopeSettings.from_env()
        configure_logging(settings.platform.log_level)
        dsn = service_database_url(settings.platform, "HOROSCOPE_DATABASE_URL", "zodiac_horoscope")
    except ConfigError as error:
        sys.exit(f"configuration error: {error}")
    run_service(lambda: serve(settings, dsn))


if __name__ == "__main__":
    main()
