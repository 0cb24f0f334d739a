"""The API key: from ``HEARTH_API_KEY``, else the OS keyring, else generated (and stored in the
keyring when there is one). The key never goes to settings, logs or the database."""

from __future__ import annotations

import logging
import os
import secrets
from dataclasses import dataclass

log = logging.getLogger(__name__)

SERVICE = "Hearth"
USERNAME = "api-server-key"
ENV_VAR = "HEARTH_API_KEY"


@dataclass(frozen=True)
class ApiKey:
    value: str
    source: str  # "environment", "keyring", "generated" (stored in the keyring), "session" (not stored)

    @property
    def is_new(self) -> bool:
        """Generated just now: show it once."""
        return self.source in ("generated", "session")


def new_key() -> str:
    return "hearth-" + secrets.token_urlsafe(32)


def _keyring():
    import keyring
    import keyring.backends.fail

    if isinstance(keyring.get_keyring(), keyring.backends.fail.Keyring):
        return None
    return keyring


def _read_keyring() -> str | None:
    try:
        keyring = _keyring()
        return keyring.get_password(SERVICE, USERNAME) if keyring else None
    except Exception as exc:  # noqa: BLE001 - a locked or broken keyring: fall back to a new key
        log.warning("could not read the API key from the keyring: %s", exc.__class__.__name__)
        return None


def _store(value: str) -> bool:
    try:
        keyring = _keyring()
        if keyring is None:
            return False
        keyring.set_password(SERVICE, USERNAME, value)
        return True
    except Exception as exc:  # noqa: BLE001
        log.warning("could not store the API key in the keyring: %s", exc.__class__.__name__)
        return False


def resolve_api_key() -> ApiKey:
    """The key this server requires."""
    from_env = os.environ.get(ENV_VAR, "").strip()
    if from_env:
        return ApiKey(from_env, "environment")
    stored = _read_keyring()
    if stored:
        return ApiKey(stored, "keyring")
    value = new_key()
    return ApiKey(value, "generated" if _store(value) else "session")


def regenerate_api_key() -> ApiKey:
    """A fresh key replacing the stored one (the window's Regenerate); old clients get 401."""
    value = new_key()
    return ApiKey(value, "generated" if _store(value) else "session")
