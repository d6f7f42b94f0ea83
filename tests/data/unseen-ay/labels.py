"""Hand coding of the fiftieth set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them and after the release's last change to the coder
(narrative groups cf and cg); never used to change the codebook or the learned coder. Format as
in ../unseen/labels.py; coded to the convention in ../unseen-g/labels.py (a harm type goes to
sentences that tell what happened to the child of the review, including where a practice
sentence names it or points back to it; recommendations and statements about children in
general carry their learning or practice themes only) and to the rule for contact and grooming
in the README. Clips of men choking women during sex, shown to a boy and then sought by him, are
pornography, and so is the harm he did copying them. Viewers of a girl's live streams who send
gifts, praise her and pay for more are contact, grooming and live-streamed abuse; the 'producer'
who moves her to a disappearing app is contact and grooming, and the screenshots of her
undressed found abroad are abuse images. A player who coaches a boy in a football game, sends
codes and a train fare and abuses him when they meet is contact, grooming, gaming and sexual
abuse that began online; the images on his computer are abuse images. A girl's death by suicide
with counselling booked online, a group chat and sessions online is no online harm."""

LABELS = {
    "marshfield-child-y.html": [
        ("diagnosis of ADHD", ["vuln_send"], None),
        ("men choking and slapping women during sex", ["pornography"], None),
        ("searching for the same clips", ["pornography"], None),
        ("copying what he had seen", ["pornography"], None),
        ("nobody asked him where he had heard it", ["pi_online_not_explored"], None),
        ("could reach such sites", ["pornography", "vuln_parental_awareness"], None),
        ("held online within a day", [], "incidental"),
        ("no evidence that any adult outside the family", [], "negated"),
        ("what they have been watching", ["learning_partnership"], "generic"),
    ],
    "loch-arden-skye.docx": [
        ("struggled to make friends", ["vuln_isolation"], None),
        ("broadcasting herself singing", ["livestreaming"], None),
        (
            "gifts that could be turned into money",
            ["livestreaming", "online_contact_strangers", "online_grooming"],
            None,
        ),
        (
            "took off her school jumper",
            ["livestreaming", "online_contact_strangers", "online_grooming", "online_sexual_abuse"],
            None,
        ),
        ("said he was a music producer", ["online_contact_strangers", "online_grooming"], None),
        (
            "persuaded her to undress on camera",
            ["indecent_images", "livestreaming", "online_sexual_abuse"],
            None,
        ),
        (
            "accepted that it came from singing online",
            ["livestreaming", "online_grooming", "pi_thresholds"],
            None,
        ),
        ("did not share the screenshots", ["indecent_images", "pi_information_sharing"], None),
        ("held on Teams", [], "incidental"),
        ("no one at school had ever seen her streams", [], "incidental"),
        ("source of a young person's new money", ["learning_education"], "generic"),
    ],
    "riversmeet-scr-child-w.txt": [
        ("language disorder", ["vuln_send"], None),
        ("football game with a headset", ["platform_gaming"], None),
        (
            "did not know in real life",
            ["online_contact_strangers", "online_gaming", "online_grooming"],
            None,
        ),
        ("money for a train ticket", ["online_gaming", "online_grooming"], None),
        (
            "took Child W to his flat and sexually abused him",
            ["online_contact_strangers", "online_sexual_abuse"],
            None,
        ),
        ("thousands of indecent images", ["indecent_images"], None),
        ("noticed the new game codes", ["online_grooming", "vuln_parental_awareness"], None),
        ("did not ask how he had travelled", ["pi_online_not_explored", "vuln_missing"], None),
        (
            "downloading images of children four years earlier",
            ["indecent_images", "pi_iioc_response", "pi_information_sharing"],
            None,
        ),
        ("twice by video conference", [], "incidental"),
        ("no evidence that Child W was asked", [], "negated"),
        ("always ask how a child travelled", ["learning_social_care"], "generic"),
    ],
    "ashcombe-ruby.pdf": [
        ("seen by her GP for low mood", ["vuln_mental_health"], None),
        ("kept in touch with her friends through a group chat", [], "incidental"),
        ("no evidence that she had viewed harmful content", [], "negated"),
        ("through an online platform", [], "incidental"),
    ],
}
