"""Hand coding of the sixty-seventh set of unseen reviews with the online-harm codebook. Written
and coded by hand before casebrief coded them and after the changes that set BO prompted;
measured once before anything was changed for it. Format as in ../unseen/labels.py; coded to the
convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the
child of the review, including where a practice sentence names it or points back to it;
recommendations and statements about children in general carry their learning or practice
themes only) and to the rule for contact and grooming in the README. A boy of fifteen drawn by
a commentator's videos and the members of a group chat into planning an attack is online
radicalisation, contact and grooming. A girl of fourteen drawn by recommended accounts and a
private group into starving herself is harmful content and contact. A boy of eleven shown and
sent adult videos by his cousin is pornography. A girl in a children's home sexually exploited
by men who met her only in person, and a boy bitten by a dog bought through an online advert,
whose mother's social worker messaged her on WhatsApp, are no online harm."""

LABELS = {
    "ferrisby-child-v.pdf": [
        ("a plan to attack a mosque", ["radicalisation_online"], None),
        ("has a diagnosis of ADHD", ["vuln_send"], None),
        ("blamed migrants for crime", ["radicalisation_online"], None),
        (
            "joined a group chat whose members shared memes",
            ["online_contact_strangers", "platform_messaging", "radicalisation_online"],
            None,
        ),
        (
            "braver than the others",
            ["online_contact_strangers", "online_grooming", "radicalisation_online"],
            None,
        ),
        ("repeating slogans from the videos", ["radicalisation_online"], None),
        ("did not make a Prevent referral", ["pi_prevent"], None),
        ("Nobody asked V what he watched", ["pi_online_not_explored"], None),
        ("not confident about the signs of online radicalisation", ["pi_tech_knowledge"], None),
        ("refer concerns about extremist views to Prevent", ["learning_education"], "generic"),
        ("how extremist groups use video platforms", ["learning_partnership"], "generic"),
    ],
    "brackenmoor-child-w.docx": [
        (
            "accounts on a photo-sharing app",
            ["harmful_content", "platform_social_media"],
            None,
        ),
        (
            "set each other targets for not eating",
            ["harmful_content", "online_contact_strangers"],
            None,
        ),
        ("diagnosed with anorexia", ["vuln_mental_health"], None),
        ("what she looked at online", ["pi_online_not_explored"], None),
        ("thought she was talking to friends", ["vuln_parental_awareness"], None),
        ("not her use of her phone", ["pi_risk_assessment_online"], None),
        ("ask what content they see online", ["learning_health"], "generic"),
        ("recommend content to them", ["learning_parents"], "generic"),
    ],
    "tolland-child-x.txt": [
        ("living in a children's home", ["vuln_looked_after"], None),
        ("reported missing from the home eleven times", ["vuln_missing"], None),
        ("showed no contact with the men", [], "negated"),
        ("choosing to spend time with older friends", ["pi_abuse_as_relationship"], None),
        ("were not shared with the police", ["pi_information_sharing"], None),
    ],
    "upperdale-child-y.html": [
        ("through an online advert", [], "incidental"),
        ("messaged her on WhatsApp", ["vuln_parental_factors"], "incidental"),
    ],
    "wensley-child-z.md": [
        ("showed him videos of adults having sex", ["pornography"], None),
        ("treated it as bad behaviour", ["pi_abuse_as_relationship"], None),
        ("focused on Z as a risk to other children", ["pi_abuse_as_relationship"], None),
        ("did not ask where he had learned the behaviour", ["pi_online_not_explored"], None),
        ("did not look at the cousin's phone", ["pi_device_delay"], None),
        ("sending Z links", ["pornography", "vuln_parental_awareness"], None),
        ("Harmful sexual behaviour in a young child", ["learning_partnership"], "generic"),
    ],
}
