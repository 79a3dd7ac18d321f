"""Quote extraction: every quote form, its exact span and its speaker."""

from __future__ import annotations

from pathlib import Path

from newsroom.extraction.extractors import extract

from .helpers import speaker_of

ARTICLES = Path(__file__).parent / "articles"


def test_quotes_attribution_after_with_pronoun_in_same_sentence():
    text = (
        "Engineer Tomas Varga inspected the heat shield on Monday.\n"
        "“The tiles held up better than we hoped,” he said."
    )
    result = extract(text)
    (quote,) = result.quotes
    assert quote.text == "The tiles held up better than we hoped"
    assert text[quote.start : quote.end] == quote.text
    assert quote.cue == "said"
    assert speaker_of(result, "The tiles") == "Tomas Varga"


def test_quotes_attribution_before_with_colon_and_straight_quotes():
    text = (
        'Mission manager Priya Ramaswamy told reporters: "The rover is healthy and driving again."'
    )
    result = extract(text)
    (quote,) = result.quotes
    assert quote.text == "The rover is healthy and driving again."
    assert quote.cue == "told"
    assert speaker_of(result, "The rover") == "Priya Ramaswamy"


def test_quotes_verb_before_speaker_after_quote():
    text = '"We expect a decision by spring," said Kenji Morita, a spokesman for the company.'
    result = extract(text)
    assert result.quotes[0].text == "We expect a decision by spring"
    assert speaker_of(result, "We expect") == "Kenji Morita"


def test_quotes_pronoun_speaker_in_next_sentence():
    text = (
        "Dr. Amara Okafor leads the lunar sample team at the University of Lagos.\n"
        "“Every grain tells us something new,” she said."
    )
    result = extract(text)
    assert speaker_of(result, "Every grain") == "Amara Okafor"


def test_quotes_nested_reporting_speaker_is_the_quoted_person():
    result = extract((ARTICLES / "wire_nested.txt").read_text(encoding="utf-8"))
    assert speaker_of(result, "before the end of next year") == "Marcos Pontes Ferreira"
    assert speaker_of(result, "We have the best location") == "Marcos Pontes Ferreira"
    nested = next(q for q in result.quotes if q.text.startswith("before"))
    assert nested.cue == "quoted as saying"


def test_quotes_multi_paragraph_quote_kept_as_parts_with_one_speaker():
    text = (ARTICLES / "multi_paragraph_quote.txt").read_text(encoding="utf-8")
    result = extract(text)
    assert [q.text for q in result.quotes] == [
        "We lost the signal at 03:12 on Saturday. For six hours nothing came back, and we "
        "started to fear the worst.",
        "Then the carrier came back on Sunday morning, weak but clean",
    ]
    assert {speaker_of(result, "We lost"), speaker_of(result, "Then the")} == {"Ingrid Halvorsen"}


def test_quotes_single_quotes_are_quotes_and_apostrophes_are_not():
    text = (
        "'We've done the hard part,' said Lars Eriksen, the project's chief engineer. "
        "'Now it's a matter of patience.'"
    )
    result = extract(text)
    assert [q.text for q in result.quotes] == [
        "We've done the hard part",
        "Now it's a matter of patience.",
    ]
    assert speaker_of(result, "We've") == "Lars Eriksen"
    assert speaker_of(result, "Now it's") == "Lars Eriksen"


def test_quotes_partial_quote_inside_sentence_speaker_is_subject():
    text = (
        "Professor Helen Marsh of the University of Leeds called the result “a genuine surprise.”"
    )
    result = extract(text)
    (quote,) = result.quotes
    assert quote.text == "a genuine surprise."
    assert quote.cue == "called"
    assert speaker_of(result, "a genuine") == "Helen Marsh"


def test_quotes_attributed_to_organization_and_descriptor():
    text = (
        "Orbital Freight Corporation (OFC) lost contact with its tug on Sunday.\n"
        "“The vehicle is stable and we are assessing options,” the company said in a statement."
    )
    result = extract(text)
    assert speaker_of(result, "The vehicle") == "Orbital Freight Corporation"


def test_quotes_according_to_introduces_speaker():
    text = "According to agency chief Marta Silva, “the budget is secure for now.”"
    result = extract(text)
    assert speaker_of(result, "the budget") == "Marta Silva"
    assert result.quotes[0].cue == "according to"


def test_quotes_short_scare_quote_without_speaker_is_excluded():
    text = "The plan falls under the heading of “future studies” and has no budget yet."
    assert extract(text).quotes == []


def test_quotes_words_a_speaker_discusses_are_no_quote_of_theirs():
    text = (
        "Judge Aroha Pennick said the words “readily detectable” did not reach a flaw "
        "nobody had seen, and that the phrase “hidden flaw” was narrower."
    )
    assert extract(text).quotes == []


