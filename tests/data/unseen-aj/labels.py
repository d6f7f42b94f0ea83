"""Hand coding of the thirty-fifth set of unseen reviews with the online-harm codebook. Written
and coded by hand before casebrief coded them and after the release's last change to the coder;
never used to change the codebook or the learned coder. Format as in ../unseen/labels.py; coded
to the convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened
to the child of the review, including where a practice sentence names it; recommendations and
statements about children in general carry their learning or practice themes only). Adults in
online groups who praise a boy's posts, feed him hatred of migrants and Muslims and ask him to
prove his loyalty are radicalising and grooming him; a girl who streams from her bedroom to
viewers she has never met, is paid in coins for dares and ends up undressing on camera is abused
through live video, and recordings of her streams sold to men are indecent images."""

LABELS = {
    "fenwick-child-d.txt": [
        ("holding a knife outside a mosque", ["radicalisation_online"], None),
        (
            "adults he met through his phone were encouraging them",
            ["online_contact_strangers", "radicalisation_online"],
            None,
        ),
        ("assessed as dyslexic", ["vuln_school_exclusion", "vuln_send"], None),
        ("safer in his room on his phone", ["vuln_parental_awareness"], None),
        ("added to a group on a messaging app", ["platform_messaging"], None),
        ("jokes about migrants drowning", ["harmful_content", "radicalisation_online"], None),
        (
            "run by adults he had never met",
            ["online_contact_strangers", "online_grooming", "radicalisation_online"],
            None,
        ),
        ("called himself a mentor", ["online_grooming", "radicalisation_online"], None),
        ("Muslims should be sent home or killed", ["radicalisation_online"], None),
        ("recorded it as a behaviour incident", ["vuln_school_exclusion"], None),
        ("did not see the record until April", ["pi_information_sharing", "pi_prevent"], None),
        ("closed after one meeting", ["pi_prevent"], None),
        (
            "spent all night talking to men online",
            ["online_contact_strangers", "radicalisation_online"],
            None,
        ),
        ("did not know who to tell", ["pi_information_sharing"], None),
        ("examined his phone within a fortnight", [], None),
        ("convicted of encouraging terrorism", ["radicalisation_online"], None),
        ("Each agency saw a part of the picture", ["pi_information_sharing"], None),
        ("No one asked D who he was talking to", ["pi_online_not_explored"], None),
        ("accepted his denial", ["pi_online_not_explored", "pi_prevent"], None),
        (
            "looking for somewhere to belong",
            ["radicalisation_online", "vuln_isolation", "vuln_school_exclusion", "vuln_send"],
            None,
        ),
        ("met by video call four times", [], "incidental"),
        ("which groups they belong to online", ["learning_partnership"], "generic"),
        ("drawn into extremist views", ["learning_partnership"], "generic"),
        ("judged on what a child has seen", ["learning_partnership"], "generic"),
    ],
    "hartwell-young-person-e.html": [
        ("because of domestic abuse", ["vuln_family_conflict"], None),
        ("felt invisible at home", ["vuln_isolation"], None),
        ("started streaming from her bedroom", ["livestreaming"], None),
        (
            "none of whom she had met",
            ["livestreaming", "online_contact_strangers", "online_grooming"],
            None,
        ),
        ("taking her top off", ["livestreaming", "online_sexual_abuse"], None),
        (
            "recordings of E's streams were being sold",
            ["indecent_images", "livestreaming", "online_sexual_abuse"],
            None,
        ),
        ("spends a lot of time on her phone", ["pi_online_not_explored"], None),
        ("did not know that strangers could watch or pay", ["vuln_parental_awareness"], None),
        (
            "did not consider what happened to E online at night",
            ["pi_online_not_explored", "pi_risk_assessment_online"],
            None,
        ),
        ("took five months to examine", ["pi_device_delay"], None),
        ("paid to perform on live apps", ["pi_tech_knowledge"], None),
        ("The review meetings were held online", [], "incidental"),
        ("what they do online late at night", ["learning_social_care"], "generic"),
        ("within a month", ["learning_police"], "generic"),
        ("write to the app's owners", ["learning_platforms"], "generic"),
    ],
    "colbeck-child-h.docx": [
        ("has depression", ["vuln_parental_factors"], None),
        ("watched dance videos on her mother's phone", [], "incidental"),
        ("the letters were filed without action", ["pi_information_sharing"], None),
        ("moved to online appointment booking", [], "incidental"),
        ("messaged H's mother on WhatsApp", [], "incidental"),
        ("closed with advice after a single phone call", ["pi_thresholds"], None),
        ("found nothing to suggest that H had been harmed online", [], "negated"),
        ("The move to online booking", [], "incidental"),
        ("held on a video call", [], "incidental"),
        ("parents who cannot book online", [], "incidental"),
    ],
}
