"""Hand coding of the fifty-seventh set of unseen reviews with the online-harm codebook. Written
and coded by hand before casebrief coded them and after the release's last change to the coder
(the reading changes and the child-age rule that set BE prompted); measured once before anything
was changed for it. Format as in ../unseen/labels.py; coded to the convention in
../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the child of the
review, including where a practice sentence names it or points back to it; recommendations and
statements about children in general carry their learning or practice themes only) and to the
rule for contact and grooming in the README. A boy of Year 10 who was not, his compliments and
the picture he asked for are contact, grooming, image sharing and abuse; his threat, the
payments and the practice sentences about the missing money are sextortion. A toddler filmed
while abused and the recordings shared in a closed group are indecent images, abuse and image
sharing. Clips of a man telling boys their country was being taken and a group chat that sent
maps of places of worship are radicalisation. A baby's death with a father gaming online and a
mother harassed by a former partner, and a boy's neglect where his stepfather read his mother's
messages and mocked her photographs, are no online harm."""

LABELS = {
    "marrick-vale-child-k.pdf": [
        ("found it hard to make friends", ["vuln_isolation"], None),
        (
            "began commenting on the photographs",
            ["online_contact_strangers", "platform_social_media"],
            None,
        ),
        (
            "a picture without her top",
            ["online_grooming", "online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("unless she paid him", ["sextortion"], None),
        ("to send him forty pounds", ["sextortion"], None),
        ("scratching her arms", ["vuln_school_exclusion", "vuln_self_harm"], None),
        ("treated them as fraud", ["sextortion"], None),
        ("recorded low mood", ["vuln_mental_health", "vuln_self_harm"], None),
        ("who she had been talking to", ["pi_online_not_explored", "sextortion"], None),
        ("The blackmail was visible", ["pi_information_sharing", "sextortion"], None),
        ("not confident about asking", ["pi_tech_knowledge"], None),
    ],
    "fenholt-toddler-s.docx": [
        ("uploaded to a file-sharing site", ["indecent_images", "platform_file_sharing"], None),
        ("The child in the video was identified", ["indecent_images"], None),
        ("downloading indecent images", ["indecent_images"], None),
        ("probation did not tell", ["pi_information_sharing"], None),
        (
            "shared the recordings in a closed group",
            ["indecent_images", "online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("convicted of image offences should reach", ["learning_partnership"], "generic"),
        ("very young children can be abused", ["learning_partnership"], "generic"),
    ],
    "dunscar-young-person-l.html": [
        ("moved schools twice", ["vuln_school_exclusion"], None),
        ("their country was being taken", ["harmful_content", "radicalisation_online"], None),
        (
            "older members praised",
            [
                "online_contact_strangers",
                "online_grooming",
                "platform_messaging",
                "radicalisation_online",
            ],
            None,
        ),
        ("a list of targets", ["radicalisation_online"], None),
        (
            "repeat phrases from the clips",
            ["pi_online_not_explored", "radicalisation_online"],
            None,
        ),
        ("repeats hateful ideas", ["learning_partnership"], "generic"),
    ],
    "holmesdale-baby-r.txt": [
        ("played games online through the night", [], "incidental"),
        ("posted insulting comments about her", ["vuln_family_conflict"], "incidental"),
        ("through their online form", [], "incidental"),
        ("again in a video call", [], "incidental"),
        ("appointment reminders by text", [], "incidental"),
        ("nothing to suggest that R had been harmed online", [], "negated"),
        ("Safe sleep advice should be repeated", [], "generic"),
    ],
    "carnwood-jacob.md": [
        ("read her messages", ["vuln_family_conflict"], "incidental"),
        ("posted photographs of her", ["vuln_family_conflict"], "incidental"),
        ("headphones on when the shouting", ["vuln_family_conflict"], None),
        ("through an online platform", [], "incidental"),
        ("nobody put them together", ["pi_information_sharing", "vuln_family_conflict"], None),
        ("share concerns about hunger", [], "generic"),
        ("no evidence that Jacob had been harmed online", [], "negated"),
    ],
}
