"""The cleaning stage: explicit requests → refusal, implicit mentions → neutral rewrite.

Modules: :mod:`rules` (what to refuse, what to rewrite, which records need an LLM),
:mod:`rewriter` (the embedded deterministic rewriter), :mod:`llm_rewriter` (the same
rewrites by an OpenAI-compatible chat model, structured output), :mod:`batch` (the OpenAI
Batch API), :mod:`checks` (every rewrite, local or LLM, must pass them),
:mod:`faithfulness` (whether an edit kept the text readable), :mod:`report` (HTML) and
:mod:`stage` (``run``). Client, retries and the persistent result cache are shared with the
PRISM judges in :mod:`safellava.chat_client`.
"""
