"""The natal wheel SVG: parsed back with ElementTree and checked against the documented angle
convention (θ = 180° + λ − λ_left, counterclockwise from 3 o'clock; y = cy − r·sin θ)."""

from __future__ import annotations

import datetime as dt
import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from horoscope_service.chart_svg import render_wheel
from horoscope_service.model import Aspect, Body
from horoscope_service.natal_model import ChartAspect, HouseSystem, NatalChart, Position

SVG = "{http://www.w3.org/2000/svg}"
SIGN_GLYPHS = {glyph + "\ufe0e" for glyph in "♈♉♊♋♌♍♎♏♐♑♒♓"}
BIRTH = dt.datetime(1990, 5, 17, 8, 30, tzinfo=dt.UTC)
SPREAD_LONGITUDES = (56.2, 140.9, 40.3, 80.7, 300.2, 190.4, 250.8, 20.5, 330.1, 275.6)
PLACIDUS_CUSPS = (100.0, 128.5, 157.0, 190.0, 222.0, 252.0, 280.0, 308.5, 337.0, 10.0, 42.0, 72.0)


def _positions(longitudes: tuple[float, ...], retrograde: frozenset[Body] = frozenset()) -> tuple[Position, ...]:
    return tuple(Position(body, longitude, retrograde=body in retrograde) for body, longitude in zip(Body, longitudes, strict=True))


def placidus_chart() -> NatalChart:
    return NatalChart(
        moment=BIRTH, latitude=48.85, longitude=2.35, time_zone="Europe/Paris", time_unknown=False,
        positions=_positions(SPREAD_LONGITUDES, retrograde=frozenset({Body.SATURN, Body.PLUTO})),
        ascendant=100.0, midheaven=10.0, cusps=PLACIDUS_CUSPS, house_system=HouseSystem.PLACIDUS,
        aspects=(
            ChartAspect(Body.SUN, Body.MERCURY, Aspect.CONJUNCTION, 1.0),
            ChartAspect(Body.SUN, Body.NEPTUNE, Aspect.OPPOSITION, 5.9),
            ChartAspect(Body.MOON, Body.NEPTUNE, Aspect.SQUARE, 0.3),
            ChartAspect(Body.MOON, Body.URANUS, Aspect.SEXTILE, 1.3),
            ChartAspect(Body.VENUS, Body.JUPITER, Aspect.TRINE, 3.7),
        ),
    )


def time_unknown_chart() -> NatalChart:
    return NatalChart(
        moment=BIRTH.replace(hour=12, minute=0), latitude=0.0, longitude=0.0, time_zone="UTC", time_unknown=True,
        positions=_positions(SPREAD_LONGITUDES),
        aspects=(ChartAspect(Body.MOON, Body.URANUS, Aspect.SEXTILE, 1.3),),
    )


def clustered_chart(cluster: tuple[float, float, float, float]) -> NatalChart:
    """The Sun, Mercury, Venus and Mars within 5° of each other; the rest spread out."""
    longitudes = (cluster[0], 100.0, cluster[1], cluster[2], cluster[3], 150.0, 250.0, 290.0, 320.0, 60.0)
    return NatalChart(
        moment=BIRTH, latitude=40.0, longitude=-74.0, time_zone="America/New_York", time_unknown=False,
        positions=_positions(longitudes), ascendant=250.0, midheaven=160.0,
        cusps=tuple((250.0 + 30.0 * house) % 360.0 for house in range(12)), house_system=HouseSystem.WHOLE_SIGN,
    )


TRANSITS = (Position(Body.SUN, 15.0), Position(Body.MOON, 17.0), Position(Body.SATURN, 333.3, retrograde=True),
            Position(Body.JUPITER, 200.0))


# --- reading the SVG back ---------------------------------------------------------------------------


def _parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def _number(element: ET.Element, name: str) -> float:
    value = element.get(name)
    if value is None:
        raise AssertionError(f"<{element.tag}> has no {name}")
    return float(value)


def _all(root: ET.Element, tag: str, css_class: str) -> list[ET.Element]:
    return [element for element in root.iter(SVG + tag) if css_class in (element.get("class") or "").split()]


def _one(root: ET.Element, tag: str, css_class: str) -> ET.Element:
    found = _all(root, tag, css_class)
    assert len(found) == 1, f"{len(found)} <{tag} class={css_class}>"
    return found[0]


def _body_groups(root: ET.Element, *, transit: bool) -> dict[str, ET.Element]:
    return {group.attrib["data-body"]: group for group in root.iter(SVG + "g")
            if "data-body" in group.attrib and (group.get("data-transit") == "true") == transit}


