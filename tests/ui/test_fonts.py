"""The bundled font is what the interface uses, and it draws what it should."""

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QFontInfo, QImage, QPainter


def render(text: str, family: str, bold: bool = False, size: int = 120) -> QImage:
    image = QImage(size * 2, size * 2, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont(family)
    font.setPixelSize(size)
    font.setBold(bold)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QPointF(size * 0.2, size * 1.4), text)
    painter.end()
    return image


def dark_columns(image: QImage, row: int) -> list[int]:
    return [x for x in range(image.width()) if QColor(image.pixel(x, row)).lightness() < 128]


def chevron_direction(image: QImage) -> str:
    """'<' or '>' for the chevron of <, >, ≤ and ≥.

    Down the upper part of the glyph, a '<' starts at its right arm and reaches far left
    at its tip; a '>' starts at its leftmost point.
    """
    rows = [y for y in range(image.height()) if dark_columns(image, y)]
    upper = rows[: int(len(rows) * 0.6)]
    leftmost = [min(dark_columns(image, y)) for y in upper]
    width = max(max(dark_columns(image, y)) for y in rows) - min(min(dark_columns(image, y)) for y in rows)
    return "<" if leftmost[0] - min(leftmost) > width * 0.3 else ">"


def test_the_interface_uses_the_bundled_font(qapp):
    assert QFontInfo(qapp.font()).family() == "BIZ UDPGothic"
    image = render("伴走支援", qapp.font().family())
    assert sum(len(dark_columns(image, y)) for y in range(image.height())) > 1000


@pytest.mark.parametrize("bold", [False, True])
def test_less_equal_and_greater_equal_point_the_right_way(qapp, bold):
    # BIZ UDPGothic-Regular 1.05 ships the outlines of ≤ and ≥ swapped; our copy maps
    # them back (resources/fonts/README.md). "≤ 5" must never read as "≥ 5".
    family = qapp.font().family()
    assert chevron_direction(render("<", family, bold)) == "<"
    assert chevron_direction(render(">", family, bold)) == ">"
    assert chevron_direction(render("≤", family, bold)) == "<"
    assert chevron_direction(render("≥", family, bold)) == ">"
