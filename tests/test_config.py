"""Every number in the config file is finite and in its key's range (issue 12, tester12
fault 1): the cases are generated from ``factcheck.config.schema()``, so a key added to
MatchConfig, StoryConfig or Limits is covered without editing this file."""

from __future__ import annotations

import math
from dataclasses import fields
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.config import Key, load_settings, schema
from factcheck.errors import InputError
from factcheck.match.relation import MatchConfig
from factcheck.match.stories import StoryConfig
from factcheck.validate import Limits

NUMERIC = [
    (section, key, spec)
    for section, keys in schema().items()
    for key, spec in keys.items()
    if spec.kind in ("number", "whole")
]
DEFAULTS = {"match": MatchConfig(), "stories": StoryConfig(), "limits": Limits()}


def _toml(value: float) -> str:
    if isinstance(value, float) and math.isnan(value):
        return "nan"
    if isinstance(value, float) and math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return repr(value)


def _bad_values(spec: Key) -> list[float]:
    """Values the key must refuse: not finite, and just outside each end of its range."""
    values: list[float] = [math.nan, math.inf, -math.inf]
    step = 1 if spec.kind == "whole" else 0.5
    if spec.low is not None:
        values.append(spec.low if spec.low_open else spec.low - step)
    if spec.high is not None:
        values.append(spec.high if spec.high_open else spec.high + step)
    if spec.kind == "whole":
        values.append(1.5)  # a fraction where a count is meant
    return values


def _write(tmp_path: Path, section: str, key: str, value: str) -> Path:
    config = tmp_path / "config.toml"
    config.write_text(f"[{section}]\n{key} = {value}\n")
    return config


CASES = [
    pytest.param(section, key, spec, value, id=f"{section}.{key}={_toml(value)}")
    for section, key, spec in NUMERIC
    for value in _bad_values(spec)
]


@pytest.mark.parametrize(("section", "key", "spec", "value"), CASES)
def test_a_number_not_finite_or_out_of_range_is_refused_naming_file_section_and_key(
    tmp_path: Path, section: str, key: str, spec: Key, value: float
) -> None:
    config = _write(tmp_path, section, key, _toml(value))
    with pytest.raises(InputError) as caught:
        load_settings(config)
    line = str(caught.value)
    assert caught.value.exit_code == 2
    assert "\n" not in line
    assert line.startswith(f"{config}: [{section}] {key} must be ")


@pytest.mark.parametrize(
    ("section", "key", "spec"), [pytest.param(*n, id=f"{n[0]}.{n[1]}") for n in NUMERIC]
)
def test_the_default_of_every_numeric_key_is_in_its_range_and_accepted(
    tmp_path: Path, section: str, key: str, spec: Key
) -> None:
    default = (
        getattr(DEFAULTS[section], key) if section in DEFAULTS else 0.5  # [claims] threshold
    )
    assert spec.problem(default) is None
    load_settings(_write(tmp_path, section, key, repr(default)))


def test_every_field_of_the_config_dataclasses_is_in_the_schema() -> None:
    known = schema()
    for section, value in DEFAULTS.items():
        assert set(known[section]) == {f.name for f in fields(value)}


def test_a_boolean_key_says_it_wants_true_or_false(tmp_path: Path) -> None:
    config = _write(tmp_path, "match", "use_embeddings", '"yes"')
    with pytest.raises(InputError, match=r"\[match\] use_embeddings must be true or false"):
        load_settings(config)
    assert load_settings(_write(tmp_path, "match", "use_embeddings", "true")).match.use_embeddings


def test_a_nan_conflict_weight_no_longer_turns_a_conflict_into_a_corroboration(
    tmp_path: Path,
) -> None:
    first = "A fire at the grain store hurt 31 dockers on Friday."
    second = "Fire at the grain store injured 27 dockers on Friday."
    runner = CliRunner()
    plain = runner.invoke(app, ["compare", first, second, "--json"])
    assert plain.exit_code == 0 and '"conflicts"' in plain.stdout
    config = _write(tmp_path, "match", "numbers_differ", "nan")
    refused = runner.invoke(app, ["--config", str(config), "compare", first, second, "--json"])
    assert refused.exit_code == 2
    assert "[match] numbers_differ must be a finite number" in refused.stderr
    assert "corroborates" not in refused.stdout


WHOLE = [(section, key, spec) for section, key, spec in NUMERIC if spec.kind == "whole"]


