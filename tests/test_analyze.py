"""The pure pipeline: markers go to the claims whose words they touch."""

from __future__ import annotations

from factcheck.analyze import analyze


def test_marker_follows_the_claim_words_not_the_quote() -> None:
    text = (
        "Officials said the quake killed 1,100 people and injured more than 3,000, "
        "and the airport may reopen on Friday."
    )
    claims = {c.claim.text: {m.text for m in c.markers} for c in analyze(text).claims}
    injured = next(k for k in claims if "injured" in k)
    airport = next(k for k in claims if "airport" in k)
    assert "more than" in claims[injured]
    assert "more than" not in claims[airport]
    assert "may" in claims[airport]


def test_sentence_level_attribution_reaches_every_split_claim() -> None:
    text = "The ministry said the bridge reopened on Monday and the tunnel closed on Friday."
    analysis = analyze(text)
    assert len(analysis.claims) == 2
    for claim in analysis.claims:
        assert any(m.kind == "attribution" for m in claim.markers)


def test_spans_and_dict_form() -> None:
    text = "About 40 people were hurt, the police said. Will the road reopen?"
    data = analyze(text).to_dict()
    for sentence in data["sentences"]:
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]
    for claim in data["claims"]:
        assert text[claim["start"] : claim["end"]] == claim["quote"]
        for marker in claim["markers"]:
            assert text[marker["start"] : marker["end"]] == marker["text"]
