"""Charts for the documents (reportlab graphics, vector, in the bundled font)."""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from banso_desktop.documents.base import FONT, INK, MUTED, RULE, SERIES, Context
from banso_desktop.domain.rokaben import Indicator, PeriodScore

INDICATORS = tuple(Indicator)
LABEL_SIZE = 7.5
LABEL_WIDTH = 50.0  # a spoke label longer than this wraps onto a second line


def _label_lines(text: str, width: float) -> list[str]:
    """A spoke label in lines no wider than ``width`` (at words in English, anywhere in
    Japanese), so long names (運転資本回転期間) do not shrink the chart."""
    if stringWidth(text, FONT, LABEL_SIZE) <= width:
        return [text]
    parts = text.split(" ") if " " in text else list(text)
    joiner = " " if " " in text else ""
    lines, current = [], ""
    for part in parts:
        candidate = f"{current}{joiner}{part}" if current else part
        if current and stringWidth(candidate, FONT, LABEL_SIZE) > width:
            lines.append(current)
            current = part
        else:
            current = candidate
    return lines + [current]


def radar(periods: list[PeriodScore], ctx: Context, width: float, height: float) -> Drawing:
    """The ロカベン radar of the last three periods' points on six spokes (rings at 1–5
    points), with a legend naming each period. Periods without points (no benchmark
    row) draw no polygon, and the chart says why."""
    shown = [p for p in periods[-3:] if any(r.score is not None for r in p.results.values())]
    drawing = Drawing(width, height)
    legend = 16
    names = [_label_lines(ctx.labels.indicator(i.value, short=True), LABEL_WIDTH) for i in INDICATORS]
    widest = max(stringWidth(line, FONT, LABEL_SIZE) for lines in names for line in lines)
    # Spoke labels sit outside the outer ring: the side ones need their full width.
    radius = max(10.0, min(width / 2 - widest - 6, (height - legend - 30) / 2))
    cx, cy = width / 2, legend + (height - legend) / 2

    def point(spoke: int, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * spoke / len(INDICATORS)
        return cx + radius * value / 5 * math.cos(angle), cy + radius * value / 5 * math.sin(angle)

    for ring in range(1, 6):
        corners = [c for s in range(len(INDICATORS)) for c in point(s, ring)]
        drawing.add(Polygon(corners, strokeColor=RULE, strokeWidth=0.8 if ring == 5 else 0.35, fillColor=None))
        x, y = point(0, ring)
        drawing.add(String(x + 2, y - 3, str(ring), fontName=FONT, fontSize=6, fillColor=MUTED))
    for spoke, indicator in enumerate(INDICATORS):
        drawing.add(Line(cx, cy, *point(spoke, 5), strokeColor=RULE, strokeWidth=0.35))
        x, y = point(spoke, 5.3)
        anchor = "middle" if abs(x - cx) < 1 else ("start" if x > cx else "end")
        lines = names[spoke]
        step = LABEL_SIZE + 1
        top = y + (len(lines) - 1) * step / 2 if abs(x - cx) >= 1 else (y + (len(lines) - 1) * step if y > cy else y - 6)
        for n, line in enumerate(lines):
            drawing.add(String(x, top - n * step - 3, line, fontName=FONT, fontSize=LABEL_SIZE,
                               fillColor=INK, textAnchor=anchor))
    for index, period in enumerate(shown):
        color = SERIES[index + 3 - len(shown)]
        newest = index == len(shown) - 1
        values = [period.results[i].score or 0 if i in period.results else 0 for i in INDICATORS]
        corners = [c for s, v in enumerate(values) for c in point(s, v)]
        drawing.add(Polygon(corners, strokeColor=color, strokeWidth=2 if newest else 1.2,
                            fillColor=color if newest else None, fillOpacity=0.12 if newest else None))
        for s, v in enumerate(values):
            drawing.add(Circle(*point(s, v), 1.6, fillColor=color, strokeColor=None))
    if not shown:
        drawing.add(String(width / 2, 4, ctx.translate("pdf", "No points: benchmarks not registered"),
                           fontName=FONT, fontSize=7.5, fillColor=MUTED, textAnchor="middle"))
        return drawing
    # Legend on one row: a coloured line and the period's name.
    slot = width / len(shown)
    for index, period in enumerate(shown):
        color = SERIES[index + 3 - len(shown)]
        x = slot * index + max(4.0, slot / 2 - 40)
        drawing.add(Line(x, 7, x + 14, 7, strokeColor=color, strokeWidth=2))
        drawing.add(String(x + 18, 4, ctx.labels.fiscal_period(period.period_end),
                           fontName=FONT, fontSize=7.5, fillColor=INK))
    return drawing
