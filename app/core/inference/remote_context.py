"""How long a context a remote model has: what the server says, else what the user set for the
endpoint, else a stated guess.

The OpenAI API has no field for it, so each server is asked in its own way, first answer wins:

1. the context the server *runs* with: the ``/v1/models`` entry (vLLM's ``max_model_len``, and
   the like), llama-server's ``/props``, Ollama's ``/api/ps`` (the running model's allocation)
   or the ``num_ctx`` parameter in Ollama's ``/api/show``;
2. the endpoint's own setting (``hearth remotes add NAME URL --context N``, or the Remote servers
   page), capped at the model's trained maximum when the server gives that;
3. the model's trained maximum alone (Ollama's ``model_info["<arch>.context_length"]``,
   llama-server's ``n_ctx_train``): an upper bound, said so, because Ollama may run a smaller one;
4. the user's context setting, or 4,096 tokens, said to be a guess.

Every probe is optional: a server without the route answers 404 and the next one is tried.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from ..models.remotes import RemoteEndpoint
from .remote_client import native_json

log = logging.getLogger(__name__)

DEFAULT_REMOTE_CONTEXT = 4096
# ``/v1/models`` fields that give the context a server runs with, and those that give only the
# model's trained maximum (LM Studio's ``max_context_length``, llama-server's ``meta.n_ctx_train``).
RUNNING_KEYS = ("max_model_len", "context_length", "n_ctx", "loaded_context_length")
MAXIMUM_KEYS = ("max_context_length", "n_ctx_train")
_OWNERS = {
    "vllm": "vLLM",
    "llamacpp": "llama.cpp server",
    "library": "Ollama",
    "ollama": "Ollama",
    "me": "llama-cpp-python server",
    "hearth": "Hearth",
}


@dataclass(frozen=True)
class ContextFinding:
    """The context to fit prompts into, the server's kind when learnt, and notes for the user."""

    length: int
    server_kind: str = ""
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ServerWord:
    """What the server said: the context it runs with and the model's trained maximum (0: unsaid)."""

    running: int = 0
    maximum: int = 0
    kind: str = ""


def discover_context(
    endpoint: RemoteEndpoint, api_key: str | None, entry: dict, model_id: str, *, fallback: int, timeout: float
) -> ContextFinding:
    """Ask the server (``entry`` is the model's ``/v1/models`` entry), then decide."""
    word = server_word(endpoint, api_key, entry, model_id, timeout)
    finding = resolve(word, endpoint, fallback)
    log.info(
        "context of %s on %s: %d (server running %d, trained %d, endpoint setting %d)",
        model_id,
        endpoint.name,
        finding.length,
        word.running,
        word.maximum,
        endpoint.context_length,
    )
    return finding


def server_word(
    endpoint: RemoteEndpoint, api_key: str | None, entry: dict, model_id: str, timeout: float
) -> ServerWord:
    kind = server_kind(entry)
    running, maximum = _from_models_entry(entry)
    if running:
        return ServerWord(running, maximum, kind)
    running = _props_context(native_json(endpoint, api_key, "/props", timeout=timeout))
    if running:
        return ServerWord(running, maximum, kind or "llama.cpp server")
    ollama = ollama_context(endpoint, api_key, model_id, timeout)
    if ollama is not None:
        return ServerWord(ollama.running, ollama.maximum or maximum, "Ollama")
    return ServerWord(0, maximum, kind)


