"""Hand coding of the eighty-second set of unseen reviews with the online-harm codebook.
Written and coded by hand before casebrief read or coded them, after codebook v44 and the
convention for games as the setting; measured once. Format as in ../unseen/labels.py; coded to
the convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened to
the child of the review, including where a practice sentence names it or points back to it;
recommendations and statements about children in general carry their learning or practice themes
only), to the rule for contact and grooming and to the convention for games as the setting in the
README. An autistic boy of eleven befriended in a building game by a player who said he was
twelve, given the game's currency, moved to a video app, told to undress on calls and sent clips
of adults having sex, by a man of thirty-eight who kept recordings, is gaming contact, contact
with strangers, grooming, online sexual abuse, livestreaming, pornography and indecent images (a
rapid review to the national Panel in Word, with an agency table); his evenings in the game are
the gaming platform. A girl of fourteen in foster care, whose picture sent to a boyfriend was
posted in a group chat when she ended it and who was then sent messages from unknown numbers
telling her nobody would miss her, is image sharing, cyberbullying and contact (a Welsh concise
child practice review in plain text, hard-wrapped); her dancing game with her foster sister is
the gaming platform. A baby of eight weeks who died sleeping on a sofa, with an online GP form, a
video-call health visit, a father who gamed online at night and a mother's searches on social
media, is no online harm (a partnership's web page)."""

LABELS = {
    "ashgrove-vale-child-l.docx": [
        (
            "had been sexually abused by an adult he had first come across in a game",
            ["online_sexual_abuse", "online_gaming", "online_contact_strangers"],
            None,
        ),
        ("The panel met by video link", [], "incidental"),
        (
            "L is autistic and attends a mainstream primary school",
            ["vuln_autism", "vuln_send"],
            None,
        ),
        ("orders the family's shopping online", [], "incidental"),
        ("spends most evenings on a tablet playing a building game", ["platform_gaming"], None),
        (
            "the one place where he seemed relaxed and able to make friends",
            ["vuln_isolation"],
            None,
        ),
        (
            "a player calling himself Blaze, who said he was twelve",
            ["online_contact_strangers", "online_gaming"],
            None,
        ),
        (
            "Blaze gave L large amounts of the game's currency",
            ["online_grooming", "online_gaming"],
            None,
        ),
        ("suggested they talk on a video app instead", ["online_grooming", "online_gaming"], None),
        (
            "asked L to take off his clothes and to do what he was told",
            ["online_sexual_abuse", "livestreaming"],
            None,
        ),
        (
            "sent L short clips of adults having sex",
            ["online_sexual_abuse", "pornography", "online_grooming"],
            None,
        ),
        (
            "The account behind Blaze belonged to a man of thirty-eight",
            ["online_contact_strangers", "online_sexual_abuse"],
            None,
        ),
        ("he had kept recordings of the calls", ["indecent_images", "online_sexual_abuse"], None),
        ("spoke to his mother about screen time", ["pi_online_not_explored"], None),
        (
            "talked at length about a new friend in the game",
            ["online_gaming", "pi_online_not_explored"],
            None,
        ),
        ("A strategy discussion was held online", [], "incidental"),
        ("did not ask who he was playing with", ["pi_online_not_explored"], None),
        ("did not know that the game allowed private chat", ["vuln_parental_awareness"], None),
        ("their carers need advice that fits them", ["learning_parents"], None),
        ("questions about gaming contacts", ["learning_education"], None),
        ("a question about online friendships", ["learning_health"], None),
    ],
    "tre-ddol-cpr-2-2026-nia.txt": [
        (
            "had lived with foster carers for two years when she took an overdose",
            ["vuln_looked_after", "vuln_self_harm"],
            None,
        ),
        (
            "after her mother's partner assaulted her",
            ["vuln_previous_abuse", "vuln_looked_after"],
            None,
        ),
        ("a picture of Nia without her top on", ["sharing_sexual_images"], None),
        ("had posted it in a group chat", ["sharing_sexual_images"], None),
        (
            "messages arrived from numbers she did not know",
            ["cyberbullying", "online_contact_strangers"],
            None,
        ),
        ("everyone in the room had seen it", ["sharing_sexual_images"], None),
        (
            "dealt with it under its behaviour policy",
            ["sharing_sexual_images", "pi_thresholds"],
            None,
        ),
        (
            "Neither Nia's social worker nor her foster carers were told",
            ["pi_information_sharing"],
            None,
        ),
        ("kept her phone face down", ["vuln_parental_awareness"], None),
        ("no one asked about her phone", ["pi_online_not_explored"], None),
        ("use a messaging app to keep in touch", [], "incidental"),
        ("played a dancing game on the console", ["platform_gaming"], "incidental"),
        ("she told her about the picture for the first time", ["sharing_sexual_images"], None),
        ("copied to at least one other app", ["sharing_sexual_images"], None),
        ("sharing nudes and semi-nudes", ["learning_education"], None),
        ("ask children in care about their online lives", ["learning_social_care"], None),
        ("what to do when a child's image is shared", ["learning_parents"], None),
    ],
    "kilnbrook-baby-m.html": [
        ("registered with the GP practice through its online form", [], "incidental"),
        ("often played games online with friends", [], "incidental"),
        ("looked up advice on social media", [], "incidental"),
        ("first contact was by video call", [], "incidental"),
        ("was not shared with the health visiting service", ["pi_information_sharing"], None),
        ("found no messages or searches on either parent's phone", [], "negated"),
    ],
}
