"""Entry script of the frozen app: PyInstaller needs a file, and app/__main__.py uses relative
imports that only work when run as ``python -m app``."""

import sys

from app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
