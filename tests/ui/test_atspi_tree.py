"""The window as a screen reader reads it: the real AT-SPI tree under Xvfb (issue 15).

Hearth runs in its own process on a virtual X display (Xvfb) with a private D-Bus session and
at-spi2-core's accessibility bus, Qt's AT-SPI bridge switched on; the system python3 with
pyatspi (``atspi_probe.py``) then reads its tree as Orca would. Every showing control has a name,
the main buttons are there under their names, and each message is exposed with its author and
its text.

Needs Xvfb, dbus-daemon, at-spi2-core, python3-pyatspi and Qt's xcb libraries. Without them the
test is skipped with the reason; in CI it fails instead where ``.ci/run`` can install them (apt-get
as root), and is skipped where it cannot.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.ci import skip_or_fail_in_ci

REPO = Path(__file__).resolve().parents[2]
PROBE = Path(__file__).with_name("atspi_probe.py")
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = Path("/usr/bin/python3")
QUESTION = "Hello, screen reader"
HANG_GUARD_S = 60  # generous: catches a hang only
# The roles tools/atspi.py (and a screen reader) treat as controls that must be named.
CONTROL_ROLES = {
    "push button",
    "text",
    "combo box",
    "check box",
    "list",
    "toggle button",
    "spin button",
    "slider",
    "radio button",
    "page tab",
    "table",
    "tree",
    "tree table",
    "entry",
    "password text",
}


def _missing_tools() -> list[str]:
    missing = [tool for tool in ("Xvfb", "dbus-daemon") if shutil.which(tool) is None]
    if not BUS_LAUNCHER.exists():
        missing.append("at-spi2-core")
    probe = (
        subprocess.run([str(SYSTEM_PYTHON), "-c", "import pyatspi"], capture_output=True)
        if SYSTEM_PYTHON.exists()
        else None
    )
    if probe is None or probe.returncode != 0:
        missing.append("python3-pyatspi")
    from app.core.base.qt_system_libs import ldconfig_lookup, missing_packages

    missing += missing_packages(ldconfig_lookup())
    return missing


def _installable_here() -> bool:
    """Whether .ci/run can install the tools (Debian or Ubuntu, as root, and its apt-get worked)."""
    if os.environ.get("HEARTH_CI_APT_FAILED"):
        return False
    return sys.platform.startswith("linux") and shutil.which("apt-get") is not None and os.geteuid() == 0


@pytest.fixture
def screen_reader_session(tmp_path):
    """Xvfb, a D-Bus session and the accessibility bus; yields the environment to run apps in."""
    missing = _missing_tools()
    if missing:
        reason = f"the AT-SPI check needs {', '.join(missing)}"
        if not _installable_here():
            pytest.skip(f"{reason}, which this system cannot install with apt-get as root")
        skip_or_fail_in_ci(reason)  # .ci/run installs them: in CI a skip would hide a failure
    started: list[subprocess.Popen] = []
    try:
        read_end, write_end = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
            pass_fds=(write_end,),
            stderr=subprocess.DEVNULL,
        )
        started.append(xvfb)
        os.close(write_end)
        with os.fdopen(read_end) as display_pipe:
            display = ":" + display_pipe.readline().strip()
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"], stdout=subprocess.PIPE, text=True
        )
        started.append(bus)
        address = bus.stdout.readline().strip()
        env = {
            **os.environ,
            "DISPLAY": display,
            "DBUS_SESSION_BUS_ADDRESS": address,
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "NO_AT_BRIDGE": "0",
        }
        started.append(
            subprocess.Popen(
                [str(BUS_LAUNCHER), "--launch-immediately"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        time.sleep(0.5)  # the launcher registers org.a11y.Bus on the session bus
        yield env
    finally:
        for process in reversed(started):
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()


def _run_app(env: dict, home: Path) -> subprocess.Popen:
    app_env = {**env, "HEARTH_HOME": str(home), "PYTHONPATH": str(REPO)}
    app = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.atspi_app", QUESTION],
        cwd=REPO,
        env=app_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + HANG_GUARD_S
    while time.monotonic() < deadline:
        line = app.stdout.readline()
        if line.strip() == "READY":
            return app
        if not line and app.poll() is not None:
            break
    app.kill()
    pytest.fail(f"Hearth did not show the reply under Xvfb: {app.communicate()[1][-2000:]}")


def _read_tree(env: dict) -> list[dict]:
    """The tree as the screen reader sees it, once Hearth has registered on the bus."""
    from tests.ui.atspi_app import APP_NAME

    deadline = time.monotonic() + HANG_GUARD_S
    while True:
        probe = subprocess.run(
            [str(SYSTEM_PYTHON), str(PROBE), APP_NAME], env=env, capture_output=True, text=True, timeout=HANG_GUARD_S
        )
        if probe.returncode == 0:
            tree = json.loads(probe.stdout)
            if any(node["role"] == "frame" for node in tree):
                return tree
        if time.monotonic() > deadline:
            pytest.fail(f"Hearth never appeared on the accessibility bus: {probe.stderr[-2000:]}")
        time.sleep(0.5)


def test_a_screen_reader_reads_named_controls_and_messages(screen_reader_session, hearth_home, scripted_model):
    app = _run_app(screen_reader_session, hearth_home)
    try:
        tree = _read_tree(screen_reader_session)
    finally:
        app.terminate()
        app.wait(HANG_GUARD_S)
    showing = [node for node in tree if node["showing"]]
    unnamed = [
        f"{n['role']} {n['text'][:40]!r}" for n in showing if n["role"] in CONTROL_ROLES and not n["name"].strip()
    ]
    assert not unnamed, f"controls a screen reader reads without a name: {unnamed}"
    buttons = {node["name"] for node in showing if node["role"] == "push button"}
    assert {"New chat", "Send"} <= buttons, buttons
    messages = {node["name"]: node for node in showing if node["name"].startswith("Message from ")}
    assert QUESTION in messages["Message from You"]["description"]
    assert "The answer is forty-two." in messages["Message from Gemma"]["description"]
    # Each message's text is readable on its own, under its author's name (Qt exposes read-only
    # rich text as a static text node, which a screen reader reads with its text interface).
    texts = {node["name"]: node["text"] for node in showing if node["role"] in ("text", "label") and node["text"]}
    assert QUESTION in texts["Text of the message from You"]
    assert "The answer is forty-two." in texts["Text of the message from Gemma"]
    assert "print(42)" in texts["Code (python)"]  # a code block is its own named node
