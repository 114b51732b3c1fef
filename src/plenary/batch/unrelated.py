"""Stories about everything else — sport, weather, markets, science, culture, roads — from
templates, with their own names and numbers, in English and Russian, as most of an archive is.

They name states and capitals (as most news does) but none of the organizations, bodies, people
or honours the prefilter looks for.
"""

from __future__ import annotations

import random

GIVEN = (
    "Laura",
    "Marco",
    "Priya",
    "Tomas",
    "Aiko",
    "Jonas",
    "Elena",
    "Samuel",
    "Nadia",
    "Oscar",
    "Ingrid",
    "Rafael",
    "Chloe",
    "Mateo",
    "Hannah",
    "Kofi",
    "Lucia",
    "Ivo",
    "Greta",
    "Felix",
)
FAMILY = (
    "Bennett",
    "Silva",
    "Raman",
    "Novotny",
    "Tanaka",
    "Berg",
    "Costa",
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Hartmann",
    "Quinn",
    "Duarte",
    "Fischer",
    "Kowalski",
    "Aalto",
    "Brennan",
)
CITIES = (
    "Lyon",
    "Porto",
    "Denver",
    "Osaka",
    "Leeds",
    "Bergen",
    "Turin",
    "Adelaide",
    "Valencia",
    "Rotterdam",
    "Gdansk",
    "Cork",
    "Graz",
    "Quebec",
    "Seville",
    "Hamburg",
    "Brno",
    "Kyoto",
)
COUNTRIES = (
    "Brazil",
    "India",
    "China",
    "Russia",
    "Kazakhstan",
    "Germany",
    "Japan",
    "Canada",
    "Italy",
    "Spain",
    "Norway",
    "Chile",
    "Kenya",
    "Mexico",
    "Poland",
    "Portugal",
)
TEAMS = ("Rovers", "United", "Athletic", "Wanderers", "Rangers", "City", "Albion", "Dynamo")
COMPANIES = (
    "Northwind Foods",
    "Bluepeak Energy",
    "Corvid Systems",
    "Harbor Logistics",
    "Lumen Pharma",
    "Greenfield Motors",
    "Atlas Textiles",
    "Silverline Telecom",
)

