"""Hearth as a local API server (OpenAI- and Anthropic-compatible), safe by default.

Requests are callers of the one :class:`~app.core.inference.owner.EngineOwner`, like the window
and the CLI: they queue instead of failing. The pieces: :mod:`.keys` (the API key),
:mod:`.guard` (Host allow-list, key, CORS, body limit, request log), :mod:`.service` (the
bridge from async requests to engine jobs), :mod:`.openai_api` and :mod:`.anthropic_api` (the two
wire formats), :mod:`.app` (the Starlette application) and :mod:`.runner` (uvicorn, foreground or
on a thread).
"""

# Not used by LM Studio (1234), Jan (1337), GPT4All (4891), Ollama (11434), KoboldCpp (5001) or
# the usual development servers (8000, 8080).
DEFAULT_PORT = 8427
