"""Downloads against a real local HTTP hub with injected faults: resume by Range, retries, sha256
verification, gated repos and the token, disk space, hostile names, pause/cancel, the queue."""

from __future__ import annotations

import shutil
import threading
import time
from collections import namedtuple
from pathlib import Path

import pytest

from app.core.base.hashing import cached_sha256
from app.core.base.secrets import TokenStore
from app.core.models.downloads import (
    CANCELLED,
    DONE,
    FAILED,
    PAUSED,
    QUEUED,
    ChecksumMismatchError,
    DownloadError,
    DownloadJob,
    DownloadManager,
    DownloadOptions,
    DownloadStopped,
    NotEnoughSpaceError,
)
from app.core.models.hub import HubAuthError, HubClient, HubFile
from app.core.models.library import ModelLibrary
from tests.fakes_hub import Fault, fake_hub, fake_hub_cdn, gguf_bytes, memory_keyring, sha256_hex  # noqa: F401

REPO = "ggml-org/gemma-3-1b-it-GGUF"
NAME = "gemma-3-1b-it-Q4_K_M.gguf"
DATA = gguf_bytes(name="Gemma 3 1B test", padding=1_500_000, seed=7)
FAST = DownloadOptions(backoff=0.01, max_backoff=0.05, progress_interval=0.0)


def _manager(app_paths, hub, token=None, options=FAST) -> DownloadManager:
    return DownloadManager.for_paths(app_paths, HubClient(token=token, endpoint=hub.endpoint), options)


def _pull(manager, spec=NAME, repo=REPO, progress=None) -> list[Path]:
    client = manager.downloader.client()
    listing = client.list_gguf_files(repo)
    return [manager.run(job, progress) for job in manager.enqueue(listing, listing.find(spec))]


def _wait_for(condition, timeout=20.0):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.01)


# ------------------------------------------------------------------- basics
def test_download_verifies_and_lands_in_the_library(app_paths, fake_hub):
    fake_hub.add_repo(REPO, {NAME: DATA})
    seen = []
    (path,) = _pull(_manager(app_paths, fake_hub), progress=seen.append)

    assert path == app_paths.models_dir / NAME and path.read_bytes() == DATA
    assert not list(app_paths.models_dir.glob("*.part"))
    model = ModelLibrary(app_paths.models_dir).find(NAME)
    assert model.usable and model.source.repo_id == REPO and model.source.sha256 == sha256_hex(DATA)
    assert cached_sha256(path, app_paths.models_dir / ".hashes.json") == sha256_hex(DATA)
    assert seen[-1].done == len(DATA) and seen[-1].phase == "verifying"
    assert any(p.phase == "downloading" and 0 < p.done < len(DATA) for p in seen)


def test_resume_after_a_dropped_connection_continues_from_the_partial_size(app_paths, fake_hub):
    fake_hub.add_repo(REPO, {NAME: DATA})
    fake_hub.inject(NAME, Fault(drop_after=600_000))
    (path,) = _pull(_manager(app_paths, fake_hub))

    gets = fake_hub.file_gets(NAME)
    assert [g.range for g in gets] == [None, "bytes=600000-"]
    assert sha256_hex(path) == sha256_hex(DATA)


def test_transient_server_errors_are_retried_with_backoff(app_paths, fake_hub):
    fake_hub.add_repo(REPO, {NAME: DATA})
    fake_hub.inject(NAME, Fault(status=503), Fault(drop_after=100_000), Fault(status=500))
    (path,) = _pull(_manager(app_paths, fake_hub))
    assert path.read_bytes() == DATA
    assert [g.range for g in fake_hub.file_gets(NAME)] == [None, None, "bytes=100000-", "bytes=100000-"]


