"""Hand coding of the seventy-ninth set of unseen reviews with the online-harm codebook.
Written and coded by hand before casebrief read or coded them, after this release's reading of
watermarks, with codebook v41 and coding rules revision 6; measured once. Format as in
../unseen/labels.py; coded to the convention in ../unseen-g/labels.py (a harm type goes to
sentences that tell what happened to the child of the review, including where a practice
sentence names it or points back to it; recommendations and statements about children in
general carry their learning or practice themes only) and to the rule for contact and grooming in
the README. An autistic boy of thirteen befriended in a building game by a man posing as a boy
of fifteen, given game currency, moved to a voice app, sent videos of adults having sex and sent
a train ticket to meet him, is contact, grooming, gaming and pornography (a Word review with
paragraphs numbered by Word's list style, printed to PDF by LibreOffice). A girl of sixteen
controlled through her phone by her boyfriend, who shared a video of them having sex in a group
chat and threatened to spread it further, is cyberbullying, image sharing and sexual extortion
(a partnership's page with an aside of related reviews and a captioned figure). A boy of fifteen
injured in a fall after referrals below the threshold, with an email, a video-call appointment,
a school's messaging app and a parenting forum, is no online harm (a Word rapid review that
opens with a glossary table)."""

LABELS = {
    "holmbridge-child-b.pdf": [
        ("He is autistic and attends a specialist unit", ["vuln_autism", "vuln_send"], None),
        (
            "waiting for someone he believed to be a boy of fifteen",
            ["online_grooming", "online_contact_strangers"],
            None,
        ),
        (
            "most of B's friendships took place inside a building game",
            ["platform_gaming", "vuln_isolation"],
            None,
        ),
        (
            "a player who called himself Max began helping B",
            ["online_contact_strangers", "online_grooming", "online_gaming", "platform_gaming"],
            None,
        ),
        ("B was the only person who really understood him", ["online_grooming"], None),
        (
            "Max suggested they talk on a voice app instead",
            ["online_grooming", "platform_messaging"],
            None,
        ),
        (
            "Max sent links to videos of adults having sex",
            ["online_grooming", "pornography"],
            None,
        ),
        ("Max sent B a train ticket", ["online_grooming"], None),
        ("found the ticket in his email", ["online_grooming"], None),
        (
            "talked constantly about a new best friend",
            ["online_grooming", "pi_online_not_explored"],
            None,
        ),
        (
            "a general leaflet about screen time",
            ["pi_parents_not_supported", "platform_gaming"],
            None,
        ),
        (
            "a man of thirty-four who had contacted other boys through the same game",
            ["online_contact_strangers", "online_gaming", "platform_gaming"],
            None,
        ),
        ("A strategy meeting was held the following day on a video platform", [], "incidental"),
        (
            "Max's interest was not what it seemed",
            ["vuln_autism", "online_grooming"],
            None,
        ),
        ("how adults might pretend to be children in games", ["pi_online_not_explored"], None),
        ("did not address who he was talking to", ["pi_parents_not_supported"], None),
        ("how adults may pretend to be children online", ["learning_education"], "generic"),
        ("staff should ask who the child plays with", ["learning_education"], "generic"),
        ("share this learning with the game's operator", ["learning_platforms"], None),
    ],
    "dunmore-child-r.html": [
        ("asked her to share her location with him", ["cyberbullying"], None),
        ("He asked for her passwords", ["cyberbullying"], None),
        (
            "he put a video of the two of them having sex on a group chat",
            ["sharing_sexual_images", "sextortion", "platform_messaging"],
            None,
        ),
        ("The video was removed from the chat", ["sharing_sexual_images"], None),
        (
            "nobody asked whether someone was controlling her",
            ["pi_online_not_explored", "cyberbullying"],
            None,
        ),
        ("The police treated the video as a crime", ["sharing_sexual_images"], None),
        ("could take place through a phone", ["vuln_parental_awareness"], None),
        ("include control through phones and apps", ["learning_education"], "generic"),
        ("anxious about their phone whether anyone is checking", ["learning_education"], "generic"),
        ("guidance for parents on the signs of controlling", ["learning_parents"], None),
    ],
    "westcombe-young-person-j.docx": [
        (
            "has an EHCP for social, emotional and mental health needs",
            ["vuln_send", "vuln_school_exclusion"],
            None,
        ),
        ("information about local youth services by email", ["pi_thresholds"], "incidental"),
        ("his first appointment was offered as a video call", ["vuln_mental_health"], "incidental"),
        ("used the school's messaging app", [], "incidental"),
        ("a parenting forum online", [], "incidental"),
        ("were not looked at together", ["pi_thresholds"], None),
        ("Offering a first CAMHS appointment by video", [], "incidental"),
        ("harmed or exploited through his phone or online", [], "negated"),
        ("three or more referrals in six months", ["learning_partnership"], None),
        ("offer a first appointment in person", ["learning_health"], None),
    ],
}
