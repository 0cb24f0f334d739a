"""Reading only regular files: FIFOs, devices and folders are refused at once, never read or waited on."""

import os
import sys
import threading

import pytest

from app.core.base.fileutil import (
    FileTooLargeError,
    NotRegularFileError,
    is_regular_file,
    open_regular_file,
    read_regular_file,
)

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")


def _finishes(func, seconds=10):
    """Run ``func`` in a thread; the hang guard: a blocked open would never return."""
    outcome = {}

    def target():
        try:
            outcome["value"] = func()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            outcome["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "blocked on a special file"
    return outcome


@needs_fifo
def test_a_fifo_and_a_symlink_to_it_are_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "link.json"
    link.symlink_to(fifo)
    for path in (fifo, link):
        assert not is_regular_file(path)
        outcome = _finishes(lambda p=path: read_regular_file(p, 1024))
        assert isinstance(outcome.get("error"), NotRegularFileError)
        assert "FIFO" in str(outcome["error"])


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_dev_zero_and_a_folder_are_refused(tmp_path):
    outcome = _finishes(lambda: read_regular_file("/dev/zero"))
    assert isinstance(outcome.get("error"), NotRegularFileError) and "device" in str(outcome["error"])
    with pytest.raises(NotRegularFileError, match="folder"):
        open_regular_file(tmp_path)


def test_regular_files_read_and_the_size_limit_holds(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"12345")
    assert is_regular_file(path)
    assert read_regular_file(path) == b"12345" and read_regular_file(path, 5) == b"12345"
    with pytest.raises(FileTooLargeError, match="larger than 4 bytes"):
        read_regular_file(path, 4)
    with open_regular_file(path) as handle:
        assert handle.read() == b"12345"
    assert not is_regular_file(tmp_path / "missing") and not is_regular_file(sys.executable + "\x00")