def test_quotes_wording_of_a_document_is_no_quote_but_other_unattributed_words_are():
    lead = "Harbourside Mutual would not pay. Its lawyers noted that "
    document = "the warranty covered only damage “caused by a fault an ordinary inspection would "
    assert extract(lead + document + "have found” and nothing more.").quotes == []
    company = "the insurer was “not liable for a fault an ordinary inspection would have found”."
    quotes = extract(lead + company).quotes
    assert [(q.text, q.speaker_key) for q in quotes] == [
        ("not liable for a fault an ordinary inspection would have found", None)
    ]


def test_quotes_backtick_apostrophes_do_not_open_quotes():
    text = "The agency`s engineer Rosa Lind said the station`s orbit is stable."
    assert extract(text).quotes == []


def test_quotes_speaker_after_verb_with_honorific_period():
    text = '"The wheel does not clog," said Dr. Helen Lund, who leads the lab.'
    assert speaker_of(extract(text), "The wheel") == "Helen Lund"


def test_quotes_colon_introduces_quote_without_reporting_verb():
    text = 'Lena Vogt, the commander, radioed from orbit: "We are strapped in and fine."'
    result = extract(text)
    assert speaker_of(result, "We are strapped") == "Lena Vogt"


def test_quotes_qa_transcript_answers_belong_to_the_interviewee():
    text = (
        "Nadia Okafor runs Kestrel Orbital Systems. She spoke to Tom Hale.\n\n"
        "Q: Why build here?\n"
        "A: Because the geography works.\n\n"
        "Q: Is the money enough?\n"
        "A: No. We need more.\n"
        "We will ask again next year.\n\n"
        "Q: When do you fly?\n"
        "A: In 2027."
    )
    result = extract(text)
    assert [(q.text, result.entity(q.speaker_key).name) for q in result.quotes] == [
        ("Because the geography works.", "Nadia Okafor"),
        ("No. We need more.", "Nadia Okafor"),
        ("We will ask again next year.", "Nadia Okafor"),
        ("In 2027.", "Nadia Okafor"),
    ]
    assert [c.date for c in result.claims] == []  # the answers are quoted speech


def test_quotes_qa_answers_belong_to_the_person_the_headline_names_not_the_interviewer():
    text = (
        "Interview: Nadia Okafor, Kestrel Orbital Systems\n\n"
        "Kestrel Orbital Systems builds small rockets. Tom Hale, our Glasgow correspondent, met "
        "chief executive Nadia Okafor at the company's workshop.\n\n"
        "Q: Why build here?\n\n"
        "A: Because the geography works.\n\n"
        "Q: Is the money enough?\n\n"
        "A: No. We need more.\n"
    )
    result = extract(text)
    assert [(q.text, result.entity(q.speaker_key).name) for q in result.quotes] == [
        ("Because the geography works.", "Nadia Okafor"),
        ("No. We need more.", "Nadia Okafor"),
    ]


def test_pronoun_after_a_quote_is_not_a_name_inside_the_quote():
    text = "Rafael Costa was equally upbeat. “This is what Maria Alves dreamed of,” he stated."
    assert speaker_of(extract(text), "This is what") == "Rafael Costa"


def test_described_as_partial_quote_by_family_name_first_person():
    text = (
        "Wen Guoliang, who heads the agency, met the minister.\n"
        "Wen described the relationship as “a model of mutual trust.”"
    )
    assert speaker_of(extract(text), "a model of") == "Wen Guoliang"


def test_quotes_reported_speaker_wins_over_according_to_outlet():
    text = (
        "Agency chief Kwon Tae-ho arrived on Friday. According to the Hanbit news agency, "
        "Kwon said that Seoul would “carefully review” the plan."
    )
    result = extract(text)
    assert speaker_of(result, "carefully review") == "Kwon Tae-ho"
    assert result.quotes[0].cue == "said"


def test_quotes_descriptor_saying_in_a_statement():
    text = (
        "The Nordic Rocket Institute hosted the talks. The institute struck a similar tone, "
        "saying in a statement that the study would be “open to all partners.”"
    )
    result = extract(text)
    assert speaker_of(result, "open to all") == "Nordic Rocket Institute"
    assert result.quotes[0].cue == "saying"


def test_quotes_capitalised_word_inside_a_name_is_not_the_cue():
    text = (
        "Maria Okafor met the delegation on Monday. Okafor was more guarded: she said the "
        "United States remained committed to the project “for now.”"
    )
    result = extract(text)
    [quote] = result.quotes
    assert quote.cue == "said"
    assert speaker_of(result, "for now") == "Maria Okafor"


def test_quotes_org_title_descriptor_speaker_is_the_title_holder():
    text = (
        "Ivan Petrenko, who was appointed to lead Kosmoflot in March, met the delegation. "
        "“We are open to cooperation on equal terms,” the Kosmoflot director general said."
    )
    assert speaker_of(extract(text), "We are open") == "Ivan Petrenko"


