"""Horoscopes written by an OpenAI-compatible chat-completions endpoint, falling back per item.

The sky facts, lucky number and compatible sign come from the offline generator (they are facts
and deterministic choices, not prose); the model writes the texts in the requested language as
structured JSON. Any failure for an item (network, timeout, refusal, malformed JSON) falls back
to the offline text for that item, and the stored `model` says which one actually wrote it.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, replace

from openai.types.chat import ChatCompletionMessageParam
from openai.types.shared_params.response_format_json_schema import JSONSchema

from horoscope_service.model import MAX_SECTION_CHARS, HoroscopeKey, Period, Written
from horoscope_service.offline_generator import OfflineGenerator
from horoscope_service.phrasebooks import phrasebook

log = logging.getLogger(__name__)

_TEXT_FIELDS = ("summary", "love", "career", "health", "mood", "lucky_color")
_SCHEMA: JSONSchema = {
    "name": "horoscope",
    "strict": True,
    "schema": {
        "type": "object",
        "additionalProperties": False,
        "required": list(_TEXT_FIELDS),
        "properties": {name: {"type": "string"} for name in _TEXT_FIELDS},
    },
}
_LANGUAGE_NAMES = {"en": "English", "es": "Spanish", "pt": "Brazilian Portuguese", "fr": "French",
                   "de": "German", "it": "Italian"}


@dataclass(frozen=True)
class LlmSettings:
    base_url: str
    api_key: str
    model: str
    timeout: float = 30.0
    max_retries: int = 1


class LlmGenerator:
    def __init__(self, settings: LlmSettings, fallback: OfflineGenerator | None = None) -> None:
        from openai import AsyncOpenAI  # imported only when configured

        self.model = settings.model
        self._fallback = fallback or OfflineGenerator()
        self._client = AsyncOpenAI(
            base_url=settings.base_url,
            api_key=settings.api_key,
            timeout=settings.timeout,
            max_retries=settings.max_retries,
        )

    async def close(self) -> None:
        await self._client.close()

    def _prompt(self, key: HoroscopeKey, grounded: Written) -> list[ChatCompletionMessageParam]:
        book = phrasebook(key.language)
        period = "day" if key.period is Period.DAILY else "week"
        facts = json.dumps(grounded.content.sky.to_json() if grounded.content.sky else {}, ensure_ascii=False)
        return [
            {
                "role": "system",
                "content": "You are an astrologer writing warm, specific, non-repetitive horoscopes. "
                "Ground every statement in the sky facts given; mention a retrograde planet only if it is "
                "listed as retrograde. Answer with JSON only.",
            },
            {
                "role": "user",
                "content": (
                    f"Write the {period} horoscope for {book.sign(key.sign)} from {key.start_date} to "
                    f"{key.end_date} (UTC) in {_LANGUAGE_NAMES[key.language]}. Sky facts: {facts}. "
                    "Fields: summary (3-5 sentences), love, career, health (1-2 sentences each), "
                    "mood (one or two words), lucky_color (a colour name)."
                ),
            },
        ]

    async def write(self, key: HoroscopeKey) -> Written:
        grounded = await self._fallback.write(key)
        try:
            response = await self._client.chat.completions.create(
                model=self.model,
                messages=self._prompt(key, grounded),
                response_format={"type": "json_schema", "json_schema": _SCHEMA},
            )
            texts = json.loads(response.choices[0].message.content or "")
            if not isinstance(texts, dict) or not all(
                isinstance(texts.get(f), str) and 0 < len(texts[f]) <= MAX_SECTION_CHARS for f in _TEXT_FIELDS
            ):
                raise ValueError("the reply does not match the horoscope schema")
        except Exception as error:  # any failure falls back to the offline text for this item
            log.warning("LLM failed for %s (%s: %s); using offline text", key.describe(), type(error).__name__, error)
            return grounded
        content = replace(grounded.content, **{f: texts[f].strip() for f in _TEXT_FIELDS})
        tokens = response.usage.total_tokens if response.usage else 0
        return Written(content, response.model or self.model, tokens)
