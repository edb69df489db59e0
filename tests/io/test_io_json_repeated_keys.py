"""An object of another tool's JSON file that holds one key twice is refused at its path,
as a model file's is: read, the last value would win silently."""

from __future__ import annotations

import pytest

from windtunnel.engine.linguistic import TERMS
from windtunnel.errors import LoadError
from windtunnel.io import import_model


def _rating(term: str) -> str:
    """One row of FCMpy's expert ratings (JSON form): a -> b rated ``term``."""
    cells = ", ".join(f'"{t}": {int(t == term)}' for t in TERMS)
    return f'[{{"from": "a", "to": "b", {cells}}}]'


FILES = {
    "map.mmp": ('{"concepts": [{"id": "1", "name": "Tax", "relationships": [{"id": "2", '
                '"influence": 0.5, "influence": -0.5}]}, {"id": "2", "name": "Jobs"}]}',
                "concepts[0].relationships[0].influence"),
    "kumu.json": ('{"elements": [{"id": "a", "label": "Tax"}, {"id": "b", "label": "Jobs", '
                  '"label": "Work"}], "connections": [{"from": "a", "to": "b", "weight": 0.5}]}',
                  "elements[1].label"),
    # Two experts under one name: read, the first expert's ratings would vanish.
    "ratings.json": ('{"Expert_1": ' + _rating("+VH") + ', "Expert_1": ' + _rating("+H") + '}',
                     "Expert_1"),
}


@pytest.mark.parametrize("name", FILES)
def test_a_key_held_twice_in_one_object_is_refused_at_its_path(tmp_path, name):
    text, where = FILES[name]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        import_model(path)
    [problem] = caught.value.problems
    assert problem.location == where
    key = where.rsplit(".", 1)[-1]
    assert problem.message.startswith(f"the key '{key}' appears twice in one object")
    assert caught.value.source == name


def test_the_same_key_in_two_objects_is_no_repeat(tmp_path):
    path = tmp_path / "map.mmp"
    path.write_text(FILES["map.mmp"][0].replace(', "influence": -0.5', ""), encoding="utf-8")
    assert len(import_model(path).model.edges) == 1