def test_quotes_indefinite_org_spokesperson_is_not_the_title_holder():
    text = (
        "Ivan Petrenko, who leads Kosmoflot, met the delegation. “The talks went well,” "
        "a Kosmoflot spokesperson told reporters."
    )
    assert speaker_of(extract(text), "The talks") == "Kosmoflot"


def test_state_corporation_resolves_to_headless_name_with_said_cue():
    text = (
        "The chairman flew to Moscow for talks with Kosmoflot leadership.\n"
        "The visit was confirmed by the embassy.\n"
        "Training\n"
        "Four Northern Air Force pilots trained at the centre in 2021.\n"
        "“We want to build on that,” the chairman said.\n"
        "The state corporation said it was ready to “expand cooperation in all areas,” "
        "according to a statement posted on its website.\n"
    )
    result = extract(text)
    quote = next(q for q in result.quotes if q.text.startswith("expand"))
    assert result.entity(quote.speaker_key).name == "Kosmoflot"
    assert quote.cue == "said"


def test_according_to_a_name_after_the_quote():
    text = "“The launch is on schedule,” according to the Nordic Space Agency, which declined."
    result = extract(text)
    assert speaker_of(result, "The launch") == "Nordic Space Agency"
    assert result.quotes[0].cue == "according to"


def test_quote_ending_a_sentence_is_not_attributed_to_the_next_subject():
    text = (
        "“We are neighbours,” Farid Umarov said. “There is no reason to compete.” "
        "Nurlan Sadykov, a former cosmonaut, said he agreed."
    )
    assert speaker_of(extract(text), "There is no") == "Farid Umarov"


def test_press_service_quoted_person_after_the_quote():
    text = (
        "Kosmoagency will build a probe. “We have agreed on the design,” the Kosmoagency press "
        "service quoted Director General Pavel Orlin as saying."
    )
    assert speaker_of(extract(text), "We have agreed") == "Pavel Orlin"


def test_paragraph_of_quote_continues_previous_speaker():
    text = (
        "“The first model is ready,” said Ivo Marek, the director.\n\n"
        "“Our colleagues have shown that they can build optics of the highest class.”\n\n"
        "Officials welcomed the deal."
    )
    assert speaker_of(extract(text), "Our colleagues") == "Ivo Marek"


def test_scare_quote_is_not_a_continuation():
    text = (
        "“The pad is ready for the new satellite at any time,” said Ivo Marek. Officials "
        "hailed the “milestone” on Wednesday."
    )
    assert [q.text for q in extract(text).quotes] == [
        "The pad is ready for the new satellite at any time"
    ]


def test_speaker_labelled_transcript():
    text = (
        "The news conference was held by agency chief Tomas Ruud and Kenta Ishida, the head of "
        "the partner agency.\n\n"
        "MODERATOR (Lena Fox, agency spokesperson): Welcome. The chief will speak first.\n\n"
        "RUUD: Thank you. Today we agreed a new launch date for the rover.\n\n"
        "ISHIDA (through interpreter): We are proud to work on this mission together.\n\n"
        "QUESTION (Ann Berg, Daily Orbit): Will the delay cost more money?\n\n"
        "RUUD: Not at all. Only the date has moved.\n\n"
        "MODERATOR: Thank you, that is all the time we have."
    )
    result = extract(text)
    assert [(q.text, result.entity(q.speaker_key).name) for q in result.quotes] == [
        ("Thank you. Today we agreed a new launch date for the rover.", "Tomas Ruud"),
        ("We are proud to work on this mission together.", "Kenta Ishida"),
        ("Not at all. Only the date has moved.", "Tomas Ruud"),
    ]


def test_news_agency_and_state_corporation_descriptors():
    text = (
        "Kosmoagency officials and the Ruritanian Academy of Sciences will build a satellite. The "
        "head of the academy told the Zetta news agency that tests went well. “The optics worked "
        "in every test,” the news agency said. “The pad is ready to take the new satellite,” the "
        "state corporation said in a statement."
    )
    result = extract(text)
    assert speaker_of(result, "The optics") == "Zetta"
    assert speaker_of(result, "The pad") == "Kosmoagency"


def test_transcript_labels_with_accents_and_a_quoted_phrase_in_a_question():
    text = (
        "The briefing was given by Maité Olazabal, director of the observatory, and "
        "Óscar Belmonte, its chief engineer.\n\n"
        "MODERATOR: Good morning. Director Olazabal, please.\n\n"
        "MAITÉ OLAZABAL (through interpreter): Thank you. The new telescope sees its first light "
        "in May.\n\n"
        "RUTH AKERS, NOVA LEDGER: You called the project “a gift to every astronomer” last year, "
        "but the budget doubled. Is that fair?\n\n"
        "ÓSCAR BELMONTE: The mirror cost more than we planned, and we said so at the time.\n\n"
        "MODERATOR: Thank you all."
    )
    result = extract(text)
    assert [(q.text, result.entity(q.speaker_key).name) for q in result.quotes] == [
        ("Thank you. The new telescope sees its first light in May.", "Maité Olazabal"),
        ("The mirror cost more than we planned, and we said so at the time.", "Óscar Belmonte"),
    ]


