"""Hand coding of the eighty-fifth set of unseen reviews with the online-harm codebook.
Written and coded by hand before casebrief read or coded them, after codebook v47; measured once.
Format as in ../unseen/labels.py; coded to the convention in ../unseen-g/labels.py (a harm type
goes to sentences that tell what happened to the child of the review, including where a practice
sentence names it or points back to it; recommendations and statements about children in general
carry their learning or practice themes only), and to the rules for contact and grooming, for
suicide and self-harm, for abuse by someone met online and for games in docs/measured-quality.md.
A boy of fifteen with a learning disability who joined an adult men's dating app, was messaged by
a man posing as nineteen, given money and gifts and abused in the man's car, whose phone held
indecent images of him, is contact, grooming, online sexual abuse and indecent images (an older
serious case review's overview report in PDF, agency by agency). A girl of thirteen whose video
feed filled with clips of starving and who joined a group chat that set her weight targets and
coached her to hide food is harmful content and contact (a seven-minute briefing in Markdown). A
baby shaken by his father, whose only online words are a cot bought on an online marketplace,
online gambling debts, a sister's post, a video-call check, a father's search about crying and
phones found to hold nothing, is no online harm (a Word review in long paragraphs)."""

LABELS = {
    "fernhollow-scr-child-h.pdf": [
        (
            "a man he had met through a phone app had been abusing him",
            ["online_contact_strangers", "online_sexual_abuse"],
            None,
        ),
        ("H has a mild learning disability", ["vuln_learning_disability", "vuln_send"], None),
        ("he thought he was gay", ["vuln_lgbtq"], None),
        (
            "convicted of sexual activity with a child and of making indecent photographs",
            ["indecent_images", "online_sexual_abuse"],
            None,
        ),
        ("an app meant for adult men looking for partners", ["platform_dating"], None),
        (
            "a user whose profile said he was nineteen",
            ["online_contact_strangers", "online_grooming"],
            None,
        ),
        ("whether H had a girlfriend or a boyfriend", ["online_grooming"], None),
        (
            "sent H twenty pounds for his bus fare",
            ["online_contact_strangers", "online_grooming"],
            None,
        ),
        ("sexually abused him in his car", ["online_sexual_abuse"], None),
        ("bought H trainers and a games console", ["online_grooming"], None),
        ("frightened of 'the man from the app'", ["online_contact_strangers"], None),
        ("more than two thousand indecent images of children", ["indecent_images"], None),
        ("new trainers and money he could not account for", ["online_grooming"], None),
        ("the school's online parent portal", [], "incidental"),
        (
            "did not ask how they had met or check the partner's age",
            ["pi_abuse_as_relationship", "pi_online_not_explored"],
            None,
        ),
        ("the app's safety team sent the police a report", ["online_contact_strangers"], None),
        ("it was not linked to any child", ["pi_information_sharing"], None),
        ("seized Mr P's phone and laptop, and charged him", ["online_sexual_abuse"], None),
        ("closed the case when H's mother agreed", ["pi_thresholds"], None),
        ("moved to video calls for three weeks", [], "incidental"),
        (
            "as a child who was being groomed",
            ["online_grooming", "pi_abuse_as_relationship", "vuln_learning_disability"],
            None,
        ),
        (
            "No agency asked H which apps he used",
            ["online_grooming", "pi_online_not_explored"],
            None,
        ),
        (
            "Adult dating apps depend on users' own statements of age",
            ["platform_dating", "vuln_learning_disability"],
            "generic",
        ),
        ("complete the under-eighteens risk assessment", ["learning_health"], "generic"),
        (
            "ask about online relationships when a child has money",
            ["learning_education"],
            "generic",
        ),
        ("check reports from app companies", ["learning_police"], "generic"),
        (
            "write to the companies that run adult dating apps",
            ["learning_partnership", "learning_platforms"],
            "generic",
        ),
    ],
    "glasbury-7mb-lily.md": [
        ("restricting her eating for about eight months", ["vuln_mental_health"], None),
        ("Her parents separated two years ago", ["vuln_family_conflict"], None),
        (
            "fill her feed with clips of girls showing how little they ate",
            ["harmful_content", "platform_social_media"],
            None,
        ),
        (
            "a group chat where members posted their weight",
            ["harmful_content", "online_contact_strangers", "platform_messaging"],
            None,
        ),
        (
            "A member who said she was sixteen and lived abroad",
            ["harmful_content", "online_contact_strangers"],
            None,
        ),
        ("shut her out of the chat for a day", ["harmful_content"], None),
        (
            "thought she was talking to friends from school",
            ["harmful_content", "online_contact_strangers", "vuln_parental_awareness"],
            None,
        ),
        (
            "not about what she watched or who she talked to online",
            ["harmful_content", "pi_online_not_explored"],
            None,
        ),
        ("rejoined the group within a week", ["harmful_content"], None),
        ("held by video call because the clinic", [], "incidental"),
        ("on a charity's website", [], "incidental"),
        ("Feeds that learn what a child lingers on", [], "generic"),
        ("Ask young people with eating difficulties", ["learning_health"], "generic"),
        ("Include online groups and feeds in safety plans", ["learning_health"], "generic"),
        (
            "Give parents simple advice on how to reset a feed",
            ["learning_parents", "learning_platforms"],
            "generic",
        ),
        ("Do you know which apps the young people", ["learning_partnership"], "generic"),
        ("a group was setting them targets", ["learning_partnership"], "generic"),
        ("guide for parents on eating disorders is on its website", [], "incidental"),
    ],
    "ashby-marsh-lcspr-baby-t.docx": [
        ("had been in care herself", ["vuln_parental_factors"], None),
        ("a second-hand cot through an online marketplace", [], "incidental"),
        ("debts from online gambling", ["vuln_parental_factors"], "incidental"),
        ("posted on social media in January", [], "incidental"),
        ("six-week check was carried out by video call", [], "incidental"),
        ("searched online that night", [], "incidental"),
        ("found no messages or images suggesting", [], "negated"),
    ],
}
