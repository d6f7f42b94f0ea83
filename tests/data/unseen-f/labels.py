"""Hand coding of the sixth set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them, and never used to change the codebook or the learned
coder. Format as in ../unseen/labels.py.

Recoded once, on 1 December 2026, to the convention written down with set G (see
../unseen-g/labels.py): harm types go to sentences that tell what happened to the child of the
review. Removed: radicalisation, image sharing, cyberbullying and pornography from five
recommendations and commitments. Figures before and after are in the README. Re-read once, with the
sets before set AP, against the rule for contact and grooming (README), which changed two sentences
here."""

LABELS = {
    "thornbury-vale-child-n.md": [
        ("assessed as autistic in Year 5", ["vuln_autism", "vuln_isolation"], None),
        ("Teachers said he had one friend", ["vuln_isolation"], None),
        ("did not know what he was watching", ["vuln_parental_awareness"], None),
        (
            "began following a channel that posted clips",
            ["radicalisation_online", "platform_social_media"],
            None,
        ),
        (
            "shared maps of local mosques",
            ["radicalisation_online", "online_contact_strangers", "platform_messaging"],
            None,
        ),
        (
            "called him a soldier",
            ["online_grooming", "online_contact_strangers", "radicalisation_online"],
            None,
        ),
        ("a replacement of white people", ["radicalisation_online"], None),
        ("recorded that he had apologised", ["pi_thresholds"], None),
        ("No referral was made to Prevent", ["pi_prevent", "pi_information_sharing"], None),
        (
            "there were no concerns about radicalisation",
            ["pi_thresholds", "pi_prevent"],
            None,
        ),
        (
            "Nobody asked him what he did online",
            ["pi_online_not_explored", "pi_device_delay"],
            None,
        ),
        (
            "videos of attacks filmed by their perpetrators",
            ["radicalisation_online", "harmful_content", "online_grooming"],
            None,
        ),
        ("had ever asked him what he did there", ["pi_online_not_explored"], None),
        ("he played no games at all", ["pi_online_not_explored"], "negated"),
        (
            "neither was shared with anyone else",
            ["pi_information_sharing", "pi_thresholds"],
            None,
        ),
        ("through the Channel programme", ["pi_prevent"], None),
        ("had not had training on extremism", ["pi_prevent"], None),
        (
            "can be especially open to adults who offer belonging",
            ["vuln_autism", "vuln_isolation"],
            "generic",
        ),
        (
            "None of the plans written for N",
            ["pi_risk_assessment_online", "vuln_send"],
            None,
        ),
        ("to keep an eye on him", ["pi_parents_not_supported"], None),
        (
            "what she might look for on his computer",
            ["pi_parents_not_supported", "vuln_parental_awareness"],
            None,
        ),
        ("concern about extreme views", ["learning_education"], None),
        ("consider a Prevent referral", ["learning_police"], None),
        (
            "training on online radicalisation",
            ["learning_partnership", "learning_education"],
            None,
        ),
        ("Health and care plan reviews", ["learning_education"], None),
        (
            "drawn into extremist groups online",
            ["learning_parents"],
            None,
        ),
        ("streamed it for staff", [], "incidental"),
    ],
    "lowmoor-sisters-a-and-c.html": [
        ("went into prison for drug offences", ["vuln_parental_factors"], None),
        ("child protection plans for neglect", ["vuln_previous_abuse"], None),
        (
            "commented on the dance clips",
            ["online_contact_strangers", "platform_social_media", "online_grooming"],
            None,
        ),
        (
            "he was in fact twenty-three",
            ["online_contact_strangers", "online_grooming"],
            None,
        ),
        ("her father did not care about her", ["online_grooming"], None),
        ("accepted A's word that he was her cousin", ["pi_thresholds"], None),
        (
            "pictures of herself in her underwear",
            ["online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("A sent them.", ["sharing_sexual_images"], None),
        (
            "passed them round on the school bus",
            ["sharing_sexual_images", "online_sexual_abuse"],
            None,
        ),
        (
            "where she was sexually assaulted",
            ["online_contact_strangers", "online_grooming", "online_sexual_abuse"],
            None,
        ),
        ("slag family", ["cyberbullying", "platform_messaging"], None),
        ("This went on most nights for six weeks.", ["cyberbullying"], None),
        ("C stopped going to school.", ["vuln_school_exclusion"], None),
        ("explicit sex videos on their phones", ["pornography"], None),
        ("did not record it or tell C's social worker", ["pi_information_sharing"], None),
        ("closed the family's case", ["pi_thresholds"], None),
        ("sat with three different members of staff", ["pi_information_sharing"], None),
        (
            "did not look for the adult who had first asked for them",
            ["pi_iioc_response", "sharing_sexual_images"],
            None,
        ),
        ("returned to her, unexamined", ["pi_device_delay"], None),
        (
            "had chosen to send the pictures",
            ["pi_abuse_as_relationship", "sharing_sexual_images"],
            None,
        ),
        ("was held on Teams", ["pi_online_not_explored"], None),
        (
            "read as a teenage romance",
            ["online_grooming", "pi_abuse_as_relationship"],
            None,
        ),
        (
            "dealt with as an attendance matter",
            ["pi_thresholds", "vuln_school_exclusion"],
            None,
        ),
        ("not given any advice about the apps", ["pi_parents_not_supported"], None),
        ("no single person who held all", ["pi_information_sharing"], None),
        ("We found no sign that either girl", [], "negated"),
        (
            "cannot consent to her own exploitation",
            ["learning_social_care", "pi_abuse_as_relationship"],
            None,
        ),
        (
            "set a time limit for examining phones",
            ["learning_police", "pi_device_delay"],
            None,
        ),
        ("bullying in group chats", ["learning_education"], None),
        ("being shown sexual material", ["learning_partnership"], None),
        (
            "ask the video app to explain",
            ["learning_platforms", "learning_partnership"],
            None,
        ),
        ("email the partnership team", [], "incidental"),
    ],
    "carrow-bridge-baby-r.txt": [
        ("twice by video link", [], "incidental"),
        (
            "smoked cannabis every day",
            ["vuln_parental_factors", "vuln_family_conflict"],
            None,
        ),
        ("treated for postnatal depression", ["vuln_parental_factors"], None),
        ("heard shouting and a door being broken", ["vuln_family_conflict"], None),
        ("the baby was not yet born", ["pi_thresholds"], None),
        ("by text message at Mr B's request", [], "incidental"),
        ("posted on Facebook that she was exhausted", [], "incidental"),
        ("made a note but did not call back", ["pi_thresholds"], None),
        ("guidance on bruising in babies", ["pi_thresholds"], None),
        (
            "known to the police but not to the midwife",
            ["pi_information_sharing", "vuln_family_conflict"],
            None,
        ),
        ("Each service held one piece", ["pi_information_sharing"], None),
        ("should have led to a referral", ["pi_thresholds"], None),
        ("her earlier depression made her", ["vuln_parental_factors"], None),
        ("online activity played a part", [], "negated"),
        ("about money and cannabis", [], "incidental"),
        ("asked about domestic abuse when she is on her own", ["learning_health"], None),
        ("should not close a notification", ["learning_social_care"], None),
        ("GPs should be reminded", ["learning_health", "learning_partnership"], None),
        ("All agencies should ask about fathers", ["learning_partnership"], None),
        ("concerns seen on social media", ["learning_health"], None),
        ("over Microsoft Teams", [], "incidental"),
    ],
}
