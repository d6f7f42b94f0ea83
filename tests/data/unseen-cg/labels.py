"""Hand coding of the eighty-fourth set of unseen reviews with the online-harm codebook.
Written and coded by hand before casebrief read or coded them, after codebook v46; measured once.
Format as in ../unseen/labels.py; coded to the convention in ../unseen-g/labels.py (a harm type
goes to sentences that tell what happened to the child of the review, including where a practice
sentence names it or points back to it; recommendations and statements about children in general
carry their learning or practice themes only), and to the rules for contact and grooming, for
suicide and self-harm, for abuse by someone met online and for games in docs/measured-quality.md.
An autistic boy of fourteen drawn by an older player in a shooting game into a server of
extremists, shown an attacker's film of his killings and arrested for a threat to his old
school, is online radicalisation, grooming, contact, gaming and harmful content (a Welsh board's
web page in questions and answers). A girl of fifteen in a children's home who met a man of
twenty-seven on a dating app, went missing to his flat and was filmed and threatened with the
films, is contact, grooming, online sexual abuse, indecent images, image sharing and sexual
extortion (a Word review in long narrative paragraphs under headings of its own). A boy of
sixteen's overdose after a bereavement, whose only online words are a mood app, online lessons,
a school app, a text to a friend, video-call appointments and a phone found to hold nothing, is
no online harm (a Northern Ireland case management review's executive summary in PDF)."""

