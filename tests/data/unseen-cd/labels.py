"""Hand coding of the eighty-first set of unseen reviews with the online-harm codebook.
Written and coded by hand before casebrief read or coded them, after codebook v43; measured once.
Format as in ../unseen/labels.py; coded to the convention in ../unseen-g/labels.py (a harm type
goes to sentences that tell what happened to the child of the review, including where a practice
sentence names it or points back to it; recommendations and statements about children in general
carry their learning or practice themes only) and to the rule for contact and grooming in the
README. A boy of thirteen given a rank and skins on a private game server by older players, told
to undress on a video call that was recorded, and made to pay in gift cards under the threat of
the clip going to his year's chat, is gaming contact, contact with strangers, grooming, online
sexual abuse, livestreaming, image sharing and sexual extortion, told mostly without those words
(a Scottish learning review, a typed PDF with numbered paragraphs, whose inter-agency referral
discussion treated the payments as theft and debt). A girl of fifteen in a children's home given a
second phone by a man, whose location in an app let men she did not know add her, and who was
collected by paid taxis when she went missing, is grooming, contact and image sharing (a
partnership's HTML briefing with a key-facts table). A baby of ten months with fractures, whose
mother was contacted by text, posted his photographs and was referred through an online form, is
no online harm (a Northern Ireland case management review's executive summary in Word).

Re-read on 7 December 2026 against the rule for requests for pictures and for sentences that point
back to someone already introduced (docs/measured-quality.md, "Requests for pictures, and pointing
back"): one sentence gained *online sexual abuse* on the adult men who asked her for pictures."""

LABELS = {
    "glenmoray-learning-review-callum.pdf": [
        ("after cutting his arms badly at home", ["vuln_self_harm"], None),
        ("The team met practitioners online and in person", [], "incidental"),
        (
            "joined a private server run by a group of players",
            ["online_gaming", "online_contact_strangers"],
            None,
        ),
        ("gave him a special rank on the server", ["online_gaming", "online_grooming"], None),
        ("set him dares on a video call", ["online_sexual_abuse", "livestreaming"], None),
        ("One of them had recorded the call", ["sharing_sexual_images"], None),
        (
            "the clip would be put in his year group's chat",
            ["sextortion", "sharing_sexual_images"],
            None,
        ),
        ("took around three hundred pounds", ["sextortion"], None),
        ("did the family's shopping online", [], "incidental"),
        ("he owed money to people he played with", ["sextortion", "online_gaming"], None),
        ("health was not invited", ["pi_information_sharing"], None),
        (
            "financially exploited in an online game",
            ["online_gaming", "sextortion", "pi_thresholds"],
            None,
        ),
        (
            "what the older players had that made him keep paying",
            ["sextortion", "pi_online_not_explored"],
            None,
        ),
        ("gave him a leaflet about staying safe online", ["pi_online_not_explored"], None),
        (
            "the clip had gone to two boys in his class",
            ["sextortion", "sharing_sexual_images"],
            None,
        ),
        (
            "paying people under threat was a child being abused",
            ["sextortion", "pi_thresholds"],
            None,
        ),
        ("linked this kind of blackmail with girls", ["sextortion", "pi_tech_knowledge"], None),
        (
            "treated first as a boy who had stolen",
            ["sextortion", "pi_abuse_as_relationship", "pi_thresholds"],
            None,
        ),
        ("seen with scratches on his forearms", ["vuln_self_harm", "pi_information_sharing"], None),
        (
            "did not mention the game, the older players or the video call",
            ["online_gaming", "pi_risk_assessment_online"],
            None,
        ),
        ("Boys are targeted by organised groups", ["learning_partnership"], "generic"),
        ("Practitioners should ask about threats", ["learning_partnership"], "generic"),
        ("An IRD should consider sexual abuse", ["learning_partnership"], "generic"),
        ("officers who interview a child about theft", ["learning_police"], "generic"),
    ],
    "westerholm-kayla.html": [
        ("had lived in a children's home for eight months", ["vuln_looked_after"], None),
        ("which had filters set up on it", [], "incidental"),
        ("a second phone, bought for her by a man", ["online_grooming"], None),
        ("men she had never met began adding her", ["online_contact_strangers"], None),
        ("offered to pay for a taxi", ["online_grooming"], None),
        ("She went missing eleven times", ["vuln_missing", "online_grooming"], None),
        ("recorded that she had been with friends", ["vuln_missing"], None),
        ("kept in touch with her by text message", [], "incidental"),
        (
            "conversations with more than thirty adult men",
            ["online_contact_strangers", "online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        (
            "not about the phones others might give her",
            ["online_grooming", "pi_online_not_explored"],
            None,
        ),
        ("who was paying for the taxis", ["online_grooming", "vuln_missing"], None),
        ("said nothing about the location settings", ["pi_risk_assessment_online"], None),
        ("The rapid review meeting was held online", [], "incidental"),
        ("ask about other phones and location settings", ["learning_social_care"], "generic"),
        ("brief local taxi firms", ["learning_partnership"], "generic"),
    ],
    "mourneview-baby-r.docx": [
        ("arranged most of her contacts by text message", [], "incidental"),
        ("posted photographs of R on social media", [], "incidental"),
        ("online booking system did not flag", [], "incidental"),
        ("through the online referral form", [], "incidental"),
        ("closed the referral after one visit", ["pi_thresholds"], None),
        ("it was not shared with the Trust", ["pi_information_sharing"], None),
        ("A bruise on a baby who is not yet mobile", [], "generic"),
        ("were held online and in person over five months", [], "incidental"),
    ],
}
