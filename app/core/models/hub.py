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

The "will it fit" estimate lives here too: weights (the file size) + KV cache (from the model's
shape when the catalogue knows it) + llama.cpp's compute buffer, compared with the machine's RAM.
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import PurePosixPath
from typing import Any, Iterable
from urllib.parse import urlsplit

from ..base.fileutil import safe_file_name
from ..base.system import gpu_memory_bytes, available_memory_bytes, format_bytes, total_memory_bytes

log = logging.getLogger(__name__)

DEFAULT_ENDPOINT = "https://huggingface.co"
CONNECT_TIMEOUT = 5.0  # seconds; offline should be said at once, not after a long wait
HUB_HOSTS = ("huggingface.co", "hf.co")  # the hub and its download hosts (cdn-lfs.huggingface.co...)
GEMMA_VOCAB = 262_144  # Gemma 3/3n/4 all share this vocabulary; it sizes the compute buffer
DEFAULT_UBATCH = 512
FULL_PRECISION = frozenset({"F32", "F16", "BF16"})


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
        return (f"{repo_id or 'this repository'} is gated and your stored token has no access: accept the "
                f"license on {page} with the account that owns the token, or store another token")
    return (f"{repo_id or 'this repository'} is gated: accept the license on {page} and store a Hugging Face "
            f"token (`hearth models login`, or Token... in the model manager)")


def translate_error(exc: BaseException, repo_id: str = "", token_sent: bool = False,
                    endpoint: str = DEFAULT_ENDPOINT) -> HubError:
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
        return HubConnectionError(f"You appear to be offline: cannot reach {_host(endpoint)} ({_offline_reason(exc)}). "
                                  "Check the connection and try again.")
    if isinstance(exc, (httpx.TransportError, OSError)):
        return HubConnectionError(f"cannot reach {endpoint} ({exc.__class__.__name__}); check the connection")
    return HubError(f"{exc.__class__.__name__}: {_first_line(exc)}")


def _host(url: str) -> str:
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


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else ""


# --------------------------------------------------------------- catalogue
@dataclass(frozen=True)
class ModelShape:
    """What the KV-cache and compute-buffer estimate needs to know about an architecture."""

    architecture: str
    layers: int | None = None
    kv_heads: int | None = None
    head_dim: int | None = None
    vocab: int = GEMMA_VOCAB
    context_length: int | None = None

    def kv_bytes_per_token(self) -> int | None:
        """f16 K and V for every layer (llama.cpp keeps full caches for sliding-window layers too)."""
        if not (self.layers and self.kv_heads and self.head_dim):
            return None
        return self.layers * self.kv_heads * self.head_dim * 2 * 2


@dataclass(frozen=True)
class CatalogueEntry:
    repo_id: str
    family: str
    name: str
    parameters: str
    shape: ModelShape | None
    gated: bool = False
    note: str = ""

    @property
    def publisher(self) -> str:
        return self.repo_id.split("/", 1)[0]


@lru_cache(maxsize=1)
def load_catalogue() -> tuple[CatalogueEntry, ...]:
    """The curated list, read from ``app/data/catalogue.json`` (data, so it can change without code)."""
    text = resources.files("app").joinpath("data", "catalogue.json").read_text(encoding="utf-8")
    return parse_catalogue(json.loads(text))


def parse_catalogue(data: dict[str, Any]) -> tuple[CatalogueEntry, ...]:
    shapes = {key: ModelShape(**value) for key, value in data.get("shapes", {}).items()}
    entries = []
    for item in data.get("models", []):
        entries.append(CatalogueEntry(
            repo_id=item["repo"], family=item.get("family", ""), name=item.get("name", item["repo"]),
            parameters=item.get("parameters", ""), shape=shapes.get(item.get("shape", "")),
            gated=bool(item.get("gated", False)), note=item.get("note", ""),
        ))
    return tuple(entries)


def catalogue_entry(repo_id: str) -> CatalogueEntry | None:
    lowered = repo_id.lower()
    return next((e for e in load_catalogue() if e.repo_id.lower() == lowered), None)


