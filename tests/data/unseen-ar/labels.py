"""Hand coding of the forty-third set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them and after the release's last change to the coder; never
used to change the codebook or the learned coder. Format as in ../unseen/labels.py; coded to the
convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the
child of the review, including where a practice sentence names it; recommendations and statements
about children in general carry their learning or practice themes only) and to the rule for
contact and grooming in the README. A "producer" on a music chat server who praises a boy's
tracks, sends him software and moves him to private calls is contact and grooming; asking him to
undress on camera is sexual abuse on a live call. Viewers who pay a girl for dares on her game
streams are contact and grooming, and the recordings found on an offenders' site are abuse
images. A toddler's drowning with a video call, a father's gaming and an online portal is no
online harm."""

LABELS = {
    "fenmouth-theo.html": [
        ("a chat server where people shared tracks", ["platform_messaging"], None),
        (
            "said he was a producer in London",
            ["online_contact_strangers", "online_grooming"],
            None,
        ),
        ("paid software and a pack of beats", ["online_grooming"], None),
        ("talk on private calls", ["online_grooming"], None),
        ("take his clothes off", ["livestreaming", "online_sexual_abuse"], None),
        ("better not to mention him", ["online_grooming"], None),
        (
            "at least six other boys in the same way",
            ["online_contact_strangers", "online_grooming"],
            None,
        ),
        ("late nights making music", ["pi_online_not_explored"], None),
        ("no one visited for nine days", ["pi_thresholds"], None),
        ("took place online over two mornings", [], "incidental"),
        ("never asked to meet him in person", [], "negated"),
        ("who gives them feedback and where", ["learning_education"], "generic"),
        ("treated as a report of sexual abuse", ["learning_police"], "generic"),
    ],
    "conwy-valley-ffion.txt": [
        ("began streaming herself playing games", ["livestreaming", "platform_gaming"], None),
        (
            "paid her to do dares while she played",
            ["livestreaming", "online_contact_strangers", "online_gaming", "online_grooming"],
            None,
        ),
        (
            "offered her fifty pounds to show her bra",
            [
                "livestreaming",
                "online_contact_strangers",
                "online_grooming",
                "online_sexual_abuse",
            ],
            None,
        ),
        (
            "share recordings of girls",
            ["indecent_images", "livestreaming", "online_sexual_abuse"],
            None,
        ),
        ("made her feel that people valued her", ["online_grooming"], None),
        ("saw it as a hobby", ["livestreaming", "pi_thresholds"], None),
        ("took no further action", ["pi_thresholds"], None),
        ("held on Teams", [], "incidental"),
        ("never been asked to meet any of the viewers", [], "negated"),
        ("whether anyone pays them and for what", ["learning_partnership"], "generic"),
        ("let strangers pay children", ["learning_parents"], "generic"),
    ],
    "eastholme-child-e.docx": [
        ("on a video call in the kitchen", [], "incidental"),
        ("gaming online with his brother", [], "incidental"),
        ("on social media a week before", ["platform_social_media"], "incidental"),
        ("by telephone and video", [], "incidental"),
        ("through the online portal", [], "incidental"),
        ("no evidence of any online contact", [], "negated"),
        ("dangers of garden ponds", [], "generic"),
    ],
}
