"""Hand coding of the fourteenth set of unseen reviews with the online-harm codebook. Written and
coded by hand after the last change it is measured on and before casebrief coded them; never used
to change the codebook or the learned coder. Format as in ../unseen/labels.py; coded to the
convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the
child of the review; recommendations and statements about children in general carry their learning
or practice themes only). Re-read once, with the sets before set AP, against the rule for contact
and grooming (README), which changed one sentence here."""

LABELS = {
    "hartmoor-child-e.md": [
        ("has a diagnosis of autism", ["vuln_autism"], None),
        (
            "found by police the next morning at a service station",
            ["online_grooming", "online_sexual_abuse"],
            None,
        ),
        (
            "in the chat of a block-building game",
            ["online_gaming", "online_contact_strangers", "online_grooming", "platform_gaming"],
            None,
        ),
        (
            "talk on Discord instead",
            ["online_grooming", "platform_messaging"],
            None,
        ),
        (
            "the only person who understood him",
            ["online_grooming", "online_sexual_abuse"],
            None,
        ),
        ("E deleted the messages every night", ["online_grooming"], None),
        ("bought her train tickets online", ["online_grooming"], None),
        ("Nobody knew who E talked to in the game.", ["pi_online_not_explored"], None),
        ('her gaming as her "safe space"', ["pi_online_not_explored"], None),
        (
            "did not know that the game had a chat",
            ["vuln_parental_awareness", "platform_messaging"],
            None,
        ),
        ("a boyfriend in Year 11 who lives far away", ["online_grooming"], None),
        ("did not pass it on", ["pi_information_sharing"], None),
        ("the agencies met on Teams", [], "incidental"),
        (
            "Autistic children may take what someone says online",
            ["learning_partnership", "vuln_autism", "pi_online_not_explored"],
            "generic",
        ),
        (
            "pass on a disclosure of a secret or distant boyfriend",
            ["learning_education", "pi_information_sharing"],
            "generic",
        ),
        (
            "chat features in popular games",
            ["learning_parents", "pi_parents_not_supported"],
            "generic",
        ),
    ],
    "selby-vale-child-h.html": [
        (
            "an app that generates fake nude pictures",
            ["sharing_sexual_images", "indecent_images"],
            None,
        ),
        (
            "The images were shared in a group chat",
            ["sharing_sexual_images", "cyberbullying", "platform_messaging"],
            None,
        ),
        ("calling her a slut", ["cyberbullying"], None),
        ("accounts she did not recognise", ["cyberbullying", "online_contact_strangers"], None),
        ("cuts to her thighs", ["vuln_self_harm", "vuln_school_exclusion"], None),
        ("bereaved of her father", ["vuln_previous_abuse"], None),
        ("treated the images as a prank", ["pi_thresholds"], None),
        ("no referral was made to the police", ["pi_thresholds"], None),
        ("computer-generated sexual images of children are illegal", ["pi_tech_knowledge"], None),
        ("it stayed up for eleven days", ["learning_platforms"], None),
        ("was not told what the images showed", ["pi_parents_not_supported"], None),
        ("not about anything happening online", ["pi_online_not_explored"], None),
        ("most of them by video call", [], "incidental"),
        ("no evidence that the boys had sent the images", [], "negated"),
        ("Fake images can do the same harm", ["learning_partnership"], "generic"),
        (
            "help to get images removed",
            ["learning_partnership", "learning_platforms"],
            "generic",
        ),
        (
            "Parents need to be told promptly",
            ["learning_parents", "pi_parents_not_supported"],
            "generic",
        ),
        ("recognise a fake nude image", ["learning_partnership"], "generic"),
        ("have an image taken down", ["learning_partnership"], "generic"),
    ],
    "eastbridge-baby-l.docx": [
        (
            "previous convictions for violence and the mother's depression",
            ["vuln_family_conflict", "vuln_parental_factors"],
            None,
        ),
        ("read about safe sleep online", [], "incidental"),
        ("advice on a parenting forum", [], "incidental"),
        ("played games online with friends", [], "incidental"),
        ("drunk several cans of lager", ["vuln_parental_factors"], None),
        ("done by video call and did not include the father", [], "incidental"),
        ("was not shared with the health visitor", ["pi_information_sharing"], None),
        ("sent through the online portal", [], "incidental"),
        ("nothing to suggest that either parent had been harmed", [], "negated"),
        ("safer sleep e-learning", [], "incidental"),
    ],
}
