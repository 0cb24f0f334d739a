"""Rendering a model's own Jinja chat template safely.

A template comes from the model file, so it is untrusted code: it renders in Jinja's
``ImmutableSandboxedEnvironment`` under a budget (wall clock, executed Python steps, the size of
ranges, repetitions, values and output). Whatever it does wrong becomes
:class:`~.prompt_errors.TemplateUnusable`; its own ``raise_exception`` stays a
:class:`~.prompt_errors.PromptError` (a refusal of the conversation: the template working).
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import re
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from .prompt_errors import PromptError, TemplateUnusable

# A real chat template renders a long conversation in milliseconds and a few thousand steps.
TEMPLATE_TIME_LIMIT_S = 2.0
TEMPLATE_STEP_LIMIT = 3_000_000  # Python lines executed while rendering (template code and Jinja's)
TEMPLATE_SIZE_LIMIT = 100_000  # the largest range(), repetition count or filter argument allowed
TEMPLATE_VALUE_LIMIT = 64_000_000  # characters (or items) in any one value a template handles
TEMPLATE_OUTPUT_LIMIT = 256_000_000  # characters a template may write


def render_template(source: str, turns: list[dict[str, str]], *, bos_token: str, eos_token: str) -> str:
    """The template ``source`` rendered for ``turns`` (``{"role", "content"}`` dicts) with the
    generation prompt added, within the budget."""
    with _template_errors():
        template = _compiled(source)
        pieces, written = [], 0
        with _Budget():
            for piece in template.generate(
                messages=turns, add_generation_prompt=True, bos_token=bos_token, eos_token=eos_token
            ):
                written += len(piece)
                if written > TEMPLATE_OUTPUT_LIMIT:
                    raise _OverBudget(f"wrote more than {TEMPLATE_OUTPUT_LIMIT:,} characters")
                pieces.append(piece)
        return "".join(pieces)


@functools.lru_cache(maxsize=8)
def _compiled(source: str):
    """The template compiled once per text (compiling costs far more than rendering), under the
    same budget as rendering: a hostile template can be hard to parse too."""
    with _Budget():
        env = _budgeted_environment()
        env.globals.update(raise_exception=_raise_exception, strftime_now=_strftime_now)
        return env.from_string(source)


def _raise_exception(message: str) -> None:
    raise PromptError(f"the model's chat template refused the conversation: {message}")


def _strftime_now(fmt_string: str) -> str:
    return datetime.datetime.now().strftime(str(fmt_string)[:200])


@contextlib.contextmanager
def _template_errors():
    """Whatever a template does wrong becomes TemplateUnusable; its own refusals stay PromptError."""
    from jinja2 import TemplateError

    try:
        yield
    except PromptError:
        raise
    except _OverBudget as exc:
        raise TemplateUnusable(f"the model's chat template {exc}") from None
    except TemplateError as exc:
        raise TemplateUnusable(f"the model's chat template failed: {exc}") from exc
    except RecursionError:
        raise TemplateUnusable("the model's chat template recursed without end") from None
    except MemoryError:
        raise TemplateUnusable("the model's chat template needed too much memory") from None
    except Exception as exc:  # noqa: BLE001 - a template is code from the file: any error is its own
        raise TemplateUnusable(f"the model's chat template failed ({exc.__class__.__name__}: {exc})") from exc


# ------------------------------------------------------------ template budget
class _OverBudget(BaseException):
    """Raised from the tracer into the template's code. A BaseException, so no ``except
    Exception`` inside Jinja can swallow it."""


class _Budget:
    """Stops the rendering on this thread after TEMPLATE_TIME_LIMIT_S or TEMPLATE_STEP_LIMIT steps.

    A Python tracer sees every line the compiled template runs, loops without any call in them
    included, and raises into it. Only this thread is traced, and the previous tracer (a debugger,
    coverage) is put back afterwards.
    """

    def __init__(self) -> None:
        self._steps = 0
        self._deadline = 0.0
        self._previous: Any = None

    def __enter__(self) -> _Budget:
        self._deadline = time.perf_counter() + TEMPLATE_TIME_LIMIT_S
        self._previous = sys.gettrace()
        sys.settrace(self._on_call)
        return self

    def __exit__(self, *exc_info: object) -> None:
        sys.settrace(self._previous)

    def _on_call(self, frame, event: str, arg):
        self._tick()
        return self._on_line

    def _on_line(self, frame, event: str, arg):
        if event == "line":
            self._tick()
        return self._on_line

    def _tick(self) -> None:
        self._steps += 1
        if self._steps > TEMPLATE_STEP_LIMIT:
            raise _OverBudget(f"ran for more than {TEMPLATE_STEP_LIMIT:,} steps (an endless loop?)")
        if self._steps % 64 == 0 and time.perf_counter() > self._deadline:
            raise _OverBudget(f"took more than {TEMPLATE_TIME_LIMIT_S:g} s to render")


_environment_lock = threading.Lock()
_environment_class: Any = None


def _budgeted_environment():
    """A fresh ImmutableSandboxedEnvironment whose ranges, repetitions, powers, widths and filter
    arguments are capped (each would allocate or loop far beyond any prompt in one step)."""
    global _environment_class
    with _environment_lock:
        if _environment_class is None:
            _environment_class = _make_environment_class()
    env = _environment_class(trim_blocks=True, lstrip_blocks=True)
    env.globals["range"] = _capped_range
    env.globals.pop("lipsum", None)  # lorem ipsum of any length: no chat template needs it
    env.filters = {name: _capped_filter(function) for name, function in env.filters.items()}
    return env


def _make_environment_class():
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    class BudgetedEnvironment(ImmutableSandboxedEnvironment):
        """Refuses, before it happens, each single step that could take memory or time without
        bound: the tracer only sees steps between them."""

        intercepted_binops = frozenset({"*", "**", "%"})

        def call_binop(self, context, operator: str, left: Any, right: Any) -> Any:
            if (
                operator == "**"
                and _is_number(left)
                and _is_number(right)
                and abs(left) > 1
                and (abs(right) > 64 or _bits(left) * abs(right) > _MAX_BITS)
            ):
                raise _OverBudget(f"raised a number to the power {right}")
            if operator == "*":
                if _bits(left) + _bits(right) > _MAX_BITS:
                    raise _OverBudget("multiplied numbers of more than a thousand digits")
                for count, other in ((left, right), (right, left)):
                    if _is_number(count) and _sized(other) and count * max(1, len(other)) > 10 * TEMPLATE_SIZE_LIMIT:
                        raise _OverBudget(f"repeated a value {count} times")
            if operator == "%" and isinstance(left, str):
                _check_widths(left)
            return super().call_binop(context, operator, left, right)

        def call(__self, __context, __obj, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 - Jinja's signature
            for value in (*args, *kwargs.values()):
                _check_size(value)
            return super().call(__context, __obj, *args, **kwargs)

        def getattr(self, obj: Any, attribute: str) -> Any:
            return _check_size(super().getattr(obj, attribute))

        def getitem(self, obj: Any, argument: Any) -> Any:
            return _check_size(super().getitem(obj, argument))

        def wrap_str_format(self, value: Any) -> Any:  # str.format and format_map (Jinja 3.1.5+)
            _check_widths(getattr(value, "__self__", ""))
            return super().wrap_str_format(value)

    return BudgetedEnvironment


_MAX_BITS = 4096  # about 1,200 digits: far beyond any number a prompt needs


def _bits(value: Any) -> int:
    return value.bit_length() if isinstance(value, int) else 0


def _sized(value: Any) -> bool:
    return isinstance(value, (str, list, tuple, dict))


def _check_size(value: Any) -> Any:
    if _sized(value) and len(value) > TEMPLATE_VALUE_LIMIT:
        raise _OverBudget(f"built a value of {len(value):,} characters or items")
    return value


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _capped_range(*args: int) -> range:
    result = range(*args)
    if len(result) > TEMPLATE_SIZE_LIMIT:
        raise _OverBudget(f"asked for a range of {len(result):,} numbers")
    return result


_WIDTH = re.compile(r"\d{6,}")


def _check_widths(format_string: Any) -> None:
    if isinstance(format_string, str) and _WIDTH.search(format_string):
        raise _OverBudget("asked for a format width of a million characters or more")


def _capped_filter(function: Callable) -> Callable:
    """A filter that refuses numeric arguments beyond TEMPLATE_SIZE_LIMIT (``center(10**9)``...)
    and, for ``format``, huge widths in the format string."""
    # Jinja passes the context, eval context or environment first to filters marked for it;
    # then comes the filtered value, then the filter's own arguments.
    value_at = 1 if getattr(function, "jinja_pass_arg", None) is not None else 0
    is_format = function.__name__ in ("do_format", "format")

    @functools.wraps(function)  # keeps Jinja's pass_context/pass_environment markers
    def capped(*args: Any, **kwargs: Any) -> Any:
        if is_format and len(args) > value_at:
            _check_widths(args[value_at])
        for value in (*args[value_at + 1 :], *kwargs.values()):
            if _is_number(value) and abs(value) > TEMPLATE_SIZE_LIMIT:
                raise _OverBudget(f"passed {value} to the '{function.__name__}' filter")
        return function(*args, **kwargs)

    return capped
