"""The API server's defaults, checked with raw HTTP against a real ``hearth serve`` process:
a key required, Host allow-list, no CORS for strangers, body limit, each API's error shape."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest

from tests.integration.conftest import ALLOWED_ORIGIN, API_KEY, serve_env

pytestmark = pytest.mark.model
AUTH = {"Authorization": f"Bearer {API_KEY}"}
CHAT = {"model": "", "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 2}


@pytest.fixture(scope="module")
def http(hearth_server):
    with httpx.Client(base_url=hearth_server.base, timeout=60) as client:
        yield client


def _openai_error(response) -> dict:
    error = response.json()["error"]
    assert set(error) >= {"message", "type", "code"} and error["message"]
    return error


def _anthropic_error(response) -> dict:
    body = response.json()
    assert body["type"] == "error" and body["error"]["message"] and body["error"]["type"]
    return body["error"]


@pytest.mark.parametrize(
    "headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": API_KEY}, {"x-api-key": "wrong"}]
)
def test_a_missing_or_wrong_key_gets_401(http, headers):
    response = http.get("/v1/models", headers=headers)
    assert response.status_code == 401
    assert _openai_error(response)["type"] == "invalid_api_key"
    refused = http.post("/v1/messages", headers=headers, json=CHAT)
    assert refused.status_code == 401 and _anthropic_error(refused)["type"] == "authentication_error"


def test_the_anthropic_x_api_key_header_is_accepted(http):
    assert http.get("/v1/models", headers={"x-api-key": API_KEY}).status_code == 200


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8427", "192.0.2.7", "localhost.evil.example"])
def test_a_foreign_host_header_gets_403_even_with_the_key(http, host):
    response = http.get("/v1/models", headers={**AUTH, "Host": host})
    assert response.status_code == 403 and "Host" in _openai_error(response)["message"]


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "[::1]"])
def test_loopback_host_names_are_accepted(http, hearth_server, host):
    response = http.get("/v1/models", headers={**AUTH, "Host": f"{host}:{hearth_server.port}"})
    assert response.status_code == 200


def test_a_foreign_origin_gets_no_cors_and_cannot_call(http):
    preflight = http.options(
        "/v1/chat/completions",
        headers={
            "Origin": "http://evil.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type",
        },
    )
    assert preflight.status_code == 403
    assert "access-control-allow-origin" not in preflight.headers
    simple = http.post("/v1/chat/completions", headers={**AUTH, "Origin": "http://evil.example"}, json=CHAT)
    assert simple.status_code == 403 and "access-control-allow-origin" not in simple.headers


def test_an_allowed_origin_gets_cors(http):
    preflight = http.options(
        "/v1/chat/completions", headers={"Origin": ALLOWED_ORIGIN, "Access-Control-Request-Method": "POST"}
    )
    assert preflight.status_code == 204
    assert preflight.headers["access-control-allow-origin"] == ALLOWED_ORIGIN
    listed = http.get("/v1/models", headers={**AUTH, "Origin": ALLOWED_ORIGIN})
    assert listed.status_code == 200 and listed.headers["access-control-allow-origin"] == ALLOWED_ORIGIN
    assert "access-control-allow-credentials" not in listed.headers


def test_unknown_paths_404_and_wrong_methods_405_in_the_apis_shape(http):
    for path in ("/", "/admin", "/v1/files", "/.env", "/v1/models/../../etc/passwd"):
        response = http.get(path, headers=AUTH)
        assert response.status_code == 404, path
        _openai_error(response)
    for path in ("/v1/chat/completions", "/v1/embeddings"):
        wrong_method = http.get(path, headers=AUTH)
        assert wrong_method.status_code == 405 and _openai_error(wrong_method)
    anthropic_method = http.get("/v1/messages", headers=AUTH)
    assert anthropic_method.status_code == 405 and _anthropic_error(anthropic_method)


def test_unknown_paths_without_a_key_are_401_not_a_map_of_the_server(http):
    assert http.get("/admin").status_code == 401


def test_a_huge_body_gets_413(http):
    huge = b"{" + b" " * (9 * 1024 * 1024) + b"}"
    response = http.post("/v1/chat/completions", headers={**AUTH, "Content-Type": "application/json"}, content=huge)
    assert response.status_code == 413 and _openai_error(response)

    def chunks():  # no Content-Length: the limit holds while reading
        for _ in range(9):
            yield b" " * (1024 * 1024)

    streamed = http.post("/v1/messages", headers={**AUTH, "Content-Type": "application/json"}, content=chunks())
    assert streamed.status_code == 413 and _anthropic_error(streamed)


@pytest.mark.parametrize("body", [b"{not json", b"[1, 2]", b"\xff\xfe", b""])
def test_malformed_json_gets_400(http, body):
    response = http.post("/v1/chat/completions", headers={**AUTH, "Content-Type": "application/json"}, content=body)
    assert response.status_code == 400 and _openai_error(response)["type"] == "invalid_request_error"
    anthropic_response = http.post("/v1/messages", headers=AUTH, content=body)
    assert anthropic_response.status_code == 400 and _anthropic_error(anthropic_response)


@pytest.mark.parametrize(
    "change", [{"messages": []}, {"messages": "hi"}, {"max_tokens": "many"}, {"temperature": -3}, {"stop": [1, 2]}]
)
def test_bad_fields_get_400_not_500(http, change):
    response = http.post("/v1/chat/completions", headers=AUTH, json={**CHAT, **change})
    assert response.status_code == 400, response.text
    _openai_error(response)


def test_no_auth_on_a_network_address_is_refused_at_start(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "app", "serve", "--no-auth", "--host", "0.0.0.0", "--port", "0"],
        check=False,
        env=serve_env(tmp_path / "home"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "--no-auth is allowed only on a loopback address" in result.stderr
    assert "Traceback" not in result.stderr