def test_a_stalled_server_times_out_and_the_download_resumes(app_paths, fake_hub):
    fake_hub.add_repo(REPO, {NAME: DATA})
    fake_hub.inject(NAME, Fault(drop_after=300_000), Fault(stall=3.0))
    options = DownloadOptions(backoff=0.01, read_timeout=0.5)
    (path,) = _pull(_manager(app_paths, fake_hub, options=options))
    assert path.read_bytes() == DATA
    assert [g.range for g in fake_hub.file_gets(NAME)][-2:] == ["bytes=300000-", "bytes=300000-"]


def test_giving_up_keeps_the_partial_file_for_a_later_resume(app_paths, fake_hub):
    fake_hub.add_repo(REPO, {NAME: DATA})
    fake_hub.inject(NAME, Fault(drop_after=200_000), *[Fault(status=503)] * 3)
    manager = _manager(app_paths, fake_hub, options=DownloadOptions(retries=2, backoff=0.01))
    with pytest.raises(DownloadError, match="giving up after 2 retries"):
        _pull(manager)
    (job,) = manager.queue.jobs()
    assert job.state == FAILED and job.error_kind == "other"
    assert (app_paths.models_dir / (NAME + ".part")).stat().st_size == 200_000

    (path,) = _pull(manager)  # the same pull again resumes
    assert path.read_bytes() == DATA
    assert fake_hub.file_gets(NAME)[-1].range == "bytes=200000-"


# ---------------------------------------------------------------- checksums
def test_bad_sha256_never_reaches_the_library(app_paths, fake_hub):
    fake_hub.add_repo(REPO, {NAME: DATA}, wrong_sha=(NAME,))
    manager = _manager(app_paths, fake_hub)
    with pytest.raises(ChecksumMismatchError, match="did not match the hub's sha256"):
        _pull(manager)
    assert not (app_paths.models_dir / NAME).exists()
    assert not (app_paths.models_dir / (NAME + ".part")).exists()
    assert ModelLibrary(app_paths.models_dir).models() == []
    assert manager.queue.jobs()[0].error_kind == "checksum"


def test_a_corrupted_partial_file_is_caught_at_the_end(app_paths, fake_hub):
    """Resume re-hashes the bytes already on disk, so damage there cannot slip through."""
    fake_hub.add_repo(REPO, {NAME: DATA})
    fake_hub.inject(NAME, Fault(drop_after=400_000), Fault(status=503))
    manager = _manager(app_paths, fake_hub, options=DownloadOptions(retries=0, backoff=0.01))
    with pytest.raises(DownloadError):
        _pull(manager)
    part = app_paths.models_dir / (NAME + ".part")
    damaged = bytearray(part.read_bytes())
    damaged[1000] ^= 0xFF
    part.write_bytes(bytes(damaged))
    with pytest.raises(ChecksumMismatchError):
        _pull(manager)
    assert not part.exists() and not (app_paths.models_dir / NAME).exists()


# ------------------------------------------------------------- gated + token
def test_gated_repo_without_token_leads_to_the_token_path(app_paths, fake_hub, memory_keyring):
    fake_hub.add_repo("google/gemma-3-1b-it-qat-q4_0-gguf", {"gemma-3-1b-it-q4_0.gguf": DATA}, gated=True)
    fake_hub.tokens.add("hf_good_token")
    store = TokenStore()
    manager = _manager(app_paths, fake_hub, token=store.get())
    with pytest.raises(HubAuthError, match="accept the license on .* and store a Hugging Face token") as raised:
        _pull(manager, "Q4_0", repo="google/gemma-3-1b-it-qat-q4_0-gguf")
    assert raised.value.repo_id == "google/gemma-3-1b-it-qat-q4_0-gguf" and not raised.value.token_sent
    assert manager.queue.jobs()[0].error_kind == "auth"

    assert store.set("hf_good_token") is True  # went to the (in-memory) keyring
    assert memory_keyring.passwords
    manager = _manager(app_paths, fake_hub, token=store.get())
    (path,) = _pull(manager, "Q4_0", repo="google/gemma-3-1b-it-qat-q4_0-gguf")
    assert path.read_bytes() == DATA


