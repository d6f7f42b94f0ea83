"""Hand coding of the seventy-third set of unseen reviews with the online-harm codebook.
Written and coded by hand before casebrief coded them, after this release's reading of PDF table
rows cut by a page break, covers dated by their approval or naming their review in their own
words, and question headings (which this set's files prompted while they were read, before any
coding), with codebook v41; measured once. Format as in ../unseen/labels.py; coded to the
convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened to
the child of the review, including where a practice sentence names it or points back to it;
recommendations and statements about children in general carry their learning or practice
themes only) and to the rule for contact and grooming in the README. A girl of fifteen with an
eating disorder, in a chat where girls post their weights, whose "coach" from the chat sets her
calorie limits and has her send pictures in her underwear every morning, then threatens to send
them to her school, is harmful content, contact, grooming, image sharing, online sexual abuse
and sextortion (the same man's pictures of eleven other girls are indecent images). A girl of
fourteen whose photo classmates put through an app that removes clothing, and whose fake nude
went round her year group's chat, is image sharing and cyberbullying. A boy of fifteen with a
learning disability on an adult dating app, courted by a man in his forties who then meets and
assaults him, is contact, grooming and online sexual abuse. A young man's death in the street,
with a video call, a police website, a strategy meeting online and a phone search that found
nothing, is no online harm."""

LABELS = {
    "mossfield-child-t.pdf": [
        (
            "controlling what she ate and making her send him pictures of her body",
            ["online_grooming", "online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        (
            "After her parents separated she became quieter",
            ["vuln_family_conflict", "vuln_mental_health"],
            None,
        ),
        (
            "following accounts that posted pictures of very thin bodies",
            ["harmful_content", "platform_social_media"],
            None,
        ),
        ("thought she was watching netball clips", ["vuln_parental_awareness"], None),
        ("her periods have stopped", ["vuln_mental_health"], None),
        ("finds her underweight for her height", ["vuln_mental_health"], None),
        ("with a wait of fourteen weeks", ["pi_thresholds"], None),
        ("It does not record what she looks at on her phone", ["pi_online_not_explored"], None),
        (
            "girls post their weight every morning",
            [
                "harmful_content",
                "online_contact_strangers",
                "online_grooming",
                "platform_messaging",
            ],
            None,
        ),
        ("who says the chat has closed", ["harmful_content"], None),
        ("recorded as a falling out between friends", ["pi_online_not_explored"], None),
        ("hides the screen when anyone comes in", ["online_grooming"], None),
        (
            "family agreement about screen time",
            ["pi_online_not_explored"],
            "incidental",
        ),
        (
            "from a contact saved as Coach",
            ["online_grooming", "online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("no one outside the ward is told", ["pi_information_sharing"], None),
        ("Coach is a man she met through the chat", ["online_contact_strangers"], None),
        (
            "He set her a daily limit of calories",
            [
                "harmful_content",
                "online_grooming",
                "online_sexual_abuse",
                "sharing_sexual_images",
            ],
            None,
        ),
        ("he would send the pictures to her school", ["sextortion"], None),
        ("a man of thirty-four living in another county", ["online_contact_strangers"], None),
        (
            "pictures of at least eleven other girls",
            ["indecent_images", "online_contact_strangers"],
            None,
        ),
        ("offered the approval she was starving herself to earn", ["online_grooming"], None),
        ("as something happening inside her", ["pi_online_not_explored"], None),
        (
            "None asked what she was seeing on her phone at night",
            ["pi_online_not_explored"],
            None,
        ),
        (
            "were sexual images of a child, demanded by an adult",
            ["online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("a grown man was setting targets for girls in the chat", ["online_grooming"], None),
        (
            "the only place where people understood her",
            ["harmful_content", "vuln_isolation"],
            None,
        ),
        ("no route for a concern about abuse through a phone", ["pi_information_sharing"], None),
        ("what they see online about food and bodies", ["learning_health"], None),
        ("know how to pass on a concern", ["learning_health"], None),
        ("a group that rewards children for not eating", ["learning_education"], None),
        (
            "content that promotes eating disorders",
            ["learning_parents", "learning_partnership"],
            None,
        ),
    ],
    "alderholt-child-r.html": [
        ("she has a diagnosis of dyslexia", ["vuln_send"], None),
        (
            "put it through an app that removes clothing from pictures",
            ["sharing_sexual_images"],
            None,
        ),
        ("The result looked like R naked", ["sharing_sexual_images"], None),
        (
            "passed around a chat that most of the year group belonged to",
            ["cyberbullying", "platform_messaging", "sharing_sexual_images"],
            None,
        ),
        ("R stopped going to school", ["vuln_school_exclusion"], None),
        ("found cuts on her arms", ["vuln_mental_health", "vuln_self_harm"], None),
        ("asked everyone in the chat to delete the picture", ["sharing_sexual_images"], None),
        (
            "no crime had been committed because the picture was not real",
            ["pi_tech_knowledge", "sharing_sexual_images"],
            None,
        ),
        ("referred R to the mental health crisis team", ["vuln_mental_health"], None),
        (
            "did not mention the picture, which was still going round",
            ["pi_risk_assessment_online", "sharing_sexual_images", "vuln_self_harm"],
            None,
        ),
        ("had few friends in her year", ["vuln_isolation"], None),
        ("everyone had seen her", ["sharing_sexual_images"], None),
        ("treat a faked nude of a pupil as a safeguarding incident", ["learning_education"], None),
        ("manufactured sexual pictures of children are illegal", ["learning_police"], None),
        ("should ask what is happening to them online", ["learning_health"], None),
    ],
    "kingsbarrow-child-b.docx": [
        ("with a moderate learning disability", ["vuln_learning_disability"], None),
        ("He lives with foster carers", ["vuln_looked_after", "vuln_send"], None),
        ("meant for adults looking for partners", ["platform_dating"], None),
        (
            "A man in his forties began talking to B there",
            ["online_contact_strangers", "platform_dating"],
            None,
        ),
        ("telling B that he loved him", ["online_grooming"], None),
        ("asked B to meet him in a park", ["online_grooming"], None),
        ("took B to his flat and sexually assaulted him", ["online_sexual_abuse"], None),
        ("found the messages a month later", ["online_grooming"], None),
        ("his phone was not discussed", ["pi_online_not_explored"], None),
        ("had not been shown how", ["pi_parents_not_supported"], None),
        ("thought he had made friends from his old school", ["vuln_parental_awareness"], None),
        ("taught a unit on online safety", [], "incidental"),
        (
            "persuade him that a secret relationship was normal",
            ["online_grooming", "vuln_learning_disability"],
            None,
        ),
        ("Nothing stopped a child from joining the app", ["platform_dating"], None),
        ("a reason he might be targeted", ["vuln_learning_disability"], None),
        ("ask about the child's phone and who they talk to", ["learning_social_care"], None),
        (
            "practical training on checking a child's phone",
            ["learning_parents", "learning_social_care"],
            None,
        ),
        ("adapt online safety teaching", ["learning_education"], None),
        (
            "write to the company that runs the app",
            ["learning_partnership", "learning_platforms"],
            None,
        ),
    ],
    "dunwold-young-person-k.txt": [
        ("permanently excluded from school at fourteen", ["vuln_school_exclusion"], None),
        ("Some sessions took place by video call", [], "incidental"),
        ("reported it through the police website", ["vuln_missing"], "incidental"),
        ("A strategy meeting was held online", [], "incidental"),
        ("recruited through social media", [], "negated"),
    ],
}
