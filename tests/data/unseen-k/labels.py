"""Hand coding of the eleventh set of unseen reviews with the online-harm codebook. Written and coded
by hand before casebrief coded them, and never used to change the codebook or the learned coder.
Format as in ../unseen/labels.py; coded to the convention in ../unseen-g/labels.py (a harm type
goes to sentences that tell what happened to the child of the review; recommendations and
statements about children in general carry their learning or practice themes only). Re-read once,
with the sets before set AP, against the rule for contact and grooming (README), which changed one
sentence here.

Re-read on 7 December 2026 against the rule for requests for pictures and for sentences that point
back to someone already introduced (docs/measured-quality.md, "Requests for pictures, and pointing
back"): one sentence gained *online sexual abuse* on the man asking for a picture "like last time"."""

LABELS = {
    "ravensholt-child-m.pdf": [
        (
            "a girl of thirteen who has a mild learning disability",
            ["vuln_age", "vuln_learning_disability", "vuln_send"],
            None,
        ),
        (
            "threatening to show a picture of her to the whole school",
            ["online_sexual_abuse", "sextortion", "sharing_sexual_images"],
            None,
        ),
        ("known about the picture for seven weeks", ["pi_thresholds"], None),
        ('wanted a photograph of her "with nothing on"', ["sharing_sexual_images"], None),
        ("sent it to him that night", ["sharing_sexual_images"], None),
        (
            "forwarded to a group chat of around forty pupils",
            ["platform_messaging", "sharing_sexual_images"],
            None,
        ),
        ("showed the head of year the picture", ["sharing_sexual_images"], None),
        (
            "recorded the matter as a behaviour incident",
            ["pi_abuse_as_relationship", "pi_thresholds"],
            None,
        ),
        ('"made a silly mistake"', ["pi_abuse_as_relationship", "pi_thresholds"], None),
        ("The picture reached a seventeen-year-old", ["sharing_sexual_images"], None),
        (
            "would post it to her family unless she met him",
            ["platform_social_media", "sextortion", "sharing_sexual_images"],
            None,
        ),
        ("some kind and some threatening", ["online_grooming", "sextortion"], None),
        ("her attendance fell to sixty per cent", ["vuln_school_exclusion"], None),
        ("thought she was talking to friends", ["vuln_parental_awareness"], None),
        ("as she had been told to", ["online_sexual_abuse", "sextortion"], None),
        ("harder for her to judge", ["vuln_learning_disability"], None),
        ("who she was in contact with", ["pi_online_not_explored"], None),
        ("additional needs was never considered", ["pi_risk_assessment_online"], None),
        ("very probably to the local authority's front door", ["pi_thresholds"], None),
        ('"put herself in that position"', ["pi_abuse_as_relationship"], None),
        ("coordinator was not told about the incident", ["pi_information_sharing"], None),
        ("was examined within a fortnight", [], "incidental"),
        ("met virtually on four occasions", [], "incidental"),
        (
            "safeguarding concern first and a behaviour matter second",
            ["learning_education", "vuln_learning_disability"],
            "generic",
        ),
        (
            "who else has seen the image",
            ["learning_education", "pi_online_not_explored"],
            "generic",
        ),
        (
            "Report Remove service",
            ["learning_parents", "pi_parents_not_supported"],
            "generic",
        ),
        (
            "incident of image sharing on their safeguarding system",
            ["learning_education"],
            "generic",
        ),
        (
            "take account of children with special educational needs",
            ["learning_partnership", "vuln_send"],
            "generic",
        ),
    ],
    "oakhurst-young-person-d.docx": [
        (
            "has lived in residential care since he was eleven",
            ["vuln_family_conflict", "vuln_looked_after", "vuln_previous_abuse"],
            None,
        ),
        ("a children's home run by an independent provider", ["vuln_looked_after"], None),
        ("two men at the flat had had sex with him", ["online_sexual_abuse", "vuln_missing"], None),
        ("he was gay", ["vuln_lgbtq"], None),
        (
            "an app used by adult men to meet other men",
            ["online_contact_strangers", "platform_dating"],
            None,
        ),
        (
            "a man who called himself Jay",
            ["online_contact_strangers", "online_grooming"],
            None,
        ),
        ("Staff saw the parcels arrive", ["online_grooming"], None),
        ("Jay introduced him to other men", ["online_grooming"], None),
        ("went missing eleven times", ["vuln_missing"], None),
        ("Return home interviews were offered", ["vuln_missing"], None),
        ("nobody linked the taxis", ["pi_information_sharing"], None),
        ('send a picture "like last time"', ["online_sexual_abuse", "sharing_sexual_images"], None),
        ("The log entry was not passed", ["pi_information_sharing"], None),
        ("not examined for seven months", ["pi_device_delay"], None),
        ("relationship with an older boyfriend", ["pi_abuse_as_relationship"], None),
        ("A boy of fifteen cannot consent", ["pi_abuse_as_relationship"], "generic"),
        (
            "the only place where he could talk to people like him",
            ["platform_dating", "vuln_isolation", "vuln_lgbtq"],
            None,
        ),
        ("how to talk with him about his sexuality", ["vuln_lgbtq"], None),
        (
            "None of the staff team had heard of the app",
            ["pi_risk_assessment_online", "pi_tech_knowledge"],
            None,
        ),
        ("said nothing about his phone", ["pi_risk_assessment_online"], None),
        (
            "how he was arranging to meet people",
            ["pi_online_not_explored", "vuln_missing"],
            None,
        ),
        (
            "The signs that D was being groomed",
            ["online_grooming", "pi_information_sharing"],
            None,
        ),
        (
            "cover their lives online",
            ["learning_social_care", "pi_risk_assessment_online"],
            "generic",
        ),
        (
            "dating and hook-up apps",
            ["learning_partnership", "pi_tech_knowledge", "platform_dating"],
            "generic",
        ),
        (
            "waiting times for the examination of devices",
            ["learning_police", "pi_device_delay"],
            "generic",
        ),
    ],
    "stannard-child-r.html": [
        ("playing football games online with his cousins", [], "incidental"),
        ("speech and language difficulties", ["vuln_send"], None),
        (
            "saw domestic abuse between his parents",
            ["vuln_family_conflict", "vuln_previous_abuse"],
            None,
        ),
        ("permanently excluded for carrying a knife", ["vuln_school_exclusion"], None),
        ("he began to go missing", ["vuln_missing"], None),
        ("used as a drug line", [], "incidental"),
        ("messaged him on Snapchat every night", [], "incidental"),
        ("through an online consultation", [], "incidental"),
        ("the two plans were never compared", ["pi_information_sharing"], None),
        ("closed after R said that he felt safe", ["pi_thresholds"], None),
        ("seen as an offender", ["pi_abuse_as_relationship"], None),
        ("read as a refusal to engage", ["vuln_send"], None),
        ("was not shared", ["pi_information_sharing"], None),
        ("contacted or recruited online", [], "negated"),
        ("on a child's own account of feeling safe", ["pi_thresholds"], None),
        ("share information about exclusions", ["pi_information_sharing"], None),
        ("met online five times", [], "incidental"),
    ],
}
