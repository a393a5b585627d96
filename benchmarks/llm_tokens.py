"""What generating a day, a week and a month with an LLM costs in tokens, estimated offline.

The LLM path makes one call per sign and period for all six languages (12 calls a period). This
builds the real prompt of each call (sky facts, key days, the sign's seven recent summaries) and
takes the offline text of the same items, in all six languages, as the size of the answer; both
are counted at four characters a token (OpenAI's rule of thumb; a real endpoint reports exact
usage, which is what gets stored per item).

    python -m benchmarks.llm_tokens [--date 2027-01-04]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json

from horoscope_service.llm_generator import RECENT, TEXT_FIELDS, LlmGenerator, LlmSettings, schema
from horoscope_service.model import LANGUAGES, HoroscopeKey, Period, Sign
from horoscope_service.offline_generator import OfflineGenerator

CHARS_PER_TOKEN = 4


async def _call_tokens(generator: LlmGenerator, offline: OfflineGenerator, key: HoroscopeKey) -> tuple[int, int]:
    grounded = await offline.write(key)
    recent = [(await offline.write(HoroscopeKey.of(key.period, key.start_date - dt.timedelta(days=n + 1), key.sign, "en")))
              .content.summary for n in range(RECENT[key.period])]
    messages = generator._prompt(key, grounded, recent)  # noqa: SLF001 (the real prompt, measured)
    dates = [k.date.isoformat() for k in grounded.content.key_days]
    prompt = sum(len(str(m["content"])) for m in messages) + len(json.dumps(schema(dates)))
    answer = {}
    for language in LANGUAGES:
        content = (await offline.write(HoroscopeKey(key.period, key.start_date, language, key.sign))).content
        answer[language] = {**{f: getattr(content, f) for f in TEXT_FIELDS},
                            "key_days": [{"date": k.date.isoformat(), "note": k.note} for k in content.key_days]}
    completion = len(json.dumps(answer, ensure_ascii=False))
    return prompt // CHARS_PER_TOKEN, completion // CHARS_PER_TOKEN


async def main(day: dt.date) -> None:
    generator = LlmGenerator(LlmSettings(base_url="http://127.0.0.1:9/v1", api_key="unused", model="estimate"))
    offline = OfflineGenerator()
    print(f"{'period':<8} {'calls':>5} {'prompt':>8} {'answer':>8} {'total':>8} {'per item':>8}  (tokens, estimated)")
    try:
        for period in Period:
            prompt = answer = 0
            for sign in Sign:
                p, a = await _call_tokens(generator, offline, HoroscopeKey.of(period, day, sign, "en"))
                prompt, answer = prompt + p, answer + a
            items = len(Sign) * len(LANGUAGES)
            print(f"{period.name.lower():<8} {len(Sign):>5} {prompt:>8} {answer:>8} {prompt + answer:>8} "
                  f"{(prompt + answer) // items:>8}")
    finally:
        await generator.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--date", type=dt.date.fromisoformat, default=dt.date(2027, 1, 4))
    asyncio.run(main(parser.parse_args().date))