def resolve(word: ServerWord, endpoint: RemoteEndpoint, fallback: int) -> ContextFinding:
    """The decision of the module docstring, from what the server said and the endpoint's setting."""
    setting = endpoint.context_length
    set_it = f"set it with: hearth remotes add {endpoint.name} {endpoint.url} --context N, or in Remote servers"
    if word.running:
        notes = ()
        if setting and setting != word.running:
            notes = (f"{endpoint.name} runs a context of {word.running} tokens; its setting of {setting} is not used",)
        return ContextFinding(word.running, word.kind, notes)
    if setting and word.maximum and setting > word.maximum:
        note = f"the context setting ({setting}) is more than the model was trained for; using {word.maximum} tokens"
        return ContextFinding(word.maximum, word.kind, (note,))
    if setting:
        return ContextFinding(setting, word.kind)
    if word.maximum:
        note = f"the server gives only the model's trained context, {word.maximum} tokens; if it runs less, {set_it}"
        return ContextFinding(word.maximum, word.kind, (note,))
    fallback = fallback if fallback > 0 else DEFAULT_REMOTE_CONTEXT
    note = f"the server does not say its context length; assuming {fallback} tokens ({set_it})"
    return ContextFinding(fallback, word.kind, (note,))


def server_kind(entry: dict) -> str:
    """The server's kind ("vLLM", "Ollama"...) from a ``/v1/models`` entry's ``owned_by``; "" if unsaid."""
    return _OWNERS.get(str(entry.get("owned_by") or "").lower(), "")


def _from_models_entry(entry: dict) -> tuple[int, int]:
    """(running, trained maximum) from a ``/v1/models`` entry and its ``meta`` (llama-server)."""
    places = (entry, entry.get("meta") if isinstance(entry.get("meta"), dict) else {})
    running = next((n for place in places for key in RUNNING_KEYS if (n := _positive(place.get(key)))), 0)
    maximum = next((n for place in places for key in MAXIMUM_KEYS if (n := _positive(place.get(key)))), 0)
    return running, maximum


def _props_context(props: dict | None) -> int:
    """llama-server's ``/props``: ``default_generation_settings.n_ctx`` (older builds: ``n_ctx``)."""
    if not props:
        return 0
    settings = props.get("default_generation_settings")
    return _positive(settings.get("n_ctx") if isinstance(settings, dict) else None) or _positive(props.get("n_ctx"))


@dataclass(frozen=True)
class OllamaContext:
    running: int  # the running model's allocation (/api/ps), else the num_ctx parameter; 0: unsaid
    maximum: int  # model_info["<arch>.context_length"]: what the model was trained for


def ollama_context(
    endpoint: RemoteEndpoint, api_key: str | None, model_id: str, timeout: float
) -> OllamaContext | None:
    """Ollama's own API beside ``/v1``: ``POST /api/show {"model": id}`` describes the model,
    ``GET /api/ps`` lists the models loaded now with their context. None when not Ollama."""
    shown = native_json(endpoint, api_key, "/api/show", body={"model": model_id}, timeout=timeout)
    if shown is None or not ({"model_info", "parameters", "details"} & shown.keys()):
        return None
    running = _num_ctx(shown.get("parameters"))
    loaded = native_json(endpoint, api_key, "/api/ps", timeout=timeout) or {}
    for model in loaded.get("models") or ():
        if isinstance(model, dict) and model_id in (model.get("model"), model.get("name")):
            running = _positive(model.get("context_length")) or running
    return OllamaContext(running, _trained_context(shown.get("model_info")))


def _trained_context(model_info) -> int:
    """``<arch>.context_length`` where ``general.architecture`` names the arch (``gemma3``)."""
    if not isinstance(model_info, dict):
        return 0
    arch = model_info.get("general.architecture")
    if isinstance(arch, str) and (n := _positive(model_info.get(f"{arch}.context_length"))):
        return n
    return next(
        (n for key, value in model_info.items() if key.endswith(".context_length") and (n := _positive(value))), 0
    )


def _num_ctx(parameters) -> int:
    """``num_ctx`` from Ollama's parameter text (one ``name value`` per line, padded with spaces)."""
    for line in parameters.splitlines() if isinstance(parameters, str) else ():
        name, _, value = line.strip().partition(" ")
        if name == "num_ctx" and value.strip().isdigit():
            return _positive(int(value.strip()))
    return 0


def _positive(value) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0
