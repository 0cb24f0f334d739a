"""Stop sequences split across tokens, and the Host header parsing of the server's guard."""

from __future__ import annotations

import threading

import pytest

from app.core.server.guard import allowed_hosts, host_of
from app.core.server.service import _StopWatcher


def _run(pieces, stops):
    out: list[str] = []
    stop = threading.Event()
    watcher = _StopWatcher(stops, out.append, stop)
    for piece in pieces:
        if stop.is_set():
            break  # the engine stops within one token
        watcher.feed(piece)
    return "".join(out) + watcher.flush(), watcher.matched, stop.is_set()


@pytest.mark.parametrize(
    "pieces, stops, expected",
    [
        (["Hello", " wor", "ld", ". Bye"], ["."], ("Hello world", ".", True)),
        (["Hel", "lo EN", "D here"], ["END"], ("Hello ", "END", True)),  # the stop spans two tokens
        (["a<", "b", "c"], ["<x>"], ("a<bc", None, False)),  # a false start is released
        (["tail <"], ["<x>"], ("tail <", None, False)),  # held back to the end, then flushed
        (["one", "two"], [], ("onetwo", None, False)),
        (["x", "STOP", "never"], ["STOP", "x"], ("", "x", True)),
    ],
)
def test_stop_sequences(pieces, stops, expected):
    assert _run(pieces, stops) == expected


@pytest.mark.parametrize(
    "header, name",
    [
        ("localhost:8427", "localhost"),
        ("[::1]:8427", "::1"),
        ("127.0.0.1", "127.0.0.1"),
        ("EVIL.example:80", "evil.example"),
    ],
)
def test_host_of(header, name):
    assert host_of(header) == name


def test_loopback_binding_allows_only_loopback_names():
    hosts = allowed_hosts("127.0.0.1")
    assert {"localhost", "127.0.0.1", "::1"} <= hosts
    assert "0.0.0.0" not in hosts and "evil.example" not in hosts
