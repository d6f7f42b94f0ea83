"""Hand coding of the forty-ninth set of unseen reviews with the online-harm codebook. Written
and coded by hand before casebrief coded them and after the release's last change to the coder
(narrative groups cd and ce and codebook v31); never used to change the codebook or the learned
coder. Format as in ../unseen/labels.py; coded to the convention in ../unseen-g/labels.py (a
harm type goes to sentences that tell what happened to the child of the review, including where
a practice sentence names it or points back to it; recommendations and statements about children
in general carry their learning or practice themes only) and to the rule for contact and
grooming in the README. Members of a server a boy met through a game, who tell him he owes them,
make him burn himself on a live call and send him his grandparents' address, are contact,
grooming, harmful content on a live call and bullying. Classmates who make nude pictures of a
girl with an app and pass them round are image sharing and bullying, and the boy who offers to
delete them for a real one is sextortion. A man from a dating app who sends taxis and a phone to
a girl in care and has her assaulted by his friends is contact, grooming and sexual abuse that
began online. A girl's death from a drug at a party, with tickets, a group chat and photographs
online, is no online harm."""

LABELS = {
    "sbni-cmr-child-k.pdf": [
        ("had become withdrawn", ["vuln_isolation"], None),
        (
            "added to a video chat server",
            ["online_contact_strangers", "online_gaming", "platform_messaging"],
            None,
        ),
        ("he owed them for listening", ["online_contact_strangers", "online_grooming"], None),
        ("burn himself with a lighter", ["harmful_content", "livestreaming"], None),
        ("sent him his grandparents' address", ["cyberbullying"], None),
        ("a sadistic online network", ["harmful_content", "online_contact_strangers"], None),
        ("believed he was talking to friends", ["vuln_parental_awareness"], None),
        ("treated the burns as an accident", ["pi_thresholds"], None),
        ("not about anyone online", ["pi_online_not_explored"], None),
        ("review panel met online", [], "incidental"),
        ("no evidence that Child K was asked", [], "negated"),
        ("directed by others online", ["learning_health"], "generic"),
    ],
    "southholm-amara.txt": [
        ("hearing impairment", ["vuln_send"], None),
        ("pictures of her naked", ["sharing_sexual_images"], None),
        (
            "shared in a chat of more than sixty pupils",
            ["cyberbullying", "sharing_sexual_images"],
            None,
        ),
        (
            "everybody had seen her without clothes",
            ["sharing_sexual_images", "vuln_school_exclusion"],
            None,
        ),
        ("if she sent him a real one", ["sextortion"], None),
        (
            "treated the pictures as a prank",
            ["pi_online_not_explored", "pi_thresholds", "sharing_sexual_images"],
            None,
        ),
        ("Nobody reported the pictures", ["pi_iioc_response", "sharing_sexual_images"], None),
        (
            "who were not told why she was missing school",
            ["pi_information_sharing", "vuln_school_exclusion"],
            None,
        ),
        ("training about nudification apps", [], "incidental"),
        ("no indication that any adult", [], "negated"),
        ("A made-up nude picture of a child", ["learning_education"], "generic"),
    ],
    "wyvern-bay-jade.docx": [
        (
            "found in a hotel room with two adult men",
            ["online_sexual_abuse", "vuln_looked_after"],
            None,
        ),
        ("set up a profile on a dating app", ["online_contact_strangers", "platform_dating"], None),
        ("sent taxis to collect Jade", ["online_grooming"], None),
        ("given alcohol and sexually assaulted", ["online_sexual_abuse"], None),
        ("messages from several other men", ["online_contact_strangers", "vuln_missing"], None),
        ("who had sent the taxis", ["online_grooming", "pi_online_not_explored"], None),
        ("saw the dating app on Jade's phone", ["pi_information_sharing", "platform_dating"], None),
        ("held by video call in July", [], "incidental"),
        ("choosing to meet older men", ["pi_abuse_as_relationship"], None),
        ("sending transport for a child", ["learning_social_care"], "generic"),
    ],
    "kingsreach-poppy-mae.html": [
        ("Tickets for the party were sold online", [], "incidental"),
        ("arranged in a group chat", [], "incidental"),
        ("posted photographs from the party", [], "incidental"),
        ("no evidence that the drugs had been bought online", [], "negated"),
        ("through an online video", [], "incidental"),
    ],
}
