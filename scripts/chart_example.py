"""Writes docs/natal-chart-example.svg: Albert Einstein's natal wheel (Ulm, 14 March 1879, 11:30
local mean time; Astro-Databank rating AA) with the transits of 6 January 2027, as RenderNatalChart
draws it. `python scripts/chart_example.py` (a test checks the file is current)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from horoscope_service.chart_svg import render_wheel
from horoscope_service.natal_model import Birth
from horoscope_service.personal import locate, sky_positions

EXAMPLE = Path(__file__).parent.parent / "docs" / "natal-chart-example.svg"


def render() -> str:
    chart = locate(Birth(dt.datetime(1879, 3, 14, 11, 30), place="Ulm, Germany")).chart
    return render_wheel(chart, transits=sky_positions(dt.date(2027, 1, 6)), size=600)


if __name__ == "__main__":
    EXAMPLE.write_text(render(), encoding="utf-8")
