"""Hand coding of the thirty-fourth set of unseen reviews with the online-harm codebook. Written
and coded by hand before casebrief coded them and after the release's last change to the coder;
never used to change the codebook or the learned coder. Format as in ../unseen/labels.py; coded
to the convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened
to the child of the review, including where a practice sentence names it; recommendations and
statements about children in general carry their learning or practice themes only). A man who
joins a boy's games as a boy of fourteen, sends him coins and gift codes, moves him to a voice
app, asks for pictures and then meets and assaults him is contact with a stranger, grooming,
contact through gaming and sexual abuse that began online; a boyfriend's videos of men
strangling women during sex are pornography; a video of a girl undressed, filmed by him and
passed round her year, is sexual images shared."""

LABELS = {
    "kilnsey-child-b.md": [
        (
            "first talked to through an online building game",
            [
                "online_contact_strangers",
                "online_gaming",
                "online_grooming",
                "online_sexual_abuse",
                "platform_gaming",
            ],
            None,
        ),
        ("had few friends at his secondary school", ["vuln_isolation"], None),
        ("the game was where he met people", ["vuln_isolation"], None),
        (
            "another player, who said he was fourteen",
            ["online_contact_strangers", "online_gaming", "online_grooming", "platform_gaming"],
            None,
        ),
        ("showed B how to build things", ["online_grooming"], None),
        ("sending B coins to spend in the game", ["online_gaming", "online_grooming"], None),
        ("knew what it was like to look after a parent", ["online_grooming"], None),
        (
            "moved from the game to a voice chat app",
            ["online_gaming", "online_grooming", "platform_messaging"],
            None,
        ),
        (
            "asked for photographs of B without his top on",
            ["online_grooming", "online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("asked to meet", ["online_grooming"], None),
        ("expecting a boy of fourteen", ["online_contact_strangers"], None),
        ("an inbox that nobody had checked", ["pi_information_sharing"], None),
        ("tablet was examined in a week", [], None),
        (
            "the game was the centre of his social life",
            ["pi_online_not_explored", "vuln_isolation"],
            None,
        ),
        ("online gaming once, as the likely cause", ["pi_online_not_explored"], None),
        (
            "players could send each other gifts",
            ["vuln_parental_awareness"],
            None,
        ),
        ("who they play with online", ["learning_partnership"], "generic"),
        ("filtering alerts reach a named person", ["learning_education"], "generic"),
        ("games let strangers give children gifts", ["learning_parents"], "generic"),
    ],
    "ormsby-vale-young-person-t.html": [
        ("strangling and hitting women during sex", ["pornography"], None),
        ("a video of T undressed", ["sharing_sexual_images"], None),
        (
            "recorded the matter as a problem in their relationship",
            ["pi_abuse_as_relationship", "sharing_sexual_images"],
            None,
        ),
        ("an inappropriate video", ["pi_parents_not_supported", "sharing_sexual_images"], None),
        ("had an eating disorder", ["vuln_mental_health"], None),
        (
            "The video should have been treated as an offence",
            ["pi_information_sharing", "sharing_sexual_images"],
            None,
        ),
        ("what she had been shown", ["pi_online_not_explored", "pornography"], None),
        ("did not mention strangulation", ["pi_tech_knowledge"], None),
        ("nude images shared without consent", ["learning_education"], "generic"),
        ("shared at an online briefing", [], "incidental"),
    ],
    "hallowby-baby-c.pdf": [
        ("gaming online with friends from his old school", [], "incidental"),
        ("searched online most nights for advice", [], "incidental"),
        ("The first health visitor contact was a video consultation", [], "incidental"),
        ("did not follow the partnership's protocol", ["pi_thresholds"], None),
        ("rang the NHS helpline", [], None),
        ("found no evidence that either parent had shared images", [], "negated"),
        ("A video consultation could not replace", [], "incidental"),
        ("held by video call", [], "incidental"),
        ("speak to fathers and male carers", ["learning_health"], "generic"),
    ],
}