LABELS = {
    "cwm-teifi-cpr-child-d.html": [
        ("a boy of fourteen who is autistic", ["vuln_autism"], None),
        ("he kept to himself and spent breaks in the library", ["vuln_isolation"], None),
        (
            "he wrote in a chat server that he would take a knife",
            ["radicalisation_online", "platform_messaging"],
            None,
        ),
        ("the youth justice service and the Channel panel", ["radicalisation_online"], None),
        (
            "an older player who called himself Warden",
            ["online_contact_strangers", "online_gaming", "platform_gaming"],
            None,
        ),
        (
            "he was cleverer than the other players",
            ["online_grooming", "radicalisation_online"],
            None,
        ),
        (
            "short clips mocking Muslims and refugees",
            ["online_grooming", "platform_messaging", "radicalisation_online"],
            None,
        ),
        (
            "the film a gunman had made of himself",
            [
                "harmful_content",
                "online_contact_strangers",
                "platform_messaging",
                "radicalisation_online",
            ],
            None,
        ),
        ("copied parts of the gunman's writing", ["radicalisation_online"], None),
        (
            "did not know the server existed",
            ["radicalisation_online", "vuln_parental_awareness"],
            None,
        ),
        ("symbols from the server drawn on D's planner", ["radicalisation_online"], None),
        (
            "recorded the matter as a behaviour incident",
            ["pi_thresholds", "radicalisation_online"],
            None,
        ),
        ("A Prevent referral was discussed", ["pi_prevent", "radicalisation_online"], None),
        ("without asking what kept him awake", [], None),
        (
            "new special interest in history and weapons",
            ["pi_online_not_explored", "radicalisation_online"],
            None,
        ),
        (
            "No one asked D who he talked to in the game",
            ["pi_online_not_explored", "radicalisation_online"],
            None,
        ),
        (
            "as a sign that someone was working on him",
            ["online_grooming", "radicalisation_online", "vuln_autism"],
            None,
        ),
        ("the autism service was not told about the planner", ["pi_information_sharing"], None),
        ("how chat servers linked to games work", ["pi_tech_knowledge"], None),
        (
            "the voice chat sat outside them",
            ["pi_parents_not_supported", "platform_gaming", "vuln_parental_awareness"],
            None,
        ),
        ("The review meeting with practitioners was held online", [], "incidental"),
        ("treat extremist symbols or lists of attacks", ["learning_education"], "generic"),
        (
            "grooming towards extremism now happens mostly online",
            ["learning_partnership"],
            "generic",
        ),
        ("ask children and their parents about online gaming", ["learning_health"], "generic"),
        ("simple advice on voice chat", ["learning_parents"], "generic"),
        ("write to the game's publisher", ["learning_platforms"], "generic"),
    ],
    "marlowe-heath-cspr-sadie.docx": [
        (
            "Sadie came into care at eleven",
            ["vuln_family_conflict", "vuln_looked_after", "vuln_previous_abuse"],
            None,
        ),
        (
            "she had no friends at her new school and rarely went",
            ["vuln_isolation", "vuln_school_exclusion"],
            None,
        ),
        (
            "downloaded a dating app on a phone a friend had lent her",
            ["online_contact_strangers", "online_grooming", "platform_dating"],
            None,
        ),
        (
            "he used three other profiles on the same app",
            ["online_contact_strangers", "platform_dating"],
            None,
        ),
        ("had bought her a new phone so that", ["online_grooming"], None),
        ("treated her like a prisoner", ["online_grooming"], None),
        ("reported missing from the home eleven times", ["vuln_missing"], None),
        (
            "she had been with her boyfriend, Jay",
            ["pi_abuse_as_relationship", "vuln_missing"],
            None,
        ),
        (
            "police found her in his flat",
            ["online_sexual_abuse", "pi_thresholds"],
            None,
        ),
        (
            "He filmed her during sex",
            ["indecent_images", "online_sexual_abuse", "sextortion", "sharing_sexual_images"],
            None,
        ),
        ("pictures of six other girls", ["indecent_images", "online_sexual_abuse"], None),
        ("He was convicted in May 2026 of rape", ["indecent_images", "online_sexual_abuse"], None),
        ("Sadie's records describe a relationship", ["pi_abuse_as_relationship"], None),
        ("never how she had met Jay", ["pi_online_not_explored"], None),
        (
            "saw the new phone and asked who had bought it",
            ["online_grooming", "pi_online_not_explored"],
            None,
        ),
        ("it had no question about online contact", ["pi_risk_assessment_online"], None),
        ("did not read the police notes of the July visit", ["pi_information_sharing"], None),
        ("after the third missing episode", ["vuln_missing"], None),
        (
            "Sadie first spoke about the films",
            ["indecent_images", "online_sexual_abuse"],
            None,
        ),
        (
            "an adult had a child of fifteen in his flat overnight",
            ["online_sexual_abuse", "pi_thresholds"],
            None,
        ),
        ("never put together in one strategy meeting", ["pi_information_sharing"], None),
        ("His phones were not examined until December", ["pi_device_delay"], None),
        (
            "dating apps take a user's stated age on trust",
            ["pi_tech_knowledge", "platform_dating"],
            None,
        ),
        (
            "stop describing sexual abuse of a child as a relationship",
            ["learning_police", "learning_social_care", "pi_abuse_as_relationship"],
            "generic",
        ),
        ("whether the contact began online", ["learning_social_care"], "generic"),
        (
            "questions on online contact, gifts of phones and money",
            ["learning_partnership", "pi_risk_assessment_online"],
            "generic",
        ),
        (
            "give the examination of phones priority",
            ["learning_police", "pi_device_delay"],
            "generic",
        ),
        (
            "raise with dating app companies",
            ["learning_platforms", "platform_dating"],
            "generic",
        ),
        ("four times on Teams", [], "incidental"),
    ],
    "carrow-bridge-cmr-young-person-k.pdf": [
        ("took a serious overdose at home", ["vuln_self_harm"], None),
        ("The review panel met online six times", [], "incidental"),
        ("after a long period of conflict", ["vuln_family_conflict"], None),
        ("his attendance at school fell to sixty per cent", ["vuln_school_exclusion"], None),
        ("treated for depression for several years", ["vuln_parental_factors"], None),
        ("he seemed withdrawn", ["vuln_mental_health"], None),
        ("found cuts on his forearms", ["vuln_self_harm"], None),
        ("a waiting list of thirty weeks", ["pi_thresholds"], None),
        ("a free mood-tracking app", [], "incidental"),
        ("taught through online lessons", ["vuln_school_exclusion"], "incidental"),
        ("an officer spoke to her by phone", ["vuln_school_exclusion"], None),
        (
            "messaged his head of year on the school app",
            ["pi_thresholds", "vuln_mental_health"],
            "incidental",
        ),
        ("told a friend by text", ["vuln_mental_health"], "incidental"),
        ("offered by video call for February 2026", ["pi_thresholds"], "incidental"),
        ("found nothing to suggest that he had been bullied", [], "negated"),
        ("No agency had the whole picture", ["pi_information_sharing", "vuln_self_harm"], None),
        ("did not mention the cuts", ["pi_information_sharing", "pi_thresholds"], None),
        ("was not shared with the GP or with CAMHS", ["pi_information_sharing"], None),
        ("messages from parents sent through school apps", [], "incidental"),
        ("through its online training for practitioners", [], "incidental"),
    ],
}
