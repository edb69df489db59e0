"""The levers the shown scenario sets, on the map a room looks at, in a real window
(scenario_levers_probe.py in a child process on its own X display) on the projector and
the laptop in every language: the first view's scenario's levers are named whole (at 1024x768 the
first view cut "Foreign-national access ban", the scenario shown, to "Forei…"), and
showing another scenario moves no other label but those that give its levers room,
showing shorter names. Screenshots go to the folder named by
WINDTUNNEL_SCREENSHOTS (else the test's temporary folder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .xdisplay import run_probe, screenshots_folder

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("realwindow")]

PROBE = Path(__file__).with_name("scenario_levers_probe.py")
SCREENS = [(language, size) for language in ("en", "ja", "zh-CN", "zh-HK")
           for size in ("1024x768", "1366x768")]


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    folder = screenshots_folder(tmp_path_factory, "scenario-levers")
    return {(language, size): run_probe(PROBE, size, 1,
                                        folder / f"scenario-levers-{language}-{size}",
                                        language)
            for language, size in SCREENS}


def _flat(text: str) -> str:
    return "".join(text.split())


def _gave_way(node: str, one: dict, other: dict, levers: set[str]) -> bool:
    """Whether ``node``'s label in the view ``one`` stood where one of ``levers`` shows its
    label in the view ``other``, a few pixels round: it gave way to that lever's whole
    name, showing a shorter one."""
    left, top, width, height = one["boxes"][node]
    return any(left < x + w + 4 and x - 4 < left + width and top < y + h + 4
               and y - 4 < top + height
               for lever in levers if lever in other["boxes"]
               for x, y, w, h in (other["boxes"][lever],))


@pytest.mark.parametrize("language, size", SCREENS)
def test_each_scenario_names_its_levers_whole_and_moves_no_other_label(reports, language,
                                                                        size):
    shown = reports[(language, size)]["shown"]
    assert len(shown) > 1 and all(view["by_view"] for view in shown)
    first = shown[0]
    cut = [(lever, first["labels"].get(lever)) for lever in first["levers"]
           if _flat(first["labels"].get(lever, "")) != _flat(first["names"][lever])]
    assert first["levers"] and not cut, cut
    for before, after in zip(shown, shown[1:]):
        levers = set(before["levers"]) | set(after["levers"])
        moved = {node: (before["labels"].get(node), after["labels"].get(node))
                 for node in set(before["labels"]) | set(after["labels"])
                 if node not in levers
                 and (before["labels"].get(node), before["boxes"].get(node))
                 != (after["labels"].get(node), after["boxes"].get(node))
                 and not _gave_way(node, before, after, levers)
                 and not _gave_way(node, after, before, levers)}
        assert not moved, (after["scenario"], moved)
        assert set(before["labels"]) == set(after["labels"])
