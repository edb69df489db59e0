"""The linear part of a step: every node's weighted input from the (lagged) history.

    u_i(t) = sum_j w_ji * g(a_j(t - d_ji))        for every sample at once

The history is an array (D + T + 1, S, N): D leading rows hold the step-0 state (so that
an edge with delay d reads "before step 0" as step 0), row D + t holds step t. Step t reads
the window of rows t .. t + D, and an edge with delay d reads window row D - d.

Two forms, chosen per run by one rule (:func:`use_dense`):

- **dense** (weights shared by every sample on a small, dense map): one dense matrix per
  distinct delay, row = source, column = target; the input is ``history[row] @ matrix``
  summed over delays. A BLAS product beats sparse bookkeeping when (distinct delays) x N^2
  is at most :data:`DENSE_RATIO` times the number of edges.
- **sparse** (everything else, including per-sample weights): one scipy CSR matrix over
  the flattened window, block-diagonal in the samples: row ``s * N + target``, column
  ``(D - delay) * S * N + s * N + source``, holding sample s's weight of the edge. One
  sparse product per step serves every edge, delay and sample.

The sparse product calls scipy's C kernel (``scipy.sparse._sparsetools.csr_matvec``)
directly: scipy's ``@`` spends about 20 microseconds per call checking its operands, more
than the product itself on a workshop-sized map. When a scipy release moves the kernel,
the public ``@`` is used instead (same numbers, slower). scipy loads on the first sparse
run, not at start-up: a workshop map with shared weights never needs it.

Each row's terms are summed in one fixed order, by (lag, source), that does not depend on
how many samples share the matrix: a sample's numbers are the same bit for bit whether it
runs alone or in a chunk of any size, which keeps Monte Carlo reproducible whatever the
chunking.
"""

from __future__ import annotations

import numpy as np

from .compile import Network

__all__ = ["DENSE_RATIO", "use_dense", "inputs_function"]

#: scipy's own kernel behind ``csr @ vector`` (y += A x, in C, no per-call dispatch); None
#: when a scipy release moved it (the public product, slower per step); ... until looked up.
_matvec = ...

#: Weights shared by all samples use dense products when (distinct delays) x N^2 is at
#: most this many times the number of edges (small, dense maps); otherwise the CSR form.
DENSE_RATIO = 20


def use_dense(network: Network, weight: np.ndarray) -> bool:
    """The rule: dense products for shared weights on a small dense map (see the module)."""
    if not network.n_edges:
        return True
    if weight.ndim != 1:
        return False
    n = network.n_nodes
    return _distinct_delays(network) * n * n <= DENSE_RATIO * network.n_edges


def _distinct_delays(network: Network) -> int:
    count = network.__dict__.get("_distinct_delays")
    if count is None:
        count = len(np.unique(network.delay))
        object.__setattr__(network, "_distinct_delays", count)
    return count


def inputs_function(network: Network, weight: np.ndarray, n_samples: int,
                    history: np.ndarray, *, self_term: bool):
    """``inputs(t)`` -> a new (S, N) array of every node's input at step t, before the
    activation: the weighted sum over its edges, plus its own g(a_i(t)) when ``self_term``
    (the modified Kosko and rescaled rules).

    ``weight`` is (E,) shared by the samples or (S, E) one row per sample; ``history`` is
    the simulation's (D + T + 1, S, N) array, read as it fills.
    """
    depth = int(network.delay.max(initial=0))
    if use_dense(network, weight):
        return _dense(network, weight, history, depth, self_term)
    operator = _csr(network, weight, n_samples, depth)
    rows = history.reshape(history.shape[0], -1)
    width = depth + 1
    shape = history.shape[1:]
    n_rows, n_columns = operator.shape
    arrays = (operator.indptr, operator.indices, operator.data)
    kernel = _kernel()

    def inputs(t: int) -> np.ndarray:
        u = rows[depth + t].copy() if self_term else np.zeros(n_rows, rows.dtype)
        window = rows[t:t + width].reshape(-1)
        if kernel is None:
            u += operator @ window
        else:       # u += operator @ window, without scipy's per-call dispatch
            kernel(n_rows, n_columns, *arrays, window, u)
        return u.reshape(shape)

    return inputs


