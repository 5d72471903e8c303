"""The shared report helpers: escaping, word diffs, charts with undefined values."""

from __future__ import annotations

from pathlib import Path

from safellava.reporting import bar_chart, data_uri, highlight, render, word_diff


def test_word_diff_marks_changed_words_and_escapes_markup() -> None:
    diff = word_diff("A young <b>woman</b> smiles.", "A <b>person</b> smiles.")
    assert str(diff) == (  # the space after a removed word goes with it
        "A <del>young </del>&lt;b&gt;<del>woman</del><ins>person</ins>&lt;/b&gt; smiles."
    )


def test_highlight_wraps_spans_and_escapes() -> None:
    assert str(highlight("an old <man>", [(3, 6)])) == 'an <mark class="hit">old</mark> &lt;man&gt;'


def test_bar_chart_is_a_png_and_the_same_bytes_each_time() -> None:
    series = {"safe": [0.9, None, 0.5], "baseline": [0.1, 0.2, 0.3]}  # None: undefined, drawn "n/a"
    png = bar_chart("title", ["a", "b", "c"], series, ylim=(0, 1.05))
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert bar_chart("title", ["a", "b", "c"], series, ylim=(0, 1.05)) == png
    assert data_uri(png).startswith("data:image/png;base64,iVBOR")


def test_render_adds_the_version_and_escapes_context(tmp_path: Path) -> None:
    from safellava import __version__

    summary = {
        "backend": "<local>",
        "records_in": 1,
        "records_out": 1,
        "failed": 0,
        "records_changed": 0,
        "refusals_inserted": 0,
        "rewrites": 0,
        "routed": 0,
        "routed_fraction": 0.0,
        "projected": {"model": "gpt-4o", "cost_usd": 0.0},
        "changed_by_attribute": {},
    }
    page = render("clean.html.j2", tmp_path / "r.html", summary=summary, examples=[]).read_text()
    assert f"safellava {__version__}" in page
    assert "&lt;local&gt;" in page and "<local>" not in page


def test_word_diff_of_a_long_rewrite_marks_only_the_edits() -> None:
    sentence = "A dog sleeps on the porch while {} waters the plants in the garden. "
    before = "".join(sentence.format("a woman" if n % 7 == 0 else "someone") for n in range(2000))
    after = before.replace("a woman", "a person")
    diff = str(word_diff(before, after))
    assert diff.count("<del>woman</del><ins>person</ins>") == before.count("a woman") == 286
    assert diff.count("<del>") == diff.count("<ins>") == 286
