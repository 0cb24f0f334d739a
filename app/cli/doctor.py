"""``hearth doctor``: what this install is and what the hardware will really do, whether the
history database is healthy, and (``--repair``) recovery of a damaged one."""

from __future__ import annotations

import platform
import sys
import time

from .. import __version__
from ..core.base.system import available_memory_bytes, format_bytes, total_memory_bytes
from ..core.inference.cpu_threads import choose_threads


def register(commands) -> None:
    parser = commands.add_parser("doctor", help="versions, paths, GPU offload and keyring status")
    parser.add_argument(
        "--load",
        nargs="?",
        const="",
        metavar="MODEL",
        help="also load a model (default: the default model) with the current settings and "
        "report what llama.cpp really did: backend, layers offloaded, memory",
    )
    parser.add_argument(
        "--repair",
        action="store_true",
        help="recover what is readable from a damaged history database into a fresh one "
        "(the damaged file is kept as a copy); close Hearth's window first",
    )
    parser.set_defaults(handler=run_doctor)


def report_lines(ctx) -> list[str]:
    from ..core.base.secrets import keyring_status
    from ..core.inference import engine

    paths = ctx.paths
    offload = engine.gpu_offload_supported()
    lines = [
        f"Hearth            {__version__}",
        f"Python            {sys.version.split()[0]} ({platform.platform()})",
        f"llama-cpp-python  {engine.llama_cpp_version()}",
        f"GPU offload       {'supported by this build' if offload else 'not in this build (CPU only)'}",
        f"Memory            {format_bytes(available_memory_bytes())} free of {format_bytes(total_memory_bytes())}",
        f"CPU threads       {choose_threads(ctx.settings.threads).describe()}",
        f"Keyring           {keyring_status()}",
        f"Config            {paths.config_dir}",
        f"Data              {paths.data_dir}",
        f"Models            {paths.models_dir}",
        f"Database          {paths.database_path}",
        f"Cache             {paths.cache_dir}",
        f"Log               {paths.log_path}",
    ]
    try:
        import PySide6

        lines.insert(3, f"PySide6           {PySide6.__version__}")
    except ImportError:
        lines.insert(3, "PySide6           not installed")
    models = ctx.library.models()
    lines.append(
        f"Library           {len(models)} model(s)"
        + ("" if models else " (the starter model is assembled on first chat)")
    )
    for model in models:
        state = "ok" if model.usable else f"PROBLEM: {model.problem}"
        lines.append(f"  {model.name}  {format_bytes(model.size)}  {state}")
    if not offload:
        lines.append(
            'To use a GPU, reinstall llama-cpp-python with CMAKE_ARGS="-DGGML_CUDA=on" '
            "(or -DGGML_VULKAN=on, -DGGML_HIP=on; Metal is on by default on Apple Silicon)."
        )
    lines.append(f"llama.cpp system  {engine.system_info()}")
    return lines


def run_doctor(args, ctx) -> int:
    if args.repair:
        return run_repair(ctx)
    print("\n".join(report_lines(ctx) + history_lines(ctx)))
    if args.load is not None:
        print("\n".join(load_report_lines(ctx, args.load or None)))
    return 0


def load_report_lines(ctx, requested: str | None) -> list[str]:
    from ..core.inference.engine import LlamaCppEngine, LoadOptions
    from ..core.models.library import resolve_model

    settings = ctx.settings
    model = resolve_model(ctx.library, requested, settings.default_model)
    engine = LlamaCppEngine()
    report = engine.load(model.path, LoadOptions.from_settings(settings, ctx.library.thread_tuner))
    try:
        lines = [
            f"Loaded            {model.name} in {report.load_seconds:.1f} s",
            f"GPU layers asked  {settings.gpu_layers} (n_gpu_layers={settings.n_gpu_layers})",
            f"Result            {report.summary()}",
        ]
        lines += [f"Warning           {w}" for w in report.warnings]
        return lines
    finally:
        engine.unload(save_state=False)


def history_lines(ctx) -> list[str]:
    """The history database's health (SQLite's quick check, the message trees) and its backups."""
    from ..core.history.db_repair import check_database, iter_backups

    path = ctx.paths.database_path
    if not path.exists():
        return ["History           no database yet"]
    started = time.perf_counter()
    health = check_database(path)
    took = (time.perf_counter() - started) * 1000
    if health.problem is None:
        lines = [f"History           ok (checked in {took:.0f} ms)"]
    else:
        lines = [f"History           DAMAGED: {health.problem}; run `hearth doctor --repair`"]
    backups = list(iter_backups(path))
    lines.append(
        f"Backups           {len(backups)} copy file(s) of the history database (chats as they were, deleted ones too)"
        if backups
        else "Backups           none"
    )
    lines += [f"  {backup}" for backup in backups]
    return lines


def run_repair(ctx) -> int:
    from ..core.history.db_repair import repair_database

    report = repair_database(ctx.paths.database_path)
    if report is None:
        print("The history database checks out: nothing to repair.")
        return 0
    print("\n".join(report.lines()))
    return 0
