"""Hand coding of the forty-second set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them and after the release's last change to the coder; never
used to change the codebook or the learned coder. Format as in ../unseen/labels.py; coded to the
convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the
child of the review, including where a practice sentence names it; recommendations and statements
about children in general carry their learning or practice themes only) and to the rule for
contact and grooming in the README. Accounts of very thin girls, a feed of nothing else and a
group that praises eating least are harmful content; joining the group through comments and a
member never met who sets a girl's limit are online contact too. A profile that uses a boy's
photo to post clips of him eating, and the comments and address that follow, are bullying. A
young man's video clinic, online pharmacy, games with his cousin and a professionals' WhatsApp
group are no online harm."""

LABELS = {
    "southern-loughside-orla.pdf": [
        ("weighing less than she had at eleven", ["vuln_mental_health"], None),
        ("seen by her GP for low mood", ["vuln_mental_health"], None),
        (
            "accounts that posted pictures of very thin girls",
            ["harmful_content", "platform_social_media"],
            None,
        ),
        ("Her feed soon showed her little else", ["harmful_content"], None),
        (
            "praised for eating less than anyone else",
            ["harmful_content", "online_contact_strangers"],
            None,
        ),
        (
            "whom Orla never met, sent her a daily limit",
            ["harmful_content", "online_contact_strangers"],
            None,
        ),
        ("thought it was a fitness app", ["vuln_parental_awareness"], None),
        ("who she talked to about food", ["pi_online_not_explored"], None),
        ("did not pass this to the CAMHS team", ["pi_information_sharing"], None),
        ("first care plan did not mention her phone", ["pi_risk_assessment_online"], None),
        ("met online four times", [], "incidental"),
        ("sent pictures of herself to anyone", [], "negated"),
        ("ask what the child sees", ["learning_health"], "generic"),
        ("share with health services", ["learning_education"], "generic"),
    ],
    "harbour-cross-reece.md": [
        (
            "a profile appeared on a video app",
            ["cyberbullying", "platform_social_media"],
            None,
        ),
        ("with laughing faces added", ["cyberbullying"], None),
        ("added comments about his weight", ["cyberbullying"], None),
        ("posted his dad's address", ["cyberbullying"], None),
        ("could not get away from it", ["cyberbullying"], None),
        ("heard pupils laughing at a clip", ["cyberbullying"], None),
        ("Dad reported the address being posted", ["cyberbullying"], None),
        ("no threat to life", ["pi_thresholds"], None),
        ("did not see the profile as bullying", ["cyberbullying", "pi_thresholds"], None),
        ("take the profile down for five weeks", ["cyberbullying"], None),
        ("took place on Teams", [], "incidental"),
        ("no adult he did not know", [], "negated"),
        ("treat a fake profile that mocks a pupil", ["learning_education"], "generic"),
    ],
    "wyvern-vale-child-v.docx": [
        ("offered video appointments", [], "incidental"),
        ("through an online pharmacy", [], "incidental"),
        ("playing games online with his cousin", [], "incidental"),
        ("sent V text reminders", [], "incidental"),
        (
            "through a WhatsApp group",
            ["pi_information_sharing", "platform_messaging"],
            "incidental",
        ),
        ("anyone online encouraged V", [], "negated"),
        ("Nobody held a single picture", ["pi_information_sharing"], None),
    ],
}
