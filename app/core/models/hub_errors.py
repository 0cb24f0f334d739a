"""The hub's errors, each one line a person can act on, translated from huggingface_hub's and HTTP's."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

DEFAULT_ENDPOINT = "https://huggingface.co"


# ------------------------------------------------------------------ errors
class HubError(Exception):
    """A hub operation failed; the message is one readable line."""


class HubAuthError(HubError):
    """The repository needs a token (gated or private), or the stored token has no access."""

    def __init__(self, message: str, repo_id: str = "", token_sent: bool = False):
        super().__init__(message)
        self.repo_id = repo_id
        self.token_sent = token_sent


class HubNotFoundError(HubError):
    """No such repository, revision or file."""


class HubConnectionError(HubError):
    """The hub could not be reached (offline, DNS, timeout)."""


def auth_message(repo_id: str, token_sent: bool) -> str:
    page = f"{DEFAULT_ENDPOINT}/{repo_id}" if repo_id else DEFAULT_ENDPOINT
    if token_sent:
        return (
            f"{repo_id or 'this repository'} is gated and your stored token has no access: accept the "
            f"license on {page} with the account that owns the token, or store another token"
        )
    return (
        f"{repo_id or 'this repository'} is gated: accept the license on {page} and store a Hugging Face "
        f"token (`hearth models login`, or Token... in the model manager)"
    )


def translate_error(
    exc: BaseException, repo_id: str = "", token_sent: bool = False, endpoint: str = DEFAULT_ENDPOINT
) -> HubError:
    """Map a huggingface_hub / HTTP exception to a HubError with a message for people."""
    from huggingface_hub import errors as hf_errors
    from huggingface_hub.utils import httpx

    if isinstance(exc, HubError):
        return exc
    # GatedRepoError subclasses RepositoryNotFoundError: it must be checked first.
    if isinstance(exc, hf_errors.GatedRepoError):
        return HubAuthError(auth_message(repo_id, token_sent), repo_id, token_sent)
    status = _status_of(exc)
    if isinstance(exc, hf_errors.RepositoryNotFoundError):
        if status in (401, 403):  # the hub answers 401 for private and gated repos alike
            return HubAuthError(auth_message(repo_id, token_sent), repo_id, token_sent)
        return HubNotFoundError(f"no repository named {repo_id!r} on {endpoint}")
    if isinstance(exc, hf_errors.RevisionNotFoundError):
        return HubNotFoundError(f"{repo_id}: that revision does not exist")
    if isinstance(exc, hf_errors.EntryNotFoundError):
        return HubNotFoundError(f"{repo_id}: no such file in the repository")
    if isinstance(exc, hf_errors.HfHubHTTPError):
        if status in (401, 403):
            return HubAuthError(auth_message(repo_id, token_sent), repo_id, token_sent)
        return HubError(f"the hub answered {status or 'an error'} for {repo_id or endpoint}; try again later")
    if isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout)):
        return HubConnectionError(
            f"You appear to be offline: cannot reach {host_of(endpoint)} ({_offline_reason(exc)}). "
            "Check the connection and try again."
        )
    if isinstance(exc, (httpx.TransportError, OSError)):
        return HubConnectionError(f"cannot reach {endpoint} ({exc.__class__.__name__}); check the connection")
    return HubError(f"{exc.__class__.__name__}: {first_line(exc)}")


def host_of(url: str) -> str:
    try:
        return urlsplit(url).netloc or url
    except ValueError:
        return url


def _offline_reason(exc: BaseException) -> str:
    """Why the connection failed, in words: no name resolution, refused, or no answer in time."""
    text = f"{exc} {exc.__cause__ or ''} {exc.__context__ or ''}".lower()
    if "timed out" in text or "timeout" in exc.__class__.__name__.lower():
        return "no answer in time"
    if "name or service" in text or "getaddrinfo" in text or "nodename" in text or "name resolution" in text:
        return "the name could not be resolved"
    if "refused" in text:
        return "connection refused"
    return exc.__class__.__name__


def _status_of(exc: BaseException) -> int | None:
    response = getattr(exc, "response", None)
    return getattr(response, "status_code", None)


def first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else ""
