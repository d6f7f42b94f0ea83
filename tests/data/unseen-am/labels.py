"""Hand coding of the thirty-eighth set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them and after the release's last change to the coder; never
used to change the codebook or the learned coder. Format as in ../unseen/labels.py; coded to the
convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the
child of the review, including where a practice sentence names it; recommendations and statements
about children in general carry their learning or practice themes only). A man posing as a boy on a
social network who flatters a girl in care, has her undress on a webcam and then meets and abuses
her is a stranger grooming and sexually abusing her online; a player posing as a boy of eleven in a
building game who moves a girl of ten to a voice app and sends her a picture of a man's genitals is
a stranger grooming and abusing her through a game; a father who tracks a mother's phone is
controlling her, which is no online harm to the baby. Re-read once, with the sets before set AP,
against the rule for contact and grooming (README), which changed two sentences here."""

LABELS = {
    "weymarsh-child-f.docx": [
        (
            "whom she had come to know through a social networking site",
            [
                "online_contact_strangers",
                "online_grooming",
                "online_sexual_abuse",
                "platform_social_media",
            ],
            None,
        ),
        ("accommodated at the age of eleven", ["vuln_looked_after", "vuln_previous_abuse"], None),
        (
            "accepted a friend request from a man",
            ["online_contact_strangers", "online_grooming", "platform_social_media"],
            None,
        ),
        ("more grown up than other girls", ["online_grooming"], None),
        ("switch on her webcam and to undress", ["online_sexual_abuse"], None),
        ("arranged to meet her in a park", ["online_grooming", "online_sexual_abuse"], None),
        (
            "went missing from the foster home on nine occasions",
            ["vuln_looked_after", "vuln_missing"],
            None,
        ),
        ("always on the laptop in her room", ["pi_online_not_explored"], None),
        ("her boyfriend was thirty and had a car", ["pi_abuse_as_relationship"], None),
        ("did not examine the laptop for a further five months", ["pi_device_delay"], None),
        (
            "convicted of grooming and of sexual activity",
            ["indecent_images", "online_grooming", "online_sexual_abuse"],
            None,
        ),
        ("typical of a teenager in care", ["pi_thresholds", "vuln_looked_after"], None),
        ("consensual relationship with an older man", ["pi_abuse_as_relationship"], None),
        ("groomed through a social networking site", ["pi_tech_knowledge"], None),
        (
            "no training in internet safety",
            ["pi_parents_not_supported", "vuln_parental_awareness"],
            None,
        ),
        ("e-learning module", ["pi_tech_knowledge"], "incidental"),
        ("was contacted by the man", [], "negated"),
        ("risks children face online", ["learning_social_care"], "generic"),
        ("examine devices within four weeks", ["learning_police"], "generic"),
        (
            "describe a child's abuse by an adult as a relationship",
            ["learning_partnership"],
            "generic",
        ),
    ],
    "tolland-isla.html": [
        ("a building game that lots of children", ["platform_gaming"], None),
        (
            "met a player who said he was eleven",
            ["online_contact_strangers", "online_gaming", "online_grooming", "platform_gaming"],
            None,
        ),
        ("his best friend in the game", ["online_gaming", "online_grooming"], None),
        (
            "talk on a voice app instead",
            ["online_gaming", "online_grooming", "platform_messaging"],
            None,
        ),
        ("what she was wearing", ["online_grooming", "online_sexual_abuse"], None),
        (
            "a photo of a man's private parts",
            ["online_gaming", "online_grooming", "online_sexual_abuse"],
            None,
        ),
        ("started wetting the bed", ["vuln_mental_health"], None),
        ("I thought he was a kid like me", ["online_contact_strangers", "online_grooming"], None),
        ("not returned for seven months", ["pi_device_delay"], None),
        ("too young a matter to raise in lessons", ["pi_tech_knowledge"], None),
        (
            "strangers could talk to children in the game",
            ["pi_parents_not_supported", "vuln_parental_awareness"],
            None,
        ),
        ("Even young children can be targeted", ["learning_education"], "generic"),
        ("return it quickly", ["learning_police"], "generic"),
        ("online forum in July 2026", [], "incidental"),
    ],
    "hexworth-baby-j.pdf": [
        ("history of violence towards previous partners", ["vuln_family_conflict"], None),
        ("tracked where she went through a location app", ["vuln_family_conflict"], "incidental"),
        ("recorded this as controlling behaviour", ["pi_information_sharing"], None),
        ("posted photographs of the baby on his social media", [], "incidental"),
        ("took place by video call", [], "incidental"),
        ("through the online portal", ["pi_thresholds"], "incidental"),
        ("found nothing to suggest", [], "negated"),
        ("never brought together", ["pi_information_sharing"], None),
        ("coercive control of the mother", ["vuln_family_conflict"], None),
        ("including through phones", ["learning_health"], "generic"),
    ],
}
