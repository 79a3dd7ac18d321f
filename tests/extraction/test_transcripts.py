"""Speaker-labelled records: witness lists, members' post-nominals and who speaks a turn."""

from __future__ import annotations

from newsroom.extraction.extractors import extract

from .helpers import entity, names, speaker_of


def test_witness_list_gives_the_full_name_of_a_mixed_case_label():
    # "SURNAME, Title Given, Position, Body": "Title Surname:" is that person, not a surname alone
    text = (
        "Select Committee on Orbital Affairs\n\n"
        "Members in attendance: Ms Greta Holm MP (Chair), Mr Ivo Brandt MP.\n\n"
        "TARRANT, Dr Wilhelmina, Director, Orbital Office\n\n"
        "PENROSE, Mr Jasper, Managing Director, Kelpie Launch Services\n\n"
        "The CHAIR: Dr Tarrant, would you begin?\n\n"
        "Dr Tarrant: Thank you. The second stage stopped early and nobody was hurt at all.\n\n"
        "Mr QUARRINGTON: Why did it stop early?\n\n"
        "Dr Tarrant: A valve froze in the cold, and we have replaced every valve since then.\n\n"
        "Mr QUARRINGTON: Who paid for them?\n\n"
        "Mr Penrose: We paid for the new valves ourselves, under the terms of the contract.\n\n"
        "Mr QUARRINGTON: And the next launch?\n\n"
        "Mr Penrose: It is booked for the spring, weather permitting, from the northern site."
    )
    result = extract(text)
    assert [(q.text[:20], result.entity(q.speaker_key).name) for q in result.quotes] == [
        ("Thank you. The secon", "Wilhelmina Tarrant"),
        ("A valve froze in the", "Wilhelmina Tarrant"),
        ("We paid for the new ", "Jasper Penrose"),
        ("It is booked for the", "Jasper Penrose"),
    ]
    assert "Tarrant" not in names(result, "person")


def test_post_nominal_letters_are_not_part_of_a_name():
    result = extract("Present: Mr Ivo Brandt MP, Ms Greta Holm MP.\n\nMr Brandt said it was fine.")
    assert names(result, "person") == ["Ivo Brandt", "Greta Holm"]


def test_transcripts_capitalised_title_in_a_label_is_no_organisation():
    text = (
        "Panellists:\n"
        "Amaka Obi, chief executive officer, Delta Orbital\n"
        "Dr. Signe Halvorsen, director of space programmes, Nordic Institute for Orbital "
        "Research\n\n"
        "MODERATOR: Signe, your view?\n\n"
        "DR. HALVORSEN: It does, and I would push back a little on the word, which everybody "
        "uses.\n\n"
        "MODERATOR: Amaka?\n\n"
        "DR. HALVORSEN: Both, honestly, and I am grateful for that in the end.\n"
    )
    result = extract(text)
    assert "DR" not in [e.name for e in result.entities]
    assert speaker_of(result, "It does") == "Signe Halvorsen"


def test_qa_answer_marker_naming_another_person_gives_the_answer_to_them():
    text = (
        "Transcript of the weekly briefing\n\n"
        "The spokeswoman Ilona Varga took questions with the mission director, Tamas Dorsi.\n\n"
        "Q: When will the lander launch?\n\n"
        "A: The board decides that in June, and we will announce it here the same day.\n\n"
        "Q: Are the vacuum tests finished?\n\n"
        "A (Mr. Dorsi): Not yet. We expect them to finish in the autumn if the chamber is free."
    )
    result = extract(text)
    assert speaker_of(result, "The board decides") == "Ilona Varga"
    assert speaker_of(result, "Not yet") == "Tamas Dorsi"


def test_qa_record_opened_by_a_titled_label_gives_the_statement_to_that_person():
    text = (
        "Transcript of the weekly briefing\n\n"
        "The spokeswoman Ilona Varga took questions with the mission director, Tamas Dorsi.\n\n"
        "Ms. Varga: Good afternoon. There are two items today, and both concern the lander.\n\n"
        "The second item is the new visitor centre, which opens to schools next month.\n\n"
        "Questions from the floor\n\n"
        "Q: When will the lander launch?\n\n"
        "A: The board decides that in June, and we will announce it here the same day.\n\n"
        "Q: Are the vacuum tests finished?\n\n"
        "A: Not yet, and we expect them to finish in the autumn if the chamber is free."
    )
    quotes = extract(text).quotes
    assert [q.text[:20] for q in quotes] == [
        "Good afternoon. Ther",
        "The second item is t",
        "The board decides th",
        "Not yet, and we expe",
    ]
    assert speaker_of(extract(text), "Good afternoon") == "Ilona Varga"


