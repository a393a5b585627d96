"""`python -m horoscope_service`: serve HoroscopeService until SIGTERM or SIGINT."""

from horoscope_service.app import serve
from horoscope_service.config import HoroscopeSettings
from zodiac_platform.runner import run_service

if __name__ == "__main__":
    run_service(HoroscopeSettings.from_env, serve, database_variable="HOROSCOPE_DATABASE_URL", role="zodiac_horoscope")
