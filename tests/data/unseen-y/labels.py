"""Hand coding of the twenty-fourth set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them and after the release's last change; never used to change
the codebook or the learned coder. Format as in ../unseen/labels.py; coded to the convention in
../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the child of the
review, including where a practice sentence names it; recommendations and statements about children
in general carry their learning or practice themes only). Re-read once, with the sets before set
AP, against the rule for contact and grooming (README), which changed one sentence here."""

LABELS = {
    "fenmouth-child-p.html": [
        (
            "She has a mild learning disability",
            ["vuln_learning_disability", "vuln_send"],
            None,
        ),
        (
            "connects users at random for live video conversations",
            ["platform_messaging"],
            None,
        ),
        (
            "several adult men exposed themselves to her on camera",
            ["online_sexual_abuse", "livestreaming", "online_contact_strangers"],
            None,
        ),
        (
            "One man was kind to her and told her she was special",
            ["online_grooming"],
            None,
        ),
        (
            "persuaded her to undress and to perform acts for him",
            ["online_sexual_abuse", "livestreaming", "online_grooming"],
            None,
        ),
        (
            "found recordings of P among the files",
            ["indecent_images", "livestreaming"],
            None,
        ),
        (
            "the school sent her a leaflet about screen time",
            ["pi_parents_not_supported"],
            None,
        ),
        ("nobody asked who those friends were", ["pi_online_not_explored"], None),
        ("did not know that the website existed", ["vuln_parental_awareness"], None),
        ("where she was placed on a waiting list", ["vuln_mental_health"], None),
        (
            "may not recognise that an adult who is kind",
            ["learning_education"],
            "generic",
        ),
        ("may need more help than a leaflet", ["learning_parents"], "generic"),
        ("An EHCP review is a chance to ask", ["learning_education"], "generic"),
        ("The review meetings were held online", [], "incidental"),
        ("accessible online safety resources", ["learning_partnership"], "generic"),
        (
            "include online contact in every EHCP review",
            ["learning_education"],
            "generic",
        ),
        ("about the age checks it carries out", ["learning_platforms"], "generic"),
    ],
    "askerby-young-person-m.docx": [
        ("took an overdose in August 2026", ["vuln_self_harm"], None),
        (
            "was posted after they broke up on an account set up to shame girls",
            ["sharing_sexual_images", "cyberbullying", "platform_social_media"],
            None,
        ),
        ("received messages calling her a slag", ["cyberbullying"], None),
        (
            "told M she had committed an offence by taking the picture",
            ["pi_abuse_as_relationship", "sharing_sexual_images"],
            None,
        ),
        (
            "remind M about the risks of sending images",
            ["pi_abuse_as_relationship"],
            None,
        ),
        ("M had self-harmed once before", ["vuln_self_harm"], None),
        ("no risk assessment was completed", ["pi_risk_assessment_online"], None),
        (
            "did not tell the school about the report for two weeks",
            ["pi_information_sharing"],
            None,
        ),
        ("did not make a referral to children's social care", ["pi_thresholds"], None),
        ("The account stayed up for nineteen days", ["cyberbullying"], None),
        (
            "shared without consent is treated as a victim",
            ["learning_police"],
            "generic",
        ),
        (
            "Schools should report accounts that target their pupils",
            ["learning_education"],
            "generic",
        ),
        (
            "know how to get images of children removed",
            ["learning_partnership"],
            "generic",
        ),
        ("The rapid review meeting was held on Teams", [], "incidental"),
    ],
    "hollinsby-baby-t.pdf": [
        ("was a care leaver", ["vuln_parental_factors"], None),
        (
            "Both parents had grown up with domestic abuse",
            ["vuln_parental_factors"],
            None,
        ),
        ("antenatal sessions were offered online", [], "incidental"),
        ("carried out by video call", [], "incidental"),
        ("read about safe sleep on a parenting website", [], "incidental"),
        ("had been playing video games until about three", [], "incidental"),
        ("examined both parents' phones and social media", [], "negated"),
        ("was not passed to the health visitor", ["pi_information_sharing"], None),
        ("because records were not shared", ["pi_information_sharing"], None),
    ],
}
