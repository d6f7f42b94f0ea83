"""Hand coding of the eightieth set of unseen reviews with the online-harm codebook.
Written and coded by hand before casebrief read or coded them, after codebook v42 gave a
boyfriend's or girlfriend's control through the phone to cyberbullying; measured once. Format as
in ../unseen/labels.py; coded to the convention in ../unseen-g/labels.py (a harm type goes to
sentences that tell what happened to the child of the review, including where a practice
sentence names it or points back to it; recommendations and statements about children in
general carry their learning or practice themes only) and to the rule for contact and grooming in
the README. A boy of fifteen whose girlfriend of seventeen read his phone, tracked him through an
app, rang him without end, posted on his account and threatened to show his year the intimate
pictures he had sent her is cyberbullying, image sharing and sexual extortion; the review names
her "the young woman" and by name, never "girlfriend" (a plain-text Welsh child practice review
in long paragraphs, lettered by part). A girl of thirteen sent clips of cutting and set
challenges by an older girl known only through a video-sharing app is harmful content and
contact (a Word review whose chronology is a table under a merged header row). A girl of
fourteen missing from home and hit by a car, whose mother found her through the family's
location sharing and whose phone an older boy took, is no online harm (a partnership's page in
a definition list)."""

LABELS = {
    "cwm-tawel-cpr-4-2026.txt": [
        ("admitted to hospital after taking an overdose", ["vuln_self_harm"], None),
        ("none of them had put what they knew together", ["pi_information_sharing"], None),
        ("she knew the code to his phone", ["cyberbullying"], None),
        ("install an app that showed her where he was", ["cyberbullying"], None),
        ("Owain's friends drifted away", ["vuln_isolation"], None),
        ("he stopped going to rugby", ["vuln_isolation"], None),
        ("saw that Owain was always on his phone", ["vuln_parental_awareness"], None),
        (
            "kept every intimate picture he had ever sent her",
            ["sextortion", "sharing_sexual_images"],
            None,
        ),
        ("she posted on his account", ["cyberbullying"], None),
        ("A teacher was shown the post", ["cyberbullying"], None),
        ("as a falling-out between a couple", ["cyberbullying", "pi_thresholds"], None),
        ("recorded as a dispute between young people", ["pi_thresholds"], None),
        ("In March Owain took the overdose", ["vuln_self_harm"], None),
        ("more than four hundred messages from Cerys", ["cyberbullying"], None),
        (
            "no adult ever asked him what she did with his phone",
            ["cyberbullying", "pi_online_not_explored"],
            None,
        ),
        (
            "missed the pattern of control",
            ["cyberbullying", "pi_abuse_as_relationship"],
            None,
        ),
        (
            "no single agency saw the threat to share the pictures",
            ["cyberbullying", "sextortion", "pi_information_sharing"],
            None,
        ),
        ("Boys can be victims of abuse", [], "generic"),
        (
            "training for school staff and call handlers",
            ["learning_partnership", "learning_education", "learning_police"],
            None,
        ),
        ("Schools should ask young people directly", ["learning_education"], "generic"),
    ],
    "pendlehurst-sophie.docx": [
        ("taken to hospital with deep cuts to her arms", ["vuln_self_harm"], None),
        (
            "an older girl she knew only through a video-sharing app",
            ["harmful_content", "online_contact_strangers", "platform_social_media"],
            None,
        ),
        ("a new friend called Jaz", ["online_contact_strangers"], None),
        ("help with Sophie's low mood", ["vuln_mental_health"], None),
        ("clips of people cutting themselves", ["harmful_content"], None),
        ("no one looks at the account itself", ["harmful_content", "pi_online_not_explored"], None),
        ("the deeper the cut the more likes", ["harmful_content"], None),
        ("Jaz had set her a challenge", ["harmful_content", "vuln_self_harm"], None),
        (
            "friendship with Jaz as a positive sign",
            ["online_contact_strangers", "pi_online_not_explored"],
            None,
        ),
        (
            "not on the content she was being sent",
            ["harmful_content", "pi_online_not_explored"],
            None,
        ),
        (
            "put the burden on a parent",
            ["pi_parents_not_supported", "vuln_parental_awareness"],
            None,
        ),
        ("The long wait for mental health support", ["vuln_mental_health"], None),
        (
            "whether Jaz was in fact a girl of her own age",
            ["online_contact_strangers", "pi_device_delay"],
            None,
        ),
        ("what a child is being shown online", ["learning_education"], "generic"),
        ("request account records from platforms", ["learning_police"], "generic"),
        ("offer interim support", ["learning_health"], "generic"),
    ],
    "marshgate-child-n.html": [
        ("reported missing three times", ["vuln_missing"], None),
        ("used the location-sharing on the family's phones", [], "incidental"),
        ("each time N was found within a day", ["vuln_missing"], None),
        ("a return home interview was offered by text message", ["vuln_missing"], "incidental"),
        ("taken her phone from her", [], "incidental"),
        ("found nothing to suggest that anyone had been contacting her", [], "negated"),
        (
            "no one asked who owned the house",
            ["vuln_missing", "pi_information_sharing"],
            None,
        ),
        ("A strategy discussion was held by video call", [], "incidental"),
        ("messaged her on WhatsApp to arrange visits", [], "incidental"),
        ("offered in person, not only by text", ["learning_social_care"], None),
        ("how repeated missing episodes are brought together", ["learning_partnership"], None),
    ],
}
