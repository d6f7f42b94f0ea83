"""Hand coding of the twenty-eighth set of unseen reviews with the online-harm codebook. Written
and coded by hand before casebrief coded them and after the release's last change to the coder;
never used to change the codebook or the learned coder. Format as in ../unseen/labels.py; coded
to the convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened
to the child of the review, including where a practice sentence names it; recommendations and
statements about children in general carry their learning or practice themes only). Both
children of a sibling review are children of the review. A child's being handed a phone by
the adults who exploit him criminally is not online harm."""

LABELS = {
    "harbourne-child-m.docx": [
        ("with a dangerously low heart rate and cuts to both forearms", ["vuln_self_harm"], None),
        ("which took place by video call", [], "incidental"),
        (
            "after her mother's drinking left the children without food",
            ["vuln_parental_factors", "vuln_previous_abuse"],
            None,
        ),
        ("had no one she would call a friend", ["vuln_isolation", "vuln_mental_health"], None),
        (
            "started following accounts run by young women",
            ["harmful_content", "platform_social_media"],
            None,
        ),
        ("The app kept showing her more of the same", ["harmful_content"], None),
        (
            "invited into a private group chat",
            ["harmful_content", "platform_messaging"],
            None,
        ),
        ("how to wear heavy clothes to weigh-ins", ["harmful_content"], None),
        ("told her she was finally getting somewhere", ["harmful_content"], None),
        ("the only place where people understood her", ["vuln_isolation"], None),
        (
            "she began to cut herself",
            ["harmful_content", "platform_social_media", "vuln_self_harm"],
            None,
        ),
        ("advice on where to cut", ["harmful_content"], None),
        ("M is skipping meals", ["vuln_mental_health"], None),
        ("sees healed cuts on M's arm", ["vuln_self_harm"], None),
        ("sees a message about a target weight", ["harmful_content", "pi_thresholds"], None),
        ("no one asked what she looked at on her phone", ["pi_online_not_explored"], None),
        (
            "concern about the cuts was recorded but was not passed",
            ["pi_information_sharing", "vuln_self_harm"],
            None,
        ),
        (
            "did not think it was a safeguarding matter",
            ["harmful_content", "pi_thresholds"],
            None,
        ),
        ("had no idea such groups existed", ["vuln_parental_awareness"], None),
        ("No one talked to her about how to do this", ["pi_parents_not_supported"], None),
        ("said nothing about the group chat", ["pi_risk_assessment_online"], None),
        ("did not feel confident talking about apps", ["pi_tech_knowledge"], None),
        ("ask young people routinely about the content", ["learning_health"], "generic"),
        ("a message about starving or cutting", ["learning_education"], "generic"),
        ("guidance for kinship carers", ["learning_parents"], "generic"),
        ("write to the companies concerned", ["learning_platforms"], "generic"),
        ("the Board's e-learning module", [], "incidental"),
    ],
    "kestrelmoor-siblings-a-and-b.html": [
        ("who has had long periods of depression", ["vuln_parental_factors"], None),
        ("diagnosed with ADHD at ten", ["vuln_send"], None),
        ("nothing on it was filtered", ["vuln_parental_awareness"], None),
        ("watching adult videos late into the night", ["pornography"], None),
        ("thought that was what sex was like", ["pornography"], None),
        ("copying from a video", ["pornography"], None),
        ("used sexual words that a child of her age", ["pi_information_sharing"], None),
        ("what he did at night on his tablet", ["pi_online_not_explored"], None),
        (
            "could reach adult sites",
            ["pi_parents_not_supported", "pornography", "vuln_parental_awareness"],
            None,
        ),
        ("The tablet was not examined for five months", ["pi_device_delay"], None),
        ("ask where they have seen or heard it", ["learning_partnership"], "generic"),
        ("ask about what they watch online", ["learning_partnership"], "generic"),
        ("Help parents to use the filters", ["learning_parents"], "generic"),
        ("which devices must be examined first", ["learning_police"], "generic"),
        ("can be booked online", [], "incidental"),
    ],
    "fellgate-child-r.pdf": [
        ("an online questionnaire and two meetings held on Teams", [], "incidental"),
        ("His father had been violent to his mother", ["vuln_family_conflict"], None),
        ("permanently excluded from secondary school", ["vuln_school_exclusion"], None),
        ("going missing for days at a time", ["vuln_missing"], None),
        ("He was given a cheap phone by the men", [], "incidental"),
        ("stopped using social media", [], "incidental"),
        ("as drug offences rather than as signs", ["pi_abuse_as_relationship"], None),
        ("National Referral Mechanism was not made", ["pi_thresholds"], None),
        ("recorded R's absences on its online system", ["pi_information_sharing"], "incidental"),
        ("offered only by text message", [], "incidental"),
        ("was examined within a week", [], "negated"),
        ("no evidence that R had been contacted or groomed online", [], "negated"),
    ],
}
