"""Hearth's command line: the same core as the window, no Qt.

Each sub-command lives in its own module exposing ``register(subparsers)``; the handler it sets
receives the parsed args and a :class:`CliContext`, and returns an exit code. Expected failures
(:data:`USER_ERRORS`) print one line and exit 1, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from functools import cached_property

from .. import __version__
from ..core.paths import AppPaths
from ..core.settings import Settings, load_settings

log = logging.getLogger(__name__)


class CliError(Exception):
    """A failure to report as one line."""


def _user_errors() -> tuple[type[BaseException], ...]:
    from ..core.downloads import DownloadError
    from ..core.engine import EngineError
    from ..core.gguf_info import GGUFError
    from ..core.hub import HubError
    from ..core.library import LibraryError
    from ..core.prompting import PromptError
    from ..core.settings import SettingsError
    from ..core.storage import StorageError

    return (CliError, EngineError, GGUFError, LibraryError, PromptError, SettingsError, StorageError, OSError,
            HubError, DownloadError)


class CliContext:
    """Lazily opened resources shared by the commands of one invocation."""

    def __init__(self, paths: AppPaths):
        self.paths = paths

    @cached_property
    def settings(self) -> Settings:
        return load_settings(self.paths.settings_path)

    @cached_property
    def storage(self):
        from ..core.storage import Storage

        storage = Storage(self.paths.database_path)
        storage.recover_interrupted()
        return storage

    def warn_if_read_only(self) -> None:
        """After a command that worked: say why changes could not have been saved (damage, mode)."""
        if "storage" in self.__dict__ and self.storage.read_only_reason:
            print(f"hearth: warning: {self.storage.read_only_reason}", file=sys.stderr)

    @cached_property
    def kv_cache(self):
        from ..core.kv_cache import KVCache

        return KVCache(self.paths.kv_cache_dir, self.settings.kv_cache_limit_mb)

    @cached_property
    def library(self):
        from ..core.library import ModelLibrary

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

    for name in ("models", "selftest"):
        try:
            modules.append(importlib.import_module(f"{__name__}.{name}"))
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
    return modules


def run(argv: list[str]) -> int:
    from ..core.logs import prepare

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
        print(f"hearth: error: {exc}", file=sys.stderr)
        return 1
    finally:
        context.close()
