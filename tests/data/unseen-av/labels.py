"""Hand coding of the forty-seventh set of unseen reviews with the online-harm codebook. Written
and coded by hand before casebrief coded them and after the release's last change to the coder
(codebook v30); never used to change the codebook or the learned coder. Format as in
../unseen/labels.py; coded to the convention in ../unseen-g/labels.py (a harm type goes to
sentences that tell what happened to the child of the review, including where a practice
sentence names it; recommendations and statements about children in general carry their
learning or practice themes only) and to the rule for contact and grooming in the README.
Members of a fans' server who tell a boy that hurting himself shows he belongs, and rate the
photos of his arms, are contact and harmful content; the member who says she is fourteen and
the only one who understands him is contact and grooming. A player in a dancing game who buys a
girl outfits and has her and her sister dance on camera in their nightwear is contact, grooming
and abuse on a live call, and his recordings are abuse images. Neglected children with debts,
tablets, a form and video contacts online suffer no online harm."""

LABELS = {
    "tamworth-ridge-rhys.html": [
        ("found it hard to make friends", ["vuln_isolation"], None),
        (
            "older members soon invited him into a smaller channel",
            ["online_contact_strangers", "platform_messaging"],
            None,
        ),
        (
            "hurting himself was a way to show he was serious",
            ["harmful_content", "online_contact_strangers"],
            None,
        ),
        ("rated the photos he posted of his arms", ["harmful_content"], None),
        (
            "who said she was fourteen",
            ["online_contact_strangers", "online_grooming"],
            None,
        ),
        ("he had promised the group", ["harmful_content", "vuln_self_harm"], None),
        ("where he had got the idea", ["pi_online_not_explored"], None),
        ("a referral to a waiting list", ["pi_thresholds"], None),
        ("held on Teams", [], "incidental"),
        ("pictures without his clothes", [], "negated"),
        ("whether anyone online has asked them to do it", ["learning_partnership"], "generic"),
    ],
    "greywater-children-a-and-b.docx": [
        (
            "a player who called himself Leo became her friend",
            ["online_contact_strangers", "online_gaming", "platform_gaming"],
            None,
        ),
        ("bought Child B outfits for her dancer", ["online_gaming", "online_grooming"], None),
        (
            "dance for him on camera in their nightwear",
            ["livestreaming", "online_sexual_abuse"],
            None,
        ),
        (
            "a man of forty-one who had recorded the calls",
            ["indecent_images", "online_contact_strangers"],
            None,
        ),
        ("a secret friend who paid them in the game", ["online_gaming", "online_grooming"], None),
        ("did not make a referral", ["pi_thresholds"], None),
        ("did not know the game had voice chat", ["vuln_parental_awareness"], None),
        ("took place by telephone", [], "incidental"),
        ("met Leo in person", [], "negated"),
        ("a secret online friend who gives them things", ["learning_education"], "generic"),
    ],
    "fallowmere-lewis-children.txt": [
        ("buying clothes online", [], "incidental"),
        ("for homework and games", [], "incidental"),
        ("the council's online form", [], "incidental"),
        ("by telephone and video during the pandemic", [], "incidental"),
        ("harmed by anyone online", [], "negated"),
        ("not only speak to parents by telephone or video", [], "generic"),
    ],
}
