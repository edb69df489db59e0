"""Settings presets that reproduce other FCM tools exactly.

Each preset fixes every convention on which the tools differ; the rule, activation and
steepness stay the caller's choice where the tool offers one. Sources (the tools' own code
and documentation):

- **FCMpy** (``FcmSimulator.simulate``, fcmpy/simulator/simulator.py and convergence.py):
  start from the given initial state; concepts with no incoming edge ("stable concepts")
  are reset to their initial value after each step; stop as soon as
  ``max |A(t) - A(t-1)| <= thresh`` (default 0.001) or after ``iterations`` (default 50);
  the message "converged in the k state" counts the initial state as state 1.
- **R fcm** (``fcm.infer``, R/fcm.infer.R): ``iter`` rows including the initial state
  (so ``iter - 1`` updates, default 20), always runs them all; a state is converged when
  every ``|A(i) - A(i-1)| < e`` (strict, default 0.001); "converged in the ith state"
  counts the initial row as 1; every concept is updated. Its clamped rules (``kc``,
  ``mkc``, ``rc``) hold at 1 the concepts whose initial value is 1: a clamp from step 0.
  (Where a run dips below ``e`` and later moves again, R reports the first dip; Windtunnel
  reports the step from which the run stays converged. Monotone runs, like the vignette's,
  give the same step.)
- **Mental Modeler** (scenario module, ``converge`` in scripts/models/scenarioGraph.js):
  every concept starts at 1, Kosko's rule (no self term), sigmoid or hyperbolic tangent
  with lambda 1, clamped concepts held at their value from the first update on (so a
  scenario clamp starts at step 1), iterate until ``max |A(t) - A(t-1)| <= 0.00001``; the
  scenario result is the difference from the unclamped run.
"""

from __future__ import annotations

from dataclasses import replace

from ..errors import ModelError, Problem
from ..language import translate
from ..model import Settings

__all__ = ["PRESETS", "preset", "preset_names"]

PRESETS: dict[str, dict] = {
    "fcmpy": dict(start="initial", drivers="hold", tolerance=0.001, strict=False,
                  stop_early=True, count_initial=True, steps=50),
    "r-fcm": dict(start="initial", drivers="update", tolerance=0.001, strict=True,
                  stop_early=False, count_initial=True, steps=19, rule="kosko"),
    "mental-modeler": dict(start="ones", drivers="update", tolerance=0.00001, strict=False,
                           stop_early=True, count_initial=False, steps=1000, rule="kosko",
                           activation="sigmoid", steepness=1.0),
}


def preset_names() -> tuple[str, ...]:
    return tuple(PRESETS)


def preset(name: str, base: Settings | None = None, **overrides) -> Settings:
    """``base`` (default settings) with a tool's conventions, then ``overrides`` on top."""
    try:
        values = PRESETS[name]
    except KeyError:
        raise ModelError(Problem("preset", translate("presets", "there is no preset {name!r}; valid "
                                                                "presets: {presets}").format(
                                               name=name, presets=", ".join(PRESETS)))) from None
    settings = replace(base or Settings(), **{**values, **overrides})
    problems = settings.problems()
    if problems:
        raise ModelError([Problem(f"settings.{f}", m) for f, m in problems])
    return settings
