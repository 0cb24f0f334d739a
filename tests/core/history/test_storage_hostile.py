"""Hostile and broken databases: a parent cycle, a damaged page, a read-only file, a second
process holding the write lock or streaming a reply. Every database here is a real SQLite file
written by the test (and damaged by it, byte for byte, where needed)."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from app.core.base.paths import AppPaths
from app.core.history.conversation import MessageStatus, Role
from app.core.history.storage import DamagedConversationError, Storage, StorageError
from app.core.history.store_errors import BUSY_MESSAGE, READ_ONLY_MESSAGE

REPO = Path(__file__).resolve().parents[3]


def _hearth(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["HEARTH_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "app", *args], env=env, capture_output=True, text=True, timeout=120, cwd=REPO
    )


def _one_line_error(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("hearth: error: "), result.stderr
    return lines[0]


def _chain(storage: Storage, title: str, texts: list[str]) -> tuple[str, list[str]]:
    conv = storage.create_conversation(title)
    ids, parent = [], None
    for n, text in enumerate(texts):
        parent = storage.add_message(conv.id, Role.USER if n % 2 == 0 else Role.ASSISTANT, text, parent_id=parent).id
        ids.append(parent)
    return conv.id, ids


# ------------------------------------------------------------------ parent cycle
def write_cyclic_database(path: Path) -> tuple[str, list[str], str]:
    """A looped chat (its first message's parent set to its last, by raw SQL) and a healthy one."""
    with Storage(path) as storage:
        looped, ids = _chain(storage, "Tampered", ["one", "two", "three", "four"])
        healthy, _ = _chain(storage, "Fine", ["hello", "hi there"])
    db = sqlite3.connect(path)
    db.execute("UPDATE messages SET parent_id = ? WHERE id = ?", (ids[-1], ids[0]))
    db.commit()
    db.close()
    return looped, ids, healthy


def _cyclic_home(tmp_path: Path) -> tuple[Path, str, list[str], str]:
    home = tmp_path / "home"
    path = AppPaths.from_environment({"HEARTH_HOME": str(home)}).ensure().database_path
    return (home, *write_cyclic_database(path))


@pytest.mark.timeout(60)
def test_a_parent_cycle_is_reported_instead_of_walked_forever(tmp_path):
    home, looped, ids, healthy = _cyclic_home(tmp_path)
    path = AppPaths.from_environment({"HEARTH_HOME": str(home)}).database_path
    with Storage(path) as storage:
        with pytest.raises(DamagedConversationError, match="loop"):
            storage.active_path(looped)
        assert [m.content for m in storage.active_path(healthy)] == ["hello", "hi there"]
        assert storage.latest_leaf_under(ids[1]) in ids  # stops where the branch loops back
        storage.delete_message(ids[2])  # the subtree query ends too
        assert not {m.id for m in storage.messages(looped)} & set(ids)  # the whole loop was below it
    assert os.path.getsize(path) < 10_000_000  # no runaway temp data


@pytest.mark.timeout(120)
def test_history_show_of_a_looped_chat_says_so_in_one_line_and_repair_mends_it(tmp_path):
    home, looped, ids, healthy = _cyclic_home(tmp_path)
    line = _one_line_error(_hearth(home, "history", "show", looped[:8]))
    assert "loop" in line and "doctor --repair" in line
    assert _hearth(home, "history", "show", healthy[:8]).returncode == 0
    repaired = _hearth(home, "doctor", "--repair")
    assert repaired.returncode == 0, repaired.stderr
    shown = _hearth(home, "history", "show", looped[:8])
    assert shown.returncode == 0, shown.stderr
    assert all(word in shown.stdout for word in ("one", "two", "three", "four"))


# ------------------------------------------------------------------ damaged page
def write_damaged_database(path: Path, chats: int = 60) -> dict[str, list[str]]:
    """A database that lost one page of the messages table (overwritten with noise).

    Returns every chat's texts as written."""
    written: dict[str, list[str]] = {}
    with Storage(path) as storage:
        for n in range(chats):
            texts = [f"chat {n} line {k}: the keeper trimmed the lamp wick {'and waited ' * 8}" for k in range(8)]
            conv, _ = _chain(storage, f"Chat {n}", texts)
            written[conv] = texts
        storage._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page_size = 4096
    # Pages of the messages table: b-tree leaf pages (type 13) holding message text.
    candidates = [
        n
        for n in range(1, len(data) // page_size)
        if data[n * page_size] == 13 and b"trimmed the lamp" in data[n * page_size : (n + 1) * page_size]
    ]
    victim = candidates[len(candidates) // 2]
    data[victim * page_size : (victim + 1) * page_size] = random.Random(7).randbytes(page_size)
    path.write_bytes(bytes(data))
    return written


def _damaged_home(tmp_path: Path) -> tuple[Path, Path, dict[str, list[str]]]:
    home = tmp_path / "home"
    path = AppPaths.from_environment({"HEARTH_HOME": str(home)}).ensure().database_path
    return home, path, write_damaged_database(path)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_damaged_page_is_found_at_open_copied_aside_and_never_written(tmp_path):
    _home, path, _written = _damaged_home(tmp_path)
    before = _sha(path)
    with Storage(path) as storage:
        assert storage.read_only_reason and "damaged" in storage.read_only_reason
        assert storage.damaged_backup is not None and _sha(storage.damaged_backup) == before
        with pytest.raises(StorageError, match="damaged"):
            storage.create_conversation("one more")
        with pytest.raises(StorageError, match="damaged"):
            storage.add_message(next(iter(_written)), Role.USER, "into the damage", parent_id=None)
        assert storage.recover_interrupted() == 0  # housekeeping skips quietly
        assert storage.list_conversations()  # reading what is readable still works
    assert _sha(path) == before  # not one byte written
    with Storage(path) as again:  # a second start reuses the copy instead of making another
        assert again.damaged_backup == storage.damaged_backup
    assert len(list(path.parent.glob("*.damaged-*.bak"))) == 1


@pytest.mark.timeout(180)
def test_doctor_repair_recovers_every_readable_conversation(tmp_path):
    home, path, written = _damaged_home(tmp_path)
    readable: dict[str, list[str]] = {}
    with Storage(path) as damaged:
        for conv in written:
            try:
                readable[conv] = [m.content for m in damaged.active_path(conv)]
            except StorageError:
                pass
    assert readable and len(readable) < len(written)  # the damage hid some chats, not all
    unreadable = next(c for c in written if c not in readable)
    line = _one_line_error(_hearth(home, "history", "show", unreadable[:8]))
    assert "damaged" in line
    checked = _hearth(home, "doctor")
    assert "DAMAGED" in checked.stdout and "Traceback" not in checked.stderr
    repaired = _hearth(home, "doctor", "--repair")
    assert repaired.returncode == 0, repaired.stderr
    assert "Recovered" in repaired.stdout and "Damaged copy" in repaired.stdout
    with Storage(path) as storage:
        assert storage.read_only_reason is None
        assert storage._db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        for conv, texts in readable.items():
            assert [m.content for m in storage.active_path(conv)] == texts == written[conv]
        assert len(storage.list_conversations()) == len(written)  # every chat row survived
        assert storage.search("keeper trimmed")  # the search index was rebuilt
        storage.create_conversation("writable again")
    assert "nothing to repair" in _hearth(home, "doctor", "--repair").stdout
    backups = list(path.parent.glob("hearth.sqlite3.damaged-*.bak"))
    assert len(backups) == 1  # the copy made at the first open is the one kept
    removed = _hearth(home, "history", "rm", next(iter(readable))[:8])
    assert removed.returncode == 0 and f"the backup {backups[0]} still holds" in removed.stdout


def test_reading_a_damaged_page_gives_one_sentence(tmp_path):
    _home, path, written = _damaged_home(tmp_path)
    with Storage(path, check_integrity=False) as storage:  # as if the damage happened after the start
        failures = []
        for conv in written:
            try:
                storage.active_path(conv)
            except StorageError as exc:
                failures.append(str(exc))
        assert failures and all("damaged" in f and "doctor --repair" in f for f in failures)
        with pytest.raises(StorageError, match="damaged"):  # and from then on nothing is written
            storage.create_conversation("after the damage")


# ------------------------------------------------------------------ read-only and locked
@pytest.fixture
def filled(tmp_path) -> Path:
    path = tmp_path / "h.sqlite3"
    with Storage(path) as storage:
        _chain(storage, "Kept", ["question", "answer"])
    return path


def test_another_process_holding_the_write_lock_blocks_only_writes(filled):
    holder = sqlite3.connect(filled, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE conversations SET title = title")
    try:
        with Storage(filled, busy_timeout=0.2) as storage:
            assert [c.title for c in storage.list_conversations()] == ["Kept"]
            assert storage.search("answer")
            assert storage.recover_interrupted() == 0
            with pytest.raises(StorageError) as caught:
                storage.create_conversation("blocked")
            assert str(caught.value) == BUSY_MESSAGE
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_history_list_works_while_another_process_writes(filled, tmp_path):
    home = tmp_path / "home"
    path = AppPaths.from_environment({"HEARTH_HOME": str(home)}).ensure().database_path
    shutil.copy(filled, path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE conversations SET title = title")
    try:
        listing = _hearth(home, "history", "list")
        assert listing.returncode == 0, listing.stderr
        assert "Kept" in listing.stdout
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_read_only_database_reads_and_says_why_it_cannot_write(filled):
    with Storage(filled, read_only=True) as storage:
        assert storage.read_only_reason == READ_ONLY_MESSAGE
        assert [c.title for c in storage.list_conversations()] == ["Kept"]
        assert storage.search("question")
        assert storage.recover_interrupted() == 0
        with pytest.raises(StorageError) as caught:
            storage.create_conversation("refused")
        assert str(caught.value) == READ_ONLY_MESSAGE


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores file modes")
def test_a_file_with_mode_0444_opens_read_only(filled):
    filled.chmod(0o444)
    try:
        with Storage(filled) as storage:
            assert storage.read_only_reason == READ_ONLY_MESSAGE
            assert storage.list_conversations()
    finally:
        filled.chmod(0o644)


@pytest.mark.skipif(
    not (os.name == "posix" and os.geteuid() == 0 and shutil.which("runuser") and Path("/usr/bin/python3").exists()),
    reason="needs root, runuser and a system python3",
)
def test_a_read_only_folder_is_detected_for_an_ordinary_user(filled):
    """As root file modes do not apply, so the check runs as 'nobody' on a copy of the code (in a
    folder of /tmp that nobody can reach; pytest's own tmp folder is root's alone)."""
    base = Path(tempfile.mkdtemp(prefix="hearth-ro-"))
    folder, code = base / "ro", base / "code"
    try:
        folder.mkdir()
        shutil.copy(filled, folder / "h.sqlite3")
        shutil.copytree(REPO / "app" / "core", code / "app" / "core", ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copy(REPO / "app" / "__init__.py", code / "app" / "__init__.py")
        for p in [base, code, *code.rglob("*")]:
            p.chmod(0o755 if p.is_dir() else 0o644)
        (folder / "h.sqlite3").chmod(0o444)
        folder.chmod(0o555)
        script = textwrap.dedent("""
            import sys
            sys.path.insert(0, sys.argv[1])
            from app.core.history.storage import Storage, StorageError
            with Storage(sys.argv[2]) as storage:
                print(storage.read_only_reason)
                print([c.title for c in storage.list_conversations()])
                try:
                    storage.create_conversation("x")
                except StorageError as exc:
                    print("refused:", exc)
        """)
        probe = subprocess.run(
            ["runuser", "-u", "nobody", "--", "/usr/bin/python3", "-c", "import sqlite3"],
            capture_output=True,
            text=True,
        )
        if probe.returncode != 0:
            pytest.skip("nobody cannot run the system python3 here")
        result = subprocess.run(
            ["runuser", "-u", "nobody", "--", "/usr/bin/python3", "-c", script, str(code), str(folder / "h.sqlite3")],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines() == [READ_ONLY_MESSAGE, "['Kept']", f"refused: {READ_ONLY_MESSAGE}"]
    finally:
        folder.chmod(0o755)
        shutil.rmtree(base)


# ------------------------------------------------------------------ live writers
def test_a_second_connection_does_not_mark_a_live_reply_interrupted(filled):
    with Storage(filled) as window:
        conv = window.list_conversations()[0].id
        leaf = window.get_conversation(conv).current_leaf_id
        reply = window.add_message(conv, Role.ASSISTANT, "still typ", parent_id=leaf, status=MessageStatus.STREAMING)
        with Storage(filled) as second:  # `hearth history list` starting meanwhile
            assert second.recover_interrupted() == 0
            assert second.get_message(reply.id).status is MessageStatus.STREAMING
        window.update_message(reply.id, content="still typing, done", status=MessageStatus.DONE)
        assert window.get_message(reply.id).status is MessageStatus.DONE


def test_a_reply_whose_writer_process_was_killed_is_marked_interrupted(filled):
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent("""
            import sys, time
            from app.core.history.conversation import MessageStatus, Role
            from app.core.history.storage import Storage
            storage = Storage(sys.argv[1])
            conv = storage.list_conversations()[0].id
            leaf = storage.get_conversation(conv).current_leaf_id
            reply = storage.add_message(conv, Role.ASSISTANT, "half a", parent_id=leaf, status=MessageStatus.STREAMING)
            print(reply.id, flush=True)
            time.sleep(120)
        """),
            str(filled),
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    try:
        reply_id = writer.stdout.readline().strip()
        assert reply_id
        with Storage(filled) as other:
            assert other.recover_interrupted() == 0  # its writer is alive
            assert other.get_message(reply_id).status is MessageStatus.STREAMING
        writer.kill()  # SIGKILL: no clean-up runs, as in a crash
        writer.wait(timeout=30)
        with Storage(filled) as after_crash:
            assert after_crash.recover_interrupted() == 1
            assert after_crash.get_message(reply_id).status is MessageStatus.INTERRUPTED
            assert after_crash.get_message(reply_id).content == "half a"
        assert not list((filled.parent / "h.sqlite3.writers").glob("*.lock"))  # the dead lock file is gone
    finally:
        if writer.poll() is None:
            writer.kill()
        writer.stdout.close()
