"""Hand coding of the forty-fifth set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them and after the release's last change to the coder
(narrative groups bz and ca, and the reading of run-in headings); never used to change the
codebook or the learned coder. Format as in ../unseen/labels.py; coded to the convention in
../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the child of the
review, including where a practice sentence names it; recommendations and statements about
children in general carry their learning or practice themes only) and to the rule for contact
and grooming in the README. A boy drawn by a man's videos and his fans' group chat into the idea
that women belong to men is radicalised online, as in ../unseen-al; the girl's picture he posts
with comments on her body is cyberbullying. A girl of eleven shown sex videos by an older boy is
shown pornography; a man in a building game posing as a boy of thirteen, who gives her items and
has her copy the videos on a call, is contact, grooming and abuse on a live call. A young man's
death in a road crash with messages, a community page, a fundraiser and an attendance system
online is no online harm."""

LABELS = {
    "saltfleet-kieran.html": [
        ("few close friends after moving schools", ["vuln_isolation"], None),
        (
            "women belonged to the men who controlled them",
            ["harmful_content", "radicalisation_online"],
            None,
        ),
        ("girls who said no did not mean it", ["radicalisation_online"], None),
        (
            "joined a group chat run by older fans",
            ["online_contact_strangers", "platform_messaging", "radicalisation_online"],
            None,
        ),
        ("post it with comments about her body", ["cyberbullying", "radicalisation_online"], None),
        ("complained to the school about the post", ["cyberbullying"], None),
        ("thought it was a phase", ["pi_thresholds", "radicalisation_online"], None),
        (
            "did not ask who had set the challenge",
            ["cyberbullying", "pi_online_not_explored"],
            None,
        ),
        ("did not seem to be about terrorism", ["pi_prevent", "radicalisation_online"], None),
        ("used a messaging app to tell parents", [], "incidental"),
        ("took place on Teams", [], "incidental"),
        ("ever asked to meet him", [], "negated"),
        ("who they are watching and talking to online", ["learning_partnership"], "generic"),
        ("a post that humiliates a girl", ["learning_education"], "generic"),
    ],
    "wexham-poppy.md": [
        ("videos of adults having sex on his phone", ["pornography"], None),
        ("everyone watches them", ["pornography"], None),
        (
            "a player who said he was thirteen",
            ["online_contact_strangers", "online_gaming", "online_grooming", "platform_gaming"],
            None,
        ),
        ("gave her rare items for her world", ["online_gaming", "online_grooming"], None),
        (
            "do what the people in the videos did",
            ["livestreaming", "online_sexual_abuse"],
            None,
        ),
        ("I thought he was my boyfriend", ["online_grooming"], None),
        ("did not make a referral", ["pi_thresholds"], None),
        ("with no parental controls", ["vuln_parental_awareness"], None),
        (
            "contacted more than thirty girls through the game",
            ["online_contact_strangers", "online_gaming"],
            None,
        ),
        ("was held online because", [], "incidental"),
        ("never sent the man any photos", [], "negated"),
        ("sexual language from a young child", ["learning_education"], "generic"),
        ("set up controls on consoles and games", ["learning_parents"], "generic"),
    ],
    "harrowfield-callan.pdf": [
        ("messaging friends from the back seat", [], "incidental"),
        ("a post on a local community page", [], "incidental"),
        ("online fundraiser", [], "incidental"),
        ("online attendance system", [], "incidental"),
        ("using the internet to draw Callan into crime", [], "negated"),
        ("by email for help", [], "incidental"),
        ("travelling with newly qualified drivers", [], "generic"),
    ],
}
