"""Reading real PDFs back with poppler's tools (pdftotext, pdffonts, pdfinfo, pdftoppm)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

FORBIDDEN_LINE_STARTS = "、。，．,.）)」』】〕！？!?ー々ゝゞぁぃぅぇぉっゃゅょァィゥェォッャュョ"


def save(tmp_path: Path, name: str, data: bytes) -> Path:
    assert data.startswith(b"%PDF-"), "not a PDF"
    path = tmp_path / name
    path.write_bytes(data)
    return path


def text(path: Path, layout: bool = False) -> str:
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def flat(path: Path) -> str:
    """The PDF's text with every space and line break removed, for finding sentences that
    wrapped across lines or pages."""
    return re.sub(r"\s+", "", text(path))


def pages(path: Path) -> list[str]:
    return text(path).split("\f")[:-1]


def info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def page_sizes(path: Path) -> list[tuple[float, float]]:
    count = int(info(path)["Pages"])
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", str(count), str(path)],
                         capture_output=True, text=True, check=True).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", out)]


def fonts(path: Path) -> list[dict[str, str]]:
    """pdffonts' table: name, type, emb, sub for every font the PDF uses."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type [type…] encoding emb sub uni object ID
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4]})
    return rows


def lines_breaking_kinsoku(path: Path) -> list[str]:
    """Text lines that begin with a character Japanese typesetting never puts first."""
    bad = []
    for line in text(path, layout=False).splitlines():
        stripped = line.strip()
        if stripped and stripped[0] in FORBIDDEN_LINE_STARTS:
            bad.append(stripped)
    return bad


def is_a4(size: tuple[float, float], landscape: bool = False) -> bool:
    w, h = size
    if landscape:
        w, h = h, w
    return abs(w - 595.28) < 1 and abs(h - 841.89) < 1


def render_png(path: Path, out_prefix: Path, dpi: int = 50) -> list[Path]:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(path), str(out_prefix)], check=True)
    return sorted(out_prefix.parent.glob(out_prefix.name + "-*.png"))
