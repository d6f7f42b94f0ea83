"""Hand coding of the forty-sixth set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them and after the release's last change to the coder and
its reading (set AT's); never used to change the codebook or the learned coder. Format as in
../unseen/labels.py; coded to the convention in ../unseen-g/labels.py (a harm type goes to
sentences that tell what happened to the child of the review, including where a practice
sentence names it; recommendations and statements about children in general carry their
learning or practice themes only) and to the rule for contact and grooming in the README. A
woman on an anxiety forum posing as a girl of fifteen, who sends a girl pictures of cutting,
sets her targets and asks for pictures of her wounds and then of her in her underwear, is
contact, grooming, harmful content and sexual abuse online. A boy who answers a post offering
easy money and is given trainers and a phone by the man who replies is contact and grooming; the
film of his beating posted with his name is cyberbullying (carrying drugs has no theme here). A
baby's death on a sofa with films on a phone, an online leaflet, a video call and a parents'
group online is no online harm."""

LABELS = {
    "brackenford-freya.docx": [
        ("directing her self-harm for months", ["harmful_content", "vuln_self_harm"], None),
        ("an online forum for young people with anxiety", ["vuln_mental_health"], None),
        (
            "who said she was a fifteen-year-old girl called Jess",
            ["online_contact_strangers", "online_grooming"],
            None,
        ),
        ("cutting was the only thing that helped", ["harmful_content"], None),
        ("pictures of each new wound as proof", ["harmful_content", "online_grooming"], None),
        (
            "pictures of Freya in her underwear",
            ["online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("a woman of thirty-four", ["online_contact_strangers"], None),
        ("scratched by a cat", ["pi_thresholds"], None),
        ("not about who Freya talked to online", ["pi_online_not_explored"], None),
        ("told it sounded supportive", ["pi_parents_not_supported"], None),
        ("held by video call", [], "incidental"),
        ("never met Jess in person", [], "negated"),
        ("whether anyone online is encouraging it", ["learning_health"], "generic"),
        ("an online friendship is controlling a child", ["learning_parents"], "generic"),
    ],
    "ashdown-vale-young-person-d.txt": [
        ("excluded from school in Year 10", ["vuln_school_exclusion"], None),
        (
            "offering \u201ceasy money\u201d",
            ["online_contact_strangers", "platform_social_media"],
            None,
        ),
        ("The man who replied", ["online_contact_strangers", "online_grooming"], None),
        ("the film of the beating was posted", ["cyberbullying"], None),
        ("shared the film and sent him messages", ["cyberbullying"], None),
        ("how he had first been contacted", ["pi_online_not_explored"], None),
        ("did not ask the app to remove it", ["cyberbullying", "pi_thresholds"], None),
        ("met online each fortnight", [], "incidental"),
        ("never asked him for pictures", [], "negated"),
        ("who they first met online", ["learning_partnership"], "generic"),
    ],
    "kestrel-moor-baby-t.pdf": [
        ("watching films on his phone", [], "incidental"),
        ("an online leaflet sent by text", [], "incidental"),
        ("second contact was a video call", [], "incidental"),
        ("joined an online group for new parents", [], "incidental"),
        ("harmed deliberately", [], "negated"),
        ("take place face to face", [], "generic"),
    ],
}