def test_quotes_a_broadcast_scripts_soundbites_are_the_named_peoples_quotes():
    text = (
        "ANCHOR (MIA COLE): A rocket engine test shook the valley last night.\n\n"
        "REPORTER (LIVE): Residents heard a loud bang just before ten.\n\n"
        "SOUNDBITE (Ray Okafor, VP of Operations, Kestrel Launch): The system shut the engine "
        "down in a fraction of a second.\n\n"
        "REPORTER: The county wants answers.\n\n"
        "SOUNDBITE (Lina Marsh, county chair): We owe people a phone call first.\n"
    )
    result = extract(text)
    assert [(q.text, result.entity(q.speaker_key).name) for q in result.quotes] == [
        ("The system shut the engine down in a fraction of a second.", "Ray Okafor"),
        ("We owe people a phone call first.", "Lina Marsh"),
    ]


def test_quotes_according_to_a_title_of_an_org_then_the_name_is_the_person():
    text = (
        "The test, according to the chief executive of Kestrel Dynamics Limited, Engr. Tunde "
        'Ogar, "proved that our engineers can build an engine."'
    )
    assert speaker_of(extract(text), "proved that") == "Tunde Ogar"


def test_mixed_case_transcript_labels_with_question_numbers():
    # "Q12 Name:" turns are a committee's questions; whoever asks one is a questioner throughout
    text = (
        "Transport and Orbit Committee\n\n"
        "Members present: Helen Dobbs (Chair); Marcus Pell.\n\n"
        "Witnesses: Dr Amara Quist, Director, Orbital Office.\n\n"
        "Q11 The Chair: Dr Quist, what went wrong with the launch?\n\n"
        "Dr Quist: The second stage stopped early. Nobody was hurt.\n\n"
        "Q12 Marcus Pell: Does that change your plans at all, Dr Quist?\n\n"
        "Dr Quist: No, it does not. We priced that risk in from the start.\n\n"
        "Marcus Pell: I am grateful for that answer.\n\n"
        "The Chair: Thank you. That concludes this session."
    )
    result = extract(text)
    assert [(q.text, result.entity(q.speaker_key).name) for q in result.quotes] == [
        ("The second stage stopped early. Nobody was hurt.", "Amara Quist"),
        ("No, it does not. We priced that risk in from the start.", "Amara Quist"),
    ]
    assert not [e.name for e in result.entities if e.name.startswith("Q1")]


def test_earnings_call_labels_operator_and_analysts_are_not_speakers():
    text = (
        "Brindle Orbital plc: full-year results call\n\n"
        "Operator: Good morning and welcome. I will hand over to Maya Cordell, Chief Executive "
        "Officer.\n\n"
        "Maya Cordell: Thank you. Revenue rose 20 per cent this year and we signed three "
        "contracts.\n\n"
        "Operator: Our first question comes from Leo Tamsin, analyst at Fairholt Securities.\n\n"
        "Leo Tamsin (Fairholt Securities): Thanks. I think the year went well for you.\n\n"
        "Maya Cordell: Roughly 80 per cent of the midpoint is already under contract.\n\n"
        "Operator: That concludes the session."
    )
    result = extract(text)
    assert [(q.text, result.entity(q.speaker_key).name) for q in result.quotes] == [
        (
            "Thank you. Revenue rose 20 per cent this year and we signed three contracts.",
            "Maya Cordell",
        ),
        ("Roughly 80 per cent of the midpoint is already under contract.", "Maya Cordell"),
    ]


def test_one_capitalised_phrase_before_a_colon_is_not_a_transcript():
    text = (
        "Update: the launch of the Pell satellite moved to May, officials said.\n\n"
        "Background: the satellite was built by Quist Orbital in two years.\n\n"
        "Launch Window: the window opens at dawn and closes an hour later."
    )
    assert extract(text).quotes == []


def test_the_federation_is_a_descriptor_of_the_federation_named_before():
    text = (
        "The Brannock Municipal Federation (BMF) noted that detection alone does not put out "
        "fires. “A satellite does not carry a hose,” the federation said."
    )
    result = extract(text)
    assert speaker_of(result, "A satellite") == "Brannock Municipal Federation"


def test_a_speech_of_several_paragraphs_belongs_to_the_person_the_paragraph_before_opens_with():
    text = (
        "Helen Quennell runs the firm.\n\n"
        "Critics say the agency has abandoned such programs before.\n\n"
        "Quennell does not dispute the history. She has decided it does not apply to her.\n\n"
        "“Every one of those programs died in a budget meeting, not on a test stand.\n\n"
        "“Now the customer exists, and the money is there.”"
    )
    result = extract(text)
    assert [(q.text, result.entity(q.speaker_key).name) for q in result.quotes] == [
        (
            "Every one of those programs died in a budget meeting, not on a test stand.",
            "Helen Quennell",
        ),
        ("Now the customer exists, and the money is there.", "Helen Quennell"),
    ]


