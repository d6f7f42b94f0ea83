"""Hand coding of the sixteenth set of unseen reviews with the online-harm codebook. Written and
coded by hand after the last change it is measured on and before casebrief coded them; never
used to change the codebook or the learned coder. Format as in ../unseen/labels.py; coded to the
convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the
child of the review; recommendations and statements about children in general carry their
learning or practice themes only)."""

LABELS = {
    "fallowmere-child-k.docx": [
        ("posted anonymous comments about girls in her year", ["cyberbullying"], None),
        ("nobody would care if she disappeared", ["cyberbullying"], None),
        ("removed from her form's group chat", ["cyberbullying", "platform_messaging"], None),
        ("stay in the toilets during breaks", ["vuln_isolation"], None),
        ("found cuts on her arms", ["vuln_self_harm"], None),
        ("pages that showed other girls' cuts", ["harmful_content"], None),
        ("took an overdose", ["vuln_mental_health", "vuln_self_harm"], None),
        ("told them to block it", ["pi_thresholds"], None),
        ("did not ask about her phone", ["pi_online_not_explored"], None),
        ("offered by video call", [], "incidental"),
        ("were not told about the account", ["pi_information_sharing"], None),
        ("bullying that followed K home every night", ["cyberbullying", "pi_thresholds"], None),
        ("Nobody asked the platform to take the account down", ["pi_thresholds"], None),
        (
            "did not know about the self-harm pages",
            ["harmful_content", "pi_online_not_explored"],
            None,
        ),
        (
            "no idea how to report the account",
            ["pi_parents_not_supported", "vuln_parental_awareness"],
            None,
        ),
        ("twice on Teams", [], "incidental"),
        (
            "treat anonymous accounts that target a pupil as bullying",
            ["learning_education", "pi_thresholds"],
            "generic",
        ),
        (
            "what they look at online and who they talk to",
            ["learning_health", "pi_online_not_explored"],
            "generic",
        ),
        (
            "reporting harmful accounts to platforms",
            ["learning_parents", "pi_parents_not_supported"],
            "generic",
        ),
    ],
    "ravensworth-young-person-y.txt": [
        ("was excluded from his secondary school", ["vuln_school_exclusion"], None),
        ("beside a flag used by an extreme right wing group", ["radicalisation_online"], None),
        ("men who blamed migrants and women", ["radicalisation_online"], None),
        (
            "shared memes about race war",
            ["online_contact_strangers", "radicalisation_online"],
            None,
        ),
        (
            "sent Y manuals on making weapons",
            ["online_contact_strangers", "radicalisation_online"],
            None,
        ),
        ("thought it was a phase", ["vuln_parental_awareness"], None),
        ("belonged to a neo-Nazi group", ["radicalisation_online"], None),
        ("closed because Y said the symbol was a joke", ["pi_prevent", "pi_thresholds"], None),
        (
            "nobody looked at the accounts he followed",
            ["pi_information_sharing", "pi_online_not_explored", "pi_prevent"],
            None,
        ),
        ("never had training on extremism", ["pi_prevent", "pi_tech_knowledge"], None),
        ("was held virtually in June", [], "incidental"),
        ("no evidence that Y had planned an attack", [], "negated"),
        ("hours alone online", ["vuln_isolation", "vuln_school_exclusion"], None),
        (
            "how extreme content reaches children",
            ["learning_partnership", "pi_tech_knowledge"],
            "generic",
        ),
        (
            "should see all the information agencies hold",
            ["learning_partnership", "pi_information_sharing", "pi_prevent"],
            "generic",
        ),
        (
            "drawn into extremist views online",
            ["learning_parents", "pi_parents_not_supported"],
            "generic",
        ),
    ],
    "oldcastle-children-s-and-t.pdf": [
        ("researched the symptoms online", [], "incidental"),
        ("ordered from an online pharmacy abroad", [], "incidental"),
        ("most appointments were video consultations", [], "incidental"),
        ("fundraising page on social media", [], "incidental"),
        ("through the hospital's patient app", [], "incidental"),
        ("missed more than half of their first year", ["vuln_school_exclusion"], None),
        ("no one brought the records together", ["pi_information_sharing"], None),
        ("closed because the mother was engaging", ["pi_thresholds"], None),
        ("this was not recorded", ["pi_information_sharing"], None),
        ("exposed to any harm through the internet", [], "negated"),
        ("practitioner event for this review was held online", [], "incidental"),
        (
            "share records across hospitals",
            ["learning_health", "pi_information_sharing"],
            "generic",
        ),
        (
            "should not close a referral about possible fabricated illness",
            ["learning_social_care", "pi_thresholds"],
            "generic",
        ),
    ],
}
