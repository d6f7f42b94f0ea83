"""Hand coding of the sixtieth set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them and after the changes that set BH prompted; measured
once before anything was changed for it. Format as in ../unseen/labels.py; coded to the
convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the
child of the review, including where a practice sentence names it or points back to it;
recommendations, questions for practitioners and statements about children in general carry
their learning or practice themes only) and to the rule for contact and grooming in the README.
A girl of sixteen whose boyfriend tracked her phone, pressed her for pictures and spread them
when she left him is image sharing, online sexual abuse and cyberbullying. A boy of fourteen
drawn by older players in a game's party chat into carrying drugs is gaming, contact and
grooming. A girl of eleven befriended on a chat app by a man posing as a girl of thirteen is
contact, grooming, image sharing, sexual extortion and indecent images. A young carer's neglect,
whose online words are shopping, a consultation form, a learning platform, a social worker's
WhatsApp message and a video call, and a toddler's head injury, whose online words are the
mother's dating app, a referral portal, a search and a secure app, are no online harm."""

LABELS = {
    "bae-morfa-megan.pdf": [
        ("cutting her arms badly enough", ["vuln_self_harm"], None),
        ("let him see where she was at every moment", ["cyberbullying"], None),
        (
            "pictures that nobody else was allowed to see",
            ["online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("reached her friends, her cousins", ["sharing_sexual_images"], None),
        ("An account using her name and photograph", ["cyberbullying"], None),
        ("without someone laughing", ["cyberbullying", "sharing_sexual_images"], None),
        (
            "a bit possessive",
            ["cyberbullying", "pi_abuse_as_relationship", "pi_online_not_explored"],
            None,
        ),
        (
            "delete her social media and closed the log",
            ["pi_thresholds", "platform_social_media", "sharing_sexual_images"],
            None,
        ),
        ("was held on Teams in February", [], "incidental"),
        (
            "rather than coercive control",
            ["indecent_images", "pi_abuse_as_relationship", "sharing_sexual_images"],
            None,
        ),
        ("Learning point 1", ["learning_partnership"], "generic"),
        ("Learning point 2", ["learning_police"], "generic"),
    ],
    "quarrendon-child-j.docx": [
        (
            "older players in a party chat",
            ["online_contact_strangers", "online_gaming", "platform_gaming"],
            None,
        ),
        ("None of them had met him", ["online_contact_strangers"], None),
        ("paid for the outfits his character wore", ["online_gaming", "online_grooming"], None),
        ("collect a bag from a car park", ["online_grooming"], None),
        ("going missing for days at a time", ["vuln_missing"], None),
        ("He was found twice in other counties", ["vuln_missing"], None),
        (
            "how he had got to know the people he was with",
            ["online_contact_strangers", "pi_online_not_explored"],
            None,
        ),
        (
            "up until the early hours on the console",
            ["pi_online_not_explored", "platform_gaming"],
            None,
        ),
        ("messages arranging his travel", ["online_grooming", "pi_information_sharing"], None),
        ("including in games and apps", ["learning_social_care"], "generic"),
    ],
    "elmscott-child-p.html": [
        ("had just started secondary school", ["vuln_age"], None),
        (
            "someone calling herself Jess",
            ["online_contact_strangers", "online_grooming", "platform_messaging"],
            None,
        ),
        ("they could be twins", ["online_grooming", "sharing_sexual_images"], None),
        ("without her top", ["sextortion", "sharing_sexual_images"], None),
        ("a man of forty-three", ["online_contact_strangers", "online_grooming"], None),
        ("thirty other girls", ["indecent_images"], None),
        (
            "a new best friend she had never met",
            ["online_contact_strangers", "pi_online_not_explored"],
            None,
        ),
        ("delivered by video link", ["learning_education"], "incidental"),
        ("only ever known online", ["learning_partnership"], "generic"),
        ("report an account that is asking for pictures", ["learning_parents"], "generic"),
    ],
    "ashwell-marsh-young-person-n.txt": [
        ("caring alone for her mother", ["vuln_parental_factors"], None),
        ("family's shopping online", [], "incidental"),
        ("online consultation form", [], "incidental"),
        ("online learning platform showed", [], "incidental"),
        ("messaged N's mother on WhatsApp", [], "incidental"),
        ("took place by video call", [], "incidental"),
        ("harmed online", [], "negated"),
    ],
    "hatherton-child-z.md": [
        ("on a dating app about six weeks", [], "incidental"),
        ("council's online portal", [], "incidental"),
        ("searched online for what bruises", [], "incidental"),
        ("through a secure app", [], "incidental"),
        ("filmed, photographed or abused online", [], "negated"),
    ],
}
