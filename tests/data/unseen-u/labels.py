"""Hand coding of the twentieth set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them and after the release's last change; never used to
change the codebook or the learned coder. Format as in ../unseen/labels.py; coded to the
convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the
child of the review; recommendations and statements about children in general carry their
learning or practice themes only)."""

LABELS = {
    "glenarden-child-k.txt": [
        (
            "young men she knew only from a group chat",
            [
                "vuln_looked_after",
                "online_contact_strangers",
                "sharing_sexual_images",
                "online_sexual_abuse",
                "platform_messaging",
            ],
            None,
        ),
        (
            "came into care at twelve",
            [
                "vuln_looked_after",
                "vuln_parental_factors",
                "vuln_family_conflict",
                "vuln_previous_abuse",
            ],
            None,
        ),
        ("moved placement four times", ["vuln_looked_after"], None),
        ("wanted very much to belong", ["vuln_isolation"], None),
        ("was added to a group chat", ["platform_messaging"], None),
        ("whom she had never met", ["online_contact_strangers"], None),
        (
            "more mature than the girls her age",
            ["online_grooming", "online_contact_strangers"],
            None,
        ),
        ("later without clothes", ["sharing_sexual_images", "online_sexual_abuse"], None),
        ("passed between pupils at her school", ["sharing_sexual_images"], None),
        ("unless she came to a flat", ["sextortion", "online_sexual_abuse"], None),
        ("reported missing from the children's house", ["vuln_missing"], None),
        ("Return discussions recorded", ["pi_abuse_as_relationship"], None),
        ("took her phone from her at night", ["pi_risk_assessment_online"], None),
        (
            "did not consider who had asked K for them",
            ["sharing_sexual_images", "pi_online_not_explored"],
            None,
        ),
        ("framed her as choosing the contact", ["pi_abuse_as_relationship"], None),
        ("No one asked K who she talked to", ["pi_online_not_explored", "vuln_missing"], None),
        ("had no plan for how K used her phone", ["pi_risk_assessment_online"], None),
        ("each held part of the picture", ["pi_information_sharing"], None),
        ("did not know how the group chat app worked", ["pi_tech_knowledge"], None),
        ("eleven weeks for K's phone to be examined", ["pi_device_delay"], None),
        (
            "ask who the child was with online",
            ["learning_partnership", "pi_online_not_explored"],
            "generic",
        ),
        (
            "a plan for their phone and online life",
            ["learning_social_care", "pi_risk_assessment_online"],
            "generic",
        ),
        ("agree a timescale for examining", ["learning_police", "pi_device_delay"], "generic"),
        (
            "provide training for residential and education staff",
            [
                "learning_partnership",
                "learning_education",
                "learning_social_care",
                "pi_tech_knowledge",
            ],
            "generic",
        ),
        (
            "describe an adult who exploits a child",
            ["pi_abuse_as_relationship", "learning_partnership"],
            "generic",
        ),
    ],
    "kestrel-vale-sam.html": [
        ("separated after years of arguments", ["vuln_family_conflict"], None),
        (
            "Sam had dyslexia",
            ["vuln_send", "vuln_learning_disability", "vuln_school_exclusion"],
            None,
        ),
        ("blamed women and migrants", ["radicalisation_online", "vuln_school_exclusion"], None),
        (
            "memes celebrating mass shootings",
            [
                "radicalisation_online",
                "online_contact_strangers",
                "harmful_content",
                "platform_messaging",
            ],
            None,
        ),
        (
            "a manual for making weapons",
            ["radicalisation_online", "online_contact_strangers", "harmful_content"],
            None,
        ),
        ("Sam had been talking about", ["radicalisation_online"], None),
        ("found a knife and handwritten plans", ["radicalisation_online"], None),
        ("made a Prevent referral", ["pi_prevent"], None),
        ("closed three weeks later", ["pi_prevent", "pi_thresholds"], None),
        ("Nobody looked at what he was watching", ["pi_online_not_explored"], None),
        ("an inbox that nobody checked", ["pi_information_sharing"], None),
        ("no idea what the server was", ["vuln_parental_awareness"], None),
        ("mocked and called names", ["cyberbullying", "platform_messaging"], None),
        (
            "unclear ideology is not a reason",
            ["pi_prevent", "learning_partnership"],
            "generic",
        ),
        ("push a young person towards people", [], "generic"),
        ("only protect children if someone reads them", ["learning_education"], "generic"),
        (
            "Parents need help to understand",
            ["learning_parents", "pi_parents_not_supported"],
            "generic",
        ),
        (
            "ask them what they watch",
            ["pi_online_not_explored", "learning_partnership"],
            "generic",
        ),
        (
            "Share concerns with the Prevent team",
            ["pi_prevent", "learning_partnership"],
            "generic",
        ),
        ("Designated safeguarding leads should check", ["learning_education"], "generic"),
        ("learning event for this review on Microsoft Teams", [], "incidental"),
    ],
    "wyvernmere-baby-e.md": [
        ("met on a dating app", ["platform_dating"], "incidental"),
        (
            "conviction for assaulting a previous partner",
            ["vuln_family_conflict", "pi_information_sharing"],
            None,
        ),
        ("Antenatal classes were offered online", [], "incidental"),
        ("by video call that this was common colic", [], "incidental"),
        ("searched online for help with a crying baby", [], "incidental"),
        ("by text message", [], "incidental"),
        ("the appointment was missed", ["pi_thresholds"], None),
        ("his history was not known to the health services", ["pi_information_sharing"], None),
        ("should lead to a referral the same day", ["pi_thresholds"], "generic"),
        ("played no part in what happened", [], "negated"),
    ],
}