def _centre_and_radius(circle: ET.Element) -> tuple[float, float, float]:
    return _number(circle, "cx"), _number(circle, "cy"), _number(circle, "r")


def _expected_point(longitude: float, left_longitude: float, centre: tuple[float, float], radius: float) -> tuple[float, float]:
    theta = math.radians(180.0 + longitude - left_longitude)
    return centre[0] + radius * math.cos(theta), centre[1] - radius * math.sin(theta)


def _glyph_point(group: ET.Element) -> tuple[float, float]:
    glyph = _one(group, "text", "glyph")
    return _number(glyph, "x"), _number(glyph, "y")


def _extent_points(element: ET.Element, size: float) -> list[tuple[float, float]]:
    """Points that bound what the element draws (text: a box one font size each way)."""
    tag = element.tag.removeprefix(SVG)
    if tag == "line":
        return [(_number(element, "x1"), _number(element, "y1")), (_number(element, "x2"), _number(element, "y2"))]
    if tag == "circle":
        cx, cy, r = _centre_and_radius(element)
        return [(cx - r, cy - r), (cx + r, cy + r)]
    if tag == "rect":
        x, y = _number(element, "x"), _number(element, "y")
        return [(x, y), (x + _number(element, "width"), y + _number(element, "height"))]
    if tag == "text":
        x, y, font_size = _number(element, "x"), _number(element, "y"), _number(element, "font-size")
        return [(x - font_size, y - font_size), (x + font_size, y + font_size)]
    if tag == "path":
        return _path_points(element.attrib["d"], size)
    raise AssertionError(f"unexpected drawn element <{tag}>")


def _path_points(d: str, size: float) -> list[tuple[float, float]]:
    """M/L/A/Z paths; an arc must lie on a circle about the viewBox centre that fits in the viewBox."""
    tokens = re.findall(r"[A-Za-z]|-?\d+(?:\.\d+)?", d)
    points: list[tuple[float, float]] = []
    index = 0
    while index < len(tokens):
        command = tokens[index]
        if command in ("M", "L"):
            points.append((float(tokens[index + 1]), float(tokens[index + 2])))
            index += 3
        elif command == "A":
            radius, x, y = float(tokens[index + 1]), float(tokens[index + 6]), float(tokens[index + 7])
            assert radius <= size / 2
            assert math.dist((x, y), (size / 2, size / 2)) == pytest.approx(radius, abs=0.5)
            points.append((x, y))
            index += 8
        elif command == "Z":
            index += 1
        else:
            raise AssertionError(f"unexpected path command {command}")
    return points


def _luminance(colour: str) -> float:
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


# --- the tests ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [600, 360])
def test_the_root_is_an_svg_document_with_the_view_box(size: int) -> None:
    svg = render_wheel(placidus_chart(), size=size)
    root = _parse(svg)
    assert svg.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    assert root.tag == SVG + "svg"
    assert root.get("viewBox") == f"0 0 {size} {size}"
    assert root.get("width") == root.get("height") == str(size)


@pytest.mark.parametrize(
    "chart",
    [placidus_chart(), time_unknown_chart(), clustered_chart((200.0, 201.5, 203.0, 204.8)),
     clustered_chart((358.5, 359.5, 0.5, 2.0))],
    ids=["placidus", "time-unknown", "cluster", "cluster-across-aries"],
)
def test_each_tick_starts_on_the_sign_bands_inner_circle_at_the_exact_longitude(chart: NatalChart) -> None:
    root = _parse(render_wheel(chart))
    cx, cy, radius = _centre_and_radius(_one(root, "circle", "band-inner"))
    left = chart.ascendant if chart.ascendant is not None else 0.0
    groups = _body_groups(root, transit=False)
    assert set(groups) == {position.body.name for position in chart.positions}
    for position in chart.positions:
        group = groups[position.body.name]
        tick = _one(group, "line", "tick")
        expected = _expected_point(position.longitude, left, (cx, cy), radius)
        assert math.dist((_number(tick, "x1"), _number(tick, "y1")), expected) < 0.5, position.body.name
        assert float(group.attrib["data-longitude"]) == pytest.approx(position.longitude, abs=0.001)


def test_the_ascendant_is_at_nine_oclock_and_longitude_increases_counterclockwise() -> None:
    root = _parse(render_wheel(placidus_chart()))
    cx, cy, radius = _centre_and_radius(_one(root, "circle", "band-inner"))
    first_cusp = next(line for line in _all(root, "line", "cusp") if "angle" in line.attrib["class"].split())
    assert _number(first_cusp, "x2") == pytest.approx(cx - radius, abs=0.5)
    assert _number(first_cusp, "y2") == pytest.approx(cy, abs=0.5)
    # The MC (10°, 90° before the ASC at 100°) is near the top.
    mc_label = next(label for label in _all(root, "text", "angle-label") if label.text == "MC")
    assert _number(mc_label, "y") < cy - radius / 2


