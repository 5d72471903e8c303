"""Biometric attributes (age, gender, race, eye colour, weight): taxonomy, detection,
explicit-question detection and refusal judging -- the shared core of Safe-LLaVA's audit,
cleaning and PRISM evaluation. No other module keeps its own word list."""

from safellava.biometrics.detector import Detector, Mention, default_detector
from safellava.biometrics.questions import requested_attributes
from safellava.biometrics.refusal import is_refusal
from safellava.biometrics.taxonomy import (
    ATTRIBUTES,
    DEFAULT_SPEC,
    Taxonomy,
    load_taxonomy,
    load_taxonomy_file,
)

__all__ = [
    "ATTRIBUTES",
    "DEFAULT_SPEC",
    "Detector",
    "Mention",
    "Taxonomy",
    "default_detector",
    "is_refusal",
    "load_taxonomy",
    "load_taxonomy_file",
    "requested_attributes",
]
