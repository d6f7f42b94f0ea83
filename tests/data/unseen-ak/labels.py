"""Hand coding of the thirty-sixth set of unseen reviews with the online-harm codebook. Written
and coded by hand before casebrief coded them and after the release's last change to the coder;
never used to change the codebook or the learned coder. Format as in ../unseen/labels.py; coded
to the convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened
to the child of the review, including where a practice sentence names it; recommendations and
statements about children in general carry their learning or practice themes only). Men in a
private channel who share glorified pictures of mass killers, single a lonely autistic boy out
for praise and send him bomb-making files are radicalising and grooming him, though no sentence
says "extremist"; clips of men choking women during sex shown on a bus are pornography; a
"boy" on a photo app who asks a girl of twelve for pictures in her underwear is a stranger
grooming her, and the pictures passed round her year are sexual images shared and bullying.

Re-read on 7 December 2026 against the rule for requests for pictures and for sentences that point
back to someone already introduced (docs/measured-quality.md, "Requests for pictures, and pointing
back"): one sentence gained *online sexual abuse* on the request for a picture in her underwear."""

LABELS = {
    "ardleigh-child-s.pdf": [
        ("a list of local targets and a partly built device", ["radicalisation_online"], None),
        ("years of arguments to which the police", ["vuln_family_conflict"], None),
        ("diagnosed as autistic at eleven", ["vuln_autism"], None),
        ("alone in his room", ["vuln_isolation"], None),
        ("glad he was at home", ["vuln_parental_awareness"], None),
        ("understood what was really happening to the country", ["radicalisation_online"], None),
        (
            "private channel on an encrypted app",
            ["online_contact_strangers", "platform_messaging", "radicalisation_online"],
            None,
        ),
        (
            "killed worshippers at mosques and synagogues",
            ["harmful_content", "radicalisation_online"],
            None,
        ),
        (
            "called himself Warden",
            ["online_contact_strangers", "online_grooming", "radicalisation_online"],
            None,
        ),
        ("how to make explosives", ["harmful_content", "radicalisation_online"], None),
        ("some races were meant to rule others", ["radicalisation_online"], None),
        ("recorded the remark as disruption", ["pi_prevent"], None),
        ("made a Prevent referral", ["pi_prevent"], None),
        ("asked who he was talking to at night", ["pi_online_not_explored"], None),
        ("S stopped attending school", ["vuln_school_exclusion"], None),
        ("do something at the mosque on Friday", ["radicalisation_online"], None),
        ("charged with preparing acts of terrorism", ["radicalisation_online"], None),
        (
            "the only people who had ever listened to him",
            ["online_grooming", "radicalisation_online", "vuln_isolation"],
            None,
        ),
        (
            "offering him belonging on the internet",
            ["pi_risk_assessment_online", "vuln_autism", "vuln_isolation"],
            None,
        ),
        ("did not ask what the school had seen", ["pi_information_sharing", "pi_prevent"], None),
        ("did not know how such channels work", ["pi_tech_knowledge"], None),
        ("pattern of worrying remarks", ["pi_information_sharing"], None),
        ("took place by video call", [], "incidental"),
        ("replied online", [], "incidental"),
        ("drawn towards violence online", ["learning_education"], "generic"),
        ("before a case is closed", ["learning_partnership"], None),
        ("adults on the internet look for lonely boys", ["learning_parents"], "generic"),
        ("praise mass killers", ["learning_platforms"], "generic"),
    ],
    "penmoor-child-g.docx": [
        ("having cut her arms badly", ["vuln_self_harm"], None),
        ("language disorder and reads well below", ["vuln_send"], None),
        ("choking women while having sex", ["pornography"], None),
        ("this was what boys would expect from her", ["pornography"], None),
        (
            "a boy who said he was sixteen added her",
            ["online_contact_strangers", "online_grooming", "platform_social_media"],
            None,
        ),
        (
            "a picture of her in her underwear",
            ["online_grooming", "online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("G sent him three pictures", ["sharing_sexual_images"], None),
        (
            "passed around a group chat",
            ["cyberbullying", "platform_messaging", "sharing_sexual_images"],
            None,
        ),
        ("posted the pictures again", ["cyberbullying", "sharing_sexual_images"], None),
        ("G stopped going to school", ["vuln_school_exclusion"], None),
        ("did not want to be alive", ["vuln_mental_health", "vuln_self_harm"], None),
        ("a falling-out between girls", ["pi_thresholds", "sharing_sexual_images"], None),
        (
            "no one asked who the boy on the app was",
            ["pi_information_sharing", "pi_online_not_explored"],
            None,
        ),
        (
            "contacted at least nine other girls",
            ["online_contact_strangers", "online_grooming"],
            None,
        ),
        ("making and distributing indecent images", ["indecent_images"], None),
        ("made to watch the clips on the bus", ["pi_online_not_explored", "pornography"], None),
        ("not the adult who had asked for them", ["pi_abuse_as_relationship"], None),
        ("guidance on nude images had not been updated", ["pi_thresholds"], None),
        ("found it hard to explain what had happened", ["vuln_send"], None),
        ("did not know what apps she used", ["vuln_parental_awareness"], None),
        ("online system for recording concerns", ["pi_information_sharing"], "incidental"),
        ("request for images from someone a child met online", ["learning_education"], "generic"),
        ("violent sexual material on phones", ["learning_education"], "generic"),
        ("simple advice on the apps", ["learning_parents"], "generic"),
        ("training was delivered online", ["learning_partnership"], "incidental"),
    ],
    "eastholm-baby-m.html": [
        ("through the council's online form", [], "incidental"),
        ("passed to early help without a home visit", ["pi_thresholds"], None),
        ("read parenting forums online", [], "incidental"),
        ("watched a video online about swaddling", [], "incidental"),
        ("by text and WhatsApp message", [], "incidental"),
        ("held on Teams", ["pi_information_sharing"], "incidental"),
        ("found no searches or messages", [], "negated"),
        ("not shared with the midwife", ["pi_information_sharing"], None),
        ("were not told about the conviction", ["pi_information_sharing"], None),
        ("YouTube channel", [], "incidental"),
        ("online learning event", [], "incidental"),
    ],
}
