"""Hand coding of the fifty-third set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them and after the release's last change to the coder (the
two codebook readings made after set BA was measured); measured once before anything was changed
for it. Format as in ../unseen/labels.py; coded to the convention in ../unseen-g/labels.py (a
harm type goes to sentences that tell what happened to the child of the review, including where
a practice sentence names it or points back to it; recommendations and statements about children
in general carry their learning or practice themes only) and to the rule for contact and
grooming in the README. A boy fed videos saying his country is being taken and drawn into a
private channel that praises a mass killer is radicalisation; its members known by usernames are
contact, and the member who flatters him is grooming as well. An account posing as a girl that
asks for pictures is contact, and the pictures image sharing and abuse; the demands for money
over them are sextortion, and the message telling her to end her life is harmful content. Films
of adults having sex shown to a boy by a cousin, sought by him and copied on a younger child are
pornography. A young man's drowning with lessons, games, a group chat, a phone's location, an
appeal and an inquest online, and siblings' neglect with prison video calls, online gambling, a
homework platform and a tablet, are no online harm."""

LABELS = {
    "wexcombe-scr-child-g.pdf": [
        (
            "influence of adults he never met",
            ["online_contact_strangers", "pi_information_sharing"],
            None,
        ),
        ("two of them virtually", [], "incidental"),
        ("diagnosed with autism", ["vuln_autism", "vuln_send"], None),
        ("found friendships difficult", ["vuln_isolation"], None),
        ("a period of domestic abuse", ["vuln_family_conflict"], None),
        ("their country was being taken from them", ["radicalisation_online"], None),
        ("longer films by other speakers", ["radicalisation_online"], None),
        (
            "invited into a private channel",
            ["online_contact_strangers", "platform_messaging", "radicalisation_online"],
            None,
        ),
        (
            "his name would be remembered",
            ["online_contact_strangers", "online_grooming", "radicalisation_online"],
            None,
        ),
        ("symbols drawn on Child G's exercise books", ["radicalisation_online"], None),
        ("no referral was made to Prevent", ["pi_prevent"], None),
        (
            "closed the case after Child G said",
            ["pi_online_not_explored", "pi_prevent", "pi_thresholds", "radicalisation_online"],
            None,
        ),
        ("not completed until the following October", ["pi_device_delay"], None),
        (
            "as a behaviour problem linked to his autism",
            ["radicalisation_online", "vuln_autism"],
            None,
        ),
        ("did not know how such channels worked", ["pi_tech_knowledge"], None),
        ("thought he was playing games", ["vuln_parental_awareness"], None),
        ("never heard of the chat app", ["vuln_parental_awareness"], None),
        ("had contact with anyone abroad", [], "negated"),
        ("how to make a Prevent referral", ["learning_education", "learning_partnership"], None),
        ("on a child's word alone", ["learning_partnership"], None),
    ],
    "ashbury-vale-child-e.docx": [
        (
            "months of being blackmailed",
            ["online_contact_strangers", "sextortion", "vuln_self_harm"],
            None,
        ),
        ("an account using the name and photographs", ["online_contact_strangers"], None),
        (
            "swap pictures in their underwear",
            ["online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        (
            "unless she paid a hundred pounds",
            ["online_contact_strangers", "sextortion"],
            None,
        ),
        ("paid with gift cards", ["sextortion"], None),
        (
            "posted one of the pictures on her own profile",
            ["harmful_content", "sextortion", "sharing_sexual_images"],
            None,
        ),
        ("took an overdose that night", ["vuln_self_harm"], None),
        ("through the online referral form", [], "incidental"),
        (
            "did not pass the payment details",
            ["pi_information_sharing", "sextortion"],
            None,
        ),
        (
            "recorded the overdose as a response to bullying",
            [
                "pi_risk_assessment_online",
                "sextortion",
                "sharing_sexual_images",
                "vuln_self_harm",
            ],
            None,
        ),
        ("sent the social worker a WhatsApp message", [], "incidental"),
        (
            "removed the picture from a pupils' group chat",
            ["pi_online_not_explored", "platform_messaging", "sharing_sexual_images"],
            None,
        ),
        ("often believe they are to blame", [], "generic"),
        ("threatened over an image", ["learning_health", "learning_police"], "generic"),
    ],
    "tarnmouth-child-h.html": [
        ("films on his phone of adults having sex", ["pornography"], None),
        (
            "went looking for the same kind of films",
            ["pornography", "vuln_parental_awareness"],
            None,
        ),
        ("in the way he had seen in the films", ["pornography"], None),
        ("nobody asked where he had learned them", ["pi_online_not_explored"], None),
        (
            "could reach such sites",
            ["pi_parents_not_supported", "pornography", "vuln_parental_awareness"],
            None,
        ),
        ("took place on Teams", [], "incidental"),
        ("any adult had contacted Child H online", [], "negated"),
        ("ask what he has seen and where", ["learning_partnership"], "generic"),
    ],
    "holmbridge-jayden.txt": [
        ("moved his lessons online", [], "incidental"),
        ("played online games with his cousin", [], "incidental"),
        ("in their group chat", [], "incidental"),
        ("posted an appeal on social media", [], "incidental"),
        ("streamed online", [], "incidental"),
        ("contacted by anyone online who meant him harm", [], "negated"),
        ("for low mood", ["vuln_mental_health"], None),
        ("appointments by video", [], "incidental"),
    ],
    "saltmere-siblings.md": [
        ("on video calls arranged by the prison", [], "incidental"),
        ("through online gambling", [], "incidental"),
        ("online homework platform", [], "incidental"),
        ("watching cartoons on a tablet", [], "incidental"),
        ("nobody brought it together", ["pi_information_sharing"], None),
        ("had been harmed online", [], "negated"),
    ],
}
