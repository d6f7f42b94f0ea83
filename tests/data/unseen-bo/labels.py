"""Hand coding of the sixty-sixth set of unseen reviews with the online-harm codebook. Written
and coded by hand before casebrief coded them and after the changes that set BN prompted;
measured once before anything was changed for it. Format as in ../unseen/labels.py; coded to the
convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the
child of the review, including where a practice sentence names it or points back to it;
recommendations and statements about children in general carry their learning or practice
themes only) and to the rule for contact and grooming in the README. A boy of thirteen who gave
an adult age on a dating app for men and was collected and abused by a man he met there is
dating, contact, grooming and online sexual abuse. A girl of fifteen whose classmates made fake
naked pictures of her and posted them to their year group is image sharing and bullying. A girl
of twelve with a learning disability befriended in a shooting game by a man posing as a boy,
sent gifts and pressed for pictures in her underwear, is gaming, contact, grooming, online sexual
abuse and image sharing. Three young children's neglect, with video-call visits, online shopping
and an online referral form, and a girl's suicide after her mother's death, with an online
learning platform, video sessions and a phone that showed nothing, are no online harm.

Recoded on 5 December 2026 to the convention on suicide and self-harm in the README: a child's
death by suicide is the review's outcome, not the self-harm vulnerability."""

LABELS = {
    "kestrel-bay-child-p.html": [
        ("education, health and care plan", ["vuln_isolation", "vuln_send"], None),
        ("an app used by gay and bisexual men", ["platform_dating"], None),
        (
            "A man of forty-one started talking to him",
            ["online_contact_strangers", "online_grooming"],
            None,
        ),
        ("abused P in his car", ["online_sexual_abuse"], None),
        ("he thought he was gay", ["vuln_isolation", "vuln_lgbtq"], None),
        ("did not ask where he was looking for support", ["pi_online_not_explored"], None),
        ("Nothing stopped a child entering an adult's date of birth", ["learning_platforms"], None),
        ("held by video call", [], "incidental"),
        ("exploring their sexuality", ["learning_partnership"], "generic"),
        ("age checks of adult dating apps", ["learning_platforms"], "generic"),
    ],
    "wyndham-child-q.pdf": [
        ("having cut herself badly", ["vuln_self_harm"], None),
        ("when pictures of Q had been passed around", ["sharing_sexual_images"], None),
        (
            "strips the clothing from ordinary photographs",
            ["cyberbullying", "sharing_sexual_images"],
            None,
        ),
        ("forwarded to pupils at two other schools", ["sharing_sexual_images"], None),
        ("dozens of messages telling her to kill herself", ["cyberbullying"], None),
        ("cutting her arms", ["vuln_school_exclusion", "vuln_self_harm"], None),
        ("The pictures were not real", ["sharing_sexual_images"], None),
        ("reported the pictures to the school", ["sharing_sexual_images"], None),
        (
            "pictures made by a computer counted",
            ["pi_tech_knowledge", "pi_thresholds", "sharing_sexual_images"],
            None,
        ),
        (
            "denied making the pictures",
            ["pi_device_delay", "pi_thresholds", "sharing_sexual_images"],
            None,
        ),
        ("was still waiting for an appointment", ["vuln_mental_health"], None),
        ("Made-up naked pictures of a child", ["learning_partnership"], "generic"),
        (
            "issue guidance to schools",
            ["learning_education", "learning_partnership"],
            "generic",
        ),
    ],
    "corriebrook-children-r.docx": [
        ("a long history of depression", ["vuln_parental_factors"], None),
        ("by video call since 2024", [], "incidental"),
        ("bought groceries online", [], "incidental"),
        ("through the council's online form", ["pi_thresholds"], "incidental"),
    ],
    "marram-child-s.txt": [
        ("attendance fell to half", ["vuln_school_exclusion"], None),
        ("its online learning platform", [], "incidental"),
        ("not sleeping and felt empty", ["vuln_mental_health"], None),
        ("sessions by video", [], "incidental"),
        ("Nobody brought together", ["pi_information_sharing"], None),
        ("Her phone and laptop were examined", [], "negated"),
    ],
    "holloway-fen-child-t.md": [
        ("my best friend in the game", ["online_gaming", "online_grooming"], None),
        ("more grown up than the other girls", ["online_grooming"], None),
        ("take the headset off me", ["online_grooming"], None),
        ("moderate learning disability", ["vuln_learning_disability"], None),
        ("She attends a special school", ["vuln_send"], None),
        ("talking to other players through a headset", ["platform_gaming"], None),
        (
            "One player, who said he was thirteen",
            ["online_contact_strangers", "online_gaming", "online_grooming"],
            None,
        ),
        (
            "add him on a messaging app",
            [
                "online_grooming",
                "online_sexual_abuse",
                "platform_messaging",
                "sharing_sexual_images",
            ],
            None,
        ),
        ("a friend from the game had posted it", ["online_gaming", "online_grooming"], None),
        ("a man of twenty-nine", ["online_contact_strangers"], None),
        (
            "not who he said he was",
            ["online_contact_strangers", "vuln_learning_disability"],
            None,
        ),
        (
            "did not know that players could speak",
            ["platform_gaming", "vuln_parental_awareness"],
            None,
        ),
        ("too abstract for her", ["learning_education"], None),
        ("concrete examples from the games", ["learning_education"], "generic"),
        ("set up the controls on consoles", ["learning_parents"], "generic"),
    ],
}
