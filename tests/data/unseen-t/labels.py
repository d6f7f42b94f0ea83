"""Hand coding of the nineteenth set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them and before the release's last change was measured;
never used to change the codebook or the learned coder. Format as in ../unseen/labels.py; coded
to the convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what
happened to the child of the review; recommendations and statements about children in general
carry their learning or practice themes only).

Recoded on 5 December 2026 to the convention on suicide and self-harm in the README: messages
that insult a child and tell them to kill themselves, in bullying, are cyberbullying, not
harmful content.

Recoded on 6 December 2026 to the convention on games as the setting in the README: a
sentence that tells only that the child played is the gaming platform, not contact through
gaming. One sentence changed here."""

LABELS = {
    "ashcombe-child-r.pdf": [
        (
            "found in a hotel room with a man of fifty-two",
            ["online_contact_strangers", "online_sexual_abuse"],
            None,
        ),
        ("causing a child to watch sexual activity", ["online_sexual_abuse"], None),
        ("R is autistic", ["vuln_autism", "vuln_send"], None),
        ("found friendships at school hard", ["vuln_isolation"], None),
        ("broadcasting himself playing games", ["livestreaming", "platform_gaming"], None),
        (
            "a small group of adult viewers",
            ["livestreaming", "online_contact_strangers", "online_grooming"],
            None,
        ),
        (
            "who called himself Coach",
            ["online_contact_strangers", "online_grooming"],
            None,
        ),
        ("switch on his camera in his bedroom", ["livestreaming", "online_sexual_abuse"], None),
        ("more codes after each of these calls", ["livestreaming", "online_sexual_abuse"], None),
        ("he had saved the calls", ["sextortion"], None),
        ("advised to limit screen time", ["pi_online_not_explored"], None),
        ("had scratched his arms", ["vuln_mental_health", "vuln_self_harm"], None),
        ("a list of websites about anxiety", ["pi_thresholds"], None),
        ("reported him missing", ["vuln_missing"], None),
        ("found with the man the next morning", ["online_sexual_abuse"], None),
        (
            "recordings of R and of at least four other boys",
            ["indecent_images", "livestreaming"],
            None,
        ),
        ("Nobody who knew R asked him", ["pi_online_not_explored"], None),
        ("saw gaming as R's way of coping", ["pi_online_not_explored", "vuln_autism"], None),
        ("too much time on screens", ["pi_online_not_explored"], None),
        (
            "had never heard of viewers paying",
            ["pi_parents_not_supported", "vuln_parental_awareness"],
            None,
        ),
        ("without speaking to R, his parents", ["pi_thresholds"], None),
        ("twice by video call", [], "incidental"),
        (
            "ask autistic pupils and their parents",
            ["learning_education", "pi_online_not_explored"],
            "generic",
        ),
        ("will not close a referral", [], "generic"),
        ("a short guide to streaming", ["learning_parents", "learning_partnership"], "generic"),
    ],
    "northmoor-lily.html": [
        ("took an overdose in her bedroom", ["vuln_self_harm"], None),
        ("Lily has ADHD", ["vuln_send"], None),
        ("her mum lives abroad", [], "incidental"),
        ("face drawn over", ["cyberbullying"], None),
        ("told her to kill herself", ["cyberbullying"], None),
        ("showed her head of year some of the posts", ["cyberbullying"], None),
        ("saw it as a friendship problem", ["pi_thresholds"], None),
        ("wrote about wanting to die", ["harmful_content"], None),
        ("used an old tablet instead", [], "incidental"),
        ("crying in the toilets", ["cyberbullying", "vuln_self_harm"], None),
        ("picked on through their phones", [], "generic"),
        ("ways of dying", [], "generic"),
        ("falling-out between friends", ["cyberbullying", "pi_thresholds"], None),
        ("No one asked Lily", ["pi_online_not_explored"], None),
        ("Her dad did not know", ["vuln_parental_awareness"], None),
        ("not passed to the GP", ["pi_information_sharing"], None),
        ("meeting was held online", [], "incidental"),
        ("an account nobody admits to", ["learning_education"], "generic"),
        ("what they see online", ["pi_online_not_explored"], "generic"),
        ("log anonymous online bullying", ["learning_education"], "generic"),
        (
            "GPs and school nurses should ask",
            ["learning_health", "pi_online_not_explored"],
            "generic",
        ),
        ("reporting anonymous accounts", ["learning_parents"], "generic"),
    ],
    "calderbrook-child-y.docx": [
        ("who had been drinking", ["vuln_parental_factors"], None),
        ("in prison for offences of violence", ["vuln_parental_factors"], None),
        ("long history of depression", ["vuln_parental_factors"], None),
        ("by text and WhatsApp", ["platform_messaging"], "incidental"),
        ("both assessments ended with advice", ["pi_thresholds"], None),
        ("by video call", [], "incidental"),
        ("did not share it", ["pi_information_sharing"], None),
        ("cartoons on a tablet", [], "incidental"),
        ("harmed through the internet", [], "negated"),
        ("checked the mother's phone", [], "incidental"),
        ("when a parent's drinking is known", [], "generic"),
        ("will be held online", [], "incidental"),
    ],
}