def test_a_long_stacked_title_before_the_name_after_a_quote_keeps_the_speaker():
    text = (
        '"The flight will show what a small company can build," Second Vice Transport Minister '
        'Tam Ji-won said in a press release. "Our firms now take the lead."'
    )
    result = extract(text)
    assert speaker_of(result, "The flight") == "Tam Ji-won"
    assert speaker_of(result, "Our firms") == "Tam Ji-won"


def test_the_company_said_in_a_statement_is_the_company_not_the_research_centre_named_since():
    text = (
        "Kestrel Lunar Systems, the Osaka-based builder of small landers, has named Dr. Ana Velt "
        "as its chief technology officer.\n\n"
        "Velt joins from the Bavarian Aerospace Center (BAC), where she led a group in Munich.\n\n"
        'The company said in a statement that the appointment would "strengthen our engineering '
        'as we grow."'
    )
    assert speaker_of(extract(text), "strengthen") == "Kestrel Lunar Systems"


def test_a_live_blog_names_the_speaker_after_the_quote_with_thats():
    text = (
        "09:50 GMT — Weather is holding at the range.\n\n"
        '10:02 GMT — "Our probe has sat on top of this rocket for three weeks." That\'s Dr Liisa '
        "Korpela, mission manager at Tarvo Space, whose cubesat flies today.\n\n"
        '10:09 GMT — "The pad crews have been working through the night to fix it." That is '
        "what the range said an hour ago."
    )
    result = extract(text)
    assert speaker_of(result, "Our probe") == "Liisa Korpela"
    assert speaker_of(result, "The pad crews") is None


def test_a_start_up_or_a_satellite_maker_said_is_the_company_it_stands_for():
    text = (
        "Tarvo Labs, a Helsinki start-up, built the probe with the Lapland Weather Institute.\n\n"
        '"The data will be free," the start-up said in a statement.\n\n'
        "Brenna Orbital, the Porto satellite maker, hired staff from the Kestrel Space Agency.\n\n"
        '"We will grow fast," the satellite maker said.'
    )
    result = extract(text)
    assert speaker_of(result, "The data") == "Tarvo Labs"
    assert speaker_of(result, "We will grow") == "Brenna Orbital"


def test_quoted_him_as_saying_is_the_person_named_before():
    text = (
        "In a press release, Transport Minister Tam Ji-won said the test was over. "
        '"We are ready," the release quoted him as saying.'
    )
    assert speaker_of(extract(text), "We are ready") == "Tam Ji-won"


def test_the_company_said_is_never_the_agency_named_before():
    text = (
        "The Tarvo Space Agency (TSA) awarded the contract on Monday.\n\n"
        '"This is a big step for all of us," the company said.'
    )
    assert speaker_of(extract(text), "This is a big step") is None


def test_an_interview_headline_quote_given_to_a_title_is_the_interviewees():
    text = (
        'Interview: Tarvena-Kestel mission "a model for all of us," says Tarvenan space chief\n\n'
        "Ana Duarte, head of the Tarvena Space Agency, spoke with Wen Li about the mission.\n\n"
        "Wen: Where does the project stand today?\n\n"
        "Duarte: The satellite arrived in May and testing is almost complete.\n\n"
        "Wen: What will it mean for the country?\n\n"
        "Duarte: It will give us images of the coast every three days."
    )
    assert speaker_of(extract(text), "a model for all") == "Ana Duarte"


def test_a_q_and_a_headline_quote_given_to_a_title_is_the_interviewees():
    text = (
        'Q&A: "We will fly in spring," says Tarvenan space chief\n\n'
        "Ana Duarte leads the Tarvena Space Agency.\n\n"
        "Q: Where does the project stand today?\n\n"
        "A: The satellite arrived in May and testing is almost complete.\n\n"
        "Q: And next?\n\n"
        "A: We will build a second one soon after that."
    )
    assert speaker_of(extract(text), "We will fly") == "Ana Duarte"


def test_podcast_turns_with_time_codes_are_speech_and_a_read_out_statement_is_its_authors():
    # "Name (mm:ss):" labels: the time code is not a note; small talk and questions are not quotes
    text = (
        "Orbit Hour - Episode 9 (transcript)\n\n"
        "Kelda Marsh (00:00): Welcome to the show, I'm Kelda Marsh. Today we talk about the "
        "rocket engines that failed their tests.\n\n"
        "Tobin Ferrante (00:20): Thanks, Kelda. Glad to be here.\n\n"
        "Kelda Marsh (00:24): The maker's chief, Ilse Varga, wrote to customers. She said, quote, "
        '"We will not fly again until we know why the valve stuck." End quote. Is that enough?\n\n'
        "Tobin Ferrante (00:41): It is a start. Customers want dates, and the firm has given them "
        "none so far this year.\n\n"
        "Kelda Marsh (01:02): Tobin Ferrante, thank you."
    )
    result = extract(text)
    assert [(q.text, result.entity(q.speaker_key).name) for q in result.quotes] == [
        (
            "Welcome to the show, I'm Kelda Marsh. Today we talk about the rocket engines that "
            "failed their tests.",
            "Kelda Marsh",
        ),
        ("We will not fly again until we know why the valve stuck.", "Ilse Varga"),
        (
            "It is a start. Customers want dates, and the firm has given them none so far this "
            "year.",
            "Tobin Ferrante",
        ),
    ]


