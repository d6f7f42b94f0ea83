"""Hand coding of the ninth set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them, and never used to change the codebook or the learned
coder. Format as in ../unseen/labels.py; coded to the convention in ../unseen-g/labels.py (a
harm type goes to sentences that tell what happened to the child of the review; recommendations
and statements about children in general carry their learning or practice themes only).

Recoded on 6 December 2026 to the convention on games as the setting in the README: a
sentence that tells only that the child played is the gaming platform, not contact through
gaming. One sentence changed here.

Re-read on 7 December 2026 against the rule for requests for pictures and for sentences that point
back to someone already introduced (docs/measured-quality.md, "Requests for pictures, and pointing
back"): one sentence gained *online sexual abuse* on the viewer who asked for pictures."""

LABELS = {
    "wexcombe-child-a.txt": [
        ("arrested for preparing an act of terrorism", ["radicalisation_online"], None),
        ("interest in extreme material", ["radicalisation_online"], None),
        (
            "domestic abuse before the separation",
            ["vuln_family_conflict", "vuln_previous_abuse"],
            None,
        ),
        ("diagnosed with ADHD", ["vuln_send"], None),
        ("permanently excluded from his secondary school", ["vuln_school_exclusion"], None),
        ("on his games console and computer", ["platform_gaming"], None),
        (
            "voice chat server linked to a popular shooting game",
            [
                "online_contact_strangers",
                "online_gaming",
                "platform_gaming",
                "radicalisation_online",
            ],
            None,
        ),
        (
            "praised men who had carried out mass shootings",
            ["harmful_content", "radicalisation_online"],
            None,
        ),
        (
            "sent him manuals on making weapons",
            ["online_contact_strangers", "radicalisation_online"],
            None,
        ),
        ("saw a swastika", ["radicalisation_online"], None),
        ("A Prevent referral was made", ["pi_prevent"], None),
        ("The Channel panel met by video conference", ["pi_prevent", "pi_thresholds"], None),
        ("closed to Prevent", ["pi_prevent", "pi_thresholds"], None),
        ("did not touch on what he did online", ["pi_online_not_explored"], None),
        ("gun-shaped object made from plastic pipe", ["radicalisation_online"], None),
        ("did not understand what was on his computer", ["vuln_parental_awareness"], None),
        ("posted a plan to attack a mosque", ["radicalisation_online"], None),
        ("examination of the computer took seven months", ["pi_device_delay"], None),
        (
            "drawn into violent extremism by adults",
            ["online_contact_strangers", "pi_abuse_as_relationship", "radicalisation_online"],
            None,
        ),
        ("absence of a clear ideology", ["pi_prevent", "pi_thresholds"], None),
        (
            "asked which platforms A used",
            ["pi_online_not_explored", "pi_risk_assessment_online"],
            None,
        ),
        ("no training on extremist symbols", ["pi_tech_knowledge"], None),
        ("no advice on parental controls", ["pi_parents_not_supported"], None),
        ("was not shared with the Channel panel", ["pi_information_sharing", "pi_prevent"], None),
        ("learning event for this review took place online", [], "incidental"),
        ("siblings were exposed to the material", [], "negated"),
        ("mixed or unclear ideologies.", ["learning_partnership", "pi_prevent"], None),
        ("a time limit for examining the devices", ["learning_police", "pi_device_delay"], None),
        ("recruitment through games", ["learning_education", "pi_tech_knowledge"], None),
        ("about their life online", ["learning_social_care", "pi_online_not_explored"], None),
    ],
    "glannau-child-c.html": [
        ("began broadcasting live from her bedroom", ["livestreaming"], None),
        (
            "Viewers sent her virtual gifts",
            ["livestreaming", "online_contact_strangers", "online_grooming", "online_sexual_abuse"],
            None,
        ),
        ('"for the coins"', ["livestreaming"], None),
        (
            "moved the conversation to a private messaging app",
            [
                "online_contact_strangers",
                "online_grooming",
                "online_sexual_abuse",
                "platform_messaging",
            ],
            None,
        ),
        (
            "images of herself partly undressed",
            ["online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("was being passed around a group chat", ["sharing_sexual_images"], None),
        ("added comments about her body", ["cyberbullying"], None),
        ("took an overdose of her mother's medication", ["vuln_self_harm"], None),
        ("thought of livestreaming as a hobby", ["pi_tech_knowledge"], None),
        ("described as having made a poor choice", ["pi_abuse_as_relationship"], None),
        ("whether an adult was involved", ["pi_online_not_explored"], None),
        ("submitted through the online portal", [], "incidental"),
        (
            "the app let strangers send gifts",
            ["pi_parents_not_supported", "vuln_parental_awareness"],
            None,
        ),
        (
            "recorded the overdose as a reaction to bullying",
            ["pi_online_not_explored", "vuln_self_harm"],
            None,
        ),
        ("had met C in person", [], "negated"),
        ("removed the recording within a day", ["learning_platforms"], None),
        ("how gifting on livestreaming apps", ["learning_partnership", "pi_tech_knowledge"], None),
        (
            "treat a child whose images are shared",
            ["learning_education", "pi_abuse_as_relationship"],
            None,
        ),
        ("age checks on livestreaming apps", ["learning_platforms"], None),
        (
            "young people who self-harm about their lives online",
            ["learning_health", "pi_online_not_explored"],
            None,
        ),
    ],
    "marlpit-child-b.docx": [
        ("had drunk heavily since", ["vuln_parental_factors"], None),
        ("arguments between the mother and a new partner", ["vuln_family_conflict"], None),
        ("B has dyslexia", ["vuln_send"], None),
        ("playing Minecraft with his cousin", [], "incidental"),
        ("posted on a local Facebook group", [], "incidental"),
        ("through a secure online system", [], "incidental"),
        ("texted the mother to confirm visits", [], "incidental"),
        ("held by video call over the winter", [], "incidental"),
        ("online safety lessons were delivered", [], "incidental"),
        ("contacted by anyone online", [], "negated"),
        ("threshold for a child protection enquiry", ["pi_thresholds"], None),
        ("each held part of the picture", ["pi_information_sharing"], None),
        (
            "share concerns about a child's presentation",
            ["learning_education", "pi_information_sharing"],
            None,
        ),
    ],
}
