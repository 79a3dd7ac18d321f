"""Text helpers: normalisation keeps offsets; headings and sentences."""

from __future__ import annotations

from newsroom.extraction.extractors.text import analyse, normalize


def test_normalize_keeps_length_and_maps_apostrophes():
    text = "Russia`s agency. It’s done. “Quote.” ‘Single’"
    out = normalize(text)
    assert len(out) == len(text)
    assert out == "Russia's agency. It's done. “Quote.” ‘Single’"


def test_analyse_marks_headings_and_keeps_quotes_in_one_sentence():
    doc = analyse("A Look Ahead\n“It works. It really works,” she said. Then she left.")
    assert [(doc.text[s.start : s.end], s.heading) for s in doc.sents] == [
        ("A Look Ahead", True),
        ("“It works. It really works,” she said.", False),
        ("Then she left.", False),
    ]


def test_analyse_reads_dateline():
    doc = analyse("LONDON, Jan 5 (Reuters) - Text.")
    assert {k: doc.text[a:b] for k, (a, b) in doc.dateline.items()} == {
        "city": "LONDON",
        "outlet": "Reuters",
        "date": "Jan 5",
    }


def test_analyse_reads_a_dateline_whose_outlet_has_accents_after_a_region():
    doc = analyse("PORTO NOVO, Verdana, Sept 22 (Éstrela Notícias) — A rocket flew on Tuesday.")
    assert {k: doc.text[a:b] for k, (a, b) in doc.dateline.items()} == {
        "city": "PORTO NOVO",
        "region": "Verdana",
        "date": "Sept 22",
        "outlet": "Éstrela Notícias",
    }


def test_analyse_reads_a_state_wire_dateline_in_capitals_and_a_date_on_its_own_line():
    wire = analyse("VARNA, MARCH 11, BTA. The agency signed a contract.")
    release = analyse("MINISTRY OF SPACE\n\nPRESS RELEASE\n\nVarna, 2 March 2026\n\nText.")
    dated = analyse("MEDIA RELEASE\nWednesday 15 April 2026\n\nText.")
    assert [
        {k: doc.text[a:b] for k, (a, b) in doc.dateline.items()} for doc in (wire, release, dated)
    ] == [
        {"city": "VARNA", "date": "MARCH 11", "outlet": "BTA"},
        {"city": "Varna", "date": "2 March 2026"},
        {"date": "15 April 2026"},
    ]


def test_analyse_reads_a_masthead_date_line_with_other_fields_after_a_middle_dot():
    doc = analyse("THE VARNA HERALD\nFriday, 18 September 2026 · English edition · Varna\n\nText.")
    assert {k: doc.text[a:b] for k, (a, b) in doc.dateline.items()} == {"date": "18 September 2026"}


def test_analyse_reads_a_heading_dated_in_capitals_and_not_the_dated_line_after_it():
    doc = analyse(
        "SUPPLEMENT No. 3 DATED 2 NOVEMBER 2026\nTO THE PROSPECTUS DATED 9 MAY 2026\n\nText."
    )
    assert {k: doc.text[a:b] for k, (a, b) in doc.dateline.items()} == {
        "date": "2 NOVEMBER 2026",
        "label": "SUPPLEMENT No. 3 DATED 2 NOVEMBER 2026",
    }


def test_analyse_reads_a_weekday_and_a_day_without_a_year_on_a_line_of_its_own():
    docs = [
        analyse("THE LEDGER\nPress review\nTuesday 15 September\nCompiled in Lima.\n\nText."),
        analyse("THE LEDGER\n\nCorrections\nThursday, October 1\n\nText."),
    ]
    assert [{k: d.text[a:b] for k, (a, b) in d.dateline.items()} for d in docs] == [
        {"date": "15 September"},
        {"date": "October 1"},
    ]


def test_analyse_splits_the_sentences_of_a_paragraph_quoted_whole_or_left_open():
    doc = analyse(
        'The corrected paragraph reads:\n\n"The craft flew. The pact runs until 2031."\n\n'
        "“The first of two. It goes on.\n\n“It ends here,” she said."
    )
    assert [doc.text[s.start : s.end] for s in doc.sents] == [
        "The corrected paragraph reads:",
        '"The craft flew.',
        'The pact runs until 2031."',
        "“The first of two.",
        "It goes on.",
        "“It ends here,” she said.",
    ]


