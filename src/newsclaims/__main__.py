"""``python -m newsclaims``: the command line."""

from __future__ import annotations

import sys

from newsclaims._cli import main

if __name__ == "__main__":
    sys.exit(main())
