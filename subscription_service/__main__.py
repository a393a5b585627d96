"""`python -m subscription_service`: serve SubscriptionService until SIGTERM or SIGINT."""

from subscription_service.app import serve
from subscription_service.config import SubscriptionSettings
from zodiac_platform.runner import run_service

if __name__ == "__main__":
    run_service(
        SubscriptionSettings.from_env, serve, database_variable="SUBSCRIPTION_DATABASE_URL", role="zodiac_subscription"
    )
