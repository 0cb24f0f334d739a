"""OpenAI's ``POST /v1/embeddings``, served by the embedding model chosen for documents.

The model is the one ``hearth docs embed MODEL`` (or the window's documents settings) chose: its
name is read from the history database on the server's database thread, and the model is loaded
once, on the engine owner's thread, where every embedding request then runs in order with the
chat jobs (one model's threads at a time on the CPU). ``input`` is a string or a list of strings
(token arrays are refused: Hearth does not share a tokenizer with the client); ``encoding_format``
is ``float`` or ``base64`` (what the official client asks for). A text longer than the embedder
reads (:data:`~app.core.documents.embeddings.EMBED_CHARS` characters, or more tokens than the
model's context) is refused with a 400 naming the limit, as OpenAI refuses one over its models'
limit: cutting it silently would return a vector of a text the client never sent.
"""

from __future__ import annotations

import base64
import logging
import re
from collections.abc import Callable
from pathlib import Path

import numpy as np
from starlette.requests import Request
from starlette.responses import JSONResponse

from ..documents import embeddings, store
from .errors import ApiError
from .service import ModelService, wait_job
from .wire import read_json

log = logging.getLogger(__name__)

MAX_INPUTS = 2048  # OpenAI's own limit per request
_MODEL_ID = re.compile(r"(.+):\d+\Z")  # a model id "name.gguf:size" (embeddings.model_id)
HOW_TO_CHOOSE = "choose one with `hearth docs embed MODEL` (or in the window's documents settings)"


class EmbeddingModels:
    """The chosen embedding model, loaded on the engine owner's thread on first use and kept."""

    def __init__(self, owner, library, database, load: Callable[[Path], object] = embeddings.LlamaEmbedder):
        self.owner, self.library, self.database = owner, library, database
        self._load = load
        self._loaded: tuple[Path, object] | None = None  # touched on the owner's thread only

    async def chosen(self) -> Path:
        """The chosen model's file, or an ApiError saying how to choose one."""
        value = None
        if self.database is not None:
            value = await self.database.run(lambda storage: store.get_setting(storage.connection, embeddings.SETTING))
        if not value:
            raise ApiError(404, f"no embedding model is chosen: {HOW_TO_CHOOSE}", "model_not_found", "model")
        path = self._resolve(value)
        if path is None:
            raise ApiError(
                404,
                f"the embedding model chosen for documents ({Path(value).name}) is not available any more: "
                f"{HOW_TO_CHOOSE}",
                "model_not_found",
                "model",
            )
        return path

    def _resolve(self, value: str) -> Path | None:
        """The setting holds a path (the CLI) or a model id ("name.gguf:size"); either finds the file."""
        path = Path(value)
        if path.is_file():
            return path
        match = _MODEL_ID.match(path.name)
        name = match.group(1) if match else path.name
        for model in self.library.models():
            if name in (model.name, model.path.stem):
                return model.path
        return None

    async def embed(self, path: Path, texts: list[str]) -> tuple[list[list[float]], int]:
        """Vectors for ``texts`` and how many tokens they were, computed on the owner's thread."""
        return await wait_job(self.owner.call("embed", lambda: self._embed_here(path, texts)))

    def _embed_here(self, path: Path, texts: list[str]) -> tuple[list[list[float]], int]:
        if self._loaded is None or self._loaded[0] != path:
            self._close_here()
            try:
                self._loaded = (path, self._load(path))
            except Exception as exc:  # noqa: BLE001 - llama.cpp says little: one sentence
                raise ApiError(
                    503, f"{path.name} cannot be loaded as an embedding model ({type(exc).__name__})"
                ) from None
            log.info("embedding model loaded for the API: %s", path.name)
        embedder = self._loaded[1]
        counts = [_token_count(embedder, text) for text in texts]
        _refuse_over_context(embedder, counts)
        return embedder.embed(texts), sum(counts)

    def _close_here(self) -> None:
        if self._loaded is not None:
            loaded, self._loaded = self._loaded[1], None
            closer = getattr(loaded, "close", None)
            if closer is not None:
                closer()

    def close(self, timeout: float = 30.0) -> None:
        """Unload the model on the owner's thread (also while it is closing)."""
        if self._loaded is None:
            return
        job = self.owner.submit("unload-embedder", lambda _job, _engine: self._close_here(), runs_when_closing=True)
        job.wait(timeout)