def test_a_token_without_access_says_so(app_paths, fake_hub):
    fake_hub.add_repo("google/gated", {"m-Q4_0.gguf": DATA}, gated=True)
    with pytest.raises(HubAuthError, match="stored token has no access") as raised:
        _pull(_manager(app_paths, fake_hub, token="hf_wrong"), "Q4_0", repo="google/gated")
    assert raised.value.token_sent


def test_the_token_goes_to_the_hub_but_never_to_the_cdn(app_paths, fake_hub_cdn):
    fake_hub_cdn.add_repo("google/gated", {"m-Q4_0.gguf": DATA}, gated=True)
    fake_hub_cdn.tokens.add("hf_good")
    fake_hub_cdn.inject("m-Q4_0.gguf", Fault(drop_after=50_000))
    (path,) = _pull(_manager(app_paths, fake_hub_cdn, token="hf_good"), "Q4_0", repo="google/gated")
    assert path.read_bytes() == DATA
    hub_gets = [s for s in fake_hub_cdn.seen if s.server == "hub" and "/resolve/" in s.path]
    cdn_gets = fake_hub_cdn.file_gets("m-Q4_0.gguf", server="cdn")
    assert hub_gets and all(s.headers.get("authorization") == "Bearer hf_good" for s in hub_gets)
    assert [g.range for g in cdn_gets] == [None, "bytes=50000-"]
    assert all("authorization" not in s.headers for s in cdn_gets)


# --------------------------------------------------------- disk, names, queue
def test_no_disk_room_refuses_to_start(app_paths, fake_hub, monkeypatch):
    fake_hub.add_repo(REPO, {NAME: DATA})
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda path: usage(10**9, 10**9 - 1000, 1000))
    manager = _manager(app_paths, fake_hub)
    with pytest.raises(NotEnoughSpaceError, match="not enough disk space"):
        _pull(manager)
    assert manager.queue.jobs() == []
    assert not any(p.suffix in (".gguf", ".part") for p in app_paths.models_dir.iterdir())
    assert not fake_hub.file_gets(NAME)


def test_hostile_file_name_is_rejected(app_paths, fake_hub, tmp_path):
    fake_hub.add_repo(REPO, {"../x.gguf": DATA, NAME: DATA})
    listing = HubClient(endpoint=fake_hub.endpoint).list_gguf_files(REPO)
    assert listing.rejected == ("../x.gguf",) and [f.name for f in listing.files] == [NAME]
    with pytest.raises(DownloadError, match="unsafe file name"):
        DownloadJob.for_file(HubFile("../x.gguf", len(DATA), sha256_hex(DATA)), REPO, listing.revision)
    assert not (app_paths.data_dir / "x.gguf").exists() and not (tmp_path / "x.gguf").exists()


def test_split_model_downloads_every_part(app_paths, fake_hub):
    parts = {"Q8_0/big-Q8_0-00001-of-00002.gguf": DATA, "Q8_0/big-Q8_0-00002-of-00002.gguf": b"tail" * 5000}
    fake_hub.add_repo(REPO, parts)
    paths = _pull(_manager(app_paths, fake_hub), "Q8_0")
    assert [p.name for p in paths] == ["big-Q8_0-00001-of-00002.gguf", "big-Q8_0-00002-of-00002.gguf"]
    (model,) = ModelLibrary(app_paths.models_dir).models()
    assert model.name == "big-Q8_0-00001-of-00002.gguf" and len(model.parts) == 2
    assert model.size == len(DATA) + 20000