# ----------------------------------------------------------- file names
_SPLIT = re.compile(r"^(?P<base>.+)-(?P<index>\d{5})-of-(?P<count>\d{5})\.gguf$", re.IGNORECASE)
_QUANT = re.compile(
    r"(?<![A-Za-z0-9])((?:UD-)?(?:IQ[1-4]_(?:XXS|XS|NL|S|M)|Q[2-8]_K(?:_(?:XXL|XL|L|M|S))?|Q[4-8]_[01]"
    r"|TQ[12]_0|MXFP4(?:_MOE)?|BF16|F16|F32))(?![A-Za-z0-9])",
    re.IGNORECASE,
)


def split_info(name: str) -> tuple[str, int, int] | None:
    """(base, index, count) for ``x-00001-of-00003.gguf``; None for a single-file model."""
    match = _SPLIT.match(PurePosixPath(name).name)
    if not match:
        return None
    return match["base"], int(match["index"]), int(match["count"])


def split_part_name(base: str, index: int, count: int) -> str:
    return f"{base}-{index:05d}-of-{count:05d}.gguf"


def parse_quant(name: str) -> str:
    """The quantization named in a file name (``...-Q4_K_M.gguf`` -> ``Q4_K_M``), or ``"?"``."""
    stem = PurePosixPath(name).name
    info = split_info(stem)
    stem = info[0] if info else stem.rsplit(".", 1)[0]
    matches = _QUANT.findall(stem)
    return matches[-1].upper() if matches else "?"


def file_role(name: str) -> str:
    """``model`` for a chat model; ``projector`` (vision mmproj) and ``draft`` (MTP heads) are helpers."""
    lowered = PurePosixPath(name).name.lower()
    if "mmproj" in lowered:
        return "projector"
    if lowered.startswith("mtp-") or "-assistant" in lowered:
        return "draft"
    return "model"


def local_name_for(repo_path: str) -> str:
    """The file name a repo file gets in the models folder. Raises ValueError for hostile paths.

    Folders inside the repo (``Q8_0/x-00001-of-00002.gguf``) are fine; ``..``, absolute paths and
    backslashes are not: a name from the network must never choose where we write.
    """
    if not repo_path or "\\" in repo_path or "\x00" in repo_path or repo_path.startswith("/"):
        raise ValueError(f"unsafe file name from the network: {repo_path!r}")
    parts = repo_path.split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise ValueError(f"unsafe file name from the network: {repo_path!r}")
    name = safe_file_name(parts[-1])
    if not name.lower().endswith(".gguf"):
        raise ValueError(f"not a GGUF file: {repo_path!r}")
    return name


# ------------------------------------------------------------ repo files
@dataclass(frozen=True)
class HubFile:
    """One file in a repository, as the hub lists it."""

    path: str
    size: int
    sha256: str | None  # from the LFS pointer; None for a file kept in git itself
    blob_id: str | None = None  # the git blob id (sha1 of "blob <size>\\0" + content)

    @property
    def local_name(self) -> str:
        return local_name_for(self.path)


@dataclass(frozen=True)
class GGUFFile:
    """A downloadable model: one file, or the parts of a split GGUF, grouped."""

    repo_id: str
    revision: str
    parts: tuple[HubFile, ...]
    quant: str
    role: str = "model"

    @property
    def path(self) -> str:
        return self.parts[0].path

    @property
    def name(self) -> str:
        """The local name of the file llama.cpp opens (the first part of a split model)."""
        return self.parts[0].local_name

    @property
    def size(self) -> int:
        return sum(p.size for p in self.parts)

    @property
    def sha256(self) -> str | None:
        return self.parts[0].sha256

    @property
    def is_split(self) -> bool:
        return len(self.parts) > 1

    @property
    def label(self) -> str:
        suffix = f" ({len(self.parts)} parts)" if self.is_split else ""
        return f"{PurePosixPath(self.path).name}{suffix}"


@dataclass(frozen=True)
class RepoListing:
    repo_id: str
    revision: str  # the commit the listing was taken at; downloads are pinned to it
    gated: bool
    files: tuple[GGUFFile, ...]
    shape: ModelShape | None = None
    rejected: tuple[str, ...] = ()  # paths with names we refuse to write (see local_name_for)

    @property
    def models(self) -> list[GGUFFile]:
        return [f for f in self.files if f.role == "model"]

    def find(self, spec: str | None, n_ctx: int = 4096) -> GGUFFile:
        """A file by repo path, file name or quantization (``Q4_K_M``); None picks the recommended one."""
        if not spec:
            recommended = recommend(self, n_ctx)
            if recommended is None:
                raise HubNotFoundError(f"{self.repo_id} has no GGUF model file that fits this machine; "
                                       "`hearth models files` lists them")
            return recommended
        wanted = spec.strip().lower()
        for matcher in (lambda f: f.path.lower() == wanted, lambda f: PurePosixPath(f.path).name.lower() == wanted,
                        lambda f: f.role == "model" and f.quant.lower() == wanted):
            found = [f for f in self.files if matcher(f)]
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                names = ", ".join(f.label for f in found)
                raise HubNotFoundError(f"{spec!r} matches several files in {self.repo_id}: {names}")
        if spec in self.rejected:
            raise HubError(f"unsafe file name from the network: {spec!r}; not downloading it")
        raise HubNotFoundError(f"no GGUF file {spec!r} in {self.repo_id}; `hearth models files {self.repo_id}` "
                               "lists them")


