"""Hand coding of the eighty-sixth set of unseen reviews with the online-harm codebook.
Written and coded by hand before casebrief read or coded them, after codebook v47 and coding rules
revision 9; measured once. Format as in ../unseen/labels.py; coded to the convention in
../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the child of the
review, including where a practice sentence names it or points back to it; recommendations and
statements about children in general carry their learning or practice themes only), and to the
rules for contact and grooming, for suicide and self-harm, for abuse by someone met online and
for games in docs/measured-quality.md.
An autistic girl of fourteen whose classmates made fake nude pictures of her with an app from her
social media photographs and sent them round a group chat, then round again from an account in
her name, while numbers she did not know told her to kill herself, is sharing of sexual images,
cyberbullying and contact (a child safeguarding practice review in plain text, set out as key
lines of enquiry). A boy of thirteen drawn into carrying drugs by an account that posted videos
of knives and cash, then sent him money and phone credit and told him to delete their chats, is
harmful content, contact and grooming (a partnership's page on a rapid review, with what went
well and questions for practitioners). A baby underfed by struggling parents, whose only online
words are clothes sold on an online marketplace, a review done by video call, a post asking for
formula, a father's night-time games, an email and an online form, and phones found to hold
nothing of the kind, is no online harm (a learning review in PDF, in paragraphs)."""

LABELS = {
    "wherrow-cspr-child-a.txt": [
        ("cutting her arms badly enough to need stitches", ["vuln_self_harm"], None),
        (
            "turn ordinary photographs from her social media account into fake nude pictures",
            [
                "cyberbullying",
                "platform_messaging",
                "platform_social_media",
                "sharing_sexual_images",
            ],
            None,
        ),
        ("A is autistic", ["vuln_autism", "vuln_isolation", "vuln_send"], None),
        ("everyone has seen the pictures of A", ["sharing_sexual_images"], None),
        (
            "the pictures were not real because an app had made them",
            ["sharing_sexual_images"],
            None,
        ),
        ("excluded for two days for misuse of their phones", ["sharing_sexual_images"], None),
        (
            "passed round again by an account that had been set up in A's name",
            ["cyberbullying", "sharing_sexual_images"],
            None,
        ),
        ("bullying between pupils rather than as a safeguarding concern", ["pi_thresholds"], None),
        ("heard about it only after A's admission", ["pi_information_sharing"], None),
        ("had not heard of such apps before", ["pi_tech_knowledge"], None),
        ("A's mother reported the pictures to the police", ["sharing_sexual_images"], None),
        ("as the pictures were not real photographs of A", ["sharing_sexual_images"], None),
        ("the law treats a made-up sexual image of a child", [], "generic"),
        (
            "No crime was recorded, the boys' phones were not examined",
            ["pi_information_sharing", "pi_thresholds"],
            None,
        ),
        ("youth cautions for making and sharing the pictures", ["sharing_sexual_images"], None),
        (
            "messages from numbers she did not know calling her a slag",
            ["cyberbullying", "online_contact_strangers"],
            None,
        ),
        ("She stopped going to school", ["vuln_isolation", "vuln_school_exclusion"], None),
        (
            "nobody explained to her how she could ask the platforms to take the pictures down",
            ["pi_parents_not_supported", "sharing_sexual_images"],
            None,
        ),
        ("an appointment by video", [], "incidental"),
        ("found her bleeding in the bathroom", ["vuln_self_harm"], None),
        (
            "nude images made by apps are sexual images of a child",
            ["learning_education"],
            "generic",
        ),
        ("the law covers computer-generated images", ["learning_police"], "generic"),
        (
            "how the child understands what is being said about them online",
            ["learning_partnership"],
            "generic",
        ),
        ("services that help remove sexual images", ["learning_parents"], "generic"),
        (
            "a short guide for schools on sexual images of pupils",
            ["learning_education", "learning_partnership"],
            "generic",
        ),
        ("add computer-generated images to the training", ["learning_police"], "generic"),
        ("publish this report on its website", [], "incidental"),
    ],
    "ravensholt-rapid-review-child-b.html": [
        ("diagnosed with ADHD at eight", ["vuln_school_exclusion", "vuln_send"], None),
        ("His mother died when he was ten.", ["vuln_previous_abuse"], None),
        ("watching videos of older teenagers", ["harmful_content"], None),
        (
            "One of the accounts that posted them sent him a message",
            ["online_contact_strangers", "online_grooming"],
            None,
        ),
        (
            "whom B knew only as T, sent him money for food and credit for his phone",
            ["online_contact_strangers", "online_grooming"],
            None,
        ),
        ("a second phone that only T called", ["online_grooming"], None),
        ("He went missing for four days", ["vuln_missing"], None),
        (
            "T and two other adults had been directing him for weeks",
            ["online_contact_strangers"],
            None,
        ),
        ("Meetings between agencies were held on video", [], "incidental"),
        (
            "did not ask who he was talking to online",
            ["online_grooming", "pi_online_not_explored"],
            None,
        ),
        (
            "the return home interview took place nine days later",
            ["pi_online_not_explored", "vuln_missing"],
            None,
        ),
        ("The police first treated B as a suspect", ["pi_abuse_as_relationship"], None),
        (
            "thought he was talking to friends from school",
            ["online_contact_strangers", "vuln_parental_awareness"],
            None,
        ),
        ("do you ask who is giving them and how they met", ["learning_partnership"], "generic"),
        ("how gangs use social media to draw children in", ["learning_partnership"], "generic"),
        (
            "Do return home interviews in your service ask",
            ["learning_social_care"],
            "generic",
        ),
        ("online practitioner forum", [], "incidental"),
    ],
    "mereford-learning-review-baby-c.pdf": [
        (
            "the police had been called twice in 2025",
            ["vuln_family_conflict", "vuln_parental_factors"],
            None,
        ),
        ("The mother had postnatal depression", ["vuln_parental_factors"], None),
        ("on an online marketplace", [], "incidental"),
        ("the four-month review was done by video call", [], "incidental"),
        ("posted on a local parents' social media group", [], "incidental"),
        ("played online games through the night", [], "incidental"),
        ("after a neighbour heard shouting", ["vuln_family_conflict"], None),
        (
            "reached the health visitor three weeks later by email",
            ["pi_information_sharing"],
            "incidental",
        ),
        ("examined both parents' phones", [], "incidental"),
        ("nothing to suggest that C had been harmed through anything online", [], "negated"),
        ("no one put together the picture", ["pi_information_sharing"], None),
        ("The video review was recorded as a full review", [], "incidental"),
        ("Health visitors should weigh babies in person", ["learning_health"], "generic"),
        ("domestic abuse notifications reach health visitors", ["learning_partnership"], "generic"),
        ("through its online form", ["learning_partnership"], "incidental"),
    ],
}
