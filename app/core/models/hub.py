"""Hugging Face: the curated Gemma catalogue, hub search, and the GGUF files of a repository.

All network access goes through :class:`HubClient`, which passes the token explicitly (a string,
or ``False`` for none) so huggingface_hub never falls back to ``HF_TOKEN`` or a CLI login behind
the user's back, and passes the endpoint explicitly (the tests point it at a local server).

The token goes only to the Hugging Face hub itself (``https://huggingface.co``, ``hf.co`` and their
subdomains), or to an endpoint the user chose in Hearth's own settings (``hub_endpoint``). An
endpoint that comes only from the ``HF_ENDPOINT`` environment variable (set by another tool, or
by anyone who can change the environment) gets no token: the README promises the token is never
sent anywhere but the hub.
Failures become :class:`HubError` subclasses whose message is one line a person can act on.

Its parts live beside it: errors (``hub_errors``), the curated catalogue (``catalogue``), file
naming and quantization (``naming``), a repository's GGUF files (``repo_files``) and the "will it
fit" estimate (``fit``); their names are re-exported here.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .catalogue import (  # noqa: F401 (re-exported)
    GEMMA_VOCAB,
    CatalogueEntry,
    ModelShape,
    catalogue_entry,
    load_catalogue,
    parse_catalogue,
)
from .fit import (  # noqa: F401 (re-exported)
    DEFAULT_UBATCH,
    FITS,
    TIGHT,
    TOO_LARGE,
    FileChoice,
    FitEstimate,
    Machine,
    assess,
    detected_vram,
    estimate_fit,
    recommend,
)
from .hub_errors import (  # noqa: F401 (re-exported)
    DEFAULT_ENDPOINT,
    HubAuthError,
    HubConnectionError,
    HubError,
    HubNotFoundError,
    auth_message,
    first_line,
    host_of,
    translate_error,
)
from .naming import (  # noqa: F401 (re-exported)
    FULL_PRECISION,
    file_role,
    local_name_for,
    parse_quant,
    split_info,
    split_part_name,
)
from .repo_files import (  # noqa: F401 (re-exported)
    GGUFFile,
    HubFile,
    RepoListing,
    group_gguf_files,
)

log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 5.0  # seconds; offline should be said at once, not after a long wait
HUB_HOSTS = ("huggingface.co", "hf.co")  # the hub and its download hosts (cdn-lfs.huggingface.co...)


# -------------------------------------------------------------- search
@dataclass(frozen=True)
class RepoSummary:
    repo_id: str
    downloads: int = 0
    likes: int = 0
    gated: bool = False
    last_modified: str = ""
    tags: tuple[str, ...] = field(default_factory=tuple)


# --------------------------------------------------------------- client
def default_endpoint(environ: dict[str, str] | None = None) -> str:
    environ = os.environ if environ is None else environ
    return (environ.get("HF_ENDPOINT") or DEFAULT_ENDPOINT).rstrip("/")


def is_hub_host(url: str) -> bool:
    """True for https URLs on the Hugging Face hub's own hosts (where a token may go unasked)."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return False
    return parts.scheme == "https" and any(host == h or host.endswith("." + h) for h in HUB_HOSTS)


def resolve_endpoint(configured: str | None, environ: dict[str, str] | None = None) -> tuple[str, bool]:
    """(endpoint, may the token go there). ``configured`` is Hearth's own ``hub_endpoint`` setting
    (or a test's local server): chosen on purpose, so trusted. Otherwise ``HF_ENDPOINT`` or the hub,
    trusted only when it is the hub's own host."""
    if configured and configured.strip():
        return configured.strip().rstrip("/"), True
    endpoint = default_endpoint(environ)
    return endpoint, is_hub_host(endpoint)


