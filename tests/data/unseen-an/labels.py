"""Hand coding of the thirty-ninth set of unseen reviews with the online-harm codebook. Written
and coded by hand before casebrief coded them and after the release's last change to the coder;
never used to change the codebook or the learned coder. Format as in ../unseen/labels.py; coded
to the convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened
to the child of the review, including where a practice sentence names it; recommendations and
statements about children in general carry their learning or practice themes only). Older players
who mock an autistic boy in a racing game's voice chat, sell his cars and tell him nobody wants
him alive are bullying him through a game; a boyfriend who films sex without the girl knowing and
sends the clip on is sharing an image of her sexual abuse, and older boys who threaten to send it
round her school unless she carries drugs, then post it when she refuses, are extorting her with
it; a mother's phone, posts and monitor app are no online harm to her neglected toddler."""

LABELS = {
    "pellbridge-oliver.txt": [
        ("He is autistic and goes to a mainstream", ["vuln_autism", "vuln_send"], None),
        ("one online racing game more than anything", ["platform_gaming"], None),
        ("tried to hang himself", ["vuln_self_harm"], None),
        (
            "older players on the racing game started to follow",
            ["cyberbullying", "online_gaming", "platform_gaming"],
            None,
        ),
        (
            "mimicked the way he speaks",
            ["cyberbullying", "online_gaming", "platform_gaming", "vuln_autism"],
            None,
        ),
        ("sold all the cars he had saved up for", ["cyberbullying", "online_gaming"], None),
        ("nobody wanted him alive", ["cyberbullying", "online_gaming"], None),
        ("thought it was part of the game", ["vuln_parental_awareness"], None),
        ("the racing boys", ["cyberbullying"], None),
        ("did not pass it to the safeguarding lead", ["pi_information_sharing"], None),
        ("waiting list of nine months", ["vuln_mental_health"], None),
        ("Nobody asked Oliver what happened when he was playing", ["pi_online_not_explored"], None),
        ("did not know that players can talk to each other", ["pi_tech_knowledge"], None),
        (
            "never been told how to block or report",
            ["pi_parents_not_supported", "vuln_parental_awareness"],
            None,
        ),
        ("anti-bullying policy was last updated", ["pi_risk_assessment_online"], None),
        ("being picked on in a game", ["learning_education"], "generic"),
        ("whether anyone is hurting them online", ["learning_health"], "generic"),
        ("short sessions on the settings in popular games", ["learning_parents"], "generic"),
        ("strategy meeting was held on Teams", [], "incidental"),
        ("did not find any messages from adults", [], "negated"),
    ],
    "marlstone-sienna.docx": [
        ("going missing overnight", ["vuln_missing", "vuln_school_exclusion"], None),
        ("met through friends at the skate park", [], None),
        (
            "filmed the two of them having sex",
            ["online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("unless she carried packages for them", ["sextortion"], None),
        (
            "the matter was between her and her boyfriend",
            ["pi_abuse_as_relationship", "sharing_sexual_images"],
            None,
        ),
        (
            "The clip appeared on an account",
            ["platform_social_media", "sextortion", "sharing_sexual_images"],
            None,
        ),
        ("still not been examined", ["pi_device_delay"], None),
        (
            "treated the video as a falling-out",
            ["pi_abuse_as_relationship", "sextortion", "sharing_sexual_images"],
            None,
        ),
        (
            "a recording made without consent and shared is a crime",
            ["pi_thresholds", "sharing_sexual_images"],
            None,
        ),
        ("the return interview was offered online", ["vuln_missing"], "incidental"),
        ("was not linked to the school's concerns", ["pi_information_sharing"], None),
        ("no one she met online was involved", [], "negated"),
        (
            "threat to share a sexual recording of a child",
            ["learning_education", "learning_police"],
            "generic",
        ),
        ("controlled through images", ["learning_social_care"], "generic"),
        ("examine the phones of exploited children", ["learning_police"], "generic"),
    ],
    "brackwater-toddler-w.html": [
        ("who drinks heavily", ["vuln_parental_factors"], None),
        ("two were offered by video call", [], "incidental"),
        ("online application form", [], "incidental"),
        ("spent most of the day on her phone", [], "incidental"),
        ("posts on social media, which showed a clean flat", [], "incidental"),
        ("baby monitor app", [], "incidental"),
        ("Photographs posted online tell professionals nothing", [], "generic"),
        ("on our website", [], "incidental"),
    ],
}
