"""Make ``docs/img/seed-view.png``: the HTML view of the seed article, as Chromium draws it.

Run from anywhere, with newsclaims installed and Chromium on the PATH
(``apt-get install chromium``)::

    python docs/_screenshot.py

The page is drawn by headless Chromium with the flags of the browser test
(``tests/test_browser.py``), in a window tall enough for the whole page.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import newsclaims

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_0e4e2480f77082a7.txt"
OUT = ROOT / "docs" / "img" / "seed-view.png"
WINDOW = (1280, 2500)  # the whole seed page, tables included

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def main() -> int:
    browser = next(
        (p for n in (os.environ.get("NEWSCLAIMS_CHROMIUM"), "chromium", "chromium-browser")
         if n and (p := shutil.which(n))),
        None,
    )  # fmt: skip
    if browser is None:
        print("Chromium is not installed (apt-get install chromium)", file=sys.stderr)
        return 2
    page = newsclaims.render_html(
        newsclaims.parse_article(SEED.read_text(encoding="utf-8")),
        title="Seed article: who said what",
    )
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "seed.html"
        html.write_text(page, encoding="utf-8")
        OUT.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(  # noqa: S603 -- the browser found on PATH, fixed arguments
            [
                browser,
                *FLAGS,
                f"--user-data-dir={Path(tmp) / 'profile'}",
                f"--window-size={WINDOW[0]},{WINDOW[1]}",
                f"--screenshot={OUT}",
                html.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
