"""`python -m subscription_service`: serve SubscriptionService until SIGTERM or SIGINT."""

import sys

from subscription_service.app import serve
from subscription_service.config import SubscriptionSettings
from zodiac_platform.config import ConfigError
from zodiac_platform.runner import configure_logging, run_service, service_database_url


def main() -> None:
    try:
        settings = SubscriptionSettings.from_env()
        configure_logging(settings.platform.log_level)
        dsn = service_database_url(settings.platform, "SUBSCRIPTION_DATABASE_URL", "zodiac_subscription")
    except ConfigError as error:
        sys.exit(f"configuration error: {error}")
    run_service(lambda: serve(settings, dsn))


if __name__ == "__main__":
    main()
