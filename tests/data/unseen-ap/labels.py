"""Hand coding of the forty-first set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them and after the release's last change to the coder; never
used to change the codebook or the learned coder. Format as in ../unseen/labels.py; coded to the
convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the
child of the review, including where a practice sentence names it; recommendations and statements
about children in general carry their learning or practice themes only) and to the rule for
contact and grooming in the README. A player in a virtual reality world who meets a boy every
evening is online contact; the tokens, flattery, private room and "nobody would believe you" are
grooming, and what he asks the boy to do there is sexual abuse. An unknown account that sends a
girl a fake nude made from her race photo and wants money is contact, image sharing and
sextortion. A baby's bruise seen in a Facebook photograph, a video call for a new birth visit and
a father's search for a broken arm are no online harm."""

LABELS = {
    "ashworth-moor-child-n.docx": [
        ("diagnosed with ADHD", ["vuln_send", "vuln_school_exclusion"], None),
        ("bought him a virtual reality headset", ["platform_gaming"], None),
        (
            "a player whose avatar looked like a teenage boy",
            ["online_contact_strangers", "online_gaming", "platform_gaming"],
            None,
        ),
        ("tokens to spend on clothes for his avatar", ["online_grooming", "online_gaming"], None),
        ("come to a private room that needed a code", ["online_grooming", "online_gaming"], None),
        (
            "asked N to describe his body",
            ["online_grooming", "online_sexual_abuse", "online_gaming"],
            None,
        ),
        ("nobody would believe him if he told", ["online_grooming"], None),
        ("had no idea that other people could talk", ["vuln_parental_awareness"], None),
        (
            "a man of forty-four living in another force area",
            ["online_contact_strangers", "online_grooming"],
            None,
        ),
        ("staff thought of it as a games machine", ["pi_tech_knowledge"], None),
        ("Virtual reality worlds are social spaces", ["learning_education"], "generic"),
        ("graded the call as no physical contact", ["pi_thresholds"], None),
        ("calls about it should be graded that way", ["learning_police"], "generic"),
        ("returned eight months later", ["pi_device_delay"], None),
        ("should be examined quickly", ["learning_police"], "generic"),
        ("practitioner event was held online", [], "incidental"),
        ("contacted any other child in the area", [], "negated"),
    ],
    "kennet-downs-isla.html": [
        ("posted clips of her races", ["platform_social_media"], None),
        ("an account she did not recognise", ["online_contact_strangers"], None),
        ("on a naked body that was not hers", ["sharing_sexual_images"], None),
        ("unless she paid two hundred pounds", ["sextortion", "sharing_sexual_images"], None),
        ("the next day the price went up", ["sextortion"], None),
        ("a large number of paracetamol", ["vuln_self_harm"], None),
        ("think the picture was real", ["sharing_sexual_images"], None),
        (
            "because the picture was fake",
            ["pi_thresholds", "sharing_sexual_images"],
            None,
        ),
        ("a group abroad", ["online_contact_strangers", "sextortion"], None),
        ("met the reviewer online", [], "incidental"),
        ("had never received any picture", [], "negated"),
        ("treat a fake nude of a pupil", ["learning_education"], "generic"),
        ("how to report threats", ["learning_partnership"], "generic"),
        ("whether anyone is threatening them online", ["learning_health"], "generic"),
    ],
    "tamar-estuary-baby-q.txt": [
        ("done by video call because of staff shortages", [], "incidental"),
        ("posted photographs on Facebook", [], "incidental"),
        ("searched online for how to tell", [], "incidental"),
        ("found no messages from anyone outside the family", [], "negated"),
        ("only by text", [], "incidental"),
        ("replace a home visit with a video call", [], "generic"),
    ],
}
