"""Hand coding of the second set of unseen reviews with the online-harm codebook. Written and coded
after all tuning of the codebook and the learned coder, and never used to change either: the
figures on this set are the clean unseen check. Format as in ../unseen/labels.py. Re-read once,
with the sets before set AP, against the rule for contact and grooming (README), which changed one
sentence here.

Recoded on 6 December 2026 to the convention on games as the setting in the README: a
sentence that tells only that the child played is the gaming platform, not contact through
gaming. One sentence changed here."""

LABELS = {
    "drumlarne-child-t.txt": [
        ("the target of relentless abuse from a group of pupils", ["cyberbullying"], None),
        (
            "a video of him crying in a classroom was posted",
            ["cyberbullying", "harmful_content"],
            None,
        ),
        ("Interviews with staff were carried out remotely", [], "incidental"),
        ("He had dyslexia and received some extra help", ["vuln_send"], None),
        ("other boys were sending him nasty messages", ["cyberbullying"], None),
        ("Pupils set up a page using his photograph", ["cyberbullying"], None),
        (
            "what happened outside school was a matter for parents",
            ["pi_thresholds", "pi_parents_not_supported"],
            None,
        ),
        ("felt like everyone hated him", ["vuln_mental_health"], None),
        ("noted that he spent a lot of time gaming", [], "incidental"),
        (
            "The referral letter did not mention the messages",
            ["pi_information_sharing", "pi_online_not_explored"],
            None,
        ),
        ("Child T's face had been added to an offensive image", ["cyberbullying"], None),
        (
            "did not record the incident or tell the designated teacher",
            ["pi_information_sharing"],
            None,
        ),
        ("many telling him to kill himself", ["cyberbullying"], None),
        ("no one saw the pattern building", ["pi_information_sharing"], None),
        (
            "they did not know which apps he used",
            ["vuln_parental_awareness", "pi_parents_not_supported"],
            None,
        ),
        ("did not ask about his life online", ["pi_online_not_explored"], None),
        ("Child T's dyslexia made him a target", ["vuln_send"], None),
        (
            "treat abuse through phones and social media as bullying",
            ["learning_education", "platform_social_media"],
            None,
        ),
        ("should ask about what is happening to them online", ["learning_health"], "generic"),
        ("understand the platforms their children use", ["learning_parents"], "generic"),
        ("responding to bullying that takes place online", ["learning_education"], None),
        ("reporting online abuse to platforms", ["learning_parents", "learning_platforms"], None),
    ],
    "hollinwick-family-m.md": [
        ("had hurt her private parts", [], None),
        (
            "making indecent photographs of both girls",
            ["indecent_images", "online_sexual_abuse"],
            None,
        ),
        ("uploaded images of child abuse", ["indecent_images"], None),
        ("a warrant was not executed until eleven months later", ["pi_iioc_response"], None),
        (
            "no referral was made to children's social care that day",
            ["pi_iioc_response", "pi_information_sharing"],
            None,
        ),
        ("which was not completed until September 2015", ["pi_device_delay"], None),
        (
            "more than four thousand indecent images",
            ["indecent_images", "online_sexual_abuse"],
            None,
        ),
        ("Neither the nursery nor the health visitor knew", ["pi_information_sharing"], None),
        (
            "after the police first knew that abuse images",
            ["pi_iioc_response", "indecent_images"],
            None,
        ),
        (
            "focused on the recovery of evidence rather than on the children",
            ["pi_iioc_response"],
            None,
        ),
        ("The eight month wait for the laptops", ["pi_device_delay"], None),
        ("contacted by anyone outside the family over the internet", [], "negated"),
        (
            "had met her through a dating site",
            ["platform_dating"],
            None,
        ),
        (
            "the first question must be whether the person has access",
            ["learning_police", "pi_iioc_response"],
            "generic",
        ),
        ("share such intelligence with children's social care", ["learning_police"], None),
        (
            "seek out single parents through dating sites",
            ["learning_partnership", "platform_dating"],
            "generic",
        ),
        (
            "refer every household where indecent image offending",
            ["learning_partnership", "learning_police"],
            None,
        ),
        ("report on the time taken to examine devices", ["learning_police"], None),
        ("risks from new partners met online", ["learning_parents"], None),
    ],
    "cwm-tawel-child-z.docx": [
        ("carrying drugs for an organised group", [], None),
        ("his mother struggled with alcohol", ["vuln_parental_factors"], None),
        ("excluded from secondary school in Year 9", ["vuln_school_exclusion"], None),
        ("he came back with new clothes and cash", ["vuln_missing"], None),
        ("reported missing nineteen times", ["vuln_missing"], None),
        ("which was held online", [], "incidental"),
        ("treated as an offender on both occasions", ["pi_abuse_as_relationship"], None),
        ("he was making his own choices", ["pi_abuse_as_relationship"], None),
        ("contacted or recruited through social media", ["platform_social_media"], "negated"),
        ("e-safety policy was not relevant", [], "incidental"),
        ("have a named owner", [], None),
    ],
}
