"""Hand coding of the twenty-second set of unseen reviews with the online-harm codebook. Written
and coded by hand before casebrief coded them and after the release's last change; never used to
change the codebook or the learned coder. Format as in ../unseen/labels.py; coded to the
convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the
child of the review, including where a practice sentence names it; recommendations and statements
about children in general carry their learning or practice themes only)."""

LABELS = {
    "saltmarsh-child-h.pdf": [
        ("the attack was filmed and posted online", ["cyberbullying"], None),
        (
            "He has dyslexia and attention difficulties",
            ["vuln_send", "vuln_school_exclusion"],
            None,
        ),
        (
            "fights between local pupils were shared and scored",
            ["harmful_content", "platform_messaging"],
            None,
        ),
        ("of a boy being stamped on", ["harmful_content"], None),
        (
            "recorded the call as a parenting query",
            ["pi_parents_not_supported", "pi_thresholds"],
            None,
        ),
        (
            "the clip gained thousands of views",
            ["cyberbullying", "platform_social_media"],
            None,
        ),
        ("posted comments mocking how he had lost", ["cyberbullying"], None),
        ("H stopped attending school altogether", ["vuln_school_exclusion"], None),
        ("was online within the hour", ["cyberbullying"], None),
        (
            "copies continued to circulate in group chats",
            ["cyberbullying", "platform_messaging"],
            None,
        ),
        ("nobody put these together", ["pi_information_sharing"], None),
        (
            "concern about violent videos was a safeguarding concern",
            ["pi_thresholds", "harmful_content"],
            None,
        ),
        (
            "did not recognise the clip in February as bullying",
            ["pi_tech_knowledge", "cyberbullying"],
            None,
        ),
        ("left H unsupervised for most of each day", ["vuln_school_exclusion"], None),
        ("was held on Teams", [], "incidental"),
        ("watching or appearing in violent videos", ["learning_education"], "generic"),
        (
            "how fight videos spread between schools",
            ["learning_partnership", "pi_tech_knowledge"],
            "generic",
        ),
        (
            "remove videos of assaults on children",
            ["learning_police", "learning_platforms"],
            "generic",
        ),
    ],
    "ballyrone-child-n.docx": [
        ("treated for depression and who had debts", ["vuln_parental_factors"], None),
        (
            "offered her money for photographs of her daughter",
            ["online_sexual_abuse", "platform_social_media"],
            None,
        ),
        (
            "in front of a webcam while men in other countries watched",
            ["livestreaming", "online_sexual_abuse"],
            None,
        ),
        ("more than forty such transfers", ["online_sexual_abuse"], None),
        (
            "found recordings that showed Child N's bedroom",
            ["indecent_images", "livestreaming"],
            None,
        ),
        ("the people in the computer", ["livestreaming"], None),
        ("Referral screened out", ["pi_thresholds"], None),
        ("read as a child's imagination", ["pi_thresholds"], None),
        ("had no framework for thinking about a parent", ["pi_tech_knowledge"], None),
        (
            "recorded by three agencies but not shared",
            ["pi_information_sharing", "vuln_parental_factors"],
            None,
        ),
        ("took four months to reach the PSNI", ["pi_iioc_response"], None),
        ("who abuse children for payment", ["learning_partnership"], "generic"),
        (
            "on the time taken to pass on referrals",
            ["learning_police", "pi_iioc_response"],
            "generic",
        ),
        ("disclose abuse through drawings and play", ["learning_education"], "generic"),
    ],
    "kelderby-lily.md": [
        ("kept in touch through video calls", [], "incidental"),
        ("moved most of Lily's appointments to video consultations", [], "incidental"),
        ("uploaded automatically to the clinic's online system", [], "incidental"),
        ("sent reminders by text message", [], "incidental"),
        (
            "missing insulin doses to lose weight",
            ["vuln_mental_health", "platform_messaging"],
            None,
        ),
        ("looked at content online that encouraged her", [], "negated"),
        ("searched the internet for advice", [], "incidental"),
        ("treated as the family's choice", ["pi_thresholds"], None),
        ("did not share what each knew", ["pi_information_sharing"], None),
        ("Video consultations suited some families", [], "incidental"),
        ("a missed video appointment needs a home visit", ["learning_health"], "incidental"),
        (
            "through an agreed route",
            ["learning_health", "learning_education", "pi_information_sharing"],
            "generic",
        ),
        ("about eating and weight at every review", ["learning_health"], "generic"),
    ],
}
