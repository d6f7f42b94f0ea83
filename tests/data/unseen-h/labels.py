"""Hand coding of the eighth set of unseen reviews with the online-harm codebook. Written and coded by
hand before casebrief coded them, and never used to change the codebook or the learned coder.
Format as in ../unseen/labels.py; coded to the convention in ../unseen-g/labels.py (a harm type
goes to sentences that tell what happened to the child of the review; recommendations and
statements about children in general carry their learning or practice themes only). Re-read once,
with the sets before set AP, against the rule for contact and grooming (README), which changed one
sentence here."""

LABELS = {
    "tarrow-moor-child-e.txt": [
        ("residential house run by the council", ["vuln_looked_after"], None),
        ("sexually assaulted by two men in a flat", ["online_sexual_abuse"], None),
        (
            "a mother who used heroin",
            ["vuln_parental_factors", "vuln_family_conflict", "vuln_previous_abuse"],
            None,
        ),
        (
            "found her alone in the house for two days",
            ["vuln_looked_after", "vuln_previous_abuse"],
            None,
        ),
        ("She went missing eleven times", ["vuln_missing"], None),
        ("calling itself a model scout", ["online_contact_strangers", "online_grooming"], None),
        ("worked for an agency in Glasgow", ["online_contact_strangers", "online_grooming"], None),
        ("pictures of her in swimwear", ["online_grooming", "online_sexual_abuse"], None),
        ("phone top-ups and a pair of trainers", ["online_grooming"], None),
        (
            "two men in their forties were waiting",
            ["online_contact_strangers", "online_grooming", "online_sexual_abuse"],
            None,
        ),
        ("not who she had been talking to", ["pi_online_not_explored", "vuln_missing"], None),
        ("backlog at the digital forensics unit", ["pi_device_delay"], None),
        (
            "sent her a message from a new number",
            ["online_contact_strangers", "pi_device_delay"],
            None,
        ),
        ("Care-experienced girls who are looking for belonging", ["vuln_looked_after"], "generic"),
        ("said nothing about her phone", ["pi_risk_assessment_online"], None),
        ("did not know which apps E used", ["pi_tech_knowledge", "pi_online_not_explored"], None),
        ("council's licensing team", ["pi_information_sharing"], None),
        ("held on Microsoft Teams", [], "incidental"),
        ("return interviews ask young people", ["learning_partnership"], None),
        (
            "set a maximum time for examining the phones",
            ["learning_police", "pi_device_delay"],
            None,
        ),
        (
            "training on the apps young people use",
            ["learning_social_care", "pi_tech_knowledge"],
            None,
        ),
    ],
    "brindlecombe-young-person-j.html": [
        ("J was seventeen and autistic.", ["vuln_autism"], None),
        ("few friends outside the house", ["vuln_isolation"], None),
        ("community mental health team", ["vuln_mental_health", "vuln_self_harm"], None),
        ("rated the methods others had used", ["harmful_content"], None),
        ("better off without him", ["harmful_content", "online_contact_strangers"], None),
        ("delivered to his home in a plain parcel", ["harmful_content"], None),
        ("the people online get it", ["pi_online_not_explored"], None),
        ("found the forum open on his laptop", ["harmful_content"], None),
        ("read about suicide at night", ["pi_risk_assessment_online", "harmful_content"], None),
        ("did not know the forum existed", ["pi_tech_knowledge"], None),
        ("a leaflet about sleep", ["pi_parents_not_supported"], None),
        ("held in a hybrid format", [], "incidental"),
        ("explanation for his isolation", ["vuln_autism", "vuln_isolation"], None),
        ("bullied at college or online", [], "negated"),
        ("ask every young person who self-harms", ["learning_health"], None),
        ("sites that promote suicide", ["learning_education"], None),
        (
            "young people who are autistic may find belonging",
            ["learning_partnership", "vuln_autism"],
            "generic",
        ),
    ],
    "kelsall-baby-m.md": [
        (
            "convictions for violence against a previous partner",
            ["vuln_family_conflict", "pi_information_sharing"],
            None,
        ),
        ("midwife's notes from the first address", ["pi_information_sharing"], None),
        ("A child protection medical was not requested.", ["pi_thresholds"], None),
        ("searched online for why babies bruise", [], "incidental"),
        ("took place by video call", [], "incidental"),
        ("through an online marketplace", [], "incidental"),
        ("did not apply the bruising protocol", ["pi_thresholds"], None),
        ("held by the police and by probation", ["pi_information_sharing"], None),
        ("her fear of the father", ["vuln_family_conflict"], None),
        ("use of the internet or social media", [], "negated"),
        (
            "audit how the bruising protocol is used",
            ["learning_partnership", "pi_thresholds"],
            None,
        ),
        (
            "check police records when a new partner joins",
            ["learning_social_care", "pi_information_sharing"],
            None,
        ),
        ("run its practitioner learning event online", [], "incidental"),
    ],
}
