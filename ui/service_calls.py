"""Which service calls the UI makes on which thread, and how long each takes.

The threading contract of ``ui.tasks`` names the service calls the GUI thread may make; the
contract's test walks every screen with a ``ServiceCallRecorder`` installed and checks each call
against that list, and ``benchmarks/bench_gui_calls.py`` times the same calls on a large
workspace. Only the outermost service call of a thread is recorded (a service that calls another
is one call, as the user waits for it).
"""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import asn_desktop.services


@dataclass(frozen=True)
class Call:
    name: str  # "module.function", e.g. "skp.get_skp"
    gui_thread: bool
    thread: str
    seconds: float


@dataclass
class ServiceCallRecorder:
    calls: list[Call] = field(default_factory=list)
    _depth: threading.local = field(default_factory=threading.local)
    _undo: list[tuple[ModuleType, str, Any]] = field(default_factory=list)

    def _wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def recorded(*args: Any, **kwargs: Any) -> Any:
            depth = getattr(self._depth, "n", 0)
            self._depth.n = depth + 1
            started = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self._depth.n = depth
                if depth == 0:
                    thread = threading.current_thread()
                    self.calls.append(
                        Call(
                            name,
                            thread is threading.main_thread(),
                            thread.name,
                            time.perf_counter() - started,
                        )
                    )

        recorded.__wrapped_service__ = fn  # type: ignore[attr-defined]
        return recorded

    def install(self) -> None:
        """Wrap every public function of every service module, and the names ``ui`` imported."""
        wrapped: dict[int, Callable[..., Any]] = {}
        for module in _service_modules():
            short = module.__name__.removeprefix("asn_desktop.services.")
            for attr, value in vars(module).items():
                if attr.startswith("_") or not inspect.isfunction(value):
                    continue
                if value.__module__ != module.__name__:
                    continue  # re-exported from elsewhere: wrapped where it is defined
                wrapper = self._wrap(f"{short}.{attr}", value)
                wrapped[id(value)] = wrapper
                self._patch(module, attr, wrapper)
        for module in [
            m for name, m in sys.modules.items() if name.startswith(("ui.", "asn_desktop.services."))
        ]:
            for attr, value in list(vars(module).items()):
                found = wrapped.get(id(value))
                if found is not None and getattr(module, attr) is not found:
                    self._patch(module, attr, found)

    def _patch(self, module: ModuleType, attr: str, value: Any) -> None:
        self._undo.append((module, attr, getattr(module, attr)))
        setattr(module, attr, value)

    def uninstall(self) -> None:
        for module, attr, value in reversed(self._undo):
            setattr(module, attr, value)
        self._undo.clear()

    def on_gui_thread(self) -> list[Call]:
        return [c for c in self.calls if c.gui_thread]


def _service_modules() -> Iterator[ModuleType]:
    for info in pkgutil.iter_modules(asn_desktop.services.__path__):
        yield importlib.import_module(f"asn_desktop.services.{info.name}")


@contextmanager
def recording() -> Iterator[ServiceCallRecorder]:
    recorder = ServiceCallRecorder()
    recorder.install()
    try:
        yield recorder
    finally:
        recorder.uninstall()
