#!/usr/bin/env python3
"""Invented news articles as JSONL, for measuring `itinera analyze --jsonl`.

    python3 tools/batch/gen.py 2000 > /tmp/articles.jsonl
    python3 tools/batch/gen.py 20000 --seed 7 > /tmp/articles-20k.jsonl

Each line is {"id": "gen-N", "text": "...", "date": "YYYY-MM-DD"}: an article of about
ten to twenty sentences built from templates (an official travels to two to four
cities on named weekdays, with background sentences about other places and people).
Every sentence is made up here; the names are random combinations of short lists.
Deterministic for a given seed. Standard library only.
"""

import argparse
import datetime
import json
import random
import sys

GIVEN = ["Ada", "Boris", "Carmen", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines",
         "Jonas", "Kemi", "Luca", "Maya", "Nadia", "Omar", "Priya", "Rafael", "Sofia",
         "Tomas", "Yara"]
FAMILY = ["Albrecht", "Brennan", "Castillo", "Demir", "Eklund", "Fontaine", "Garvey",
          "Haddad", "Ivers", "Jansen", "Kowal", "Lindqvist", "Moreau", "Nakamura",
          "Okafor", "Petrov", "Quintero", "Rasmussen", "Sato", "Varga"]
TITLES = ["President", "Prime Minister", "Foreign Minister", "Secretary of State",
          "Trade Minister", "Chancellor", "Defence Minister"]
CITIES = ["Paris", "Berlin", "Madrid", "Rome", "Vienna", "Warsaw", "Nairobi", "Cairo",
          "Lagos", "Tokyo", "Seoul", "Jakarta", "Manila", "Lima", "Bogota", "Santiago",
          "Ottawa", "Canberra", "Hanoi", "Ankara", "Athens", "Lisbon", "Dublin", "Oslo",
          "Helsinki", "Prague", "Budapest", "Bucharest", "Amman", "Doha", "Nairobi",
          "Accra", "Dakar", "Brasilia", "Montevideo", "Quito", "Wellington", "Bangkok"]
COUNTRIES = ["France", "Germany", "Spain", "Italy", "Austria", "Poland", "Kenya", "Egypt",
             "Nigeria", "Japan", "Peru", "Chile", "Canada", "Turkey", "Greece", "Norway"]
TOPICS = ["trade", "energy prices", "a fishing dispute", "climate finance",
          "grain exports", "a border agreement", "water rights", "vaccine supplies",
          "shipping lanes", "debt relief"]
GROUPS = ["the United Nations", "NATO", "the World Bank", "the African Union",
          "the European Union", "the IMF"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

TRAVEL_FIRST = [
    "{who} flew to {city} on {day} for talks on {topic}.",
    "{who} arrived in {city} on {day}, the first stop of a tour focused on {topic}.",
    "{who} landed in {city} on {day} to discuss {topic} with local leaders.",
]
TRAVEL_NEXT = [
    "{pron} then travelled to {city} on {day}.",
    "On {day}, {pron_l} headed to {city} for a meeting with officials from {group}.",
    "From there {pron_l} flew on to {city}, arriving on {day}.",
    "The delegation moved on to {city} on {day}, where {pron_l} met business leaders.",
]
TRAVEL_LAST = [
    "{pron} returned to {home} on {day}.",
    "{pron} is due back in {home} on {day}.",
    "The trip ends in {city} on {day}.",
]
BACKGROUND = [
    "Officials in {country} have long argued that {topic} needs a regional answer.",
    "Last year, talks on {topic} stalled after a dispute involving {country}.",
    "{other} said in {city2} that the plan would cost more than expected.",
    "Analysts expect {group} to publish a report on {topic} next month.",
    "Protesters gathered outside the ministry in {home} before the trip began.",
    "A spokesman for {group} declined to comment on the visit.",
    "Markets in {country} rose slightly on news of the meeting.",
    "{other}, who visited {city2} in 2019, called the talks a first step.",
    "The talks follow a difficult winter for farmers across {country}.",
    "Reporters travelling with the delegation were briefed on the plane.",
]


def person(rng):
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def article(rng, date):
    name = person(rng)
    title = rng.choice(TITLES)
    pron = rng.choice(["He", "She"])
    home = rng.choice(COUNTRIES)
    stops = rng.sample(CITIES, rng.randint(2, 4))
    first_day = rng.randint(0, 3)
    fill = dict(topic=rng.choice(TOPICS), group=rng.choice(GROUPS), home=home,
                pron=pron, pron_l=pron.lower())
    sentences = [f"{title} {name} of {home} set out this week on a tour of "
                 f"{len(stops)} capitals."]

    def background(k):
        for _ in range(k):
            sentences.append(rng.choice(BACKGROUND).format(
                country=rng.choice(COUNTRIES), city2=rng.choice(CITIES),
                other=f"{rng.choice(TITLES)} {person(rng)}", **fill))

    who = f"{title} {name}"
    sentences.append(rng.choice(TRAVEL_FIRST).format(
        who=who, city=stops[0], day=DAYS[first_day], **fill))
    background(rng.randint(1, 3))
    for i, city in enumerate(stops[1:], start=1):
        sentences.append(rng.choice(TRAVEL_NEXT).format(
            city=city, day=DAYS[min(first_day + i, 6)], **fill))
        background(rng.randint(1, 3))
    sentences.append(rng.choice(TRAVEL_LAST).format(
        city=stops[-1], day=DAYS[min(first_day + len(stops), 6)], **fill))
    background(rng.randint(2, 4))
    dateline = f"{stops[0].upper()} ({date:%B} {date.day}, {date.year}) -- "
    paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
    return dateline + "\n\n".join(paragraphs)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("count", type=int, help="how many articles")
    ap.add_argument("--seed", type=int, default=20, help="random seed (default 20)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    start = datetime.date(2018, 1, 1)
    out = sys.stdout
    for i in range(args.count):
        date = start + datetime.timedelta(days=rng.randint(0, 2500))
        line = {"id": f"gen-{i}", "text": article(rng, date), "date": date.isoformat()}
        out.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
