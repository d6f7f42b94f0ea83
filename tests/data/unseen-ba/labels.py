"""Hand coding of the fifty-second set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them and after the release's last change to the coder (the
training narratives ch to cy); measured once before anything was changed for it. Format as in
../unseen/labels.py; coded to the convention in ../unseen-g/labels.py (a harm type goes to
sentences that tell what happened to the child of the review, including where a practice
sentence names it or points back to it; recommendations and statements about children in
general carry their learning or practice themes only) and to the rule for contact and grooming
in the README. Four of the six are short pages, to check the per-sentence screening rule: two
with online harm (one of them telling it in three sentences) and two without, each carrying
several faint online words. A man posing as a boy of fifteen who makes a girl with a learning
disability his secret 'girlfriend' is contact and grooming; her pictures are image sharing and
abuse, and their posting on an account naming her school is image sharing and bullying. A
friend's clip of a girl undressed, posted to a story, is image sharing and bullying. A suicide
site whose users answer a girl's questions about methods is harmful content and contact. A boy
broadcasting on a live video app whose viewers send gifts and set dares in his underwear is
contact, grooming and live-streamed abuse, and the recordings found abroad are abuse images. A
girl's neglect with her phone, a parents' app, messages to a friend, video-call visits and a
games console, and a baby's head injury with a father's searches, an online course, video calls
and a neighbour's posted video, are no online harm."""

LABELS = {
    "brackenfold-maisie.html": [
        ("moderate learning disability", ["vuln_learning_disability", "vuln_send"], None),
        (
            "sent her a friend request on a video app",
            ["online_contact_strangers", "platform_social_media"],
            None,
        ),
        ("she must not tell her mum", ["online_grooming"], None),
        (
            "pictures of herself without her top",
            ["online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        (
            "posted on an account that named her school",
            ["cyberbullying", "sharing_sexual_images"],
            None,
        ),
        ("a man of twenty-six", ["online_contact_strangers"], None),
        ("did not mention her phone", ["pi_risk_assessment_online"], None),
        ("strangers could message Maisie", ["vuln_parental_awareness"], None),
        ("held online on the day", [], "incidental"),
        ("Maisie never met the man", [], "negated"),
        ("who is safe to talk to online", ["learning_partnership"], "generic"),
    ],
    "penmorva-child-s.html": [
        (
            "filmed Child S undressed at a party",
            ["cyberbullying", "sharing_sexual_images"],
            None,
        ),
        ("stopped going to school", ["vuln_school_exclusion"], None),
        (
            "recorded the clip as a falling-out",
            ["pi_thresholds", "sharing_sexual_images"],
            None,
        ),
        ("took an overdose", ["vuln_self_harm"], None),
        ("shared without consent is a safeguarding matter", ["learning_education"], "generic"),
    ],
    "thornleigh-child-f.pdf": [
        ("known to CAMHS for low mood", ["vuln_mental_health", "vuln_self_harm"], None),
        ("talk openly about ending their lives", ["harmful_content"], None),
        (
            "answered her questions about methods",
            ["harmful_content", "online_contact_strangers"],
            None,
        ),
        ("through a link posted on the site", ["harmful_content"], None),
        ("by video call", [], "incidental"),
        (
            "did not ask what she looked at",
            ["pi_online_not_explored", "pi_risk_assessment_online"],
            None,
        ),
        ("was not shared with CAMHS", ["pi_information_sharing"], None),
        ("where they go online for support", ["learning_health"], "generic"),
        ("template include online risk", ["learning_partnership"], "generic"),
    ],
    "hatherby-child-p.docx": [
        ("He is autistic", ["vuln_autism", "vuln_send"], None),
        ("years of violence", ["vuln_family_conflict"], None),
        (
            "broadcasting himself on a live video app",
            ["livestreaming", "platform_social_media", "vuln_school_exclusion"],
            None,
        ),
        (
            "sent him virtual gifts",
            ["livestreaming", "online_contact_strangers", "online_grooming"],
            None,
        ),
        ("ones in his underwear", ["livestreaming", "online_sexual_abuse"], None),
        ("if he took everything off", ["livestreaming", "online_sexual_abuse"], None),
        (
            "Recordings of the streams",
            ["indecent_images", "livestreaming", "online_sexual_abuse"],
            None,
        ),
        (
            "asked for his address",
            ["online_contact_strangers", "online_grooming"],
            None,
        ),
        ("did not ask how he spent his days", ["pi_online_not_explored"], None),
        ("had not heard of the app", ["vuln_parental_awareness"], None),
        ("not examined for five months", ["pi_device_delay"], None),
        ("Nobody told P's school", ["pi_information_sharing"], None),
        ("The panel met online", [], "incidental"),
        ("no evidence that any viewer met P", [], "negated"),
        ("ask what they do online during the day", ["learning_partnership"], "generic"),
        ("devices wait to be examined", ["learning_police"], None),
    ],
    "marlow-fen-kayla.txt": [
        ("who misused alcohol", ["vuln_parental_factors"], None),
        ("missed a third of the autumn term", ["vuln_school_exclusion"], None),
        ("up late on her phone", [], "incidental"),
        ("posted on social media", [], "incidental"),
        ("through its parents' app", [], "incidental"),
        ("messaging a friend from her old school", [], "incidental"),
        ("by video call", [], "incidental"),
        ("games console", [], "incidental"),
        ("contacted, exploited or harmed through the internet", [], "negated"),
    ],
    "cullingham-baby-r.md": [
        ("by text message and video call", [], "incidental"),
        ("searching online for ways to stop a baby crying", [], "incidental"),
        ("online course on coping with crying", [], "incidental"),
        ("not shared with the midwife", ["pi_information_sharing"], None),
        ("posted the video in a local group", [], "incidental"),
        ("no images of the baby being harmed", [], "negated"),
        ("online or in person", [], "generic"),
    ],
}
