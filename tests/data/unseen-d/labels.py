"""Hand coding of the fourth set of unseen reviews with the online-harm codebook. Written and
coded before the changes measured on it, and never used to change the codebook or the learned
coder. Format as in ../unseen/labels.py.

Recoded once, on 1 December 2026, to the convention written down with set G (see
../unseen-g/labels.py): harm types go to sentences that tell what happened to the child of the
review. Removed: harmful content, cyberbullying and indecent images from a research statement, a
recommendation and a statement about offenders in general. Figures before and after are in the
README.

Recoded on 5 December 2026 to the convention on suicide and self-harm in the README: the
child's overdose in the opening sentence is the self-harm vulnerability."""

LABELS = {
    "dyffryn-tywi-child-t.pdf": [
        ("intensive care in March 2023 following an overdose", ["vuln_self_harm"], None),
        ("diagnosed with an eating disorder", ["vuln_mental_health"], None),
        ("through its online contact form", [], "incidental"),
        (
            "found a private group where members posted pictures of their cuts",
            ["harmful_content", "platform_social_media"],
            None,
        ),
        (
            "told her which methods left fewer marks",
            ["harmful_content", "online_contact_strangers", "vuln_self_harm"],
            None,
        ),
        ("a photograph of her bandaged arm was taken", ["cyberbullying"], None),
        ("telling her to finish the job", ["cyberbullying"], None),
        ("assumed she was talking to friends", ["vuln_parental_awareness"], None),
        (
            "treated the photograph as a behaviour matter",
            ["cyberbullying", "pi_thresholds"],
            None,
        ),
        (
            "the designated safeguarding lead was never told",
            ["pi_information_sharing", "pi_thresholds"],
            None,
        ),
        ("new marks on her forearms", ["vuln_self_harm", "vuln_mental_health"], None),
        ("not about what she looked at or who she talked to", ["pi_online_not_explored"], None),
        ("nothing about the accounts she followed", ["pi_risk_assessment_online"], None),
        (
            "watched on a video call as she took the tablets",
            ["harmful_content", "online_contact_strangers", "livestreaming"],
            None,
        ),
        (
            "had no idea that such material could be reported",
            ["vuln_parental_awareness", "pi_parents_not_supported"],
            None,
        ),
        ("explained to her what signs to look for", ["pi_parents_not_supported"], None),
        ("the only place where people understood her", ["vuln_isolation"], None),
        ("if anyone had asked her directly", ["pi_online_not_explored"], None),
        (
            "a network of strangers was coaching her to hurt herself",
            ["harmful_content", "online_contact_strangers", "pi_online_not_explored"],
            None,
        ),
        ("spaces that promote starving and cutting", [], "generic"),
        (
            "bullying carried out through phones",
            ["cyberbullying", "pi_thresholds"],
            None,
        ),
        ("felt out of their depth with group chats", ["pi_tech_knowledge"], None),
        ("asked by anyone for sexual pictures", [], "negated"),
        ("was absent from every assessment and plan", ["pi_online_not_explored"], None),
        (
            "a single question about social media",
            ["pi_online_not_explored", "vuln_self_harm"],
            None,
        ),
        ("but nobody held all three", ["pi_information_sharing"], None),
        ("add questions about online communities", ["learning_health"], None),
        (
            "sharing of pictures of a pupil's injuries",
            ["learning_education"],
            "generic",
        ),
        ("a short guide for parents", ["learning_parents", "learning_partnership"], None),
        ("write to the regulator", ["learning_partnership", "learning_platforms"], None),
        ("who they talk to online", ["learning_health"], "generic"),
        ("three of them online", [], "incidental"),
        ("held over Microsoft Teams", [], "incidental"),
        ("spoke to the review by video call", [], "incidental"),
    ],
    "harbourne-baby-j.txt": [
        ("used to download child sexual abuse material", ["indecent_images"], None),
        ("graded as routine and was not actioned", ["pi_iioc_response"], None),
        ("two phones and a laptop were seized", ["indecent_images"], None),
        ("not examined until May 2023", ["pi_device_delay"], None),
        (
            "found several hundred indecent images",
            [
                "indecent_images",
                "online_grooming",
                "online_contact_strangers",
                "platform_messaging",
            ],
            None,
        ),
        (
            "did not tell children's social care about the investigation",
            ["pi_information_sharing", "pi_iioc_response"],
            None,
        ),
        ("were never aware of it", ["pi_information_sharing"], None),
        ("online self-referral form", [], "incidental"),
        ("worked from home repairing computers", [], "incidental"),
        ("by video call because of staff shortages", [], "incidental"),
        ("said nothing about his internet use", ["pi_risk_assessment_online"], None),
        ("images had been downloaded by a former flatmate", ["indecent_images"], None),
        ("delay in grading and acting on the intelligence", ["pi_iioc_response"], None),
        ("risk-assessed with a recognised tool", ["pi_iioc_response"], None),
        ("backlog of more than fourteen months", ["pi_device_delay"], None),
        ("Men who view sexual images of children", [], "generic"),
        ("held only by the police", ["pi_information_sharing"], None),
        ("long history of anxiety", ["vuln_parental_factors"], None),
        ("entirely dependent on the adults around her", ["vuln_age"], None),
        ("ever photographed or filmed", [], "negated"),
        (
            "intelligence about people who download indecent images",
            ["learning_police", "pi_iioc_response"],
            None,
        ),
        (
            "time taken to action such intelligence",
            ["learning_police", "learning_partnership"],
            None,
        ),
        (
            "under investigation for online offences shares a household",
            ["learning_police", "learning_social_care", "pi_information_sharing"],
            None,
        ),
        (
            "ask directly about a parent's or partner's online offending",
            ["learning_social_care", "pi_risk_assessment_online"],
            None,
        ),
        (
            "backlog in examining seized devices",
            ["pi_device_delay", "learning_partnership"],
            None,
        ),
        ("practitioner event held online", [], "incidental"),
    ],
    "norbridge-child-w.md": [
        ("was drinking heavily through the winter", ["vuln_parental_factors"], None),
        ("fell to under half", ["vuln_school_exclusion"], None),
        ("offered as virtual appointments", [], "incidental"),
        ("watching videos on her phone", [], "incidental"),
        (
            "through the council's online reporting form",
            ["pi_information_sharing"],
            "incidental",
        ),
        ("made no referral", ["pi_thresholds"], None),
        ("not to meet the threshold", ["pi_thresholds"], None),
        ("a link to a parenting course online", [], "incidental"),
        ("no internet at home", [], "incidental"),
        ("the boys watch the tablet", ["vuln_parental_factors"], "incidental"),
        ("exposed to anything harmful online", [], "negated"),
        ("two police call-outs for domestic abuse", ["vuln_family_conflict"], None),
        ("never brought together", ["pi_information_sharing"], None),
        ("Virtual contacts should not replace", ["learning_health"], "generic"),
        ("Early help should not hold a referral", ["learning_social_care"], None),
        (
            "delivered online since 2021",
            ["learning_partnership"],
            "incidental",
        ),
        ("bath-time advice should be repeated", ["learning_health"], "generic"),
        ("met in person and online", [], "incidental"),
    ],
}
