"""Prefect tasks around the clean stage (the logic lives in :mod:`safellava.cleaning`).

Planning a chunk is pure CPU work on plain data, so it is the unit the flow's task runner
spreads: threads by default, or a dask cluster (``clean.task_runner: dask``). LLM calls stay
in the flow's process (``safellava.cleaning.stage``), where the rate limits and the cache live.
"""

from __future__ import annotations

from typing import Any

from prefect import task, unmapped
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from safellava.cleaning import stage
from safellava.cleaning.rules import Plan, Settings, plan_chunk


# NO_CACHE: hashing a chunk of records as a cache key would cost more than planning it.
@task(name="plan-chunk", retries=1, retry_delay_seconds=5, cache_policy=NO_CACHE)
def plan_chunk_task(records: list[dict[str, Any]], settings: Settings) -> list[Plan]:
    """Apply the rules and the local rewriter to one chunk of records."""
    return plan_chunk(records, settings)


def prefect_mapper(chunks: list[list[dict[str, Any]]], settings: Settings) -> list[list[Plan]]:
    """A :data:`~safellava.cleaning.stage.Mapper` that maps the chunks on the flow's task runner."""
    futures = plan_chunk_task.map(chunks, unmapped(settings))
    return [future.result() for future in futures]


def task_runner(config: stage.CleanConfig) -> TaskRunner[Any]:
    """The task runner params ask for: a thread pool, or dask (an existing scheduler at
    ``clean.dask_address``, else a LocalCluster of ``clean.workers`` worker processes)."""
    if config.task_runner == "thread":
        return ThreadPoolTaskRunner(max_workers=config.workers)
    if config.task_runner == "dask":
        from prefect_dask import DaskTaskRunner

        if config.dask_address:
            return DaskTaskRunner(address=config.dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": config.workers, "threads_per_worker": 1})
    raise ValueError(f"clean.task_runner must be 'thread' or 'dask', not {config.task_runner!r}")
