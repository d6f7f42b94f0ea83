"""Hand coding of the unseen reviews with the online-harm codebook, done once before casebrief
coded them and never changed to suit it. Each entry: a fragment of one ingested sentence, the
themes an analyst gives it, and for hard negatives the kind of trap. `tests/data/unseen_gold.py` turns this
into gold-unseen.json (the sentences as ingested); sentences not listed have no theme.

Recoded once, on 1 December 2026, to the convention written down with set G (see
../unseen-g/labels.py): harm types go to sentences that tell what happened to the child of the
review. Removed: sextortion from the parents' not having heard of such blackmail. Figures before
and after are in the README.

Re-read on 7 December 2026 against the rule for requests for pictures and for sentences that point
back to someone already introduced (docs/measured-quality.md, "Requests for pictures, and pointing
back"): one sentence gained *online sexual abuse* on the persuasion to send intimate photographs."""

LABELS = {
    "wrenfield-sibling-group-x.md": [
        (
            "men he had been talking to on his phone had been abusing him",
            ["online_sexual_abuse", "online_contact_strangers"],
            None,
        ),
        ("assessed as autistic when he was", ["vuln_autism"], None),
        (
            "He had few friends at school and spent long hours in his bedroom",
            ["vuln_isolation"],
            None,
        ),
        (
            "began messaging an account on an app used mostly by adult men",
            ["online_contact_strangers", "platform_dating"],
            None,
        ),
        (
            "several men sent him money, paid for his travel",
            ["online_grooming", "online_sexual_abuse"],
            None,
        ),
        ("he thought of the first man as his boyfriend", ["online_grooming"], None),
        (
            "persuaded him to film himself and send the clips",
            ["sharing_sexual_images", "online_sexual_abuse"],
            None,
        ),
        ("twice reported missing overnight", ["vuln_missing", "vuln_school_exclusion"], None),
        (
            "he had been with an older friend and that there were no concerns",
            ["pi_abuse_as_relationship"],
            None,
        ),
        (
            "mentioned this at a team meeting, but no referral was made",
            ["pi_information_sharing"],
            None,
        ),
        ("noted marks on his forearms", ["vuln_self_harm"], None),
        ("who he was talking to or what he did on his devices", ["pi_online_not_explored"], None),
        (
            "were not examined for five months because of a backlog",
            ["pi_device_delay", "online_contact_strangers"],
            None,
        ),
        (
            "his autism, his isolation, the lack of supervision",
            [
                "vuln_autism",
                "vuln_isolation",
                "vuln_missing",
                "vuln_school_exclusion",
                "vuln_parental_factors",
            ],
            None,
        ),
        (
            "What was missing was anyone asking what Aaron's life looked like",
            ["pi_online_not_explored"],
            None,
        ),
        ("an adult was buying his trust", ["online_grooming"], None),
        (
            "as making his own choices about his sexuality",
            ["pi_abuse_as_relationship", "vuln_lgbtq"],
            None,
        ),
        ("left him exposed to continued contact", ["pi_device_delay"], None),
        ("felt unsure about the platforms young people use", ["pi_tech_knowledge"], None),
        ("she had never heard of the app Aaron was using", ["vuln_parental_awareness"], None),
        ("who they are talking to on their phones", ["learning_partnership"], "generic"),
        (
            "young people who are exploring their sexuality, can be targeted",
            ["learning_partnership"],
            "generic",
        ),
        ("time taken to examine devices in child protection cases", ["learning_police"], None),
        (
            "how adults use apps and games to reach children",
            ["learning_education", "learning_health"],
            None,
        ),
        ("both of which took place over video link", [], "incidental"),
    ],
    "harrowgate-olivia.txt": [
        (
            "someone she believed to be a boy from a nearby college",
            [
                "sextortion",
                "sharing_sexual_images",
                "online_grooming",
                "online_contact_strangers",
                "online_sexual_abuse",
            ],
            None,
        ),
        ("She paid him twice from her savings", ["sextortion"], None),
        ("the first pictures had already gone out", ["sextortion", "sharing_sexual_images"], None),
        ("The learning event was run online", [], "incidental"),
        (
            "The GP did not ask whether anything was worrying Olivia",
            ["pi_online_not_explored"],
            None,
        ),
        ("a link to book an appointment online", [], "incidental"),
        ("had said that someone had photos of her", ["sharing_sexual_images"], None),
        (
            "decided that no further action was needed",
            ["pi_information_sharing", "pi_thresholds"],
            None,
        ),
        ("treated nude images mainly as a matter of deleting", ["pi_abuse_as_relationship"], None),
        (
            "one of dozens run by the same people abroad",
            ["sextortion", "online_contact_strangers"],
            None,
        ),
        ("the information had not been passed to schools", ["pi_information_sharing"], None),
        ("focused on the pictures rather than on the person", ["pi_abuse_as_relationship"], None),
        (
            "being tricked into sharing pictures is not their fault",
            ["learning_education"],
            "generic",
        ),
        (
            "had not heard of this kind of blackmail",
            ["vuln_parental_awareness"],
            None,
        ),
        ("treat threats to share images as abuse", ["learning_education"], None),
        ("ask young people about what is happening to them online", ["learning_health"], None),
    ],
    "penrhos-baby-d.html": [
        ("which was held online because of the distances", [], "incidental"),
        ("through the council's online portal", [], "incidental"),
        ("did not meet the threshold for an assessment", ["pi_thresholds"], None),
        ("sending the mother messages on WhatsApp", ["platform_messaging"], "incidental"),
        (
            "a neighbour posted on Facebook",
            ["platform_social_media", "pi_information_sharing"],
            "incidental",
        ),
        ("searched online for advice about a crying baby", [], "incidental"),
        ("harmful material on the internet", [], "negated"),
        ("The father denied viewing anything unlawful", [], "negated"),
        ("spent part of her childhood in foster care", [], None),
    ],
}
