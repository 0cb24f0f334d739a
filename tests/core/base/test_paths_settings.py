"""Paths honour HEARTH_HOME; settings validate, round-trip and survive a broken file."""

import os
import stat
import threading

import pytest

from app.core.base.paths import AppPaths
from app.core.base.settings import SamplingParams, Settings, SettingsError, load_settings, read_settings, save_settings


def test_hearth_home_puts_everything_under_one_folder(tmp_path):
    paths = AppPaths.from_environment({"HEARTH_HOME": str(tmp_path / "portable")}).ensure()
    for directory in (paths.config_dir, paths.data_dir, paths.cache_dir, paths.models_dir, paths.log_dir):
        assert directory.is_dir()
        assert (tmp_path / "portable") in directory.parents
    assert paths.database_path.parent == paths.data_dir
    assert paths.models_dir == paths.data_dir / "models"


def test_without_hearth_home_platform_dirs_are_used():
    paths = AppPaths.from_environment({})
    assert "Hearth" in str(paths.data_dir)
    assert paths.config_dir != paths.data_dir or "Hearth" in str(paths.config_dir)


def test_settings_round_trip(tmp_path):
    path = tmp_path / "settings.json"
    settings = Settings().with_changes(
        system_prompt="Be brief.", context_length=8192, sampling=SamplingParams(temperature=0.2, seed=7)
    )
    save_settings(path, settings)
    assert load_settings(path) == settings


@pytest.mark.parametrize(
    "changes",
    [
        {"context_length": 10},
        {"gpu_layers": "lots"},
        {"theme": "purple"},
        {"overflow_policy": "forget"},
        {"sampling": SamplingParams(temperature=-1)},
        {"sampling": SamplingParams(top_p=0)},
        {"sampling": SamplingParams(max_tokens=0)},
        {"sampling": SamplingParams(seed=-5)},
    ],
)
def test_invalid_settings_are_rejected(changes):
    with pytest.raises(SettingsError):
        Settings().with_changes(**changes)


def test_gpu_layers_mapping():
    assert Settings().with_changes(gpu_layers="auto").n_gpu_layers == -1
    assert Settings().with_changes(gpu_layers="cpu").n_gpu_layers == 0
    assert Settings().with_changes(gpu_layers="12").n_gpu_layers == 12


def _broken_copies(path):
    return sorted(path.parent.glob(f"{path.name}.broken-*"))


def test_broken_settings_file_gives_defaults_and_is_kept(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    loaded = read_settings(path)
    assert loaded.settings == Settings()
    [kept] = _broken_copies(path)
    assert kept.read_text(encoding="utf-8") == "{not json" and not path.exists()
    assert loaded.moved_to == kept
    assert loaded.message.startswith("settings.json could not be used (not valid JSON")
    assert kept.name in loaded.message and "\n" not in loaded.message
    assert load_settings(path) == Settings() and read_settings(path).message is None  # nothing left to report


@pytest.mark.parametrize(
    "content, reason",
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('["a list", "not an object"]', "expected a JSON object, found a list"),
        ('"text"', "expected a JSON object"),
        (b"\xff\xfe{}", "not UTF-8"),
        ('{"theme": NaN', "not valid JSON"),
    ],
)
def test_unreadable_settings_files_are_moved_aside(tmp_path, content, reason):
    path = tmp_path / "settings.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    loaded = read_settings(path)
    assert loaded.settings == Settings() and reason in loaded.message
    assert len(_broken_copies(path)) == 1 and not path.exists()


def test_a_second_broken_file_does_not_overwrite_the_first_copy(tmp_path):
    path = tmp_path / "settings.json"
    for text in ("{one", "{two"):
        path.write_text(text, encoding="utf-8")
        read_settings(path)
    assert sorted(p.read_text(encoding="utf-8") for p in _broken_copies(path)) == ["{one", "{two"]


