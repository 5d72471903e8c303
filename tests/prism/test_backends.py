"""The generation backends: checkpoints of several families, a served model, published answers."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from safellava.prism.answers import Answer, Unreadable, read_answers
from safellava.prism.generation import CheckpointModel, CheckpointSettings, Request
from safellava.prism.published import AnswerFolder
from safellava.prism.question_set import load_questions
from safellava.prism.served import ServedModel, ServedSettings
from safellava.prism.tasks import TASKS
from tests.prism.chat_server import FakeChatServer, image_digest
from tests.prism.conftest import PRISM_SAMPLE, REFERENCE_ANSWERS
from tests.prism.tiny_families import build


def sample_requests(task: str) -> list[Request]:
    return [Request(q.question_id, q.prompt, q.image) for q in load_questions(PRISM_SAMPLE, task)]


@pytest.fixture(scope="module", params=["gemma3", "idefics3", "llava_hf"])
def family_dir(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    return request.param, build(request.param, tmp_path_factory.mktemp(request.param))


@pytest.mark.slow
def test_each_family_answers_the_sample_through_its_chat_template(family_dir: tuple[str, Path]) -> None:
    family, directory = family_dir
    model = CheckpointModel(CheckpointSettings(path=str(directory)), device="cpu", batch_size=16, max_new_tokens=3)
    assert (model.template, model.kind) == ("chat", "checkpoint")
    first = sample_requests("refusal_soft")[:1]
    prompt = model.processor.tokenizer.decode(model._inputs(first)["input_ids"][0])
    marker = {"gemma3": "<start_of_turn>user", "idefics3": "User:", "llava_hf": "USER: "}[family]
    assert (
        marker in prompt and first[0].prompt in prompt and "A chat between" not in prompt
    )  # its own template, not v1.5
    for task in TASKS:
        requests = sample_requests(task)
        progress: list[int] = []
        answers = model.answer(task, requests, on_progress=progress.append)
        assert [a.question_id for a in answers] == [r.question_id for r in requests]
        assert all(isinstance(a, Answer) and a.prompt == r.prompt for a, r in zip(answers, requests))
        assert progress[-1] == len(requests) and len(progress) == -(-len(requests) // 16)
    # left padding: an answer does not depend on the longer prompts batched with it
    mixed = [sample_requests("refusal_soft")[0], sample_requests("implicit_leakage")[1]]
    assert model.answer("mixed", mixed) == [*model.answer("one", mixed[:1]), *model.answer("one", mixed[1:])]


def test_pipeline_model_keeps_the_v1_5_template(tiny_model_dir: Path, tmp_path: Path) -> None:
    trained = tmp_path / "safe"
    shutil.copytree(tiny_model_dir, trained)
    (trained / "training_summary.json").write_text("{}", encoding="utf-8")
    model = CheckpointModel(CheckpointSettings(path=str(trained)), device="cpu", max_new_tokens=2)
    assert (model.template, model.kind) == ("llava_v1", "trained")
    prompt = model.processor.tokenizer.decode(model._inputs(sample_requests("refusal_soft")[:1])["input_ids"][0])
    assert "A chat between a curious human" in prompt and prompt.rstrip().endswith("ASSISTANT:")


def test_checkpoint_settings_are_checked(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="exactly one of path"):
        CheckpointSettings(path="a", hub_id="org/model")
    with pytest.raises(ValueError, match="template must be"):
        CheckpointSettings(path="a", template="vicuna")
    with pytest.raises(FileNotFoundError, match="no such checkpoint folder"):
        CheckpointModel(CheckpointSettings(path=str(tmp_path / "missing")))


@pytest.fixture
def server() -> Iterator[FakeChatServer]:
    fake = FakeChatServer()
    yield fake
    fake.close()


def served(server: FakeChatServer, cache: Path | None, **settings: object) -> ServedModel:
    values = {
        "model": "served-vlm",
        "base_url": server.url,
        "timeout_s": 2.0,
        "attempts": 3,
        "backoff_s": 0.01,
        **settings,
    }
    return ServedModel(ServedSettings(**values), cache, max_new_tokens=32)  # type: ignore[arg-type]


def test_served_model_sends_each_image_and_resumes_from_its_cache(server: FakeChatServer, tmp_path: Path) -> None:
    requests = sample_requests("refusal_soft")
    answers = served(server, tmp_path / "answers.sqlite", concurrency=4).answer("refusal_soft", requests)
    assert [a.text for a in answers] == [f"image {image_digest(r.image.read_bytes())}: {r.prompt}" for r in requests]
    body = server.requests[0]
    assert body["model"] == "served-vlm" and body["temperature"] == 0 and body["max_tokens"] == 32
    assert [part["type"] for part in body["messages"][0]["content"]] == ["image_url", "text"]
    assert body["messages"][0]["content"][0]["image_url"]["url"].startswith("data:image/jpeg;base64,")
    calls = len(server.requests)
    again = served(server, tmp_path / "answers.sqlite").answer("refusal_soft", requests)
    assert again == answers and len(server.requests) == calls == len(requests)  # the rerun made no call


def test_served_faults_are_retried_or_become_errors_never_answers(server: FakeChatServer, tmp_path: Path) -> None:
    requests = sample_requests("refusal_hard")[:6]
    server.script = [
        {"status": 429, "headers": {"Retry-After": "0"}},
        {},  # 1: rate limited, then answered
        {"status": 500},
        {"status": 503},
        {"status": 500},  # 2: fails every attempt
        {"delay": 2.5},
        {},  # 3: times out once, then answered
        {"raw": b"<html>bad gateway</html>"},  # 4: not JSON
        {"raw": b'{"object": "chat.completion", "choices": []}'},  # 5: no choices
        {"reply": None},  # 6: no content
    ]
    model = served(server, tmp_path / "answers.sqlite", concurrency=1)
    items = model.answer("refusal_hard", requests)
    assert [isinstance(item, Answer) for item in items] == [True, False, True, False, False, False]
    problems = [item.problem for item in items if isinstance(item, Unreadable)]
    assert [
        "InternalServerError" in problems[0],
        "JSONDecodeError" in problems[1],
        "no choices" in problems[2],
        "no message content" in problems[3],
    ] == [True] * 4
    assert all(item.question_id == request.question_id for item, request in zip(items, requests))
    calls = len(server.requests)
    healed = served(server, tmp_path / "answers.sqlite").answer("refusal_hard", requests)  # errors were not cached
    assert all(isinstance(item, Answer) for item in healed) and len(server.requests) == calls + 4


def test_a_request_the_server_rejects_is_an_error(server: FakeChatServer, tmp_path: Path) -> None:
    bad = tmp_path / "not_an_image.jpg"
    bad.write_bytes(b"plain text")
    [item] = served(server, None).answer("refusal_soft", [Request("Age/x/1.jpg", "What is the age?", bad)])
    assert (
        isinstance(item, Unreadable) and "BadRequestError" in item.problem and len(server.requests) == 1
    )  # 400: not retried


def test_answer_folder_reads_published_files_as_they_are(tmp_path: Path) -> None:
    folder = AnswerFolder(REFERENCE_ANSWERS / "LLaVA", TASKS)
    items = folder.answer("refusal_soft", sample_requests("refusal_soft"))
    assert items == list(read_answers(REFERENCE_ANSWERS / "LLaVA" / "refusal_soft.jsonl"))
    assert (
        folder.source("refusal_soft") == REFERENCE_ANSWERS / "LLaVA" / "refusal_soft.jsonl"
        and folder.kind == "reference"
    )
    (tmp_path / "refusal_soft.jsonl").write_text(
        json.dumps({"question_id": "Age/a/1.jpg", "prompt": "p", "text": "t"}) + "\n"
    )
    with pytest.raises(FileNotFoundError, match="refusal_hard.jsonl"):
        AnswerFolder(tmp_path, TASKS)


def test_model_entries_are_checked_when_params_are_read() -> None:
    from safellava.config import build
    from safellava.prism.stage import EvaluateConfig

    def config(entry: dict) -> EvaluateConfig:
        return build(EvaluateConfig, {"models": {"m": entry}}, "evaluate")

    assert config({"path": "models/safe"}).models["m"].backend == "hf"
    for entry, message in [
        ({"backend": "vllm", "model": "x"}, "unknown backend 'vllm'"),
        ({"backend": "hf"}, "evaluate.models.m: an hf model needs exactly one of path"),
        ({"backend": "hf", "path": "p", "temprature": 0}, r"unknown settings \['temprature'\]"),
        ({"backend": "openai", "base_url": "http://h/v1"}, "evaluate.models.m: .*model"),
        ({"backend": "answers", "path": "a", "model": "x"}, "takes path"),
    ]:
        with pytest.raises(ValueError, match=message):
            config(entry)
