"""PRISM evaluation: the tasks (:mod:`.tasks`, defined once), the question set, answer
generation, judges, metrics and reports; and how the local judge agrees with the paper's
judges (:mod:`.agreement`, :mod:`.holdout`).

The paper's claim is measured here: a model trained on cleaned data refuses explicit
biometric questions (refusal accuracy on soft and hard prompts) and does not volunteer
biometric attributes when describing people (implicit-leakage protection), without
refusing ordinary questions (the over-refusal checks the published metrics leave out).
"""