def _token_count(embedder, text: str) -> int:
    """Tokens of the text as the model read it; an estimate (4 characters a token) for embedders
    that do not expose their tokenizer."""
    llama = getattr(embedder, "_llama", None)  # LlamaEmbedder's model: its tokenizer counts exactly
    if llama is not None:
        return len(llama.tokenize(text.encode("utf-8"), add_bos=True))
    return max(1, len(text) // 4)


def _refuse_over_context(embedder, counts: list[int]) -> None:
    """A 400 for the first text with more tokens than the model's context (llama.cpp would cut it)."""
    llama = getattr(embedder, "_llama", None)
    context = llama.n_ctx() if llama is not None else None
    if not context:
        return
    for index, count in enumerate(counts):
        if count > context:
            raise too_long(index, f"{count} tokens", f"{context} tokens")


def too_long(index: int, size: str, limit: str) -> ApiError:
    """OpenAI's refusal of an input over the model's limit: 400, invalid_request_error, the limit named."""
    return ApiError(
        400,
        f"Invalid 'input[{index}]': maximum input length of the embedding model here is {limit} "
        f"(this text is {size}); split it into shorter texts",
        "context_length_exceeded",
        "input",
    )


def _inputs(data: dict) -> list[str]:
    raw = data.get("input")
    texts = [raw] if isinstance(raw, str) else raw
    if not isinstance(texts, list) or not texts:
        raise ApiError(400, "input must be a non-empty string or a non-empty list of strings", param="input")
    if len(texts) > MAX_INPUTS:
        raise ApiError(400, f"input may hold at most {MAX_INPUTS} texts", param="input")
    for index, text in enumerate(texts):
        if not isinstance(text, str):
            raise ApiError(
                400, f"input[{index}] must be a string (token arrays are not supported: send the text)", param="input"
            )
        if not text:
            raise ApiError(400, f"input[{index}] is empty", param="input")
        if len(text) > embeddings.EMBED_CHARS:  # the documents' embedder reads no further
            raise too_long(index, f"{len(text)} characters", f"{embeddings.EMBED_CHARS} characters")
    return texts


def _encoded(vector: list[float], encoding: str):
    if encoding == "base64":  # little-endian float32, as OpenAI sends it
        return base64.b64encode(np.asarray(vector, dtype="<f4").tobytes()).decode("ascii")
    return [float(x) for x in vector]


async def create(request: Request, service: ModelService):
    data = await read_json(request)
    texts = _inputs(data)
    encoding = data.get("encoding_format") or "float"
    if encoding not in ("float", "base64"):
        raise ApiError(400, "encoding_format must be 'float' or 'base64'", param="encoding_format")
    if data.get("dimensions") is not None:
        raise ApiError(400, "dimensions is not supported: the model's vectors have one size", param="dimensions")
    models = service.embedding_models
    if models is None:
        raise ApiError(404, f"no embedding model is chosen: {HOW_TO_CHOOSE}", "model_not_found", "model")
    path = await models.chosen()
    requested = data.get("model")
    if requested and requested not in (path.name, path.stem):
        raise ApiError(
            404,
            f"the embedding model here is {path.name} (the one chosen for documents), not {requested!r}",
            "model_not_found",
            "model",
        )
    request.state.model = path.name
    vectors, tokens = await models.embed(path, texts)
    request.state.prompt_tokens = tokens
    return JSONResponse(
        {
            "object": "list",
            "data": [
                {"object": "embedding", "index": index, "embedding": _encoded(vector, encoding)}
                for index, vector in enumerate(vectors)
            ],
            "model": path.name,
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
        }
    )
