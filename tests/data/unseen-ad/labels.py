"""Hand coding of the twenty-ninth set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them and after the release's last change to the coder; never
used to change the codebook or the learned coder. Format as in ../unseen/labels.py; coded to the
convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the
child of the review, including where a practice sentence names it; recommendations and statements
about children in general carry their learning or practice themes only). Contact from an adult the
child already knew (a coach) is grooming, not contact from a stranger; abuse in person that grew
out of the messages is sexual abuse that began online. Re-read once, with the sets before set AP,
against the rule for contact and grooming (README), which changed two sentences here.

Recoded on 5 December 2026 to the rule for abuse in person that began online in the README:
online sexual abuse added to the two sentences that tell H's abuse by the man she met online."""

LABELS = {
    "brackenholt-child-e.pdf": [
        ("referred her to the school counsellor for low mood", ["vuln_mental_health"], None),
        (
            "started to send E private messages on Snapchat",
            ["online_grooming", "platform_social_media"],
            None,
        ),
        ("more grown up than the other girls", ["online_grooming"], None),
        (
            "the messages turned sexual",
            ["online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("sexually assaulted her in his car", ["online_sexual_abuse"], None),
        ("did not contact the local authority designated officer", ["pi_thresholds"], None),
        ("did not ask her who she was talking to", ["pi_online_not_explored"], None),
        ("The coach's phone was not examined until", ["pi_device_delay"], None),
        ("Would you know who to tell", ["learning_partnership"], "generic"),
        ("including those they only talk to on their phone", ["learning_partnership"], "generic"),
        ("contacting children privately", ["learning_partnership"], "generic"),
        ("work with local sports clubs", ["learning_partnership"], "generic"),
        ("when a trusted adult is grooming a pupil", ["learning_education"], "generic"),
        ("a target time for examining devices", ["learning_police"], "generic"),
    ],
    "tollmere-young-person-h.txt": [
        ("is a looked after child (LAC)", ["vuln_looked_after"], None),
        ("found by BTP officers in a hotel", ["online_sexual_abuse", "vuln_missing"], None),
        (
            "making indecent images of a child",
            ["indecent_images", "online_sexual_abuse"],
            None,
        ),
        ("repeated missing episodes", ["vuln_missing"], None),
        (
            "long-standing neglect and exposure to DV",
            ["vuln_family_conflict", "vuln_previous_abuse"],
            None,
        ),
        ("diagnosis of FASD", ["vuln_learning_disability", "vuln_send"], None),
        ("four placement moves", ["vuln_looked_after"], None),
        ("few friends at school", ["vuln_isolation"], None),
        ("accepted a request from an account", ["online_contact_strangers"], None),
        ("he told her he was nineteen", ["online_contact_strangers", "online_grooming"], None),
        ("disappearing messages", ["online_grooming", "platform_messaging"], None),
        ("He told H he loved her", ["online_grooming"], None),
        ("money for phone credit", ["online_grooming"], None),
        ("switch on her camera at night", ["livestreaming", "online_sexual_abuse"], None),
        ("went missing overnight three times", ["vuln_missing"], None),
        ("following a cell-site request", ["vuln_missing"], None),
        (
            "Recordings of H were found",
            ["indecent_images", "livestreaming", "online_sexual_abuse"],
            None,
        ),
        ("treated as placement-related behaviour", ["vuln_missing"], None),
        (
            "CSE screening tool was completed once",
            ["pi_risk_assessment_online", "pi_thresholds"],
            None,
        ),
        (
            "always messaging some",
            ["pi_online_not_explored"],
            None,
        ),
        (
            "Nobody asked H who the person was",
            ["pi_online_not_explored", "pi_risk_assessment_online"],
            None,
        ),
        ("seen at a railway station with an adult male", ["pi_information_sharing"], None),
        ("was not shared with the LA", ["pi_information_sharing"], None),
        (
            "not received any training on online",
            ["pi_parents_not_supported", "vuln_parental_awareness"],
            None,
        ),
        (
            "learning needs made it harder",
            ["online_contact_strangers", "online_grooming", "vuln_learning_disability"],
            None,
        ),
        ("examined within days of her recovery", [], "negated"),
        ("review the CSE screening tool", ["learning_partnership"], "generic"),
        ("carers are trained on online", ["learning_parents"], "generic"),
        ("Return home interviews should explore", ["learning_social_care"], "generic"),
        ("Police should share intelligence", ["learning_police"], "generic"),
    ],
    "ravensike-child-t.docx": [
        ("one in person and one online", [], "incidental"),
        ("attendance fell to sixty per cent", ["vuln_school_exclusion"], None),
        ("Mr D was seen pushing", ["vuln_family_conflict"], None),
        ("watched cartoons on his tablet", [], "incidental"),
        ("on a parenting forum", [], "incidental"),
        ("through the online portal", ["pi_thresholds"], "incidental"),
        ("saw the neglect and the violence separately", ["pi_information_sharing"], None),
        ("did not check the police records", ["pi_information_sharing"], None),
        (
            "history of violence towards a previous partner",
            ["pi_information_sharing", "vuln_family_conflict"],
            None,
        ),
        ("found nothing to suggest that T had been harmed online", [], "negated"),
        ("ask for the history of neglect", ["learning_partnership"], "generic"),
        ("should check police records for every adult", ["learning_social_care"], "generic"),
        ("available on its website", [], "incidental"),
    ],
}
