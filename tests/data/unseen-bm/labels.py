"""Hand coding of the sixty-fourth set of unseen reviews with the online-harm codebook. Written
and coded by hand before casebrief coded them and after the changes that set BL prompted;
measured once before anything was changed for it. Format as in ../unseen/labels.py; coded to the
convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the
child of the review, including where a practice sentence names it or points back to it;
recommendations and statements about children in general carry their learning or practice
themes only) and to the rule for contact and grooming in the README. A girl of thirteen whose
football coach sent her secret messages at night and asked for pictures of herself is grooming
(not contact: he was no stranger), online sexual abuse and image sharing, his charge of making
indecent images indecent images. A girl of sixteen in care advertised for sex on an adult
services website with her photographs is online sexual abuse and image sharing. A boy of
fourteen tricked by an older pupil into sending a video, made to pay and then shamed in a year
group's chat is image sharing, sexual extortion, online sexual abuse and cyberbullying. A boy's
fabricated illness publicised by his mother on social media, with a strategy meeting on a video
call, and a girl's suicide with a goodbye text, a phone with nothing on it and parents with no
worries about her phone, are no online harm."""

LABELS = {
    "elmsworth-child-d.html": [
        (
            "began sending D private messages on Instagram",
            ["online_grooming", "platform_social_media"],
            None,
        ),
        ("their chats had to stay secret", ["online_grooming"], None),
        (
            "asked her for photographs of herself in her kit",
            ["online_grooming", "online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("what she had seen on D's phone", ["online_grooming"], None),
        ("helping D with her confidence", ["online_grooming", "pi_thresholds"], None),
        ("found the images on her tablet", ["sharing_sexual_images"], None),
        (
            "making indecent images",
            ["indecent_images", "online_sexual_abuse"],
            None,
        ),
        ("had not been trained to recognise grooming", ["pi_tech_knowledge"], None),
        ("do not message children privately", ["learning_partnership"], "generic"),
    ],
    "kestonbridge-young-person-z.pdf": [
        (
            "advertised for sex on an adult services website",
            ["online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("The adverts had been placed", ["online_sexual_abuse"], None),
        ("in care since she was twelve", ["vuln_looked_after"], None),
        ("reported missing on more than thirty occasions", ["vuln_missing"], None),
        ("seeing an older boyfriend", ["pi_abuse_as_relationship"], None),
        ("Her phone was not looked at", ["pi_online_not_explored"], None),
        ("website's moderators", ["pi_information_sharing"], None),
        (
            "search adult services websites",
            ["learning_police", "learning_social_care"],
            "generic",
        ),
    ],
    "pellingham-child-g.htm": [
        (
            "persuaded him to send a naked video of himself",
            ["online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("unless he paid fifty pounds a week", ["sextortion"], None),
        ("paid him from his savings", ["sextortion"], None),
        (
            "posted in a group chat with more than a hundred pupils",
            ["cyberbullying", "platform_messaging", "sharing_sexual_images"],
            None,
        ),
        ("told his mother he was being bullied", ["cyberbullying"], None),
        ("did not look at the group chat", ["pi_online_not_explored"], None),
        (
            "interviewed under caution",
            ["pi_abuse_as_relationship", "sharing_sexual_images"],
            None,
        ),
        ("help to have the video removed", ["sharing_sexual_images"], None),
        (
            "pressured into sharing an image and then blackmailed",
            ["learning_education", "learning_police"],
            "generic",
        ),
    ],
    "hollinbrook-child-e.docx": [
        ("ran a page on social media", [], "incidental"),
        ("took place on a video call", [], "incidental"),
        ("was not invited to it", ["pi_information_sharing"], None),
        ("online fundraising and found no offence", [], "incidental"),
        ("No single professional had an overview", ["pi_information_sharing"], None),
    ],
    "westmarsh-child-f.txt": [
        ("sent her best friend a text message", [], "incidental"),
        ("found no evidence of bullying", [], "negated"),
        ("prescribed antidepressants", ["vuln_mental_health"], None),
        ("was not followed up", ["pi_thresholds"], None),
        ("no worries about what she did online", [], "incidental"),
    ],
}
