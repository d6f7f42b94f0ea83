"""Hand coding of the sixty-second set of unseen reviews with the online-harm codebook. Written
and coded by hand before casebrief coded them and after the changes that set BJ prompted;
measured once before anything was changed for it. Format as in ../unseen/labels.py; coded to the
convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the
child of the review, including where a practice sentence names it or points back to it;
recommendations and statements about children in general carry their learning or practice
themes only) and to the rule for contact and grooming in the README. A boy of fifteen met on a
social networking site by a man posing as a student, abused before a webcam, held by the saved
sessions and then abused in person is contact, grooming, streamed abuse, indecent images, sexual
extortion and online sexual abuse. A girl of fourteen drawn into an extreme group through a
game's voice server is gaming, contact, grooming and radicalisation. A girl of thirteen
broadcasting to viewers who sent gifts and asked her to undress is streaming, contact, grooming,
online sexual abuse and image sharing. A girl's sexual exploitation by men who met her in
person, with a phone that held no messages and a meeting held online, and a toddler's drowning,
with a video call, a home camera and an inquest streamed online, are no online harm."""

LABELS = {
    "tollbridge-child-l.docx": [
        ("the sexual abuse he suffered over eighteen months", ["online_sexual_abuse"], None),
        ("joined a social networking site", ["platform_social_media"], None),
        (
            "said he was a nineteen-year-old student",
            ["online_contact_strangers", "online_grooming", "platform_messaging"],
            None,
        ),
        (
            "in front of his webcam",
            ["indecent_images", "livestreaming", "online_sexual_abuse"],
            None,
        ),
        ("reminded him of the saved sessions", ["online_grooming", "sextortion"], None),
        ("collected L from school", ["online_sexual_abuse"], None),
        ("picked up by an adult it did not know", ["online_grooming", "pi_thresholds"], None),
        ("twice for anxiety", ["pi_online_not_explored", "vuln_mental_health"], None),
        ("few professionals in Tollbridge understood", ["pi_tech_knowledge"], None),
        ("e-safety training for school staff", ["learning_education"], "generic"),
    ],
    "ravenmoor-child-s.html": [
        ("recently been diagnosed with ADHD", ["vuln_send"], None),
        (
            "a voice server linked to a survival game",
            [
                "online_contact_strangers",
                "online_gaming",
                "platform_gaming",
                "radicalisation_online",
            ],
            None,
        ),
        ("white girls were in danger", ["radicalisation_online"], None),
        ("the only ones who took me seriously", ["online_grooming", "radicalisation_online"], None),
        ("symbols used by a banned organisation", ["radicalisation_online"], None),
        (
            "which servers and channels she used",
            ["pi_online_not_explored", "pi_prevent", "radicalisation_online"],
            None,
        ),
        ("ask about online communities", ["learning_partnership"], "generic"),
    ],
    "harnley-tegan.pdf": [
        (
            "broadcasting from her bedroom to strangers",
            ["livestreaming", "online_contact_strangers", "online_sexual_abuse"],
            None,
        ),
        ("virtual gifts that turned into money", ["livestreaming", "online_grooming"], None),
        (
            "change into her swimming costume",
            ["livestreaming", "online_grooming", "online_sexual_abuse"],
            None,
        ),
        ("gifts worth more than four hundred pounds", ["livestreaming", "online_grooming"], None),
        ("recorded by viewers and posted", ["livestreaming", "sharing_sexual_images"], None),
        ("limit her screen time", ["pi_online_not_explored"], None),
        ("referral was closed", ["pi_thresholds"], None),
        ("allowed live broadcasts or payments", ["vuln_parental_awareness"], None),
        ("what keeps them awake", ["learning_education"], "generic"),
    ],
    "prestwold-young-person-r.docx": [
        ("living in a children's home", ["vuln_looked_after"], None),
        ("reported her missing nine times", ["vuln_missing"], None),
        ("found no messages from the men", [], "negated"),
        ("strategy meeting in May was held online", [], "incidental"),
        ("contacted, groomed or exploited online", [], "negated"),
        ("online safety sessions", [], "incidental"),
        ("as a behaviour problem", ["pi_abuse_as_relationship"], None),
    ],
    "dunholme-child-b.txt": [
        ("on a video call with her sister", [], "incidental"),
        ("home camera recorded him", [], "incidental"),
        ("held online during a staff shortage", [], "incidental"),
        ("streamed online", [], "incidental"),
        ("harmed online or that neglect", [], "negated"),
    ],
}