def _within(seconds, func):
    """A hang guard: a settings file that blocks the reader fails the test instead of hanging it."""
    outcome = {}
    thread = threading.Thread(target=lambda: outcome.update(value=func()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "reading the settings blocked"
    return outcome["value"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_as_settings_json_is_moved_aside_without_blocking(tmp_path):
    path = tmp_path / "settings.json"
    os.mkfifo(path)
    loaded = _within(20, lambda: read_settings(path))
    assert loaded.settings == Settings() and "FIFO" in loaded.message
    [kept] = _broken_copies(path)
    assert stat.S_ISFIFO(os.lstat(kept).st_mode) and not path.exists()


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_link_to_dev_zero_as_settings_json_is_not_read(tmp_path):
    path = tmp_path / "settings.json"
    path.symlink_to("/dev/zero")
    loaded = _within(20, lambda: read_settings(path))
    assert loaded.settings == Settings() and "device" in loaded.message
    assert not path.is_symlink()


def test_a_huge_settings_file_is_not_read(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"system_prompt": "' + "x" * (2 * 1024 * 1024) + '"}', encoding="utf-8")
    loaded = read_settings(path)
    assert loaded.settings == Settings() and "larger than 1 MB" in loaded.message


def test_bad_values_fall_back_per_key_and_keep_the_rest(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(
        '{"context_length": 1e400, "default_model": 5, "theme": "dark", "threads": 99999999999999999999999999999'
        + "9" * 5000
        + ', "system_prompt": "Be brief.", "gpu_layers": "lots", "kv_cache_limit_mb": true,'
        ' "sampling": {"temperature": "hot", "top_k": 12, "seed": [1]}, "overflow_policy": "drop_oldest",'
        ' "unknown": {"deep": [[[[1]]]]}}',
        encoding="utf-8",
    )
    loaded = read_settings(path)
    settings = loaded.settings
    # Good keys are kept...
    assert settings.theme == "dark" and settings.system_prompt == "Be brief." and settings.sampling.top_k == 12
    assert settings.overflow_policy == "drop_oldest"
    # ...bad ones take their default, each named in one line.
    defaults = Settings()
    assert (
        settings.context_length,
        settings.default_model,
        settings.threads,
        settings.gpu_layers,
        settings.kv_cache_limit_mb,
    ) == (defaults.context_length, None, 0, "auto", defaults.kv_cache_limit_mb)
    assert settings.sampling.temperature == defaults.sampling.temperature and settings.sampling.seed == -1
    message = loaded.message
    assert "\n" not in message and loaded.moved_to is None and path.exists()
    for expected in (
        "context_length: expected an integer between 256 and 1048576, got a number out of range",
        "default_model: expected a model file name or null, got 5",
        "threads: expected an integer between 0 and 512, got a number out of range",
        'gpu_layers: expected "auto", "cpu" or a number of layers from 0 to 1000, got "lots"',
        "kv_cache_limit_mb:",
        'sampling.temperature: expected a number between 0 and 5, got "hot"',
        "sampling.seed:",
    ):
        assert expected in message, message
    assert len(message) < 2000
    settings.validate()  # what was loaded is usable as it is


def test_sampling_of_the_wrong_type_and_surrogates_fall_back(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"sampling": [0.5], "system_prompt": "bad \\ud800 text", "theme": "light"}', encoding="utf-8")
    loaded = read_settings(path)
    assert loaded.settings == Settings(theme="light")
    assert "sampling: expected an object, got a list" in loaded.message
    assert "system_prompt: the text holds a lone surrogate (\\ud800)" in loaded.message


def test_strict_from_dict_raises_settings_errors_only():
    for data in ({"temperature": "hot"}, {"max_tokens": 1e400}, {"seed": 2**80}, [1, 2]):
        with pytest.raises(SettingsError):
            SamplingParams.from_dict(data)
    with pytest.raises(SettingsError, match="context_length"):
        Settings.from_dict({"context_length": "lots"})


def test_hand_edited_numbers_are_coerced(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"context_length": "2048", "sampling": {"temperature": "0.5"}, "unknown": 1}', encoding="utf-8")
    settings = load_settings(path)
    assert settings.context_length == 2048
    assert settings.sampling.temperature == 0.5
