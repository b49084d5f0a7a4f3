"""Sentence segmentation: exact spans on newswire-like text, one table row per case."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.segment import ListItem, _line_break_is_boundary, _successor, list_item, segment


def texts(document: str) -> list[str]:
    return [s.text for s in segment(document)]


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        # abbreviations
        (
            "Dr. Alvarez runs the clinic. It opened in March.",
            ["Dr. Alvarez runs the clinic.", "It opened in March."],
        ),
        (
            "The U.S. Navy sent two ships. They arrived on Monday.",
            ["The U.S. Navy sent two ships.", "They arrived on Monday."],
        ),
        (
            "She lives on St. Mark's Place. Her shop is next door.",
            ["She lives on St. Mark's Place.", "Her shop is next door."],
        ),
        (
            "Harlow Tools Inc. said sales fell. Shares dropped.",
            ["Harlow Tools Inc. said sales fell.", "Shares dropped."],
        ),
        (
            "The trial resumes at 9:30 a.m. Thursday. Jurors were sent home.",
            ["The trial resumes at 9:30 a.m. Thursday.", "Jurors were sent home."],
        ),
        (
            "Polls close at 8 p.m. GMT on Friday. Counting starts at once.",
            ["Polls close at 8 p.m. GMT on Friday.", "Counting starts at once."],
        ),
        (
            "The office opens at 9 a.m. March is its busiest month for visits by far.",
            ["The office opens at 9 a.m.", "March is its busiest month for visits by far."],
        ),
        (
            "The vote closed at 9 a.m. on Friday. Results came later.",
            ["The vote closed at 9 a.m. on Friday.", "Results came later."],
        ),
        (
            "The law took effect on Jan. 4 last year. Few noticed.",
            ["The law took effect on Jan. 4 last year.", "Few noticed."],
        ),
        # decimals, versions and initials
        (
            "Growth slowed to 3.5 percent. Exports fell.",
            ["Growth slowed to 3.5 percent.", "Exports fell."],
        ),
        (
            "The app reached v2.1 this week. Users noticed the change.",
            ["The app reached v2.1 this week.", "Users noticed the change."],
        ),
        (
            "The report was written by J. K. Mensah. It runs to 40 pages.",
            ["The report was written by J. K. Mensah.", "It runs to 40 pages."],
        ),
        # ellipses
        (
            "He paused... Then he signed the order.",
            ["He paused...", "Then he signed the order."],
        ),
        # quotes that end the sentence inside the quotation
        (
            "“We will rebuild the bridge,” the mayor said. Work starts soon.",
            ["“We will rebuild the bridge,” the mayor said.", "Work starts soon."],
        ),
        (
            "She said: “The dam held.” The river then fell.",
            ["She said: “The dam held.”", "The river then fell."],
        ),
        (
            'He called it "a disaster." Nobody agreed.',
            ['He called it "a disaster."', "Nobody agreed."],
        ),
        # a straight single quote after a stop opens a quotation left open to the
        # paragraph's end, as a double one does
        (
            "'The gates held,' Mira Osei said. 'Nobody was hurt.\n\n'The road is open.'",
            ["'The gates held,' Mira Osei said.", "'Nobody was hurt.", "'The road is open.'"],
        ),
        ("It's late. The bus isn't here.", ["It's late.", "The bus isn't here."]),
        # headlines and lists without final punctuation
        (
            "Flood waters recede in river towns\nResidents began returning home on Sunday.",
            ["Flood waters recede in river towns", "Residents began returning home on Sunday."],
        ),
        (
            "Key figures\n- 12 bridges closed\n- 300 homes damaged\nRepairs will take months.",
            [
                "Key figures",
                "- 12 bridges closed",
                "- 300 homes damaged",
                "Repairs will take months.",
            ],
        ),
        (
            "1. Close the valves 2. Drain the tank",
            ["1. Close the valves", "2. Drain the tank"],
        ),
        (
            "a. Survey the site b. Mark the trees c. Clear the path",
            ["a. Survey the site", "b. Mark the trees", "c. Clear the path"],
        ),
        (
            "1. Close the valves.\n2. Drain the tank.",
            ["1. Close the valves.", "2. Drain the tank."],
        ),
        # paragraph breaks and CRLF
        (
            "The board met on Tuesday.\n\nIt approved the budget.",
            ["The board met on Tuesday.", "It approved the budget."],
        ),
        (
            "The board met on Tuesday.\r\n\r\nIt approved the budget.\r\n",
            ["The board met on Tuesday.", "It approved the budget."],
        ),
        (
            "Storm warning issued\r\nThe coast guard closed the harbour.",
            ["Storm warning issued", "The coast guard closed the harbour."],
        ),
        # hard-wrapped prose is not broken at its line ends
        (
            "The committee said on Thursday that the new rules would apply to\n"
            "every supplier in the region. Critics disagreed.",
            [
                "The committee said on Thursday that the new rules would apply to\n"
                "every supplier in the region.",
                "Critics disagreed.",
            ],
        ),
        # cuts sentencex makes inside a token or before an inline enumerator are undone
        (
            "See example.com/page?id=4 for details. It lists (a) fees, (b) dates.",
            ["See example.com/page?id=4 for details.", "It lists (a) fees, (b) dates."],
        ),
        (
            "That was the best meal I had all year! :) We will be back.",
            ["That was the best meal I had all year! :)", "We will be back."],
        ),
        # a four-dot ellipsis gives its last three dots to the next sentence
        (
            "The text ends here. . . . The rest was lost.",
            ["The text ends here.", ". . . The rest was lost."],
        ),
        # a closing quotation mark that sentencex gives to the next sentence comes back
        (
            'The notice called for a strike today." It read, "We reject the offer." Talks resumed.',
            [
                'The notice called for a strike today."',
                'It read, "We reject the offer."',
                "Talks resumed.",
            ],
        ),
        # a stop at a line end ends the sentence unless a title or initial runs on
        (
            "Shares of Harlow Tools Inc.\nAnalysts expect a recovery.",
            ["Shares of Harlow Tools Inc.", "Analysts expect a recovery."],
        ),
        (
            "The letter was signed by Dr.\nAmara Osei of the clinic.",
            ["The letter was signed by Dr.\nAmara Osei of the clinic."],
        ),
        ("", []),
        ("   \n\n  ", []),
    ],
)
def test_segment_cases(document: str, expected: list[str]) -> None:
    assert texts(document) == expected


@pytest.mark.parametrize(
    ("line", "next_line", "boundary"),
    [
        ("Markets close lower", "Shares fell on Friday.", True),  # headline
        ("Dear Ms. Okafor,", "Thank you for your letter.", True),  # short salutation
        ("and the new rules would apply to every supplier in the wider", "region.", False),
        ("the council said it would review the plans, the budget,", "and the staff.", False),
        ("The vote was held at 9 a.m.", "and counted by noon.", False),  # lower abbreviation
        ("The vote was held.", "then it was counted.", True),  # stop before lower case
        ("Shares of Harlow Tools Inc.", "Analysts expect a recovery.", True),
        ("The letter was signed by Dr.", "Amara Osei of the clinic.", False),
        ("The troops of the U.S.", "Army arrived.", False),
        ("", "Anything", True),
    ],
)
def test_line_break_rule(line: str, next_line: str, boundary: bool) -> None:
    assert _line_break_is_boundary(line, next_line) is boundary


@pytest.mark.parametrize(
    ("enumerator", "successor"),
    [("1.", "2."), ("9.", "10."), ("b)", "c)"), ("• 9.", "• 10."), ("1.)", "2.)"), ("z.", None)],
)
def test_list_enumerator_successor(enumerator: str, successor: str | None) -> None:
    assert _successor(enumerator) == successor


def test_sentences_are_numbered_in_order() -> None:
    sentences = segment("One thing happened. Then another. And a third.")
    assert [s.index for s in sentences] == [0, 1, 2]
    assert all(a.end <= b.start for a, b in itertools.pairwise(sentences))


_PIECES = st.sampled_from(
    [
        "Dr.",
        "U.S.",
        "3.5",
        "v2.1",
        "...",
        ". . .",
        "“",
        "”",
        '"',
        "said.",
        "He",
        "rose",
        "\n",
        "\r\n",
        "\n\n",
        " ",
        "1.",
        "2.",
        "a.",
        "b.",
        "!",
        "?",
        ":)",
        "Inc.",
        "—",
        "é",
    ]
)


@given(st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=30).map(" ".join))
def test_spans_slice_back_on_any_text(document: str) -> None:
    previous_end = 0
    for sentence in segment(document):
        assert document[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        assert sentence.text
        assert sentence.start >= previous_end
        previous_end = sentence.end


# Issue 10, "Sentences and quotes": splits that went wrong, each as a kind.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "etc." ends a sentence before a capital
        (
            "We sold pens, paper, etc. Then we closed the shop.",
            ["We sold pens, paper, etc.", "Then we closed the shop."],
        ),
        (
            "The kit has rope, torches, etc. It costs $40.",
            ["The kit has rope, torches, etc.", "It costs $40."],
        ),
        # abbreviations inside a sentence
        (
            "The plant employs approx. 40 people in the town.",
            ["The plant employs approx. 40 people in the town."],
        ),
        ("Wages rose 4 pct. in the year to March.", ["Wages rose 4 pct. in the year to March."]),
        ("Prices rose 4 pct. Wages fell.", ["Prices rose 4 pct.", "Wages fell."]),
        ("She moved to Ft. Worth in 2019.", ["She moved to Ft. Worth in 2019."]),
        ("The race starts at Mt. Kenya at dawn.", ["The race starts at Mt. Kenya at dawn."]),
        # an initialism that ends a sentence
        (
            "The deal was struck in the U.S. Officials said it would hold.",
            ["The deal was struck in the U.S.", "Officials said it would hold."],
        ),
        (
            "He lived in the U.K. The family left in 2001.",
            ["He lived in the U.K.", "The family left in 2001."],
        ),
        ("He met U.S. President Ana Ruiz.", ["He met U.S. President Ana Ruiz."]),
        # a complete clause ends at the initialism before a clause of a plural subject,
        # with an adverb, an aside or a place between subject and verb
        (
            "The pact was signed in the U.S. Officials say it will hold.",
            ["The pact was signed in the U.S.", "Officials say it will hold."],
        ),
        (
            "The pact was signed in the U.S. Officials in Tarnsby have said so.",
            ["The pact was signed in the U.S.", "Officials in Tarnsby have said so."],
        ),
        (
            "Grain was shipped to the U.K. Bakers, however, paid more.",
            ["Grain was shipped to the U.K.", "Bakers, however, paid more."],
        ),
        (
            "The pact was signed in the U.S. Fuel prices will rise.",
            ["The pact was signed in the U.S.", "Fuel prices will rise."],
        ),
        # a company's suffix closing a clause ends it before a clause of its own
        (
            "The fund sold its stake in Tarn Foods Inc. Analysts were surprised.",
            ["The fund sold its stake in Tarn Foods Inc.", "Analysts were surprised."],
        ),
        (
            "They bought Tarn & Co. Traders say it was cheap.",
            ["They bought Tarn & Co.", "Traders say it was cheap."],
        ),
        ("Tarn Foods Inc. Shareholders will vote on Friday.", None),
        # a person's suffix, and a unit sentencex reads as going on, end one too
        (
            "The prize went to Ivo Kay Jr. Judges said he earned it.",
            ["The prize went to Ivo Kay Jr.", "Judges said he earned it."],
        ),
        ("Ivo Kay Jr. Judges will rule.", None),
        (
            "Ships carried 40,000 t. Ports were busy.",
            ["Ships carried 40,000 t.", "Ports were busy."],
        ),
        ("The wall is 6 m. The gate is new.", ["The wall is 6 m.", "The gate is new."]),
        ("The pipe is 5 m. Long.", None),
        ("She owns Ovik Bros. Bakers and a mill.", None),
        ("The deal was approved by Tarn Foods Inc. Shareholders in March.", None),
        # after a verb the initialism modifies the noun; a name goes on with it
        ("He said U.S. Marines landed at dawn.", None),
        ("She was born in the U.S. Virgin Islands last year.", None),
        ("He works for the U.S. Centers for Disease Control now.", None),
        ("He served in the U.S. Marines for years.", None),
        ("The vote took place in the U.S. House on Monday.", None),
        ("The firm is based in the U.S. and employs 300 people.", None),
        ("U.S. Army officials said the base would close.", None),
        # a month name ends a sentence like any other word; a short month before a name
        # goes on, and "May" opening a question is no month
        (
            "The shop closed in May. Prices rose 4% in June.",
            ["The shop closed in May.", "Prices rose 4% in June."],
        ),
        (
            "Talks end in May. Officials said so.",
            ["Talks end in May.", "Officials said so."],
        ),
        ("It rose in May. Q2 was flat.", ["It rose in May.", "Q2 was flat."]),
        ("It ended in Dec. The index fell.", ["It ended in Dec.", "The index fell."]),
        ("The fair opened in Jan. Kowalski ran it.", None),
        ("May I ask a question? Yes.", ["May I ask a question?", "Yes."]),
        ("The vote is on May 5 in Leeds.", None),
        # a bracket closed after a stop
        (
            "The vote was delayed (the count ends later.) Next, the council met.",
            ["The vote was delayed (the count ends later.)", "Next, the council met."],
        ),
        (
            "(The count ends later.) Next, the council met.",
            ["(The count ends later.)", "Next, the council met."],
        ),
        # ... but an aside inside the subject goes on to the verb after it
        ("The harbour master (who retired in June.) Said the quay was safe.", None),
        ("Piet Mulder (elected last spring.) Opened the new wing.", None),
        ("The audit (finished on Friday.) Found two errors.", None),
        # a clause before the bracket still ends there, whatever comes next
        (
            "The quay reopened (it had shut in June.) Said the harbour master: all is well.",
            ["The quay reopened (it had shut in June.)", "Said the harbour master: all is well."],
        ),
        (
            "Fares rose (by 6%.) Riders complained.",
            ["Fares rose (by 6%.)", "Riders complained."],
        ),
        # "etc." closing a list before any capital; "approx." before a currency sign; a
        # dotted unit after a figure before a capital
        (
            "The stall sold jam, honey, etc. Trade was slow.",
            ["The stall sold jam, honey, etc.", "Trade was slow."],
        ),
        ("The stall sold jam, honey etc. in jars.", None),
        ("The repair costs approx. €3m in all.", None),
        ("The levy rose 3 p.c. Traders objected.", ["The levy rose 3 p.c.", "Traders objected."]),
        ("Polls open at 7 a.m. Sunday.", None),
        # no space after the stop of a figure
        ("Inflation rose 2%.Wages fell.", ["Inflation rose 2%.", "Wages fell."]),
        (
            "Shares fell 3.5%.The index closed lower.",
            ["Shares fell 3.5%.", "The index closed lower."],
        ),
        (
            "The index closed at 4,210.Traders were calm.",
            ["The index closed at 4,210.", "Traders were calm."],
        ),
        # ... or after a figure's unit or scale suffix; an abbreviated unit with its stop
        # goes on before lower-case words or a figure
        ("Profit was $3m.Costs rose.", ["Profit was $3m.", "Costs rose."]),
        ("The lorry carried 40kg.Drivers waited.", ["The lorry carried 40kg.", "Drivers waited."]),
        ("Sales hit $1.5 mn. in 2024 at the mill.", None),
        ("Output reached 2 bln. last year.", None),
        ("The pier cost £4 mn. 12 firms bid for it.", None),
        ("Sales hit $1.5 mn. Costs fell.", ["Sales hit $1.5 mn.", "Costs fell."]),
    ],
)
def test_issue_10_boundaries(text: str, expected: list[str] | None) -> None:
    assert [s.text for s in segment(text)] == (expected or [text])


def test_an_inline_numbered_list_is_no_sentence_break() -> None:
    text = "The route has three stops: 1. the depot; 2. the quay; 3. the mill. Buses run hourly."
    assert [s.text for s in segment(text)] == [
        "The route has three stops: 1. the depot; 2. the quay; 3. the mill.",
        "Buses run hourly.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Items that are sentences of their own: each keeps its enumerator.
        (
            "To restart: 1. Drain the tank. 2. Reset the pump.",
            ["To restart:", "1. Drain the tank.", "2. Reset the pump."],
        ),
        (
            "Two rules hold here; 1. Keep left. 2. Stop at the line. Fines apply.",
            ["Two rules hold here;", "1. Keep left.", "2. Stop at the line.", "Fines apply."],
        ),
        # No next enumerator: a score, not a list; nothing moves.
        ("The final was 3: 2. Then fans left.", ["The final was 3: 2.", "Then fans left."]),
    ],
)
def test_numbered_items_after_a_colon_start_their_own_sentences(
    text: str, expected: list[str]
) -> None:
    sentences = segment(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start : s.end] == s.text for s in sentences)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit's stop after a figure, then a name and its verb: two sentences
        ("He swam 400 m. Ines swam 800 m.", ["He swam 400 m.", "Ines swam 800 m."]),
        ("The post is 3 m. Ola Brandt dug it.", ["The post is 3 m.", "Ola Brandt dug it."]),
        ("She lifted 20 g. Mara has more.", ["She lifted 20 g.", "Mara has more."]),
        # a unit abbreviation that goes on is one sentence
        ("The pipe is 4 m. long and 2 m. wide.", ["The pipe is 4 m. long and 2 m. wide."]),
    ],
)
def test_a_unit_stop_then_a_name_and_its_verb_ends_the_sentence(
    text: str, expected: list[str]
) -> None:
    assert [s.text for s in segment(text)] == expected


def test_list_item_needs_a_list() -> None:
    text = "The council said:\n\n- the pier will close\n- fares rise\nThe end.\n— Coastal Wire\n"
    first = list_item(text, text.index("- the pier"))
    assert first is not None
    assert text[first.start : first.start + 3] == "the"
    assert first.colon == text.index(":")
    assert first.line == 0
    assert list_item(text, text.index("- fares")) == ListItem(
        text.index("fares"), text.index(":"), 0
    )
    assert list_item(text, 0) is None
    assert list_item(text, text.index("— Coastal")) is None  # alone: a sign-off
    numbered = "Prices rose.\n1. Fares rise.\n2. The depot closes.\n"
    assert list_item(numbered, numbered.index("2.")) == ListItem(numbered.index("The depot"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four people died.Police blamed the driver.",
            ["Four people died.", "Police blamed the driver."],
        ),
        ("Troops left Orsk?Nobody knows.", ["Troops left Orsk?", "Nobody knows."]),
        ("The strike ended...Workers returned.", ["The strike ended...", "Workers returned."]),
        # a web address, an e-mail and an abbreviation are no sentence end
        ("See www.tarn.com.Au for more.", ["See www.tarn.com.Au for more."]),
        ("Write to ann@tarn.News today.", ["Write to ann@tarn.News today."]),
        ("Nails, screws etc.Then he left.", ["Nails, screws etc.Then he left."]),
    ],
)
def test_a_stop_with_no_space_after_a_word_ends_a_sentence(text: str, expected: list[str]) -> None:
    assert [s.text for s in segment(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A paragraph that is one quotation of several sentences (tester10c F7).
        (
            'The pier shut.\n\n"The deck is rotten. Nobody may walk on it."',
            ["The pier shut.", '"The deck is rotten.', 'Nobody may walk on it."'],
        ),
        (
            "“Fares rise in May. Buses stay the same. Trams get dearer.”",
            ["“Fares rise in May.", "Buses stay the same.", "Trams get dearer.”"],
        ),
        # One quoted sentence, or a quotation with its speaker, is left as it was.
        ('"The deck is rotten."', ['"The deck is rotten."']),
        (
            '"The deck is rotten. Nobody may walk on it," the engineer said.',
            ['"The deck is rotten. Nobody may walk on it," the engineer said.'],
        ),
    ],
)
def test_a_quotation_of_several_sentences_is_split_into_them(
    text: str, expected: list[str]
) -> None:
    sentences = segment(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start : s.end] == s.text for s in sentences)
