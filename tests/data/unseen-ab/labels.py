"""Hand coding of the twenty-seventh set of unseen reviews with the online-harm codebook. Written
and coded by hand before casebrief coded them and after the release's last change to the coder;
never used to change the codebook or the learned coder. Format as in ../unseen/labels.py; coded
to the convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened
to the child of the review, including where a practice sentence names it; recommendations and
statements about children in general carry their learning or practice themes only). A peer's
pressing for nudes is coded as sexual abuse online as well as images shared, as the gold sets
code an adult's."""

LABELS = {
    "greyhaven-child-d.pdf": [
        (
            "He has attention deficit hyperactivity disorder",
            ["vuln_school_exclusion", "vuln_send"],
            None,
        ),
        (
            "began chatting through the game with a player",
            ["online_contact_strangers", "online_gaming", "online_grooming", "platform_gaming"],
            None,
        ),
        (
            "sent him credit to buy new kits",
            ["online_gaming", "online_grooming"],
            None,
        ),
        (
            "asked D to switch on his camera",
            ["livestreaming", "online_grooming", "online_sexual_abuse"],
            None,
        ),
        ("scared the trial would be cancelled", ["online_grooming"], None),
        (
            "The sessions went on for nearly three months",
            ["livestreaming", "online_sexual_abuse"],
            None,
        ),
        (
            "done the same to at least nine other boys",
            ["online_contact_strangers", "online_sexual_abuse"],
            None,
        ),
        ("did not consider who he might be talking to", ["pi_online_not_explored"], None),
        ("no assessment of D's needs took place", ["pi_thresholds"], None),
        ("console was not examined for four months", ["pi_device_delay"], None),
        ("gone along with it", ["pi_abuse_as_relationship"], None),
        ("ask children about the people they meet in games", ["learning_education"], "generic"),
        ("should not refer a parent on to the police", ["learning_social_care"], "generic"),
        ("The review panel met virtually", [], "incidental"),
    ],
    "thistlebrook-young-person-k.md": [
        ("after taking an overdose", ["vuln_self_harm"], None),
        ("Her mother has struggled with alcohol", ["vuln_parental_factors"], None),
        ("always been the odd one out", ["vuln_isolation"], None),
        (
            "asked K for nudes over several weeks",
            ["online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("She sent him two.", ["sharing_sexual_images"], None),
        (
            "shared in a group chat that most of her year group",
            ["cyberbullying", "platform_messaging", "sharing_sexual_images"],
            None,
        ),
        ("Pupils sent K messages calling her names", ["cyberbullying"], None),
        ("reading the comments", ["cyberbullying", "vuln_school_exclusion"], None),
        (
            "Nobody told K that the images could be reported",
            ["sharing_sexual_images"],
            None,
        ),
        (
            "An inter-agency referral discussion was not held",
            ["pi_thresholds", "sharing_sexual_images"],
            None,
        ),
        (
            "which K took to mean that she was to blame",
            ["pi_abuse_as_relationship", "sharing_sexual_images"],
            None,
        ),
        (
            "The GP saw K twice for low mood",
            ["pi_information_sharing", "vuln_mental_health"],
            None,
        ),
        ("returned it after nine weeks", ["pi_device_delay"], None),
        ("Schools should treat the sharing", ["learning_education"], "generic"),
        ("Guidance staff should know how to help", ["learning_education"], "generic"),
        ("share information with the GP", ["learning_health"], "generic"),
        ("The multi-agency learning session was delivered online", [], "incidental"),
    ],
    "sallowfield-child-j.txt": [
        ("reported missing eleven times", ["vuln_missing"], None),
        ("long-term depression and misused cannabis", ["vuln_parental_factors"], None),
        ("excluded twice in Year 10", ["vuln_school_exclusion"], None),
        ("messaging him on Instagram to arrange their sessions", [], "incidental"),
        ("an appeal on social media", ["vuln_missing"], "incidental"),
        ("an online parenting course", [], "incidental"),
        ("found no evidence that anyone had been exploiting him", [], "negated"),
        ("The inquest was streamed online", [], "incidental"),
        ("harmed by anyone he met online", [], "negated"),
    ],
}
