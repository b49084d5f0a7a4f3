"""A frame keeps each name as written beside its lower-cased key, and reasons quote the
written form (#9): "different subject: Brenmoor council vs Lisdale council", "same
place: Kestrow", a resolved "he" as "Ewan McLean"."""

from __future__ import annotations

from factcheck.match.frames import Frame, FrameContext, frame, written_form
from factcheck.match.relation import compare


def test_keys_stay_lower_cased_and_the_written_form_is_kept() -> None:
    f = frame("The Harwick council closed the MacAllister depot in Orrinford.")
    assert "orrinford" in f.place
    assert f.as_written("orrinford") == "Orrinford"
    assert all(k == k.lower() for k, _ in f.written)
    # a key the frame does not know is returned as it is
    assert f.as_written("elsewhere") == "elsewhere"


def test_a_resolved_subject_is_written_as_the_article_writes_it() -> None:
    preceding = "Ewan McLean, 41, was charged on Monday with arson."
    f = frame("He has pleaded not guilty.", FrameContext(preceding=preceding))
    assert f.resolved and f.subject == "ewan mclean"
    assert f.as_written("ewan mclean") == "Ewan McLean"


def test_the_written_forms_survive_a_round_trip() -> None:
    f = frame("The Brenmoor council approved the budget in Kestrow.")
    data = f.to_dict()
    assert data["written"]["kestrow"] == "Kestrow"
    assert Frame.from_dict(data, f.text) == f


def test_written_form_reads_case_apart() -> None:
    assert written_form("o'neill", "Dara O'Neill spoke.") == "O'Neill"
    assert written_form("kestrow", "nothing here") == ""


def test_reasons_quote_names_as_written() -> None:
    result = compare(
        "The Brenmoor council approved a £42 million budget on Tuesday.",
        "The Lisdale council approved a £57 million budget on Tuesday.",
    )
    assert "different subject: Brenmoor council vs Lisdale council" in result.reasons
    same = compare("A ferry ran aground near Kestrow.", "A ferry ran aground off Kestrow.")
    assert "same place: Kestrow" in same.reasons
    places = compare(
        "Three fishermen were rescued off Dunmore.", "Three fishermen were rescued off Karsby."
    )
    assert any("Dunmore" in r and "Karsby" in r for r in places.reasons), places.reasons