def group_gguf_files(repo_id: str, revision: str, files: Iterable[HubFile]) -> tuple[list[GGUFFile], list[str]]:
    """Group ``.gguf`` files into models (split parts together). Returns (models, rejected paths)."""
    singles: list[GGUFFile] = []
    splits: dict[tuple[str, str, int], dict[int, HubFile]] = {}
    rejected: list[str] = []
    for item in files:
        if not item.path.lower().endswith(".gguf"):
            continue
        try:
            local_name_for(item.path)
        except ValueError:
            log.info("%s: ignoring %r (unsafe file name)", repo_id, item.path)  # listed in RepoListing.rejected
            rejected.append(item.path)
            continue
        info = split_info(item.path)
        if info is None:
            singles.append(GGUFFile(repo_id, revision, (item,), parse_quant(item.path), file_role(item.path)))
            continue
        folder = str(PurePosixPath(item.path).parent)
        splits.setdefault((folder, info[0], info[2]), {})[info[1]] = item
    for (_folder, base, count), parts in splits.items():
        if sorted(parts) != list(range(1, count + 1)):
            log.warning("%s: split model %s is missing parts; skipped", repo_id, base)
            continue
        ordered = tuple(parts[i] for i in range(1, count + 1))
        singles.append(GGUFFile(repo_id, revision, ordered, parse_quant(ordered[0].path), file_role(base)))
    singles.sort(key=lambda f: (f.role != "model", f.size))
    return singles, rejected


# ----------------------------------------------------------- will it fit
FITS, TIGHT, TOO_LARGE = "fits", "tight", "too large"


@dataclass(frozen=True)
class FitEstimate:
    weights: int
    kv_cache: int | None  # None when the architecture's shape is unknown
    compute: int
    verdict: str
    budget: int | None  # the memory it was compared with
    where: str = "RAM"

    @property
    def total(self) -> int:
        return self.weights + (self.kv_cache or 0) + self.compute

    def describe(self) -> str:
        kv = format_bytes(self.kv_cache) if self.kv_cache is not None else "unknown"
        budget = f" of {format_bytes(self.budget)} {self.where}" if self.budget else ""
        return (f"{self.verdict}: needs about {format_bytes(self.total)}{budget} "
                f"(weights {format_bytes(self.weights)}, KV cache {kv}, compute {format_bytes(self.compute)})")


@dataclass(frozen=True)
class Machine:
    """The memory a model can use. VRAM counts only when GPU offload is available."""

    total_ram: int | None
    available_ram: int | None
    vram: int | None = None

    @classmethod
    def current(cls, vram: int | None = None) -> "Machine":
        if vram is None:
            vram = detected_vram()
        return cls(total_memory_bytes(), available_memory_bytes(), vram)


def detected_vram() -> int | None:
    """The GPU's memory, counted only when this llama.cpp build can offload to it."""
    from ..inference.engine import gpu_offload_supported

    if not gpu_offload_supported():
        return None
    memory = gpu_memory_bytes()
    return memory[0] if memory else None


