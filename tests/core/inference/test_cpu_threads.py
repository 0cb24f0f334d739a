"""Thread counts by the hardware: physical cores within the affinity mask and container quota,
P-cores on hybrid CPUs, the Settings override, and the remembered auto-tune."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.inference.cpu_threads import ThreadChoice, choose_threads, usable_cpu_ids
from app.core.inference.thread_tuning import ThreadTuner, candidate_counts, pick_fastest


def fake_sysfs(
    root: Path, cores: dict[int, tuple[int, int]], *, p_cores: str | None = None, cpu_max: str | None = None
) -> Path:
    """A /sys tree: ``cores`` maps each logical CPU to (package, core)."""
    for cpu, (package, core) in cores.items():
        topology = root / "devices" / "system" / "cpu" / f"cpu{cpu}" / "topology"
        topology.mkdir(parents=True)
        (topology / "physical_package_id").write_text(f"{package}\n")
        (topology / "core_id").write_text(f"{core}\n")
    if p_cores is not None:
        (root / "devices" / "cpu_core").mkdir(parents=True)
        (root / "devices" / "cpu_core" / "cpus").write_text(p_cores + "\n")
    if cpu_max is not None:
        (root / "fs" / "cgroup").mkdir(parents=True)
        (root / "fs" / "cgroup" / "cpu.max").write_text(cpu_max + "\n")
    return root


def test_no_smt_uses_every_core(tmp_path):
    root = fake_sysfs(tmp_path, {0: (0, 0), 1: (0, 1)})
    choice = choose_threads(root=root, cpu_ids=[0, 1], platform="linux")
    assert (choice.generation, choice.batch) == (2, 2)  # llama-cpp-python's default would be 1
    assert choice.describe() == "2 threads: 2 physical cores"


def test_smt_siblings_count_once_for_generation_but_all_for_prompts(tmp_path):
    root = fake_sysfs(tmp_path, {0: (0, 0), 1: (0, 0), 2: (0, 1), 3: (0, 1)})
    choice = choose_threads(root=root, cpu_ids=[0, 1, 2, 3], platform="linux")
    assert (choice.generation, choice.batch) == (2, 4)


def test_affinity_mask_limits_the_count(tmp_path):
    root = fake_sysfs(tmp_path, {0: (0, 0), 1: (0, 0), 2: (0, 1), 3: (0, 1)})
    choice = choose_threads(root=root, cpu_ids=[0, 1], platform="linux")  # taskset -c 0,1: one core's siblings
    assert (choice.generation, choice.batch) == (1, 2)


def test_container_quota_limits_the_count(tmp_path):
    root = fake_sysfs(tmp_path, {cpu: (0, cpu) for cpu in range(8)}, cpu_max="150000 100000")
    choice = choose_threads(root=root, cpu_ids=list(range(8)), platform="linux")
    assert (choice.generation, choice.batch) == (2, 2)  # 1.5 CPUs rounds up to 2
    assert "1.5 CPUs allowed" in choice.reason


def test_hybrid_cpu_generates_on_performance_cores_only(tmp_path):
    cores = {0: (0, 0), 1: (0, 0), 2: (0, 4), 3: (0, 4)} | {cpu: (0, 8 + cpu) for cpu in range(4, 8)}
    root = fake_sysfs(tmp_path, cores, p_cores="0-3")
    choice = choose_threads(root=root, cpu_ids=list(range(8)), platform="linux")
    assert (choice.generation, choice.batch) == (2, 8)
    assert "performance" in choice.reason


def test_unreadable_topology_assumes_two_threads_per_core(tmp_path):
    choice = choose_threads(root=tmp_path / "nothing", cpu_ids=list(range(8)), platform="linux")
    assert (choice.generation, choice.batch) == (4, 8)
    assert "assuming" in choice.reason


def test_settings_override_wins(tmp_path):
    root = fake_sysfs(tmp_path, {0: (0, 0), 1: (0, 1)})
    choice = choose_threads(3, root=root, cpu_ids=[0, 1], platform="linux")
    assert (choice.generation, choice.batch, choice.reason) == (3, 3, "set in Settings")


def test_this_machine_respects_its_affinity():
    choice = choose_threads()
    assert 1 <= choice.generation <= len(usable_cpu_ids())
    assert choice.generation <= choice.batch <= len(usable_cpu_ids())


def test_pick_fastest_needs_a_clear_margin():
    assert pick_fastest({2: 0.100, 4: 0.097}, default=2) == 2  # 3 %: noise, keep the default
    assert pick_fastest({2: 0.100, 4: 0.050}, default=2) == 4
    assert candidate_counts(ThreadChoice(8, 16, "x")) == [4, 8, 16]
    assert candidate_counts(ThreadChoice(2, 2, "x")) == [1, 2]
    assert candidate_counts(ThreadChoice(1, 1, "x")) == [1]
    assert candidate_counts(ThreadChoice(4, 8, "x")) == [3, 4, 8]


def test_tune_measures_once_then_remembers(tmp_path, monkeypatch):
    monkeypatch.setattr("app.core.inference.thread_tuning.machine_is_busy", lambda usable: False)
    tuner = ThreadTuner(tmp_path / "tuning.json")
    single = tuner.tune(
        ThreadChoice(1, 1, "1 physical core"), "model-a", lambda n: pytest.fail("one candidate: nothing to measure")
    )
    assert single.generation == 1 and not single.tuned
    small = tuner.tune(ThreadChoice(2, 2, "2 physical cores"), "model-a", lambda n: {1: 0.05, 2: 0.10}[n])
    assert (small.generation, small.tuned) == (1, True)  # one fewer than the cores can win
    choice = ThreadChoice(4, 8, "4 physical cores")
    tuned = tuner.tune(choice, "model-b", lambda n: {3: 0.05, 4: 0.10, 8: 0.2}[n])
    assert (tuned.generation, tuned.tuned) == (3, True)
    assert tuned.describe() == "3 threads (8 for prompts): 4 physical cores, tuned"
    again = tuner.tune(choice, "model-b", lambda n: pytest.fail("a remembered result is not measured again"))
    assert again.generation == 3
    stored = json.loads((tmp_path / "tuning.json").read_text())
    assert sorted(entry["threads"] for entry in stored.values()) == [1, 3]
    tuner.forget_all()
    assert tuner.tune(choice, "model-b", lambda n: 0.1).generation == 4  # measured again: a tie keeps the default


def test_failed_tune_falls_back_to_the_physical_core_default(tmp_path):
    def broken(threads: int) -> float:
        raise RuntimeError("llama_decode returned -1")

    choice = ThreadChoice(4, 8, "4 physical cores")
    result = ThreadTuner(tmp_path / "tuning.json").tune(choice, "model-b", broken)
    assert result == choice
    assert not (tmp_path / "tuning.json").exists()


def test_a_tune_on_a_busy_machine_is_not_remembered(tmp_path, monkeypatch):
    monkeypatch.setattr("app.core.inference.thread_tuning.machine_is_busy", lambda usable: True)
    tuner = ThreadTuner(tmp_path / "tuning.json")
    tuned = tuner.tune(ThreadChoice(4, 8, "4 physical cores"), "m", lambda n: {3: 0.05, 4: 0.1, 8: 0.2}[n])
    assert tuned.generation == 3 and tuned.reason.endswith("tuned while busy")
    assert not (tmp_path / "tuning.json").exists()
