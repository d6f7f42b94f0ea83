"""Hand coding of the fifth set of unseen reviews with the online-harm codebook. Written and
coded before the changes measured on it, and never used to change the codebook or the learned
coder. Format as in ../unseen/labels.py.

Recoded once, on 1 December 2026, to the convention written down with set G (see
../unseen-g/labels.py): harm types go to sentences that tell what happened to the child of the
review. Removed: sextortion, image sharing, gaming and grooming from three recommendations and two
statements about children in general. Figures before and after are in the README. Re-read once,
with the sets before set AP, against the rule for contact and grooming (README), which changed one
sentence here.

Re-read on 7 December 2026 against the rule for requests for pictures and for sentences that point
back to someone already introduced (docs/measured-quality.md, "Requests for pictures, and pointing
back"): one sentence gained *online sexual abuse* on the scam's opening request for a picture."""

LABELS = {
    "eastmere-kieran.docx": [
        (
            "a stranger began demanding money from him",
            ["sextortion", "online_contact_strangers"],
            None,
        ),
        ("placed on a waiting list", ["vuln_mental_health"], None),
        ("sleeping badly and had lost interest", ["vuln_mental_health"], None),
        ("set up no controls on his phone", ["vuln_parental_awareness"], None),
        (
            "accepted a follow request on Instagram",
            ["online_contact_strangers", "platform_social_media"],
            None,
        ),
        (
            "moved quickly from football to flirting",
            ["online_grooming", "online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("sent a photograph of himself without clothes", ["sharing_sexual_images"], None),
        ("Almost at once the tone changed", ["sextortion"], None),
        ("transferred fifty pounds", ["sextortion"], None),
        ("more than a hundred messages and voice notes", ["sextortion"], None),
        ("Friends who were chatting with him", [], "incidental"),
        ("advised the family to block the account", ["pi_thresholds"], None),
        ("had not taken a report of this kind before", ["pi_tech_knowledge"], None),
        (
            "one of dozens run from abroad",
            ["sextortion", "online_contact_strangers"],
            None,
        ),
        ("pressing several Year 10 boys", ["sharing_sexual_images"], None),
        (
            "the parents of the boys approached were not told",
            ["pi_parents_not_supported", "pi_online_not_explored"],
            None,
        ),
        (
            "the triage notes covered sleep",
            ["pi_online_not_explored", "pi_risk_assessment_online"],
            None,
        ),
        ("no history of self-harm", [], "negated"),
        ("financially driven blackmail", ["vuln_age"], "generic"),
        (
            "None of the professionals who knew Kieran",
            ["pi_online_not_explored", "vuln_parental_awareness"],
            None,
        ),
        ("treated the matter as a nuisance account", ["pi_thresholds"], None),
        ("online safeguarding course for its coaches", [], "incidental"),
        ("practitioner event over Teams", [], "incidental"),
        ("call handlers treat a report", ["learning_police"], None),
        ("add questions about contact and pressure", ["learning_health"], None),
        (
            "asked for intimate pictures",
            ["learning_education", "learning_parents"],
            None,
        ),
        (
            "run a campaign for parents and young people",
            ["learning_partnership", "learning_parents"],
            None,
        ),
        (
            "write to the platform",
            ["learning_platforms", "learning_partnership"],
            None,
        ),
    ],
    "saltley-fen-poppy.html": [
        ("hard to make and keep friends", ["vuln_isolation"], None),
        ("diagnosis of ADHD", ["vuln_send", "vuln_autism"], None),
        ("a building game on the family tablet", ["platform_gaming"], None),
        (
            "a player who said he was eleven",
            ["online_grooming", "online_gaming", "online_contact_strangers", "platform_gaming"],
            None,
        ),
        ("grown-ups would stop her playing", ["online_grooming"], None),
        (
            "move their chats to a different app",
            ["online_grooming", "platform_messaging"],
            None,
        ),
        (
            "film herself dancing",
            ["online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("join a video call", ["livestreaming", "online_sexual_abuse"], None),
        ("given a crime reference number", ["pi_parents_not_supported"], None),
        ("not examined for nine months", ["pi_device_delay"], None),
        (
            "the platform had reported the account",
            ["pi_iioc_response", "pi_information_sharing"],
            None,
        ),
        ("several hundred indecent images", ["indecent_images", "online_contact_strangers"], None),
        ("Poppy's brother was ever contacted", [], "negated"),
        (
            "Nobody at school knew anything",
            ["pi_online_not_explored", "vuln_age"],
            None,
        ),
        ("thought the chat could only be", ["vuln_parental_awareness"], None),
        ("using the tablet until midnight", ["pi_online_not_explored"], None),
        ("did not know how the game's chat worked", ["pi_tech_knowledge"], None),
        (
            "focused on the father's supervision",
            ["pi_risk_assessment_online", "pi_thresholds"],
            None,
        ),
        ("closed after six weeks", ["pi_thresholds"], None),
        (
            "Children as young as Poppy",
            ["vuln_age"],
            "generic",
        ),
        ("emailed her father each Friday", [], "incidental"),
        ("was held online at her father's request", [], "incidental"),
        ("Primary schools will include questions", ["learning_education"], None),
        ("how long seized devices wait", ["learning_police", "pi_device_delay"], None),
        ("Social care assessments after online sexual abuse", ["learning_social_care"], None),
        (
            "ask the national agency and the platform",
            ["learning_partnership", "learning_platforms"],
            None,
        ),
        ("chat in games will be shared", ["learning_parents"], None),
    ],
    "brackenholt-child-s.txt": [
        ("police were called twice", ["vuln_family_conflict"], None),
        ("had drunk heavily", ["vuln_parental_factors"], None),
        ("teased S about her weight", [], "incidental"),
        ("online reporting system", [], "incidental"),
        ("began cutting her arms", ["vuln_self_harm"], None),
        ("diagnosed depression", ["vuln_mental_health"], None),
        ("took place by video call", [], "incidental"),
        ("attendance in the final year", ["vuln_school_exclusion"], None),
        ("reported missing twice", ["vuln_missing"], None),
        ("each held part of the picture", ["pi_information_sharing"], None),
        ("judged not to meet the threshold", ["pi_thresholds"], None),
        ("closed S's case in April", ["pi_thresholds"], None),
        ("found nothing suggesting", [], "negated"),
        ("watching make-up videos", [], "incidental"),
        ("no evidence that it continued online", [], "negated"),
        ("existing notification scheme", ["learning_partnership"], None),
        ("without first speaking to the referrer", ["learning_health"], None),
        ("learning event on this review online", [], "incidental"),
    ],
}