def test_film_script_gives_sync_turns_to_the_captioned_people_not_to_captions_or_narrator():
    # "NARRATOR:" and "SUPER:" in capitals, the interviewees' "Family (sync):" in mixed case; a
    # double family name tells the person from a relative who shares its last word
    text = (
        "NARRATOR (V.O.): The harbour was quiet when the first rocket went up from the cape.\n\n"
        "SUPER: Maren Vik Lund — Range Manager, Kystlys Orbital\n\n"
        "Vik Lund (sync): We watched it climb for half a minute, and then the screen went red.\n\n"
        "NARRATOR (V.O.): Her uncle, Per Lund, had built the first launch hut on the hill.\n\n"
        "SUPER: Sato Haruki — Partner, Kumo Ventures, Osaka\n\n"
        "Sato (sync, in Japanese, subtitled): We studied the data for a month before we decided "
        "anything.\n\n"
        "We are staying with the company.\n\n"
        "NARRATOR (V.O.): The second rocket is due in the spring."
    )
    result = extract(text)
    assert [(q.text[:20], speaker_of(result, q.text[:20])) for q in result.quotes] == [
        ("We watched it climb ", "Maren Vik Lund"),
        ("We studied the data ", "Sato Haruki"),
        ("We are staying with ", "Sato Haruki"),
    ]


def test_transcript_full_name_label_before_surname_labels_is_the_same_speaker():
    text = (
        "Host (programme director): We welcome Dr. Thandi Mokoena-Price, chief executive of "
        "Kestrel Orbital.\n\n"
        "Thandi Mokoena-Price: Thank you. Four years ago we were three people in a shed.\n\n"
        "Today we fly nine satellites, and every one of them was built at home.\n\n"
        "[Applause.]\n\n"
        "Audience member (unidentified): What does a launch cost you?\n\n"
        "Mokoena-Price: Less every year, and the insurers have started to notice it too.\n\n"
        "Question (Ravi Patel): And the next one?\n\n"
        "Mokoena-Price: In March, from our own pad, if the weather allows it on the day."
    )
    result = extract(text)
    assert [(q.text[:20], speaker_of(result, q.text[:20])) for q in result.quotes] == [
        ("Thank you. Four year", "Thandi Mokoena-Price"),
        ("Today we fly nine sa", "Thandi Mokoena-Price"),
        ("Less every year, and", "Thandi Mokoena-Price"),
        ("In March, from our o", "Thandi Mokoena-Price"),
    ]


def test_transcript_delivery_note_names_no_place():
    text = (
        "NARRATOR (V.O.): The herders met the company in the spring.\n\n"
        "SUPER: Aslak Turi Eira — Chair, Vidda Grazing Council\n\n"
        "Eira (sync, in South Lappish, subtitled): Nobody asked us before the first launch, "
        "and now they ask every month.\n\n"
        "NARRATOR (V.O.): The range now closes in the calving season."
    )
    result = extract(text)
    assert names(result, "place") == []
    assert speaker_of(result, "Nobody asked us") == "Aslak Turi Eira"


def test_transcript_label_naming_someone_with_role_and_body_gives_their_words_questions_too():
    text = (
        "Jonas Mabena (programme director, Highveld Space Forum): Good morning and welcome. "
        "Please welcome Dr. Thandi Mokoena-Price, chief executive of Kestrel Orbital.\n\n"
        "Thandi Mokoena-Price: Thank you. Four years ago we were three people in a shed.\n\n"
        "Kofi Asante (research fellow, Accra Space Lab): Congratulations. Is the launch site "
        "really coming, or is it still a paper spaceport?\n\n"
        "Mokoena-Price: It is coming, and the rules for it were published in July.\n\n"
        "QUESTION (Ravi Patel, The Daily Orbit): And the cost of it?\n\n"
        "Mokoena-Price: Lower every year, and the insurers have started to notice it too."
    )
    result = extract(text)
    assert [(q.text[:20], speaker_of(result, q.text[:20])) for q in result.quotes] == [
        ("Good morning and wel", "Jonas Mabena"),
        ("Thank you. Four year", "Thandi Mokoena-Price"),
        ("Congratulations. Is ", "Kofi Asante"),
        ("It is coming, and th", "Thandi Mokoena-Price"),
        ("Lower every year, an", "Thandi Mokoena-Price"),
    ]


