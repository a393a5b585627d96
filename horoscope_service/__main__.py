"""`python -m horoscope_service`: serve HoroscopeService until SIGTERM or SIGINT."""

import sys

from horoscope_service.app import serve
from horoscope_service.config import HoroscopeSettings
from zodiac_platform.config import ConfigError
from zodiac_platform.runner import configure_logging, database_url, run_service


def main() -> None:
    try:
        settings = HoroscopeSettings.from_env()
        configure_logging(settings.platform.log_level)
        dsn = database_url(settings.platform)
    except ConfigError as error:
        sys.exit(f"configuration error: {error}")
    run_service(lambda: serve(settings, dsn))


if __name__ == "__main__":
    main()
