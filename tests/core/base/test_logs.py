"""Logging: what reaches the log file, that it never quotes the user, and that it fails quietly."""

from __future__ import annotations

import errno
import logging
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app.core.base import logs
from app.core.base.paths import AppPaths

SECRET = "Quillfeather marmalade"


@pytest.fixture
def fresh_logging():
    """configure_logging changes the process-wide root logger: give it back as it was."""
    root = logging.getLogger()
    saved = (
        list(root.handlers),
        root.level,
        getattr(root, "_hearth_configured", False),
        {name: logging.getLogger(name).level for name in (*logs.HEARTH_LOGGERS, "hearth.llama_cpp")},
    )
    for handler in list(root.handlers):
        root.removeHandler(handler)
    root._hearth_configured = False  # type: ignore[attr-defined]
    yield
    for handler in list(root.handlers):
        root.removeHandler(handler)
        if handler not in saved[0]:
            handler.close()
    for handler in saved[0]:
        root.addHandler(handler)
    root.setLevel(saved[1])
    root._hearth_configured = saved[2]  # type: ignore[attr-defined]
    for name, level in saved[3].items():
        logging.getLogger(name).setLevel(level)


def _flush_root() -> None:
    for handler in logging.getLogger().handlers:
        handler.flush()


def test_third_party_debug_lines_stay_out_and_hearth_info_goes_in(app_paths: AppPaths, fresh_logging, monkeypatch):
    monkeypatch.delenv("HEARTH_LOG_LEVEL", raising=False)
    logs.configure_logging(app_paths, console_level=None)
    from markdown_it import MarkdownIt

    MarkdownIt("commonmark").render("# Title\n\nSome *text*, a [link][r] and a list:\n\n- one\n- two\n\n[r]: /x\n")
    logging.getLogger("app.core.inference.engine").info("loaded model.gguf in 1.0 s")
    logging.getLogger("hearth.llama_cpp").debug("llama_model_loader: - kv   0: general.architecture str = gemma3")
    logging.getLogger("hearth.llama_cpp").warning("llama_context: n_ctx_seq (1024) < n_ctx_train (32768)")
    logging.getLogger("urllib3.connectionpool").debug("Starting new HTTPS connection (1): huggingface.co:443")
    _flush_root()
    text = app_paths.log_path.read_text(encoding="utf-8")
    assert "loaded model.gguf" in text
    assert "n_ctx_seq (1024)" in text  # llama.cpp's warnings are kept
    assert "markdown_it" not in text and "urllib3" not in text and "general.architecture" not in text


def test_hearth_log_level_brings_hearth_debug_records_back(app_paths: AppPaths, fresh_logging, monkeypatch):
    monkeypatch.setenv("HEARTH_LOG_LEVEL", "debug")
    logs.configure_logging(app_paths, console_level=None)
    logging.getLogger("app.ui.workers").debug("a debug record")
    logging.getLogger("markdown_it.rules_block.paragraph").debug("still not this one")
    _flush_root()
    text = app_paths.log_path.read_text(encoding="utf-8")
    assert "a debug record" in text and "still not this one" not in text


class _FullDisk:
    """A stream on a full disk: every write fails with ENOSPC."""

    def write(self, _text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def flush(self) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    def seek(self, *_args) -> int:
        return 0

    def tell(self) -> int:
        return 0

    def close(self) -> None:
        pass


def test_a_full_disk_is_noted_once_not_once_per_record(tmp_path: Path, capfd):
    handler = logs.QuietRotatingFileHandler(
        tmp_path / "hearth.log", maxBytes=1_000_000, backupCount=1, encoding="utf-8"
    )
    handler.stream.close()
    handler.stream = _FullDisk()
    logger = logging.getLogger("app.test_full_disk")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        for number in range(500):
            logger.warning("record %d", number)
    finally:
        logger.removeHandler(handler)
        logger.propagate = True
    err = capfd.readouterr().err
    assert err.count("\n") == 1, err[:2000]
    assert "cannot write the log" in err and "No space left on device" in err and "Traceback" not in err


def test_the_console_handler_is_quiet_on_a_broken_stream_too(capfd):
    handler = logs.QuietStreamHandler(_FullDisk())
    logger = logging.getLogger("app.test_broken_console")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        for _ in range(50):
            logger.error("something")
    finally:
        logger.removeHandler(handler)
        logger.propagate = True
    assert capfd.readouterr().err.count("\n") == 1


def _raise_with_content():
    try:
        raise KeyError(SECRET)
    except KeyError as exc:
        raise ValueError(f"the template refused: {SECRET}") from exc


def test_safe_traceback_keeps_the_stack_and_withholds_messages():
    with pytest.raises(ValueError) as info:
        _raise_with_content()
    text = logs.safe_traceback(info.value)
    assert SECRET not in text
    assert "_raise_with_content" in text and "KeyError" in text and "ValueError" in text
    assert f"message of {len(str(info.value))} characters withheld" in text
    disk = OSError(errno.ENOSPC, "No space left on device")
    assert "No space left on device" in logs.describe_exception(disk)  # the system's words are kept


@pytest.fixture
def restore_hooks():
    saved = sys.excepthook, threading.excepthook
    yield
    sys.excepthook, threading.excepthook = saved


def test_excepthook_logs_the_stack_and_notifies_in_one_sentence(restore_hooks, caplog):
    told: list[str] = []
    logs.install_excepthook(told.append)
    with pytest.raises(ValueError) as info:
        _raise_with_content()
    with caplog.at_level(logging.ERROR, logger="app.crash"):
        sys.excepthook(ValueError, info.value, info.value.__traceback__)
    assert len(told) == 1 and "ValueError" in told[0] and "\n" not in told[0] and SECRET not in told[0]
    assert "_raise_with_content" in caplog.text and SECRET not in caplog.text

    caplog.clear()
    with caplog.at_level(logging.ERROR, logger="app.crash"):
        worker = threading.Thread(target=_raise_with_content, name="worker-x")
        worker.start()
        worker.join()
    assert "thread worker-x" in caplog.text and SECRET not in caplog.text


def test_excepthook_survives_a_failing_notifier(restore_hooks, caplog):
    def broken(_text: str) -> None:
        raise RuntimeError("no window")

    logs.install_excepthook(broken)
    with caplog.at_level(logging.ERROR, logger="app.crash"):
        sys.excepthook(ValueError, ValueError("x"), None)  # must not raise
    assert "the error report itself failed" in caplog.text


def test_the_cli_prints_one_line_for_an_unexpected_error(hearth_home: Path):
    """An exception no command expected: one line on the terminal, the stack in the log file."""
    script = (
        "import sys, app.cli.history as history\n"
        "def boom(args, ctx):\n"
        f"    raise RuntimeError({SECRET!r})\n"
        "history.run_list = boom\n"
        "from app.__main__ import main\n"
        "sys.exit(main(['history', 'list']))\n"
    )
    root = Path(__file__).resolve().parents[3]
    done = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hearth: error:") and "RuntimeError" in lines[0], done.stderr
    log_text = AppPaths.from_environment().log_path.read_text(encoding="utf-8")
    assert "unhandled exception" in log_text and "in boom" in log_text and SECRET not in log_text
