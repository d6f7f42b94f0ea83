"""Hand coding of the thirty-second set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them and after the release's last change to the coder; never
used to change the codebook or the learned coder. Format as in ../unseen/labels.py; coded to the
convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the
child of the review, including where a practice sentence names it; recommendations and statements
about children in general carry their learning or practice themes only). Men in an online server
who draw a boy into admiring attackers and into hatred of other faiths, and set him tasks, are
radicalising and grooming him; the videos of real attacks they share are harmful content as well.
Re-read once, with the sets before set AP, against the rule for contact and grooming (README),
which changed one sentence here."""

LABELS = {
    "ashwick-child-n.html": [
        ("taking an overdose of her mother's tablets", ["vuln_self_harm"], None),
        (
            "set up a chat that included most of her class but not N",
            ["cyberbullying", "platform_messaging"],
            None,
        ),
        ("They ran a poll in the chat", ["cyberbullying"], None),
        ("everyone would be happier if she was not around", ["cyberbullying"], None),
        (
            "follow accounts that posted drawings and short videos",
            ["harmful_content", "platform_social_media"],
            None,
        ),
        ("she kept her sleeves down", ["vuln_mental_health", "vuln_self_harm"], None),
        (
            "recorded the matter as a friendship issue",
            ["cyberbullying", "pi_information_sharing"],
            None,
        ),
        (
            "did not ask about her phone or what she was seeing on it",
            ["pi_online_not_explored", "vuln_mental_health"],
            None,
        ),
        ("said nothing about the accounts she followed", ["pi_risk_assessment_online"], None),
        ("The police were not told about the messages", ["pi_information_sharing"], None),
        ("met in person and online over four months", [], "incidental"),
        (
            "no one had ever spoken to her about what girls",
            ["pi_parents_not_supported", "vuln_parental_awareness"],
            None,
        ),
        ("Treat the exclusion and mockery of a child", ["learning_education"], "generic"),
        ("ask what they are looking at and who is contacting them", ["learning_health"], "generic"),
        ("Safety plans after self-harm should cover", ["learning_health"], "generic"),
    ],
    "thornmere-ryan.docx": [
        ("finish what others started", ["radicalisation_online"], None),
        (
            "Ryan is autistic",
            ["vuln_autism", "vuln_mental_health", "vuln_school_exclusion", "vuln_send"],
            None,
        ),
        (
            "spent most nights in a chat server",
            [
                "online_contact_strangers",
                "online_grooming",
                "platform_messaging",
                "radicalisation_online",
            ],
            None,
        ),
        ("shared videos of real attacks", ["harmful_content", "radicalisation_online"], None),
        ("people of other faiths were replacing", ["radicalisation_online"], None),
        (
            "who called himself a commander",
            ["online_contact_strangers", "online_grooming", "radicalisation_online"],
            None,
        ),
        ("friends who listened to him", ["online_grooming", "vuln_isolation"], None),
        (
            "language about other religions that frightened her",
            ["radicalisation_online", "vuln_autism"],
            None,
        ),
        ("counter-terrorism programme was discussed", ["pi_prevent", "vuln_isolation"], None),
        ("did not ask what Ryan did online", ["pi_online_not_explored"], None),
        ("each held part of the picture", ["pi_information_sharing"], None),
        ("had no idea what the server was", ["vuln_parental_awareness"], None),
        ("took place by video call in July", [], "incidental"),
        ("through its online journal", [], "incidental"),
        ("know how to ask about online groups", ["learning_partnership"], "generic"),
        ("make referrals to the counter-terrorism programme", ["learning_education"], "generic"),
    ],
    "brindlecote-child-k.pdf": [
        ("held by video call", ["vuln_family_conflict"], "incidental"),
        ("sold children's clothes on an online marketplace", [], "incidental"),
        ("online learning platform", ["vuln_school_exclusion"], "incidental"),
        ("watched cartoons on his mother's tablet", [], "incidental"),
        ("did not make a referral", ["pi_thresholds"], None),
        ("Probation did not tell children's social care", ["pi_information_sharing"], None),
        ("through the online reporting form", [], "incidental"),
        ("was not shared with the agencies", ["pi_information_sharing"], None),
        ("were not escalated", ["pi_thresholds"], None),
        ("harmed or contacted through the internet", [], "negated"),
    ],
}
