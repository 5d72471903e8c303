"""The cleaning stage: explicit requests → refusal, implicit mentions → neutral rewrite.

Modules: :mod:`rules` (what to refuse, what to rewrite), :mod:`rewriter` (the embedded
deterministic rewriter), :mod:`checks` (every rewrite, local or LLM, must pass them),
:mod:`router` (which records need an LLM, projected cost), :mod:`cache` (persistent
results), :mod:`llm` (OpenAI-compatible chat with structured output), :mod:`batch`
(OpenAI Batch API), :mod:`report` (HTML) and :mod:`stage` (``run``).
"""
