"""The HTML report in a real browser: headless Chromium renders it, offline, not blank.

Skips (saying why) where no Chromium is installed; ``.ci/run`` installs Debian's package.
The screenshot is decoded here with zlib (PNG is zlib-compressed scanlines) so the check
needs no imaging library: a blank or failed page is one flat colour.
"""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from factcheck.report import to_html
from tests.report_fixture import sample_report

CHROMIUM = next(
    (p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p),
    None,
)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no Chromium (Debian package 'chromium'); .ci/run installs it"
)


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    assert CHROMIUM is not None
    return subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",  # CI runs as root, where the sandbox refuses to start
            "--disable-gpu",
            "--no-first-run",
            "--disable-extensions",
            f"--user-data-dir={tmp_path / 'profile'}",
            *args,
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )


def decode_png(data: bytes) -> tuple[int, int, int, list[bytes]]:
    """(width, height, bytes per pixel, unfiltered rows) of an 8-bit RGB/RGBA PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, b""
    width = height = bpp = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6), (depth, colour)
            bpp = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        filt, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up = prev[i]
            upleft = prev[i - bpp] if i >= bpp else 0
            if filt == 1:
                line[i] = (line[i] + left) & 0xFF
            elif filt == 2:
                line[i] = (line[i] + up) & 0xFF
            elif filt == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif filt == 4:
                p = left + up - upleft
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - upleft)
                pred = left if pa <= pb and pa <= pc else up if pb <= pc else upleft
                line[i] = (line[i] + pred) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def test_html_report_renders_in_chromium(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(to_html(sample_report()), encoding="utf-8")
    shot = tmp_path / "shot.png"
    result = _chromium(tmp_path, f"--screenshot={shot}", "--window-size=800,800", page.as_uri())
    assert shot.is_file(), result.stderr.decode(errors="replace")[-2000:]
    width, height, bpp, rows = decode_png(shot.read_bytes())
    assert (width, height) == (800, 800)
    pixels = [row[i : i + 3] for row in rows[::4] for i in range(0, len(row), bpp * 4)]
    colours = set(pixels)
    dark = sum(1 for p in pixels if sum(p) < 200)
    assert len(colours) > 20, "the screenshot is (nearly) one flat colour"
    assert dark > len(pixels) * 0.005, "no text drawn"
    # the status colours of the chart and highlights are on screen
    reds = sum(1 for p in pixels if p[0] > 150 and p[1] < 80 and p[2] < 80)
    assert reds > 50

    dom = _chromium(tmp_path, "--dump-dom", page.as_uri()).stdout.decode()
    assert "Northern Herald" in dom and "&lt;script&gt;" in dom
    assert "<script>alert" not in dom


# Run in the page after layout: every word of a table cell whose pieces lie on more than
# one line was cut mid-word ("corroborated" drawn as "corroborat" / "ed").
_BROKEN_WORDS = """<script>
(function () {
  var broken = [];
  document.querySelectorAll("th, td").forEach(function (cell) {
    var walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT), node;
    while ((node = walker.nextNode())) {
      var words = /\\S+/g, m;
      while ((m = words.exec(node.data))) {
        var range = document.createRange(), lines = {};
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        Array.prototype.forEach.call(range.getClientRects(), function (r) {
          lines[Math.round(r.top)] = 1;
        });
        if (Object.keys(lines).length > 1) broken.push(m[0]);
      }
    }
  });
  var out = document.createElement("pre");
  out.id = "broken-words";
  out.textContent = JSON.stringify(broken);
  document.body.appendChild(out);
})();
</script>"""


def test_table_words_are_never_cut_at_800_px(tmp_path: Path) -> None:
    """The outlet table at 800 px: headers and figures break between words only (the
    report's own page forbids scripts, so a copy without that rule measures the layout)."""
    import dataclasses
    import json
    import re

    from factcheck.report.model import OutletProfile

    report = sample_report()
    third = OutletProfile("Lakeside Evening Chronicle", 2, 5, 1, 2, 3, 0.2, 0.4)
    report = dataclasses.replace(report, outlets=(*report.outlets, third))
    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", to_html(report))
    page = tmp_path / "measured.html"
    page.write_text(html.replace("</body>", _BROKEN_WORDS + "</body>"), encoding="utf-8")
    dom = _chromium(tmp_path, "--window-size=800,800", "--dump-dom", page.as_uri()).stdout
    found = re.search(r'<pre id="broken-words">(.*?)</pre>', dom.decode())
    assert found is not None, "the measuring script did not run"
    assert json.loads(found.group(1).replace("&quot;", '"')) == []
