"""Hand coding of the sixty-ninth set of unseen reviews with the online-harm codebook. Written
and coded by hand before casebrief coded them and after the changes that set BQ prompted;
measured once before anything was changed for it. Format as in ../unseen/labels.py; coded to the
convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the
child of the review, including where a practice sentence names it or points back to it;
recommendations and statements about children in general carry their learning or practice
themes only), to the rule for contact and grooming and the rules for suicide and for abuse in
person that began online in the README. A girl of seven filmed in the bath by a stepfather whose
downloads of child abuse material had been traced months before is indecent images. A girl of
fifteen targeted by an anonymous account run by pupils, then messaged by a man posing as a
youth mentor who sent her money and asked to meet, is bullying, contact and grooming. A boy of
eleven shown adult videos on the school bus and added to a chat where they were posted is
pornography; what he later did to a girl in his class is not. A boy's death on a stolen
motorbike, with a youth worker's texts, friends' videos of the scene and an online fundraising
page, is no online harm."""

LABELS = {
    "penhallow-child-f.docx": [
        (
            "Officers found recordings on his laptop that he had made of her in the bath",
            ["indecent_images"],
            None,
        ),
        ("linked to the download of child abuse material", ["indecent_images"], None),
        (
            "the referral sat in a queue",
            ["indecent_images", "pi_iioc_response"],
            None,
        ),
        (
            "Nobody checked in the meantime whether children lived at the address",
            ["indecent_images", "pi_iioc_response"],
            None,
        ),
        (
            "spent hours on his laptop at night and kept it locked",
            ["vuln_parental_awareness"],
            None,
        ),
        (
            "The delay between the trace and the visit",
            ["indecent_images", "pi_iioc_response"],
            None,
        ),
        (
            "Information about the downloads was not shared",
            ["indecent_images", "pi_information_sharing"],
            None,
        ),
        ("check within a working day whether children live at", ["learning_police"], None),
        ("audit how long referrals of this kind wait", ["learning_partnership"], None),
    ],
    "ashgrove-g.html": [
        ("held on Teams in April 2026", [], "incidental"),
        ("found it hard to make new friends", ["vuln_isolation"], None),
        ("an account appeared that posted rumours", ["cyberbullying"], None),
        ("Pupils shared the posts in their group chats", ["cyberbullying"], None),
        ("G stopped going to lunch and began to miss lessons", ["vuln_school_exclusion"], None),
        (
            "who said he was a youth mentor messaged G",
            ["online_contact_strangers", "online_grooming"],
            None,
        ),
        ("told her not to tell her mother", ["online_grooming"], None),
        ("In February he asked to meet her", ["online_grooming"], None),
        ("asked the platform to take it down", ["cyberbullying"], None),
        (
            "did not tell G's mother how bad things had become",
            ["cyberbullying", "pi_information_sharing"],
            None,
        ),
        ("did not ask about school or her phone", ["pi_online_not_explored"], None),
        ("Anonymous accounts that target pupils cause harm", ["learning_education"], None),
        ("An adult who offers a child support in secret", ["learning_partnership"], None),
        ("Health staff should ask young people", ["learning_health"], None),
    ],
    "corran-valley-child-h.pdf": [
        ("showed him videos of adults having sex on their phones", ["pornography"], None),
        ("added him to a chat where the same kind of videos were posted", ["pornography"], None),
        ("excluded him for five days", ["vuln_school_exclusion"], None),
        (
            "parents did not know about the bus or the chat",
            ["pornography", "vuln_parental_awareness"],
            None,
        ),
        ("Nobody at school asked H where he had learned", ["pi_online_not_explored"], None),
        ("ask what he has seen and who showed it to him", ["learning_partnership"], None),
        (
            "include school transport in their safeguarding arrangements",
            ["learning_education"],
            None,
        ),
        ("recognise exposure to sexual content as harm", [], "generic"),
    ],
    "brackwater-child-j.txt": [
        (
            "because of his mother's alcohol use",
            ["vuln_parental_factors", "vuln_school_exclusion"],
            None,
        ),
        ("excluded from two schools", ["vuln_school_exclusion"], None),
        ("kept in touch with him by text and WhatsApp", [], "incidental"),
        ("friends posted videos of the scene", [], "incidental"),
        ("asked the platforms to take down the videos", [], "incidental"),
        ("A fundraising page set up online", [], "incidental"),
        ("no plan for J after his second exclusion", ["vuln_school_exclusion"], None),
    ],
}