def test_quotes_speaker_given_as_the_title_noun_is_the_person_so_titled():
    text = (
        "The head of the Andean Mapping Office, Rosa Quispe Mamani, signed the deal in the "
        "presence of the Minister of Mines and Energy, Jorge Tupa Ccori.\n\n"
        "Quispe Mamani, a physicist trained in Peru, explained the schedule.\n\n"
        "“This is a transfer of knowledge, not a purchase,” the official stressed.\n\n"
        '"The loan is the best we could get," added the minister, who said that Ventisca Capital '
        "and Pedro Salas had helped.\n\n"
        "“We will watch the costs,” said the minister, Jorge Tupa Ccori."
    )
    result = extract(text)
    assert speaker_of(result, "This is a transfer") == "Rosa Quispe Mamani"
    assert speaker_of(result, "The loan is") == "Jorge Tupa Ccori"
    assert speaker_of(result, "We will watch") == "Jorge Tupa Ccori"


def test_quotes_person_reported_after_that_speaks_the_quote():
    text = (
        "Ines Paredes recalled that the late engineer Tomas Wari Condo used to say that "
        "“every orbit is a lesson.”"
    )
    result = extract(text)
    assert speaker_of(result, "every orbit") == "Tomas Wari Condo"


def test_quotes_one_or_two_words_that_name_or_label_something_are_not_quotes():
    text = (
        "Deputy Minister Arnel “Bong” Dimaculangan told reporters the satellite was ready.\n\n"
        'Visitors often asked to see "Mr Halvorsen", said Lerato Mokoena.\n\n'
        'Lerato Mokoena said the firm\'s "good neighbour" agreement and a "store-and-forward" '
        "radio would stay.\n\n"
        'Lerato Mokoena championed what she called "quiet hardware" for years.\n\n'
        "Kwame Boateng described the deal as ‘historic’ for the region.\n\n"
        "Kwame Boateng said the result was “a natural fit.”"
    )
    result = extract(text)
    assert [q.text for q in result.quotes] == ["a natural fit."]


def test_quotes_paragraph_continuing_a_quote_run_on_from_an_attributed_one_keeps_its_speaker():
    text = (
        '"We are a local company, we live here," Tane Horomona said. "Our children go to school '
        "here, and we have heard every complaint.\n\n"
        '"If we cannot do it properly, we should not be doing it at all."'
    )
    result = extract(text)
    assert speaker_of(result, "If we cannot") == "Tane Horomona"


def test_quotes_nickname_in_quotation_marks_inside_a_name_is_no_quote_and_no_split():
    text = (
        "Science Secretary Ramon “Pido” Alcantara told reporters at the Department of Energy "
        "compound that the test had passed.\n\n"
        "“We are ready to ship it next month,” Alcantara said."
    )
    result = extract(text)
    assert [q.text for q in result.quotes] == ["We are ready to ship it next month"]
    assert [e.name for e in result.entities if e.kind == "person"] == ["Ramon Alcantara"]
    assert speaker_of(result, "We are ready") == "Ramon Alcantara"


def test_quotes_a_person_quoted_by_an_agency_is_the_speaker():
    text = (
        "The deputy minister, Lena Kovac, was quoted by the Harbor News Agency as saying the "
        'satellite would "change how we watch our coasts".'
    )
    assert speaker_of(extract(text), "change how we watch") == "Lena Kovac"


def test_quotes_speaker_named_before_a_long_appositive_and_the_verb():
    # "…," <Name>, <a title of many words at the Org>, told <Outlet>: the name is the speaker
    text = (
        "“We had tested the valve many times, so the crew was calm and ready,” Dr. Ayla Demir "
        "Koc, chief engineer of the programme at Kartal Uzay, told the agency."
    )
    result = extract(text)
    assert speaker_of(result, "We had tested") == "Ayla Demir Koc"


def test_quotes_particle_name_and_a_speech_after_the_sentence_that_opens_with_it():
    # "Dr. <Given> von <Family>" is a person without a listed given name; "Von <Family>" opens
    # the last sentence of the paragraph before a speech of two paragraphs in « »
    text = (
        "«The lens is ready», says Prof. Dr. Ilvana von Taschler, head of the optics group.\n\n"
        "The question is old. Von Taschler thinks the camera will settle it.\n\n"
        "«If the rock came from the crater, its colour will match the old samples. The filters "
        "were picked for that.\n\n"
        "«If it does not match, the books will need rewriting, and I would like that.»"
    )
    result = extract(text)
    assert [e.name for e in result.entities if e.kind == "person"] == ["Ilvana von Taschler"]
    assert speaker_of(result, "If the rock came") == "Ilvana von Taschler"
    assert speaker_of(result, "If it does not") == "Ilvana von Taschler"


