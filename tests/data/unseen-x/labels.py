"""Hand coding of the twenty-third set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them and after the release's last change; never used to change
the codebook or the learned coder. Format as in ../unseen/labels.py; coded to the convention in
../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the child of the
review, including where a practice sentence names it; recommendations and statements about children
in general carry their learning or practice themes only). Re-read once, with the sets before set
AP, against the rule for contact and grooming (README), which changed one sentence here."""

LABELS = {
    "harbourne-sam.docx": [
        ("took place over video call, and two were in person", [], "incidental"),
        (
            "his mother has lived with depression and heavy drinking",
            ["vuln_parental_factors"],
            None,
        ),
        (
            "nobody in the house set any limits on what he could open",
            ["vuln_parental_awareness"],
            None,
        ),
        ("did not know the tablet could be locked down", ["vuln_parental_awareness"], None),
        ("had been watching adult videos since he was nine", ["pornography"], None),
        (
            "links sent by older players in a building game",
            [
                "pornography",
                "online_grooming",
                "online_contact_strangers",
                "online_gaming",
                "platform_gaming",
            ],
            None,
        ),
        (
            "asked Sam to describe his body",
            ["online_contact_strangers", "online_grooming", "online_sexual_abuse"],
            None,
        ),
        (
            "sent him in-game currency after each conversation",
            ["online_grooming", "online_gaming"],
            None,
        ),
        ("did not know their real names or ages", ["online_contact_strangers"], None),
        ("the record was closed", ["pi_thresholds"], None),
        ("without anyone looking at what was on it", ["pi_online_not_explored"], None),
        ("not meeting the threshold for a statutory assessment", ["pi_thresholds"], None),
        ("No professional asked Sam what he did on the tablet", ["pi_online_not_explored"], None),
        (
            "Sam was being exposed to sexual material",
            ["pornography", "pi_abuse_as_relationship"],
            None,
        ),
        (
            "would not have known how to ask an eleven-year-old about pornography",
            ["pi_tech_knowledge", "pi_online_not_explored"],
            None,
        ),
        ("The early help offer said nothing about the tablet", ["pi_risk_assessment_online"], None),
        (
            "never given any advice about keeping him safe online",
            ["pi_parents_not_supported"],
            None,
        ),
        ("schools treat sexualised language and drawings", ["learning_education"], "generic"),
        (
            "early help assessments include questions about the devices",
            ["learning_social_care"],
            "generic",
        ),
        ("shown how to set up parental controls", ["learning_parents"], "generic"),
        (
            "share with game companies what was learned",
            ["learning_police", "learning_platforms"],
            "generic",
        ),
    ],
    "ravensholt-young-person-r.pdf": [
        ("Partners met online on 14 September 2026", [], "incidental"),
        (
            "in a hotel room with a man of 44",
            ["online_sexual_abuse", "vuln_looked_after"],
            None,
        ),
        (
            "meeting men she found on a website",
            ["online_sexual_abuse", "online_contact_strangers", "platform_dating"],
            None,
        ),
        ("given her age on the site as nineteen", ["platform_dating"], None),
        ("two had filmed her during sex", ["online_sexual_abuse", "indecent_images"], None),
        ("described the first man as her boyfriend", ["online_grooming"], None),
        (
            "after years of neglect and domestic abuse at home",
            ["vuln_looked_after", "vuln_previous_abuse", "vuln_family_conflict"],
            None,
        ),
        ("reported missing from the home 23 times", ["vuln_missing"], None),
        ("could not look at it without her agreement", ["pi_online_not_explored"], None),
        ("seeing someone older who looks after her", ["online_grooming"], None),
        ("neither completion asked which websites or apps", ["pi_risk_assessment_online"], None),
        ("was making choices about her relationships", ["pi_abuse_as_relationship"], None),
        ("Nobody asked R how she was meeting the men", ["pi_online_not_explored"], None),
        ("the report was not linked to her missing episodes", ["pi_information_sharing"], None),
        ("did not tell each other", ["pi_information_sharing"], None),
        (
            "took place by phone and did not include the school",
            ["pi_information_sharing"],
            "incidental",
        ),
        ("said nothing about the internet", ["pi_risk_assessment_online"], None),
        ("had still not been examined", ["pi_device_delay"], None),
        ("no training on adult sites of this kind", ["pi_tech_knowledge"], None),
        ("including websites and apps", ["learning_social_care"], "generic"),
        ("talk with young people about their phones", ["learning_social_care"], "generic"),
        ("link reports from hotels", ["learning_police"], "generic"),
        ("how it checks the age of its members", ["learning_platforms"], "generic"),
    ],
    "dunmore-kai.txt": [
        ("excluded from school in Year 9", ["vuln_school_exclusion"], None),
        ("He had ADHD", ["vuln_send"], None),
        ("His father was in prison", ["vuln_parental_factors"], None),
        ("given a basic handset to carry it", [], "incidental"),
        ("used a location app to see where he was", [], "incidental"),
        ("held by video call for two months", [], "incidental"),
        ("made through the online portal in March", [], "incidental"),
        ("found no sign that he had been recruited or threatened online", [], "negated"),
        ("treated Kai as an offender", ["pi_abuse_as_relationship"], None),
        ("no single plan that brought together", ["pi_information_sharing"], None),
    ],
}
