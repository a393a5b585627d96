"""Horoscopes written by an OpenAI-compatible chat-completions endpoint: one call per sign and
period writes all six languages, and any language the reply gets wrong falls back to offline text.

The sky facts, lucky number, compatible sign and key-day dates come from the offline generator
(they are facts and deterministic choices, not prose); the model writes the texts and the key-day
notes, as JSON checked against a strict schema (the key-day dates are an enum of the grounded
ones) and again here. The prompt carries the sign's recent summaries, so that the model does not
repeat them. The call's tokens are shared equally among the six items it wrote; the stored `model`
says which model actually wrote each item.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from openai.types.chat import ChatCompletionMessageParam
from openai.types.shared_params.response_format_json_schema import JSONSchema

from horoscope_service.model import LANGUAGES, MAX_SECTION_CHARS, HoroscopeKey, KeyDay, Period, Sign, Written
from horoscope_service.offline_generator import OfflineGenerator
from horoscope_service.phrasebooks import phrasebook

log = logging.getLogger(__name__)

TEXT_FIELDS = ("summary", "love", "career", "health", "mood", "lucky_color")
MAX_NOTE_CHARS = 200
_LANGUAGE_NAMES = {"en": "English", "es": "Spanish", "pt": "Brazilian Portuguese", "fr": "French",
                   "de": "German", "it": "Italian"}
_PERIOD_WORDS = {Period.DAILY: "day", Period.WEEKLY: "week", Period.MONTHLY: "month"}
# How long one call's answer serves the other languages of its sign and period.
BATCH_SECONDS = 900.0
# Recent summaries of the sign the model is shown, by period.
RECENT = {Period.DAILY: 7, Period.WEEKLY: 2, Period.MONTHLY: 2}

# The sign's latest summaries before the key's period (English, newest first).
RecentSummaries = Callable[[HoroscopeKey, int], Awaitable[Sequence[str]]]


@dataclass(frozen=True)
class LlmSettings:
    base_url: str
    api_key: str
    model: str
    timeout: float = 30.0
    max_retries: int = 1


def schema(key_day_dates: list[str]) -> JSONSchema:
    """One object per language: the texts, and a note for each key-day date (if any)."""
    note = {
        "type": "object",
        "additionalProperties": False,
        "required": ["date", "note"],
        "properties": {"date": {"type": "string", "enum": key_day_dates}, "note": {"type": "string"}},
    }
    item = {
        "type": "object",
        "additionalProperties": False,
        "required": [*TEXT_FIELDS, "key_days"],
        "properties": {**{name: {"type": "string"} for name in TEXT_FIELDS}, "key_days": {"type": "array", "items": note}},
    }
    return {
        "name": "horoscopes",
        "strict": True,
        "schema": {
            "type": "object",
            "additionalProperties": False,
            "required": list(LANGUAGES),
            "properties": {language: item for language in LANGUAGES},
        },
    }


@dataclass(frozen=True)
class _Reply:
    items: dict[str, dict[str, Any]]  # language -> validated item
    model: str
    tokens_per_item: int


def _valid_item(item: object, dates: list[str]) -> dict[str, Any] | None:
    if not isinstance(item, dict):
        return None
    texts = {name: item.get(name) for name in TEXT_FIELDS}
    if not all(isinstance(t, str) and 0 < len(t.strip()) <= MAX_SECTION_CHARS and "\x00" not in t for t in texts.values()):
        return None
    notes = item.get("key_days")
    if not isinstance(notes, list) or not all(isinstance(n, dict) for n in notes):
        return None
    by_date = {n.get("date"): n.get("note") for n in notes}
    if sorted(by_date) != sorted(dates) or not all(
        isinstance(n, str) and 0 < len(n.strip()) <= MAX_NOTE_CHARS and "\x00" not in n for n in by_date.values()
    ):
        return None
    return {**{name: str(t).strip() for name, t in texts.items()}, "key_days": {d: str(n).strip() for d, n in by_date.items()}}


class LlmGenerator:
    def __init__(
        self,
        settings: LlmSettings,
        fallback: OfflineGenerator | None = None,
        recent: RecentSummaries | None = None,
    ) -> None:
        from openai import AsyncOpenAI  # imported only when configured

        self.model = settings.model
        self._fallback = fallback or OfflineGenerator()
        self._recent = recent
        self._client = AsyncOpenAI(
            base_url=settings.base_url,
            api_key=settings.api_key,
            timeout=settings.timeout,
            max_retries=settings.max_retries,
        )
        self._batches: dict[tuple[Period, dt.date, Sign], asyncio.Task[_Reply | None]] = {}

    async def close(self) -> None:
        for task in self._batches.values():
            task.cancel()
        await self._client.close()

    def _prompt(self, key: HoroscopeKey, grounded: Written, recent: Sequence[str]) -> list[ChatCompletionMessageParam]:
        content = grounded.content
        facts = json.dumps(content.sky.to_json() if content.sky else {}, ensure_ascii=False)
        names = {language: phrasebook(language).sign(key.sign) for language in LANGUAGES}
        key_days = [{"date": k.date.isoformat(), "what": k.note} for k in content.key_days]
        period = _PERIOD_WORDS[key.period]
        lines = [
            f"Write the {period} horoscope for {names['en']} from {key.start_date} to {key.end_date} (UTC), "
            f"once in each language: {', '.join(f'{code} ({_LANGUAGE_NAMES[code]}, sign name {names[code]})' for code in LANGUAGES)}.",
            f"Sky facts for the {period}: {facts}.",
            "Fields per language: summary (3-5 sentences), love, career, health (1-2 sentences each), "
            "mood (one or two words), lucky_color (a colour name), and key_days: one short note (3-9 words) "
            "for each of these dates, on what the sky does that day: " + json.dumps(key_days, ensure_ascii=False) + ".",
            "The six languages say the same things, each written natively (not translated word for word).",
        ]
        if recent:
            lines.append(
                "Do not repeat or closely echo these recent summaries for this sign: "
                + json.dumps(list(recent), ensure_ascii=False)
            )
        return [
            {
                "role": "system",
                "content": "You are an astrologer writing warm, specific, non-repetitive horoscopes. "
                "Ground every statement in the sky facts given; mention a retrograde planet only if it is "
                "listed as retrograde. Answer with JSON only.",
            },
            {"role": "user", "content": "\n".join(lines)},
        ]

    async def _ask(self, key: HoroscopeKey) -> _Reply | None:
        """One call for all six languages of `key`'s sign and period; None when it failed."""
        english = replace(key, language="en")
        grounded = await self._fallback.write(english)
        dates = [k.date.isoformat() for k in grounded.content.key_days]
        recent = await self._recent(english, RECENT[key.period]) if self._recent is not None else ()
        try:
            response = await self._client.chat.completions.create(
                model=self.model,
                messages=self._prompt(key, grounded, recent),
                response_format={"type": "json_schema", "json_schema": schema(dates)},
            )
            reply = json.loads(response.choices[0].message.content or "")
            if not isinstance(reply, dict):
                raise ValueError("the reply is not a JSON object")
        except Exception as error:  # any failure falls back to the offline text for these items
            log.warning("LLM failed for %s (%s: %s); using offline text", english.describe(), type(error).__name__, error)
            return None
        items = {}
        for language in LANGUAGES:
            item = _valid_item(reply.get(language), dates)
            if item is None:
                log.warning("LLM reply for %s has no valid %s item; using offline text", english.describe(), language)
            else:
                items[language] = item
        tokens = response.usage.total_tokens if response.usage else 0
        return _Reply(items, response.model or self.model, tokens // len(LANGUAGES))

    def _batch(self, key: HoroscopeKey) -> asyncio.Task[_Reply | None]:
        batch_key = (key.period, key.start_date, key.sign)
        task = self._batches.get(batch_key)
        if task is None:
            task = self._batches[batch_key] = asyncio.ensure_future(self._ask(key))
            loop = asyncio.get_running_loop()
            task.add_done_callback(lambda _: loop.call_later(BATCH_SECONDS, self._batches.pop, batch_key, None))
        return task

    async def write(self, key: HoroscopeKey) -> Written:
        grounded = await self._fallback.write(key)
        reply = await asyncio.shield(self._batch(key))
        item = reply.items.get(key.language) if reply is not None else None
        if reply is None or item is None:
            return grounded
        key_days = tuple(KeyDay(k.date, item["key_days"][k.date.isoformat()]) for k in grounded.content.key_days)
        content = replace(grounded.content, key_days=key_days, **{name: item[name] for name in TEXT_FIELDS})
        return Written(content, reply.model, reply.tokens_per_item)
