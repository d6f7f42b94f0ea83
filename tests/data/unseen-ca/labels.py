"""Hand coding of the seventy-eighth set of unseen reviews with the online-harm codebook.
Written and coded by hand before casebrief read or coded them, with codebook v41; measured once.
Format as in ../unseen/labels.py; coded to the convention in ../unseen-g/labels.py (a harm type
goes to sentences that tell what happened to the child of the review, including where a practice
sentence names it or points back to it; recommendations and statements about children in
general carry their learning or practice themes only) and to the rule for contact and grooming in
the README. A girl of fourteen with a learning disability, paid in gift cards for pictures by a
man posing as a modelling agent and made to perform on camera for paying men, with the sessions
sold on his site, is contact, grooming, image sharing, live streaming, sexual abuse and indecent
images (a PDF marked OFFICIAL at the top and foot of every page, with a watermark across each
page). A toddler's near-drowning in the bath, with an online food order, an online marketplace,
searching online about debts and meetings held online, is no online harm (a Word review with
names redacted three ways). A boy of sixteen blackmailed over a naked picture by a fake girl's
profile, whose school treated it as sexting, and who took an overdose, is contact, image sharing
and sexual extortion (a plain-text review, hard-wrapped, paragraphs numbered).

Re-read on 7 December 2026 against the rule for requests for pictures and for sentences that point
back to someone already introduced (docs/measured-quality.md, "Requests for pictures, and pointing
back"): this set gained *online sexual abuse* on the opening request and on the persuasion to send
a naked picture, and lost *sextortion* on the opening request, which holds no threat."""

LABELS = {
    "brackenfell-child-s.pdf": [
        (
            "with a mild learning disability who lives with her grandmother",
            ["vuln_learning_disability"],
            None,
        ),
        (
            "a website that sold sexual recordings of young people identified her",
            ["indecent_images"],
            None,
        ),
        (
            "a man who said he worked for a modelling agency followed S",
            ["online_contact_strangers", "online_grooming", "platform_social_media"],
            None,
        ),
        (
            "He sent her gift cards for shops and games in return for photographs",
            ["online_grooming", "sharing_sexual_images"],
            None,
        ),
        (
            "paid video sessions in which men she could not see typed instructions",
            ["livestreaming", "online_sexual_abuse", "online_contact_strangers"],
            None,
        ),
        (
            "The sessions were recorded and offered to paying subscribers",
            ["indecent_images", "livestreaming"],
            None,
        ),
        ("S's grandmother noticed the gift cards", ["online_grooming"], None),
        (
            "a message on her phone from a contact saved as 'Agent'",
            ["online_contact_strangers"],
            None,
        ),
        ("closed after a single home visit", ["pi_thresholds"], None),
        (
            "the examination of both devices was not completed until September",
            ["pi_device_delay"],
            None,
        ),
        ("nobody asked who 'Agent' was", ["pi_online_not_explored"], None),
        (
            "does not use the internet; she had been offered no advice",
            ["vuln_parental_awareness", "pi_parents_not_supported"],
            None,
        ),
        (
            "as choosing to send the photographs",
            ["pi_abuse_as_relationship", "sharing_sexual_images"],
            None,
        ),
        ("The delay in examining the devices left S", ["pi_device_delay"], None),
        ("The strategy discussion in March was held as a video conference", [], "incidental"),
        (
            "ask who a child is talking to online whenever unexplained gifts",
            ["learning_partnership"],
            "generic",
        ),
        ("Kinship carers should be offered practical guidance on apps", ["learning_parents"], None),
        ("agree a timescale for examining devices", ["learning_police"], None),
    ],
    "rowanmere-child-d.docx": [
        ("a delivery from her online food order", [], "incidental"),
        ("a bath seat through an online marketplace", [], "incidental"),
        (
            "treated for depression since the birth of her son",
            ["vuln_parental_factors"],
            "incidental",
        ),
        ("the mother seemed low", ["vuln_parental_factors"], None),
        ("its review meetings were held online", [], "incidental"),
        ("closed the plan after six months", ["pi_thresholds", "vuln_parental_factors"], None),
        ("harmed through anything online", [], "negated"),
        (
            "The mother's depression was treated as a separate matter",
            ["vuln_parental_factors"],
            None,
        ),
        ("advice on bath safety", ["learning_health"], None),
        ("should not close a plan while a parent's mental health", ["learning_social_care"], None),
        ("water safety advice on its website", [], "incidental"),
    ],
    "saltmarsh-child-t.txt": [
        ("when he took an overdose at home", ["vuln_self_harm"], None),
        (
            "persuaded him to send a naked picture of himself",
            ["online_sexual_abuse", "sextortion", "sharing_sexual_images"],
            None,
        ),
        (
            "A profile that appeared to belong to a girl of his age",
            ["online_contact_strangers", "platform_social_media"],
            None,
        ),
        (
            "asked for one in return, which he sent",
            ["sharing_sexual_images", "online_sexual_abuse"],
            None,
        ),
        ("a collage of his picture beside screenshots of his followers", ["sextortion"], None),
        ("T paid one hundred pounds from his savings", ["sextortion"], None),
        (
            "under the school's sexting procedure",
            ["sharing_sexual_images", "sextortion", "pi_thresholds"],
            None,
        ),
        (
            "T had sent a picture to a girl and should delete the app",
            ["sharing_sexual_images"],
            None,
        ),
        (
            "the people who had threatened him were probably adults abroad",
            ["pi_thresholds", "sextortion", "online_contact_strangers"],
            None,
        ),
        ("Two days later T took the overdose.", ["vuln_self_harm"], None),
        (
            "did not recognise the pattern of a fake profile",
            ["pi_tech_knowledge", "sextortion"],
            None,
        ),
        (
            "Treating T as a young person who had shared an image",
            ["sharing_sexual_images", "pi_abuse_as_relationship", "vuln_self_harm"],
            None,
        ),
        (
            "the counsellor was not told about the threats",
            ["vuln_mental_health", "pi_information_sharing", "sextortion"],
            None,
        ),
        ("had been limited to T's anxiety", ["vuln_mental_health"], None),
        ("treat a demand for money or more images", ["learning_education"], "generic"),
        ("the images can be reported for removal", ["learning_education"], "generic"),
        ("should have their risk of self-harm assessed", ["learning_education"], "generic"),
    ],
}
