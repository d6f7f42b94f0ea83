"""Hand coding of the thirty-first set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them and after the release's last change to the coder; never
used to change the codebook or the learned coder. Format as in ../unseen/labels.py; coded to the
convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the
child of the review, including where a practice sentence names it; recommendations and statements
about children in general carry their learning or practice themes only). This set tells its harm
mostly without the usual keywords: films of adults having sex are pornography; a man who has a
child undress on camera while he watches is sexual abuse online through live video; recordings of
it kept among files of other children are indecent images; a threat to show them to her friends
unless she comes back on camera is sexual extortion. Re-read once, with the sets before set AP,
against the rule for contact and grooming (README), which changed one sentence here."""

LABELS = {
    "kestrelford-m.docx": [
        ("talking to a man on camera", ["livestreaming", "online_sexual_abuse"], None),
        (
            "convicted of offences against M and against four other girls",
            ["online_contact_strangers", "online_sexual_abuse"],
            None,
        ),
        ("she had always wanted someone to notice her", ["vuln_isolation"], None),
        (
            "pairs strangers at random for video conversations",
            ["online_contact_strangers", "platform_messaging"],
            None,
        ),
        (
            "said he was nineteen",
            ["online_contact_strangers", "online_grooming", "vuln_age"],
            None,
        ),
        (
            "clips of adults doing sexual things",
            ["online_grooming", "online_sexual_abuse", "pornography"],
            None,
        ),
        (
            "take her clothes off while they talked on camera",
            ["livestreaming", "online_sexual_abuse"],
            None,
        ),
        ("he recorded the calls", ["indecent_images", "online_sexual_abuse"], None),
        ("would be shown what she had done", ["sextortion"], None),
        ("cut the tops of her arms", ["vuln_mental_health", "vuln_self_harm"], None),
        ("six times for low mood", ["pi_online_not_explored", "vuln_mental_health"], None),
        ("recorded them as self-harm", ["pi_online_not_explored", "vuln_self_harm"], None),
        ("waiting list of eighteen weeks", ["pi_thresholds"], None),
        ("in a relationship with an older man online", ["pi_abuse_as_relationship"], None),
        (
            "not in what was happening to her at night on her devices",
            ["pi_online_not_explored"],
            None,
        ),
        ("was not passed to the GP", ["pi_information_sharing"], None),
        (
            "tried to put controls on the home broadband",
            ["pi_parents_not_supported", "vuln_parental_awareness"],
            None,
        ),
        ("not examined by specialist officers for nine months", ["pi_device_delay"], None),
        ("strategy discussion was held by video link", [], "incidental"),
        ("sells second-hand furniture online", [], "incidental"),
        ("did not believe that M had been bullied", [], "negated"),
        ("who they talk to and what they do on their devices", ["learning_health"], "generic"),
        ("examination of children's phones and computers", ["learning_police"], "generic"),
        ("plain advice on broadband filters", ["learning_parents"], "generic"),
    ],
    "greyhithe-child-j.html": [
        ("films of adults having sex", ["pornography"], None),
        ("sent him the first links when he was nine", ["platform_messaging", "pornography"], None),
        (
            "No one at home knew what he had been watching",
            ["pornography", "vuln_parental_awareness"],
            None,
        ),
        ("education, health and care plan", ["vuln_school_exclusion", "vuln_send"], None),
        ("His parents separated", ["vuln_family_conflict"], None),
        ("not at what he might have seen on screens", ["pi_online_not_explored"], None),
        ("not to meet the threshold", ["pi_thresholds"], None),
        ("mostly by text message", [], "incidental"),
        ("parenting course delivered online", [], "incidental"),
        ("online safeguarding training", [], "incidental"),
        ("no sign that any adult had contacted J", [], "negated"),
        ("ask what they have seen and where", ["learning_partnership"], "generic"),
        ("simple advice on filters", ["learning_parents"], "generic"),
        ("record sexualised language and drawings", ["learning_education"], "generic"),
    ],
    "stanwick-fold-baby-r.pdf": [
        ("history of violence towards a previous partner", ["vuln_family_conflict"], None),
        ("playing games online with friends", [], "incidental"),
        ("by telephone and video call", [], "incidental"),
        ("looked up on her phone", [], "incidental"),
        ("could have been shared with health services", ["pi_information_sharing"], None),
        (
            "Messages later recovered from the parents' phones",
            ["vuln_family_conflict"],
            "incidental",
        ),
        ("made through the online portal", [], "incidental"),
        ("nothing to suggest that R had been harmed through any online activity", [], "negated"),
    ],
}
