"""The hub module: catalogue data, file-name parsing, the fit estimate, and HubClient against a
real local HTTP server speaking the hub's API."""

from __future__ import annotations

import pytest

from app.core.models.hub import (
    FITS,
    TIGHT,
    TOO_LARGE,
    GGUFFile,
    HubAuthError,
    HubClient,
    HubFile,
    HubNotFoundError,
    Machine,
    ModelShape,
    RepoListing,
    assess,
    estimate_fit,
    file_role,
    group_gguf_files,
    load_catalogue,
    local_name_for,
    parse_quant,
    split_info,
)
from tests.fakes_hub import fake_hub, gguf_bytes, sha256_hex  # noqa: F401 - fixture

GiB = 1024**3


# ------------------------------------------------------------------ catalogue
def test_catalogue_is_data_with_every_gemma_family():
    entries = load_catalogue()
    repos = [e.repo_id for e in entries]
    assert len(repos) == len(set(repos)), "duplicate repositories in catalogue.json"
    assert all(r.count("/") == 1 for r in repos)
    for size in ("1B", "4B", "12B", "27B"):
        assert any(e.family == "Gemma 3" and e.parameters == size for e in entries)
    assert any(e.family == "Gemma 3n" for e in entries)
    assert any(e.family == "Gemma 4" for e in entries)
    assert {e.publisher for e in entries} >= {"ggml-org", "unsloth", "bartowski", "lmstudio-community"}
    assert all(e.shape is not None for e in entries), "every entry names a shape defined in the file"


def test_catalogue_shapes_give_the_starter_kv_size():
    """Gemma 3 270M: 72 MiB of KV cache at 4,096 tokens (measured in tech-notes)."""
    shape = next(e.shape for e in load_catalogue() if e.parameters == "270M")
    assert shape.kv_bytes_per_token() * 4096 == 72 * 1024 * 1024


# -------------------------------------------------------------- file names
@pytest.mark.parametrize(
    "name, quant",
    [
        ("gemma-3-4b-it-Q4_K_M.gguf", "Q4_K_M"),
        ("google_gemma-3-4b-it-Q6_K_L.gguf", "Q6_K_L"),
        ("gemma-3-4b-it-UD-Q4_K_XL.gguf", "UD-Q4_K_XL"),
        ("gemma-3-1b-it-q4_0.gguf", "Q4_0"),
        ("gemma-3-27b-it-IQ4_XS.gguf", "IQ4_XS"),
        ("gemma-3-27b-it-BF16.gguf", "BF16"),
        ("Q8_0/gemma-3-27b-it-Q8_0-00001-of-00002.gguf", "Q8_0"),
        ("mmproj-model-f16.gguf", "F16"),
        ("model.gguf", "?"),
    ],
)
def test_quant_is_parsed_from_the_file_name(name, quant):
    assert parse_quant(name) == quant


def test_split_parts_are_grouped_and_hostile_names_rejected():
    files = [
        HubFile("a-Q4_K_M.gguf", 10, "1" * 64),
        HubFile("Q8_0/a-Q8_0-00002-of-00002.gguf", 7, "3" * 64),
        HubFile("Q8_0/a-Q8_0-00001-of-00002.gguf", 20, "2" * 64),
        HubFile("mmproj-a-F16.gguf", 5, "4" * 64),
        HubFile("../x.gguf", 3, "5" * 64),
        HubFile("README.md", 1, None),
    ]
    grouped, rejected = group_gguf_files("o/r", "c" * 40, files)
    assert rejected == ["../x.gguf"]
    split = next(f for f in grouped if f.is_split)
    assert [p.path for p in split.parts] == ["Q8_0/a-Q8_0-00001-of-00002.gguf", "Q8_0/a-Q8_0-00002-of-00002.gguf"]
    assert split.size == 27 and split.name == "a-Q8_0-00001-of-00002.gguf" and split.quant == "Q8_0"
    assert [f.role for f in grouped] == ["model", "model", "projector"]
    assert split_info("a-00002-of-00003.gguf") == ("a", 2, 3)
    assert file_role("mtp-gemma-4-26B-A4B-it.gguf") == "draft"


def test_a_split_model_with_a_missing_part_is_not_offered():
    grouped, _ = group_gguf_files(
        "o/r", "c", [HubFile("a-00001-of-00003.gguf", 1, "1" * 64), HubFile("a-00003-of-00003.gguf", 1, "3" * 64)]
    )
    assert grouped == []