def test_q_and_a_answers_labelled_with_the_given_name_alone_are_the_interviewees():
    text = (
        "ASK A SCIENTIST: Dr Inés Morcillo de la Fuente\n\n"
        "Dr Inés Morcillo de la Fuente studies comets at an observatory in the mountains. "
        "She answered questions from readers.\n\n"
        "Q: What do you look for?\n\n"
        "Inés: Tiny changes in brightness, night after night, for years on end.\n\n"
        "Q: Is it lonely?\n\n"
        "Inés: Not at all, because the whole team eats dinner together every evening.\n\n"
        "Q: What should I study?\n\n"
        "Inés: Physics, and anything else that makes you ask good questions.\n\n"
        "Dr Morcillo will speak at the science fair in May."
    )
    result = extract(text)
    assert names(result, "person") == ["Inés Morcillo de la Fuente"]
    assert entity(result, "Inés Morcillo de la Fuente").aliases == ["Dr Morcillo"]
    assert [speaker_of(result, q.text[:20]) for q in result.quotes] == [
        "Inés Morcillo de la Fuente"
    ] * 3


def test_a_paragraph_opened_by_an_introduced_persons_name_is_their_answer():
    # a digest of an online Q&A: two labelled answers only, narrative between them
    text = (
        "Two members of the rover team answered readers' questions: chief engineer Tomasz "
        "Brzezinski-Holm and Lena Varga, the mission manager.\n\n"
        "The first question was about the wheels.\n\n"
        "Brzezinski-Holm: The short answer is that the wheels were too narrow for the sand. We "
        "have since made them wider.\n\n"
        "Several readers asked about the next rover, and Varga was candid.\n\n"
        "Varga: The next rover is now planned for the spring of 2028 from the same site.\n\n"
        "Mass: forty kilograms, with two cameras on the mast and a drill under the body.\n"
    )
    result = extract(text)
    assert [q.text[:20] for q in result.quotes] == ["The short answer is ", "The next rover is no"]
    assert speaker_of(result, "The short answer") == "Tomasz Brzezinski-Holm"
    assert speaker_of(result, "The next rover") == "Lena Varga"


def test_a_meeting_records_attendance_headings_are_no_speaker_labels():
    text = (
        "HARBOUR BOARD\n\n"
        "PRESENT: Councillor Rhoswen Telyn (Chair); Councillor Osian Brack (Member for Docks).\n\n"
        "OFFICERS: Ifor Mallen (Head of Finance); the Clerk to the Board.\n\n"
        "ALSO IN ATTENDANCE (for item 3): Mr Tegid Arlan (Director, Morlo Ferries Ltd).\n\n"
        "1. MINUTES\n\nThe minutes of the last meeting were signed as a true record."
    )
    result = extract(text)
    assert result.quotes == []
    assert "Tegid Arlan" in names(result, "person")
    assert not any("Attendance" in e.name or "Officers" in e.name for e in result.entities)


def test_a_portfolio_after_member_for_and_a_records_appendix_name_nothing():
    text = (
        "PRESENT: Councillor Rhian Talog (Cabinet Member for Housing) in the Chair; Councillor "
        "Owain Brys; and the Cabinet Members listed in Appendix B.\n\n"
        "The minutes of the last meeting were agreed."
    )
    result = extract(text)
    assert names(result, "person") == ["Rhian Talog", "Owain Brys"]
    assert names(result, "place") == names(result, "organization") == []


TRANSCRIPT = """Members of the Elmbridge Sailing Society voted to sell the boathouse on Tuesday.

The debate ran long. A record of it, opening with a point from Chan Siu-ming, a member for forty \
years:

CHAN: You sold the old slipway last spring and told nobody. Why should we trust this sale?

DUVAL-HART: The slipway went at the price the surveyor set, and the minutes were posted that \
same week. Nothing was hidden from anyone.

CHAN: Then post the surveyor's letter.

OKAFOR: The committee agrees that the letter can be shared. We will send it to every member \
before the final vote next month.

Chan said afterwards that he would vote against the sale. Club secretary Irène Duval-Hart and \
treasurer Emeka Nwachi stayed to answer questions.
"""


