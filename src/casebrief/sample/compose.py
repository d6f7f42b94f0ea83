"""A spec and the text pools become a review's structure: cover, sections, numbered paragraphs.
Renderers turn that structure into PDF, DOCX or HTML; truth.json comes from the specs."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from casebrief.sample import generic
from casebrief.sample.specs import Spec
from casebrief.sample.themes_online import FAMILIES as ONLINE_FAMILIES
from casebrief.sample.themes_other import FAMILIES as OTHER_FAMILIES
from casebrief.sample.themes_other import HARD_NEGATIVES

FICTION_NOTICE = (
    "FICTIONAL CASE REVIEW - written to test software. All people, places, agencies and events "
    "in this document are invented; any resemblance to real cases is coincidental."
)
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
AUTHORS = [
    "Jane Holloway",
    "Dr Martin Price",
    "Aisha Khan",
    "Peter Lindqvist",
    "Ruth Okafor",
    "Sian Morgan",
    "David Fraser",
    "Helen Carr",
]


@dataclass
class SectionSource:
    heading: str
    paragraphs: list[str | tuple[str, str]] = field(
        default_factory=list
    )  # text, or (sub-heading, "")


@dataclass
class ReviewSource:
    spec: Spec
    cover: list[str]
    title: str
    running_header: str
    sections: list[SectionSource]


def family(spec: Spec) -> dict:
    return ONLINE_FAMILIES.get(spec.family) or OTHER_FAMILIES[spec.family]


def is_online(spec: Spec) -> bool:
    return spec.family in ONLINE_FAMILIES


def _slots(spec: Spec) -> dict[str, str]:
    female = spec.gender == "female"
    quoted = spec.child.split()[0] not in {"Child", "Baby"}
    month_index = MONTHS.index(spec.month)
    return {
        "C": spec.child,
        "he": "she" if female else "he",
        "He": "She" if female else "He",
        "him": "her" if female else "him",
        "his": "her" if female else "his",
        "His": "Her" if female else "His",
        "himself": "herself" if female else "himself",
        "platform": spec.platform,
        "platform2": spec.platform2,
        "school": [
            "Riverside Academy",
            "St Anne's High School",
            "Millbrook School",
            "Hillcrest Community College",
        ][len(spec.key) % 4],
        "age": str(spec.age),
        "partnership": spec.partnership,
        "Y0": str(spec.year - 3),
        "Y1": str(spec.year - 2),
        "Y2": str(spec.year - 1),
        "month_before": MONTHS[(month_index + 5) % 12],
        "quoted": "yes" if quoted else "",
    }


def compose(spec: Spec) -> ReviewSource:
    rng = random.Random(spec.key)
    slots = _slots(spec)
    fam = family(spec)

    def fill(text: str) -> str:
        return text.format(**slots)

    child_line = f"'{spec.child}'" if slots["quoted"] else spec.child
    author = rng.choice(AUTHORS)
    cover = [
        FICTION_NOTICE,
        spec.partnership,
        spec.cover_type,
        child_line,
        f"Independent reviewer: {author}",
        f"Published: {spec.month} {spec.year}",
    ]
    title = f"{spec.cover_type}: {child_line}"

    age_phrase = f"{spec.age} months" if spec.family == "infant_injury" else f"{spec.age} years"
    intro = [
        fill(fam["incident"]),
        f"At the time of the incident {spec.child} was {age_phrase} old.",
        fill(rng.choice(generic.COMMISSIONED)),
    ]
    if slots["quoted"]:
        intro.append(
            f"In this report the child is referred to as '{spec.child}', a name chosen with the family."
        )
    intro += [
        fill(rng.choice(generic.SCOPE)),
        fill(rng.choice(generic.METHOD)),
        fill(rng.choice(generic.FAMILY_VOICE)),
        fill(rng.choice(generic.PARALLEL)),
    ]
    background = [fill(p) for p in fam["background"]]
    background.append(fill(rng.choice(generic.VOICE_OF_CHILD)))
    background.append(fill(fam["vulnerability"]))

    episodes: list[str | tuple[str, str]] = [
        "This section summarises the key practice episodes: the periods of professional involvement "
        "that are most significant for learning. They are presented in date order."
    ]
    details = list(generic.AGENCY_DETAIL)
    rng.shuffle(details)
    for number, (heading, text) in enumerate(fam["episodes"], start=1):
        episodes.append((f"Key practice episode {number}: {heading}", ""))
        episodes.append(fill(text))
        episodes.append(fill(details[number % len(details)]))
    hard = rng.sample(HARD_NEGATIVES, 4 + spec.incidental)
    for kind, sentence in hard:
        if kind != "generic":
            episodes.insert(rng.randrange(2, len(episodes) + 1), fill(sentence))

    analysis_pool = list(generic.ANALYSIS)
    rng.shuffle(analysis_pool)
    analysis = [fill(p) for p in fam["analysis"]] + [
        fill(p) for p in analysis_pool[: 2 + spec.extra]
    ]
    analysis += [fill(sentence) for kind, sentence in hard if kind == "generic"]

    findings: list[str | tuple[str, str]] = []
    for number, (heading, text) in enumerate(fam["findings"], start=1):
        findings.append((f"Finding {number}: {heading}", ""))
        findings.append(fill(text))
    learning = [fill(p) for p in fam["learning"]]
    learning += [fill(p) for p in rng.sample(generic.GENERIC_LEARNING, 2)]
    learning.append(fill(rng.choice(generic.GOOD_PRACTICE)))
    recommendations = [
        f"Recommendation {n}: {fill(text)}"
        for n, text in enumerate(
            fam["recommendations"] + rng.sample(generic.GENERIC_RECOMMENDATIONS, 2), start=1
        )
    ]
    glossary = [f"{abbr}: {meaning}" for abbr, meaning in generic.GLOSSARY]
    tor = [fill(q) for q in generic.TOR_QUESTIONS]

    sections = [
        SectionSource("1. Introduction", intro),
        SectionSource("2. The child and family", background),
        SectionSource("3. Key practice episodes", episodes),
        SectionSource("4. Analysis", analysis),
        SectionSource("5. Findings", findings),
        SectionSource("6. Learning", learning),
        SectionSource("7. Recommendations", recommendations),
        SectionSource("Appendix A: Glossary", glossary),
        SectionSource("Appendix B: Terms of reference", tor),
    ]
    return ReviewSource(spec, cover, title, f"{spec.partnership} | {title}", sections)


def truth_entry(spec: Spec) -> dict:
    fam = family(spec)
    src = compose(spec)
    online = is_online(spec)
    age_unit = "months" if spec.family == "infant_injury" else "years"
    return {
        "file": f"{spec.key}.{spec.format}",
        "fictional": True,
        "metadata": {
            "title": src.title,
            "partnership": spec.partnership,
            "area": None
            if "Northern Ireland" in spec.partnership
            else spec.partnership.split(" ")[0],
            "nation": spec.nation,
            "review_type": spec.review_type,
            "year": spec.year,
            "child_pseudonyms": [spec.child],
            "child_age": f"{spec.age} {age_unit}",
            "child_gender": spec.gender,
        },
        "family": spec.family,
        "themes": list(fam["themes"]),
        "key_factors": {"online-harm": online, "neglect": spec.family == "neglect"},
        "online_mentions": "key_factor" if online else "incidental_or_negated",
    }
