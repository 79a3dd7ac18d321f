"""Generic word lists used by the rules.

Nothing here names a particular person, organisation or place.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path


def words(text: str) -> frozenset[str]:
    """A word list written as one space-separated string."""
    return frozenset(text.split())


@cache
def world_data() -> dict:
    """Country variants, irregular demonym keys and descriptor modifiers from data/countries.json:
    world knowledge lives in data, not in code."""
    path = Path(__file__).with_name("data") / "countries.json"
    return json.loads(path.read_text(encoding="utf-8"))


# Honorifics and ranks written before a name ("Dr. X", "Col. X").
HONORIFICS = words(
    "mr mr. mrs mrs. ms ms. dr dr. prof prof. col col. gen gen. lt lt. capt capt. maj maj. "
    "sgt sgt. adm adm. sen sen. rep rep. gov gov. cmdr cmdr. rev rev. sir dame lord lady"
)
ABBREVIATED_TITLES = (
    "Col.",
    "Gen.",
    "Lt.",
    "Capt.",
    "Maj.",
    "Sgt.",
    "Adm.",
    "Sen.",
    "Rep.",
    "Gov.",
    "Cmdr.",
    "Rev.",
    "Prof.",
    "Insp.",
    "Supt.",
)
# Multi-word ranks and titles matched before single role words.
TITLE_PHRASES = (
    ("director", "general"),
    ("secretary", "general"),
    ("group", "captain"),
    ("wing", "commander"),
    ("lieutenant", "general"),
    ("major", "general"),
    ("lieutenant", "colonel"),
    ("air", "marshal"),
    ("chief", "executive"),
    ("chief", "executive", "officer"),
    ("vice", "president"),
    ("prime", "minister"),
    ("general", "designer"),
    ("general", "director"),
)
# Nouns that name a job or a rank; lowercase.
ROLE_NOUNS = words(
    "administrator director president chairman chairwoman chair chief head cosmonaut "
    "astronaut spokesperson spokesman spokeswoman manager engineer scientist analyst designer "
    "minister secretary commander officer executive correspondent editor reporter founder ceo "
    "cto cfo coo captain colonel general professor researcher expert official economist "
    "adviser advisor ambassador governor senator lawyer pilot consultant leader lecturer "
    "physicist astronomer astrophysicist historian coordinator specialist director-general "
    "deputy boss envoy cosmonauts astronauts flight-engineer commentator strategist planner "
    "inspector congressman congresswoman lawmaker legislator mayor fellow"
)
# Words that modify a role noun ("acting administrator", "former astronaut").
ROLE_MODIFIERS = words(
    "acting former deputy chief senior executive general associate assistant vice interim "
    "lead principal first managing project program programme mission flight space science "
    "technical retired veteran then current new top regional national international "
    "independent decorated celebrated renowned legendary pioneering"
)
# Heads that make a capitalised phrase an organisation.
ORG_HEADS = words(
    "agency administration corporation corp corp. organisation organization institute institution "
    "university college foundation company co co. ministry council commission laboratory "
    "laboratories lab observatory academy society association committee department office "
    "bureau force command inc inc. ltd ltd. llc plc group systems technologies industries "
    "aerospace airlines service services authority center centre federation union agencies "
    "bank fund network news times post journal press television radio party court parliament "
    "senate congress school lab labs machines dynamics electronics motors robotics works "
    "solutions holdings ventures space trust"
)
# Lowercase nouns that, right after a capitalised name, say it is an organisation.
ORG_NOUNS = words(
    "agency corporation company firm group institute ministry startup start-up manufacturer "
    "operator contractor consortium newspaper broadcaster outlet university magazine daily "
    "website"
)
# Lowercase nouns that, right after a single capitalised word, say it is an organisation
# ("talks with X leadership", "X officials", "the X press service"); not "statement", which
# follows a surname as often ("a Duarte statement").
ORG_CUE_NOUNS = words(
    "leadership management board delegation engineers officials executives staff employees "
    "headquarters press website"
)
NEWS_NOUNS = ("news agency", "newswire", "news service", "newspaper", "daily", "broadcaster")
# Heads of capitalised phrases that name a place ("X Cosmodrome", "X Space Center").
PLACE_HEADS = words(
    "cosmodrome spaceport launchpad ocean sea gulf bay island islands mountains mountain "
    "desert peninsula river lake valley region province oblast krai state county district "
    "territory canyon strait straits coast airport airfield airbase city republic"
)
PLACE_HEAD_PHRASES = (
    ("space", "center"),
    ("space", "centre"),
    ("space", "flight", "center"),
    ("spaceflight", "center"),
    ("launch", "complex"),
    ("space", "launch", "complex"),
    ("launch", "pad"),
    ("pad",),
    ("launch", "site"),
    ("air", "force", "base"),
    ("space", "force", "base"),
    ("flight", "center"),
    ("research", "center"),
    ("launch", "center"),
    ("launch", "centre"),
    ("launch", "base"),
    ("test", "site"),
)
# Lowercase words after a name that make it a place ("the X region").
PLACE_NOUNS = words("region province oblast krai county district state territory")
CRAFT_NOUNS = words(
    "spacecraft capsule capsules rocket rockets module lander rover probe telescope satellite "
    "satellites orbiter vehicle spaceship spaceplane station booster launcher craft "
    "observatory"
)
MISSION_NOUNS = words("mission missions expedition")
PROGRAM_NOUNS = words("program programme project initiative")
# Celestial bodies are kind "other"; they are not places an editor files a story under.
CELESTIAL = words("earth moon mars venus mercury jupiter saturn uranus neptune pluto sun ceres")
REPORT_VERBS = words(
    "said says say stated states told tells added adds noted notes explained explains "
    "emphasized emphasised emphasizes stressed stresses insisted insists argued argues warned "
    "warns wrote writes declared announced asked replied continued recalled concluded "
    "acknowledged admitted claimed claims confirmed confirms commented remarked observed "
    "predicted suggested suggests called calls described describes urged urges posted tweeted "
    "quoted cited reported maintained underlined underscored highlighted assured promised "
    "countered conceded"
)
# Descriptors that stand for an organisation named earlier ("the agency").
DESCRIPTOR_HEADS = words(
    "agency corporation company firm ministry institute university organisation organization "
    "administration operator contractor startup manufacturer centre center"
)
DESCRIPTOR_MODIFIERS = frozenset(world_data()["descriptor_modifiers"])
# Capitalised function words and openers that never start a name.
STOP_CAPS = words(
    "the a an this that these those neither either there here it its it's their they them he she "
    "his her we "
    "our us you your i my me since although though while whether but and or nor so yet as at "
    "in on for from with by after before during despite even one both each every some many "
    "most few no not all any if when where what which who whom why how also still just only "
    "then now today tomorrow yesterday meanwhile however moreover instead indeed again "
    "already once to of into onto over under about above below between among against without "
    "within beyond until unless because like unlike per via near next last first second third "
    "according former acting chief head deputy senior other another such own same more less "
    # number words open a noun phrase ("Four <Org> pilots"), never a name
    "two three four five six seven eight nine ten eleven twelve twenty thirty dozens hundreds "
    "several"
)
MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Capitalised words that are common nouns or calendar words, not names.
NOT_NAME_WORDS = (
    frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | words(
        "space station program programme mission agency exploration international national lunar "
        "orbital orbit science scientific deep other general talks meeting cooperation operations "
        "projects agenda history context reporting editing writing additional by"
    )
)
GENERIC_ACRONYMS = words(
    "ceo cto cfo coo tv gps pm am us uk eu un ii iii iv vi vii viii ix xi ok id pr it ai "
    # time zones ("10:42 a.m. EDT")
    "utc gmt bst cet cest eet eest edt est cdt cst mdt mst pdt pst akdt hst jst kst msk"
)
CONNECTORS = frozenset(
    {"of", "for", "and", "de", "del", "la", "von", "van", "der", "&", "du"}
    | {"della", "dello", "delle", "degli", "di", "da", "dos", "das", "des"}
)
FUTURE_CUES = words(
    "will shall due scheduled planned plans plan expected set to would upcoming targets"
)


@cache
def given_names() -> frozenset[str]:
    """Common given names, built from Faker's data by benchmarks/extraction/build_given_names.py."""
    path = Path(__file__).with_name("data") / "given_names.txt"
    return frozenset(path.read_text(encoding="utf-8").split())


def is_given(word: str) -> bool:
    """A common given name, or a hyphenated one whose first half is ("Jean-Luc", "Anne-Sophie")."""
    names = given_names()
    return word in names or ("-" in word and word.split("-", 1)[0] in names)