def estimate_fit(file_size: int, shape: ModelShape | None, n_ctx: int, machine: Machine,
                 n_ubatch: int = DEFAULT_UBATCH) -> FitEstimate:
    """Memory for weights + KV cache + compute buffer, and whether the machine has it.

    fits: within the GPU's memory, or within 75 % of RAM and what is free now; tight: within
    95 % of RAM (other programs will have to give way); too large: beyond that.
    """
    if shape is not None and shape.context_length:
        n_ctx = min(n_ctx, shape.context_length)
    per_token = shape.kv_bytes_per_token() if shape else None
    kv = per_token * n_ctx if per_token is not None else None
    compute = n_ubatch * (shape.vocab if shape else GEMMA_VOCAB) * 4
    need = file_size + (kv or 0) + compute
    if machine.vram and need <= machine.vram * 0.9:
        return FitEstimate(file_size, kv, compute, FITS, machine.vram, "VRAM")
    total = machine.total_ram
    if not total:
        return FitEstimate(file_size, kv, compute, TIGHT, None)
    available = machine.available_ram if machine.available_ram is not None else total
    if need <= min(total * 0.75, available):
        verdict = FITS
    elif need <= total * 0.95:
        verdict = TIGHT
    else:
        verdict = TOO_LARGE
    return FitEstimate(file_size, kv, compute, verdict, total)


@dataclass(frozen=True)
class FileChoice:
    file: GGUFFile
    fit: FitEstimate
    recommended: bool = False


def assess(listing: RepoListing, n_ctx: int = 4096, machine: Machine | None = None) -> list[FileChoice]:
    """Every file with its fit estimate; the best-fitting model file marked as recommended."""
    machine = machine or Machine.current()
    choices = [FileChoice(f, estimate_fit(f.size, listing.shape, n_ctx, machine)) for f in listing.files]
    best = _best(choices)
    return [FileChoice(c.file, c.fit, c is best) for c in choices]


def recommend(listing: RepoListing, n_ctx: int = 4096, machine: Machine | None = None) -> GGUFFile | None:
    best = next((c for c in assess(listing, n_ctx, machine) if c.recommended), None)
    return best.file if best else None


def _best(choices: list[FileChoice]) -> FileChoice | None:
    """The largest (highest-quality) quantized model file that fits; else the smallest tight one.

    F16/BF16/F32 are never recommended: twice the memory of Q8_0 for no visible gain in chat.
    """
    candidates = [c for c in choices if c.file.role == "model" and c.file.quant not in FULL_PRECISION]
    fitting = [c for c in candidates if c.fit.verdict == FITS]
    if fitting:
        return max(fitting, key=lambda c: c.file.size)
    tight = [c for c in candidates if c.fit.verdict == TIGHT]
    return min(tight, key=lambda c: c.file.size) if tight else None


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
            log.warning("HF_ENDPOINT points to %s, which is not the Hugging Face hub: the stored token is not "
                        "sent there (set hub_endpoint in Hearth's settings to trust it)", urlsplit(self.endpoint).netloc)
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

            self._api = HfApi(endpoint=self.endpoint, token=self._token_arg, library_name="hearth",
                              library_version=__version__)
        return self._api

    def auth_error(self, repo_id: str) -> HubAuthError:
        """The 401/403 error for ``repo_id``, saying why no token was sent when it was withheld."""
        message = auth_message(repo_id, self.token_sent)
        if self.token_withheld:
            message = (f"{repo_id or 'this repository'} needs your token, but it was not sent to "
                       f"{urlsplit(self.endpoint).netloc} because that is not the Hugging Face hub (HF_ENDPOINT); "
                       "set hub_endpoint in Hearth's settings to trust that server")
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
            response = get_session().get(f"{self.endpoint}/api/models", params=params, headers=self.auth_headers(),
                                         timeout=httpx.Timeout(self.timeout, connect=CONNECT_TIMEOUT))
            hf_raise_for_status(response)
            try:
                models = [ModelInfo(**dict(item, siblings=None)) for item in response.json()[:limit]]
            except (ValueError, TypeError, KeyError, AttributeError) as exc:
                raise HubError(f"{_host(self.endpoint)} sent a search answer Hearth cannot read") from exc
            return [RepoSummary(m.id, m.downloads or 0, m.likes or 0, bool(m.gated),
                                m.last_modified.isoformat() if m.last_modified else "", tuple(m.tags or ()))
                    for m in models]

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
            files = [HubFile(e.path, int(e.size or 0), e.lfs.sha256 if e.lfs else None, getattr(e, "blob_id", None))
                     for e in tree if hasattr(e, "size")]
            return info, commit, files

        info, commit, files = self._call(repo_id, run)
        grouped, rejected = group_gguf_files(repo_id, commit, files)
        entry = catalogue_entry(repo_id)
        return RepoListing(repo_id, commit, bool(info.gated) or bool(entry and entry.gated), tuple(grouped),
                           entry.shape if entry else None, tuple(rejected))
