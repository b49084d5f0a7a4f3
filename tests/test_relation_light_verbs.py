"""One measure worded two ways is one measure, and a light verb reads as its phrase
(#9): "lost their lives" counts the dead as "were killed" does, "sustained injuries"
the hurt as "were injured" does, and "went on strike", "took part", "made an arrest",
"gave evidence" are predicates of their own, never the bare "go", "take", "make",
"give"."""

from __future__ import annotations

import pytest

from factcheck.match.frames import fold_light_phrases, frame
from factcheck.match.relation import compare
from factcheck.normalize import canonical, tokenize


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Three climbers were killed on the ridge.",
            "Three climbers lost their lives on the ridge.",
        ),
        ("Seven fishermen died in the storm.", "Seven fishermen lost their lives in the storm."),
        ("Two guards were killed in the raid.", "Two guards were left dead after the raid."),
        (
            "Eleven pupils were injured in the crash.",
            "Eleven pupils sustained injuries in the crash.",
        ),
        ("Six riders were hurt in the fall.", "Six riders suffered injuries in the fall."),
        ("Nine marchers were wounded on Friday.", "Nine marchers were left injured on Friday."),
    ],
)
def test_one_measure_in_two_wordings_agrees_and_differs(a: str, b: str) -> None:
    same = compare(a, b)
    assert same.relation == "corroborates", same.reasons
    # the same wording pair with another figure: one measure, two counts
    first = a.split()[0]
    other = b.replace(b.split()[0], "Fourteen", 1)
    assert first != "Fourteen"
    differ = compare(a, other)
    assert differ.relation == "conflicts", differ.reasons
    assert any(r.startswith("figures differ") for r in differ.reasons)
    assert compare(other, a).relation == "conflicts"


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Two hikers lost their lives.", "die"),
        ("Four passengers sustained serious injuries.", "injure"),  # an adjective between
        ("Four passengers sustained injuries.", "injure"),
        ("The dockers went on strike on Monday.", "strike"),
        ("Hundreds of nurses took part in the march.", "participate"),
        ("The festival took place on Saturday.", "happen"),
        ("Police made an arrest late on Sunday.", "arrest"),
        ("The inspector gave evidence to the inquiry.", "testify"),
        ("The crew staged a walkout on Tuesday.", "strike"),
        ("The crew staged a protest on Tuesday.", "protest"),
        ("The council made a cut to the library budget.", "cut"),
    ],
)
def test_the_predicate_of_a_light_verb_is_its_phrase(text: str, predicate: str) -> None:
    f = frame(text)
    assert canonical(f.predicate) == canonical(predicate)
    assert f.predicate not in {"go", "take", "make", "give", "stage", "lose", "sustain"}


def test_the_phrase_is_shown_as_written() -> None:
    f = frame("Two hikers lost their lives.")
    assert f.predicate_text == "lost their lives"
    folded = fold_light_phrases(list(tokenize("They went on strike")))
    assert [t.lemma for t in folded] == ["they", "strike"]
    assert folded[-1].text == "went"  # written as the verb, so verb tags still apply


@pytest.mark.parametrize(
    "text",
    [
        "The family lost their home in the flood.",  # "lose" with another noun
        "Officials took the bus to the site.",  # no article: no light reading
        "The storm left 300 people homeless.",  # a figure between: the complement reads
        "Workers went on, strike or no strike.",  # punctuation between
    ],
)
def test_only_the_phrase_folds(text: str) -> None:
    f = frame(text)
    assert f.predicate not in {"die", "strike"} or "strike" not in text.split(",")[0]


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        (
            "The drivers went on strike on Monday.",
            "The drivers walked off the job on Monday.",
            "corroborates",
        ),
        # an arrest made is an arrest
        (
            "Police made an arrest in Harlow on Sunday.",
            "Police arrested a man in Harlow on Sunday.",
            "corroborates",
        ),
        # an event called off against one that took place
        ("The parade was called off on Sunday.", "The parade took place on Sunday.", "conflicts"),
    ],
)
def test_light_verb_pairs(a: str, b: str, relation: str) -> None:
    assert compare(a, b).relation == relation, compare(a, b).reasons
    assert compare(b, a).relation == relation


