"""Data-quality gates: the record contract as Great Expectations suites, run between stages.

``frames`` turns stage outputs into DataFrames, ``suites`` runs the versioned suites of
``expectations/`` on them with GX, ``leakage`` is the custom residual-leakage expectation
and ``gate`` is the validate stage itself. See docs/quality.md.
"""
