"""Synthetic news articles for the tests: invented sentences from a few templates.

Each article has a traveller (title + name), two or three cities visited on Monday,
Tuesday, Wednesday, and a background sentence naming another place that is not a stop.
Articles are dated Friday 2022-05-06: the engine reads a weekday as the last one on or
before the article's date, so the stops' days are in trip order.
"""

import random

NAMES = ["Ada Quill", "Boris Lindqvist", "Carmen Okafor", "Dmitri Fontaine",
         "Elena Haddad", "Farid Moreau", "Grace Varga", "Hiro Castillo"]
CITIES = ["Paris", "Berlin", "Madrid", "Vienna", "Nairobi", "Cairo", "Tokyo", "Lima",
          "Ottawa", "Hanoi", "Lisbon", "Oslo"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def article(i, seed=0):
    """(text, traveller, stops) of article number i."""
    rng = random.Random(seed * 1000 + i)
    name = NAMES[i % len(NAMES)]
    stops = rng.sample(CITIES, rng.choice([2, 3]))
    elsewhere = rng.choice([c for c in CITIES if c not in stops])
    lines = [f"Foreign Minister {name} flew to {stops[0]} on {DAYS[0]} for talks on trade."]
    lines.append(f"Officials in {elsewhere} said last year that the talks would be hard.")
    for k, city in enumerate(stops[1:], start=1):
        lines.append(f"{name.split()[1]} then travelled to {city} on {DAYS[k]}.")
    lines.append("A spokesman declined to comment on the visit.")
    return " ".join(lines), name, stops


def corpus(n, seed=0):
    """n articles as dicts with id, text and date, and the expected traveller and stops."""
    out = []
    for i in range(n):
        text, name, stops = article(i, seed)
        out.append({"id": f"s{i}", "text": text, "date": "2022-05-06",
                    "traveller": name, "stops": stops})
    return out
