"""The model document: elements, invariants, change signals and the .wtm file format.

Pure Python (psygnal for change events); never imports Qt, the engine or io.
"""

from ..errors import LoadError, ModelError, Problem, SaveError, WindtunnelError
from .document import KINDS, UNTITLED, Model, Removal
from .elements import Edge, Intervention, Node, Objective, Scenario, Settings, Source, WeightOverride
from .participants import Participant, Rating
from .vocabulary import (ACTIVATIONS, AGGREGATIONS, CONFIDENCES, DEFAULT_WEIGHT,
                         DEFUZZIFICATIONS, DIRECTIONS, DRIVER_MODES, IMPLICATIONS,
                         INTERVENTION_MODES, LINGUISTIC_TERMS, NODE_KINDS, PRECISIONS, RULES,
                         START_VECTORS, UNIONS, ZERO_MODES, is_valid_id, make_participant_id,
                         slugify)
from .translations import (TRANSLATABLE, Translations, edits_original, group_name,
                           is_generated, is_valid_tag, named, needs_review, reviewed, translated,
                           with_default_name, with_text, edge_names)
from .computed import computed_content
from .fileformat import FORMAT_NAME, FORMAT_VERSION, dumps, load, loads, model_from_dict, model_to_dict, save

__all__ = [
    "Model", "Removal", "KINDS", "UNTITLED", "Node", "Edge", "Intervention", "WeightOverride", "Scenario",
    "Objective", "Source", "Settings", "Participant", "Rating", "AGGREGATIONS", "ZERO_MODES",
    "IMPLICATIONS", "UNIONS", "DEFUZZIFICATIONS", "LINGUISTIC_TERMS", "NODE_KINDS", "CONFIDENCES", "INTERVENTION_MODES",
    "DIRECTIONS", "DEFAULT_WEIGHT", "RULES", "ACTIVATIONS", "START_VECTORS", "DRIVER_MODES", "PRECISIONS",
    "is_valid_id",
    "slugify", "make_participant_id", "load", "loads", "save", "dumps", "model_to_dict", "model_from_dict",
    "FORMAT_NAME", "FORMAT_VERSION", "WindtunnelError", "ModelError", "LoadError",
    "SaveError", "Problem", "Translations", "TRANSLATABLE", "translated", "edge_names", "is_valid_tag",
    "edits_original", "with_text", "named", "is_generated", "with_default_name", "group_name", "needs_review", "reviewed",
    "computed_content",
]