@pytest.mark.parametrize("hostile", ["../x.gguf", "/etc/x.gguf", "a/../../x.gguf", "a\\..\\x.gguf", "./x.gguf", ""])
def test_network_names_never_choose_where_we_write(hostile):
    with pytest.raises(ValueError):
        local_name_for(hostile)


def test_folders_inside_a_repo_are_fine():
    assert local_name_for("Q8_0/model-Q8_0-00001-of-00002.gguf") == "model-Q8_0-00001-of-00002.gguf"


# --------------------------------------------------------------- will it fit
SHAPE = ModelShape("gemma3", layers=34, kv_heads=4, head_dim=256, vocab=262144, context_length=131072)


def test_fit_counts_weights_kv_cache_and_compute_buffer():
    fit = estimate_fit(3 * GiB, SHAPE, 8192, Machine(16 * GiB, 12 * GiB))
    assert fit.kv_cache == 34 * 4 * 256 * 2 * 2 * 8192
    assert fit.compute == 512 * 262144 * 4  # logits over Gemma's vocabulary: 512 MiB
    assert fit.total == 3 * GiB + fit.kv_cache + fit.compute
    assert fit.verdict == FITS


def test_fit_verdicts_against_ram_and_vram():
    machine = Machine(total_ram=16 * GiB, available_ram=6 * GiB)
    assert estimate_fit(2 * GiB, SHAPE, 4096, machine).verdict == FITS
    assert estimate_fit(9 * GiB, SHAPE, 4096, machine).verdict == TIGHT  # more than is free now
    assert estimate_fit(20 * GiB, SHAPE, 4096, machine).verdict == TOO_LARGE
    gpu = estimate_fit(20 * GiB, SHAPE, 4096, Machine(16 * GiB, 6 * GiB, vram=24 * GiB))
    assert gpu.verdict == FITS and gpu.where == "VRAM"


def test_unknown_shape_leaves_kv_unknown_instead_of_guessing():
    fit = estimate_fit(GiB, None, 4096, Machine(16 * GiB, 16 * GiB))
    assert fit.kv_cache is None and "unknown" in fit.describe()


def _listing(sizes: dict[str, int]) -> RepoListing:
    files = tuple(
        GGUFFile("o/r", "c", (HubFile(name, size, "0" * 64),), parse_quant(name), file_role(name))
        for name, size in sizes.items()
    )
    return RepoListing("o/r", "c", False, files, SHAPE)


def test_recommended_is_the_largest_quant_that_fits_never_full_precision():
    listing = _listing(
        {
            "m-Q4_K_M.gguf": 2 * GiB,
            "m-Q8_0.gguf": 4 * GiB,
            "m-F16.gguf": 7 * GiB,
            "m-Q6_K.gguf": 30 * GiB,
            "mmproj-F16.gguf": GiB,
        }
    )
    choices = assess(listing, 4096, Machine(16 * GiB, 16 * GiB))
    assert [c.file.name for c in choices if c.recommended] == ["m-Q8_0.gguf"]
    assert listing.find(None, 4096).name in ("m-Q8_0.gguf", "m-Q4_K_M.gguf")  # depends on this machine's RAM
    assert listing.find("q4_k_m").name == "m-Q4_K_M.gguf"
    assert listing.find("m-F16.gguf").quant == "F16"


def test_nothing_is_recommended_when_nothing_fits():
    listing = _listing({"m-Q4_K_M.gguf": 40 * GiB})
    assert not any(c.recommended for c in assess(listing, 4096, Machine(16 * GiB, 16 * GiB)))


# ------------------------------------------------------- against the local hub
def test_search_and_file_listing_through_the_real_client(fake_hub):
    data = gguf_bytes(padding=1000)
    fake_hub.add_repo(
        "ggml-org/gemma-3-1b-it-GGUF",
        {
            "gemma-3-1b-it-Q4_K_M.gguf": data,
            "gemma-3-1b-it-Q8_0.gguf": data + b"more",
            "README.md": b"# hi",
            "../escape.gguf": b"x",
        },
    )
    fake_hub.add_repo("someone/llama-GGUF", {"llama-Q4_0.gguf": b"x"})
    client = HubClient(endpoint=fake_hub.endpoint)

    assert [r.repo_id for r in client.search("gemma")] == ["ggml-org/gemma-3-1b-it-GGUF"]
    listing = client.list_gguf_files("ggml-org/gemma-3-1b-it-GGUF")
    assert listing.revision == fake_hub.repos["ggml-org/gemma-3-1b-it-GGUF"].commit
    assert {f.name: (f.size, f.sha256, f.quant) for f in listing.files} == {
        "gemma-3-1b-it-Q4_K_M.gguf": (len(data), sha256_hex(data), "Q4_K_M"),
        "gemma-3-1b-it-Q8_0.gguf": (len(data) + 4, sha256_hex(data + b"more"), "Q8_0"),
    }
    assert listing.rejected == ("../escape.gguf",)
    assert listing.shape is not None and listing.shape.layers == 26  # from the catalogue
    with pytest.raises(Exception, match="unsafe file name"):
        listing.find("../escape.gguf")