def test_quotes_a_pronoun_after_a_sentence_opened_by_its_subject_is_the_subject():
    text = (
        "Dame Orla Fenwick, the yard's owner, spoke to Tomas Brill for a profile. "
        "“We never built a hull we could not sell,” she says."
    )
    assert speaker_of(extract(text), "We never built") == "Orla Fenwick"


def test_quotes_a_pronoun_after_a_name_that_opens_a_clause_is_that_name():
    text = (
        "Tomas Brill interviewed the crew, and Orla Fenwick stands out in it. "
        "“I only kept the pumps going,” she tells Brill."
    )
    assert speaker_of(extract(text), "I only kept") == "Orla Fenwick"


def test_quotes_a_report_that_quotes_someone_as_saying_gives_them_the_quote():
    text = (
        "Dan Kerrow's report on the harbour closure, which Pellmouth Council announced on "
        "Tuesday, quotes the port director, Ilse Marwick, as saying that ‘the ferries can use "
        "the north quay until spring’."
    )
    assert speaker_of(extract(text), "the ferries can use") == "Ilse Marwick"


def test_quotes_a_speech_over_two_paragraphs_after_a_titled_name_and_said_is_theirs():
    text = (
        "Pellmouth Ferries plc announced a new route on Monday.\n\n"
        "Dr Ilse Marwick, Chief Executive Officer, said:\n\n"
        "“This is the busiest summer we have planned for.\n\n"
        "“The new route doubles our sailings to the islands.”"
    )
    result = extract(text)
    assert speaker_of(result, "This is the busiest") == "Ilse Marwick"
    assert speaker_of(result, "The new route") == "Ilse Marwick"


def test_quotes_a_quote_in_a_sentence_without_a_verb_of_saying_is_its_subjects():
    text = (
        "Ilse Marwick, the port's harbour master, put the chance of reopening at “a little "
        "better than half.” She has seen storms close it before.\n\n"
        "“Quays are tougher than they look. Most of the cracks we find are on the surface.”"
    )
    result = extract(text)
    assert speaker_of(result, "a little better") == "Ilse Marwick"
    assert speaker_of(result, "Quays are tougher") == "Ilse Marwick"


def test_quotes_a_name_after_a_dash_following_a_quote_is_its_speaker():
    text = (
        "THE CLAIM: “The harbour trust is quietly selling the north quay to a casino group, and "
        "nobody in the town was asked.” — Cllr Bram Ollerton, in a post on his website\n\n"
        "THE FACTS: The trust has no plan to sell the quay."
    )
    assert speaker_of(extract(text), "The harbour trust") == "Bram Ollerton"


def test_a_paragraph_ending_in_a_colon_gives_the_one_person_it_names_to_the_quote_after_it():
    text = (
        "The board met on Monday. At the chair's request, the following remarks by Mrs Olwen "
        "Tarrant were entered in the record:\n\n"
        "'We will not sell the ferry before the summer timetable has been agreed with the "
        "island.'\n\n"
        "The meeting closed at noon."
    )
    assert speaker_of(extract(text), "We will not sell") == "Olwen Tarrant"


def test_a_speaker_named_by_post_is_the_one_whose_name_the_post_follows_in_brackets():
    text = (
        "Councillor Mair Eluned Pryce (Leader) opened the session. Councillor Ifan Tudur "
        "presented the budget. At the request of the Leader, Mr Gethin Owain answered questions "
        "from members.\n\n"
        "The Leader closed the item, stating: 'We will return to this in the spring, once the "
        "figures are final.'"
    )
    assert speaker_of(extract(text), "We will return") == "Mair Eluned Pryce"


def test_quoted_someone_as_having_told_a_meeting_gives_the_quote_to_them():
    text = (
        "Councillor Bryn Alaw quoted a harbour trader, Mrs Nerys Gwelltyn, as having told a "
        "public meeting that 'nobody asked the traders whether the new quay was wanted at all'."
    )
    assert speaker_of(extract(text), "nobody asked") == "Nerys Gwelltyn"


def test_quotes_one_word_after_talk_of_or_like_is_a_term_not_speech():
    text = (
        "Ranger Ola Vannlid said hikers argue about ‘scree’ and ‘Skarfjell’ all summer, and "
        "that words like “avalanche” scare families. He said the season had been ‘relentless’."
    )
    result = extract(text)
    assert [q.text for q in result.quotes] == ["relentless"]


