"""A post shared with someone ("Co-Chair", "co-director") is a title, not a name."""

from __future__ import annotations

from newsroom.extraction.extractors import extract

from .helpers import names, speaker_of


def test_shared_post_before_a_name_is_a_title():
    text = (
        "Opening the harbour talks on Friday, Harbour Co-Chair and Minister of Trade and Industry "
        'Dr. Ilse Pelmadulla said the fleet would sail "before the autumn storms arrive."'
    )
    result = extract(text)
    assert names(result, "person") == ["Ilse Pelmadulla"]
    assert speaker_of(result, "before the autumn") == "Ilse Pelmadulla"
