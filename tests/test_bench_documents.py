"""The documents benchmark stays runnable (its small version; the numbers are `make bench`'s job)."""

from __future__ import annotations

from bench import documents


def test_documents_bench_runs_small(tmp_path, monkeypatch):
    monkeypatch.setenv("HEARTH_BENCH_DIR", str(tmp_path))
    rows = documents.run(quick=True, with_model=False)  # the model part is `make bench`'s
    assert rows[0].metric.startswith("index a 30-page PDF") and rows[0].hearth > 0
    assert any(row.metric.startswith("retrieve from 1,000 chunks") for row in rows)
