"""Hand coding of the seventy-second set of unseen reviews with the online-harm codebook.
Written and coded by hand before casebrief coded them, after this release's reading of PDF
tables set in the middle of their cells (which its PDF chronology prompted while it was read,
before any coding) and codebook v41; measured once. Format as in ../unseen/labels.py; coded to
the convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened
to the child of the review, including where a practice sentence names it or points back to it;
recommendations and statements about children in general carry their learning or practice
themes only) and to the rule for contact and grooming in the README. A girl of fourteen who
broadcast at night on a video app for viewers' tokens and was told what to wear and do on camera
by a regular viewer is live streaming, contact, grooming and online sexual abuse. A boy of
twelve followed on a photo-sharing app by a man posing as a football scout, sent links to sexual
videos and met at a shopping centre is contact, grooming and pornography. A boy of sixteen drawn
through a forum and a private group into planning an attack is online radicalisation. A baby's
death on a sofa, with an online video about safer sleep, a visit by video call, a mother's
search and a parents' group online and an online alcohol service, is no online harm."""

LABELS = {
    "ravenscar-child-s.pdf": [
        (
            "live on her phone to several hundred viewers",
            ["livestreaming", "online_sexual_abuse"],
            None,
        ),
        (
            "she had broadcast most nights on a video app",
            ["livestreaming", "platform_social_media"],
            None,
        ),
        (
            "One regular viewer, who said he was nineteen",
            ["livestreaming", "online_contact_strangers", "online_grooming"],
            None,
        ),
        (
            "he told her what to wear and what to do on camera",
            ["livestreaming", "online_grooming", "online_sexual_abuse"],
            None,
        ),
        ("stayed up talking to friends", ["vuln_parental_awareness"], None),
        (
            "would not say where the money came from",
            ["livestreaming", "online_grooming"],
            None,
        ),
        ("The GP did not ask Child S", ["pi_online_not_explored"], None),
        (
            "asked Child S what she did online at night",
            ["livestreaming", "pi_online_not_explored"],
            None,
        ),
        (
            "thought it was for dance videos",
            ["livestreaming", "vuln_parental_awareness"],
            None,
        ),
        (
            "The viewer has been traced to another country",
            ["livestreaming", "online_sexual_abuse"],
            None,
        ),
        ("money and gifts from viewers should be treated", ["learning_partnership"], None),
    ],
    "brookfield-child-w.pdf": [
        (
            "win W's trust through a social media app",
            ["online_contact_strangers", "online_grooming", "platform_social_media"],
            None,
        ),
        ("will not say who he is messaging", ["pi_online_not_explored"], None),
        (
            "An adult man W does not know starts following him",
            ["online_contact_strangers", "online_grooming", "platform_social_media"],
            None,
        ),
        ("he scouts young players for a club", ["online_grooming"], None),
        (
            "links to sexual videos of adults",
            ["online_grooming", "pornography"],
            None,
        ),
        ("keep the trial a secret from his mum", ["online_grooming"], None),
        ("he has deleted his messages", ["online_grooming"], None),
        ("sees W with the man at the shopping centre", ["online_grooming"], None),
        ("treated it as a behaviour issue", ["pi_online_not_explored"], None),
        (
            "first adult who said he was good enough",
            ["online_grooming"],
            None,
        ),
        ("used W's dream to make him feel special", ["online_grooming"], None),
        (
            "did not know that the app allowed adults to message children",
            ["platform_social_media", "vuln_parental_awareness"],
            None,
        ),
        ("who is secretive about their phone", ["learning_education"], None),
        (
            "real scouts do not contact children directly",
            ["learning_parents", "learning_partnership"],
            None,
        ),
    ],
    "ashbourne-young-person-d.docx": [
        ("diagnosed with ADHD at nine", ["vuln_send"], None),
        (
            "a forum where users posted memes about race",
            ["harmful_content", "radicalisation_online"],
            None,
        ),
        (
            "the first who had ever listened to him",
            ["radicalisation_online", "vuln_isolation"],
            None,
        ),
        (
            "older users sent him long documents and videos",
            ["harmful_content", "online_contact_strangers", "radicalisation_online"],
            None,
        ),
        ("real men act rather than talk", ["radicalisation_online"], None),
        ("made a referral to Prevent", ["pi_prevent"], None),
        (
            "closed D's case after two sessions with a mentor",
            ["pi_prevent", "radicalisation_online"],
            None,
        ),
        (
            "he had moved to a private group on a messaging app",
            ["platform_messaging", "radicalisation_online"],
            None,
        ),
        ("Each move of school lost what", ["pi_information_sharing"], None),
        ("D's grandfather shared the same views", ["vuln_parental_factors"], None),
        ("leaving an online group before closing a case", ["learning_partnership"], None),
        ("pass on concerns about extremist views", ["learning_education"], None),
    ],
    "hallam-vale-baby-n.md": [
        ("a link to an online video about it", [], "incidental"),
        ("was done by video call", [], "incidental"),
        ("had searched online for advice", [], "incidental"),
        ("referred him to an online alcohol service", ["pi_information_sharing"], "incidental"),
        ("A video call cannot replace a visit", [], "incidental"),
        ("no evidence that anyone contacted the family online", [], "negated"),
        ("should reach the professionals who visit", ["learning_health"], None),
    ],
}
