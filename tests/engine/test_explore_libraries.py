"""The exploration's own numpy pieces checked against the well-kept libraries that do the
same job: the Sobol' estimators against SALib, the Latin hypercube against
scipy.stats.qmc.LatinHypercube, PRIM against EMA Workbench's.

They stay written here because the desktop app leaves scipy.stats out and would have to
freeze in matplotlib, multiprocess and the workbench's dependencies for a few lines each
(see the modules' docstrings); these libraries are test dependencies only. Each test is
skipped where its library is not installed (the `test` extra installs SALib and EMA
Workbench)."""

from __future__ import annotations

import numpy as np
import pytest

from windtunnel.engine.designs import latin_hypercube
from windtunnel.engine.globalsensitivity import estimate, saltelli_design
from windtunnel.engine.prim import prim


def ishigami(x: np.ndarray) -> np.ndarray:
    """The Ishigami function on uniforms in [0, 1)^3 mapped to [-pi, pi)^3."""
    z = -np.pi + 2 * np.pi * x
    return np.sin(z[:, 0]) + 7 * np.sin(z[:, 1]) ** 2 + 0.1 * z[:, 2] ** 4 * np.sin(z[:, 0])


def design_outputs(base: int, seed: int = 4):
    """Our Saltelli design run through Ishigami: f_A, f_B (1, n) and f_AB (D, 1, n)."""
    design = saltelli_design(3, base, seed)
    values = ishigami(design)
    f_a, f_b = values[:base][None], values[base:2 * base][None]
    f_ab = values[2 * base:].reshape(3, 1, base)
    return f_a, f_b, f_ab


def test_sobol_estimators_equal_salib_on_the_same_outputs():
    sobol = pytest.importorskip("SALib.analyze.sobol")
    f_a, f_b, f_ab = design_outputs(1024)
    first, total = estimate(f_a, f_b, f_ab)
    for d in range(3):
        a, b, ab = f_a[0], f_b[0], f_ab[d, 0]
        assert first[0, d] == pytest.approx(float(sobol.first_order(a, ab, b)), rel=1e-12)
        assert total[0, d] == pytest.approx(float(sobol.total_order(a, ab, b)), rel=1e-12)


def test_sobol_indices_agree_with_salib_analyze_within_its_intervals():
    """SALib's analyze standardises the outputs first and draws its own bootstrap: the
    indices agree within its 95 % intervals (and the analytic ones are near both)."""
    sobol = pytest.importorskip("SALib.analyze.sobol")
    base = 4096
    f_a, f_b, f_ab = design_outputs(base)
    first, total = estimate(f_a, f_b, f_ab)
    # SALib's layout: per base row, A, then A with column i from B for each i, then B
    rows = np.concatenate([f_a[0][:, None], f_ab[:, 0].T, f_b[0][:, None]], axis=1).ravel()
    problem = {"num_vars": 3, "names": ["x1", "x2", "x3"], "bounds": [[0, 1]] * 3}
    salib = sobol.analyze(problem, rows, calc_second_order=False, seed=1)
    assert np.all(np.abs(first[0] - salib["S1"]) <= salib["S1_conf"] + 0.01)
    assert np.all(np.abs(total[0] - salib["ST"]) <= salib["ST_conf"] + 0.01)
    analytic_first, analytic_total = [0.314, 0.442, 0.0], [0.558, 0.442, 0.244]
    np.testing.assert_allclose(salib["S1"], analytic_first, atol=0.05)
    np.testing.assert_allclose(total[0], analytic_total, atol=0.05)


def test_latin_hypercube_is_distributed_as_scipys():
    """Both are Latin hypercubes (one point per stratum in every dimension); over 200 draws
    the places within the strata are uniform in both, the strata are paired alike (the
    correlations between dimensions have one distribution), and so is the points' spread
    (centred L2 discrepancy). Designs that are not random in one of these are told apart."""
    qmc = pytest.importorskip("scipy.stats.qmc")
    stats = pytest.importorskip("scipy.stats")
    n, d, draws = 32, 5, 200
    ours = [latin_hypercube(d, n, np.random.default_rng(i)) for i in range(draws)]
    scipys = [qmc.LatinHypercube(d, rng=np.random.default_rng(10_000 + i)).random(n)
              for i in range(draws)]
    for sample in (ours[0], scipys[0]):
        strata = np.sort((sample * n).astype(int), axis=0)
        assert (strata == np.arange(n)[:, None]).all()

    def within(samples):
        return np.concatenate([(s * n % 1.0).ravel() for s in samples])

    def pairing(samples):
        return np.array([np.corrcoef(s.T)[0, 1:] for s in samples]).ravel()

    def spread(samples):
        return np.array([qmc.discrepancy(s) for s in samples])

    assert stats.kstest(within(ours), "uniform").pvalue > 0.001
    assert stats.kstest(within(scipys), "uniform").pvalue > 0.001
    assert stats.ks_2samp(pairing(ours), pairing(scipys)).pvalue > 0.001
    assert stats.ks_2samp(spread(ours), spread(scipys)).pvalue > 0.001
    # the checks have teeth: centred within the strata, or strata paired in order
    centred = [(np.floor(s * n) + 0.5) / n for s in ours]
    assert stats.kstest(within(centred), "uniform").pvalue < 0.001
    ordered = [np.sort(s, axis=0) for s in ours]
    assert stats.ks_2samp(pairing(ordered), pairing(scipys)).pvalue < 0.001


@pytest.mark.slow          # importing the workbench (scikit-learn, statsmodels) takes ~30 s
def test_prim_finds_the_box_ema_workbench_finds():
    """On futures where failures sit in x0 >= 0.6 and x1 <= 0.4 (with 5 % of the labels
    flipped), our box and EMA Workbench's (its peeling trajectory's widest box of density
    >= 0.8, the original objective) restrict x0 and x1 alike, with the same coverage and
    density to a few points; ours names only those two (its trimming drops the noise
    dimensions peeling shaved)."""
    pd = pytest.importorskip("pandas")
    ema = pytest.importorskip("ema_workbench.analysis.prim")
    rng = np.random.default_rng(12)
    x = rng.random((2000, 5))
    y = (x[:, 0] >= 0.6) & (x[:, 1] <= 0.4)
    y ^= rng.random(2000) < 0.05
    names = [f"x{i}" for i in range(5)]
    ours = prim(x, y, names, threshold=0.8, boxes=1)[0]
    theirs = ema.Prim(pd.DataFrame(x, columns=names), y, obj_function=ema.PRIMObjectiveFunctions.ORIGINAL,
                      peel_alpha=0.05, paste_alpha=0.05, mass_min=0.05).find_box()
    trajectory = theirs.peeling_trajectory
    dense = trajectory[trajectory["density"] >= 0.8]
    chosen = int(dense["coverage"].idxmax())
    limits = theirs.box_lims[chosen]
    restricted = {r.name: r for r in ours.restrictions}
    assert set(restricted) == {"x0", "x1"}
    assert restricted["x0"].low == pytest.approx(float(limits["x0"][0]), abs=0.03)
    assert restricted["x1"].high == pytest.approx(float(limits["x1"][1]), abs=0.03)
    assert ours.coverage == pytest.approx(float(dense["coverage"][chosen]), abs=0.05)
    assert ours.density == pytest.approx(float(dense["density"][chosen]), abs=0.05)
