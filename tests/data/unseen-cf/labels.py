"""Hand coding of the eighty-third set of unseen reviews with the online-harm codebook.
Written and coded by hand before casebrief read or coded them, after codebook v44; measured once,
and the first set measured against a model trained on a library's decisions as well as the gold
sets. Format as in ../unseen/labels.py; coded to the convention in ../unseen-g/labels.py (a harm
type goes to sentences that tell what happened to the child of the review, including where a
practice sentence names it or points back to it; recommendations and statements about children
in general carry their learning or practice themes only), and to the rules for contact and
grooming and for harmful content in docs/measured-quality.md. A footballer of fifteen who sent a
picture to an account posing as a girl, was made to pay and then had the picture posted in his
club's group chat, is sextortion, image sharing, online sexual abuse, contact and grooming (the
move to a private app) (a paginated PDF practice review with key practice episodes, a running
header and footer). A girl of twelve pressed by the owners of a server into cutting herself and
then undressing on a live call, threatened with exposure when she tried to leave, is harmful
content, livestreaming, contact, cyberbullying, online sexual abuse and indecent images (the
recordings on the arrested man's phone) (a partnership's learning brief in Word, told in a
two-column table). A boy of three neglected at home, whose only online words are a referral
portal, a video-call visit, online shopping, a father's phone games, a neighbour's post and a
meeting held online, is no online harm (a plain-text summary with underlined headings).

Re-read on 7 December 2026 against the rule for requests for pictures and for sentences that point
back to someone already introduced (docs/measured-quality.md, "Requests for pictures, and pointing
back"): one sentence gained *online sexual abuse* on the scam's opening request for a picture."""

LABELS = {
    "harrowfield-lcspr-child-t.pdf": [
        ("a serious attempt to take his own life", ["vuln_self_harm"], None),
        (
            "had been blackmailed by people he believed to be a girl",
            ["sextortion", "online_contact_strangers", "platform_social_media"],
            None,
        ),
        ("who met virtually on four occasions", [], "incidental"),
        ("spoke to the reviewer on a video call", [], "incidental"),
        ("the school counsellor for low mood", ["vuln_mental_health"], None),
        (
            "accepted a follow request from an account showing a smiling girl",
            ["online_contact_strangers"],
            None,
        ),
        (
            "the conversation had moved to a private messaging app",
            [
                "online_grooming",
                "sharing_sexual_images",
                "platform_messaging",
                "online_sexual_abuse",
            ],
            None,
        ),
        (
            "sent a picture of himself naked from the waist down",
            ["sharing_sexual_images", "online_sexual_abuse"],
            None,
        ),
        (
            "the account sent back his picture beside a screenshot of his followers",
            ["sextortion", "online_contact_strangers"],
            None,
        ),
        ("typical of financially motivated sexual extortion", [], "generic"),
        ("paid £150 from his savings in gift card codes", ["sextortion"], None),
        (
            "The account then asked for the rest",
            [
                "sextortion",
                "sharing_sexual_images",
                "online_contact_strangers",
                "platform_messaging",
            ],
            None,
        ),
        ("saw the picture on her son's phone", ["sharing_sexual_images"], None),
        ("reported the blackmail", ["sextortion"], None),
        ("recorded the matter as a crime", ["sextortion", "pi_thresholds"], None),
        (
            "nobody checked whether the picture was still being passed around",
            ["sharing_sexual_images", "pi_thresholds"],
            None,
        ),
        ("removed the picture from the group chat", ["sharing_sexual_images"], None),
        ("put it down to exam pressure", ["pi_online_not_explored"], None),
        ("took an overdose at home", ["vuln_self_harm"], None),
        (
            "the blackmail was not mentioned in her assessment",
            ["sextortion", "pi_risk_assessment_online"],
            None,
        ),
        (
            "treated the extortion of a child as a matter for online safety advice",
            ["sextortion", "pi_thresholds"],
            None,
        ),
        (
            "Advice to delete the app removed evidence",
            ["sextortion", "pi_device_delay"],
            None,
        ),
        ("no agency held the whole picture", ["pi_information_sharing"], None),
        (
            "neither asked whether anything had happened to him online",
            ["pi_online_not_explored"],
            None,
        ),
        ("refer it to children's social care and keep the evidence", ["learning_police"], None),
        ("when a nude image of a pupil or player is shared", ["learning_education"], None),
        ("about their online life, including any threats", ["learning_health"], None),
        ("talking with sons about sextortion", ["learning_parents"], None),
    ],
    "corrie-moss-learning-brief-e.docx": [
        (
            "pressed by members of an online group into cutting herself on camera",
            ["harmful_content", "livestreaming", "online_contact_strangers"],
            None,
        ),
        ("The rapid review meeting was held on Teams", [], "incidental"),
        ("found it hard to make friends", ["vuln_isolation", "vuln_send"], None),
        ("may look for belonging online", ["learning_partnership"], "generic"),
        (
            "joined a server on a chat platform",
            ["online_contact_strangers", "platform_messaging", "platform_social_media"],
            None,
        ),
        ("Invitations to such servers pass from child to child", [], "generic"),
        (
            "scratch words into her arm and show it on a live call",
            ["harmful_content", "livestreaming", "online_contact_strangers"],
            None,
        ),
        ("Tasks that start harmless and grow", [], "generic"),
        (
            "posted the name of her school and a photograph of her in uniform",
            ["cyberbullying"],
            None,
        ),
        ("Threats to expose a child keep them in a group", [], "generic"),
        (
            "told to undress on camera while others watched",
            ["online_sexual_abuse", "livestreaming"],
            None,
        ),
        (
            "What began with self-harm became sexual abuse",
            ["online_sexual_abuse", "harmful_content"],
            None,
        ),
        ("Her mother saw the cuts in February", ["harmful_content", "vuln_self_harm"], None),
        (
            "Nobody asked E what she did online",
            ["pi_online_not_explored"],
            None,
        ),
        (
            "arrested a man of nineteen who ran several such servers",
            ["online_contact_strangers", "indecent_images"],
            None,
        ),
        ("had not heard of groups that set children tasks", ["pi_tech_knowledge"], None),
        ("Practitioners need to know that these groups exist", ["learning_partnership"], None),
        ("Ask children who self-harm whether anyone online", ["learning_health"], None),
        ("Treat threats to expose a child as abuse", ["learning_partnership"], None),
        ("include self-harm groups and dares", ["learning_education"], None),
        ("Parents can find advice", ["learning_parents"], None),
        ("through its parent app", [], "incidental"),
    ],
    "brenley-child-r.txt": [
        ("his father drinks heavily at weekends", ["vuln_parental_factors"], None),
        ("made through the council's online portal", ["pi_thresholds"], "incidental"),
        ("offered a video call during the winter", [], "incidental"),
        ("ordered food and nappies online", [], "incidental"),
        ("posted a photograph of the overflowing bins", [], "incidental"),
        ("playing games on his phone in the bedroom", [], "incidental"),
        ("Each agency saw part of the picture", ["pi_information_sharing"], None),
        (
            "Information about the father's drinking",
            ["pi_information_sharing", "vuln_parental_factors"],
            None,
        ),
        ("The core group met online every four weeks", [], "incidental"),
        ("to suggest that he had been harmed through anything online", [], "negated"),
        ("checked every working day by a duty team", ["learning_social_care"], "incidental"),
        ("not by video call, when there are concerns", ["learning_health"], "incidental"),
        ("online training on recognising neglect", ["learning_partnership"], "incidental"),
    ],
}
