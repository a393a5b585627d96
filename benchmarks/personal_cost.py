"""What one uncached personal horoscope costs: a new birth each time (place, zone, chart, the
period's transits, the text), in this process, per period. The sky's side of the transits is
shared by every chart of a period and kept, as in the service; the first call of a period pays it
and is left out. Target: under 5 ms.

    python -m benchmarks.personal_cost [--count 300]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import time

from horoscope_service.model import LANGUAGES, Period
from horoscope_service.natal_model import Birth
from horoscope_service.personal import compute


def births(count: int, seed: int = 1) -> list[Birth]:
    rng = random.Random(seed)
    return [
        Birth(
            dt.datetime(rng.randint(1900, 2020), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                        rng.randint(0, 59)),
            latitude=round(rng.uniform(-60, 65), 4),
            longitude=round(rng.uniform(-180, 180), 4),
        )
        for _ in range(count)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=300)
    args = parser.parse_args()
    day = dt.date(2027, 1, 6)
    print(f"{'period':<8} {'mean ms':>8} {'p50 ms':>8} {'p99 ms':>8}  (uncached, {args.count} births each)")
    for period in Period:
        people = births(args.count + 1, seed=period.value)
        compute(people[0], period, day, "en")  # the period's sky, shared by every chart
        times = []
        for n, birth in enumerate(people[1:]):
            started = time.perf_counter()
            compute(birth, period, day, LANGUAGES[n % len(LANGUAGES)])
            times.append((time.perf_counter() - started) * 1000)
        times.sort()
        print(f"{period.name.lower():<8} {statistics.mean(times):>8.2f} {times[len(times) // 2]:>8.2f} "
              f"{times[int(len(times) * 0.99)]:>8.2f}")


if __name__ == "__main__":
    main()