def test_analyse_reads_a_town_and_date_before_a_colon_as_the_dateline():
    report = analyse("CLUB REPORT\nMonthly meeting\n\nVarna, 27 March: Twenty members came.")
    indian = analyse("Pune, March 4: The agency signed a contract.")
    assert [
        {k: doc.text[a:b] for k, (a, b) in doc.dateline.items()} for doc in (report, indian)
    ] == [
        {"city": "Varna", "date": "27 March"},
        {"city": "Pune", "date": "March 4"},
    ]


def test_analyse_reads_a_dateline_under_a_masthead_a_headline_and_a_byline():
    doc = analyse(
        "EXPO 2026 SHOW DAILY\nThe Space Expo | Day 3\n\nAGENCY BOOKS A SATELLITE\nBy A. Writer\n\n"
        "VARNA, 16 September — The agency signed a contract yesterday."
    )
    assert {k: doc.text[a:b] for k, (a, b) in doc.dateline.items()} == {
        "city": "VARNA",
        "date": "16 September",
    }


def test_analyse_keeps_double_barrelled_names_whole():
    doc = analyse(
        "Jean-Luc Moreau met Ines Brandt-Kowalczyk for Sino-Russian and Paris-Berlin talks."
    )
    assert [t.text for t in doc.toks] == [
        "Jean-Luc",
        "Moreau",
        "met",
        "Ines",
        "Brandt-Kowalczyk",
        "for",
        "Sino",
        "-",
        "Russian",
        "and",
        "Paris",
        "-",
        "Berlin",
        "talks",
        ".",
    ]


def test_analyse_an_abbreviated_title_ends_no_sentence():
    doc = analyse("The agency has named Engr. Mara Lind, and Atty. Tom Ruiz, to the board. Done.")
    assert [doc.text[s.start : s.end] for s in doc.sents] == [
        "The agency has named Engr. Mara Lind, and Atty. Tom Ruiz, to the board.",
        "Done.",
    ]


def test_analyse_reads_a_town_and_a_yearless_date_on_a_line_of_their_own():
    doc = analyse(
        "Speech by Dr A. Writer at the Marine Forum\n\nVarna, 12 November\n\nCheck against "
        "delivery\n\nFriends, thank you."
    )
    assert {k: doc.text[a:b] for k, (a, b) in doc.dateline.items()} == {
        "city": "Varna",
        "date": "12 November",
    }


def test_analyse_a_weekday_before_the_date_line_is_no_city():
    for line in ("Thursday, 12 March 2026", "Thu, March 12, 2026"):
        doc = analyse(f"The Harbour Gazette\n{line}\n\nThe ferry sailed from Genoa.")
        assert set(doc.dateline) == {"date"}
    doc = analyse("Monterrey, 2 March 2026\n\nThe plant opened.")
    assert doc.text[slice(*doc.dateline["city"])] == "Monterrey"


def test_analyse_reads_a_labelled_date_line_as_the_dateline():
    docs = [
        analyse("TRADE WEEKLY\nBy A. Writer\nPublished: 20 October 2026\n\nThe agency met."),
        analyse("MEMO\nTO:      All staff\nDATE:    4 May 2026\nSUBJECT: Plans\n\nColleagues,"),
        analyse("Q3 Results Call\nDate: October 29, 2026, 09:00 CET\n\nGood morning."),
        analyse("BULLETIN No. 3\nIssued: Thursday 8 October, 14:00\n\nText."),
        # a label with no date after it, and a date in a sentence, date nothing
        analyse("Issued: by the press office\n\nOn 4 May 2026 the agency met."),
    ]
    assert [
        {k: doc.text[a:b] for k, (a, b) in doc.dateline.items() if k != "label"} for doc in docs
    ] == [
        {"date": "20 October 2026"},
        {"date": "4 May 2026"},
        {"date": "October 29, 2026"},
        {"date": "8 October"},
        {},
    ]
    # the whole labelled line is marked, for the claims to skip it
    label = docs[0].dateline["label"]
    assert docs[0].text[label[0] : label[1]] == "Published: 20 October 2026"


def test_analyse_reads_a_heading_that_ends_in_its_full_date_as_the_dateline():
    docs = [
        analyse("HARBOUR BOARD\nRecord of meeting No. 4 — Tuesday, 3 March 2026\n\nThe chair."),
        analyse("Minutes of the board – May 4, 2026\n\nPresent: three members."),
        # a heading with a yearless date, and a date inside a sentence, date nothing
        analyse("Launch day — 17 March\n\nThe rocket flew."),
        analyse("The board met - and on 4 May 2026 it agreed.\n\nText."),
    ]
    assert [
        {k: doc.text[a:b] for k, (a, b) in doc.dateline.items() if k != "label"} for doc in docs
    ] == [{"date": "3 March 2026"}, {"date": "May 4, 2026"}, {}, {}]
