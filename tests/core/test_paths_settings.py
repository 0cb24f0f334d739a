"""Paths honour HEARTH_HOME; settings validate, round-trip and survive a broken file."""

from pathlib import Path

import pytest

from app.core.paths import AppPaths
from app.core.settings import SamplingParams, Settings, SettingsError, load_settings, save_settings


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
    settings = Settings().with_changes(system_prompt="Be brief.", context_length=8192,
                                       sampling=SamplingParams(temperature=0.2, seed=7))
    save_settings(path, settings)
    assert load_settings(path) == settings


@pytest.mark.parametrize("changes", [
    {"context_length": 10}, {"gpu_layers": "lots"}, {"theme": "purple"}, {"overflow_policy": "forget"},
    {"sampling": SamplingParams(temperature=-1)}, {"sampling": SamplingParams(top_p=0)},
    {"sampling": SamplingParams(max_tokens=0)}, {"sampling": SamplingParams(seed=-5)},
])
def test_invalid_settings_are_rejected(changes):
    with pytest.raises(SettingsError):
        Settings().with_changes(**changes)


def test_gpu_layers_mapping():
    assert Settings().with_changes(gpu_layers="auto").n_gpu_layers == -1
    assert Settings().with_changes(gpu_layers="cpu").n_gpu_layers == 0
    assert Settings().with_changes(gpu_layers="12").n_gpu_layers == 12


def test_broken_settings_file_gives_defaults_and_is_kept(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("{not json", encoding="utf-8")
    assert load_settings(path) == Settings()
    assert path.with_suffix(".broken.json").read_text(encoding="utf-8") == "{not json"


def test_hand_edited_numbers_are_coerced(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"context_length": "2048", "sampling": {"temperature": "0.5"}, "unknown": 1}', encoding="utf-8")
    settings = load_settings(path)
    assert settings.context_length == 2048
    assert settings.sampling.temperature == 0.5
