"""``python -m app`` / ``hearth``: a sub-command runs the CLI; no arguments open the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if _wants_cli(argv):
        from .cli import run

        return run(argv)
    return main_gui(argv)


def main_gui(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from .ui.application import run_gui

    return run_gui(argv)


def _wants_cli(argv: list[str]) -> bool:
    """Anything but no arguments or a file to open (a .gguf from the file manager) is the CLI."""
    if not argv:
        return False
    if len(argv) == 1 and argv[0].lower().endswith(".gguf") and not argv[0].startswith("-"):
        return False
    return True


if __name__ == "__main__":
    sys.exit(main())