def test_time_unknown_puts_zero_aries_at_the_left() -> None:
    root = _parse(render_wheel(time_unknown_chart()))
    cx, cy, radius = _centre_and_radius(_one(root, "circle", "band-outer"))
    aries = _all(root, "path", "sign-segment")[0]
    start_x, start_y = (float(value) for value in aries.attrib["d"].split()[1:3])
    assert math.dist((start_x, start_y), (cx - radius, cy)) < 0.5


@pytest.mark.parametrize("transits", [(), TRANSITS], ids=["natal", "with-transits"])
@pytest.mark.parametrize("chart", [placidus_chart(), time_unknown_chart(), clustered_chart((358.5, 359.5, 0.5, 2.0))],
                         ids=["placidus", "time-unknown", "cluster"])
def test_every_drawn_element_stays_inside_the_view_box(chart: NatalChart, transits: tuple[Position, ...]) -> None:
    size = 500
    root = _parse(render_wheel(chart, transits=transits, size=size))
    drawn = [element for element in root.iter() if element.tag not in (SVG + "svg", SVG + "g", SVG + "title")]
    assert drawn
    for element in drawn:
        for x, y in _extent_points(element, size):
            assert 0 <= x <= size and 0 <= y <= size, ET.tostring(element, encoding="unicode")


def test_the_twelve_sign_glyphs_are_drawn_as_text() -> None:
    root = _parse(render_wheel(placidus_chart()))
    signs = _all(root, "text", "sign")
    assert len(signs) == 12
    assert {sign.text for sign in signs} == SIGN_GLYPHS
    assert len(_all(root, "path", "sign-segment")) == 12


def test_house_cusps_and_numbers_are_drawn_when_there_are_twelve_cusps() -> None:
    root = _parse(render_wheel(placidus_chart()))
    cusps = _all(root, "line", "cusp")
    assert len(cusps) == 12
    assert len([cusp for cusp in cusps if "angle" in cusp.attrib["class"].split()]) == 4
    assert sorted(int(text.text or "") for text in _all(root, "text", "house-number")) == list(range(1, 13))
    assert {label.text for label in _all(root, "text", "angle-label")} == {"ASC", "MC"}


def test_no_houses_or_angles_are_drawn_when_the_time_is_unknown() -> None:
    root = _parse(render_wheel(time_unknown_chart()))
    assert _all(root, "line", "cusp") == []
    assert _all(root, "text", "house-number") == []
    assert _all(root, "text", "angle-label") == []


@pytest.mark.parametrize("chart", [placidus_chart(), time_unknown_chart(), clustered_chart((200.0, 201.5, 203.0, 204.8))],
                         ids=["five-aspects", "one-aspect", "no-aspects"])
def test_one_aspect_line_is_drawn_per_aspect(chart: NatalChart) -> None:
    root = _parse(render_wheel(chart))
    lines = _all(root, "line", "aspect")
    assert len(lines) == len(chart.aspects)
    assert [(line.get("data-aspect"), line.get("data-bodies")) for line in lines] == [
        (aspect.aspect.name, f"{aspect.body.name} {aspect.other.name}") for aspect in chart.aspects
    ]


def test_aspect_lines_join_the_bodies_on_the_inner_circle_and_thin_with_the_orb() -> None:
    chart = placidus_chart()
    root = _parse(render_wheel(chart))
    cx, cy, radius = _centre_and_radius(_one(root, "circle", "inner"))
    lines = {line.attrib["data-bodies"]: line for line in _all(root, "line", "aspect")}
    square = lines["MOON NEPTUNE"]
    moon, neptune = chart.position(Body.MOON).longitude, chart.position(Body.NEPTUNE).longitude
    assert math.dist((_number(square, "x1"), _number(square, "y1")), _expected_point(moon, 100.0, (cx, cy), radius)) < 0.5
    assert math.dist((_number(square, "x2"), _number(square, "y2")), _expected_point(neptune, 100.0, (cx, cy), radius)) < 0.5
    assert _number(lines["SUN NEPTUNE"], "stroke-width") < _number(square, "stroke-width")  # orb 5.9° against 0.3°
    assert lines["SUN NEPTUNE"].get("stroke") == square.get("stroke")  # opposition and square: both red
    assert lines["VENUS JUPITER"].get("stroke") == lines["MOON URANUS"].get("stroke") != square.get("stroke")


