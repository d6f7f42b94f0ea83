"""Hand coding of the forty-fourth set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them and after the release's last change to the coder; never
used to change the codebook or the learned coder. Format as in ../unseen/labels.py; coded to the
convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the
child of the review, including where a practice sentence names it; recommendations and statements
about children in general carry their learning or practice themes only) and to the rule for
contact and grooming in the README. A feed that keeps offering a girl videos of cutting, and a
live video of a stranger talking about taking tablets, are harmful content; a mocking recording
passed round a year group and a profile made in a girl's name are cyberbullying. A topless
picture a girl sends her boyfriend, which he passes to phones on a bus, is image sharing; a man
who has it, finds her account and offers to make it disappear is contact and grooming, his
having it is an indecent image, and the rape that follows is abuse that began online. A baby's
head injury with a GP appointment, a search, poker, a video visit, a form and a course online is
no online harm."""

LABELS = {
    "kettlewick-isla.txt": [
        ("taken an overdose of her grandmother's tablets", ["vuln_self_harm"], None),
        ("watching short videos in bed", ["platform_social_media"], None),
        (
            "girls crying, cutting or saying they wanted to disappear",
            ["harmful_content", "platform_social_media"],
            None,
        ),
        ("recorded Isla singing in the changing room", ["cyberbullying"], None),
        ("The clip went round the year group", ["cyberbullying"], None),
        ("made a profile with Isla's name and photograph", ["cyberbullying"], None),
        ("spent her lunch breaks in the library", ["vuln_isolation"], None),
        (
            "a stranger talked about taking tablets",
            ["harmful_content", "vuln_self_harm"],
            None,
        ),
        (
            "nobody asked where else it had gone",
            ["cyberbullying", "pi_online_not_explored"],
            None,
        ),
        (
            "report it to the app himself",
            ["cyberbullying", "pi_parents_not_supported"],
            None,
        ),
        ("did not ask what kept her awake", ["pi_online_not_explored"], None),
        ("held by video link because of snow", [], "incidental"),
        ("through the council's online form", [], "incidental"),
        ("any adult had contacted Isla online", [], "negated"),
        ("ask what they watch and who they talk to online", ["learning_health"], "generic"),
        ("treat a shared recording made to mock a pupil", ["learning_education"], "generic"),
        ("limit what a child's feed can show them", ["learning_parents"], "generic"),
    ],
    "marrowby-jodie.pdf": [
        ("She has a diagnosis of ADHD", ["vuln_send"], None),
        (
            "a picture of herself topless and she sent one",
            ["sharing_sexual_images"],
            None,
        ),
        ("sent the picture to phones near him", ["sharing_sexual_images"], None),
        ("did not tell the designated safeguarding lead", ["pi_information_sharing"], None),
        (
            "could make the picture disappear",
            [
                "indecent_images",
                "online_contact_strangers",
                "online_grooming",
                "sharing_sexual_images",
            ],
            None,
        ),
        ("the only one who did not judge her", ["online_grooming"], None),
        ("where she was raped", ["online_sexual_abuse"], None),
        ("held on Teams", [], "incidental"),
        (
            "treated as a matter of school discipline",
            ["pi_thresholds", "sharing_sexual_images"],
            None,
        ),
        (
            "nobody knew that adults had it",
            ["indecent_images", "pi_online_not_explored", "sharing_sexual_images"],
            None,
        ),
        ("given a leaflet", ["pi_parents_not_supported"], None),
        ("never threatened to share the picture", [], "negated"),
        ("every time a nude or semi-nude image", ["learning_education"], "generic"),
        ("who else has received such an image", ["learning_partnership"], "generic"),
    ],
    "holbeck-vale-baby-n.docx": [
        ("at an online appointment with her GP", [], "incidental"),
        ("searched online for what to do", [], "incidental"),
        ("played poker online most nights", [], "incidental"),
        ("done by video call", [], "incidental"),
        ("online self-referral form", [], "incidental"),
        ("photographed or filmed", [], "negated"),
        ("online parenting course", [], "incidental"),
        ("seen and spoken to at the new birth visit", [], "generic"),
    ],
}
