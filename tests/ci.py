"""In CI (``CI`` set, as every CI service does), a test that cannot run fails instead of skipping.

A skip there would look like a pass: the installer, MIME and PDF tests once skipped on every CI
run because a tool or a build was missing. `.ci/run` installs what they need.
"""

from __future__ import annotations

import os

import pytest


def in_ci() -> bool:
    return bool(os.environ.get("CI"))


def skip_or_fail_in_ci(reason: str) -> None:
    """Skip on a developer's machine; fail loudly in CI, where everything must be installed."""
    if in_ci():
        pytest.fail(f"{reason}: CI must run this test (.ci/run installs what it needs)", pytrace=False)
    pytest.skip(reason)
