"""Hand coding of the fifty-fifth set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them and after the release's last change to the coder;
measured once before anything was changed for it. Format as in ../unseen/labels.py; coded to the
convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the
child of the review, including where a practice sentence names it or points back to it;
recommendations and statements about children in general carry their learning or practice
themes only) and to the rule for contact and grooming in the README. A profile showing a girl
that chats to a boy, turns the talk sexual and swaps pictures is contact, grooming and image
sharing; the demand for money that follows, the payments and the practice sentences about the
missing money and the threats are sextortion. Accounts of girls' ribs and a group that sets
targets for eating least are harmful content, its members contact. Files of children being
abused traced to a mother's partner are indecent images, and what agencies did after are the
practice issue that presupposes them. A boy's suicide with online games, lessons online and a
denial, and a baby's neglect with a video consultation, shopping and a system online, are no
online harm.

Recoded on 5 December 2026 to the convention on suicide and self-harm in the README: a child's
death by suicide is the review's outcome, not the self-harm vulnerability.

Re-read on 7 December 2026 against the rule for requests for pictures and for sentences that point
back to someone already introduced (docs/measured-quality.md, "Requests for pictures, and pointing
back"): one sentence gained *online sexual abuse* on the scam's opening request for a picture."""

LABELS = {
    "harrowby-child-d.pdf": [
        ("found unconscious in a park", ["vuln_self_harm"], None),
        ("someone who held pictures of him", ["sextortion"], None),
        ("Child D had ADHD", ["vuln_isolation", "vuln_send"], None),
        (
            "A profile showing a girl",
            ["online_contact_strangers", "platform_social_media"],
            None,
        ),
        (
            "the conversation had turned sexual",
            ["online_grooming", "online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("the tone changed", ["sextortion"], None),
        ("a collage of his own picture", ["sextortion"], None),
        ("two hundred pounds in vouchers", ["sextortion"], None),
        ("recorded it as theft within the family", ["pi_online_not_explored", "sextortion"], None),
        ("accepted his explanation", ["pi_online_not_explored"], None),
        (
            "this kind of blackmail",
            ["pi_online_not_explored", "pi_tech_knowledge", "sextortion"],
            None,
        ),
        (
            "recorded the money and the threats",
            ["pi_risk_assessment_online", "sextortion", "vuln_self_harm"],
            None,
        ),
        ("the handover was done by video call", [], "incidental"),
        ("the group most often targeted", ["vuln_age"], "generic"),
        ("Police forces should make sure", ["learning_police"], "generic"),
    ],
    "wenlock-edge-lily.docx": [
        ("weighing far less than she should", ["vuln_mental_health"], None),
        ("photographs of their ribs", ["harmful_content", "platform_social_media"], None),
        (
            "targets for how little to eat",
            ["harmful_content", "online_contact_strangers"],
            None,
        ),
        ("never be thin enough", ["harmful_content", "online_contact_strangers"], None),
        ("the only place where people understood her", ["harmful_content"], None),
        (
            "said nothing about her phone or the group",
            ["harmful_content", "pi_risk_assessment_online"],
            None,
        ),
        (
            "rather than asking what she was looking at",
            ["pi_online_not_explored", "vuln_mental_health"],
            None,
        ),
        (
            "not the accounts she followed",
            ["harmful_content", "pi_information_sharing", "pi_risk_assessment_online"],
            None,
        ),
        ("take her phone away", ["pi_parents_not_supported"], None),
        ("were held online", [], "incidental"),
        ("with an eating disorder should ask", ["learning_health"], "generic"),
    ],
    "corrie-bay-child-j.html": [
        ("files showing children being sexually abused", ["indecent_images"], None),
        ("hundreds of such files", ["indecent_images"], None),
        ("arrest the partner before telling the mother", ["pi_iioc_response"], None),
        ("released on bail", ["pi_iioc_response"], None),
        ("until six weeks after the arrest", ["pi_iioc_response"], None),
        (
            "showed children he knew",
            ["indecent_images", "pi_device_delay", "pi_iioc_response"],
            None,
        ),
        ("thought he was gambling", ["vuln_parental_awareness"], None),
        ("not by any agency", ["pi_information_sharing"], None),
        ("either child had been abused", [], "negated"),
        ("suspected of viewing images", ["learning_partnership"], "generic"),
    ],
    "morwick-aaron.txt": [
        ("since his parents separated", ["vuln_family_conflict"], None),
        ("diagnosed with depression", ["vuln_mental_health"], None),
        ("football games online", [], "incidental"),
        ("lessons were moved online", [], "incidental"),
        ("closed the referral", ["pi_thresholds"], None),
        ("not passed to his father", ["pi_information_sharing"], None),
        ("anyone online had encouraged him", [], "negated"),
        ("Services should not close a referral", ["learning_health"], "generic"),
    ],
    "fenmarsh-baby-k.md": [
        ("knew no one in the area", ["vuln_parental_factors"], None),
        ("a video consultation", [], "incidental"),
        ("ordered formula and nappies online", [], "incidental"),
        ("an online system to record repairs", ["pi_information_sharing"], "incidental"),
        ("any online activity", [], "negated"),
        ("see a baby in person", ["learning_health"], "generic"),
    ],
}
