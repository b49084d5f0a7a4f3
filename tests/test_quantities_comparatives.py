"""A comparative phrase ("far more than", "well over", "many fewer than") bounds a figure
or compares it with one given elsewhere: it is never what the figure counts, a subject's
head or a speaker (tester report, fault 5: "far" was read as what 6,500 hectares
measured, so two reports of one fire missed their conflict)."""

from __future__ import annotations

import pytest

from factcheck.match.frames import frame, strip_attribution
from factcheck.match.relation import compare
from factcheck.normalize import comparative_at


@pytest.mark.parametrize(
    ("words", "length"),
    [
        ("far more than the council said", 3),
        ("well over the figure", 2),
        ("many fewer than expected", 3),
        ("a lot less than 40", 4),
        ("considerably below the target", 2),
        ("more than 300", 2),
        # an intensifier alone, or before no bound, compares nothing
        ("far from the coast", 0),
        ("well known to police", 0),
        ("many residents fled", 0),
        ("much of the town", 0),
    ],
)
def test_comparative_at(words: str, length: int) -> None:
    assert comparative_at(words.split(), 0) == length


@pytest.mark.parametrize(
    "tail",
    [
        "far more than the service has said",
        "many more than the council has admitted",
        "well over what the ministry reported",
        "considerably more than officials estimated",
    ],
)
def test_a_comparison_after_a_parenthetical_source_is_not_what_the_figure_counts(
    tail: str,
) -> None:
    # The aside "according to X" goes, but the comma that sets off the comparison stays:
    # the figure counts what it counted, not "far"/"many"/"well"/"considerably".
    text = f"The blaze has burned 6,500 hectares, according to the Orrin Trust, {tail}."
    core, who = strip_attribution(text)
    assert who == "the Orrin Trust"
    assert core.startswith("The blaze has burned 6,500 hectares, ")
    [measure] = frame(text).measures
    assert measure.quantity.value == 6500 * 10_000
    assert not set(measure.what) & {"far", "many", "well", "considerably"}
    # the 'said'/'reported' after the comparison makes no speaker of it either
    assert frame(f"The blaze has burned 6,500 hectares, {tail}.").speaker == ""


@pytest.mark.parametrize(
    "text",
    [
        "The storm killed 40 people, many more than officials said.",
        "The storm killed 40 people, far more than the mayor said.",
        "The storm killed 40 people, more than police reported.",
    ],
)
def test_a_comparison_with_what_someone_said_names_no_speaker(text: str) -> None:
    f = frame(text)
    assert f.speaker == ""
    assert [(m.what, m.quantity.value) for m in f.measures] == [(("people",), 40.0)]


@pytest.mark.parametrize(
    ("text", "approx"),
    [
        ("Far more than 300 people were arrested.", "more_than"),
        ("Well over 300 people were arrested.", "more_than"),
        ("Many fewer than 300 people were arrested.", "less_than"),
        ("Considerably less than 300 people were arrested.", "less_than"),
    ],
)
def test_a_graded_bound_is_a_bound_and_no_word_of_the_subject(text: str, approx: str) -> None:
    f = frame(text)
    assert f.subject == "people"
    [measure] = f.measures
    assert (measure.quantity.value, measure.quantity.approx) == (300.0, approx)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            # tester report, fault 5 (our words): unrelated before, "far" the measure
            "A wildfire has burned 4,000 hectares of forest in the Tarn hills since "
            "Sunday, the regional fire service said on Wednesday.",
            "The wildfire in the Tarn hills has burned 6,500 hectares, according to the "
            "conservation group Green Tarn, far more than the fire service has said.",
        ),
        (
            "The flood forced 300 people from their homes in Kestrow.",
            "The flood forced 900 people from their homes in Kestrow, according to the "
            "Red Cross, many more than the council has admitted.",
        ),
        (
            "The strike closed 150 schools.",
            "The strike closed 200 schools, the union said, well over the figure the "
            "ministry gave.",
        ),
    ],
)
def test_a_comparison_tail_leaves_the_conflict_of_the_figures(a: str, b: str) -> None:
    result = compare(a, b)
    assert result.relation == "conflicts", result.reasons
    assert any(r.startswith("figures differ") for r in result.reasons)


def test_graded_bounds_agree_and_conflict_as_bounds() -> None:
    # "well over 300" is more than 300: "more than 300" agrees, 120 does not
    assert (
        compare(
            "Well over 300 people were arrested in Orsk on Monday.",
            "More than 300 people were arrested in Orsk on Monday.",
        ).relation
        == "corroborates"
    )
    assert (
        compare(
            "Far more than 300 people were arrested in Orsk.",
            "Police arrested 120 people in Orsk.",
        ).relation
        == "conflicts"
    )
