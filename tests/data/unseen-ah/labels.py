"""Hand coding of the thirty-third set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them and after the release's last change to the coder; never
used to change the codebook or the learned coder. Format as in ../unseen/labels.py; coded to the
convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the
child of the review, including where a practice sentence names it; recommendations and statements
about children in general carry their learning or practice themes only). A boy talked into
undressing on a recorded call and then made to pay to stop the clip reaching his followers is
sexually extorted; the recording on the call is sexual abuse online through live video. A man's
collection of pictures of children being abused, among them photographs of the child of the review
posted to a file-sharing site, is indecent images and, for her, sexual abuse online. Re-read once,
with the sets before set AP, against the rule for contact and grooming (README), which changed one
sentence here."""

LABELS = {
    "loch-carran-young-person-l.pdf": [
        ("found by police on the parapet of a road bridge", ["vuln_self_harm"], None),
        ("held its panel meetings online", [], "incidental"),
        ("His father died suddenly", ["vuln_mental_health"], None),
        ("kept himself to himself", ["vuln_isolation"], None),
        (
            "accepted a follow request from a profile showing a girl",
            ["online_contact_strangers", "platform_social_media"],
            None,
        ),
        (
            "talked him into undressing in front of his camera",
            ["livestreaming", "online_sexual_abuse", "sextortion"],
            None,
        ),
        ("every one of them would get the clip unless he paid", ["sextortion"], None),
        ("the demands kept coming", ["sextortion"], None),
        ("barely sleeping", ["vuln_mental_health"], None),
        ("someone was hassling him online", ["pi_online_not_explored", "sextortion"], None),
        (
            "was not passed to the school's child protection coordinator",
            ["pi_information_sharing"],
            None,
        ),
        ("what her brother had been doing on camera", ["sextortion"], None),
        ("left the house without his phone", ["vuln_self_harm"], None),
        ("examined eleven weeks later", ["pi_device_delay"], None),
        ("record boys and then demand money", [], "generic"),
        ("only himself to blame", ["sextortion"], None),
        ("Nobody asked what the person had wanted from him", ["pi_online_not_explored"], None),
        (
            "never heard of this kind of blackmail",
            ["sextortion", "vuln_parental_awareness"],
            None,
        ),
        ("Eleven weeks to examine the phone", ["pi_device_delay"], None),
        ("completed the review's online questionnaire", [], "incidental"),
        ("whether money or images were demanded", ["learning_education"], "generic"),
        ("paying does not stop the threats", ["learning_education", "learning_police"], "generic"),
        ("Pastoral notes that mention online contact", ["learning_education"], "generic"),
        ("what this kind of blackmail looks like", ["learning_parents"], "generic"),
    ],
    "marlhurst-child-p.docx": [
        (
            "under investigation for holding pictures of children being sexually abused",
            ["indecent_images", "pi_iioc_response"],
            None,
        ),
        ("held a practitioners' event, which took place online", [], "incidental"),
        ("through its parents' app", [], "incidental"),
        ("has a learning disability", ["vuln_parental_factors"], None),
        ("watching cartoons on the family tablet", [], "incidental"),
        (
            "uploading images of young children being abused to a file-sharing site",
            ["indecent_images", "platform_file_sharing"],
            None,
        ),
        ("officers seized a laptop and two phones", ["indecent_images"], None),
        ("went back to live with the family the same week", ["pi_iioc_response"], None),
        ("Nobody told children's social care until June", ["pi_information_sharing"], None),
        ("backlog of about seven months", ["pi_device_delay"], None),
        (
            "photographs of P asleep and in the bath",
            ["indecent_images", "online_sexual_abuse", "platform_file_sharing"],
            None,
        ),
        (
            "an account uploading abuse images",
            ["indecent_images", "platform_file_sharing"],
            None,
        ),
        ("no conditions about contact with children", ["pi_iioc_response"], None),
        ("accepts the mother's word", ["pi_iioc_response"], None),
        ("photographs of P found among the files", ["indecent_images"], None),
        ("the children he lives with should be the first question", ["learning_police"], "generic"),
        (
            "seven months between seizure and examination",
            ["indecent_images", "pi_device_delay"],
            None,
        ),
        ("no training in this kind of offending", ["pi_tech_knowledge"], None),
        (
            "not told why Mr D had been arrested",
            ["pi_parents_not_supported", "vuln_parental_awareness"],
            None,
        ),
        ("within one working day", ["learning_police"], "generic"),
        ("examine first the devices", ["learning_police"], "generic"),
        ("training on online child sexual abuse", ["learning_partnership"], "generic"),
    ],
    "saltcote-siblings-t.html": [
        ("The strategy meeting was held online", [], "incidental"),
        ("posted in a local community group online", [], "incidental"),
        ("played games on his mum's old phone", [], "incidental"),
        ("nothing to suggest that any of the children had been harmed", [], "negated"),
        ("through its parents' app", [], "incidental"),
        ("booked through an online system", [], "incidental"),
        ("did not make a referral", ["pi_thresholds"], None),
        ("nobody put them together", ["pi_information_sharing"], None),
        ("not rely on messages and reminders", ["learning_partnership"], "generic"),
        ("that silence is itself information to share", ["learning_partnership"], "generic"),
    ],
}
