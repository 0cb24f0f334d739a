"""The check before the window opens on Linux: the xcb libraries Qt needs, named in one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.core.base.qt_system_libs import (
    XCB_LIBRARIES,
    ldconfig_lookup,
    missing_libraries_message,
    missing_packages,
    uses_xcb,
)


def _lookup_without(*absent: str):
    """A fake ``find_library``: every library is there except ``absent`` (libc always is)."""
    return lambda name: None if name in absent else f"lib{name}.so.0"


def test_missing_libraries_are_named_with_the_apt_get_line():
    message = missing_libraries_message({}, _lookup_without("xcb-cursor", "xcb-icccm", "xcb-keysyms"), "linux")
    assert message == (
        "Qt needs these system libraries to open a window: libxcb-cursor0, libxcb-icccm4, "
        "libxcb-keysyms1; install with: sudo apt-get install libxcb-cursor0 libxcb-icccm4 "
        "libxcb-keysyms1"
    )
    assert "\n" not in message


def test_nothing_is_said_when_everything_is_there_or_xcb_is_not_used():
    assert missing_libraries_message({}, _lookup_without(), "linux") is None
    everything_missing = _lookup_without(*XCB_LIBRARIES)
    assert missing_libraries_message({"QT_QPA_PLATFORM": "offscreen"}, everything_missing, "linux") is None
    assert missing_libraries_message({"WAYLAND_DISPLAY": "wayland-0"}, everything_missing, "linux") is None
    assert missing_libraries_message({}, everything_missing, "darwin") is None
    assert missing_libraries_message({}, lambda name: None, "linux") is None  # no working lookup: let Qt try


def test_xcb_is_checked_when_asked_for_by_name():
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb:dpi=96", "WAYLAND_DISPLAY": "w"}, "linux")
    assert not uses_xcb({"QT_QPA_PLATFORM": "wayland"}, "linux")
    assert uses_xcb({}, "linux")


def test_every_package_is_a_debian_name_and_the_table_is_in_the_readme():
    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text("utf-8")
    for package in XCB_LIBRARIES.values():
        assert package.islower() and " " not in package
    for package in ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"):
        assert package in readme
    assert missing_packages(_lookup_without("xcb-util")) == ["libxcb-util1"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_the_window_command_prints_one_line_instead_of_qts_abort(tmp_path):
    """``hearth`` with no arguments (what `make run` starts), with a fake lookup that misses one."""
    script = (
        "import ctypes.util, sys\n"
        "real = ctypes.util.find_library\n"
        "ctypes.util.find_library = lambda n: None if n == 'xcb-icccm' else (real(n) or 'lib' + n + '.so')\n"
        # Every name goes to the fake find_library, whether or not this machine has the library.
        "import app.core.base.qt_system_libs as libs\n"
        "libs._ldconfig_listing = lambda: ''\n"
        "from app.__main__ import main\n"
        "sys.exit(main([]))\n"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "HEARTH_HOME": str(tmp_path),
        "DISPLAY": ":99",
        "PYTHONPATH": str(Path(__file__).resolve().parents[3]),
    }
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "hearth: Qt needs these system libraries to open a window: libxcb-icccm4; "
        "install with: sudo apt-get install libxcb-icccm4"
    ]


def test_one_ldconfig_listing_answers_every_name_and_misses_still_ask_find_library(monkeypatch):
    listings: list[int] = []
    asked: list[str] = []

    def listing() -> str:
        listings.append(1)
        return (
            "3 libs found in cache `/etc/ld.so.cache'\n"
            "\tlibc.so.6 (libc6,x86-64) => /lib/x86_64-linux-gnu/libc.so.6\n"
            "\tlibxcb.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libxcb.so.1\n"
            "\tlibxcb-cursor.so.0 (libc6,x86-64) => /lib/x86_64-linux-gnu/libxcb-cursor.so.0\n"
        )

    monkeypatch.setattr("ctypes.util.find_library", lambda name: asked.append(name) or None)
    lookup = ldconfig_lookup(listing)
    assert listings == []  # nothing is run until a name is asked for
    assert lookup("xcb") and lookup("xcb-cursor") and lookup("c")
    assert lookup("xcb-icccm") is None
    assert listings == [1] and asked == ["xcb-icccm"]
    message = missing_libraries_message({}, ldconfig_lookup(listing), "linux")
    assert message is not None and "libxcb-cursor0" not in message and "libxcb-icccm4" in message


def test_the_real_ldconfig_lookup_agrees_with_find_library():
    import ctypes.util

    lookup = ldconfig_lookup()
    for name in ["c", *XCB_LIBRARIES]:
        assert bool(lookup(name)) == bool(ctypes.util.find_library(name)), name