@pytest.mark.parametrize("cluster", [(200.0, 201.5, 203.0, 204.8), (358.5, 359.5, 0.5, 2.0)], ids=["libra", "across-aries"])
def test_clustered_glyphs_are_spread_apart_with_connectors(cluster: tuple[float, float, float, float]) -> None:
    root = _parse(render_wheel(clustered_chart(cluster), size=600))
    groups = _body_groups(root, transit=False)
    glyphs = {name: _glyph_point(group) for name, group in groups.items()}
    names = sorted(glyphs)
    closest = min(math.dist(glyphs[a], glyphs[b]) for a in names for b in names if a < b)
    assert closest >= 18.0  # about a glyph's width at 600 px
    for name in ("SUN", "MERCURY", "VENUS", "MARS"):
        assert len(_all(groups[name], "line", "connector")) == 1, name
    assert _all(groups["SATURN"], "line", "connector") == []  # alone: drawn at its exact longitude


def test_retrograde_bodies_are_marked() -> None:
    root = _parse(render_wheel(placidus_chart()))
    marked = {group.attrib["data-body"] for group in _body_groups(root, transit=False).values() if _all(group, "text", "retrograde")}
    assert marked == {"SATURN", "PLUTO"}
    assert {mark.text for mark in _all(root, "text", "retrograde")} == {"\u211e"}


def test_transits_are_drawn_on_a_ring_outside_the_sign_band() -> None:
    root = _parse(render_wheel(placidus_chart(), transits=TRANSITS))
    cx, cy, band_outer = _centre_and_radius(_one(root, "circle", "band-outer"))
    transit_outer = _number(_one(root, "circle", "transit-outer"), "r")
    transits = [group for group in root.iter(SVG + "g") if group.get("data-transit") == "true"]
    assert [group.attrib["data-body"] for group in transits] == [position.body.name for position in TRANSITS]
    for group, position in zip(transits, TRANSITS, strict=True):
        tick = _one(group, "line", "tick")
        expected = _expected_point(position.longitude, 100.0, (cx, cy), band_outer)
        assert math.dist((_number(tick, "x1"), _number(tick, "y1")), expected) < 0.5
        assert band_outer < math.dist(_glyph_point(group), (cx, cy)) < transit_outer
        assert float(group.attrib["data-longitude"]) == pytest.approx(position.longitude, abs=0.001)
    assert len(_body_groups(root, transit=False)) == 10


def test_no_transit_ring_without_transits() -> None:
    root = _parse(render_wheel(placidus_chart()))
    assert _body_groups(root, transit=True) == {}
    assert _all(root, "circle", "transit-outer") == []


def test_transits_shrink_the_wheel_to_make_room() -> None:
    plain = _number(_one(_parse(render_wheel(placidus_chart())), "circle", "band-outer"), "r")
    with_transits = _number(_one(_parse(render_wheel(placidus_chart(), transits=TRANSITS)), "circle", "band-outer"), "r")
    assert with_transits < plain


def test_dark_mode_draws_light_strokes_on_a_dark_background() -> None:
    light = _parse(render_wheel(placidus_chart()))
    dark = _parse(render_wheel(placidus_chart(), dark=True))
    light_background = _one(light, "rect", "background").attrib["fill"]
    dark_background = _one(dark, "rect", "background").attrib["fill"]
    assert _luminance(light_background) > 0.9
    assert _luminance(dark_background) < 0.2
    assert _luminance(_one(dark, "circle", "band-outer").attrib["stroke"]) > 0.7
    assert _luminance(_one(light, "circle", "band-outer").attrib["stroke"]) < 0.3


def test_the_font_family_covers_the_astrological_symbols() -> None:
    root = _parse(render_wheel(placidus_chart()))
    assert "DejaVu Sans" in (root.get("font-family") or "")
    assert {glyph.text for glyph in _all(root, "text", "glyph")} == {glyph + "\ufe0e" for glyph in "☉☽☿♀♂♃♄♅♆♇"}


def test_a_too_small_size_is_refused() -> None:
    with pytest.raises(ValueError, match="size"):
        render_wheel(placidus_chart(), size=10)


def test_a_rendered_example_is_a_well_formed_file(tmp_path: Path) -> None:
    path = tmp_path / "wheel.svg"
    path.write_text(render_wheel(placidus_chart(), transits=TRANSITS, dark=True), encoding="utf-8")
    root = ET.parse(path).getroot()
    assert root.tag == SVG + "svg"
    assert len(_body_groups(root, transit=False)) == 10
    assert len(_body_groups(root, transit=True)) == len(TRANSITS)