def test_transcripts_a_hyphenated_capital_label_is_the_persons_double_surname():
    result = extract(TRANSCRIPT)
    assert [e.name for e in result.entities if e.name.isupper()] == []
    assert names(result, "person") == ["Chan Siu-ming", "Irène Duval-Hart", "Emeka Nwachi"]
    assert speaker_of(result, "The slipway went") == "Irène Duval-Hart"


def test_transcripts_a_question_from_a_person_introduced_before_who_asks_once_is_a_quote():
    result = extract(TRANSCRIPT)
    assert speaker_of(result, "You sold the old slipway") == "Chan Siu-ming"


def test_transcripts_a_short_turn_of_a_questioner_from_the_floor_is_still_a_quote():
    result = extract(TRANSCRIPT)
    assert speaker_of(result, "Then post the surveyor") == "Chan Siu-ming"


def test_transcripts_a_capital_label_with_a_role_in_brackets_names_its_speaker():
    text = (
        "The league's race director, Ondrej Kalvoda, handed out the medals on Sunday.\n\n"
        "From the closing briefing:\n\n"
        "ONDREJ KALVODA (race director): We had no crashes on the course this year. None at all, "
        "and that is what we care about.\n\n"
        "Kalvoda said the next edition would return to the same valley."
    )
    result = extract(text)
    (quote,) = result.quotes
    assert quote.text.startswith("We had no crashes")
    assert speaker_of(result, "We had no crashes") == "Ondrej Kalvoda"


def test_transcripts_the_reporters_narration_between_turns_is_not_a_quote():
    text = (
        "Mayor Iris Vellacott opened the new fish market on Friday morning.\n\n"
        "VELLACOTT: Ten years ago this quay was empty every winter, and the boats went south. "
        "This morning every stall is let.\n\n"
        "She thanked the harbour board, which lent the town the money for the roof in 2024.\n\n"
        "Asked by a local reporter whether the rents would rise next year, with the loan still "
        "unpaid:\n\n"
        "VELLACOTT: The board sets the rents, not me. My job is the opening speech.\n\n"
        "QUARRINGTON: The stallholders have a lease for three years, so nothing changes before "
        "the spring of 2029.\n"
    )
    quotes = [q.text[:14] for q in extract(text).quotes]
    assert quotes == ["Ten years ago ", "The board sets", "The stallholde"]


def test_transcripts_a_capital_label_keeps_a_gaelic_surnames_small_mac():
    text = (
        "HOST:\nThe harbour reopened on Monday after the storm.\n\n"
        "HOST: Ailsa Dunmore runs the ferry office, and Brodie MacLennan fishes the bay.\n\n"
        "AILSA DUNMORE: The ferries are running again and every booking has been honoured.\n\n"
        "BRODIE MacLENNAN: Half my creels were lost, and nobody has said who will pay for them."
    )
    result = extract(text)
    assert [(q.text[:16], result.entity(q.speaker_key).name) for q in result.quotes] == [
        ("The ferries are ", "Ailsa Dunmore"),
        ("Half my creels w", "Brodie MacLennan"),
    ]


def test_transcripts_a_scripts_header_field_with_a_figure_names_no_one():
    text = (
        "ANCHOR: Good evening, the harbour reopened on Monday after the storm.\n"
        "RUNNING LENGTH: 3:40\n\n"
        "AILSA DUNMORE: The ferries are running again and every booking has been honoured.\n\n"
        "BRODIE LENNOX: Half my creels were lost, and nobody has said who will pay for them."
    )
    assert names(extract(text), "person") == ["Ailsa Dunmore", "Brodie Lennox"]


def test_transcripts_a_scripts_header_of_job_fields_names_the_people_in_them():
    text = (
        "KBRV 88.1 — VALLEY NEWS\n"
        "ANCHOR: ODETTE MARCHBANKS / PRODUCER: L. FENWICK\n"
        "SLUG: ENGINE FIRE / RUNS: 1:25\n\n"
        "ANCHOR:\n"
        "Good morning. The launch was called off on Wednesday, the company said."
    )
    result = extract(text)
    assert [(e.name, e.aliases) for e in result.entities if e.kind == "person"] == [
        ("Odette Marchbanks", ["ODETTE MARCHBANKS"])
    ]
