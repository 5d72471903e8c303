"""Safe-LLaVA: make vision-language training data biometric-safe, and prove it.

The domain library. Each pipeline stage is one function here (``safellava.<stage>.run``)
that reads its inputs and ``params.yaml`` section, writes its outputs and returns a small
summary; the CLI, the Prefect flows and ``dvc.yaml`` all call that one function.
"""

__version__ = "0.1.0"
