"""Hand coding of the twenty-fifth set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them and after the release's last change; never used to change
the codebook or the learned coder. Format as in ../unseen/labels.py; coded to the convention in
../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the child of the
review, including where a practice sentence names it; recommendations and statements about children
in general carry their learning or practice themes only). A sentence that tells of contact abuse
without saying how the child and the abuser met carries no online theme. Re-read once, with the
sets before set AP, against the rule for contact and grooming (README), which changed one sentence
here.

Recoded on 5 December 2026 to the rule for abuse in person that began online in the README:
online sexual abuse added to the two opening sentences that tell Jay's abuse by a man he met
online (this set's own rule, that such a sentence carries no online theme, is withdrawn)."""

LABELS = {
    "wexcombe-jay.pdf": [
        ("arrested at a hotel in Wexcombe", ["online_sexual_abuse"], None),
        ("convicted of sexual offences against Jay", ["online_sexual_abuse"], None),
        ("He came out as gay to a teacher at twelve", ["vuln_lgbtq"], None),
        (
            "he had watched explicit videos on his older brother's laptop",
            ["pornography"],
            None,
        ),
        (
            "spent most evenings on a shooting game with a headset",
            [
                "online_contact_strangers",
                "online_gaming",
                "online_grooming",
                "platform_gaming",
            ],
            None,
        ),
        (
            "gave Jay codes for extra weapons",
            ["online_gaming", "online_grooming"],
            None,
        ),
        (
            "download an app for men meeting men",
            ["online_grooming", "platform_dating"],
            None,
        ),
        (
            "being messaged by many men, several of whom asked for photographs",
            ["online_contact_strangers", "online_sexual_abuse"],
            None,
        ),
        (
            "the attention felt good at first",
            ["online_grooming", "vuln_isolation"],
            None,
        ),
        (
            "Two of the men arranged to meet him",
            ["online_contact_strangers", "online_grooming", "online_sexual_abuse"],
            None,
        ),
        ("The phone was kept by police for seven months", ["pi_device_delay"], None),
        ("attendance fell to sixty per cent", ["vuln_school_exclusion"], None),
        ("'tired from gaming late'", ["pi_online_not_explored"], None),
        ("No one at school asked Jay who he was gaming with", ["pi_online_not_explored"], None),
        ("because his mother was 'acting protectively'", ["pi_thresholds"], None),
        (
            "did not talk with him about relationships, consent",
            ["pi_online_not_explored", "vuln_lgbtq"],
            None,
        ),
        (
            "The risk from gaming contacts was treated as a matter of screen time",
            ["online_gaming", "pi_risk_assessment_online"],
            None,
        ),
        (
            "agencies assumed the risk had gone",
            ["pi_risk_assessment_online", "pi_thresholds"],
            None,
        ),
        ("no strategy discussion brought it together", ["pi_information_sharing"], None),
        (
            "relationships education that includes gay and bisexual boys",
            ["learning_education"],
            "generic",
        ),
        (
            "will not close a referral about online sexual abuse",
            ["learning_social_care"],
            "generic",
        ),
        (
            "waiting times for the examination of devices",
            ["learning_police"],
            "generic",
        ),
        ("The SILP learning event was held online", [], "incidental"),
    ],
    "cwm-teifion-child-e.docx": [
        ("weighing less than two thirds", ["vuln_mental_health"], None),
        ("She had been restricting her food", ["vuln_mental_health"], None),
        (
            "watching short videos about fasting, calorie counting",
            ["harmful_content", "platform_social_media"],
            None,
        ),
        (
            "group chat of girls who set one another targets",
            ["harmful_content", "platform_messaging"],
            None,
        ),
        (
            "A young man of nineteen whom E met through the group chat",
            ["online_contact_strangers", "online_grooming"],
            None,
        ),
        (
            "the only person who really got her",
            ["online_grooming", "online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        (
            "She sent him pictures every week",
            ["online_grooming", "online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("found it hard to make friends in her new school", ["vuln_isolation"], None),
        ("thought the phone kept E company", ["vuln_parental_awareness"], None),
        (
            "declined the referral as she was not yet at a high enough risk",
            ["pi_thresholds", "vuln_mental_health"],
            None,
        ),
        (
            "asked her what she watched or who she talked to",
            ["pi_online_not_explored"],
            None,
        ),
        ("because the notes were not shared", ["pi_information_sharing"], None),
        (
            "hard to keep up with the way apps select content",
            ["pi_tech_knowledge"],
            None,
        ),
        (
            "Health practitioners should ask young people with eating difficulties",
            ["learning_health"],
            "generic",
        ),
        ("write to the app's operator", ["learning_platforms"], "generic"),
        (
            "Schools should give parents information about how feeds work",
            ["learning_education", "learning_parents"],
            "generic",
        ),
        ("once by video call", [], "incidental"),
        ("The learning event was held on Teams", [], "incidental"),
    ],
    "brackley-stow-child-h.txt": [
        ("His mother was in hospital after an overdose.", ["vuln_parental_factors"], None),
        ("had not been to school for five weeks", ["vuln_school_exclusion"], None),
        ("has long-standing depression", ["vuln_parental_factors"], None),
        ("Each was closed after an assessment", ["pi_thresholds"], None),
        ("done by phone or video call", [], "incidental"),
        ("a support group on social media", [], "incidental"),
        ("she did not let H use the internet", [], "negated"),
        ("through its parents' app", [], "incidental"),
        ("checked the mother's phone after she was admitted", [], "negated"),
        ("three referrals about hunger was not recognised", ["pi_thresholds"], None),
        ("was not passed between schools", ["pi_information_sharing"], None),
        ("should not replace home visits with video calls", [], "incidental"),
        ("met online five times", [], "incidental"),
    ],
}
