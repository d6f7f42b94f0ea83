"""Hand coding of the thirty-seventh set of unseen reviews with the online-harm codebook. Written
and coded by hand before casebrief coded them and after the release's last change to the coder
(the training narratives of radicalisation and described pornography, and the scope rule for what
a group "needs"); never used to change the codebook or the learned coder. Format as in
../unseen/labels.py; coded to the convention in ../unseen-g/labels.py (a harm type goes to
sentences that tell what happened to the child of the review, including where a practice sentence
names it; recommendations and statements about children in general carry their learning or
practice themes only). A boy fed videos and a forum's talk that women owe men and deserve to
suffer, praised by a man who calls a killer of women a hero, is radicalised and groomed online,
though no sentence names the ideology; films of naked adults a boy of eleven watched on his
brother's console are pornography."""

LABELS = {
    "bro-hafren-child-q.pdf": [
        ("attacked a girl from his college with a hammer", ["radicalisation_online"], None),
        ("assessed as having ADHD", ["vuln_isolation", "vuln_send"], None),
        (
            "watching long videos by men who told boys",
            ["harmful_content", "radicalisation_online"],
            None,
        ),
        ("having lost in life because of their looks", ["radicalisation_online"], None),
        (
            "his anger was justified",
            ["online_contact_strangers", "radicalisation_online"],
            None,
        ),
        (
            "who said he was in his thirties",
            ["online_contact_strangers", "online_grooming", "radicalisation_online"],
            None,
        ),
        ("girls should not be allowed to vote", ["radicalisation_online"], None),
        ("made no referral", ["pi_prevent"], None),
        ("spent a lot of time online", ["pi_online_not_explored", "vuln_mental_health"], None),
        ("saying she would regret refusing him", ["cyberbullying"], None),
        ("blaming women for his life", ["radicalisation_online"], None),
        ("shaped by the material he consumed online", ["radicalisation_online"], None),
        (
            "being drawn in by others online",
            ["pi_online_not_explored", "pi_risk_assessment_online", "radicalisation_online"],
            None,
        ),
        ("falls within the Prevent duty", ["pi_prevent", "pi_tech_knowledge"], None),
        ("were not linked with what Q had said", ["pi_information_sharing"], None),
        ("took place on Microsoft Teams", [], "incidental"),
        ("met any of the forum's members in person", [], "negated"),
        ("a form of extremism for the purposes of Prevent", ["learning_partnership"], "generic"),
        ("misogynistic remarks", ["learning_education"], "generic"),
        ("what they watch and who they talk to online", ["learning_health"], "generic"),
    ],
    "northbrae-mason.txt": [
        ("copied what he saw on films", ["platform_gaming", "pornography"], None),
        ("naked adults doing things to each other", ["pornography"], None),
        ("a website with no age checks", ["pornography"], None),
        ("what grown-ups did when they loved each other", ["pornography"], None),
        ("history of domestic abuse", ["vuln_family_conflict"], None),
        ("treated for depression", ["vuln_parental_factors"], None),
        ("poor attendance", ["vuln_school_exclusion"], None),
        ("not where he might have learned it", ["pi_online_not_explored"], None),
        ("not on what he had been exposed to", ["pi_online_not_explored"], None),
        ("the websites the boys could reach", ["pi_online_not_explored"], None),
        ("could be used to browse the internet", ["vuln_parental_awareness"], None),
        ("never addressed, although he too was a child", ["pi_online_not_explored"], None),
        ("held virtually", [], "incidental"),
        ("through the online portal", [], "incidental"),
        ("no indication that any adult had shown Mason", [], "negated"),
        ("sexual behaviour beyond their age", ["learning_partnership"], "generic"),
        ("settings of games consoles", ["learning_parents"], "generic"),
        ("sexual images of adults at home", ["learning_education"], "generic"),
    ],
    "ashcombe-young-person-k.html": [
        ("eleven times in the previous six months", ["vuln_looked_after", "vuln_missing"], None),
        ("in care since she was twelve", ["vuln_looked_after", "vuln_previous_abuse"], None),
        ("the police's online form", [], "incidental"),
        ("her phone's location", [], "incidental"),
        ("social media appeal", [], "incidental"),
        ("offered by video call", [], "incidental"),
        ("no one looked at the pattern", ["pi_thresholds"], None),
        ("found nothing to suggest", [], "negated"),
        ("not only each episode", ["learning_partnership"], None),
        ("YouTube channel", [], "incidental"),
    ],
}
