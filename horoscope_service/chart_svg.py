"""A natal chart drawn as a standalone SVG wheel, with the standard library only.

Angle convention: a zodiac longitude λ (degrees) is drawn at the screen angle

    θ = 180° + (λ − λ_left)

measured counterclockwise from 3 o'clock, where λ_left is the Ascendant, or 0° Aries when the birth
time is unknown. The Ascendant therefore sits at 9 o'clock and longitudes increase counterclockwise.
A point at radius r from the centre (c, c) is (c + r·cos θ, c − r·sin θ): SVG's y axis points down.
`point_at` is the only place this is computed.

From the outside in, the wheel has: the transit ring (only when transits are given), the sign band
with its degree ticks, the natal bodies' ring, the house-number ring (only with twelve cusps) and the
inner circle that holds the aspect lines.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass

from horoscope_service.model import Aspect, Body, Element, Sign
from horoscope_service.natal_model import ChartAspect, NatalChart, Position

__all__ = ["render_wheel", "point_at", "spread_longitudes"]

SVG_NAMESPACE = "http://www.w3.org/2000/svg"
FONT_FAMILY = "DejaVu Sans, Segoe UI Symbol, Noto Sans Symbols, sans-serif"
# Asks for the monochrome text glyph, so that fonts and platforms do not substitute an emoji.
TEXT_PRESENTATION = "\ufe0e"
RETROGRADE_MARK = "\u211e"  # ℞
MIN_GLYPH_SEPARATION = 6.0  # degrees along a ring between two body glyphs
MIN_SIZE = 100

SIGN_GLYPHS: dict[Sign, str] = {
    sign: glyph + TEXT_PRESENTATION for sign, glyph in zip(Sign, "♈♉♊♋♌♍♎♏♐♑♒♓", strict=True)
}
BODY_GLYPHS: dict[Body, str] = {
    body: glyph + TEXT_PRESENTATION for body, glyph in zip(Body, "☉☽☿♀♂♃♄♅♆♇", strict=True)
}


@dataclass(frozen=True)
class Palette:
    background: str
    ink: str  # main strokes and text
    faint: str  # minor ticks, inner rings, connectors
    transit: str  # transiting glyphs and their ticks
    element_fills: dict[Element, str]
    element_opacity: float
    aspect_colours: dict[Aspect, str]


LIGHT = Palette(
    background="#ffffff",
    ink="#2b2d42",
    faint="#8d99ae",
    transit="#7b2cbf",
    element_fills={Element.FIRE: "#e76f51", Element.EARTH: "#6a994e", Element.AIR: "#e9c46a", Element.WATER: "#457b9d"},
    element_opacity=0.16,
    aspect_colours={
        Aspect.CONJUNCTION: "#8d99ae",
        Aspect.SEXTILE: "#2a9d8f",
        Aspect.TRINE: "#2a9d8f",
        Aspect.SQUARE: "#d1495b",
        Aspect.OPPOSITION: "#d1495b",
    },
)
DARK = Palette(
    background="#14161f",
    ink="#e6e8f0",
    faint="#7a8299",
    transit="#c77dff",
    element_fills={Element.FIRE: "#f4a261", Element.EARTH: "#90be6d", Element.AIR: "#f9e79f", Element.WATER: "#74a9cf"},
    element_opacity=0.20,
    aspect_colours={
        Aspect.CONJUNCTION: "#9aa3b5",
        Aspect.SEXTILE: "#4cc9b0",
        Aspect.TRINE: "#4cc9b0",
        Aspect.SQUARE: "#ef6f7c",
        Aspect.OPPOSITION: "#ef6f7c",
    },
)


@dataclass(frozen=True)
class Geometry:
    """Where everything goes, in pixels; `scale` is 1 for a 600 px wheel and scales stroke widths."""

    centre: float
    left_longitude: float
    scale: float
    band_outer: float
    band_inner: float
    body_ring: float
    angle_label_ring: float
    house_ring: float
    inner: float
    transit_outer: float | None

    def point(self, longitude: float, radius: float) -> tuple[float, float]:
        return point_at(longitude, radius, centre=self.centre, left_longitude=self.left_longitude)


@dataclass(frozen=True)
class BodyRing:
    """How one ring of body glyphs is drawn: the tick starts on the sign band's `edge` at the exact
    longitude and ends at `tick_end`; a displaced glyph gets a connector from there to `connector_end`."""

    edge: float
    tick_end: float
    glyph: float
    connector_end: float
    font_size: float
    colour: str
    transit: bool


def point_at(longitude: float, radius: float, *, centre: float, left_longitude: float) -> tuple[float, float]:
    """The point at `radius` from (centre, centre) for a zodiac longitude (see the module docstring)."""
    theta = math.radians(180.0 + longitude - left_longitude)
    return centre + radius * math.cos(theta), centre - radius * math.sin(theta)


def render_wheel(chart: NatalChart, *, transits: Sequence[Position] = (), size: int = 600, dark: bool = False) -> str:
    """The chart as a complete SVG document, `size` pixels square."""
    if size < MIN_SIZE:
        raise ValueError(f"size must be at least {MIN_SIZE} pixels, got {size}")
    palette = DARK if dark else LIGHT
    geometry = _geometry(chart, size, has_transits=bool(transits))
    root = _svg_root(size, palette)
    _draw_sign_band(root, geometry, palette)
    _draw_rings(root, geometry, palette, has_houses=len(chart.cusps) == 12)
    if len(chart.cusps) == 12:
        _draw_houses(root, geometry, palette, chart.cusps)
    _draw_angle_labels(root, geometry, palette, chart)
    _draw_aspects(root, geometry, palette, chart)
    _draw_bodies(root, geometry, chart.positions, _natal_ring(geometry, palette))
    if transits:
        _draw_bodies(root, geometry, transits, _transit_ring(geometry, palette))
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def spread_longitudes(longitudes: Sequence[float], separation: float = MIN_GLYPH_SEPARATION) -> list[float]:
    """Display longitudes (in the input's order) at least `separation` apart round the circle.

    Glyphs closer than `separation` form a group, spread evenly around the group's mean; groups that
    then touch merge, until none do. The circle is cut open at the widest gap between neighbours.
    """
    count = len(longitudes)
    if count < 2:
        return [value % 360.0 for value in longitudes]
    separation = min(separation, 360.0 / count)
    ascending = sorted((value % 360.0, index) for index, value in enumerate(longitudes))
    cut = _widest_gap_end([value for value, _ in ascending])
    line = ascending[cut:] + [(value + 360.0, index) for value, index in ascending[:cut]]
    groups = _merged_groups([[value] for value, _ in line], separation)
    placed = [value for group in groups for value in _group_placements(group, separation)]
    spread = [0.0] * count
    for (_, index), value in zip(line, placed, strict=True):
        spread[index] = value % 360.0
    return spread


def _widest_gap_end(ascending: list[float]) -> int:
    """The index of the longitude just after the widest gap between neighbours round the circle."""
    gaps_before = [ascending[0] + 360.0 - ascending[-1]] + [b - a for a, b in zip(ascending, ascending[1:], strict=False)]
    return gaps_before.index(max(gaps_before))


def _merged_groups(groups: list[list[float]], separation: float) -> list[list[float]]:
    merged = True
    while merged and len(groups) > 1:
        merged = False
        for index in range(len(groups) - 1):
            if _overlap(groups[index], groups[index + 1], separation, offset=0.0):
                groups[index : index + 2] = [groups[index] + groups[index + 1]]
                merged = True
                break
    if len(groups) > 1 and _wraps_round(groups, separation):
        return [[value for group in groups for value in group]]
    return groups


def _wraps_round(groups: list[list[float]], separation: float) -> bool:
    """The last group's glyphs run into the first group's, across the cut."""
    return _overlap(groups[-1], groups[0], separation, offset=360.0)


def _overlap(before: list[float], after: list[float], separation: float, *, offset: float) -> bool:
    """`before`'s last glyph is closer than `separation` to `after`'s first (moved on by `offset`)."""
    tolerance = 1e-9  # groups exactly `separation` apart do not merge
    return _group_placements(before, separation)[-1] + separation > _group_placements(after, separation)[0] + offset + tolerance


def _group_placements(group: list[float], separation: float) -> list[float]:
    mean = sum(group) / len(group)
    return [mean + (index - (len(group) - 1) / 2) * separation for index in range(len(group))]


# --- layout -------------------------------------------------------------------------------------


def _geometry(chart: NatalChart, size: int, *, has_transits: bool) -> Geometry:
    half = size / 2
    wheel = half * (0.82 if has_transits else 0.96)  # the sign band's outer radius
    return Geometry(
        centre=half,
        left_longitude=chart.ascendant if chart.ascendant is not None else 0.0,
        scale=size / 600,
        band_outer=wheel,
        band_inner=wheel * 0.85,
        body_ring=wheel * 0.745,
        angle_label_ring=wheel * 0.655,
        house_ring=wheel * 0.60,
        inner=wheel * 0.50,
        transit_outer=half * 0.98 if has_transits else None,
    )


def _natal_ring(geometry: Geometry, palette: Palette) -> BodyRing:
    font_size = geometry.band_outer * 0.07
    return BodyRing(
        edge=geometry.band_inner,
        tick_end=geometry.band_inner - geometry.band_outer * 0.035,
        glyph=geometry.body_ring,
        connector_end=geometry.body_ring + font_size * 0.6,
        font_size=font_size,
        colour=palette.ink,
        transit=False,
    )


def _transit_ring(geometry: Geometry, palette: Palette) -> BodyRing:
    outer = geometry.transit_outer if geometry.transit_outer is not None else geometry.band_outer
    width = outer - geometry.band_outer
    font_size = width * 0.375
    glyph = geometry.band_outer + width * 0.55
    return BodyRing(
        edge=geometry.band_outer,
        tick_end=geometry.band_outer + width * 0.12,
        glyph=glyph,
        connector_end=glyph - font_size * 0.6,
        font_size=font_size,
        colour=palette.transit,
        transit=True,
    )


# --- drawing ------------------------------------------------------------------------------------


def _svg_root(size: int, palette: Palette) -> ET.Element:
    root = ET.Element(
        "svg",
        {
            "xmlns": SVG_NAMESPACE,
            "width": str(size),
            "height": str(size),
            "viewBox": f"0 0 {size} {size}",
            "font-family": FONT_FAMILY,
            "role": "img",
            "aria-label": "Natal chart wheel",
        },
    )
    ET.SubElement(root, "title").text = "Natal chart wheel"
    ET.SubElement(root, "rect", {"class": "background", "x": "0", "y": "0", "width": str(size), "height": str(size),
                                 "fill": palette.background})
    return root


def _draw_sign_band(root: ET.Element, geometry: Geometry, palette: Palette) -> None:
    band = ET.SubElement(root, "g", {"class": "signs"})
    for sign in Sign:
        start = (sign - 1) * 30.0
        ET.SubElement(band, "path", {
            "class": "sign-segment",
            "d": _annular_sector(geometry, start, start + 30.0),
            "fill": palette.element_fills[sign.element],
            "fill-opacity": _number(palette.element_opacity),
            "stroke": palette.ink,
            "stroke-width": _number(0.8 * geometry.scale),
        })
    for degree in range(0, 360, 5):
        if degree % 30:
            _draw_degree_tick(band, geometry, palette, degree)
    for sign in Sign:
        middle = (sign - 1) * 30.0 + 15.0
        _text(band, geometry.point(middle, (geometry.band_outer + geometry.band_inner) / 2), SIGN_GLYPHS[sign],
              font_size=geometry.band_outer * 0.085, fill=palette.ink, css_class="sign")


def _annular_sector(geometry: Geometry, start: float, end: float) -> str:
    """The band between the sign band's circles from `start` to `end` (counterclockwise on screen,
    which is SVG's negative sweep)."""
    outer, inner = geometry.band_outer, geometry.band_inner
    x1, y1 = geometry.point(start, outer)
    x2, y2 = geometry.point(end, outer)
    x3, y3 = geometry.point(end, inner)
    x4, y4 = geometry.point(start, inner)
    return (f"M {_number(x1)} {_number(y1)} A {_number(outer)} {_number(outer)} 0 0 0 {_number(x2)} {_number(y2)} "
            f"L {_number(x3)} {_number(y3)} A {_number(inner)} {_number(inner)} 0 0 1 {_number(x4)} {_number(y4)} Z")


def _draw_degree_tick(parent: ET.Element, geometry: Geometry, palette: Palette, degree: int) -> None:
    length = geometry.band_outer * (0.045 if degree % 10 == 0 else 0.025)
    _line(parent, geometry.point(degree, geometry.band_inner), geometry.point(degree, geometry.band_inner + length),
          stroke=palette.faint, width=0.7 * geometry.scale, css_class="degree-tick")


def _draw_rings(root: ET.Element, geometry: Geometry, palette: Palette, *, has_houses: bool) -> None:
    rings = ET.SubElement(root, "g", {"class": "rings", "fill": "none"})
    _circle(rings, geometry, geometry.band_outer, stroke=palette.ink, width=1.4 * geometry.scale, css_class="band-outer")
    _circle(rings, geometry, geometry.band_inner, stroke=palette.ink, width=1.2 * geometry.scale, css_class="band-inner")
    if has_houses:
        _circle(rings, geometry, geometry.house_ring, stroke=palette.faint, width=0.8 * geometry.scale, css_class="house-ring")
    _circle(rings, geometry, geometry.inner, stroke=palette.ink, width=1.0 * geometry.scale, css_class="inner")
    if geometry.transit_outer is not None:
        _circle(rings, geometry, geometry.transit_outer, stroke=palette.faint, width=1.0 * geometry.scale, css_class="transit-outer")


def _draw_houses(root: ET.Element, geometry: Geometry, palette: Palette, cusps: tuple[float, ...]) -> None:
    houses = ET.SubElement(root, "g", {"class": "houses"})
    for number, cusp in enumerate(cusps, start=1):
        is_angle = number in (1, 4, 7, 10)
        _line(houses, geometry.point(cusp, geometry.inner), geometry.point(cusp, geometry.band_inner),
              stroke=palette.ink if is_angle else palette.faint, width=(2.0 if is_angle else 0.8) * geometry.scale,
              css_class="cusp angle" if is_angle else "cusp")
    for number, cusp in enumerate(cusps, start=1):
        following = cusps[number % 12]
        middle = cusp + ((following - cusp) % 360.0) / 2
        _text(houses, geometry.point(middle, (geometry.inner + geometry.house_ring) / 2), str(number),
              font_size=geometry.band_outer * 0.045, fill=palette.faint, css_class="house-number")


def _draw_angle_labels(root: ET.Element, geometry: Geometry, palette: Palette, chart: NatalChart) -> None:
    """ASC and MC written beside their longitudes, a few degrees along so as not to sit on the line."""
    labels = ET.SubElement(root, "g", {"class": "angles", "font-weight": "bold"})
    for name, longitude in (("ASC", chart.ascendant), ("MC", chart.midheaven)):
        if longitude is not None:
            _text(labels, geometry.point(longitude + 4.0, geometry.angle_label_ring), name,
                  font_size=geometry.band_outer * 0.04, fill=palette.ink, css_class="angle-label")


def _draw_aspects(root: ET.Element, geometry: Geometry, palette: Palette, chart: NatalChart) -> None:
    aspects = ET.SubElement(root, "g", {"class": "aspects", "stroke-linecap": "round"})
    longitudes = {position.body: position.longitude for position in chart.positions}
    for aspect in chart.aspects:
        _draw_aspect(aspects, geometry, palette, aspect, longitudes)


def _draw_aspect(parent: ET.Element, geometry: Geometry, palette: Palette, aspect: ChartAspect,
                 longitudes: dict[Body, float]) -> None:
    width = max(0.4, 2.0 - 0.2 * abs(aspect.orb)) * geometry.scale  # the wider the orb, the thinner
    line = _line(parent, geometry.point(longitudes[aspect.body], geometry.inner),
                 geometry.point(longitudes[aspect.other], geometry.inner),
                 stroke=palette.aspect_colours[aspect.aspect], width=width, css_class="aspect")
    line.set("data-aspect", aspect.aspect.name)
    line.set("data-bodies", f"{aspect.body.name} {aspect.other.name}")


def _draw_bodies(root: ET.Element, geometry: Geometry, positions: Sequence[Position], ring: BodyRing) -> None:
    layer = ET.SubElement(root, "g", {"class": "transits" if ring.transit else "bodies"})
    shown = spread_longitudes([position.longitude for position in positions])
    for position, shown_longitude in zip(positions, shown, strict=True):
        _draw_body(layer, geometry, ring, position, shown_longitude)


def _draw_body(parent: ET.Element, geometry: Geometry, ring: BodyRing, position: Position, shown_longitude: float) -> None:
    group = ET.SubElement(parent, "g", {"class": "body", "data-body": position.body.name,
                                        "data-longitude": f"{position.longitude:.3f}"})
    if ring.transit:
        group.set("data-transit", "true")
    scale = geometry.scale
    _line(group, geometry.point(position.longitude, ring.edge), geometry.point(position.longitude, ring.tick_end),
          stroke=ring.colour, width=1.4 * scale, css_class="tick")
    if _angular_distance(position.longitude, shown_longitude) > 0.01:
        _line(group, geometry.point(position.longitude, ring.tick_end), geometry.point(shown_longitude, ring.connector_end),
              stroke=ring.colour, width=0.5 * scale, css_class="connector")
    x, y = geometry.point(shown_longitude, ring.glyph)
    _text(group, (x, y), BODY_GLYPHS[position.body], font_size=ring.font_size, fill=ring.colour, css_class="glyph")
    if position.retrograde:
        _text(group, (x + ring.font_size * 0.6, y + ring.font_size * 0.45), RETROGRADE_MARK,
              font_size=ring.font_size * 0.5, fill=ring.colour, css_class="retrograde")


def _angular_distance(a: float, b: float) -> float:
    return abs((a - b + 180.0) % 360.0 - 180.0)


# --- elements -----------------------------------------------------------------------------------


def _line(parent: ET.Element, start: tuple[float, float], end: tuple[float, float], *, stroke: str, width: float,
          css_class: str) -> ET.Element:
    return ET.SubElement(parent, "line", {
        "class": css_class,
        "x1": _number(start[0]), "y1": _number(start[1]), "x2": _number(end[0]), "y2": _number(end[1]),
        "stroke": stroke, "stroke-width": _number(width),
    })


def _circle(parent: ET.Element, geometry: Geometry, radius: float, *, stroke: str, width: float, css_class: str) -> ET.Element:
    return ET.SubElement(parent, "circle", {
        "class": css_class,
        "cx": _number(geometry.centre), "cy": _number(geometry.centre), "r": _number(radius),
        "fill": "none", "stroke": stroke, "stroke-width": _number(width),
    })


def _text(parent: ET.Element, at: tuple[float, float], content: str, *, font_size: float, fill: str,
          css_class: str) -> ET.Element:
    element = ET.SubElement(parent, "text", {
        "class": css_class,
        "x": _number(at[0]), "y": _number(at[1]),
        "font-size": _number(font_size), "fill": fill,
        "text-anchor": "middle", "dominant-baseline": "central",
    })
    element.text = content
    return element


def _number(value: float) -> str:
    return f"{value:.2f}"
