"""Write N invented wire-style articles (560–680 words) as .txt files, deterministically per seed.

    .venv/bin/python benchmarks/ingest/generate.py N OUT_DIR [--seed S]

Every person and organisation is invented here; places are real cities and countries. The
layouts mix what the ingest accepts: front matter (title, source, published, sometimes byline
and dateline), a headline line with a wire dateline ("CITY, Month D (Outlet) —"), and bare
paragraphs whose title is derived from the lede. A few headlines repeat on purpose, as stock
wire headlines do, so that slug collisions are part of the load.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import random
import re
from pathlib import Path

GIVEN = [
    "Amara", "Tomasz", "Ingrid", "Kenji", "Lucía", "Oluwaseun", "Priyanka", "Matthias", "Soo-ah",
    "Farid", "Elin", "Dmitra", "Kofi", "Valentina", "Rafael", "Hannelore", "Arjun", "Mei-ling",
    "Bruno", "Zainab", "Henrik", "Chiara", "Tariq", "Noémie", "Yusuf", "Aiko", "Ruairí", "Leilani",
    "Sebastián", "Oksana", "Thabo", "Marit",
]  # fmt: skip
SURNAMES = [
    "Okonkwo-Baird", "Lindqvist", "Haraguchi", "Ferreira", "Abernethy", "Nakashima", "Quiroga",
    "Wojcik", "Castellanos", "Adeyemi", "Brandvold", "Kaur", "Villeneuve", "Szabo", "Oduya",
    "Marchetti", "Halvorsen", "Rahimi", "Delacroix", "Mbeki-Stone", "Takeda", "Ostrowski",
    "Achterberg", "Solano", "Iyer", "Fitzwilliam", "Kovalenko", "Nwosu", "Estrada", "Varga",
]  # fmt: skip
AGENCIES = [
    ("Meridian Space Agency", "MSA"),
    ("Southern Orbital Authority", "SOA"),
    ("Atlantic Launch Directorate", "ALD"),
    ("Nordic Space Office", "NSO"),
    ("Pan-Pacific Aerospace Council", "PPAC"),
    ("Andean Space Commission", "ASC"),
]
COMPANIES = [
    "Helioforge Systems", "Brightwater Logistics Ltd", "Corvane Industries", "Tessaly Orbital Inc.",
    "Kestrel Dynamics", "Ostrava Cable Works", "Lumen Quarry Group", "Sablewind Energy",
    "Pavonis Satellite Corp.", "Greywell Shipping GmbH", "Marisol Foods S.A.", "Arcfield Robotics",
    "Verdant Grid AG", "Nakamori Heavy Industries", "Blue Heron Telecom", "Quillon Pharma plc",
]  # fmt: skip
CITIES = [
    ("NAIROBI", "Nairobi", "Kenya"), ("LISBON", "Lisbon", "Portugal"),
    ("OSAKA", "Osaka", "Japan"), ("MONTREAL", "Montreal", "Canada"),
    ("SANTIAGO", "Santiago", "Chile"), ("BENGALURU", "Bengaluru", "India"),
    ("GDANSK", "Gdansk", "Poland"), ("ACCRA", "Accra", "Ghana"),
    ("BRISBANE", "Brisbane", "Australia"), ("TROMSO", "Tromsø", "Norway"),
    ("SEVILLE", "Seville", "Spain"), ("BUSAN", "Busan", "South Korea"),
    ("CURITIBA", "Curitiba", "Brazil"), ("ROTTERDAM", "Rotterdam", "the Netherlands"),
    ("MARRAKESH", "Marrakesh", "Morocco"), ("HANOI", "Hanoi", "Vietnam"),
]  # fmt: skip
OUTLETS = ["Continental Wire", "Harbour Press Service", "Daily Meridian", "Globe Newsdesk"]
ROLES = [
    "chief executive", "director general", "head of operations", "chief financial officer",
    "programme manager", "spokesperson", "minister for industry", "chief engineer",
]  # fmt: skip
PROJECTS = [
    "the Aurora relay network", "the Cinder lunar lander programme",
    "the Tidewater desalination plan", "the Kestrel-2 weather constellation",
    "the northern port expansion", "the Solace battery plant", "the Ember grid interconnector",
    "the Orchid crop-monitoring service",
]  # fmt: skip
MISSIONS = ["Pathfinder-3", "Corona Verde", "Lodestar", "Halcyon-B", "Tern-7", "Skylark IV"]
STOCK_HEADLINES = [
    "Agencies sign new cooperation deal",
    "Company reports quarterly results",
    "Launch postponed after weather review",
]
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip

QUOTES = [
    "We have done the hard part, and now the schedule is ours to keep",
    "Nobody should expect miracles in the first year, but the numbers are moving the right way",
    "This is a partnership of equals, not a rescue",
    "The board was unanimous, which does not happen often",
    "Our engineers found the fault within a week and the fix is already on the pad",
    "Customers told us what they wanted and we finally listened",
    "It is cheaper to build it together than to build it twice",
    "We will publish the audit in full once the regulators have read it",
    "The money is committed; what matters now is execution",
    "I would rather be late than be wrong about safety",
]
REPORTED = [
    "the company would not seek further public money",
    "talks with suppliers were continuing",
    "the first deliveries were expected within two years",
    "the budget had been approved by the board",
    "a second site was under consideration",
    "the agency had no plans to cut staff",
]
FILLER = [
    "Analysts said the figures were broadly in line with expectations for the sector.",
    "The announcement came after several months of negotiations that both sides described as "
    "difficult but constructive.",
    "Shares in listed suppliers rose modestly in early trading before settling.",
    "Local officials welcomed the decision, citing the number of skilled jobs it could bring to "
    "the region over the next decade.",
    "Environmental groups asked for the full impact assessment to be made public before any "
    "construction begins.",
    "The project has faced repeated delays, in part because of supply-chain problems that affected "
    "much of the industry.",
    "Independent experts cautioned that the cost estimates rest on assumptions about interest "
    "rates that may not hold.",
    "Earlier reports had suggested that a smaller agreement was more likely.",
    "Details of the financing were not disclosed, although people familiar with the talks said "
    "public and private money would be involved.",
    "The regulator is expected to publish its review later in the year.",
    "Trade unions said they had not been consulted and would seek a meeting with management.",
    "Similar programmes elsewhere have taken longer and cost more than first planned.",
    "The two sides agreed to meet again before the end of the quarter to review progress.",
    "A parliamentary committee has asked to see the contracts.",
]


class Article:
    """One article's invented cast and the sentences built from it."""

    def __init__(self, rng: random.Random, index: int):
        self.rng = rng
        self.index = index
        self.people = [self._person() for _ in range(rng.randint(3, 5))]
        self.agency = rng.choice(AGENCIES)
        self.agency2 = rng.choice([a for a in AGENCIES if a != self.agency])
        self.companies = rng.sample(COMPANIES, 2)
        self.city = rng.choice(CITIES)
        self.city2 = rng.choice([c for c in CITIES if c != self.city])
        self.outlet = rng.choice(OUTLETS)
        year = rng.randint(2019, 2026)
        self.published = datetime.date(year, 1, 1) + datetime.timedelta(days=rng.randint(0, 364))
        self.used = set()

    def _person(self):
        return {
            "name": f"{self.rng.choice(GIVEN)} {self.rng.choice(SURNAMES)}",
            "role": self.rng.choice(ROLES),
        }

    def day(self, offset_days=0):
        moment = self.published + datetime.timedelta(days=offset_days)
        return f"{MONTHS[moment.month - 1]} {moment.day}, {moment.year}"

    def org(self):
        return self.rng.choice([self.agency[0], self.agency2[0], *self.companies])

    def lede(self):
        r, p = self.rng, self.people[0]
        agency, acronym = self.agency
        choices = [
            f"{agency} ({acronym}) and {self.companies[0]} signed an agreement on "
            f"{self.day(-1)} to develop {r.choice(PROJECTS)}, {p['name']}, the agency's "
            f"{p['role']}, said.",
            f"{self.companies[0]} said on {self.day()} that it would invest "
            f"{r.randint(2, 90) * 10} million dollars in a new plant near {self.city[1]}, "
            f"{self.city[2]}, its largest commitment outside its home market.",
            f"The {r.choice(MISSIONS)} satellite was launched from {self.city2[1]} on "
            f"{self.day(-2)}, {agency} said, ending a delay of {r.randint(2, 14)} months.",
            f"Officials from {agency} and {self.agency2[0]} met in {self.city[1]} on "
            f"{self.day()} to settle the future of {r.choice(PROJECTS)}.",
        ]
        return r.choice(choices)

    def quote(self):
        r = self.rng
        p = r.choice(self.people)
        org = self.org()
        forms = [
            f'"{r.choice(QUOTES)}," {p["name"]}, {p["role"]} of {org}, said.',
            f'"{r.choice(QUOTES)}," said {p["name"]}.',
            f"{p['name']}, the {p['role']} at {org}, told the {self.outlet} that "
            f"{r.choice(REPORTED)}.",
            f'"{r.choice(QUOTES)}," {p["name"]} told reporters in {self.city[1]}. '
            f'"{r.choice(QUOTES)}."',
        ]
        return r.choice(forms)

    def event(self):
        r = self.rng
        a, b = r.sample(self.people, 2)
        year = self.published.year + r.randint(2, 9)
        forms = [
            f"{a['name']} met {b['name']} in {self.city2[1]} on {self.day(-r.randint(3, 40))}.",
            f"{r.choice([self.agency[0], *self.companies])} and {self.agency2[0]} "
            f"({self.agency2[1]}) signed a memorandum in "
            f"{self.city2[1]} on {self.day(-r.randint(5, 90))}.",
            f"The agreement will extend {r.choice(PROJECTS)} until {year}.",
            f"{self.companies[1]} launched its first service in {self.city2[2]} on "
            f"{self.day(-r.randint(30, 300))}.",
            f"{a['name']} was appointed {b['role']} of {self.companies[1]} in "
            f"{MONTHS[r.randint(0, 11)]} {self.published.year - 1}.",
            f"{self.agency[1]} will extend its contract with {self.companies[0]} until {year}, "
            f"{a['name']} said.",
        ]
        return r.choice(forms)

    def background(self):
        r = self.rng
        forms = [
            r.choice(FILLER),
            f"{self.companies[1]} employs about {r.randint(3, 60) * 100} people in "
            f"{self.city2[2]} and reported revenue of {r.randint(1, 40)}.{r.randint(0, 9)} "
            f"billion euros last year.",
            f"{self.city[1]} has hosted {r.choice(['two', 'three', 'several'])} similar projects "
            f"since {self.published.year - r.randint(4, 12)}.",
            f"According to {self.agency[1]}, the first phase will cost "
            f"{r.randint(100, 900)} million dollars and take {r.randint(18, 48)} months.",
        ]
        return r.choice(forms)

    def paragraph(self):
        kind = self.rng.choices(["quote", "event", "background"], weights=[4, 3, 5])[0]
        makers = [getattr(self, kind)]
        makers += [self.rng.choice([self.background, self.event, self.quote])]
        makers *= self.rng.randint(1, 2)
        sentences = []
        for make in makers:
            for attempt in range(6):  # an article seldom repeats a sentence's pattern
                sentence = make()
                key = re.sub(r"\d", "", sentence)[:40]
                if key not in self.used or attempt == 5:
                    self.used.add(key)
                    sentences.append(sentence)
                    break
        return " ".join(sentences)

    def headline(self):
        if self.rng.random() < 0.06:
            return self.rng.choice(STOCK_HEADLINES)
        org = self.org()
        forms = [
            f"{org} and {self.agency2[0]} agree to expand cooperation",
            f"{org} plans new site near {self.city[1]}",
            f"{self.people[0]['name']} says {org} will keep its schedule",
            f"{self.city[2][0].upper()}{self.city[2][1:]} backs {self.rng.choice(PROJECTS)[4:]}",
        ]
        return self.rng.choice(forms)

    def body(self, lede):
        paragraphs = [lede]
        while words(paragraphs) < 560:
            paragraphs.append(self.paragraph())
        while words(paragraphs) > 680:
            last = paragraphs.pop()
            kept = trim(last, 680 - words(paragraphs))
            if kept:
                paragraphs.append(kept)
        return paragraphs

    def render(self):
        layout = self.rng.choices(["front", "dateline", "plain"], weights=[3, 4, 3])[0]
        lede = self.lede()
        if layout == "dateline":
            month_day = f"{MONTHS[self.published.month - 1]} {self.published.day}"
            lede = f"{self.city[0]}, {month_day} ({self.outlet}) — {lede}"
        paragraphs = self.body(lede)
        if layout == "front":
            lines = ["---", f"title: {self.headline()}", f"source: {self.outlet}"]
            lines.append(f"published: {self.published.isoformat()}")
            if self.rng.random() < 0.5:
                lines.append(f"byline: {self.rng.choice(self.people)['name']}")
            if self.rng.random() < 0.3:
                lines.append(f"dateline: {self.city[1]}")
            return "\n".join([*lines, "---", "", "\n\n".join(paragraphs), ""])
        if layout == "dateline":
            return f"{self.headline()}\n\n" + "\n\n".join(paragraphs) + "\n"
        return "\n".join(paragraphs) + "\n"


def words(paragraphs):
    return sum(len(p.split()) for p in paragraphs)


def trim(paragraph, budget):
    """Whole sentences of `paragraph` that fit in `budget` words (at least 560 overall)."""
    kept, count = [], 0
    for sentence in paragraph.replace(". ", ".\n").split("\n"):
        n = len(sentence.split())
        if count + n > budget:
            break
        kept.append(sentence)
        count += n
    return " ".join(kept)


def generate(count, out_dir, *, seed=1):
    """Write `count` distinct articles into `out_dir`; return their paths."""
    rng = random.Random(seed)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths, seen = [], set()
    index = 0
    while len(paths) < count:
        text = Article(rng, index).render()
        body_words = len(text.split("\n---\n", 1)[-1].split())
        digest = hashlib.sha256(text.encode()).hexdigest()
        if digest in seen or not 560 <= body_words <= 680:
            continue
        seen.add(digest)
        path = out / f"{index:06d}_{digest[:12]}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
        index += 1
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out_dir")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    paths = generate(args.count, args.out_dir, seed=args.seed)
    print(f"{len(paths)} articles written to {args.out_dir}")


if __name__ == "__main__":
    main()
