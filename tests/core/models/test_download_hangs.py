"""Download servers that misbehave must not hang a transfer (issue 10): a huge Retry-After, a server
trickling a byte a second, redirects to file:// and ftp://, and a body with no Content-Length that
runs far past the file's size. Each against the real local HTTP fake hub, each with a hang guard."""

from __future__ import annotations

import time

import pytest

from app.core.models.downloads import (
    FAILED,
    DownloadError,
    DownloadManager,
    DownloadOptions,
    TooSlowError,
    parse_retry_after,
)
from app.core.models.hub import HubClient
from tests.fakes_hub import Fault, fake_hub, gguf_bytes, sha256_hex  # noqa: F401 - fixture

REPO = "ggml-org/gemma-3-1b-it-GGUF"
NAME = "gemma-3-1b-it-Q4_K_M.gguf"
DATA = gguf_bytes(name="Gemma 3 1B hang test", padding=1_000_000, seed=21)
HANG_GUARD = 30  # seconds; every case here finishes in a few without a hang


def _manager(app_paths, hub, **options) -> DownloadManager:
    base = dict(backoff=0.01, max_backoff=0.05, progress_interval=0.0)
    return DownloadManager.for_paths(
        app_paths, HubClient(endpoint=hub.endpoint), DownloadOptions(**dict(base, **options))
    )


def _pull(manager):
    listing = manager.downloader.client().list_gguf_files(REPO)
    return [manager.run(job) for job in manager.enqueue(listing, listing.find(NAME))]


@pytest.mark.timeout(HANG_GUARD)
def test_a_day_long_retry_after_is_capped(app_paths, fake_hub):
    fake_hub.add_repo(REPO, {NAME: DATA})
    fake_hub.inject(NAME, Fault(status=503, retry_after="100000"))
    (path,) = _pull(_manager(app_paths, fake_hub, max_retry_after=0.2))
    assert path.read_bytes() == DATA
    assert len(fake_hub.file_gets(NAME)) == 2


@pytest.mark.timeout(HANG_GUARD)
def test_endless_retry_afters_use_up_the_wait_budget_and_keep_the_part(app_paths, fake_hub):
    fake_hub.add_repo(REPO, {NAME: DATA})
    fake_hub.inject(NAME, Fault(drop_after=100_000), *[Fault(status=503, retry_after="100000")] * 50)
    manager = _manager(app_paths, fake_hub, retries=100, max_retry_after=0.3, wait_budget=1.0)
    with pytest.raises(DownloadError, match="longer than Hearth waits"):
        _pull(manager)
    assert (app_paths.models_dir / (NAME + ".part")).stat().st_size == 100_000
    assert manager.queue.jobs()[0].state == FAILED


def test_retry_after_as_an_http_date_and_junk():
    now = 1_000_000_000.0
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after(time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(now + 90)), now=now) == 90.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


@pytest.mark.timeout(HANG_GUARD)
def test_a_server_trickling_bytes_fails_the_transfer_and_a_later_pull_resumes(app_paths, fake_hub):
    fake_hub.add_repo(REPO, {NAME: DATA})
    fake_hub.inject(NAME, Fault(trickle=0.05))
    manager = _manager(app_paths, fake_hub, min_speed=50_000, low_speed_window=1.0)
    with pytest.raises(TooSlowError, match="run the download again to resume"):
        _pull(manager)
    (job,) = manager.queue.jobs()
    assert job.state == FAILED and job.error_kind == "slow"
    part = app_paths.models_dir / (NAME + ".part")
    kept = part.stat().st_size
    assert 0 < kept < len(DATA)  # the trickled bytes stay for a resume

    (path,) = _pull(manager)
    assert sha256_hex(path) == sha256_hex(DATA)
    assert fake_hub.file_gets(NAME)[-1].range == f"bytes={kept}-"


@pytest.mark.timeout(HANG_GUARD)
@pytest.mark.parametrize("location", ["file:///etc/passwd", "ftp://127.0.0.1/model.gguf"])
def test_a_redirect_to_a_non_http_address_is_refused_at_once(app_paths, fake_hub, location):
    fake_hub.add_repo(REPO, {NAME: DATA})
    fake_hub.inject(NAME, *[Fault(redirect=location)] * 20)
    manager = _manager(app_paths, fake_hub, backoff=1.0, max_backoff=1.0)
    with pytest.raises(DownloadError, match="not HTTP"):
        _pull(manager)
    assert len(fake_hub.file_gets(NAME)) == 1  # not retried
    assert not (app_paths.models_dir / NAME).exists()


@pytest.mark.timeout(HANG_GUARD)
def test_a_body_without_content_length_is_cut_at_the_expected_size(app_paths, fake_hub):
    fake_hub.add_repo(REPO, {NAME: DATA})
    fake_hub.inject(NAME, Fault(no_length=True, extra=20_000_000))
    sizes: list[int] = []
    manager = _manager(app_paths, fake_hub)
    part = app_paths.models_dir / (NAME + ".part")
    listing = manager.downloader.client().list_gguf_files(REPO)
    (job,) = manager.enqueue(listing, listing.find(NAME))
    path = manager.run(job, progress=lambda p: sizes.append(part.stat().st_size if part.exists() else 0))
    assert path.read_bytes() == DATA  # the first size bytes were the file; the rest never hit the disk
    assert max(sizes) <= len(DATA)
