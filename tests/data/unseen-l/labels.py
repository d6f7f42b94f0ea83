"""Hand coding of the twelfth set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them, and never used to change the codebook or the learned
coder. Format as in ../unseen/labels.py; coded to the convention in ../unseen-g/labels.py (a
harm type goes to sentences that tell what happened to the child of the review; recommendations
and statements about children in general carry their learning or practice themes only)."""

LABELS = {
    "tregaron-child-b.md": [
        ('made her watch "rude videos" on the family tablet', ["pornography"], None),
        ("the lodger had shown him the videos many times", ["pornography"], None),
        ("causing a child to watch a sexual act", ["indecent_images", "pornography"], None),
        ("no filters or parental controls", ["vuln_parental_awareness"], None),
        ("drew pictures of a sexual nature in class", ["pi_thresholds"], None),
        ("because of the mother's drinking", ["vuln_parental_factors"], None),
        ("saw B's behaviour as the problem", ["pi_abuse_as_relationship"], None),
        ("what he watched on the tablet", ["pi_online_not_explored"], None),
        ("each held part of the picture", ["pi_information_sharing"], None),
        (
            "did not know that the tablet could show adult content",
            ["pi_parents_not_supported", "vuln_parental_awareness"],
            None,
        ),
        (
            "may have been shown sexual material by someone",
            ["learning_partnership", "pi_online_not_explored"],
            "generic",
        ),
        ("met on Microsoft Teams", [], "incidental"),
        (
            "harmful sexual behaviour framework",
            ["learning_education", "learning_health", "pi_information_sharing"],
            "generic",
        ),
        (
            "advice on setting up tablets and phones",
            ["learning_parents", "pi_parents_not_supported"],
            "generic",
        ),
    ],
    "larchfield-child-f.txt": [
        ("admitted to hospital after a serious overdose", ["vuln_self_harm"], None),
        ("had two close friends, both of whom left", ["vuln_isolation"], None),
        (
            "began posting about F on a question and answer site",
            ["cyberbullying", "platform_social_media"],
            None,
        ),
        ("Screenshots of the posts were shared", ["cyberbullying", "platform_messaging"], None),
        ("a matter for parents", ["pi_thresholds"], None),
        ("pictures of self-harm on a website", ["harmful_content", "vuln_self_harm"], None),
        ("because of low mood", ["vuln_mental_health"], None),
        ("The referral letter did not mention the posts", ["pi_information_sharing"], None),
        ("The posts continued through January.", ["cyberbullying"], None),
        ("reported them to the police", ["cyberbullying"], None),
        ("what she was looking at online", ["pi_online_not_explored"], None),
        ("identified the owner of the account", ["cyberbullying"], None),
        ("falling outside its responsibilities", ["cyberbullying", "pi_thresholds"], None),
        ("made no reference to bullying through phones", ["pi_risk_assessment_online"], None),
        ("never brought together", ["pi_information_sharing"], None),
        ("did not say that F was being targeted", ["pi_information_sharing"], None),
        ("more exposed to the posts", ["cyberbullying", "vuln_isolation"], None),
        ("follows children into school", ["learning_education"], "generic"),
        (
            "what a child is experiencing online as well as their symptoms",
            ["learning_health", "pi_information_sharing"],
            "generic",
        ),
        (
            "review their anti-bullying policies",
            ["learning_education", "learning_partnership"],
            "generic",
        ),
        ("about their online lives", ["learning_health", "pi_online_not_explored"], "generic"),
    ],
    "amberley-baby-k.html": [
        ("history of cannabis use", ["vuln_parental_factors"], None),
        ("watching videos on his phone during the night feed", [], "incidental"),
        ("posted on Facebook to sell the cot", [], "incidental"),
        ("visits by video call", [], "incidental"),
        ("did not share what they knew", ["pi_information_sharing"], None),
        ("anything the father watched online", [], "negated"),
        ("will share concerns about substance use", ["pi_information_sharing"], None),
        ("through the partnership's website", [], "incidental"),
    ],
}
