"""Hand coding of the seventy-seventh set of unseen reviews with the online-harm codebook.
Written and coded by hand before casebrief coded them, after this release's reading of bold on
scans and of web pages' cookie notices (three reading fixes these files prompted while they were
read, before any coding: a rapid review's "Agreed by the partnership in March 2026" was a
sentence and dated nothing, its "Actions" opened no recommendations, and a page's "Download the
full report (PDF, 450 KB)" was a sentence), with codebook v41; measured once. Format as in
../unseen/labels.py; coded to the convention in ../unseen-g/labels.py (a harm type goes to
sentences that tell what happened to the child of the review, including where a practice
sentence names it or points back to it; recommendations and statements about children in
general carry their learning or practice themes only) and to the rule for contact and grooming in
the README. A boy of fifteen out of school, drawn by men on a chat server into hatred and
admiration of mass shooters, with a Prevent referral closed after one meeting, is
radicalisation, harmful content, contact and grooming (a Word review with bold headings at the
body's size, printed and scanned). A baby's death in his parents' bed, with a maternity app, a
video call, a father's search for colic advice and a website, is no online harm (a Word rapid
review). A girl of thirteen mocked in a group chat named after her and told to kill herself,
whose face was put on a naked picture passed round her year, is cyberbullying and image sharing
(a partnership's page saved from the web, with a cookie notice and no main element)."""

LABELS = {
    "fenwick-moor-child-l.pdf": [
        ("he would bring a knife to his former school", ["radicalisation_online"], None),
        (
            "Officers found instructions for making weapons",
            ["radicalisation_online", "harmful_content"],
            None,
        ),
        ("permanently excluded from his secondary school", ["vuln_school_exclusion"], None),
        (
            "a chat server run by men he did not know",
            ["radicalisation_online", "online_contact_strangers", "harmful_content"],
            None,
        ),
        (
            "The older members praised the things he posted",
            ["online_grooming", "radicalisation_online"],
            None,
        ),
        ("the attackers in the videos were heroes", ["radicalisation_online"], None),
        (
            "His father found a folder of the videos",
            ["harmful_content", "radicalisation_online"],
            None,
        ),
        (
            "A referral to Prevent was made by the tuition service",
            ["pi_prevent", "radicalisation_online"],
            None,
        ),
        ("asked which sites he used or who he talked to", ["pi_online_not_explored"], None),
        ("The Prevent meeting took place by video call", ["pi_prevent"], "incidental"),
        (
            "no daily contact with adults outside his family",
            ["vuln_school_exclusion", "vuln_isolation"],
            None,
        ),
        ("judged on what L said in a single meeting", ["pi_prevent"], None),
        ("records on a shared online drive", ["pi_information_sharing"], "incidental"),
        ("Prevent panels should seek information", ["learning_partnership"], None),
        ("a named professional who asks about their life online", ["learning_education"], None),
        (
            "drawn into extremist groups online",
            ["learning_parents"],
            "generic",
        ),
    ],
    "ashcombe-baby-r.docx": [
        ("His father had drunk a large amount of alcohol", ["vuln_parental_factors"], None),
        ("through the maternity service's app", [], "incidental"),
        ("the follow-up contact at eight weeks was a video call", [], "incidental"),
        ("At the video call the mother said", [], "incidental"),
        ("had looked online for advice about colic", [], "incidental"),
        ("an argument between the parents", ["vuln_family_conflict"], None),
        ("A video call cannot show a professional", ["learning_health"], "incidental"),
        ("anything R's parents saw online played a part", [], "negated"),
        ("should see the baby's sleeping place in person", ["learning_health"], None),
        ("Safer sleep messages should be given to fathers", ["learning_health"], None),
        ("through its newsletter and website", [], "incidental"),
    ],
    "tarnbeck-child-m.html": [
        ("She has dyslexia", ["vuln_send"], None),
        (
            "set up a group chat named after her",
            ["cyberbullying", "platform_messaging"],
            None,
        ),
        (
            "put M's face on a picture of a naked woman",
            ["sharing_sexual_images", "cyberbullying"],
            None,
        ),
        ("began cutting her arms", ["vuln_self_harm"], None),
        ("a boy showed her the picture on his phone", ["sharing_sexual_images"], None),
        ("M's mother reported the chat to the school", ["cyberbullying"], None),
        (
            "recorded as a falling-out between friends",
            ["cyberbullying", "pi_thresholds"],
            None,
        ),
        (
            "Nobody told the police about the picture",
            ["sharing_sexual_images", "pi_thresholds"],
            None,
        ),
        ("when a sexual image of a pupil is made or shared", [], "generic"),
        (
            "knew that M was self-harming but did not know about the chat",
            ["pi_information_sharing", "vuln_self_harm", "cyberbullying"],
            None,
        ),
        (
            "a leaflet about online safety",
            ["pi_parents_not_supported"],
            None,
        ),
        ("treat a sexual image of a pupil", ["learning_education"], "generic"),
        ("Staff should not describe repeated group messages", ["learning_education"], "generic"),
        ("Pastoral and health records should be brought together", ["learning_education"], None),
    ],
}
