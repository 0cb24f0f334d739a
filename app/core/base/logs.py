"""Logging setup: Hearth's own records (llama.cpp's warnings included) to a rotating file in the log dir.

What reaches the file, and why:

* Hearth's loggers (``app.*``, ``hearth.*``) at INFO; third-party libraries at WARNING. Their
  debug chatter (markdown-it logs every rule it tries) once filled 82 % of the file and pushed
  rotation down to ~15 minutes of history. ``HEARTH_LOG_LEVEL=DEBUG`` brings Hearth's own debug
  records back when someone needs them.
* llama.cpp's own log is routed by the engine to ``hearth.llama_cpp``: its warnings and errors
  arrive as such, its per-load info lines at DEBUG (so only with ``HEARTH_LOG_LEVEL=DEBUG``).
* Logs name ids and sizes, never message content: tracebacks go through :func:`safe_traceback`,
  which keeps the stack but withholds exception messages that could quote what the user wrote.
* Logging fails quietly: on a full disk the handlers note the failure once on stderr instead of
  printing a logging traceback for every record (30,000 lines before the real error).
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import sqlite3
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from .paths import AppPaths

_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
HEARTH_LOGGERS = ("app", "hearth")  # every Hearth module logs under one of these names
HEARTH_LEVEL = logging.INFO
THIRD_PARTY_LEVEL = logging.WARNING
LOG_FILE_BYTES = 5_000_000
LOG_FILE_BACKUPS = 3
CRASH_LOGGER = "app.crash"  # uncaught exceptions: the file gets the stack, the user one sentence
# Exceptions whose messages come from the operating system or SQLite, not from what the user wrote.
_SYSTEM_MESSAGES = (OSError, sqlite3.Error, MemoryError, RecursionError)


class _QuietFailures:
    """Mixin for handlers: the first failure to write is noted once on stderr, the rest are dropped.

    ``logging.Handler.handleError`` prints a full traceback per failed record; on a full disk that
    buries the one error the user needs under thousands of lines.
    """

    _failure_noted = False

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        if self._failure_noted:
            return
        self._failure_noted = True
        error = sys.exc_info()[1]
        stream = sys.__stderr__
        if stream is None:  # a windowed build has no console
            return
        try:
            stream.write(
                f"hearth: cannot write the log ({describe_exception(error)}); further log records are dropped\n"
            )
            stream.flush()
        except Exception:  # noqa: BLE001 - stderr itself may be gone
            pass


class QuietRotatingFileHandler(_QuietFailures, logging.handlers.RotatingFileHandler):
    """The log file: rotates by size and never floods stderr when the disk is full."""


class QuietStreamHandler(_QuietFailures, logging.StreamHandler):
    """The console: a closed or broken stderr is noted once, then ignored."""


def _hearth_level() -> int:
    name = os.environ.get("HEARTH_LOG_LEVEL", "").strip().upper()
    level = logging.getLevelName(name) if name else HEARTH_LEVEL
    return level if isinstance(level, int) else HEARTH_LEVEL


def set_levels() -> None:
    """Hearth at INFO (or HEARTH_LOG_LEVEL), everything else at WARNING."""
    logging.getLogger().setLevel(THIRD_PARTY_LEVEL)
    for name in HEARTH_LOGGERS:
        logging.getLogger(name).setLevel(_hearth_level())


def configure_logging(paths: AppPaths, console_level: int | None = logging.WARNING) -> None:
    root = logging.getLogger()
    if getattr(root, "_hearth_configured", False):
        return
    set_levels()
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        file_handler = QuietRotatingFileHandler(
            paths.log_path, maxBytes=LOG_FILE_BYTES, backupCount=LOG_FILE_BACKUPS, encoding="utf-8"
        )
        file_handler.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(file_handler)
    except OSError as exc:  # a read-only disk must not stop the app
        print(f"hearth: cannot write the log file ({exc})", file=sys.stderr)
    if console_level is not None and sys.stderr is not None:
        console = QuietStreamHandler(sys.stderr)
        console.setLevel(console_level)
        console.setFormatter(logging.Formatter("hearth: %(message)s"))
        # llama.cpp's chatter belongs in the file, not the terminal; so do crash tracebacks (the
        # excepthook prints its own one line).
        console.addFilter(
            lambda record: (
                record.name != CRASH_LOGGER
                and (not record.name.startswith("hearth.llama_cpp") or record.levelno >= logging.ERROR)
            )
        )
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


# ---------------------------------------------------------------- exceptions
def describe_exception(error: BaseException) -> str:
    """``Type: message`` when the message comes from the system, else the type and the message's
    size: an exception raised over a prompt or a template may quote the user's words."""
    name = type(error).__qualname__
    if isinstance(error, _SYSTEM_MESSAGES):
        return f"{name}: {error}"
    text = str(error)
    return f"{name} (message of {len(text)} characters withheld)" if text else name


def safe_traceback(error: BaseException) -> str:
    """A traceback for the log: every frame of the chain (file, line, function, source line), each
    exception described by :func:`describe_exception`."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    chain: list[BaseException] = []
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    for index, exc in enumerate(reversed(chain)):
        if index:
            parts.append("\nwhich led to:\n")
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_tb(exc.__traceback__))
        parts.append(describe_exception(exc) + "\n")
    return "".join(parts).rstrip("\n")


def log_exception(logger: logging.Logger, what: str, error: BaseException) -> None:
    """Log an unexpected failure at ERROR with a content-free traceback."""
    logger.error("%s:\n%s", what, safe_traceback(error))


_crash_log = logging.getLogger(CRASH_LOGGER)


def install_excepthook(notify: Callable[[str], None]) -> None:
    """Log every uncaught exception (main thread, Qt slots, other threads) and tell the user.

    ``notify`` gets one short sentence: the CLI prints it, the window shows it in a dialog. The
    hook must never raise: a failing notification is logged and dropped.
    """

    def describe_for_user(error: BaseException) -> str:
        return (
            f"Something went wrong inside Hearth ({type(error).__name__}). Your chats are saved; "
            f"details are in the log file."
        )

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        if error.__traceback__ is None and tb is not None:
            error = error.with_traceback(tb)
        try:
            if logging.getLogger().handlers:  # else logging's last resort would print the stack
                log_exception(_crash_log, "unhandled exception", error)
            notify(describe_for_user(error))
        except Exception as failure:  # noqa: BLE001 - the hook of last resort must not raise
            with contextlib.suppress(Exception):
                log_exception(_crash_log, "the error report itself failed", failure)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        with contextlib.suppress(Exception):
            name = args.thread.name if args.thread is not None else "?"
            log_exception(_crash_log, f"unhandled exception in thread {name}", args.exc_value)

    sys.excepthook = hook
    threading.excepthook = thread_hook
