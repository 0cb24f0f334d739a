"""Load a model once in a short-lived child process before the app loads it in its own.

llama.cpp checks much of a model file with assertions that abort the whole process
(``GGML_ASSERT``, exit -6): a header whose ``block_count`` disagrees with its tensors takes the CLI
and the window down with it, unsaved text included. Hearth cannot pre-check every such assertion,
so the first load of a file happens in a child (``hearth --trial-load PATH``; ``python -m app
--trial-load PATH`` from source) that loads it the way the app will, with a tiny context and on the
CPU. A file that kills the child is refused with llama.cpp's last words; one that loads is trusted.

The verdict is remembered per file in the library folder (``.trials.json``), by sha256 when it is
known, else by path, size and modification time, so each file is tried once. Only crashes and
successes are remembered: a clean refusal is left to the real load, which explains it itself.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from ..base.fileutil import atomic_write_text

log = logging.getLogger(__name__)

TRIAL_CACHE_NAME = ".trials.json"
TRIAL_FLAG = "--trial-load"
TRIAL_TIMEOUT_S = 300.0  # a CPU load with a tiny context maps the weights and reads little of them
LOG_TAIL_LINES = 3
# The child's exit codes. Anything else (a signal, Windows' 3 for abort(), 0xC0000005...) is a
# crash, except the signals someone sends to stop a process (Ctrl+C reaches the child too).
EXIT_LOADED, EXIT_REFUSED, EXIT_BROKEN_INSTALL, EXIT_INTERRUPTED = 0, 70, 71, 72
_STOP_SIGNALS = {
    -int(getattr(signal, name)) for name in ("SIGINT", "SIGTERM", "SIGKILL", "SIGHUP") if hasattr(signal, name)
}
# Small enough to be quick and light; large enough that llama.cpp builds its real compute graph.
TRIAL_CONTEXT, TRIAL_BATCH = 64, 32

PASSED, CRASHED, REFUSED, TIMED_OUT, SKIPPED = "passed", "crashed", "refused", "timed out", "skipped"
INTERRUPTED = "interrupted"
_cache_lock = threading.Lock()


@dataclass(frozen=True)
class TrialVerdict:
    """What a trial load found. ``usable`` is False only for what the real load must never try."""

    outcome: str  # PASSED, CRASHED, REFUSED (llama.cpp said no cleanly), TIMED_OUT, SKIPPED, INTERRUPTED
    reason: str = ""  # for the user: why the file is unusable, or why no trial ran
    exit_code: int | None = None
    cached: bool = False  # read from the cache: no child was started

    @property
    def usable(self) -> bool:
        return self.outcome not in (CRASHED, TIMED_OUT)


# ------------------------------------------------------------------ the cache
def verdict_keys(path: Path, sha256: str | None = None) -> list[str]:
    """The keys a file's verdict may be stored under: its sha256 (when known) and its identity."""
    keys = [f"sha256:{sha256.lower()}"] if sha256 else []
    try:
        info = Path(path).stat()
        keys.append(f"file:{Path(path).resolve()}|{info.st_size}|{info.st_mtime_ns}")
    except OSError:
        pass
    return keys


def cached_verdict(path: Path, cache_file: Path | None, sha256: str | None = None) -> TrialVerdict | None:
    """The remembered verdict for this file, or None when it was never tried (or has changed)."""
    if cache_file is None:
        return None
    verdicts = _load(cache_file)
    for key in verdict_keys(path, sha256):
        entry = verdicts.get(key)
        if isinstance(entry, dict) and entry.get("outcome") in (PASSED, CRASHED):
            code = entry.get("exit_code")
            return TrialVerdict(
                entry["outcome"], str(entry.get("reason") or ""), code if isinstance(code, int) else None, cached=True
            )
    return None


def any_crash_recorded(cache_file: Path) -> bool:
    """Whether any file ever crashed a trial (else listing the library needs no per-file lookup)."""
    return any(isinstance(entry, dict) and entry.get("outcome") == CRASHED for entry in _load(cache_file).values())


