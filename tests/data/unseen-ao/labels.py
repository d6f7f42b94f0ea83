"""Hand coding of the fortieth set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them and after the release's last change to the coder; never
used to change the codebook or the learned coder. Format as in ../unseen/labels.py; coded to the
convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the
child of the review, including where a practice sentence names it; recommendations and statements
about children in general carry their learning or practice themes only). A boy on an adult
dating app is a vulnerability and a platform until men contact him there; a man who sends him
taxi money and tells him to delete their messages is grooming him. A boy in Year 10 who presses a
girl for a picture in her bra and a story that shows it to her year are image sharing, not
grooming by an adult; the comments and messages that follow are bullying. A boy's group chat,
mapping app and memorial page are no online harm."""

LABELS = {
    "dyffryn-teifi-child-d.pdf": [
        ("convicted of sexual offences against Child D", ["online_sexual_abuse"], None),
        (
            "downloaded a dating app for gay and bisexual men",
            ["platform_dating", "vuln_lgbtq"],
            None,
        ),
        (
            "several adult men had messaged him",
            ["online_contact_strangers", "online_grooming", "platform_dating"],
            None,
        ),
        ("delete their messages after each conversation", ["online_grooming"], None),
        ("thought it was a game", ["vuln_parental_awareness"], None),
        ("recorded him as absent rather than missing", ["pi_thresholds", "vuln_missing"], None),
        (
            "did not ask who he was talking to online",
            ["pi_online_not_explored", "vuln_lgbtq"],
            None,
        ),
        ("did not know that such apps were used by children", ["pi_tech_knowledge"], None),
        ("held by video conference", [], "incidental"),
        ("younger sister had any contact with the man", [], "negated"),
        ("children come to use adult dating apps", ["learning_partnership"], "generic"),
        ("as missing, not absent", [], "generic"),
        ("exploring their sexuality know where", [], "generic"),
    ],
    "haverleigh-amelia.html": [
        ("picture of herself in her bra", ["sharing_sexual_images"], None),
        ("She sent one picture", ["sharing_sexual_images"], None),
        (
            "posted on a private story",
            ["platform_social_media", "sharing_sexual_images"],
            None,
        ),
        ("calling her a slag", ["cyberbullying"], None),
        (
            "as a behaviour matter between two pupils",
            ["pi_thresholds", "sharing_sexual_images"],
            None,
        ),
        (
            "were not told what it showed",
            ["pi_parents_not_supported", "sharing_sexual_images"],
            None,
        ),
        (
            "how she was coping with the messages",
            ["cyberbullying", "pi_online_not_explored"],
            None,
        ),
        ("treating the child whose image is shared as a victim", ["learning_education"], "generic"),
        ("remove images from the internet", ["learning_parents"], "generic"),
        ("met online four times", [], "incidental"),
        ("did not know what a private story was", ["vuln_parental_awareness"], None),
        ("any adult had been in contact with Amelia", [], "negated"),
    ],
    "corbridge-vale-luca.docx": [
        ("attending an alternative provision", ["vuln_school_exclusion"], None),
        ("dashcam footage", [], "incidental"),
        ("through a group chat to ride the bikes", ["platform_messaging"], "incidental"),
        ("mapping app", [], "incidental"),
        ("memorial page on TikTok", ["platform_social_media"], "incidental"),
        ("did not share what they knew", ["pi_information_sharing"], None),
        ("only had his email address", [], "incidental"),
        ("held by video call during the winter", [], "incidental"),
        ("exploited by adults or groomed online", [], "negated"),
    ],
}
