"""Hand coding of the twenty-sixth set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them and after the release's last change; never used to change
the codebook or the learned coder. Format as in ../unseen/labels.py; coded to the convention in
../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the child of the
review, including where a practice sentence names it; recommendations and statements about children
in general carry their learning or practice themes only). Radicalisation is coded as in the gold
sets: the child's own extremist acts count, a Prevent referral alone does not. Re-read once, with
the sets before set AP, against the rule for contact and grooming (README), which changed one
sentence here."""

LABELS = {
    "corrant-vale-child-l.html": [
        (
            "a photo taken of her while she changed for PE",
            ["cyberbullying", "sharing_sexual_images", "platform_messaging"],
            None,
        ),
        (
            "started to like everything she posted",
            ["online_contact_strangers", "online_grooming", "platform_social_media"],
            None,
        ),
        (
            "he asked for a picture of her without her top on",
            ["online_grooming", "online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        (
            "unless she paid two hundred pounds",
            ["sextortion", "sharing_sexual_images"],
            None,
        ),
        ("by the next morning he wanted more", ["sextortion"], None),
        (
            "targeted more than sixty children in the same way",
            ["online_contact_strangers", "sextortion"],
            None,
        ),
        ("cut her arms deeply enough to need stitches", ["vuln_self_harm"], None),
        ("asked what had happened on the phone", ["pi_online_not_explored"], None),
        ("a call back that did not come for nine days", ["pi_thresholds"], None),
        ("was examined eleven weeks later", ["pi_device_delay"], None),
        ("did not know which apps L used", ["vuln_parental_awareness"], None),
        ("earlier experience of being mocked", ["vuln_previous_abuse"], None),
        (
            "treated the changing-room photo as a behaviour matter",
            ["cyberbullying", "pi_information_sharing", "sharing_sexual_images"],
            None,
        ),
        (
            "a girl who had made a poor choice",
            ["pi_abuse_as_relationship", "sextortion"],
            None,
        ),
        ("did not put it together", ["pi_information_sharing"], None),
        ("should teach pupils that a picture", ["learning_education"], "generic"),
        ("Emergency departments should ask young people", ["learning_health"], "generic"),
        ("Police call handlers should treat", ["learning_police"], "generic"),
        ("The review panel met online four times", [], "incidental"),
        ("through the partnership's online form", [], "incidental"),
    ],
    "pendlebrook-child-r.pdf": [
        ("on suspicion of preparing acts of terrorism", ["radicalisation_online"], None),
        ("R is autistic and has an education", ["vuln_autism", "vuln_send"], None),
        (
            "spent most of every day in his bedroom",
            ["vuln_isolation", "vuln_school_exclusion"],
            None,
        ),
        (
            "posted footage of mass shootings",
            [
                "harmful_content",
                "online_contact_strangers",
                "platform_messaging",
                "radicalisation_online",
            ],
            None,
        ),
        (
            "sent him reading lists",
            ["online_contact_strangers", "radicalisation_online"],
            None,
        ),
        (
            "he felt he belonged somewhere",
            ["radicalisation_online", "vuln_isolation"],
            None,
        ),
        ("drew symbols from the channel", ["radicalisation_online"], None),
        (
            "searched for ways to end his life",
            ["harmful_content", "vuln_mental_health"],
            None,
        ),
        ("instructions for making weapons", ["radicalisation_online"], None),
        ("did not proceed to Channel", ["pi_prevent", "pi_thresholds"], None),
        (
            "No one asked R what he was looking at",
            ["pi_online_not_explored", "pi_risk_assessment_online"],
            None,
        ),
        ("did not know how to see which sites he used", ["vuln_parental_awareness"], None),
        ("a leaflet about screen time", ["pi_parents_not_supported"], None),
        ("no multi-agency meeting was called", ["pi_information_sharing"], None),
        ("did not feel confident talking about online extremism", ["pi_tech_knowledge"], None),
        ("had no information from health", ["pi_information_sharing"], None),
        (
            "should have been reviewed when R's behaviour escalated",
            ["pi_prevent", "pi_thresholds"],
            None,
        ),
        ("ask about the online groups they belong to", ["learning_partnership"], "generic"),
        ("understand extremist content online", ["learning_parents"], "generic"),
        ("an e-learning module on Prevent", [], "incidental"),
    ],
    "marrowby-baby-s.docx": [
        ("history of depression", ["vuln_parental_factors"], None),
        ("called twice to arguments at the flat", ["vuln_family_conflict"], None),
        ("often played online games until the early morning", [], "incidental"),
        ("a local parents' group on social media", [], "incidental"),
        ("took place by video call", [], "incidental"),
        (
            "The domestic abuse incidents were not shared",
            ["pi_information_sharing", "vuln_family_conflict"],
            None,
        ),
        ("found nothing of concern about S's care", [], "negated"),
        ("met online", [], "negated"),
        ("is available online for all practitioners", [], "incidental"),
    ],
}
