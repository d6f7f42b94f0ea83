"""Hand coding of the sixty-third set of unseen reviews with the online-harm codebook. Written
and coded by hand before casebrief coded them and after the changes that set BK prompted;
measured once before anything was changed for it. Format as in ../unseen/labels.py; coded to the
convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the
child of the review, including where a practice sentence names it or points back to it;
recommendations and statements about children in general carry their learning or practice
themes only) and to the rule for contact and grooming in the README. A gay boy of fifteen who
met men on an app for adults, one of whom gave him a phone and taxis, abused him and filmed it,
is dating, contact, grooming, online sexual abuse and indecent images. A father convicted of
image offences who came back to the family, photographed his daughter and sent the photographs
on through a messaging app is indecent images, online sexual abuse and image sharing, and what
agencies did about his offending is the practice issue that presupposes them. A girl of sixteen
who met a man posing as a boy on a site where people described how they would end their lives,
and agreed a night to die with him, is harmful content and contact. A boy's injuries from his
stepfather, with a delivery app, an online self-referral, a video call, a phone with nothing on
it and a conference held online, and a boy's criminal exploitation by older boys met in a park,
with a phone for orders and nothing online, are no online harm."""

LABELS = {
    "wenlow-child-j.pdf": [
        ("supplied him with drugs and sexually abused him", ["online_sexual_abuse"], None),
        (
            "an app designed for adult men to meet other men",
            ["online_contact_strangers", "platform_dating"],
            None,
        ),
        ("told only his older sister that he was gay", ["vuln_lgbtq"], None),
        ("Arguments at home about his staying out", ["vuln_family_conflict", "vuln_missing"], None),
        (
            "met at least four men he had matched with",
            ["online_contact_strangers", "platform_dating"],
            None,
        ),
        ("the only person who accepted him as he was", ["online_grooming"], None),
        ("pressured into sex with Dan", ["online_sexual_abuse"], None),
        ("Dan filmed some of these occasions", ["indecent_images", "online_sexual_abuse"], None),
        (
            "did not ask how they had met",
            ["pi_abuse_as_relationship", "pi_online_not_explored"],
            None,
        ),
        ("a taxi paid for by a friend", ["online_grooming", "vuln_missing"], None),
        (
            "as a consequence of his sexuality rather than as exploitation",
            ["pi_abuse_as_relationship", "vuln_lgbtq"],
            None,
        ),
        ("how such apps check a user's age", ["pi_tech_knowledge"], None),
        ("did not know the app was on his phone", ["vuln_parental_awareness"], None),
        ("ask young people how they met their partners", ["learning_health"], "generic"),
        ("the risks to gay and bisexual boys", ["learning_partnership"], "generic"),
    ],
    "ferrisham-child-c.docx": [
        (
            "convicted of downloading indecent images of children",
            ["indecent_images", "vuln_parental_factors"],
            None,
        ),
        (
            "hidden from his offender manager",
            ["indecent_images", "online_sexual_abuse"],
            None,
        ),
        (
            "through an encrypted messaging app",
            ["indecent_images", "platform_messaging", "sharing_sexual_images"],
            None,
        ),
        ("sentenced for the image offences", ["indecent_images", "pi_iioc_response"], None),
        ("close the case because Mr C has left", ["pi_iioc_response", "pi_thresholds"], None),
        (
            "children's social care is not",
            ["pi_information_sharing", "pi_iioc_response"],
            None,
        ),
        ("found to contain nothing of concern", ["pi_iioc_response"], None),
        (
            "no agency kept sight of whether Mr C",
            ["pi_information_sharing", "pi_iioc_response"],
            None,
        ),
        ("the devices he chose to declare", ["pi_iioc_response"], None),
        ("offence had involved adults", ["vuln_parental_awareness"], None),
        ("how compliance with it should be tested", ["pi_iioc_response"], None),
        (
            "convicted of image offences moves into a household",
            ["learning_police", "learning_social_care"],
            "generic",
        ),
    ],
    "brackendale-ella.html": [
        ("because of low mood and cutting", ["vuln_mental_health", "vuln_self_harm"], None),
        ("found her unconscious in the bathroom", ["vuln_self_harm"], None),
        ("the ways they planned to end their lives", ["harmful_content"], None),
        (
            "a user in Scotland who said he was seventeen",
            ["harmful_content", "online_contact_strangers"],
            None,
        ),
        ("a list of tablets and the amounts to take", ["harmful_content"], None),
        ("a man of forty-two", ["online_contact_strangers"], None),
        ("spending a lot of time on her phone", ["pi_online_not_explored"], None),
        ("no idea what the site was", ["vuln_parental_awareness"], None),
        ("calmer now that she had a plan", ["vuln_mental_health", "vuln_self_harm"], None),
        (
            "every young person who self-harms about the sites",
            ["learning_health"],
            "generic",
        ),
        ("write to the regulator about the site", ["learning_platforms"], None),
    ],
    "ostley-kai.txt": [
        ("history of depression", ["vuln_parental_factors"], None),
        ("taking jobs through an app", [], "incidental"),
        ("online self-referral form", [], "incidental"),
        ("the case was closed without Kai being seen", ["pi_thresholds"], None),
        ("by video call during this period", [], "incidental"),
        ("found no messages or images of concern", [], "negated"),
        ("conference was held online", [], "incidental"),
    ],
    "calderbury-child-m.md": [
        ("permanently excluded from school", ["vuln_school_exclusion"], None),
        ("bulk text messages advertising the drugs", [], "incidental"),
        ("reported missing eleven times", ["vuln_missing"], None),
        ("nothing to suggest that anyone had contacted M online", [], "negated"),
        ("a willing participant", ["pi_abuse_as_relationship"], None),
    ],
}
