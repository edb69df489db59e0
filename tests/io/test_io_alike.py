"""Names one typing slip apart: the deletion index against a pair-by-pair comparison."""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from windtunnel.io.alike import Slips, _deletions, _series, normal_label

#: Short words over few letters, with numbers and short words that make series, so that
#: slips, series and repeats all come up often.
_WORD = st.sampled_from(["node", "nodes", "tier", "ties", "chip", "chips", "ship", "tax",
                         "risk", "rsik", "a", "b", "1", "2", "12"])
_LABEL = st.lists(_WORD, min_size=1, max_size=3).map(" ".join)


def _one_slip(key: str, other: str) -> bool:
    """The rule compared pair by pair: the keys share a text with at most one character
    left out of each, are of different series, and are long enough to call a slip."""
    return (len(key) >= 4 and other != key and _series(other) != _series(key)
            and bool(_deletions(key) & _deletions(other)))


@settings(max_examples=300, deadline=None)
@given(st.lists(_LABEL, max_size=25))
@example(["node 1", "nodes 1", "node 12"])   # the near label is not the first at its deletion
def test_each_label_is_found_near_exactly_when_some_earlier_label_is_one_slip_from_it(labels):
    slips, gathered = Slips(), {}              # normal label -> the label as first written
    for label in labels:
        key = normal_label(label)
        near = slips.add(label)
        if key in gathered:
            assert near == (gathered[key] if gathered[key] != label else None)
            continue
        candidates = [written for other, written in gathered.items() if _one_slip(key, other)]
        if candidates:
            assert near in candidates
        else:
            assert near is None
        gathered[key] = label


def test_a_numbered_series_is_no_slip_but_a_misspelt_word_is():
    slips = Slips(["Node 1", "Node 2", "Chip smuggling"])
    assert slips.add("Node 12") is None
    assert slips.add("Chip smugling") == "Chip smuggling"
    assert slips.near("Nodes 1") == "Node 1"
