"""Hand coding of the fifty-eighth set of unseen reviews with the online-harm codebook. Written
and coded by hand before casebrief coded them and after the release's last change to the coder
(the rule for online acts aimed at a parent that set BF prompted); measured once before anything
was changed for it. Format as in ../unseen/labels.py; coded to the convention in
../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the child of the
review, including where a practice sentence names it or points back to it; recommendations and
statements about children in general carry their learning or practice themes only) and to the
rule for contact and grooming in the README. A boy of sixteen drawn into a video call, recorded
and asked for gift cards is abuse on camera and sextortion. A girl in foster care watched on a
live video app by men who sent her gifts, and taken by one to a flat, is contact, streaming and
grooming. An autistic boy given game coins by a player, then asked for pictures in the shower,
is gaming, contact, grooming, abuse and image sharing. A girl's overdose in a household where
the mother's former partner tracked and harassed the mother, and a boy's physical abuse where
his father watched the mother on a kitchen camera and shared a video of her crying, are no
online harm.

Recoded on 5 December 2026 to the rule for abuse in person that began online in the README:
online sexual abuse added to the sentence that tells of the flat."""

LABELS = {
    "lough-ardan-young-person-m.pdf": [
        ("anxious about how others saw him", ["vuln_mental_health"], None),
        (
            "accepted a follow request",
            ["online_contact_strangers", "platform_social_media"],
            None,
        ),
        (
            "encouraged to undress",
            ["livestreaming", "online_sexual_abuse", "sextortion"],
            None,
        ),
        ("demanded two hundred pounds", ["sextortion"], None),
        ("paid part of the sum", ["sextortion"], None),
        ("tried to take his own life", ["vuln_self_harm"], None),
        (
            "nobody asked what had been on his phone",
            ["pi_online_not_explored", "sextortion", "vuln_self_harm"],
            None,
        ),
        ("learned of the demands only", ["pi_information_sharing", "sextortion"], None),
        ("not examined for eleven weeks", ["pi_device_delay"], None),
        ("most often targeted", ["learning_partnership"], "generic"),
        ("Delays in examining", ["pi_device_delay"], "generic"),
    ],
    "brackwater-child-r.docx": [
        ("in foster care since", ["vuln_looked_after"], None),
        ("attention deficit", ["vuln_school_exclusion", "vuln_send"], None),
        (
            "broadcasting herself singing",
            ["livestreaming", "online_contact_strangers"],
            None,
        ),
        (
            "Two men who watched her",
            ["online_contact_strangers", "online_grooming", "platform_messaging"],
            None,
        ),
        ("mature for her age", ["online_grooming"], None),
        (
            "collected her from a retail park",
            ["online_grooming", "online_sexual_abuse"],
            None,
        ),
        ("reported her missing", ["vuln_missing"], None),
        (
            "recorded them as gifts from a boyfriend",
            ["online_grooming", "pi_abuse_as_relationship"],
            None,
        ),
        ("did not cover who she had been talking to", ["pi_online_not_explored"], None),
        (
            "privacy settings",
            ["pi_parents_not_supported", "pi_tech_knowledge"],
            None,
        ),
        ("should be treated as signs of exploitation", ["learning_partnership"], "generic"),
        ("Foster carers need practical support", ["learning_parents"], "generic"),
    ],
    "eskdale-ethan.html": [
        (
            "happiest playing a building game",
            ["online_contact_strangers", "online_gaming", "platform_gaming", "vuln_autism"],
            None,
        ),
        (
            "gave Ethan rare items",
            ["online_contact_strangers", "online_gaming", "online_grooming", "platform_gaming"],
            None,
        ),
        ("pictures of himself in the shower", ["online_grooming", "online_sexual_abuse"], None),
        (
            "kept the arrangement secret",
            ["online_grooming", "online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("saw the messages when she borrowed", ["online_grooming"], None),
        (
            "saw it as his special interest",
            ["online_contact_strangers", "pi_online_not_explored", "vuln_autism"],
            None,
        ),
        ("take rules literally", ["learning_partnership"], "generic"),
        ("who they talk to in the games", ["learning_partnership"], "generic"),
    ],
    "tarnby-child-g.txt": [
        ("after an overdose", ["vuln_self_harm"], None),
        ("left an abusive relationship", ["vuln_family_conflict"], None),
        ("fitted a tracker to her car", ["vuln_family_conflict"], "incidental"),
        ("felt responsible for keeping", ["vuln_family_conflict", "vuln_mental_health"], None),
        ("was held online", [], "incidental"),
        ("through the online portal", [], "incidental"),
        ("found nothing of concern", [], "negated"),
        ("carry its weight", [], "generic"),
    ],
    "pelham-cross-callum.md": [
        ("drank heavily", ["vuln_family_conflict", "vuln_parental_factors"], None),
        ("kept a camera in the kitchen", ["vuln_family_conflict"], "incidental"),
        ("shared a video of her crying", ["vuln_family_conflict"], "incidental"),
        ("on the school app", [], "incidental"),
        ("did not connect them with violence", ["vuln_family_conflict"], None),
        ("exposed to anything harmful online", [], "negated"),
    ],
}
