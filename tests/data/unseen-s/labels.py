"""Hand coding of the eighteenth set of unseen reviews with the online-harm codebook. Written and
coded by hand after the last change it is measured on and before casebrief coded them; never used
to change the codebook or the learned coder. Format as in ../unseen/labels.py; coded to the
convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the
child of the review; recommendations and statements about children in general carry their learning
or practice themes only). Re-read once, with the sets before set AP, against the rule for contact
and grooming (README), which changed two sentences here.

Re-read on 7 December 2026 against the rule for requests for pictures and for sentences that point
back to someone already introduced (docs/measured-quality.md, "Requests for pictures, and pointing
back"): this set gained *online sexual abuse* and lost *sextortion* on the scam's opening request,
which holds no threat, and lost *online contact with strangers* on the account's threat, which
points back to the account."""

LABELS = {
    "glanhafren-child-o.docx": [
        (
            "a girl he did not know added him on Instagram",
            ["online_contact_strangers", "platform_social_media"],
            None,
        ),
        ("They chatted for an hour", ["online_grooming"], None),
        (
            "asked for one back",
            ["online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("Within minutes the conversation changed", ["sextortion"], None),
        (
            "everyone would see it unless he paid",
            ["sextortion"],
            None,
        ),
        ("O paid forty pounds", ["sextortion"], None),
        ("The demands went on through the night", ["sextortion"], None),
        ("cuts to his forearm", ["vuln_self_harm"], None),
        ("advised O to block the account", ["pi_thresholds"], None),
        (
            "describes O as having sent an indecent image",
            ["pi_abuse_as_relationship", "pi_thresholds", "sharing_sexual_images"],
            None,
        ),
        (
            "did not ask O what had happened before he cut himself",
            ["pi_online_not_explored", "vuln_self_harm"],
            None,
        ),
        ("had never heard of this kind of blackmail", ["vuln_parental_awareness"], None),
        ("the referral waited a week", ["pi_thresholds"], None),
        (
            "not the adults who tricked him",
            ["pi_abuse_as_relationship", "sharing_sexual_images"],
            None,
        ),
        ("once over Teams", [], "incidental"),
        (
            "ask young people who self-harm about threats",
            ["learning_health", "pi_online_not_explored"],
            "generic",
        ),
        (
            "treat a child who is blackmailed with an image as a victim",
            ["learning_police", "pi_abuse_as_relationship"],
            "generic",
        ),
        ("Report Remove service", ["learning_education", "learning_parents"], "generic"),
    ],
    "wealdham-child-f.txt": [
        ("sometimes online", [], "incidental"),
        ("had uploaded child abuse material", ["indecent_images"], None),
        ("graded as medium priority", ["pi_iioc_response"], None),
        (
            "suspected of sharing child abuse images",
            ["indecent_images", "pi_information_sharing", "pi_iioc_response"],
            None,
        ),
        ("they were not linked to anything at home", ["pi_information_sharing"], None),
        ("videos Mr D had made of himself abusing F", ["indecent_images"], None),
        (
            "shared some of these videos with other men",
            ["indecent_images", "online_sexual_abuse"],
            None,
        ),
        ("no idea what he did on his computer", ["vuln_parental_awareness"], None),
        ("The delay in acting on the intelligence", ["pi_iioc_response"], None),
        ("as a child protection matter", ["pi_iioc_response"], None),
        ("his laptop was for work", ["vuln_parental_awareness"], None),
        ("no evidence that F had been contacted", [], "negated"),
        (
            "check within 48 hours",
            ["learning_police", "pi_iioc_response"],
            "generic",
        ),
        (
            "should be told at once",
            ["learning_social_care", "pi_information_sharing"],
            "generic",
        ),
        ("online learning event", [], "incidental"),
    ],
    "ferncastle-baby-h.html": [
        ("offered a video contact", [], "incidental"),
        ("through its online reporting form", [], "incidental"),
        ("closed after one unannounced visit", ["pi_thresholds"], None),
        ("through an online supermarket", [], "incidental"),
        ("playing games online with friends", [], "incidental"),
        ("social media posts", [], "incidental"),
        ("no evidence that either parent had shared images", [], "negated"),
        ("can disappear from view", [], "generic"),
        ("closed after a single unanswered visit", ["pi_thresholds"], None),
        ("never put together", ["pi_information_sharing"], None),
        ("misses two contacts in a row", [], "generic"),
        ("until the baby has been seen", ["pi_thresholds"], "generic"),
    ],
}
