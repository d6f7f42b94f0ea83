"""Hand coding of the fifty-first set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them and after the release's last change to the coder (the
first change of codebook v32, which asks a review too short to sum min_score for evidence per
sentence); measured once before anything was changed for it. Format as in ../unseen/labels.py;
coded to the convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what
happened to the child of the review, including where a practice sentence names it or points back
to it; recommendations and statements about children in general carry their learning or practice
themes only) and to the rule for contact and grooming in the README. Three of the five are short
pages, two with online harm and one without, to check the per-sentence rule. A man under a made-
up name who tops up a girl's phone is contact and grooming; his requests for pictures are image
sharing and abuse, and his threat to show them unless she sends a video is sextortion. Boys
posing as a girl who ask a boy for a picture and then demand money are contact and sextortion,
and the picture posted in a year group's chat is image sharing and bullying. An adult 'coach'
met through thinness accounts who sets a girl's calories and checks her weight is contact and
harmful content. A baby's fractures with a dating app, an online course, a video link and online
booking, and a boy's death from diabetes with an app, a portal and gaming with friends, are no
online harm."""

LABELS = {
    "hollowmere-lily-rose.html": [
        ("lived with foster carers", ["vuln_looked_after"], None),
        (
            "called himself Jay",
            ["online_contact_strangers", "online_grooming", "platform_messaging"],
            None,
        ),
        (
            "photographs of her in her underwear",
            ["online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("unless she sent a video", ["sextortion"], None),
        ("no concerns about internet use", ["pi_online_not_explored"], None),
        (
            "someone was sending her credit",
            ["online_grooming", "pi_parents_not_supported", "vuln_parental_awareness"],
            None,
        ),
        ("was held by video call", [], "incidental"),
        ("any other children contacted by the same man", [], "negated"),
        ("money or phone credit", ["learning_social_care"], "generic"),
    ],
    "kelsey-brook-baby-o.txt": [
        ("met on a dating app", [], "incidental"),
        ("massage course that was run online", [], "incidental"),
        ("this was not passed to the health visitor", ["pi_information_sharing"], None),
        ("as a link to a short video", [], "incidental"),
        ("not shared with health or children's services", ["pi_information_sharing"], None),
        ("through its online booking system", [], "incidental"),
        ("filmed or photographed being hurt", [], "negated"),
    ],
    "ferrisby-ethan.docx": [
        ("diagnosed with dyslexia", ["vuln_send"], None),
        ("someone he believed to be a girl", ["online_contact_strangers"], None),
        (
            "a picture of him without clothes",
            ["online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("sent back a screenshot of his picture", ["sextortion"], None),
        ("unless he paid a hundred pounds", ["sextortion"], None),
        ("from his mother's bank card", ["sextortion"], None),
        ("run by two boys in Year 11", ["online_contact_strangers", "sextortion"], None),
        (
            "posted in a group chat of about two hundred pupils",
            ["cyberbullying", "platform_messaging", "sharing_sexual_images"],
            None,
        ),
        ("comments at school and late at night", ["cyberbullying"], None),
        ("after taking an overdose", ["vuln_self_harm"], None),
        ("treated it as a falling-out between pupils", ["sharing_sexual_images"], None),
        ("whether he had been made to pay", ["pi_online_not_explored", "sextortion"], None),
        (
            "did not mention his phone",
            ["pi_online_not_explored", "pi_risk_assessment_online"],
            None,
        ),
        ("had seen the bank payments", ["sextortion"], None),
        ("twice on Microsoft Teams", [], "incidental"),
        ("no evidence that any adult was involved", [], "negated"),
        ("demand for money after an image", ["learning_education"], "generic"),
        ("ask about threats, payments and images online", ["learning_health"], "generic"),
    ],
    "wendover-vale-child-c.pdf": [
        ("treated for anorexia", ["vuln_mental_health"], None),
        ("captions praising hunger", ["harmful_content"], None),
        (
            "called herself a coach",
            ["harmful_content", "online_contact_strangers"],
            None,
        ),
        ("a photograph of herself on the scales", ["harmful_content"], None),
        ("did not ask what she looked at", ["pi_online_not_explored"], None),
        ("took place by video during the summer", [], "incidental"),
        ("who online is telling them what to eat", ["learning_health"], "generic"),
    ],
    "oakridge-mason.md": [
        ("glucose monitoring app", [], "incidental"),
        ("online patient portal", [], "incidental"),
        ("gaming with friends online", [], "incidental"),
        ("bullied or contacted by anyone", [], "negated"),
    ],
}