def remember_verdict(path: Path, cache_file: Path, verdict: TrialVerdict, sha256: str | None = None) -> None:
    """Store the verdict in ``cache_file`` (a failure to write is logged: the trial reruns later)."""
    keys = verdict_keys(path, sha256)[:1]  # the sha256 when known: it survives renames and copies
    if not keys:
        return
    entry = {
        "outcome": verdict.outcome,
        "reason": verdict.reason,
        "exit_code": verdict.exit_code,
        "file": Path(path).name,
        "tried_at": time.time(),
    }
    if not Path(cache_file).parent.is_dir():  # no library folder (yet): nothing is created for this
        return
    with _cache_lock:
        verdicts = _load(cache_file)
        verdicts[keys[0]] = entry
        try:
            atomic_write_text(Path(cache_file), json.dumps(verdicts, indent=1, sort_keys=True))
        except OSError as exc:  # the trial then simply runs again next time
            log.warning("could not remember the trial load of %s: %s", Path(path).name, exc)


def _load(cache_file: Path) -> dict:
    from .gguf_info import open_regular_file  # a FIFO under this name must not block either

    try:
        with open_regular_file(Path(cache_file)) as handle:
            data = json.loads(handle.read().decode("utf-8"))
    except (OSError, ValueError, RecursionError):  # GGUFError (not a regular file) is a ValueError
        return {}
    return data if isinstance(data, dict) else {}


# ------------------------------------------------------------- the parent side
def default_trial_cache() -> Path | None:
    """The verdict file of the profile's library folder (where the CLI and the window keep models)."""
    from ..base.paths import AppPaths

    try:
        return AppPaths.from_environment().models_dir / TRIAL_CACHE_NAME
    except Exception:  # noqa: BLE001 - no profile folder: trials still run, unremembered
        return None


def ensure_trial(
    path: Path, cache_file: Path | None, sha256: str | None = None, timeout: float = TRIAL_TIMEOUT_S
) -> TrialVerdict:
    """The file's verdict: remembered, or found by a trial load now (and remembered)."""
    known = cached_verdict(path, cache_file, sha256)
    if known is not None:
        return known
    verdict = run_trial(path, timeout)
    if cache_file is not None and verdict.outcome in (PASSED, CRASHED):
        remember_verdict(path, cache_file, verdict, sha256)
    return verdict


def run_trial(path: Path, timeout: float = TRIAL_TIMEOUT_S) -> TrialVerdict:
    """Load ``path`` in a child process and judge by how it ended."""
    path = Path(path)
    started = time.perf_counter()
    try:
        result = subprocess.run(
            trial_command(path),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            timeout=timeout,
            env=_child_environment(),
            creationflags=_no_window_flag(),
        )
    except subprocess.TimeoutExpired:
        log.warning("the trial load of %s did not finish in %.0f s", path.name, timeout)
        return TrialVerdict(TIMED_OUT, f"llama.cpp did not finish loading this file within {timeout:.0f} s")
    except OSError as exc:  # cannot start a process at all: say so in the log, keep the old behaviour
        log.warning("could not start a trial load of %s (%s); loading it directly", path.name, exc)
        return TrialVerdict(SKIPPED, f"the trial load could not start: {exc}")
    tail = _log_tail(result.stderr)
    code = result.returncode
    log.info("trial load of %s: exit %s in %.1f s", path.name, code, time.perf_counter() - started)
    if code == EXIT_LOADED:
        return TrialVerdict(PASSED, exit_code=code)
    if code == EXIT_REFUSED:
        return TrialVerdict(REFUSED, tail, exit_code=code)
    if code == EXIT_INTERRUPTED or code in _STOP_SIGNALS:  # stopped from outside: no verdict
        log.info("the trial load of %s was interrupted (exit %s)", path.name, code)
        return TrialVerdict(INTERRUPTED, f"the trial load was interrupted (exit {code})", exit_code=code)
    if code == EXIT_BROKEN_INSTALL:
        log.warning("the trial load could not use llama.cpp (%s); loading %s directly", tail, path.name)
        return TrialVerdict(SKIPPED, tail, exit_code=code)
    reason = f"llama.cpp crashed while loading this file (exit {code})"
    return TrialVerdict(CRASHED, f"{reason}: {tail}" if tail else reason, exit_code=code)


