"""Hearth's command line: the same core as the window, no Qt.

Each sub-command lives in its own module exposing ``register(subparsers)``; the handler it sets
receives the parsed args and a :class:`CliContext`, and returns an exit code. Expected failures
(:data:`USER_ERRORS`) print one line and exit 1, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
from functools import cached_property

from .. import __version__
from ..core.base.paths import AppPaths
from ..core.base.settings import Settings, read_settings
from .terminal import safe_line

log = logging.getLogger(__name__)


class CliError(Exception):
    """A failure to report as one line."""


MAX_COUNT = 1_000_000_000  # larger --limit values mean "all"; SQLite's integers stop at 2**63


def count_argument(text: str) -> int:
    """argparse type for ``--limit``: a whole number of at least 1; huge values are clamped."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return min(value, MAX_COUNT)


def require_utf8(text: str, what: str) -> str:
    """``text`` itself, or CliError when it holds bytes that were not UTF-8.

    Python hands such bytes from argv (and a non-UTF-8 locale's stdin) to us as lone surrogates,
    which SQLite and the model's tokenizer cannot take."""
    for index, char in enumerate(text):
        if "\ud800" <= char <= "\udfff":
            raise CliError(f"{what} is not valid UTF-8 (at character {index + 1})")
    return text


def read_stdin_text(what: str = "standard input") -> str:
    """All of standard input decoded as UTF-8, or CliError saying where it is not."""
    stream = getattr(sys.stdin, "buffer", None)  # bytes, so a bad byte is found, not decoded away
    data = stream.read() if stream is not None else sys.stdin.read().encode("utf-8", "surrogateescape")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CliError(f"{what} is not valid UTF-8 (byte {exc.start + 1})") from None


MIN_PREFIX = 4  # a shorter id prefix is too easy to mistype for a command that deletes


def check_destructive_targets(given: list[str], resolved: list[str], yes: bool, noun: str) -> None:
    """The rules for commands that delete: each name given is a full name or a prefix of at least
    :data:`MIN_PREFIX` characters, and deleting more than one thing needs ``--yes``."""
    for text, full in zip(given, resolved):
        if text != full and len(text) < MIN_PREFIX:
            raise CliError(
                f"{text!r} is too short to delete by: give at least {MIN_PREFIX} characters of the "
                f"{noun}'s id or name; nothing was deleted"
            )
    unique = list(dict.fromkeys(resolved))
    if len(unique) > 1 and not yes:
        raise CliError(f"this would delete {len(unique)} {noun}s; add --yes to confirm; nothing was deleted")


def _user_errors() -> tuple[type[BaseException], ...]:
    from ..core.base.settings import SettingsError
    from ..core.history.storage import StorageError
    from ..core.inference.engine import EngineError
    from ..core.inference.prompting import PromptError
    from ..core.models.downloads import DownloadError
    from ..core.models.gguf_info import GGUFError
    from ..core.models.hub import HubError
    from ..core.models.library import LibraryError

    # sqlite3.Error: a database fault the storage layer did not word (a damaged page...).
    return (
        CliError,
        EngineError,
        GGUFError,
        LibraryError,
        PromptError,
        SettingsError,
        StorageError,
        OSError,
        HubError,
        DownloadError,
        sqlite3.Error,
    )


class CliContext:
    """Lazily opened resources shared by the commands of one invocation."""

    def __init__(self, paths: AppPaths):
        self.paths = paths

    @cached_property
    def settings(self) -> Settings:
        loaded = read_settings(self.paths.settings_path)
        if loaded.message:  # a broken file or value: say so once, then carry on with defaults
            print(f"hearth: {loaded.message}", file=sys.stderr)
        return loaded.settings

    @cached_property
    def storage(self):
        from ..core.history.storage import Storage

        storage = Storage(self.paths.database_path)
        storage.recover_interrupted()
        return storage

    def warn_if_read_only(self) -> None:
        """After a command that worked: say why changes could not have been saved (damage, mode)."""
        if "storage" in self.__dict__ and self.storage.read_only_reason:
            print(f"hearth: warning: {self.storage.read_only_reason}", file=sys.stderr)

    @cached_property
    def kv_cache(self):
        from ..core.inference.kv_cache import KVCache

        return KVCache(self.paths.kv_cache_dir, self.settings.kv_cache_limit_mb)

    @cached_property
    def library(self):
        from ..core.models.library import ModelLibrary

        return ModelLibrary(self.paths.models_dir)

    def close(self) -> None:
        if "storage" in self.__dict__:
            self.storage.close()


def build_parser() -> argparse.ArgumentParser:
    from . import chat, doctor, history

    parser = argparse.ArgumentParser(prog="hearth", description="Offline chat with Gemma models.")
    parser.add_argument("--version", action="version", version=f"Hearth {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="show informational log lines")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (chat, history, doctor, *_optional_modules()):
        module.register(commands)
    return parser


def _optional_modules() -> list:
    """Command groups that other parts of the app contribute (models, export...)."""
    modules = []
    import importlib

    for name in ("models", "selftest", "docs", "remotes", "serve"):
        try:
            modules.append(importlib.import_module(f"{__name__}.{name}"))
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
    return modules


def run(argv: list[str]) -> int:
    from ..core.base.logs import prepare

    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    paths = prepare(logging.INFO if args.verbose else logging.WARNING)
    if paths is None:
        return 1
    context = CliContext(paths)
    try:
        code = int(args.handler(args, context) or 0)
        context.warn_if_read_only()
        return code
    except KeyboardInterrupt:
        print("\nhearth: interrupted", file=sys.stderr)
        return 130
    except _user_errors() as exc:
        log.debug("command failed", exc_info=True)
        print(f"hearth: error: {safe_line(str(exc))}", file=sys.stderr)
        return 1
    except UnicodeError:  # text that is not UTF-8 reached a place that needs it (a file, a token...)
        log.debug("command failed", exc_info=True)
        print("hearth: error: some of the text given is not valid UTF-8; nothing was saved", file=sys.stderr)
        return 1
    finally:
        context.close()
