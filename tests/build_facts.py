"""What the installed llama-cpp-python build can do, for tests that must pass on CPU and GPU builds.

The README recommends GPU builds, so a test may not assume "CPU only": it asks the build
(``llama_supports_gpu_offload``, through the engine) and expects what that build really does.
"""

from __future__ import annotations

import re


def gpu_build() -> bool:
    from app.core.inference.engine import gpu_offload_supported

    return gpu_offload_supported()


def expected_auto_backend() -> re.Pattern[str]:
    """The backend text when all layers are asked for ("Auto"): the GPU with its layer count on a
    GPU build, "CPU only" on a CPU build."""
    return re.compile(r"\S.* \(\d+/\d+ layers\)" if gpu_build() else r"CPU only")