def test_a_count_too_large_for_ingest_is_refused_at_load_naming_file_key_and_range(
    tmp_path: Path,
) -> None:
    """tester12b F2: accepted, such values failed the second ingest, blamed on it."""
    article = tmp_path / "a.txt"
    article.write_text("Flooding closed the Marrow bridge in Tessby on Monday, police said.")
    runner = CliRunner()
    for section, key, value in (
        ("stories", "window_days", 3_000_000),
        ("stories", "brief_names", 2**63 - 1),
        ("limits", "max_document_chars", 10**30),
    ):
        config = _write(tmp_path, section, key, str(value))
        result = runner.invoke(
            app, ["--config", str(config), "ingest", str(article), "--source", "Wire"]
        )
        assert result.exit_code == 2
        line = result.stderr.strip()
        assert "\n" not in line and line.startswith(f"error: {config}: [{section}] {key}")
        assert f" to {schema()[section][key].high:,.0f}, not {value}" in line


@pytest.mark.parametrize(
    ("section", "key", "spec"), [pytest.param(*n, id=f"{n[0]}.{n[1]}") for n in WHOLE]
)
def test_the_largest_accepted_count_lets_ingest_and_stories_work(
    tmp_path: Path, section: str, key: str, spec: Key
) -> None:
    """Each count's upper end is safe for what it feeds: two ingests into one story."""
    assert spec.high is not None
    config = _write(tmp_path, section, key, f"{int(spec.high)}")
    runner = CliRunner()
    for name, text, day in (
        ("a.txt", "Flooding closed the Marrow bridge in Tessby on Monday, police said.", "02"),
        ("b.txt", "The Marrow bridge in Tessby was closed by flooding on Monday.", "03"),
    ):
        path = tmp_path / name
        path.write_text(text)
        args = ["ingest", str(path), "--source", f"Wire {day}", "--published", f"2026-03-{day}"]
        result = runner.invoke(app, ["--config", str(config), *args])
        assert result.exit_code == 0, result.stderr
    assert runner.invoke(app, ["--config", str(config), "stories"]).exit_code == 0


# Pairs written for this test: each differs in one kind of value the matcher weighs.
_DISAGREEING_PAIRS = [
    (
        "numbers_differ",
        "Eleven people were hurt in the blaze at the Corrin timber yard on Friday.",
        "Seventeen people were hurt in the blaze at the Corrin timber yard on Friday.",
    ),
    (
        "dates_differ",
        "The Corrin swimming baths will reopen on April 4 after repairs.",
        "The Corrin swimming baths will reopen on April 11 after repairs.",
    ),
    (
        "antonym",
        "Visitor numbers at the Corrin museum rose sharply last year.",
        "Visitor numbers at the Corrin museum fell sharply last year.",
    ),
    (
        "entity_swap",
        "Corrin Athletic beat Weyford Town 3-0 in the county final.",
        "Weyford Town beat Corrin Athletic 3-0 in the county final.",
    ),
    (
        "polarity_differs",
        "The Corrin council approved the new parking charges on Monday.",
        "The Corrin council did not approve the new parking charges on Monday.",
    ),
]


@pytest.mark.parametrize(("key", "a", "b"), _DISAGREEING_PAIRS)
def test_a_disagreement_below_conflict_still_blocks_corroboration(
    key: str, a: str, b: str
) -> None:
    """A disagreement weighing less than ``conflict`` makes no conflict, but the pair
    never corroborates with it: for every kind alike, and with ``conflict`` raised above
    the default weights too."""
    from factcheck.match.relation import compare

    assert compare(a, b).relation == "conflicts"
    for config in (MatchConfig(**{key: 0.2}), MatchConfig(conflict=0.95)):  # type: ignore[arg-type]
        result = compare(a, b, config=config)
        assert result.relation == "unrelated", (config, result)
        assert any(p.weight < 0 for p in result.parts)


def test_config_naming_a_folder_is_one_line_exit_2(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The council said 12 homes were flooded on Monday.\n")
    for args, env in (
        (["--config", str(tmp_path), "analyze", str(article)], {}),
        (["analyze", str(article)], {"FACTCHECK_CONFIG": str(tmp_path)}),
    ):
        result = CliRunner().invoke(app, args, env=env)
        assert result.exit_code == 2, result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
        assert "is a folder, not a configuration file" in result.output
        assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (PermissionError(13, "Permission denied"), "permission denied"),
        (OSError(5, "Input/output error"), "Input/output error"),
    ],
)
def test_unreadable_config_file_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, said: str
) -> None:
    config = tmp_path / "factcheck.toml"
    config.write_text("[match]\n")

    def refuse(self: Path, *args: object, **kwargs: object) -> str:
        raise error

    monkeypatch.setattr(Path, "read_text", refuse)
    with pytest.raises(InputError, match=said) as caught:
        load_settings(config)
    assert str(config) in str(caught.value)
