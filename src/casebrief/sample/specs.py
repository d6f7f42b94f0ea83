"""The fictional reviews in the sample corpus: who, where, when, which story and which format."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Spec:
    key: str
    family: str
    format: str  # pdf | docx | html
    nation: str
    partnership: str
    cover_type: str  # review type as printed on the cover
    review_type: str  # canonical type (metadata.REVIEW_TYPES)
    year: int
    month: str
    child: str  # pseudonym as used in the text
    age: int
    gender: str  # female | male
    platform: str = "Snapchat"
    platform2: str = "TikTok"
    incidental: int = 0  # incidental or negated online mentions to scatter through the text
    extra: int = 0  # additional analysis depth (longer reports)


E_SCR = ("England", "Serious Case Review", "serious case review")
E_CSPR = ("England", "Local Child Safeguarding Practice Review", "child safeguarding practice review")
W_CPR = ("Wales", "Extended Child Practice Review", "child practice review")
S_SCR = ("Scotland", "Significant Case Review", "significant case review")
S_LR = ("Scotland", "Learning Review", "learning review")
NI_CMR = ("Northern Ireland", "Case Management Review", "case management review")


def _spec(key, family, fmt, kind, partnership, year, month, child, age, gender, **kw) -> Spec:
    nation, cover, canonical = kind
    return Spec(key, family, fmt, nation, partnership, cover, canonical, year, month, child, age,
                gender, **kw)


SPECS: list[Spec] = [
    # Online harm is a key factor.
    _spec("northshire-child-r", "grooming", "pdf", E_CSPR, "Northshire Safeguarding Children Partnership", 2021, "March", "Child R", 13, "female", platform="Snapchat", extra=2),
    _spec("eastmoor-ellie", "images_suicide", "pdf", E_SCR, "Eastmoor Local Safeguarding Children Board", 2017, "June", "Ellie", 15, "female", platform="Instagram", platform2="Tumblr"),
    _spec("kingsford-child-k", "sextortion", "pdf", E_CSPR, "Kingsford Safeguarding Children Partnership", 2023, "October", "Child K", 16, "male", platform="Instagram"),
    _spec("afonwen-child-m", "harmful_content", "pdf", W_CPR, "Afonwen Regional Safeguarding Children Board", 2019, "May", "Child M", 15, "female", platform="Instagram", platform2="Pinterest", extra=1),
    _spec("glenmoray-child-j", "cyberbullying", "docx", S_SCR, "Glenmoray Child Protection Committee", 2016, "November", "Child J", 12, "male", platform="WhatsApp", platform2="Facebook"),
    _spec("wexley-child-s", "online_to_offline_cse", "html", E_CSPR, "Wexley Safeguarding Children Partnership", 2022, "February", "Child S", 14, "female", platform="Instagram"),
    _spec("ashvale-child-d", "perpetrator_iioc", "pdf", E_SCR, "Ashvale Local Safeguarding Children Board", 2018, "September", "Child D", 8, "female"),
    _spec("lough-erne-child-b", "gaming", "pdf", NI_CMR, "Safeguarding Board for Northern Ireland", 2020, "July", "Child B", 12, "male", platform="Xbox Live"),
    _spec("brinkton-mia", "grooming", "docx", E_CSPR, "Brinkton Safeguarding Children Partnership", 2022, "April", "Mia", 14, "female", platform="TikTok"),
    _spec("strathcarron-child-c", "sextortion", "pdf", S_LR, "Strathcarron Child Protection Committee", 2024, "January", "Child C", 15, "male", platform="Snapchat"),
    _spec("calderbridge-child-l", "images_suicide", "html", E_CSPR, "Calderbridge Safeguarding Children Partnership", 2020, "December", "Child L", 14, "female", platform="Snapchat", platform2="YouTube"),
    # Other themes; several mention online matters only in passing or to rule them out.
    _spec("northshire-child-p", "neglect", "pdf", E_SCR, "Northshire Local Safeguarding Children Board", 2015, "April", "Child P", 9, "male", incidental=2),
    _spec("eastmoor-baby-t", "infant_injury", "pdf", E_CSPR, "Eastmoor Safeguarding Children Partnership", 2021, "August", "Baby T", 4, "male", incidental=1),
    _spec("kingsford-child-a", "domestic_abuse", "pdf", E_SCR, "Kingsford Local Safeguarding Children Board", 2016, "March", "Child A", 7, "female", incidental=2),
    _spec("wexley-jack", "criminal_exploitation", "pdf", E_CSPR, "Wexley Safeguarding Children Partnership", 2023, "May", "Jack", 16, "male", incidental=3, extra=2),
    _spec("afonwen-child-g", "adolescent_suicide", "pdf", W_CPR, "Afonwen Regional Safeguarding Children Board", 2018, "February", "Child G", 15, "male", incidental=3),
    _spec("glenmoray-child-f", "cse_offline", "pdf", S_SCR, "Glenmoray Child Protection Committee", 2019, "October", "Child F", 15, "female", incidental=2),
    _spec("ashvale-child-e", "neglect", "docx", E_CSPR, "Ashvale Safeguarding Children Partnership", 2022, "September", "Child E", 6, "female", incidental=0),
    _spec("brinkton-baby-n", "infant_injury", "pdf", E_SCR, "Brinkton Local Safeguarding Children Board", 2017, "January", "Baby N", 3, "female"),
    _spec("calderbridge-child-h", "domestic_abuse", "html", E_CSPR, "Calderbridge Safeguarding Children Partnership", 2021, "June", "Child H", 10, "male", incidental=1),
    _spec("mynydd-child-w", "neglect", "pdf", W_CPR, "Mynydd Regional Safeguarding Children Board", 2020, "November", "Child W", 11, "male", incidental=1),
    _spec("lough-erne-child-q", "domestic_abuse", "pdf", NI_CMR, "Safeguarding Board for Northern Ireland", 2017, "May", "Child Q", 5, "female"),
    _spec("strathcarron-child-v", "criminal_exploitation", "pdf", S_LR, "Strathcarron Child Protection Committee", 2023, "March", "Child V", 15, "male", incidental=2),
    _spec("northshire-kai", "adolescent_suicide", "docx", E_CSPR, "Northshire Safeguarding Children Partnership", 2024, "February", "Kai", 16, "male", incidental=2, extra=1),
    _spec("eastmoor-child-y", "cse_offline", "pdf", E_SCR, "Eastmoor Local Safeguarding Children Board", 2015, "December", "Child Y", 14, "female", incidental=1),
    _spec("kingsford-baby-z", "infant_injury", "html", E_CSPR, "Kingsford Safeguarding Children Partnership", 2022, "July", "Baby Z", 5, "male"),
    _spec("wexley-child-u", "neglect", "pdf", E_CSPR, "Wexley Safeguarding Children Partnership", 2020, "October", "Child U", 7, "female", incidental=2, extra=3),
    _spec("mynydd-child-o", "criminal_exploitation", "docx", W_CPR, "Mynydd Regional Safeguarding Children Board", 2021, "April", "Child O", 16, "male", incidental=1),
    _spec("ashvale-child-x", "domestic_abuse", "pdf", E_CSPR, "Ashvale Safeguarding Children Partnership", 2023, "November", "Child X", 9, "male", incidental=2),
    _spec("calderbridge-sophie", "adolescent_suicide", "pdf", E_SCR, "Calderbridge Local Safeguarding Children Board", 2018, "August", "Sophie", 14, "female", incidental=3),
    _spec("glenmoray-child-i", "neglect", "html", S_LR, "Glenmoray Child Protection Committee", 2022, "May", "Child I", 4, "male", incidental=1),
    _spec("brinkton-child-n2", "cse_offline", "pdf", E_CSPR, "Brinkton Safeguarding Children Partnership", 2021, "January", "Child N2", 15, "female", incidental=2),
]
