"""Hand coding of the seventh set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them, and never used to change the codebook or the learned
coder. Format as in ../unseen/labels.py.

Convention, written down before coding: a harm type goes to sentences that tell what happened to
the child of the review (however plainly or indirectly). Recommendations, questions for
professionals and statements about children in general carry their learning or practice themes and
no harm type, as in the gold sets. Re-read once, with the sets before set AP, against the rule for
contact and grooming (README), which changed two sentences here.

Re-read on 7 December 2026 against the rule for requests for pictures and for sentences that point
back to someone already introduced (docs/measured-quality.md, "Requests for pictures, and pointing
back"): one sentence gained *online sexual abuse* and lost *sextortion* on the scam's opening
request, which holds no threat."""

LABELS = {
    "ferne-valley-child-t.html": [
        ("six times in Year 10 for low mood", ["vuln_mental_health"], None),
        (
            "accepted a follow request from a profile",
            ["online_contact_strangers", "platform_social_media"],
            None,
        ),
        ("They swapped messages for about two hours.", [], None),
        (
            "a photograph of herself in a bra",
            ["online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("the tone changed completely", ["sextortion"], None),
        ("a grid of screenshots of his followers", ["sextortion"], None),
        ("forty pounds from his savings app", ["sextortion"], None),
        ("The messages kept coming through the night.", ["sextortion"], None),
        ("took an overdose of his mother's tablets", ["vuln_self_harm"], None),
        ("this kind of blackmail rose sharply", ["vuln_age"], "generic"),
        ("under an hour passed between the first message", ["sextortion"], None),
        ("as an impulsive act linked to low mood", ["vuln_self_harm", "vuln_mental_health"], None),
        ("his phone was not mentioned in the notes", ["pi_online_not_explored"], None),
        (
            "someone online has a video of me",
            ["sextortion", "sharing_sexual_images"],
            None,
        ),
        ("by a handwritten note", ["pi_information_sharing"], None),
        ("should not have sent the video", ["pi_abuse_as_relationship"], None),
        ("made him feel it was his fault", ["pi_abuse_as_relationship"], None),
        ("said nothing about strangers who ask for them", ["learning_education"], None),
        (
            "had come from someone he had never met",
            ["vuln_parental_awareness", "online_contact_strangers"],
            None,
        ),
        ("held virtually with eleven agencies", [], "incidental"),
        (
            "ask about what was happening online",
            ["learning_health", "pi_online_not_explored"],
            None,
        ),
        ("use the Report Remove service", ["learning_partnership", "learning_police"], None),
        ("Never blame the child", ["learning_partnership", "pi_abuse_as_relationship"], None),
        ("requests for a picture from someone new", ["learning_education"], None),
        ("about their phone or online life", ["learning_partnership"], None),
        ("through the training portal", [], "incidental"),
    ],
    "ashcombe-child-l.txt": [
        ("moderate learning disability", ["vuln_learning_disability"], None),
        ("goes to a special school", ["vuln_send", "vuln_learning_disability"], None),
        ("residential children's home", ["vuln_looked_after"], None),
        ("no friends of her own age", ["vuln_isolation"], None),
        ('staff would "monitor use"', ["pi_risk_assessment_online"], None),
        ("No one wrote down what that meant.", ["pi_risk_assessment_online"], None),
        ("after midnight on several nights", ["livestreaming"], None),
        ("assumed she was on a call with her mother", ["pi_online_not_explored"], None),
        ("lots of fans who give me roses", ["livestreaming", "online_grooming"], None),
        (
            "thought this was make-believe",
            ["pi_online_not_explored", "pi_information_sharing"],
            None,
        ),
        (
            "a broadcast of a young girl in school uniform",
            ["livestreaming", "online_sexual_abuse", "online_contact_strangers"],
            None,
        ),
        (
            "one regular viewer, a man in his forties",
            ["online_grooming", "online_contact_strangers", "livestreaming"],
            None,
        ),
        ("arranged to meet L at a shopping centre", ["online_grooming"], None),
        ("causing a child to engage in sexual activity", ["online_sexual_abuse"], None),
        ("apps that let children broadcast live", ["pi_tech_knowledge"], None),
        ("policy on devices had last been reviewed", ["pi_risk_assessment_online"], None),
        (
            "disability was not considered",
            ["pi_risk_assessment_online", "vuln_learning_disability"],
            None,
        ),
        (
            "could not judge who was safe",
            ["pi_risk_assessment_online", "vuln_learning_disability"],
            None,
        ),
        ("did not see the words as a concern", ["pi_online_not_explored", "pi_thresholds"], None),
        (
            "her tablet was not discussed",
            ["pi_risk_assessment_online", "pi_online_not_explored"],
            None,
        ),
        ("moved to a new home seventy miles away", ["vuln_looked_after"], None),
        ("knew about the broadcasts and did nothing", [], "negated"),
        (
            "a written plan for each child's internet use",
            ["learning_social_care", "pi_risk_assessment_online"],
            None,
        ),
        ("ask about devices and apps", ["learning_social_care"], None),
        ("Special schools should have a way", ["learning_education"], None),
        ("Moves of placement after abuse", ["learning_social_care"], None),
        (
            "write to the company behind the app",
            ["learning_platforms", "learning_partnership"],
            None,
        ),
        ("meeting held on Teams in April", [], "incidental"),
    ],
    "hollins-cross-child-d.md": [
        ("reported missing eleven times", ["vuln_missing"], None),
        ("violence towards his mother", ["vuln_family_conflict"], None),
        ("excluded from secondary school", ["vuln_school_exclusion"], None),
        ("diagnosed with ADHD", ["vuln_send"], None),
        ("a phone that he was told to keep switched on", ["vuln_missing"], "incidental"),
        ("no referral under the national referral mechanism", ["pi_thresholds"], None),
        ("saw her son as a criminal", ["pi_abuse_as_relationship"], None),
        ("posted on a local Facebook group", [], "incidental"),
        ("three of them took place by phone", ["pi_information_sharing"], "incidental"),
        ("No one put the pattern together.", ["pi_information_sharing"], None),
        ("telling professionals something", ["vuln_missing"], "generic"),
        ("the charging decision was made", ["pi_abuse_as_relationship"], None),
        ("a young person who chose to deal", ["pi_abuse_as_relationship"], None),
        ("examined for the drugs investigation", [], "incidental"),
        ("this was not shared with children's social care", ["pi_information_sharing"], None),
        ("What is on a child's phone can show", [], "generic"),
        ("contacted by anyone online", [], "negated"),
        (
            "one person sees the whole picture",
            ["learning_partnership", "pi_information_sharing"],
            None,
        ),
        ("treating exploited children as victims", ["learning_police"], None),
        ("shared with social care as a matter of routine", ["pi_information_sharing"], None),
        ("one in person and one on Zoom", [], "incidental"),
    ],
}
