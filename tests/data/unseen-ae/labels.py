"""Hand coding of the thirtieth set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them and after the release's last change to the coder;
never used to change the codebook or the learned coder. Format as in ../unseen/labels.py; coded
to the convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened
to the child of the review, including where a practice sentence names it; recommendations and
statements about children in general carry their learning or practice themes only). Adult
videos sent to a child by the man grooming him are sexual abuse online as well as pornography;
a threat to tell others what a child did on camera is sexual extortion.

Recoded on 5 December 2026 to the rule for abuse in person that began online in the README:
online sexual abuse added to the opening sentence that tells of the man's conviction."""

LABELS = {
    "westbarrow-child-p.pdf": [
        ("he was later convicted of offences against P", ["online_sexual_abuse"], None),
        ("His mother died when he was seven", ["vuln_previous_abuse"], None),
        ("dyslexia and speech and language difficulties", ["vuln_isolation", "vuln_send"], None),
        ("began to play a multiplayer shooting game", ["platform_gaming"], None),
        (
            "One regular player, who said he was sixteen",
            ["online_contact_strangers", "online_gaming", "online_grooming", "platform_gaming"],
            None,
        ),
        (
            "no one had ever been that interested in him",
            ["online_grooming", "vuln_isolation"],
            None,
        ),
        (
            "sent him videos of adults having sex",
            ["online_grooming", "online_sexual_abuse", "platform_messaging", "pornography"],
            None,
        ),
        (
            "to film himself undressing",
            ["livestreaming", "online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("would tell the other players what P had done", ["sextortion"], None),
        ("put this down to the game", ["vuln_parental_awareness"], None),
        ("saw a message on his phone", ["online_sexual_abuse"], None),
        ("what he was doing at night", ["pi_online_not_explored"], None),
        ("did not ask who he talked to while he was gaming", ["pi_online_not_explored"], None),
        (
            "never been offered advice on the console",
            ["pi_parents_not_supported", "vuln_parental_awareness"],
            None,
        ),
        ("waited seven months for examination", ["pi_device_delay"], None),
        ("did not feel confident asking children about online games", ["pi_tech_knowledge"], None),
        (
            "covers the risks of contact through online games",
            ["learning_education", "learning_health"],
            "generic",
        ),
        ("the time taken to examine devices", ["learning_police"], "generic"),
        ("safety settings of games consoles", ["learning_parents"], "generic"),
    ],
    "corvedale-young-person-s.html": [
        ("a profile with a girl's photographs followed S", ["online_contact_strangers"], None),
        (
            "persuaded to send an intimate picture",
            ["online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("demanded three hundred pounds", ["sextortion"], None),
        ("the demands kept coming", ["sextortion"], None),
        ("having taken an overdose", ["vuln_self_harm"], None),
        ("recorded the overdose carefully", ["pi_online_not_explored", "vuln_self_harm"], None),
        ("a session on staying safe online", [], "incidental"),
        (
            "wished she had known what to say",
            ["pi_parents_not_supported", "vuln_parental_awareness"],
            None,
        ),
        ("do you ask what happened in the hours before", ["learning_partnership"], "generic"),
        ("get an image removed from the internet", ["learning_partnership"], "generic"),
        ("tell someone without being blamed", ["learning_partnership"], "generic"),
        ("incidents involving nudes and semi-nudes", ["learning_education"], "generic"),
    ],
    "linthorpe-vale-child-l.docx": [
        ("missing most of a school term", ["vuln_school_exclusion"], None),
        ("a workshop held on Microsoft Teams", [], "incidental"),
        ("much of it ordered online", [], "incidental"),
        ("by video call most evenings", [], "incidental"),
        ("automated text messages", ["vuln_school_exclusion"], "incidental"),
        ("logged each absence on the online system", [], "incidental"),
        ("found L at home in the middle of a school day", ["vuln_school_exclusion"], None),
        ("she had stopped going", ["vuln_school_exclusion"], None),
        ("Agencies did not share what each knew", ["pi_information_sharing"], None),
        ("referral form is completed online", [], "incidental"),
        ("no indication that L had come to any harm online", [], "negated"),
        ("child missing education with a home visit", ["learning_education"], "generic"),
        ("GP practices should ask who is caring", ["learning_health"], "generic"),
        ("referral route known to all schools", ["learning_partnership"], "generic"),
    ],
}
