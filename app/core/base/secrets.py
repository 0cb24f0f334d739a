"""The Hugging Face token, kept only in the OS keyring.

When no keyring backend exists (headless Linux without a Secret Service), the token is kept in
memory for this session only and the user is told so. It is never written to settings, logs,
the database or exports.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

SERVICE = "Hearth"
USERNAME = "huggingface-token"


def _keyring():
    """keyring is imported on first use: it costs ~40 ms, and the window should open first."""
    import keyring
    import keyring.backends.fail
    import keyring.errors

    return keyring


class TokenStore:
    """Get, set and forget the token; falls back to process memory without a keyring."""

    def __init__(self) -> None:
        self._session_token: str | None = None

    @staticmethod
    def keyring_available() -> bool:
        keyring = _keyring()
        return not isinstance(keyring.get_keyring(), keyring.backends.fail.Keyring)

    def get(self) -> str | None:
        if self._session_token:
            return self._session_token
        if not self.keyring_available():
            return None
        keyring = _keyring()
        try:
            return keyring.get_password(SERVICE, USERNAME) or None
        except keyring.errors.KeyringError as exc:
            log.warning("could not read the token from the keyring: %s", exc.__class__.__name__)
            return None

    def set(self, token: str) -> bool:
        """Store ``token``. Returns True when it went to the keyring, False when kept for this session."""
        token = token.strip()
        if not token:
            raise ValueError("the token is empty")
        keyring = _keyring()
        if self.keyring_available():
            try:
                keyring.set_password(SERVICE, USERNAME, token)
                self._session_token = None
                return True
            except keyring.errors.KeyringError as exc:
                log.warning(
                    "could not store the token in the keyring (%s); keeping it for this session", exc.__class__.__name__
                )
        self._session_token = token
        return False

    def clear(self) -> None:
        self._session_token = None
        keyring = _keyring()
        if self.keyring_available():
            try:
                keyring.delete_password(SERVICE, USERNAME)
            except keyring.errors.PasswordDeleteError:
                pass
            except keyring.errors.KeyringError as exc:
                log.warning("could not remove the token from the keyring: %s", exc.__class__.__name__)


def keyring_status() -> str:
    keyring = _keyring()
    backend = keyring.get_keyring()
    if isinstance(backend, keyring.backends.fail.Keyring):
        return "none available (a Hugging Face token would be kept for the session only)"
    return f"{backend.__class__.__module__}.{backend.__class__.__name__}"