TOPICS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "sport": (
        (
            "{city} {team} beat {city2} {team2} {n}-{m} in late thriller",
            "{person} scores twice as {city} {team} stay top",
        ),
        (
            "{city} {team} came from behind to beat {city2} {team2} {n}-{m} on {weekday}.",
            "{person} scored in the {minute}th minute after a long ball from {person2}.",
            "The crowd of {big} saw the home side miss a penalty before the break.",
            "Coach {person2} said the squad had shown character in difficult conditions.",
            "The result leaves {city} {team} {n} points clear with {m} games left.",
            "{city2} {team2} have now lost {n} of their last {k} matches away from home.",
            "Tickets for the next home game against {city} {team} sold out within {k} hours.",
        ),
    ),
    "weather": (
        ("Storm brings {n} cm of rain to {city}", "Heatwave pushes {city} past {t} degrees"),
        (
            "Forecasters in {city} warned of {n} cm of rain over the next {k} days.",
            "Temperatures reached {t} degrees on {weekday}, the highest since {year}.",
            "Several roads near {city2} were closed after flooding, the local council said.",
            "{person}, a meteorologist, said the system would move east by {weekday}.",
            "About {big} households lost power for several hours.",
            "Schools in the region will reopen on {weekday} if the rain eases.",
            "Farmers in {country} fear losses of up to {n} percent of the harvest.",
        ),
    ),
    "markets": (
        (
            "{company} shares jump {n}% after earnings beat",
            "{company} to cut {big} jobs as sales slow",
        ),
        (
            "Shares in {company} rose {n}% in early trading on {weekday}.",
            "The company reported quarterly revenue of {m}.{k} billion dollars.",
            "Analyst {person} said demand in {country} had held up better than expected.",
            "{company} plans to open {k} new plants in {city} and {city2} by {year2}.",
            "The broader index closed {k}.{n} percent higher.",
            "Chief executive {person2} told investors margins would improve next year.",
            "The firm employs about {big} people worldwide.",
        ),
    ),
    "science": (
        (
            "Researchers in {city} map {big} new species of beetle",
            "Telescope in {country} spots comet {n} times brighter than forecast",
        ),
        (
            "A team led by {person} at the University of {city} published the findings"
            " on {weekday}.",
            "The study followed {big} samples collected over {k} years.",
            "The results suggest the effect is {n} times stronger than earlier estimates.",
            "{person2}, who was not involved, called the work careful and convincing.",
            "The project received funding of {m} million euros from a private foundation.",
            "Further observations are planned from {city2} in {year2}.",
        ),
    ),
    "culture": (
        (
            "{city} film festival opens with {n} premieres",
            "Novelist {person} wins {city} book prize",
        ),
        (
            "The festival in {city} opened on {weekday} with {n} premieres and {k} retrospectives.",
            "Director {person} presented a documentary about fishermen in {country}.",
            "Organisers expect {big} visitors over the {k} days.",
            "Critic {person2} praised the programme as the strongest in a decade.",
            "Tickets cost between {n} and {m} euros.",
            "The closing gala will be held at the old opera house in {city2}.",
        ),
    ),
    "roads": (
        (
            "New bridge in {city} to open {n} months late",
            "{city} approves {m} million plan for cycle lanes",
        ),
        (
            "The bridge across the river in {city} will open {n} months later than planned.",
            "Engineer {person} said steel deliveries from {country} had been delayed.",
            "The project is now expected to cost {m} million euros, up from {k} million.",
            "About {big} vehicles a day are expected to use the crossing.",
            "Residents of {city2} have complained about noise from night work.",
            "Mayor {person2} promised a public meeting on {weekday}.",
        ),
    ),
}
RUSSIAN: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("В {ru_city} открылся новый парк", "Синоптики обещают похолодание в {ru_city}"),
    (
        "В {ru_city} в {weekday_ru} открылся новый парк площадью {n} гектаров.",
        "На строительство потратили {m} миллионов рублей, сообщили в мэрии.",
        "В парке высадили более {big} деревьев и кустарников.",
        "Синоптики ожидают, что температура опустится до минус {k} градусов.",
        "Жители района давно просили благоустроить набережную.",
        "Следующий этап работ завершат к {year2} году.",
    ),
)
RU_CITIES = ("Казани", "Самаре", "Перми", "Томске", "Омске", "Тюмени", "Ярославле")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAYS_RU = ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу")


def _fill(template: str, rng: random.Random) -> str:
    city, city2 = rng.sample(CITIES, 2)
    team, team2 = rng.sample(TEAMS, 2)
    return template.format(
        city=city,
        city2=city2,
        team=team,
        team2=team2,
        person=f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
        person2=f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
        country=rng.choice(COUNTRIES),
        company=rng.choice(COMPANIES),
        weekday=rng.choice(WEEKDAYS),
        weekday_ru=rng.choice(WEEKDAYS_RU),
        ru_city=rng.choice(RU_CITIES),
        n=rng.randint(1, 9),
        m=rng.randint(2, 95),
        k=rng.randint(2, 12),
        t=rng.randint(28, 44),
        minute=rng.randint(10, 89),
        big=f"{rng.randint(1, 90)},{rng.randint(0, 999):03d}",
        year=rng.randint(1950, 2015),
        year2=rng.randint(2026, 2032),
    )


def unrelated_story(rng: random.Random) -> tuple[str, str, str]:
    """(title, text, language): a headline line, then 6-10 paragraphs of 2-3 sentences."""
    russian = rng.random() < 0.1
    titles, sentences = RUSSIAN if russian else TOPICS[rng.choice(tuple(TOPICS))]
    title = _fill(rng.choice(titles), rng)
    paragraphs = [
        " ".join(_fill(s, rng) for s in rng.sample(sentences, rng.randint(2, 3)))
        for _ in range(rng.randint(6, 10))
    ]
    return title, title + "\n\n" + "\n\n".join(paragraphs), "ru" if russian else "en"
