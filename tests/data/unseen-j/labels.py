"""Hand coding of the tenth set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them, and never used to change the codebook or the learned
coder. Format as in ../unseen/labels.py; coded to the convention in ../unseen-g/labels.py (a
harm type goes to sentences that tell what happened to the child of the review; recommendations
and statements about children in general carry their learning or practice themes only).

Re-read on 7 December 2026 against the rule for requests for pictures and for sentences that point
back to someone already introduced (docs/measured-quality.md, "Requests for pictures, and pointing
back"): one sentence gained *online sexual abuse* on the man who asked for pictures in her
nightwear."""

LABELS = {
    "northfold-child-g.md": [
        ("in a car park forty miles from home", ["online_grooming", "vuln_missing"], None),
        (
            "played as a character of her own age",
            ["online_contact_strangers", "online_gaming", "online_grooming", "platform_gaming"],
            None,
        ),
        ('so that they could "talk properly"', ["online_grooming", "platform_social_media"], None),
        (
            "paid for items in the game",
            ["online_gaming", "online_grooming", "online_sexual_abuse"],
            None,
        ),
        ("persuaded her to take a train to meet him", ["online_grooming"], None),
        ("using a second phone and asked her about it", ["pi_online_not_explored"], None),
        ("did not ask about sleep or screen use", ["pi_online_not_explored"], None),
        ("did not know that the game allowed strangers", ["vuln_parental_awareness"], None),
        ("A second phone in a child of this age", ["learning_partnership"], "generic"),
        ("did not connect G's tiredness and withdrawal", ["pi_online_not_explored"], None),
        ("The strategy meeting was held on Teams", [], "incidental"),
        ("found images of two other girls", ["indecent_images"], None),
        ("There is no evidence that G was physically harmed.", [], "negated"),
        ("children under thirteen", ["learning_education", "vuln_age"], None),
    ],
    "cael-ddu-young-person-s.txt": [
        ("life-threatening malnutrition", ["vuln_mental_health"], None),
        ("two of them virtually", [], "incidental"),
        ("Her mother had depression", ["vuln_parental_factors"], None),
        ("post comments about her weight", ["cyberbullying", "platform_messaging"], None),
        ("watch videos about fasting", ["harmful_content", "platform_social_media"], None),
        ("kept her phone under her pillow", ["harmful_content"], None),
        (
            "weekly photographs of her body in underwear",
            ["online_contact_strangers", "online_grooming", "online_sexual_abuse"],
            None,
        ),
        ("S sent him four photographs", ["online_sexual_abuse", "sharing_sexual_images"], None),
        ("a falling-out between friends", ["pi_thresholds"], None),
        (
            "did not ask what she was watching",
            ["pi_online_not_explored", "vuln_mental_health"],
            None,
        ),
        ("had a second account", ["vuln_parental_awareness"], None),
        ("The police were not informed", ["pi_information_sharing"], None),
        ("online booking system", [], "incidental"),
        ("outside the app", [], "negated"),
        ("record online harassment about a pupil's body", ["learning_education"], None),
        (
            "questions about online content and contacts",
            ["learning_health", "pi_online_not_explored"],
            None,
        ),
        ("how recommendation systems work", ["learning_parents", "pi_parents_not_supported"], None),
    ],
    "hartmere-child-p.html": [
        ("long history of depression", ["vuln_parental_factors"], None),
        ("global developmental delay", ["vuln_send"], None),
        ("looking at social media on her phone", [], "incidental"),
        ("one contact by video call", [], "incidental"),
        ("through the online reporting form", [], "incidental"),
        ("screened and closed with advice", ["pi_thresholds"], None),
        ("did not share what each knew", ["pi_information_sharing"], None),
        ("without speaking to the neighbour", ["pi_thresholds"], None),
        ("exposed to anything harmful online", [], "negated"),
        ("not closed without a home visit", ["pi_thresholds"], None),
        ("share information about a parent's mental health", ["pi_information_sharing"], None),
        ("on its website and social media channels", [], "incidental"),
    ],
}
