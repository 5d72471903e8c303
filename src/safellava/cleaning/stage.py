"""The clean stage: normalised records in, biometric-free records out.

``run`` reads an ingest output directory (or a LLaVA JSON/JSONL file), plans every record
with the rules (:mod:`rules`: explicit → refusal, implicit → local rewrite), sends the
records the router picks to an LLM when the backend is ``openai``/``openai-batch``, checks
every LLM rewrite (:mod:`checks`) and falls back to the local rewrite or records a failure,
and writes (into a staging directory that replaces ``output`` at the end, so a killed run
leaves the previous output intact):

``cleaned.json``      the cleaned records as a LLaVA JSON array (input order; failed records left out)
``records-NNNNN.jsonl`` the same records, normalised (``key``, ``source``, ``position``)
``changes.jsonl``     one line per changed turn: key, id, turn, before, after, rule, attributes, backend
``failures.jsonl``    key, id, error, backend: records that could not be cleaned (never passed through),
                      and records dropped because a rewrite failed the faithfulness signal
``summary.json``      the counts (DVC metrics)

Every local rewrite is also scored by :mod:`faithfulness` against word statistics of the
input (a first pass over it): a flagged record goes to the LLM when one is configured (the
router's ``needs_llm``), and with the local rewrite ``clean.unfaithful`` decides: ``keep``
(kept, flagged in ``changes.jsonl``), ``sentence`` (the damaged sentences are dropped; the
record goes to the failures when a turn would be left empty or the damage is in a question)
or ``drop`` (the record goes to the failures).

Planning is pure and chunked, so a ``mapper`` (the Prefect flow's task runner: threads or
a dask cluster) can spread it; LLM calls run in this process's thread pool because rate
limits and the cache are per account and per machine.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, ClassVar

import orjson
from tqdm import tqdm

from safellava.biometrics.detector import default_detector
from safellava.chat_client import ResultCache
from safellava.cleaning.batch import BatchConfig, BatchRunner
from safellava.cleaning.checks import check_rewrite, preserved_share
from safellava.cleaning.faithfulness import REASONS, CorpusStatistics, FaithfulnessConfig, Flag, assess, drop_sentences
from safellava.cleaning.llm_rewriter import (
    CallStats,
    ChatRewriter,
    LLMConfig,
    build_body,
    estimate_tokens,
    make_client,
    request_key,
    restore_image,
)
from safellava.cleaning.report import write_report
from safellava.cleaning.rules import EXPLICIT, IMPLICIT, Plan, Settings, apply, plan_chunk
from safellava.jsonstream import BadRecord, iter_json
from safellava.records import InvalidRecord, ShardWriter, iter_records, normalise, to_llava, validate
from safellava.sources import SourceSpec, open_source
from safellava.staging import staged_output

BACKENDS = ("local", "openai", "openai-batch")
UNFAITHFUL_POLICIES = ("keep", "sentence", "drop")
CLEANED = "cleaned.json"
CHANGES = "changes.jsonl"
FAILURES = "failures.jsonl"
SUMMARY = "summary.json"

Mapper = Callable[[list[list[dict[str, Any]]], Settings], list[list[Plan]]]
"""Plans a window of chunks; the default runs them here, the Prefect flow on its task runner."""


class CleanError(RuntimeError):
    """More records failed than ``clean.max_failed_fraction`` allows (outputs are written)."""


@dataclass(frozen=True)
class CleanConfig:
    """``params.yaml`` ``clean:`` (docs/cleaning.md explains each knob)."""

    SECTION: ClassVar[str] = "clean"

    input: str = "data/ingested"
    output: str = "data/cleaned"
    backend: str = "local"
    report: str | None = "reports/clean.html"
    # A copy of summary.json outside the output folder, for `dvc metrics` (DVC forbids a
    # metrics file inside another output).
    metrics: str | None = None
    refusals: tuple[str, ...] = Settings.refusals
    route: str = "hard"
    min_similarity: float = 0.7
    fallback: str = "local"
    max_failed_fraction: float = 0.001
    cache: str = "data/.cache/clean.sqlite"
    chunk_size: int = 1000
    window: int = 4
    task_runner: str = "thread"
    workers: int = 2
    dask_address: str | None = None
    shard_size: int = 100_000
    report_examples: int = 40
    # What happens to a local rewrite the faithfulness signal flags (docs/cleaning.md).
    unfaithful: str = "keep"
    faithfulness: FaithfulnessConfig = field(default_factory=FaithfulnessConfig)
    openai: LLMConfig = field(default_factory=LLMConfig)
    batch: BatchConfig = field(default_factory=BatchConfig)

    def __post_init__(self) -> None:
        if self.backend not in BACKENDS:
            raise ValueError(f"clean.backend must be one of {', '.join(BACKENDS)}, not {self.backend!r}")
        if self.fallback not in ("local", "fail"):
            raise ValueError(f"clean.fallback must be 'local' or 'fail', not {self.fallback!r}")
        if self.unfaithful not in UNFAITHFUL_POLICIES:
            raise ValueError(
                f"clean.unfaithful must be one of {', '.join(UNFAITHFUL_POLICIES)}, not {self.unfaithful!r}"
            )
        if self.shard_size < 1:
            raise ValueError(f"clean.shard_size must be at least 1, got {self.shard_size}")

    def artifacts(self) -> list[Path]:
        """The files a tracked run keeps: the summary and the report."""
        return [Path(self.output) / SUMMARY] + ([Path(self.report)] if self.report else [])

    @property
    def settings(self) -> Settings:
        return Settings(refusals=self.refusals, route=self.route, min_similarity=self.min_similarity)


@dataclass
class Outcome:
    """How one record ended: its new turn texts by index and who wrote them, or an error."""

    texts: dict[int, str] = field(default_factory=dict)
    backend: str = "local"
    error: str | None = None
    cached: bool = False
    repaired: frozenset[int] = frozenset()
    """Turns whose damaged sentences were dropped (``clean.unfaithful: sentence``)."""


def sequential(chunks: list[list[dict[str, Any]]], settings: Settings) -> list[list[Plan]]:
    """The default mapper: plan the chunks one after another in this process."""
    return [plan_chunk(chunk, settings) for chunk in chunks]


def read_input(path: str | Path) -> Iterator[dict[str, Any]]:
    """Normalised records from an ingest/clean output directory or a LLaVA JSON/JSONL file.

    Records of a file that break a LLaVA rule are yielded as ``{"key", "id", "invalid"}`` so
    the stage reports them as failures instead of silently dropping them.
    """
    path = Path(path)
    if path.is_dir():
        yield from iter_records(path)
        return
    spec = SourceSpec.parse(str(path))
    with open_source(spec) as stream:
        for item in iter_json(stream, spec.name):
            key = f"{spec.name}:{item.position}"
            if isinstance(item, BadRecord):
                yield {"key": key, "id": None, "invalid": f"invalid JSON: {item.problem}"}
                continue
            try:
                yield normalise(validate(item.value), spec.name, item.position)
            except InvalidRecord as error:
                raw_id = item.value.get("id") if isinstance(item.value, dict) else None
                yield {"key": key, "id": raw_id, "invalid": str(error)}


def run(
    config: CleanConfig,
    progress: bool = True,
    mapper: Mapper | None = None,
    client: Any | None = None,
) -> dict[str, Any]:
    """Clean ``config.input`` into ``config.output``; return the summary (also ``output/summary.json``).

    ``client`` is an ``openai.OpenAI`` for the LLM backends (default: built from params and
    the environment). Raises :class:`CleanError` after writing everything when failures
    exceed ``config.max_failed_fraction`` of the input records.
    """
    mapper = mapper or sequential
    input, output = config.input, Path(config.output)
    stats = CallStats()
    counts: Counter[str] = Counter()
    by_attribute: Counter[str] = Counter()
    projected = Counter[str]()
    preserved: list[float] = []
    examples: list[dict[str, Any]] = []
    flagged_examples: list[dict[str, Any]] = []
    faithfulness: Counter[str] = Counter()
    cache = ResultCache(config.cache) if config.backend != "local" else None
    if config.backend != "local" and client is None:
        client = make_client(config.openai)
    batch_errors: dict[str, str] = {}
    try:
        with staged_output(output) as staging:
            corpus = CorpusStatistics.from_texts(_input_texts(input), sketch_bits=config.faithfulness.sketch_bits)
            if config.backend == "openai-batch":
                assert cache is not None
                batch_errors = _run_batches(input, config, mapper, client, cache, stats, corpus)
            rewriter = ChatRewriter(client, config.openai, stats) if config.backend == "openai" else None
            pool = ThreadPoolExecutor(max_workers=config.openai.concurrency) if rewriter else None
            bar = tqdm(desc="clean", unit="rec", disable=not progress)
            with (
                ShardWriter(staging, shard_size=config.shard_size) as shards,
                (staging / CLEANED).open("wb") as cleaned,
                (staging / CHANGES).open("w", encoding="utf-8") as changes,
                (staging / FAILURES).open("w", encoding="utf-8") as failures,
            ):
                cleaned.write(b"[")
                for plans, invalid, flags in _planned_windows(input, config, mapper, corpus):
                    counts["records_in"] += len(plans) + len(invalid)
                    for row in invalid:
                        counts["failed"] += 1
                        failures.write(
                            json.dumps(
                                {"key": row["key"], "id": row["id"], "error": row["invalid"], "backend": "input"},
                                ensure_ascii=False,
                            )
                            + "\n"
                        )
                    outcomes = _resolve(plans, config, cache, rewriter, pool, batch_errors, counts, projected)
                    for plan, outcome, flagged in zip(plans, outcomes, flags):
                        counts["edits_assessed"] += sum(edit.after != edit.before for edit in plan.rewrites)
                        if flagged:
                            _apply_policy(plan, outcome, flagged, config.unfaithful, faithfulness)
                            if len(flagged_examples) < config.report_examples:
                                flagged_examples.extend(
                                    _flag_rows(plan, outcome, flagged)[: config.report_examples - len(flagged_examples)]
                                )
                        if outcome.error is not None:
                            if outcome.backend != _FAITHFULNESS:  # a faithfulness drop is counted by its policy
                                counts["failed"] += 1
                            failures.write(
                                json.dumps(
                                    {
                                        "key": plan.record["key"],
                                        "id": plan.record["id"],
                                        "error": outcome.error,
                                        "backend": outcome.backend,
                                    },
                                    ensure_ascii=False,
                                )
                                + "\n"
                            )
                            continue
                        record = apply(plan, outcome.texts)
                        _write_record(record, shards, cleaned, counts)
                        for row in _change_rows(plan, outcome, flagged):
                            changes.write(json.dumps(row, ensure_ascii=False) + "\n")
                            counts["turns_changed"] += 1
                            counts["refusals_inserted" if row["rule"] == EXPLICIT else "rewrites"] += 1
                            by_attribute.update(row["attributes"])
                            if row["rule"] == IMPLICIT:
                                edit = next(edit for edit in plan.edits if edit.turn == row["turn"])
                                preserved.append(preserved_share(edit.before, row["after"], edit.mentions))
                            if len(examples) < config.report_examples and (
                                row["rule"] == IMPLICIT or len(examples) % 4 == 0
                            ):
                                examples.append(row)
                        counts["records_changed"] += bool(outcome.texts)
                    bar.update(len(plans) + len(invalid))
                cleaned.write(b"\n]\n")
            bar.close()
            if pool:
                pool.shutdown()
            summary = _summary(config, counts, by_attribute, projected, stats, preserved, faithfulness)
            summary_json = json.dumps(summary, indent=2) + "\n"
            (staging / SUMMARY).write_text(summary_json, encoding="utf-8")
    finally:
        if cache is not None:
            cache.close()
    if config.report:
        write_report(config.report, summary, examples, flagged_examples)
    if config.metrics:
        Path(config.metrics).parent.mkdir(parents=True, exist_ok=True)
        Path(config.metrics).write_text(summary_json, encoding="utf-8")
    if summary["failed"] > config.max_failed_fraction * max(summary["records_in"], 1):
        raise CleanError(
            f"{summary['failed']} of {summary['records_in']} records could not be cleaned "
            f"(more than clean.max_failed_fraction={config.max_failed_fraction}); see {output / FAILURES}"
        )
    return summary


def _windows(
    records: Iterable[dict[str, Any]], config: CleanConfig
) -> Iterator[tuple[list[list[dict[str, Any]]], list[dict[str, Any]]]]:
    """Windows of ``config.window`` chunks (bounded memory), with the invalid input rows."""
    iterator = iter(records)
    while True:
        rows = list(islice(iterator, config.chunk_size * config.window))
        if not rows:
            return
        valid = [row for row in rows if "invalid" not in row]
        invalid = [row for row in rows if "invalid" in row]
        chunks = [valid[start : start + config.chunk_size] for start in range(0, len(valid), config.chunk_size)]
        yield chunks, invalid


def _input_texts(input: str | Path) -> Iterator[str]:
    """Every turn text of the valid input records: the corpus the faithfulness signal knows."""
    for record in read_input(input):
        if "invalid" not in record:
            for turn in record["conversations"]:
                yield turn["value"]


def _planned_windows(
    input: str | Path, config: CleanConfig, mapper: Mapper, corpus: CorpusStatistics
) -> Iterator[tuple[list[Plan], list[dict[str, Any]], list[dict[int, list[Flag]]]]]:
    """Planned windows, each plan with the faithfulness flags of its local rewrites by turn.

    A flagged plan is routed to the LLM (``needs_llm``), like one the local rewriter cannot
    do word for word.
    """
    for chunks, invalid in _windows(read_input(input), config):
        planned = mapper(chunks, config.settings) if chunks else []
        plans = [plan for chunk in planned for plan in chunk]
        flags = [_assess(plan, corpus, config.faithfulness.min_expected) for plan in plans]
        for plan, flagged in zip(plans, flags):
            if flagged:
                plan.needs_llm = True
        yield plans, invalid, flags


def _assess(plan: Plan, corpus: CorpusStatistics, min_expected: float) -> dict[int, list[Flag]]:
    flagged = {}
    for edit in plan.rewrites:
        if edit.after != edit.before:
            found = assess(edit.before, edit.after, corpus, min_expected)
            if found:
                flagged[edit.turn] = found
    return flagged


def _request(plan: Plan, config: CleanConfig) -> dict[str, Any]:
    turns = plan.record["conversations"]
    return build_body([(edit.turn, turns[edit.turn]["from"], edit.before) for edit in plan.rewrites], config.openai)


def _run_batches(
    input: str | Path,
    config: CleanConfig,
    mapper: Mapper,
    client: Any,
    cache: ResultCache,
    stats: CallStats,
    corpus: CorpusStatistics,
) -> dict[str, str]:
    """First pass of ``openai-batch``: every routed request into the cache via the Batch API."""
    requests: dict[str, dict[str, Any]] = {}
    for plans, _, _ in _planned_windows(input, config, mapper, corpus):
        for plan in plans:
            if plan.needs_llm:
                body = _request(plan, config)
                requests.setdefault(request_key(body), body)
    return BatchRunner(client, config.batch, cache, stats).run(requests)


def _resolve(
    plans: list[Plan],
    config: CleanConfig,
    cache: ResultCache | None,
    rewriter: ChatRewriter | None,
    pool: ThreadPoolExecutor | None,
    batch_errors: dict[str, str],
    counts: Counter[str],
    projected: Counter[str],
) -> list[Outcome]:
    """Decide the final texts of each planned record (LLM where routed, else local)."""
    outcomes: list[Outcome] = []
    pending: dict[str, Future[dict[int, str]]] = {}
    requests: dict[int, tuple[str, dict[str, Any]]] = {}
    for position, plan in enumerate(plans):
        outcomes.append(_local_outcome(plan))
        if not plan.needs_llm:
            continue
        counts["routed"] += 1
        body = _request(plan, config)
        prompt_tokens, completion_tokens = estimate_tokens(body)
        projected["input_tokens"] += prompt_tokens
        projected["output_tokens"] += completion_tokens
        if config.backend == "local":
            continue
        key = request_key(body)
        requests[position] = (key, body)
        if key not in pending and cache is not None and key not in cache and rewriter is not None and pool is not None:
            pending[key] = pool.submit(_call_and_cache, rewriter, cache, key, body)
    for position, (key, body) in requests.items():
        plan = plans[position]
        stored = cache.get(key) if key not in pending and cache is not None else None
        if key in pending:
            try:
                answers = pending[key].result()
            except Exception as error:  # every error of the call is this record's failure
                outcomes[position] = Outcome(backend=config.backend, error=f"{type(error).__name__}: {error}")
                continue
        elif stored is not None:
            counts["cache_hits"] += 1
            answers = {int(index): text for index, text in stored["turns"].items()}
        else:
            outcomes[position] = Outcome(
                backend=config.backend, error=batch_errors.get(key, "no LLM result for this record")
            )
            continue
        outcomes[position] = _checked(plan, answers, config, counts)
    return outcomes


def _call_and_cache(rewriter: ChatRewriter, cache: ResultCache, key: str, body: dict[str, Any]) -> dict[int, str]:
    """One LLM call; its answer is committed at once so a killed run never repeats it."""
    answers = rewriter.rewrite(body)
    cache.put(key, {"turns": {str(index): text for index, text in answers.items()}})
    return answers


def _local_outcome(plan: Plan) -> Outcome:
    if plan.local_error is not None:
        return Outcome(backend="local", error=f"local rewrite failed its checks: {plan.local_error}")
    return Outcome(texts={edit.turn: edit.after for edit in plan.edits}, backend="local")


def _checked(plan: Plan, answers: dict[int, str], config: CleanConfig, counts: Counter[str]) -> Outcome:
    """Accept the LLM rewrite only if every turn passes the checks; else fall back or fail."""
    detector = default_detector()
    texts = {edit.turn: edit.after for edit in plan.edits if edit.rule == EXPLICIT}
    problems = []
    for edit in plan.rewrites:
        after = restore_image(edit.before, answers[edit.turn])
        problem = check_rewrite(edit.before, after, detector, config.settings.attributes, config.min_similarity)
        if problem:
            problems.append(f"turn {edit.turn}: {problem}")
        texts[edit.turn] = after
    if not problems:
        return Outcome(texts=texts, backend=config.backend)
    counts["llm_rejected"] += 1
    if config.fallback == "local" and plan.local_error is None:
        counts["llm_fallbacks"] += 1
        fallback = _local_outcome(plan)
        fallback.backend = "local-fallback"
        return fallback
    return Outcome(backend=config.backend, error="LLM rewrite rejected: " + "; ".join(problems))


_FAITHFULNESS = "faithfulness"


def _apply_policy(
    plan: Plan, outcome: Outcome, flagged: dict[int, list[Flag]], policy: str, counts: Counter[str]
) -> None:
    """What happens to a record whose local rewrite the faithfulness signal flags.

    Counted per flagged edit (``llm``, ``kept``, ``repaired``, ``dropped``) plus
    ``records_dropped``; only the local rewrite is subject to the policy (an LLM rewrite
    replaced the flagged text).
    """
    counts["edits_flagged"] += len(flagged)
    for reason in REASONS:
        counts[f"reason.{reason}"] += sum(any(flag.reason == reason for flag in found) for found in flagged.values())
    if outcome.error is not None:
        counts["failed"] += len(flagged)
        return
    if outcome.backend not in ("local", "local-fallback"):
        counts["llm"] += len(flagged)
        return
    if policy == "keep":
        counts["kept"] += len(flagged)
        return
    turns = plan.record["conversations"]
    repaired: dict[int, str] = {}
    problem = None
    if policy == "sentence":
        for turn, found in flagged.items():
            if turns[turn]["from"] != "gpt":
                problem = f"turn {turn} is a question"
                break
            shortened = drop_sentences(outcome.texts[turn], found)
            if shortened is None:
                problem = f"turn {turn} would be left empty"
                break
            repaired[turn] = shortened
    if policy == "drop" or problem:
        evidence = "; ".join(
            f"turn {turn}: {flag.reason} '{flag.evidence}'" for turn, found in flagged.items() for flag in found
        )
        outcome.error = f"unfaithful rewrite ({problem or 'clean.unfaithful: drop'}): {evidence}"
        outcome.backend = _FAITHFULNESS
        counts["dropped"] += len(flagged)
        counts["records_dropped"] += 1
        return
    outcome.texts.update(repaired)
    outcome.repaired = frozenset(repaired)
    counts["repaired"] += len(repaired)


def _flag_rows(plan: Plan, outcome: Outcome, flagged: dict[int, list[Flag]]) -> list[dict[str, Any]]:
    """Report rows: the flagged local rewrite, its reasons and what became of it."""
    edits = {edit.turn: edit for edit in plan.rewrites}
    if outcome.backend == _FAITHFULNESS:
        fate = "record dropped"
    elif outcome.repaired:
        fate = "damaged sentences dropped"
    elif outcome.backend in ("local", "local-fallback"):
        fate = "kept"
    else:
        fate = f"rewritten by {outcome.backend}"
    return [
        {
            "key": plan.record["key"],
            "id": plan.record["id"],
            "turn": turn,
            "before": edits[turn].before,
            "after": edits[turn].after,
            "reasons": sorted({flag.reason for flag in found}),
            "evidence": [flag.evidence for flag in found],
            "outcome": fate,
            "final": outcome.texts.get(turn) if outcome.error is None else None,
        }
        for turn, found in flagged.items()
    ]


def _write_record(record: dict[str, Any], shards: ShardWriter, cleaned: Any, counts: Counter[str]) -> None:
    shards.write(record)
    cleaned.write(b",\n" if counts["records_out"] else b"\n")
    cleaned.write(orjson.dumps(to_llava(record)))
    counts["records_out"] += 1


def _change_rows(plan: Plan, outcome: Outcome, flagged: dict[int, list[Flag]]) -> Iterator[dict[str, Any]]:
    for edit in plan.edits:
        after = outcome.texts.get(edit.turn, edit.before)
        if after != edit.before:
            row = {
                "key": plan.record["key"],
                "id": plan.record["id"],
                "turn": edit.turn,
                "before": edit.before,
                "after": after,
                "rule": edit.rule,
                "attributes": edit.attributes,
                "backend": "local" if edit.rule == EXPLICIT else outcome.backend,
            }
            if edit.turn in flagged and row["backend"] in ("local", "local-fallback"):
                # The local rewrite's flags, and whether its damaged sentences were dropped.
                row["unfaithful"] = sorted({flag.reason for flag in flagged[edit.turn]})
                row["repaired"] = edit.turn in outcome.repaired
            yield row


def _summary(
    config: CleanConfig,
    counts: Counter[str],
    by_attribute: Counter[str],
    projected: Counter[str],
    stats: CallStats,
    preserved: list[float],
    faithfulness: Counter[str],
) -> dict[str, Any]:
    prices = config.openai
    factor = prices.batch_price_factor if config.backend == "openai-batch" else 1.0
    cost = (
        projected["input_tokens"] * prices.price_input_per_mtok
        + projected["output_tokens"] * prices.price_output_per_mtok
    ) / 1e6
    records_in = counts["records_in"]
    return {
        "backend": config.backend,
        "records_in": records_in,
        "records_out": counts["records_out"],
        "failed": counts["failed"],
        "records_changed": counts["records_changed"],
        "turns_changed": counts["turns_changed"],
        "refusals_inserted": counts["refusals_inserted"],
        "rewrites": counts["rewrites"],
        "changed_by_attribute": {attribute: by_attribute[attribute] for attribute in config.settings.attributes},
        "routed": counts["routed"],
        "routed_fraction": round(counts["routed"] / records_in, 6) if records_in else 0.0,
        "cache_hits": counts["cache_hits"],
        "llm_calls": stats.calls,
        "llm_retries": stats.retries,
        "llm_retry_after_waits": stats.retry_after_waits,
        "llm_rejected": counts["llm_rejected"],
        "llm_fallbacks": counts["llm_fallbacks"],
        "tokens": {"prompt": stats.prompt_tokens, "completion": stats.completion_tokens},
        "projected": {
            "input_tokens": projected["input_tokens"],
            "output_tokens": projected["output_tokens"],
            "cost_usd": round(cost * factor, 4),
            "model": prices.model,
        },
        "preserved_share": round(sum(preserved) / len(preserved), 4) if preserved else 1.0,
        "faithfulness": {
            "policy": config.unfaithful,
            "edits_assessed": counts["edits_assessed"],
            "edits_flagged": faithfulness["edits_flagged"],
            "flagged_share": round(faithfulness["edits_flagged"] / counts["edits_assessed"], 6)
            if counts["edits_assessed"]
            else 0.0,
            "by_reason": {reason: faithfulness[f"reason.{reason}"] for reason in REASONS},
            "outcomes": {name: faithfulness[name] for name in ("llm", "kept", "repaired", "dropped", "failed")},
            "records_dropped": faithfulness["records_dropped"],
        },
    }