def trial_command(path: Path) -> list[str]:
    """How to start the child: the frozen app is its own interpreter, so it gets a hidden flag."""
    if getattr(sys, "frozen", False):
        return [sys.executable, TRIAL_FLAG, str(path)]
    return [sys.executable, "-m", "app", TRIAL_FLAG, str(path)]


def _child_environment() -> dict[str, str]:
    env = dict(os.environ)
    env["GGML_NO_BACKTRACE"] = "1"  # ggml would otherwise attach gdb to print a backtrace: slow, noisy
    env["PYTHONIOENCODING"] = "utf-8"
    if not getattr(sys, "frozen", False):  # the child must import this very copy of the app
        root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    return env


def _no_window_flag() -> int:
    return getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0


def _log_tail(stderr: bytes | None) -> str:
    """The last meaningful lines llama.cpp wrote: the failed assertion is usually the last one."""
    text = (stderr or b"").decode("utf-8", errors="replace")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    wanted = [line for line in lines if "GGML_ASSERT" in line or "error" in line.lower()] or lines
    tail = " | ".join(_shorten(line) for line in wanted[-LOG_TAIL_LINES:])
    return tail[:600]


def _shorten(line: str) -> str:
    """Drop the build machine's source path from 'path/llama-model.cpp:1328: GGML_ASSERT(...)', and
    any control character (the log may quote the file's own strings, and this reaches a terminal)."""
    line = "".join(ch if ch.isprintable() else "?" for ch in line)
    head, sep, rest = line.partition(": ")
    if sep and ("/" in head or "\\" in head) and ":" in head:
        return f"{head.replace(chr(92), '/').rsplit('/', 1)[-1]}: {rest}"
    return line


# -------------------------------------------------------------- the child side
def child_main(argv: list[str]) -> int:
    """``--trial-load PATH``: load the model the way the app would, then exit. The exit code is the
    verdict (see EXIT_*); llama.cpp's own log goes to stderr for the parent to quote."""
    if len(argv) != 1:
        _say(f"usage: hearth {TRIAL_FLAG} PATH")
        return EXIT_BROKEN_INSTALL
    try:
        return _load_once(argv[0])
    except KeyboardInterrupt:  # Ctrl+C in the terminal reaches the child as well
        return EXIT_INTERRUPTED


def _load_once(path: str) -> int:
    try:
        import llama_cpp
    except Exception as exc:  # noqa: BLE001 - any import failure means this install cannot judge
        _say(f"llama-cpp-python is not usable: {exc}")
        return EXIT_BROKEN_INSTALL
    try:
        # verbose=True: llama.cpp logs to stderr (with False, llama-cpp-python would point stderr
        # at /dev/null and the parent could not quote the failed assertion).
        llm = llama_cpp.Llama(
            model_path=path,
            n_ctx=TRIAL_CONTEXT,
            n_batch=TRIAL_BATCH,
            n_ubatch=TRIAL_BATCH,
            n_gpu_layers=0,
            n_threads=1,
            verbose=True,
        )
    except Exception as exc:  # noqa: BLE001 - llama-cpp-python turns a clean refusal into an exception
        _say(f"error: llama.cpp refused the file: {exc}")
        return EXIT_REFUSED
    llm.close()
    return EXIT_LOADED


def _say(text: str) -> None:
    if sys.stderr is not None:  # a windowed frozen build has no stderr
        print(text, file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1:]))
