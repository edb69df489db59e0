"""A small cache of compiled networks: re-running an unchanged model skips compiling it.

Compiling the workshop model (300 nodes, 1,500 edges) costs about as much as simulating
it, and the live slider and the results dock re-run the same model many times between
edits. The cache is keyed by the model's identity, its ``revision`` (which every change
of the document bumps, model/document.py, so an edited model never meets a stale network)
the one setting compilation reads, ``start`` (the start vector), and the current language
(the network carries the nodes' labels in it, windtunnel.language). It is a bounded LRU
of :data:`CACHE_SIZE` entries; each entry holds only a weak reference to its model and
is dropped, network and all, as soon as that model is gone (a closed document, or the
snapshot a background run worked on), so caching keeps neither alive and an id reused by a
new model never meets an old network. Thread-safe: GUI workers run the engine off the main
thread, on copies of the model; :func:`share_compiled` lets the model reuse the network
compiled for such a copy while the two are the same.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict

from ..language import current as current_language
from ..model import Model, Settings
from .compile import Network, compile_model

__all__ = ["compiled_model", "clear_cache", "cached_networks", "share_compiled",
           "CACHE_SIZE"]

#: Compiled networks kept (the open document under a few settings, plus a comparison).
CACHE_SIZE = 4

_entries: OrderedDict[tuple[int, int, str, str], tuple[weakref.ref, Network]] = OrderedDict()
_lock = threading.Lock()


def compiled_model(model: Model, settings: Settings | None = None) -> Network:
    """``compile_model(model, settings)``, reused while the model is unchanged.

    The returned network's arrays are read-only, so sharing it between runs is safe.
    """
    settings = settings or model.settings
    key = (id(model), model.revision, settings.start, current_language())
    with _lock:
        entry = _entries.get(key)
        if entry is not None and entry[0]() is model:
            _entries.move_to_end(key)
            return entry[1]
    network = compile_model(model, settings)
    _keep(key, model, network)
    return network


def share_compiled(copy: Model, model: Model) -> None:
    """Let ``model`` reuse the networks compiled for ``copy``, a copy of it as it is now
    (:meth:`Model.copy`): a run on a worker compiles the copy it runs on, and the views of
    the model that follow its results would otherwise compile the same network again on
    the window's thread."""
    with _lock:
        shared = [(start, tag, network) for (ident, _revision, start, tag), (ref, network)
                  in _entries.items() if ident == id(copy) and ref() is copy]
    for start, tag, network in shared:
        _keep((id(model), model.revision, start, tag), model, network)


def _keep(key: tuple, model: Model, network: Network) -> None:
    with _lock:
        _entries[key] = (weakref.ref(model, lambda _, key=key: _forget(key)), network)
        _entries.move_to_end(key)
        while len(_entries) > CACHE_SIZE:
            _entries.popitem(last=False)


def _forget(key: tuple) -> None:
    """Drop the entry of a model that no longer exists."""
    with _lock:
        entry = _entries.get(key)
        if entry is not None and entry[0]() is None:
            del _entries[key]


def cached_networks() -> list[Network]:
    """The compiled networks the cache holds, least recently used first."""
    with _lock:
        return [network for _, network in _entries.values()]


def clear_cache() -> None:
    """Forget every compiled network (tests, and memory pressure after big models)."""
    with _lock:
        _entries.clear()
