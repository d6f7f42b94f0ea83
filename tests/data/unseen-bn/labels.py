"""Hand coding of the sixty-fifth set of unseen reviews with the online-harm codebook. Written
and coded by hand before casebrief coded them and after the changes that set BM prompted;
measured once before anything was changed for it. Format as in ../unseen/labels.py; coded to the
convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the
child of the review, including where a practice sentence names it or points back to it;
recommendations and statements about children in general carry their learning or practice
themes only) and to the rule for contact and grooming in the README. A neglected girl of twelve
befriended in a building game by a man posing as a boy, who had her undress on camera and then
threatened to show the recordings, is gaming, contact, grooming, streamed abuse, online sexual
abuse and sexual extortion. A girl of fifteen stopped at an airport on her way to meet a man
she had talked to online for a year is contact and grooming. A boy of fifteen recruited to carry
drugs through a post on a video app is contact and grooming. A boy's stabbing after selling
drugs, with a glossary that defines online abuse in general, and a boy's drowning after a party,
with friends' videos, location data and unanswered messages, are no online harm."""

LABELS = {
    "quarrydene-child-h.pdf": [
        ("Their mother has misused alcohol", ["vuln_parental_factors"], None),
        ("playing a game in which players build", ["platform_gaming"], None),
        (
            "A player who said he was fourteen",
            ["online_contact_strangers", "online_gaming", "online_grooming"],
            None,
        ),
        (
            "turn on the tablet's camera and to undress",
            ["livestreaming", "online_sexual_abuse"],
            None,
        ),
        ("show the recordings to her school", ["sextortion"], None),
        ("a man of thirty-eight", ["online_contact_strangers"], None),
        ("saw the tablet only as one of the few things", ["pi_online_not_explored"], None),
        (
            "H's use of the tablet was never discussed",
            ["pi_online_not_explored", "pi_risk_assessment_online"],
            None,
        ),
        ("not what she did in the evenings", ["pi_online_not_explored"], None),
        ("copied over without a fresh assessment", ["pi_risk_assessment_online"], None),
        ("Neglect leaves children without an adult", ["learning_social_care"], "generic"),
        ("games with chat functions", ["learning_partnership", "pi_tech_knowledge"], "generic"),
    ],
    "hartwell-child-k.html": [
        ("diagnosed as autistic", ["vuln_autism"], None),
        (
            "a man she had been talking to online for a year",
            ["online_contact_strangers", "online_grooming"],
            None,
        ),
        ("told her to tell nobody", ["online_grooming"], None),
        (
            "a fan forum for an animated series",
            ["online_contact_strangers", "online_grooming", "platform_messaging"],
            None,
        ),
        ("called her his fiancée", ["online_grooming"], None),
        ("take her phone away at night", ["online_grooming", "pi_thresholds"], None),
        ("No referral was made", ["pi_thresholds"], None),
        ("read the man's intentions", ["online_grooming", "vuln_autism"], None),
        ("not as a matter of screen time", ["learning_education"], "generic"),
        ("who a young person with autism is talking to", ["learning_partnership"], "generic"),
    ],
    "fenwick-child-l.md": [
        (
            "answered a post on a video app",
            ["online_contact_strangers", "online_grooming", "platform_social_media"],
            None,
        ),
        ("sent him a phone number", ["online_contact_strangers", "online_grooming"], None),
        ("did not ask how L had been recruited", ["pi_online_not_explored"], None),
        ("starts with a post on social media", ["learning_partnership"], "generic"),
    ],
    "sandcombe-child-j.docx": [
        ("excluded from two schools", ["vuln_school_exclusion"], None),
        ("the referrals were not seen together", ["pi_information_sharing"], None),
        ("was not invited to the strategy meeting", ["pi_information_sharing"], None),
        ("in person or through technology", [], "generic"),
        ("over the internet in order to abuse", [], "generic"),
        ("unless they pay money or send more images", [], "generic"),
    ],
    "lowmoor-child-m.txt": [
        ("videos his friends had posted on Snapchat", [], "incidental"),
        ("His friends messaged him several times", [], "incidental"),
        ("treated for depression", ["vuln_mental_health"], None),
        ("closed the case in April", ["pi_thresholds"], None),
        ("bullied, exploited or harmed online", [], "negated"),
        ("did not take account of his history", ["pi_thresholds"], None),
    ],
}
