"""Hand coding of the fifty-ninth set of unseen reviews with the online-harm codebook. Written
and coded by hand before casebrief coded them and after codebook v34 and the changes that set BG
prompted; measured once before anything was changed for it. Format as in ../unseen/labels.py;
coded to the convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what
happened to the child of the review, including where a practice sentence names it or points
back to it; recommendations and statements about children in general carry their learning or
practice themes only) and to the rule for contact and grooming in the README. A girl of fifteen
met by a man on an adults' app, given money and taken to hotels is contact and grooming. A boy
of thirteen whose night-time feed turned to suicide and methods is harmful content. A girl of
twelve mocked in a year group's chat, whose picture a boy passed round, is cyberbullying and
image sharing. A boy's knife carrying where his stepfather threatened his mother by text and
posted her address, and a baby's neglect where her father gambled online, are no online harm.

Recoded on 5 December 2026 to the rule for abuse in person that began online in the README:
online sexual abuse added to the sentence that tells of the hotels."""

LABELS = {
    "holloway-fen-sophie.docx": [
        ("spent most evenings alone", ["vuln_isolation"], None),
        (
            "an app for adults looking for partners",
            ["online_contact_strangers", "platform_dating"],
            None,
        ),
        (
            "a man in his thirties started talking to her",
            ["online_contact_strangers", "online_grooming", "platform_messaging"],
            None,
        ),
        ("more grown up than girls her age", ["online_grooming"], None),
        ("driving her to hotels", ["online_grooming", "online_sexual_abuse"], None),
        ("believed he loved her", ["online_grooming"], None),
        ("expensive new phone", ["online_grooming"], None),
        ("but not about the phone", ["pi_information_sharing"], None),
        ("taxi driver reported", ["online_grooming", "pi_information_sharing"], None),
        (
            "who she was talking to or how she had paid",
            ["online_grooming", "pi_online_not_explored"],
            None,
        ),
        ("share information promptly", ["learning_partnership"], "generic"),
    ],
    "wetherdale-child-d.html": [
        (
            "the short videos he scrolled through",
            ["harmful_content", "platform_social_media", "vuln_self_harm"],
            None,
        ),
        ("accounts that shared methods", ["harmful_content"], None),
        ("struggling to sleep", ["pi_online_not_explored", "vuln_mental_health"], None),
        ("ask what they are watching", ["learning_partnership"], "generic"),
        ("how a feed can change", ["learning_parents"], "generic"),
    ],
    "marlow-heath-child-e.txt": [
        ("took an overdose after months of abuse", ["cyberbullying", "vuln_self_harm"], None),
        ("anonymous account posted jokes", ["cyberbullying", "platform_messaging"], None),
        ("nobody would miss her", ["cyberbullying"], None),
        ("passed round the chat", ["cyberbullying", "sharing_sexual_images"], None),
        (
            "falling-out between friends",
            ["cyberbullying", "pi_information_sharing", "sharing_sexual_images"],
            None,
        ),
        (
            "national reporting service",
            ["pi_parents_not_supported", "sharing_sexual_images"],
            None,
        ),
        ("follow national guidance", ["learning_education"], "generic"),
    ],
    "cawston-young-person-k.md": [
        ("after police were called", ["vuln_family_conflict"], None),
        ("threatening to burn the house down", ["vuln_family_conflict"], "incidental"),
        ("form to complete online", [], "incidental"),
        ("held online because of staff illness", [], "incidental"),
        ("online coding course", [], "incidental"),
        ("groomed or exploited online", ["vuln_family_conflict"], "negated"),
    ],
    "gwent-vale-baby-f.pdf": [
        ("gambling on betting websites", ["vuln_parental_factors"], "incidental"),
        ("depressed after the birth", ["vuln_parental_factors"], None),
        ("an online account that only the father", [], "incidental"),
        ("photographed or harmed online", [], "negated"),
    ],
}