class HubClient:
    """The hub API with an explicit token and endpoint. Cheap; make a new one when the token changes.

    ``endpoint`` is the endpoint the user set in Hearth's settings (None: ``HF_ENDPOINT`` or the
    hub). A token is withheld from an endpoint that is neither configured nor the hub's own host.
    """

    def __init__(self, token: str | None = None, endpoint: str | None = None, timeout: float = 20.0):
        self.endpoint, trusted = resolve_endpoint(endpoint)
        self.token_withheld = bool(token) and not trusted
        if self.token_withheld:
            log.warning(
                "HF_ENDPOINT points to %s, which is not the Hugging Face hub: the stored token is not "
                "sent there (set hub_endpoint in Hearth's settings to trust it)",
                urlsplit(self.endpoint).netloc,
            )
        self._token = token if token and trusted else None
        self.timeout = timeout
        self._api = None

    @property
    def token_sent(self) -> bool:
        return self._token is not None

    @property
    def _token_arg(self) -> str | bool:
        # False, never None: None makes huggingface_hub read HF_TOKEN or a CLI login.
        return self._token if self._token else False

    def api(self):
        if self._api is None:
            from huggingface_hub import HfApi

            from ... import __version__

            self._api = HfApi(
                endpoint=self.endpoint, token=self._token_arg, library_name="hearth", library_version=__version__
            )
        return self._api

    def auth_error(self, repo_id: str) -> HubAuthError:
        """The 401/403 error for ``repo_id``, saying why no token was sent when it was withheld."""
        message = auth_message(repo_id, self.token_sent)
        if self.token_withheld:
            message = (
                f"{repo_id or 'this repository'} needs your token, but it was not sent to "
                f"{urlsplit(self.endpoint).netloc} because that is not the Hugging Face hub (HF_ENDPOINT); "
                "set hub_endpoint in Hearth's settings to trust that server"
            )
        return HubAuthError(message, repo_id, self.token_sent)

    def auth_headers(self) -> dict[str, str]:
        """Headers for a file request: user agent, and the token only when one is stored."""
        from huggingface_hub.utils import build_hf_headers

        from ... import __version__

        return build_hf_headers(token=self._token_arg, library_name="hearth", library_version=__version__)

    def file_url(self, repo_id: str, path: str, revision: str) -> str:
        from huggingface_hub import hf_hub_url

        return hf_hub_url(repo_id, path, revision=revision, endpoint=self.endpoint)

    def _call(self, repo_id: str, fn, *args, **kwargs):
        from huggingface_hub.errors import HFValidationError
        from huggingface_hub.utils import httpx

        try:
            return fn(*args, **kwargs)
        except HFValidationError as exc:
            raise HubNotFoundError(f"{repo_id!r} is not a valid repository id") from exc
        except (httpx.HTTPError, OSError) as exc:  # hub errors subclass both; programming errors pass through
            error = translate_error(exc, repo_id, self.token_sent, self.endpoint)
            if isinstance(error, HubAuthError):
                error = self.auth_error(repo_id)
            log.info("hub call failed for %s: %s", repo_id or self.endpoint, error)
            raise error from exc

    def search(self, query: str, limit: int = 40) -> list[RepoSummary]:
        """GGUF repositories matching ``query``, most downloaded first.

        One plain request, not ``HfApi.list_models``: that one retries a refused connection five
        times with backoff (23 s of "Searching..." when offline). A person can press Enter again;
        a short connect timeout tells "offline" at once.
        """

        def run():
            from huggingface_hub.hf_api import ModelInfo
            from huggingface_hub.utils import get_session, hf_raise_for_status, httpx

            params: list[tuple[str, str | int]] = [("filter", "gguf"), ("sort", "downloads"), ("limit", limit)]
            params += [("expand", key) for key in ("downloads", "likes", "gated", "lastModified", "tags")]
            if query:
                params.append(("search", query))
            response = get_session().get(
                f"{self.endpoint}/api/models",
                params=params,
                headers=self.auth_headers(),
                timeout=httpx.Timeout(self.timeout, connect=CONNECT_TIMEOUT),
            )
            hf_raise_for_status(response)
            try:
                models = [ModelInfo(**dict(item, siblings=None)) for item in response.json()[:limit]]
            except (ValueError, TypeError, KeyError, AttributeError) as exc:
                raise HubError(f"{host_of(self.endpoint)} sent a search answer Hearth cannot read") from exc
            return [
                RepoSummary(
                    m.id,
                    m.downloads or 0,
                    m.likes or 0,
                    bool(m.gated),
                    m.last_modified.isoformat() if m.last_modified else "",
                    tuple(m.tags or ()),
                )
                for m in models
            ]

        return self._call("", run)

    def list_gguf_files(self, repo_id: str, revision: str | None = None) -> RepoListing:
        """Every GGUF file in a repo with size, sha256 and quant, pinned to the current commit."""
        repo_id = repo_id.strip().strip("/")
        if repo_id.count("/") != 1:
            raise HubNotFoundError(f"{repo_id!r} is not a repository id (expected owner/name)")

        def run():
            info = self.api().model_info(repo_id, revision=revision)
            commit = info.sha or revision or "main"
            tree = self.api().list_repo_tree(repo_id, recursive=True, revision=commit)
            files = [
                HubFile(e.path, int(e.size or 0), e.lfs.sha256 if e.lfs else None, getattr(e, "blob_id", None))
                for e in tree
                if hasattr(e, "size")
            ]
            return info, commit, files

        info, commit, files = self._call(repo_id, run)
        grouped, rejected = group_gguf_files(repo_id, commit, files)
        entry = catalogue_entry(repo_id)
        return RepoListing(
            repo_id,
            commit,
            bool(info.gated) or bool(entry and entry.gated),
            tuple(grouped),
            entry.shape if entry else None,
            tuple(rejected),
        )
