"""Logging setup: everything (llama.cpp's own log included) to a rotating file in the log dir."""

from __future__ import annotations

import logging
import logging.handlers
import sys

from .paths import AppPaths

_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def configure_logging(paths: AppPaths, console_level: int | None = logging.WARNING) -> None:
    root = logging.getLogger()
    if getattr(root, "_hearth_configured", False):
        return
    root.setLevel(logging.DEBUG)
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            paths.log_path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
        file_handler.setFormatter(logging.Formatter(_FORMAT))
        file_handler.setLevel(logging.DEBUG)
        root.addHandler(file_handler)
    except OSError as exc:  # a read-only disk must not stop the app
        print(f"hearth: cannot write the log file ({exc})", file=sys.stderr)
    if console_level is not None:
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(console_level)
        console.setFormatter(logging.Formatter("hearth: %(message)s"))
        # llama.cpp's chatter belongs in the file, not the terminal.
        console.addFilter(lambda record: not record.name.startswith("hearth.llama_cpp") or record.levelno >= logging.ERROR)
        root.addHandler(console)
    root._hearth_configured = True  # type: ignore[attr-defined]


def prepare(console_level: int | None = logging.WARNING) -> AppPaths | None:
    """The app's folders, created, with logging set up; None (after saying why) when they cannot be."""
    paths = AppPaths.from_environment()
    try:
        paths.ensure()
    except OSError as exc:
        print(f"hearth: error: cannot create the data folders: {exc}", file=sys.stderr)
        return None
    configure_logging(paths, console_level)
    return paths