def test_a_strike_is_not_going_home() -> None:
    a, b = "The drivers went on strike on Monday.", "The drivers went home on Monday."
    assert frame(a).predicate != frame(b).predicate
    result = compare(a, b)
    # one light verb, two acts: never a decided corroboration
    assert result.relation != "corroborates" or result.needs_review
    assert not any(r.startswith("same measure") for r in result.reasons)


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Police made 12 arrests in Harlow.", "arrest"),
        ("Police made about 40 arrests after the match.", "arrest"),
        ("The union staged two strikes in May.", "strike"),
        ("The crew staged three walkouts in June.", "strike"),
    ],
)
def test_a_figure_between_a_light_verb_and_its_noun(text: str, predicate: str) -> None:
    f = frame(text)
    assert canonical(f.predicate) == canonical(predicate)
    # the figure counts the noun, and its verb is what the phrase means, never a
    # place read as the light verb's complement ("Harlow")
    assert [canonical(m.predicate) for m in f.measures] == [canonical(predicate)]


def test_counts_of_arrests_made() -> None:
    a = "Police made 12 arrests in Harlow on Sunday."
    assert compare(a, "Police made 15 arrests in Harlow on Sunday.").relation == "conflicts"
    assert compare(a, "Police arrested 12 people in Harlow on Sunday.").relation == "corroborates"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Staff went on strike.", "Staff went home."),
        (
            "Staff at the Harl depot went on strike on Monday.",
            "Staff at the Harl depot went home on Monday.",
        ),
        (
            "Teachers at Brill school went on strike on Tuesday.",
            "Teachers at Brill school went on holiday on Tuesday.",
        ),
        ("Pilots went to court on Friday.", "Pilots went on strike on Friday."),
    ],
)
def test_one_light_verb_heading_two_phrases_is_two_acts(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == "unrelated", (x, y, result.reasons)
        assert not result.needs_review, result.reasons
        assert any(r.startswith("different act: ") for r in result.reasons), result.reasons


def test_one_light_phrase_twice_and_opposite_outcomes_are_still_compared() -> None:
    assert compare("Staff went on strike on Monday.", "Staff went on strike.").relation == (
        "corroborates"
    )
    assert compare("The firm made a loss.", "The firm made a profit.").relation == "conflicts"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The army took Orsk on Friday.", "The army took the city of Orsk on Friday."),
        ("The union held talks with the council.", "The union held a meeting with the council."),
        ("The mayor gave a speech in Orsk.", "The mayor gave an address in Orsk."),
        ("The nurses took a break.", "The nurses took action."),
    ],
)
def test_disjoint_complements_alone_decide_no_two_acts(a: str, b: str) -> None:
    # paraphrases and a name against its description: no "different act" decision
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert not any(r.startswith("different act") for r in result.reasons), result.reasons


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # "admitted to hospital" is one act with "hospitalised", in either spelling
        # (tester9c fault 13: they were unrelated)
        (
            "Four pupils have been admitted to hospital.",
            "Four pupils were hospitalised.",
            "corroborates",
        ),
        ("Four pupils were hospitalized.", "Four pupils were hospitalised.", "corroborates"),
        ("Four pupils were admitted to hospital.", "Nine pupils were hospitalized.", "conflicts"),
    ],
)
def test_admitted_to_hospital_is_hospitalised(a: str, b: str, relation: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert compare(x, y).relation == relation, compare(x, y).reasons
    assert frame(a).predicate == frame(b).predicate == "hospitalize"


def test_every_list_of_light_verbs_is_read_from_the_lexicon() -> None:
    """One home for light verbs: ``[light_verbs]`` of match_predicates.toml; frames and
    relation read their lists from it and write none of their own."""
    import tomllib

    from factcheck.match import frames, relation
    from factcheck.match.frames import light_verbs
    from factcheck.normalize import DATA_DIR

    with (DATA_DIR / "match_predicates.toml").open("rb") as fh:
        table = tomllib.load(fh)["light_verbs"]
    assert set(table) == {"heads", "noun", "result"}
    assert relation._LIGHT_VERBS == light_verbs("heads") == frozenset(table["heads"])
    assert frames._NOUN_LIGHT_VERBS == light_verbs("noun") == frozenset(table["noun"])
    assert frames._LIGHT_VERBS == light_verbs("result") == frozenset(table["result"])
    with pytest.raises(KeyError):
        light_verbs("other")


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # noun light verbs: the noun is the predicate
        ("Police made an arrest in Varn.", "Police arrested a man in Varn.", "corroborates"),
        # result verbs: what the complement says happened is what the figure counts
        ("The blaze left 40 people homeless.", "The blaze left 55 people homeless.", "conflicts"),
    ],
)
def test_light_verbs_read_from_the_lexicon_keep_their_readings(
    a: str, b: str, relation: str
) -> None:
    assert compare(a, b).relation == relation