def test_missing_repository_is_a_clear_not_found(fake_hub):
    with pytest.raises(HubNotFoundError, match="no repository named 'nobody/nothing'"):
        HubClient(endpoint=fake_hub.endpoint).list_gguf_files("nobody/nothing")


def test_a_missing_quant_is_reported_with_the_way_to_list_files(fake_hub):
    fake_hub.add_repo("o/r", {"m-Q4_K_M.gguf": b"x"})
    listing = HubClient(endpoint=fake_hub.endpoint).list_gguf_files("o/r")
    with pytest.raises(HubNotFoundError, match="hearth models files o/r"):
        listing.find("Q2_K")


def test_no_token_means_no_authorization_header_even_with_hf_token_in_the_environment(fake_hub, monkeypatch):
    """token=None would make huggingface_hub read HF_TOKEN; HubClient passes False instead."""
    monkeypatch.setenv("HF_TOKEN", "hf_from_the_environment")
    fake_hub.add_repo("o/r", {"m-Q4_K_M.gguf": b"x"})
    client = HubClient(endpoint=fake_hub.endpoint)
    client.list_gguf_files("o/r")
    assert "authorization" not in client.auth_headers()
    assert fake_hub.seen and all("authorization" not in s.headers for s in fake_hub.seen)


def test_a_stored_token_is_sent_explicitly(fake_hub):
    fake_hub.add_repo("o/r", {"m-Q4_K_M.gguf": b"x"})
    client = HubClient(token="hf_stored", endpoint=fake_hub.endpoint)
    client.list_gguf_files("o/r")
    assert all(s.headers.get("authorization") == "Bearer hf_stored" for s in fake_hub.seen)


def test_gated_error_from_huggingface_hub_maps_to_the_token_path(fake_hub):
    """A real GatedRepoError (raised by huggingface_hub for the server's 401) becomes HubAuthError."""
    from huggingface_hub import get_hf_file_metadata
    from huggingface_hub.errors import GatedRepoError

    from app.core.models.hub import translate_error

    fake_hub.add_repo("google/gemma-x", {"m-Q4_0.gguf": b"x"}, gated=True)
    client = HubClient(endpoint=fake_hub.endpoint)
    with pytest.raises(GatedRepoError) as raised:
        get_hf_file_metadata(
            client.file_url("google/gemma-x", "m-Q4_0.gguf", "main"), token=False, endpoint=fake_hub.endpoint
        )
    error = translate_error(raised.value, "google/gemma-x", token_sent=False)
    assert isinstance(error, HubAuthError) and not error.token_sent
    assert "accept the license on https://huggingface.co/google/gemma-x" in str(error)
    assert "\n" not in str(error)


def test_vram_counts_only_with_a_gpu_build(tmp_path, monkeypatch):
    import os
    import stat

    from app.core.base import system
    from app.core.inference import engine
    from app.core.models import hub

    fake = tmp_path / "nvidia-smi"
    fake.write_text("#!/bin/sh\necho '24576, 20480'\necho '8192, 8000'\n")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    assert system.gpu_memory_bytes() == (24576 * 1024 * 1024, 20480 * 1024 * 1024)
    monkeypatch.setattr(engine, "gpu_offload_supported", lambda: False)
    assert hub.Machine.current().vram is None  # a CPU build cannot use the card
    monkeypatch.setattr(engine, "gpu_offload_supported", lambda: True)
    assert hub.Machine.current().vram == 24576 * 1024 * 1024


def test_no_nvidia_smi_means_unknown_vram(tmp_path, monkeypatch):
    from app.core.base import system

    monkeypatch.setenv("PATH", str(tmp_path))
    assert system.gpu_memory_bytes() is None


