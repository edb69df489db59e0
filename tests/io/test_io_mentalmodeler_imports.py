"""Imports of Mental Modeler's files (its legacy XML and its JSON): labels, its own numbers for
the influence terms, garbage refused."""

from __future__ import annotations

import pytest

from windtunnel.errors import LoadError
from windtunnel.io import import_model, mmp_to_model
from windtunnel.io.mentalmodeler import INFLUENCE_LABELS

from io_helpers import DATA


def test_mental_modeler_legacy_xml():
    imported = import_model(DATA / "wetland_legacy.mmp")
    model = imported.model
    assert model.title == "Wetland workshop"
    assert model.node("fish-stock").group == "Ecology"
    assert model.node("fish-stock").position == (604.0, 200.0)
    assert "Units: tonnes" in model.node("fish-stock").description
    assert model.edge("fish-stock", "livelihoods").weight == 1.0       # H+
    wetland_fish = model.edge("wetland-area", "fish-stock")
    assert (wetland_fish.weight, wetland_fish.confidence) == (0.62, "high")  # M+, confidence 2
    assert model.edge("wetland-area", "pollution").weight == -0.25     # L-
    assert model.edge("wetland-area", "livelihoods").weight == 0.0     # blank influence
    messages = " ".join(n.message for n in imported.notes)
    assert "no influence value" in messages and "self-influence" in messages


def test_mental_modeler_json():
    imported = import_model(DATA / "fire_web.mmp")
    model = imported.model
    assert model.title == "Wildfire" and model.node("dry-fuel").group == "Land"
    assert model.edge("dry-fuel", "fire-risk").weight == 0.75
    assert model.edge("drought", "fire-risk").weight == 0.62
    assert model.edge("drought", "fire-risk").confidence == "low"


def test_mental_modeler_labels_are_its_own_numbers():
    assert INFLUENCE_LABELS == {"h+": 1.0, "m+": 0.62, "l+": 0.25,
                                "h-": -1.0, "m-": -0.62, "l-": -0.25}


def test_mental_modeler_garbage_is_refused():
    with pytest.raises(LoadError, match="not a Mental Modeler project"):
        mmp_to_model(b'{"nodes": []}')
    with pytest.raises(LoadError, match="root is <svg>"):
        mmp_to_model(b"<svg/>")
    with pytest.raises(LoadError, match="influence 'strong' is not a number"):
        mmp_to_model(b'{"concepts": [{"id": "1", "name": "a", "relationships": '
                     b'[{"id": "2", "influence": "strong"}]}, {"id": "2", "name": "b"}]}')


STRAY_MARK = b"""<?xml version='1.0' encoding='UTF-8'?><mentalModeler>
  <info><version>1.0</version><author>J</author><description>Fish</description></info>
  <concepts>
    <concept><id>1</id><name><![CDATA[Fish population]]></name><x>10</x><y>20</y>
      <relationships>
        <relationship><id>2</id><name><![CDATA[Wetland]]></name><confidence>0</confidence>
          <influence><![CDATA[0.95]]>></influence></relationship>
      </relationships></concept>
    <concept><id>2</id><name><![CDATA[Wetland]]></name><x>200</x><y>20</y>
      <relationships>
        <relationship><id>1</id><name><![CDATA[Fish population]]></name>
          <confidence>0</confidence><influence><![CDATA[L-]]></influence></relationship>
      </relationships></concept>
  </concepts></mentalModeler>"""


def test_an_influence_with_a_stray_mark_after_it_is_read_as_the_value_with_a_note():
    """Mental Modeler's Flash version wrote some influences as <![CDATA[0.95]]>> and read
    them back as 0.95 (parseFloat); they were refused ("'0.95>' is not a number")."""
    imported = mmp_to_model(STRAY_MARK)
    weights = {(e.source, e.target): e.weight for e in imported.model.edges}
    assert weights == {("fish-population", "wetland"): 0.95,
                       ("wetland", "fish-population"): -0.25}
    assert any(note.message.startswith("read 1 influence(s) written with a stray '>' after "
                                       "the value") and "relationship to '2'" in note.message
               for note in imported.notes)


@pytest.mark.parametrize("influence", [b">", b"<![CDATA[H]]>>", b"<![CDATA[0.5>]]>>"])
def test_a_stray_mark_after_no_influence_is_still_refused(influence):
    with pytest.raises(LoadError, match="influence"):
        mmp_to_model(STRAY_MARK.replace(b"<![CDATA[0.95]]>>", influence))