def test_quotes_a_title_in_title_case_is_a_works_name_not_speech():
    text = (
        "Critic Ines Quell said “Tin Moons and Paper Suns: Drawings for the Night Sky” was the "
        "best show of the year, and that visitors “stay far longer than anyone planned”."
    )
    result = extract(text)
    assert [q.text for q in result.quotes] == ["stay far longer than anyone planned"]


def test_quotes_informed_is_a_reporting_verb():
    text = (
        "The Kelmar Harbour Authority has informed the council that it «expects to reopen the "
        "pier» before the summer. Tovren Marine Ltd informs buyers that each crane «is checked "
        "twice before it leaves»."
    )
    result = extract(text)
    assert speaker_of(result, "expects to reopen") == "Kelmar Harbour Authority"
    assert speaker_of(result, "is checked twice") == "Tovren Marine Ltd"


def test_quotes_pointed_out_reports_a_partial_quote():
    text = (
        "Yusuf Demir has tuned radio dishes since 1998. Mr. Demir pointed out at the open day "
        "that the new mast was “a touch too short” for the winter storms."
    )
    result = extract(text)
    assert speaker_of(result, "a touch too short") == "Yusuf Demir"


def test_quotes_titles_in_a_list_of_sources_are_not_quotes():
    text = (
        "The Tellmark probe reached its orbit on Friday, the Pelloran agency said.\n"
        "\n"
        "Sources\n"
        "* “Tellmark probe arrives at last” — Vossby Gazette, May 2, 2025\n"
        "* “Pelloran agency confirms orbit” — Pelloran Space Agency, May 2, 2025\n"
    )
    assert extract(text).quotes == []


def test_quotes_a_shrug_after_a_quote_reports_it():
    text = (
        "The ferryman, Orrin Velasko, has worked the crossing for years. "
        "“The tide decides for us,” he shrugged."
    )
    result = extract(text)
    assert [q.text for q in result.quotes] == ["The tide decides for us"]
    assert speaker_of(result, "The tide") == "Orrin Velasko"


def test_quotes_a_second_quote_after_a_long_attribution_sentence_keeps_its_speaker():
    text = (
        "“The river rose overnight,” said Ysolde Brannagh, who has kept the lock at the mill "
        "for most of her working life and knows every season of the water. “By noon the lower "
        "path was gone.”"
    )
    result = extract(text)
    assert speaker_of(result, "The river") == "Ysolde Brannagh"
    assert speaker_of(result, "By noon") == "Ysolde Brannagh"


def test_quotes_a_setting_before_the_subject_names_no_speaker():
    text = (
        "In a letter to Tamsel Freight clients, Quorvex Motors said the delay "
        "“reflects a shortage of parts that nobody foresaw.”"
    )
    result = extract(text)
    assert speaker_of(result, "reflects a shortage") == "Quorvex Motors"


def test_quotes_calling_before_a_quote_reports_it():
    text = (
        "The Sarvik Rail Authority praised the crews online, calling the repair "
        "“the fastest we have ever managed on that line.”"
    )
    result = extract(text)
    assert speaker_of(result, "the fastest") == "Sarvik Rail Authority"


def test_quotes_a_message_relayed_after_a_colon_is_the_words_of_who_gave_it():
    text = (
        "Kessa Morland said the crew's coach, Ilvar Dunstig, had left them a single instruction "
        "before the final race: “Row your own race, nobody else's.”"
    )
    result = extract(text)
    assert speaker_of(result, "Row your own race") == "Ilvar Dunstig"


def test_quotes_a_warning_told_to_someone_stays_the_teller_s():
    text = (
        "Kessa Morland told Ilvar Dunstig there was one warning before the final race: "
        "“Row your own race, nobody else's.”"
    )
    result = extract(text)
    assert speaker_of(result, "Row your own race") == "Kessa Morland"


def test_quotes_a_spokesman_for_an_organisation_with_a_long_name_speaks_for_it():
    text = (
        "“Our inspectors check the boats and the piers, never the agents who sell the tickets,” "
        "a spokesman for the Inland Ferry Authority said on Tuesday."
    )
    assert speaker_of(extract(text), "Our inspectors") == "Inland Ferry Authority"


def test_quotes_a_promise_told_to_the_writer_is_the_promisers():
    text = (
        "Mr Brannock told us that Oswin Carraway, who owns the dealership, assured him in a "
        "letter that ‘the tractor will reach your farm before the lambing season’."
    )
    assert speaker_of(extract(text), "the tractor will") == "Oswin Carraway"


def test_quotes_a_long_capitalised_title_between_two_quotes_keeps_them_one_speakers():
    text = (
        "“Charts this old rarely come to auction,” said Corwin Quellbrook-Pell, head of the "
        "Maps and Charts Department at the Old Harbour Town Auction Rooms in Port Vellam. “A "
        "lighthouse keeper kept this one dry for sixty years.”"
    )
    assert speaker_of(extract(text), "A lighthouse keeper") == "Corwin Quellbrook-Pell"