# ----------------------------------------------- the token goes only to the hub
def test_hf_endpoint_alone_never_receives_the_token(app_paths, fake_hub, monkeypatch):
    """HF_ENDPOINT set by someone else points at a local server: no Authorization header arrives
    there, neither for the API nor for the file itself, and the refusal says why."""
    from app.core.models.downloads import DownloadManager, DownloadOptions

    monkeypatch.setenv("HF_ENDPOINT", fake_hub.endpoint)
    fake_hub.add_repo("google/gemma-x", {"m-Q4_0.gguf": gguf_bytes(padding=1000)}, gated=True)
    fake_hub.add_repo("o/r", {"m-Q4_K_M.gguf": gguf_bytes(padding=1000)})
    fake_hub.tokens.add("hf_secret")
    client = HubClient(token="hf_secret")
    assert client.endpoint == fake_hub.endpoint and client.token_withheld and not client.token_sent
    listing = client.list_gguf_files("o/r")
    manager = DownloadManager.for_paths(app_paths, client, DownloadOptions(backoff=0.01))
    manager.run(manager.enqueue(listing, listing.find("Q4_K_M"))[0])
    gated = client.list_gguf_files("google/gemma-x")
    with pytest.raises(HubAuthError, match="not the Hugging Face hub"):
        manager.run(manager.enqueue(gated, gated.find("Q4_0"))[0])
    assert fake_hub.file_gets("m-Q4_0.gguf") and fake_hub.file_gets("m-Q4_K_M.gguf")
    assert all("authorization" not in s.headers for s in fake_hub.seen)


def test_an_endpoint_set_in_hearths_settings_receives_the_token(fake_hub, monkeypatch):
    from app.core.base.settings import Settings

    monkeypatch.delenv("HF_ENDPOINT", raising=False)
    fake_hub.add_repo("o/r", {"m-Q4_K_M.gguf": b"x"})
    settings = Settings.from_dict({"hub_endpoint": fake_hub.endpoint})
    with pytest.raises(ValueError, match="hub_endpoint"):
        Settings.from_dict({"hub_endpoint": "file:///etc"})
    HubClient(token="hf_stored", endpoint=settings.hub_endpoint).list_gguf_files("o/r")
    assert fake_hub.seen and all(s.headers.get("authorization") == "Bearer hf_stored" for s in fake_hub.seen)


@pytest.mark.parametrize(
    "endpoint, trusted",
    [
        ("https://huggingface.co", True),
        ("https://hf.co", True),
        ("https://cdn-lfs.huggingface.co", True),
        ("http://huggingface.co", False),
        ("https://huggingface.co.evil.example", False),
        ("https://evil.example/huggingface.co", False),
        ("https://hf-mirror.com", False),
        ("not a url", False),
    ],
)
def test_only_the_hubs_own_hosts_are_trusted_from_the_environment(endpoint, trusted):
    from app.core.models.hub import resolve_endpoint

    assert resolve_endpoint(None, {"HF_ENDPOINT": endpoint}) == (endpoint.rstrip("/"), trusted)
    assert resolve_endpoint(endpoint, {}) == (endpoint, True)  # chosen in Hearth's settings


# ------------------------------------------------------------------- offline
@pytest.fixture
def closed_port():
    import socket

    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there now: every connect is refused
    return port


def count_connects(monkeypatch, port: int) -> list[int]:
    import socket

    attempts: list[int] = []
    real = socket.create_connection

    def counting(address, *args, **kwargs):
        if address[1] == port:
            attempts.append(port)
        return real(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", counting)
    return attempts


@pytest.mark.timeout(20)
def test_offline_search_is_one_request_and_says_offline(closed_port, monkeypatch):
    from app.core.models.hub import HubConnectionError

    attempts = count_connects(monkeypatch, closed_port)
    client = HubClient(endpoint=f"http://127.0.0.1:{closed_port}")
    with pytest.raises(HubConnectionError, match=r"You appear to be offline: .*connection refused") as raised:
        client.search("gemma")
    assert attempts == [closed_port]  # not retried
    assert "\n" not in str(raised.value)


def test_search_reads_the_hubs_answer(fake_hub):
    fake_hub.add_repo("ggml-org/gemma-3-1b-it-GGUF", {"m-Q4_K_M.gguf": b"x"}, gated=True)
    fake_hub.add_repo("other/llama-GGUF", {"m-Q4_K_M.gguf": b"x"})
    (found,) = HubClient(endpoint=fake_hub.endpoint).search("gemma")
    assert found.repo_id == "ggml-org/gemma-3-1b-it-GGUF" and found.gated and found.downloads == 10
    assert found.last_modified.startswith("2025-06-01")
    assert len([s for s in fake_hub.seen if s.path == "/api/models"]) == 1