def _kernel():
    global _matvec
    if _matvec is ...:
        try:
            from scipy.sparse._sparsetools import csr_matvec as _matvec
        except ImportError:
            _matvec = None
    return _matvec


def _dense(network: Network, weight: np.ndarray, history: np.ndarray, depth: int,
           self_term: bool):
    matrices = _dense_matrices(network, weight, depth)
    if not matrices:
        shape = history.shape[1:]
        return lambda t: (history[depth + t].copy() if self_term
                          else np.zeros(shape, history.dtype))
    (first, first_matrix), *rest = matrices

    def inputs(t: int) -> np.ndarray:
        u = history[first + t] @ first_matrix
        for offset, matrix in rest:
            u += history[offset + t] @ matrix
        if self_term:
            u += history[depth + t]
        return u

    return inputs


def _dense_matrices(network: Network, weight: np.ndarray, depth: int) -> list:
    """(history row offset, dense matrix) per distinct delay, cached on the network for its
    own weights (the baseline and every scenario without overrides)."""
    own = weight is network.weight
    if own:
        cached = network.__dict__.get("_dense_cache")
        if cached is not None:
            return cached
    n = network.n_nodes
    out = []
    for d in np.unique(network.delay):
        sel = network.delay == d
        matrix = np.zeros((n, n), weight.dtype)
        np.add.at(matrix, (network.source[sel], network.target[sel]), weight[sel])
        matrix.setflags(write=False)        # shared by every run of the network
        out.append((depth - int(d), matrix))
    if own:
        object.__setattr__(network, "_dense_cache", out)
    return out


def _layout(network: Network) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """One sample's CSR layout, cached on the network: the edge order (by target, then
    lag, then source), row pointers, and each stored entry's lag and source."""
    cached = network.__dict__.get("_csr_layout")
    if cached is None:
        depth = int(network.delay.max(initial=0))
        lag = depth - network.delay
        order = np.lexsort((network.source, lag, network.target))
        indptr = np.zeros(network.n_nodes + 1, dtype=np.int64)
        np.cumsum(np.bincount(network.target, minlength=network.n_nodes), out=indptr[1:])
        cached = (order, indptr, lag[order], network.source[order])
        object.__setattr__(network, "_csr_layout", cached)
    return cached


def _csr(network: Network, weight: np.ndarray, n_samples: int, depth: int):
    """The block-diagonal CSR operator over the flattened history window (cached on the
    network for a single run with its own weights: the baseline, the live slider)."""
    own = weight is network.weight and n_samples == 1
    if own and "_csr_own" in network.__dict__:
        return network.__dict__["_csr_own"]
    order, indptr, lag, source = _layout(network)
    n, e, s = network.n_nodes, network.n_edges, n_samples
    width = (depth + 1) * s * n
    index_type = np.int32 if max(width, s * e) < 2**31 else np.int64
    sample = np.arange(s, dtype=index_type)[:, None]
    indices = (lag.astype(index_type) * (s * n))[None, :] + sample * n \
        + source.astype(index_type)[None, :]
    pointers = np.empty(s * n + 1, dtype=index_type)
    pointers[:-1] = (indptr[:-1].astype(index_type)[None, :] + sample * e).reshape(-1)
    pointers[-1] = s * e
    data = np.broadcast_to(weight[..., order], (s, e)).reshape(-1)
    from scipy.sparse import csr_array

    operator = csr_array((data, indices.reshape(-1), pointers), shape=(s * n, width))
    if own:
        object.__setattr__(network, "_csr_own", operator)
    return operator
