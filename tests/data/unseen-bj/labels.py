"""Hand coding of the sixty-first set of unseen reviews with the online-harm codebook. Written
and coded by hand before casebrief coded them and after the changes that set BI prompted;
measured once before anything was changed for it. Format as in ../unseen/labels.py; coded to the
convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the
child of the review, including where a practice sentence names it or points back to it;
recommendations and statements about children in general carry their learning or practice
themes only) and to the rule for contact and grooming in the README. A girl of fifteen added to
a group chat that advertised parties, where men groomed her, abused her and passed the
recordings round, is contact, grooming, online sexual abuse, indecent images and image sharing.
A boy of thirteen with a learning disability befriended by a player in a building game, made to
undress on camera and to film his sister, is gaming, contact, grooming, streamed abuse, online
sexual abuse and indecent images. A girl of twelve whose classmates made a naked picture of her
with an app is image sharing and cyberbullying. A boy's death on an e-scooter, with tributes,
location data and a friend's video, and a baby's death on a sofa, with a safe-sleep video, video
contacts, a cot bought online and a family group chat, are no online harm."""

LABELS = {
    "glen-sedge-kirsty.pdf": [
        ("raped by several men", ["online_sexual_abuse"], None),
        ("compulsory supervision order", ["vuln_looked_after"], None),
        (
            "advertised parties in flats",
            ["online_contact_strangers", "platform_messaging"],
            None,
        ),
        ("praising her looks", ["online_contact_strangers", "online_grooming"], None),
        ("others recorded it on their phones", ["indecent_images", "online_sexual_abuse"], None),
        ("her first name in the caption", ["indecent_images", "sharing_sexual_images"], None),
        ("went missing from home eleven times", ["vuln_missing"], None),
        (
            "who had been in touch with Kirsty",
            ["online_contact_strangers", "pi_online_not_explored"],
            None,
        ),
        (
            "did not ask about the group or the men",
            ["online_contact_strangers", "pi_online_not_explored"],
            None,
        ),
        ("did not request the app's records", ["pi_device_delay"], None),
        ("invitations through group chats", ["learning_partnership"], "generic"),
    ],
    "lisnagarry-child-k.docx": [
        ("moderate learning disability", ["vuln_learning_disability", "vuln_send"], None),
        ("playing one with an open chat", ["platform_gaming"], None),
        (
            "A player calling himself Dex",
            ["online_contact_strangers", "online_gaming", "online_grooming"],
            None,
        ),
        (
            "turn on his camera and take his clothes off",
            ["livestreaming", "online_grooming", "online_sexual_abuse"],
            None,
        ),
        ("film his younger sister", ["indecent_images", "online_sexual_abuse"], None),
        ("found the films on the family tablet", ["indecent_images"], None),
        (
            "said nothing about the internet",
            ["pi_risk_assessment_online", "vuln_learning_disability"],
            None,
        ),
        (
            "a new online friend who sent him presents",
            ["online_contact_strangers", "online_grooming", "pi_online_not_explored"],
            None,
        ),
        ("how the child uses games and apps", ["learning_social_care"], "generic"),
    ],
    "bramblecote-harper.html": [
        (
            "an app that makes people look undressed",
            ["cyberbullying", "sharing_sexual_images"],
            None,
        ),
        ("comments about her body", ["cyberbullying", "sharing_sexual_images"], None),
        ("cut her thighs", ["vuln_self_harm"], None),
        (
            "did not report the picture to the police",
            ["pi_parents_not_supported", "sharing_sexual_images"],
            None,
        ),
        ("focused on the cuts", ["pi_online_not_explored"], None),
        ("a made-up naked image", ["learning_education"], "generic"),
    ],
    "kilnhurst-young-person-d.txt": [
        ("tributes were posted on social media", [], "incidental"),
        ("location data from his phone", [], "incidental"),
        ("posted a video of D doing tricks", [], "incidental"),
        ("made on an online form", [], "incidental"),
        ("exploited, groomed or harmed online", [], "negated"),
    ],
    "sedgeford-baby-m.md": [
        ("had been drinking at a family party", ["vuln_parental_factors"], None),
        ("online video about safe sleep", [], "incidental"),
        ("took place by video", [], "incidental"),
        ("second-hand cot online", [], "incidental"),
        ("in the family group chat", [], "incidental"),
        ("harmed online or that images of him", [], "negated"),
    ],
}
