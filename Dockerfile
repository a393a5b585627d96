# One image for every Zodiac service and the `zodiac` command.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app

COPY pyproject.toml README.md ./
COPY zodiac ./zodiac
COPY zodiac_platform ./zodiac_platform
COPY zodiac_cli ./zodiac_cli
COPY horoscope_service ./horoscope_service
COPY subscription_service ./subscription_service
COPY migrations ./migrations
# Editable, so that the code finds migrations/ beside it.
RUN pip install -e . && useradd --system --uid 10001 zodiac \
    && mkdir /backups && chown zodiac /backups
USER zodiac

ENV ZODIAC_ENV=production ZODIAC_HOST=0.0.0.0
EXPOSE 50051 50052 8080 9101 9102
CMD ["python", "-m", "horoscope_service"]
