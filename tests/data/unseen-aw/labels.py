"""Hand coding of the forty-eighth set of unseen reviews with the online-harm codebook. Written
and coded by hand before casebrief coded them and after the release's last change to the coder
(narrative groups cb and cc); never used to change the codebook or the learned coder. Format as
in ../unseen/labels.py; coded to the convention in ../unseen-g/labels.py (a harm type goes to
sentences that tell what happened to the child of the review, including where a practice
sentence names it; recommendations and statements about children in general carry their
learning or practice themes only) and to the rule for contact and grooming in the README. A
man posing as a girl in a chat for teenagers who felt low, who scores a girl's cutting, calls her
weak when she stops and tells her which tablets to take, is contact, grooming and harmful
content. An account that follows a boy, turns flirtatious, and demands money with a screenshot
of his picture beside his followers is contact, grooming, a shared picture and sextortion. Men in
a game's voice channel who tell a boy he is being pushed out of his country, send him a gunman's
films and praise his drawings of their symbols are contact, radicalisation (the films also
harmful content) and grooming. A toddler's injuries with a dating app, video calls, a portal, a
phone and a meeting on Teams is no online harm."""

LABELS = {
    "harbourside-child-m.pdf": [
        ("after taking an overdose", ["vuln_self_harm"], None),
        ("M was hurting herself", ["vuln_self_harm"], None),
        ("diagnosed with depression", ["vuln_mental_health", "vuln_school_exclusion"], None),
        ("joined a group chat for teenagers", ["platform_messaging"], None),
        (
            "A member who called herself Skye",
            ["online_contact_strangers", "online_grooming"],
            None,
        ),
        ("a chart to record each time she cut", ["harmful_content", "online_grooming"], None),
        ("went a week without cutting", ["harmful_content"], None),
        ("which tablets would be enough", ["harmful_content"], None),
        (
            "police identified Skye as a man",
            ["harmful_content", "online_contact_strangers"],
            None,
        ),
        ("thought it was a support group", ["vuln_parental_awareness"], None),
        ("no one asked what she did online", ["pi_online_not_explored", "vuln_self_harm"], None),
        ("did not share her concerns", ["pi_information_sharing"], None),
        ("learning event was held online", [], "incidental"),
        ("nothing to suggest that Skye asked", [], "negated"),
        ("anyone online is setting or rewarding it", ["learning_health"], "generic"),
    ],
    "glanrhyd-cpr-2-2025.txt": [
        ("started following Ioan", ["online_contact_strangers"], None),
        ("turned flirtatious", ["online_grooming"], None),
        ("Ioan sent a picture of himself", ["sharing_sexual_images"], None),
        ("a screenshot showing his picture", ["sextortion"], None),
        ("was told it was not enough", ["sextortion"], None),
        ("an organised group overseas", ["online_contact_strangers", "sextortion"], None),
        ("not with what to do after sending one", ["learning_education"], None),
        ("never heard that boys were being targeted", ["vuln_parental_awareness"], None),
        ("by video call during the investigation", [], "incidental"),
        ("no evidence that Ioan had been bullied", [], "negated"),
        ("if they are blackmailed over a picture", ["learning_education"], "generic"),
        ("help remove a young person's images", ["learning_parents"], "generic"),
    ],
    "northwold-oskar.docx": [
        ("plans to attack a local mosque", ["radicalisation_online"], None),
        ("often alone at break times", ["vuln_isolation"], None),
        (
            "online shooting game",
            ["online_contact_strangers", "online_gaming", "platform_gaming"],
            None,
        ),
        ("pushed out of their own country", ["radicalisation_online"], None),
        ("films of a gunman's attack", ["harmful_content", "radicalisation_online"], None),
        ("draw the symbols from the films", ["radicalisation_online"], None),
        ("praised every drawing he posted", ["online_grooming"], None),
        ("film the mosque from the street", ["radicalisation_online"], None),
        ("gave Oskar a detention", ["pi_thresholds", "radicalisation_online"], None),
        ("a leaflet about screen time", ["pi_parents_not_supported"], None),
        ("A referral to Prevent was not made", ["pi_prevent"], None),
        ("through an online course", [], "incidental"),
        ("never met any of the men", [], "negated"),
        ("symbols and language of violent movements", ["learning_education"], "generic"),
    ],
    "eastmere-harry.md": [
        ("through a dating app", [], "incidental"),
        ("by video call", [], "incidental"),
        ("council's online portal", [], "incidental"),
        ("watching football on his phone", [], "incidental"),
        ("nothing suggests Harry was harmed online", [], "negated"),
        ("held on Teams", [], "incidental"),
    ],
}
