"""``python -m app`` / ``hearth``: a sub-command runs the CLI; no arguments open the window.

``hearth --self-test [--model PATH]`` checks the install (see :mod:`app.selftest`); it is handled
here, before the CLI parser, because it must work in a frozen build even when a sub-command's
imports are what is broken. The hidden ``--trial-load PATH`` is the child process that tries a model
file before the app loads it (see :mod:`app.core.models.trial_load`), and ``--read-document`` the one that
reads a PDF or DOCX under limits (:mod:`app.core.documents.sandbox`): in a frozen build the app itself is
the only interpreter there is.
"""

from __future__ import annotations

import sys

# The Windows installer (installer.iss) looks for this named mutex to tell that Hearth is running
# before it uninstalls; keep the two in step (tests/test_installer.py checks).
WINDOWS_MUTEX_NAME = "Hearth.Running.8F3B6E2A"
_mutex_handle = None  # held for the life of the process; Windows frees it at exit
TRIAL_LOAD_FLAG = "--trial-load"  # the same as app.core.models.trial_load.TRIAL_FLAG (not imported: start-up cost)
READ_DOCUMENT_FLAG = "--read-document"  # app.core.documents.sandbox.READER_FLAG: pypdf/python-docx in a child


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == [TRIAL_LOAD_FLAG]:
        return _trial_load(argv[1:])
    if argv[:1] == [READ_DOCUMENT_FLAG]:
        from .core.documents.sandbox import child_main

        return child_main(argv[1:])
    if "--self-test" in argv:
        return _self_test(argv)
    if _wants_cli(argv):
        from .cli import run
        from .core.base.logs import install_excepthook

        # An unexpected error: the traceback goes to the log, the terminal gets one line.
        install_excepthook(lambda text: print(f"hearth: error: {text}", file=sys.stderr))
        return run(argv)
    return main_gui(argv)


def main_gui(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == [TRIAL_LOAD_FLAG]:
        return _trial_load(argv[1:])
    if argv[:1] == [READ_DOCUMENT_FLAG]:
        from .core.documents.sandbox import child_main

        return child_main(argv[1:])
    if "--self-test" in argv:
        return _self_test(argv)
    from .core.base.qt_system_libs import ldconfig_lookup, missing_libraries_message

    missing = missing_libraries_message(lookup=ldconfig_lookup())  # instead of Qt's abort on a minimal Linux
    if missing:
        print(f"hearth: {missing}", file=sys.stderr)
        return 1
    _announce_running()
    from .ui.application import run_gui

    return run_gui(argv)


def _wants_cli(argv: list[str]) -> bool:
    """Anything but no arguments or a file to open (a .gguf from the file manager) is the CLI."""
    if not argv:
        return False
    if len(argv) == 1 and argv[0].lower().endswith(".gguf") and not argv[0].startswith("-"):
        return False
    return True


def _self_test(argv: list[str]) -> int:
    import argparse
    from pathlib import Path

    parser = argparse.ArgumentParser(
        prog="hearth --self-test",
        description="Load a model, generate, open a database, check the keyring and Qt; exit 0 when all of it works.",
    )
    parser.add_argument("--self-test", action="store_true", required=True)
    parser.add_argument(
        "--model",
        type=Path,
        metavar="PATH",
        help="the GGUF file to test (default: the starter model, else the first in the library)",
    )
    args = parser.parse_args(argv)
    from .selftest import run_self_test

    out = sys.stdout
    if out is None:  # the windowed hearth.exe has no console; keep the report where it can be found
        import os
        import tempfile

        report = os.path.join(tempfile.gettempdir(), "hearth-self-test.txt")
        with open(report, "w", encoding="utf-8") as handle:
            return run_self_test(args.model, handle)
    return run_self_test(args.model, out)


def _trial_load(argv: list[str]) -> int:
    from .core.models.trial_load import child_main

    return child_main(argv)


def _announce_running() -> None:
    """On Windows, hold a named mutex so the uninstaller can ask the user to close Hearth first."""
    global _mutex_handle
    if sys.platform != "win32" or _mutex_handle is not None:
        return
    try:
        import ctypes

        _mutex_handle = ctypes.windll.kernel32.CreateMutexW(None, False, WINDOWS_MUTEX_NAME)
    except (AttributeError, OSError):  # never keep the app from starting over this
        _mutex_handle = None


if __name__ == "__main__":
    sys.exit(main())
