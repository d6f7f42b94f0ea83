"""Hand coding of the fifty-fourth set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them and after the release's last change to the coder (the
training narratives cz to dg and the model's span on content words); measured once before
anything was changed for it. Format as in ../unseen/labels.py; coded to the convention in
../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the child of the
review, including where a practice sentence names it or points back to it; recommendations and
statements about children in general carry their learning or practice themes only) and to the
rule for contact and grooming in the README. A man met in a building game's chat who says he is
sixteen, moves a girl to a video app, pays her in game currency and has her undress on calls he
saves, then threatens to show them to her family, is contact, grooming, live-streamed abuse and
sextortion. A gay boy outed in a year-group chat, mocked by an anonymous account and told by boys
he did not know that he would be better dead is cyberbullying, the last also harmful content and
contact. Young men met through a video-sharing app who give a boy money and trainers to carry
packages and track him through a messaging app are contact and grooming. A man on calls on a
family tablet who asks a nine-year-old to show her body and calls it their game is abuse on
camera and grooming. A baby shaken by his father with an app, a forum, games and a virtual
conference, and a girl exploited by men she met at a bus station with an online form, Snapchat
visits and an online meeting, are no online harm.

Recoded on 5 December 2026 to the convention on suicide and self-harm in the README: messages
that insult a child and tell them to kill themselves, in bullying, are cyberbullying, not
harmful content."""

LABELS = {
    "glaswen-cpr-child-m.pdf": [
        ("found recordings on her tablet", ["livestreaming", "online_sexual_abuse"], None),
        ("moderate learning disability", ["vuln_learning_disability", "vuln_send"], None),
        (
            "in the chat of a building game",
            ["online_contact_strangers", "online_gaming", "platform_gaming"],
            None,
        ),
        ("He said he was sixteen", ["online_contact_strangers", "online_grooming"], None),
        (
            "sent her game currency",
            ["livestreaming", "online_grooming", "online_sexual_abuse"],
            None,
        ),
        ("He saved the calls", ["online_sexual_abuse", "sextortion"], None),
        ("about bedtime routines and screen time", ["pi_online_not_explored"], None),
        ("who she was talking to at night", ["pi_online_not_explored"], None),
        (
            "other children in the same game had been approached",
            ["online_contact_strangers", "pi_online_not_explored"],
            None,
        ),
        ("with the video app still installed", ["pi_risk_assessment_online"], None),
        (
            "did not record what had happened on the calls",
            ["livestreaming", "online_sexual_abuse", "pi_risk_assessment_online"],
            None,
        ),
        ("had set the tablet up himself", ["vuln_parental_awareness"], None),
        ("met the man in person", [], "negated"),
        ("staff in special schools know", ["learning_education"], "generic"),
        ("Strategy discussions about online abuse", ["learning_partnership"], "generic"),
    ],
    "fernleigh-lcspr-kai.docx": [
        ("after cutting himself badly", ["vuln_self_harm"], None),
        ("followed him home every night", ["cyberbullying"], None),
        (
            "a chat of the whole year group",
            ["cyberbullying", "platform_messaging", "vuln_lgbtq"],
            None,
        ),
        ("an anonymous account began posting", ["cyberbullying", "platform_social_media"], None),
        (
            "better off if he was dead",
            ["cyberbullying", "online_contact_strangers"],
            None,
        ),
        ("did not see the messages", ["cyberbullying", "vuln_parental_awareness"], None),
        ("outside school hours was a matter for parents", ["cyberbullying", "pi_thresholds"], None),
        (
            "dealt only with lessons and corridors",
            ["cyberbullying", "pi_risk_assessment_online"],
            None,
        ),
        (
            "what was happening on his phone",
            ["pi_online_not_explored", "vuln_mental_health", "vuln_self_harm"],
            None,
        ),
        (
            "did not mention the posts or the messages",
            ["cyberbullying", "pi_information_sharing", "vuln_lgbtq"],
            None,
        ),
        ("could be traced or reported", ["pi_tech_knowledge"], None),
        ("weekly meeting online", [], "incidental"),
        ("as much the school's business", ["learning_education"], "generic"),
        ("Health staff who see a young person", ["learning_health"], "generic"),
    ],
    "orchard-vale-child-r.html": [
        ("excluded from school twice", ["vuln_school_exclusion"], None),
        (
            "first met through a video-sharing app",
            ["online_contact_strangers", "online_grooming", "platform_social_media"],
            None,
        ),
        ("location feature of a messaging app", ["online_grooming", "platform_messaging"], None),
        ("went missing eleven times", ["vuln_missing"], None),
        (
            "who had been sending him instructions",
            ["online_grooming", "pi_online_not_explored"],
            None,
        ),
        ("saw the gifts as evidence", ["online_grooming", "pi_abuse_as_relationship"], None),
        ("Exploitation that starts on a phone", ["learning_partnership"], "generic"),
        ("ask who has been contacting him", ["learning_partnership"], "generic"),
        ("ask about apps and messages", ["learning_partnership"], "generic"),
        ("in person or online", [], "incidental"),
    ],
    "loch-carran-child-n.html": [
        (
            "asked her to show him her body",
            ["livestreaming", "online_contact_strangers", "online_grooming", "online_sexual_abuse"],
            None,
        ),
        (
            "not linked to what was happening on the calls",
            ["livestreaming", "online_sexual_abuse", "pi_online_not_explored"],
            None,
        ),
        ("had never set any controls", ["vuln_parental_awareness"], None),
        ("who they talk to on devices", ["learning_partnership"], "generic"),
    ],
    "kestrel-bay-baby-t.txt": [
        ("had been in care as a child", ["vuln_family_conflict", "vuln_parental_factors"], None),
        ("through the hospital's app", [], "incidental"),
        ("online parenting forum", [], "incidental"),
        ("played computer games late into the night", [], "incidental"),
        ("not shared with health services", ["pi_information_sharing"], None),
        ("held virtually", [], "incidental"),
        ("use of phones or the internet", [], "negated"),
    ],
    "brackley-moor-ellie.md": [
        ("contacted Ellie online", [], "negated"),
        ("through the police's online form", ["vuln_missing"], "incidental"),
        ("messaging Ellie on Snapchat", [], "incidental"),
        ("was held online", [], "incidental"),
        ("nobody put together where Ellie was going", ["pi_information_sharing"], None),
    ],
}