def test_the_queue_survives_a_restart_and_a_repeat_pull_resumes_the_same_job(app_paths, fake_hub):
    fake_hub.add_repo(REPO, {NAME: DATA})
    first = _manager(app_paths, fake_hub)
    listing = first.downloader.client().list_gguf_files(REPO)
    (job,) = first.enqueue(listing, listing.find(NAME))
    (app_paths.models_dir / (NAME + ".part")).write_bytes(DATA[:123_456])  # what a killed process left

    restarted = _manager(app_paths, fake_hub)  # a new process: reads data/downloads.json
    assert [j.id for j in restarted.pending()] == [job.id]
    (again,) = restarted.enqueue(listing, listing.find(NAME))
    assert again.id == job.id
    restarted.run_pending()
    assert (app_paths.models_dir / NAME).read_bytes() == DATA
    assert fake_hub.file_gets(NAME)[-1].range == "bytes=123456-"
    assert restarted.queue.get(job.id).state == DONE


def test_a_partial_file_nobody_queued_is_not_trusted(app_paths, fake_hub):
    fake_hub.add_repo(REPO, {NAME: DATA})
    (app_paths.models_dir / (NAME + ".part")).write_bytes(b"bytes of some other file")
    (path,) = _pull(_manager(app_paths, fake_hub))
    assert path.read_bytes() == DATA
    assert [g.range for g in fake_hub.file_gets(NAME)] == [None]


def test_an_existing_identical_file_is_not_downloaded_again(app_paths, fake_hub):
    fake_hub.add_repo(REPO, {NAME: DATA})
    (app_paths.models_dir / NAME).write_bytes(DATA)
    (path,) = _pull(_manager(app_paths, fake_hub))
    assert path.read_bytes() == DATA and fake_hub.file_gets(NAME) == []


def test_a_different_file_with_the_same_name_is_not_overwritten(app_paths, fake_hub):
    fake_hub.add_repo(REPO, {NAME: DATA})
    (app_paths.models_dir / NAME).write_bytes(b"the user's own file")
    with pytest.raises(DownloadError, match="already in the library"):
        _pull(_manager(app_paths, fake_hub))
    assert (app_paths.models_dir / NAME).read_bytes() == b"the user's own file"


# -------------------------------------------------------------- pause/cancel
def _start_slow(app_paths, fake_hub):
    fake_hub.add_repo(REPO, {NAME: DATA})
    fake_hub.throttle[NAME] = 400_000  # bytes/s: a few seconds for the whole file
    manager = _manager(app_paths, fake_hub)
    listing = manager.downloader.client().list_gguf_files(REPO)
    (job,) = manager.enqueue(listing, listing.find(NAME))
    outcome = {}

    def work():
        try:
            outcome["path"] = manager.run(job)
        except DownloadStopped as stop:
            outcome["stopped"] = stop.reason

    thread = threading.Thread(target=work)
    thread.start()
    part = app_paths.models_dir / (NAME + ".part")
    _wait_for(lambda: part.exists() and part.stat().st_size > 100_000)
    return manager, job, thread, outcome, part


def test_pause_keeps_the_partial_file_and_resume_continues_from_it(app_paths, fake_hub):
    manager, job, thread, outcome, part = _start_slow(app_paths, fake_hub)
    manager.pause(job.id)
    thread.join(10)
    assert outcome == {"stopped": PAUSED} and manager.queue.get(job.id).state == PAUSED
    kept = part.stat().st_size
    assert 0 < kept < len(DATA)

    fake_hub.throttle.clear()
    manager.resume(job.id)
    assert manager.queue.get(job.id).state == QUEUED
    (path,) = manager.run_pending()
    assert path.read_bytes() == DATA
    assert fake_hub.file_gets(NAME)[-1].range == f"bytes={kept}-"


def test_cancel_deletes_the_partial_file(app_paths, fake_hub):
    manager, job, thread, outcome, part = _start_slow(app_paths, fake_hub)
    manager.cancel(job.id)
    thread.join(10)
    assert outcome == {"stopped": CANCELLED}
    assert not part.exists() and not (app_paths.models_dir / NAME).exists()
    assert manager.queue.get(job.id).state == CANCELLED and manager.pending() == []
