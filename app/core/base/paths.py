"""Where Hearth keeps its files.

By default the platform's conventional directories (platformdirs); ``HEARTH_HOME`` puts everything
under one folder instead, for tests and portable installs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_DIR_NAME = "Hearth"
HOME_ENV = "HEARTH_HOME"


@dataclass(frozen=True)
class AppPaths:
    """The directories and files the app uses. Call :meth:`ensure` before writing."""

    config_dir: Path
    data_dir: Path
    cache_dir: Path
    log_dir: Path

    @classmethod
    def under(cls, base: Path) -> AppPaths:
        base = Path(base).expanduser().resolve()
        return cls(base / "config", base / "data", base / "cache", base / "logs")

    @classmethod
    def from_environment(cls, environ: dict[str, str] | None = None) -> AppPaths:
        environ = os.environ if environ is None else environ
        home = environ.get(HOME_ENV, "").strip()
        if home:
            return cls.under(Path(home))
        return cls(
            Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)),
            Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)),
            Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False)),
            Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False)),
        )

    @property
    def models_dir(self) -> Path:
        return self.data_dir / "models"

    @property
    def database_path(self) -> Path:
        return self.data_dir / "hearth.sqlite3"

    @property
    def settings_path(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def kv_cache_dir(self) -> Path:
        return self.cache_dir / "kv"

    @property
    def log_path(self) -> Path:
        return self.log_dir / "hearth.log"

    def ensure(self) -> AppPaths:
        for directory in (self.config_dir, self.data_dir, self.cache_dir, self.log_dir, self.models_dir):
            directory.mkdir(parents=True, exist_ok=True)
        return self
