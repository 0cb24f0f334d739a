"""Before the window opens on Linux: are the system libraries of Qt's xcb plugin installed?

The PySide6 wheel brings Qt but not the X11 libraries its ``xcb`` platform plugin links to. On a
minimal Debian/Ubuntu some are missing (``libxcb-cursor0`` most often), and Qt then aborts with
"could not load the Qt platform plugin xcb" and a page of advice. This check names the missing
libraries in one line, with the apt-get command, before Qt is imported.

Only the lookup touches the system (``ctypes.util.find_library``, which asks ``ldconfig``), and
it is a parameter, so the decision is tested with a fake one.
"""

from __future__ import annotations

import ctypes.util
import os
import re
import subprocess
import sys
from collections.abc import Callable, Mapping

# find_library name -> Debian/Ubuntu package; the libraries Qt 6's xcb plugin (and QtGui) load.
XCB_LIBRARIES: dict[str, str] = {
    "xcb": "libxcb1",
    "X11-xcb": "libx11-xcb1",
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-randr": "libxcb-randr0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-shm": "libxcb-shm0",
    "xcb-sync": "libxcb-sync1",
    "xcb-util": "libxcb-util1",
    "xcb-xfixes": "libxcb-xfixes0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon": "libxkbcommon0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "EGL": "libegl1",
    "GL": "libgl1",
    "fontconfig": "libfontconfig1",
    "dbus-1": "libdbus-1-3",
}

Lookup = Callable[[str], "str | None"]


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will pick its xcb plugin: Linux, and QT_QPA_PLATFORM unset or naming xcb (on a
    Wayland session with QT_QPA_PLATFORM unset, Qt tries Wayland first: no check then)."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip().lower()
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def ldconfig_lookup(listing: Callable[[], str] | None = None) -> Lookup:
    """``find_library``, answered from one ``ldconfig -p`` listing: ``find_library`` runs ldconfig
    once per name, and the ~20 names cost ~0.15 s of every start-up. The listing is read on the
    first call; a name it lacks is still asked of ``find_library``, so nothing is called missing
    that ``find_library`` would find."""
    names: set[str] | None = None

    def lookup(name: str) -> str | None:
        nonlocal names
        if names is None:
            names = {m.group(1) for m in re.finditer(r"^\s*lib(\S+?)\.so", (listing or _ldconfig_listing)(), re.M)}
        return f"lib{name}.so" if name in names else ctypes.util.find_library(name)

    return lookup


def _ldconfig_listing() -> str:
    program = "/sbin/ldconfig" if os.path.exists("/sbin/ldconfig") else "ldconfig"
    try:
        return subprocess.run(
            [program, "-p"], capture_output=True, text=True, timeout=5, check=False, env={"LC_ALL": "C", "LANG": "C"}
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return ""  # every name then goes to find_library, as before


def missing_packages(lookup: Lookup = ctypes.util.find_library) -> list[str]:
    """The packages of the xcb libraries ``lookup`` cannot find, in the table's order."""
    return [package for name, package in XCB_LIBRARIES.items() if not lookup(name)]


def missing_libraries_message(
    environ: Mapping[str, str] | None = None, lookup: Lookup = ctypes.util.find_library, platform: str = sys.platform
) -> str | None:
    """One line naming what Qt's xcb plugin lacks and how to install it; None when nothing is missing
    (or the xcb plugin will not be used)."""
    if getattr(sys, "frozen", False) or not uses_xcb(os.environ if environ is None else environ, platform):
        return None  # a frozen build may carry its own copies, where the lookup cannot see them
    if not lookup("c"):
        return None  # the lookup itself does not work here (no ldconfig): let Qt decide
    missing = missing_packages(lookup)
    if not missing:
        return None
    return (
        f"Qt needs these system libraries to open a window: {', '.join(missing)}; "
        f"install with: sudo apt-get install {' '.join(missing)}"
    )
