"""The pure pipeline: markers go to the claims whose words they touch."""

from __future__ import annotations

import pytest

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


def test_start_leaves_a_header_out_and_keeps_offsets() -> None:
    text = "Title: Ferry news\nOutlet: Coast Post\n\nThe ferry carried 40 cars. It left at noon."
    body = text.index("The ferry")
    result = analyze(text, start=body)
    assert result.body_start == body
    assert [s.text for s in result.sentences] == ["The ferry carried 40 cars.", "It left at noon."]
    assert all(text[s.start : s.end] == s.text for s in result.sentences)
    assert all(text[c.claim.start : c.claim.end] == c.claim.quote for c in result.claims)
    assert result.to_dict()["body_start"] == body


def test_start_outside_the_text_is_refused() -> None:
    with pytest.raises(ValueError):
        analyze("Short.", start=99)


@pytest.mark.parametrize(
    ("text", "kind", "speaker"),
    [
        # one person named before: "she" is that person, a named source
        (
            "Judge Mira Holt opened the session. She said the fine stands.",
            "attribution",
            "Judge Mira Holt",
        ),
        (
            'Judge Mira Holt opened the session.\n\n"The fine stands," she said.',
            "attribution",
            "Judge Mira Holt",
        ),
        # nobody, or two persons: no source the reader can check
        ("She said the fine stands.", "weasel", "She"),
        ("Mira Holt met Ivo Kay. He said the fine stands.", "weasel", "He"),
    ],
)
def test_a_pronoun_speaker_is_named_only_when_it_resolves(
    text: str, kind: str, speaker: str
) -> None:
    claim = analyze(text).claims[-1]
    said = [m for m in claim.markers if m.kind in ("attribution", "weasel")]
    assert [(m.kind, m.speaker) for m in said] == [(kind, speaker)]


def test_a_pronoun_speaker_is_looked_for_in_two_paragraphs_only() -> None:
    # Named three paragraphs back: too far; named in the paragraph before: found.
    far = "Judge Mira Holt opened the session.\n\nThe room was full.\n\nIt rained.\n\n"
    assert analyze(far + "She said the fine stands.").claims[-1].markers[0].kind == "weasel"
    near = "Judge Mira Holt opened the session.\n\n \n\nShe said the fine stands."
    marker = analyze(near).claims[-1].markers[0]
    assert (marker.kind, marker.speaker) == ("attribution", "Judge Mira Holt")


def test_analyze_hands_each_marker_and_claim_a_bounded_context(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue #12 (bounded work): the text read for a pronoun speaker or a claim's frame
    does not grow with the text before it, so analysing a long text stays linear."""
    import importlib

    from factcheck.match.frames import PRECEDING_CHARS

    # The package exports a function of the same name; the module is wanted here.
    module = importlib.import_module("factcheck.analyze")

    speaker_reads: list[int] = []
    frame_reads: list[int] = []
    real_resolve, real_frame = module.resolve_speaker, module.frame

    def resolve_spy(speaker: str, preceding: str) -> str:
        speaker_reads.append(len(preceding))
        return real_resolve(speaker, preceding)

    def frame_spy(text: str, context: object = None) -> object:
        frame_reads.append(len(getattr(context, "preceding", "")))
        return real_frame(text, context)  # type: ignore[arg-type]

    monkeypatch.setattr(module, "resolve_speaker", resolve_spy)
    monkeypatch.setattr(module, "frame", frame_spy)
    paragraph = 'Dr Ana Vell toured the ward. "Beds ran out on Monday," she said.\n\n'
    # Many paragraphs, and the same sentences as one paragraph with no break at all:
    # the window is bounded by characters, not by paragraphs a text may never have.
    for text in (paragraph * 200, paragraph.replace("\n\n", " ") * 200):
        speaker_reads.clear()
        frame_reads.clear()
        analysis = analyze(text)
        assert len(speaker_reads) == 200 and len(frame_reads) >= 200
        assert max(speaker_reads) <= PRECEDING_CHARS
        assert max(frame_reads) <= PRECEDING_CHARS
        assert {m.speaker for c in analysis.claims for m in c.markers} == {"Dr Ana Vell"}


def test_a_marker_and_its_claims_frame_name_the_same_speaker() -> None:
    # One rule for "she": the marker resolves what the frame resolves, from the same
    # text before the claim, near or far, in one paragraph or two.
    filler = "The queue outside the clinic stretched along the quay for hours. " * 30
    for before, named in (
        ("Dr Ana Vell toured the ward. ", "Dr Ana Vell"),
        ("Dr Ana Vell toured the ward.\n\n", "Dr Ana Vell"),
        ("Dr Ana Vell toured the ward. " + filler, None),  # out of reach: nobody
    ):
        claim = analyze(before + '"Beds ran out on Monday," she said.').claims[-1]
        (said,) = [m for m in claim.markers if m.kind in ("attribution", "weasel")]
        assert (said.kind, said.speaker) == (
            ("attribution", named) if named else ("weasel", "she")
        )
        assert claim.frame.speaker.lower() == (named or "she").lower()
