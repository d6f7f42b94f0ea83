"""Hand coding of the seventieth set of unseen reviews with the online-harm codebook. Written
and coded by hand before casebrief coded them and after this release's PDF table reading and
its scaling of the sentences a short review is asked for; measured once before anything was
changed for it. Format as in ../unseen/labels.py; coded to the convention in
../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the child of
the review, including where a practice sentence names it or points back to it; recommendations
and statements about children in general carry their learning or practice themes only), to the
rule for contact and grooming and the rules for suicide and self-harm in the README. A boy of
fifteen who accepted a follow request from a fake girl's account, undressed on a video call and
was then blackmailed with the recording is contact, live streaming, online sexual abuse and
sextortion. A girl of twelve sent pictures of a man's genitals by a man posing as a boy, who had
her send photographs of herself, is contact, grooming, image sharing and online sexual abuse. A
girl of fourteen whose feed filled with pictures of cutting and whose private group praised her
injuries and told her when to cut is harmful content and contact; her cutting is self-harm. A
baby's fractured skull, with an online booking system, texts, video-call supervision and a
father's search, and a boy of sixteen stabbed in a park, with an online records system, an
online form, a fundraising page and a meeting held online, are no online harm."""

LABELS = {
    "hollin-cross-child-k.pdf": [
        ("often alone in the house in the evenings", ["vuln_isolation"], None),
        ("twice in person and twice online", [], "incidental"),
        (
            "accepts a follow request from an account showing a girl",
            ["online_contact_strangers", "platform_social_media"],
            None,
        ),
        ("They message for two hours", ["online_contact_strangers"], None),
        (
            "The account asks Child K to move to a video call",
            ["livestreaming", "online_contact_strangers"],
            None,
        ),
        (
            "During the call the other person asks him to undress",
            ["livestreaming", "online_sexual_abuse"],
            None,
        ),
        ("receives a recording of the call with his name", ["sextortion"], None),
        ("pays one hundred and fifty pounds from his savings", ["sextortion"], None),
        ("The demands continue and the amount rises", ["sextortion"], None),
        ("Child K shows him the messages", ["sextortion"], None),
        ("records the report as fraud", ["pi_thresholds", "sextortion"], None),
        (
            "tells Child K to delete the app and the messages",
            ["pi_device_delay", "sextortion"],
            None,
        ),
        (
            "hears about the blackmail from Child K's sister's friend",
            ["pi_information_sharing", "sextortion"],
            None,
        ),
        ("places him on a waiting list", ["vuln_mental_health"], None),
        (
            "passed to the force's online child sexual abuse team",
            ["online_sexual_abuse"],
            None,
        ),
        (
            "closed after a phone call to the father",
            ["pi_thresholds"],
            None,
        ),
        (
            "treated what happened to Child K as a financial crime",
            ["pi_thresholds", "sextortion"],
            None,
        ),
        (
            "The recording, the threat to share it and the demand for money",
            ["online_sexual_abuse", "sextortion"],
            None,
        ),
        ("Telling a child to delete the messages is well meant", [], "generic"),
        (
            "did not have the words to ask about it",
            ["pi_online_not_explored"],
            None,
        ),
        (
            "covered nudes shared between pupils, but not blackmail by strangers",
            ["pi_tech_knowledge"],
            None,
        ),
        (
            "never heard of this kind of crime",
            ["sextortion", "vuln_parental_awareness"],
            None,
        ),
        ("call handlers recognise reports of this kind", ["learning_police"], None),
        (
            "financially motivated sexual extortion in their safeguarding",
            ["learning_education"],
            None,
        ),
        ("short guide for parents on what to do", ["learning_parents"], None),
    ],
    "ferncombe-child-p.html": [
        (
            "was added on a social media app by a man in his forties",
            ["online_contact_strangers", "online_grooming", "platform_social_media"],
            None,
        ),
        (
            "sent her pictures of his genitals and asked her for photographs",
            ["online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("put it down to the move to secondary school", ["vuln_mental_health"], None),
        (
            "When her mother found the messages and told the police",
            ["online_sexual_abuse"],
            None,
        ),
        ("a sign of harm online as well as offline", ["learning_education"], None),
    ],
    "dunmere-baby-r.md": [
        ("through the surgery's online system", [], "incidental"),
        ("had texted both parents about coping with crying", [], "incidental"),
        ("held by video call since the spring", [], "incidental"),
        ("because the video calls never showed the flat", ["pi_information_sharing"], "incidental"),
        ("searched online that night", [], "incidental"),
    ],
    "saltram-child-m.docx": [
        ("her mother found her bleeding in her bedroom", ["vuln_self_harm"], None),
        (
            "She had cut her arm deeply enough to need surgery",
            ["vuln_self_harm"],
            None,
        ),
        (
            "into a feed of pictures of cut arms",
            ["harmful_content", "vuln_mental_health"],
            None,
        ),
        (
            "the older members praised the photographs she posted of her injuries",
            ["harmful_content", "online_contact_strangers", "vuln_self_harm"],
            None,
        ),
        (
            "the group felt like the only people who understood her",
            ["online_contact_strangers", "vuln_isolation"],
            None,
        ),
        ("parents had separated the year before", ["vuln_family_conflict"], None),
        ("had been bullied in Year 8", ["vuln_previous_abuse"], None),
        (
            "fresh scratches on Child M's wrists",
            ["vuln_self_harm"],
            None,
        ),
        (
            "nobody had asked her what she did online",
            ["pi_online_not_explored"],
            None,
        ),
        (
            "asked whether anything online was making things worse",
            [],
            "negated",
        ),
        ("held by video call because the clinic was short of rooms", [], "incidental"),
        (
            "staff saw nothing of what Child M looked at",
            ["harmful_content", "vuln_parental_awareness"],
            None,
        ),
        (
            "still think of self-harm as something a child does alone",
            ["pi_tech_knowledge"],
            None,
        ),
        (
            "watched, judged and directed by people she had never met",
            ["harmful_content", "online_contact_strangers"],
            None,
        ),
        (
            "should ask, every time, what the child sees",
            ["learning_health"],
            None,
        ),
        (
            "add a question about online groups and content",
            ["learning_health", "learning_parents"],
            None,
        ),
    ],
    "kelsall-young-person-t.txt": [
        ("excluded from school in Year 10", ["vuln_school_exclusion"], None),
        ("kept its records on an online system", ["pi_information_sharing"], "incidental"),
        ("through its online form in January", [], "incidental"),
        ("set up an online page to raise money", [], "incidental"),
        ("did not share what each knew", ["pi_information_sharing"], None),
        ("The rapid review meeting was held online", [], "incidental"),
    ],
}
