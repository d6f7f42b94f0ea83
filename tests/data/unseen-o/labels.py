"""Hand coding of the fifteenth set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief first coded them; never used to change the codebook or the
learned coder. Format as in ../unseen/labels.py; coded to the convention in ../unseen-g/labels.py
(a harm type goes to sentences that tell what happened to the child of the review;
recommendations and statements about children in general carry their learning or practice
themes only)."""

LABELS = {
    "dunmere-child-w.txt": [
        ("copy things he had watched on his phone", ["pornography"], None),
        ("owned a smartphone since he was nine", ["vuln_age"], None),
        ("Nobody had set any controls on it", ["vuln_parental_awareness"], None),
        ("watching hardcore sex videos most nights", ["pornography", "vuln_age"], None),
        ("the videos came up first when he searched", ["pornography"], None),
        ("recorded this as a behaviour incident", ["pi_thresholds"], None),
        ("up all night on his phone", ["pi_online_not_explored"], None),
        ("history of domestic abuse by W's father", ["vuln_family_conflict"], None),
        ("W had seen his father hit his mother", ["vuln_family_conflict"], None),
        ("asking W what he did on his phone", ["pi_online_not_explored"], None),
        ("raise the subject of pornography", ["pi_online_not_explored"], None),
        ("treated as bad behaviour", ["pi_thresholds"], None),
        ("never put together in one place", ["pi_information_sharing"], None),
        ("does not ask about what children see online", ["pi_risk_assessment_online"], None),
        (
            "access to violent sexual material from a young age",
            ["pornography", "vuln_age", "vuln_family_conflict"],
            None,
        ),
        ("joined it on a video link", [], "incidental"),
        (
            "ask what the child has seen and where",
            ["learning_partnership", "pi_online_not_explored"],
            "generic",
        ),
        (
            "record sexualised behaviour as a safeguarding concern",
            ["learning_education", "pi_thresholds"],
            "generic",
        ),
        (
            "practical help with filters and parental controls",
            ["learning_parents", "pi_parents_not_supported"],
            "generic",
        ),
        (
            "confidence to talk with children about pornography",
            ["learning_partnership", "pi_online_not_explored"],
            "generic",
        ),
    ],
    "harrowfield-ellie.html": [
        ("living in a residential children's home", ["vuln_looked_after"], None),
        ("came into care at twelve", ["vuln_looked_after", "vuln_previous_abuse"], None),
        (
            "set up a profile on an adult dating app",
            ["platform_dating", "online_contact_strangers"],
            None,
        ),
        (
            "met at least six men from the app",
            ["online_contact_strangers", "online_sexual_abuse", "platform_dating"],
            None,
        ),
        ("reported her missing on twenty-two occasions", ["vuln_missing"], None),
        (
            "filmed her during sex",
            [
                "online_sexual_abuse",
                "sharing_sexual_images",
                "indecent_images",
                "platform_social_media",
            ],
            None,
        ),
        ("found by police in a hotel room", ["online_sexual_abuse", "vuln_missing"], None),
        ('"with her boyfriend"', ["pi_abuse_as_relationship"], None),
        ("making her own choices", ["pi_abuse_as_relationship"], None),
        ("did not check them until June", ["pi_thresholds"], None),
        ("scored Ellie at medium risk", ["pi_thresholds"], None),
        (
            "Nobody looked at the apps on her phone",
            ["pi_online_not_explored", "platform_dating"],
            None,
        ),
        ("did not take place for seven weeks", ["pi_thresholds"], None),
        (
            "the men on the app made you feel wanted",
            ["online_grooming", "online_contact_strangers", "vuln_isolation"],
            None,
        ),
        ("when you were reported missing", ["vuln_missing"], None),
        (
            "A child cannot consent to being exploited",
            ["learning_partnership", "pi_abuse_as_relationship"],
            "generic",
        ),
        (
            "their age checks are easy to get round",
            ["learning_platforms", "platform_dating", "vuln_looked_after"],
            "generic",
        ),
        (
            "who the child is talking to online",
            ["learning_partnership", "pi_online_not_explored", "vuln_missing"],
            "generic",
        ),
        (
            "carried out by someone the child trusts",
            ["learning_social_care", "pi_information_sharing"],
            "generic",
        ),
        (
            "require dating apps to check the ages",
            ["learning_platforms", "platform_dating"],
            "generic",
        ),
        ("the partnership's online enquiry form", [], "incidental"),
    ],
    "brantwood-child-p.pdf": [
        ("one on Microsoft Teams", [], "incidental"),
        ("took a photograph of it", [], "incidental"),
        ("accepted this without asking anyone else", ["pi_thresholds"], None),
        ("through the surgery's online system", [], "incidental"),
        ("the information sharing system that would have shown", ["pi_information_sharing"], None),
        ("The images from P's skeletal survey", [], "incidental"),
        ("searched on his phone for how long bruises", [], "incidental"),
        ("buy-and-sell page", [], "incidental"),
        ("accepted each time without being tested", ["pi_information_sharing"], None),
        ("none asked who else", ["pi_information_sharing"], None),
        ("conviction for assaulting a previous partner's child", ["vuln_family_conflict"], None),
        ("available on the partnership's website", [], "incidental"),
        ("harmed through the internet", [], "negated"),
        ("including a short animated guide", ["learning_partnership"], "generic"),
        ("who lives in the household", ["learning_partnership"], "generic"),
        (
            "check the child protection information sharing system",
            ["learning_health", "pi_information_sharing"],
            "generic",
        ),
    ],
}
