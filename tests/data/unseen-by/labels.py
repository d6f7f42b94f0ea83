"""Hand coding of the seventy-sixth set of unseen reviews with the online-harm codebook. Written
and coded by hand before casebrief coded them, after this release's reading of pages scanned
into typed PDFs and of pages scanned upside down or turned (two reading fixes these files
prompted while they were read, before any coding: a web page's breadcrumb trail, and a child
called A named in an apposition, "about A, a boy of fourteen"), with codebook v41; measured
once. Format as in ../unseen/labels.py; coded to the convention in ../unseen-g/labels.py (a harm
type goes to sentences that tell what happened to the child of the review, including where a
practice sentence names it or points back to it; recommendations and statements about children
in general carry their learning or practice themes only) and to the rule for contact and
grooming in the README. A girl of twelve in foster care, with a learning disability, who goes
live from her bedroom on an app where viewers send gifts, set dares to undress, and whose
broadcasts are found recorded on a man's computer, is contact, grooming, online sexual abuse,
live streaming and indecent images (a typed review whose second page was printed and scanned
back in upside down). A boy of two injured by his mother's partner, with a mother who met the
partner online, a health visitor's WhatsApp messages, an online form, a strategy discussion
held online and online training, is no online harm (plain text with upper-case headings). A
boy of fourteen, gay and not out at home, who joins an adult dating app, is flattered and paid
by a man in his late thirties, sends naked pictures and is assaulted when they meet, is
contact, grooming, online sexual abuse and image sharing (a partnership's web page)."""

LABELS = {
    "harrowgate-vale-child-e.pdf": [
        (
            "recognised her in recordings found on a man's computer",
            ["indecent_images", "vuln_looked_after"],
            None,
        ),
        (
            "E has a mild learning disability and has been looked after",
            ["vuln_learning_disability", "vuln_looked_after"],
            None,
        ),
        (
            "Without her carers knowing, she downloaded an app",
            ["platform_social_media", "vuln_parental_awareness"],
            None,
        ),
        ("singing and chatting to whoever joined", ["online_contact_strangers"], None),
        (
            "some of them sent her gifts that could be turned into money",
            ["online_contact_strangers", "online_grooming"],
            None,
        ),
        (
            "set her dares in return for more gifts",
            ["online_grooming", "online_sexual_abuse", "livestreaming"],
            None,
        ),
        (
            "One viewer told her she was his favourite",
            ["online_contact_strangers", "online_grooming"],
            None,
        ),
        (
            "she did not understand that her broadcasts could be recorded",
            ["online_sexual_abuse", "livestreaming"],
            None,
        ),
        (
            "found recordings of her broadcasts on a man's computer",
            ["indecent_images", "livestreaming"],
            None,
        ),
        (
            "spent hours in her room with the tablet and would not say",
            ["vuln_parental_awareness"],
            None,
        ),
        (
            "recorded the matter as ordinary behaviour for her age",
            ["pi_online_not_explored"],
            None,
        ),
        ("looked after review in February was held on a video call", [], "incidental"),
        ("Nobody at the review asked what she did online", ["pi_online_not_explored"], None),
        ("she earned it by singing for people on the internet", ["online_grooming"], None),
        (
            "did not think it needed to be shared with social care",
            ["pi_information_sharing"],
            None,
        ),
        (
            "it said nothing about live streaming or gifting",
            ["pi_parents_not_supported"],
            "incidental",
        ),
        (
            "the viewers who set the dares have not been identified",
            ["indecent_images", "online_sexual_abuse"],
            None,
        ),
        (
            "E's learning disability meant she found it hard to judge",
            ["vuln_learning_disability"],
            None,
        ),
        ("Having moved between three foster homes", ["vuln_looked_after"], None),
        (
            "had not heard of gifting and did not know that a tablet could broadcast",
            ["vuln_parental_awareness"],
            None,
        ),
        ("Social workers should ask children in care", ["learning_social_care"], None),
        ("unexplained money or gifts as a safeguarding concern", ["learning_education"], None),
        (
            "Foster carers need training on live streaming apps",
            ["learning_parents"],
            "generic",
        ),
        ("ask the app's owners how they check the age", ["learning_platforms"], None),
    ],
    "saltmarsh-child-w.txt": [
        ("The mother had met her partner online", [], "incidental"),
        (
            "had a conviction for assault against a previous girlfriend",
            ["vuln_family_conflict"],
            None,
        ),
        ("messaged the mother on WhatsApp", [], "incidental"),
        ("through the council's online form", [], "incidental"),
        ("Nobody asked who else lived in the household", ["pi_information_sharing"], None),
        ("she was frightened of her partner", ["vuln_family_conflict"], None),
        ("completed the partnership's online safeguarding training", [], "incidental"),
        ("nothing to suggest that W had been harmed online", [], "negated"),
        ("should find out who lives in a household", ["learning_health"], None),
        ("Police checks on new adults in a household", ["learning_police"], None),
    ],
    "kelsall-bridge-child-a.html": [
        (
            "sexually abused by a man he first spoke to on a dating app",
            ["online_sexual_abuse", "online_contact_strangers", "platform_dating"],
            None,
        ),
        ("but not his family, that he was gay", ["vuln_lgbtq"], None),
        (
            "went looking for people like him on the internet",
            ["vuln_lgbtq", "vuln_isolation"],
            None,
        ),
        ("He set up a profile on a dating app meant for adults", ["platform_dating"], None),
        (
            "a man in his late thirties began chatting to him there",
            ["online_contact_strangers", "online_grooming"],
            None,
        ),
        ("age did not matter and that A was mature", ["online_grooming"], None),
        (
            "A sent him pictures of himself naked",
            ["online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        (
            "on the third occasion the man sexually assaulted him",
            ["online_contact_strangers", "online_sexual_abuse"],
            None,
        ),
        ("he had a new jacket and trainers", ["online_grooming"], None),
        (
            "not about relationships or what he did online",
            ["pi_online_not_explored"],
            None,
        ),
        ("contacted A's mother by text message", [], "incidental"),
        ("held chats with four other boys", ["online_contact_strangers"], None),
        ("Officers took seven months to examine the phone", ["pi_device_delay"], None),
        ("offered an online parenting course", [], "incidental"),
        ("learning event for this review was held online", [], "incidental"),
        ("Health staff should ask young people about relationships", ["learning_health"], None),
        (
            "risks of adult dating apps for young people who are questioning",
            ["learning_education"],
            "generic",
        ),
        ("set a timescale for examining devices", ["learning_police"], None),
        ("write to the app's owners about checking the ages", ["learning_platforms"], None),
    ],
}
