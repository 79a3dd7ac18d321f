"""schema.org JSON-LD for story and entity pages: what search engines and aggregators read."""

import json

SCHEMA_TYPES = {"person": "Person", "organization": "Organization", "place": "Place"}


def _thing(entity, absolute):
    return {
        "@type": SCHEMA_TYPES.get(entity.kind, "Thing"),
        "name": entity.name,
        "url": absolute(entity.get_absolute_url()),
    }


def story_jsonld(page, absolute):
    """A NewsArticle with `about` (what the story is about), `mentions` (speakers and parties),
    its corrections, and a Quotation for each featured quote."""
    story = page["story"]
    url = absolute(story.get_absolute_url())
    mentioned = {}
    for _quote, speaker, _link in page["quotes"]:
        if speaker is not None:
            mentioned[speaker.pk] = speaker
    for shown in page["claims"]:
        for party in shown.claim.parties.all():
            if party.review_status == "approved":
                mentioned[party.pk] = party
    article = {
        "@type": "NewsArticle",
        "@id": url,
        "url": url,
        "headline": story.title,
        "description": story.dek,
        "datePublished": story.published_at.isoformat() if story.published_at else None,
        "dateModified": page["updated_at"].isoformat(),
        "about": [_thing(entity, absolute) for entity, _roles in page["people"]],
        "mentions": [_thing(entity, absolute) for entity in mentioned.values()],
        "isBasedOn": [absolute(source.get_absolute_url()) for source in page["sources"]],
        "correction": [
            {
                "@type": "CorrectionComment",
                "text": f"{c.subject}: {c.before} → {c.after}. {c.reason}",
                "datePublished": c.created_at.isoformat(),
            }
            for c in page["corrections"]
        ],
    }
    quotations = [
        {
            "@type": "Quotation",
            "text": quote.text,
            "url": absolute(link),
            "isPartOf": {"@id": url},
            **({"spokenByCharacter": _thing(speaker, absolute)} if speaker else {}),
        }
        for quote, speaker, link in page["quotes"]
    ]
    return _dumps({"@context": "https://schema.org", "@graph": [article, *quotations]})


def entity_jsonld(entity, *, aliases, roles, absolute):
    """A Person, Organization or Place (or Thing) with its other names and roles."""
    data = {"@context": "https://schema.org", **_thing(entity, absolute)}
    if aliases:
        data["alternateName"] = aliases
    if entity.description:
        data["description"] = entity.description
    if entity.kind == "person" and roles:
        data["jobTitle"] = [role.title for role in roles]
        organizations = [role.organization for role in roles if role.organization]
        if organizations:
            data["worksFor"] = [_thing(org, absolute) for org in organizations]
    return _dumps(data)


def _dumps(data):
    # Escaped like django.utils.html.json_script, so text from an article can never close the
    # <script> element; rendered without a nonce because a JSON-LD data block is not run.
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
