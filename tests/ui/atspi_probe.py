"""Print an application's AT-SPI tree as JSON, as a screen reader reads it.

Run with the system ``python3`` (Debian's python3-pyatspi; it is not in the virtualenv), with
DISPLAY and DBUS_SESSION_BUS_ADDRESS of the session the app runs in:
``python3 atspi_probe.py APP_NAME``. Exit 3 when no application of that name is registered.
Used by ``test_atspi_tree.py``.
"""

import json
import sys

import pyatspi


def app_named(name):
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and name.lower() in (app.name or "").lower():
            return app
    return None


def nodes(acc, depth=0):
    try:
        role, name, description = acc.getRoleName(), acc.name or "", acc.description or ""
    except Exception:  # a node that went away while being read
        return
    text = ""
    try:
        content = acc.queryText()
        text = content.getText(0, min(content.characterCount, 4000))
    except Exception:  # not a text node
        pass
    try:
        showing = acc.getState().contains(pyatspi.STATE_SHOWING)
    except Exception:
        showing = True
    yield {"depth": depth, "role": role, "name": name, "description": description, "text": text, "showing": showing}
    for index in range(acc.childCount):
        child = acc.getChildAtIndex(index)
        if child is not None:
            yield from nodes(child, depth + 1)


def main(argv):
    app = app_named(argv[1])
    if app is None:
        sys.exit(3)
    json.dump(list(nodes(app)), sys.stdout)


if __name__ == "__main__":
    main(sys.argv)
