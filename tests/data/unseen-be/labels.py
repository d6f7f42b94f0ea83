"""Hand coding of the fifty-sixth set of unseen reviews with the online-harm codebook. Written and
coded by hand before casebrief coded them and after the release's last change to the coder;
measured once before anything was changed for it. Format as in ../unseen/labels.py; coded to the
convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the
child of the review, including where a practice sentence names it or points back to it;
recommendations and statements about children in general carry their learning or practice
themes only) and to the rule for contact and grooming in the README. An autistic boy taught
scripting by a forum member who moved him to private messages and had him send clips is contact,
grooming, image sharing and abuse; the filtering alert about pictures someone had saved points
back to the images. A girl's picture passed on by a boyfriend and scored by an anonymous account
is image sharing and cyberbullying, and the school's telling her she should not have taken it is
the child blamed. Clips of children choking themselves that a feed kept showing are harmful
content. A boy befriended in a game by a false scout and made to send more pictures is contact,
grooming, image sharing and sextortion. A boy groomed in person into carrying drugs, and a
father tracking a mother's phone, are no online harm."""

LABELS = {
    "ashvale-young-person-t.pdf": [
        ("with a diagnosis of autism", ["vuln_autism", "vuln_send"], None),
        ("waiting for a man he had arranged to meet", ["online_grooming"], None),
        ("technology-assisted sexual abuse", ["online_sexual_abuse"], None),
        (
            "an older member praised his designs",
            ["online_contact_strangers", "online_gaming", "online_grooming", "platform_gaming"],
            None,
        ),
        (
            "the lessons moved to a voice channel",
            ["online_grooming", "online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        (
            "short clips of himself undressed",
            ["online_grooming", "online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("how to delete pictures that someone else had saved", ["sharing_sexual_images"], None),
        ("did not pass it to the designated safeguarding lead", ["pi_information_sharing"], None),
        ("anxious about his phone", ["pi_online_not_explored", "vuln_autism"], None),
        ("waited ten weeks for examination", ["pi_device_delay"], None),
        (
            "almost entirely through screens",
            ["online_sexual_abuse", "pi_information_sharing"],
            None,
        ),
        ("harder for him to read the man's intentions", ["online_grooming", "vuln_autism"], None),
        ("treated as a technical matter", ["pi_online_not_explored"], None),
        ("filtering and monitoring alerts", ["learning_education"], "generic"),
        ("how long a device examination", ["learning_police"], "generic"),
    ],
    "kingsholm-maya.docx": [
        (
            "living with foster carers when she took an overdose",
            ["sharing_sexual_images", "vuln_looked_after", "vuln_self_harm"],
            None,
        ),
        (
            "several agencies knew about the image",
            ["pi_information_sharing", "sharing_sexual_images"],
            None,
        ),
        ("two earlier placements ended", ["vuln_looked_after"], None),
        ("a picture of herself in her underwear", ["sharing_sexual_images"], None),
        ("a score out of ten", ["cyberbullying", "sharing_sexual_images"], None),
        ("sent her the posts with laughing faces", ["cyberbullying"], None),
        (
            "she should not have taken the picture",
            ["pi_abuse_as_relationship", "sharing_sexual_images"],
            None,
        ),
        (
            "recorded it as a school issue",
            ["pi_information_sharing", "sharing_sexual_images"],
            None,
        ),
        (
            "how she was coping with the account",
            ["cyberbullying", "pi_online_not_explored", "sharing_sexual_images"],
            None,
        ),
        (
            "whose image had been shared to humiliate her",
            ["pi_abuse_as_relationship", "sharing_sexual_images"],
            None,
        ),
        ("nobody she trusted enough", ["vuln_isolation", "vuln_looked_after"], None),
        ("Youth-produced imagery that is shared", ["learning_education"], "generic"),
        ("sharing nudes and semi-nudes", ["learning_education"], "generic"),
        ("ask looked-after children", ["learning_social_care"], "generic"),
    ],
    "rhoswen-child-b.html": [
        ("held their breath or tied things", ["harmful_content"], None),
        ("kept showing him more of the same clips", ["harmful_content"], None),
        ("believed it showed only football", ["vuln_parental_awareness"], None),
        ("talks about a dangerous craze", ["learning_partnership"], "generic"),
        ("how the feeds on video apps", ["learning_parents"], "generic"),
    ],
    "glenavon-child-c.html": [
        (
            "said he was a scout for a big club",
            ["online_contact_strangers", "online_gaming", "online_grooming", "platform_gaming"],
            None,
        ),
        (
            "pictures of himself in his pants",
            ["online_sexual_abuse", "sextortion", "sharing_sexual_images"],
            None,
        ),
        ("recorded it as friendship trouble", ["pi_online_not_explored"], None),
        ("sudden fear or secrecy", ["learning_partnership"], "generic"),
    ],
    "calderbrook-marcus.txt": [
        ("groomed him into carrying and selling drugs", [], "incidental"),
        ("found twice in another town", ["vuln_missing"], None),
        ("held on a video call", [], "incidental"),
        ("falling attendance on its online system", ["vuln_school_exclusion"], "incidental"),
        ("through WhatsApp after the stabbing", [], "incidental"),
        ("nothing suggested that anyone had harmed him online", [], "negated"),
        ("treated as an offender", ["pi_abuse_as_relationship"], None),
        ("National Referral Mechanism", [], "generic"),
    ],
    "westerleigh-baby-n.md": [
        ("let him read her messages", ["vuln_family_conflict"], "incidental"),
        ("took her bank card", ["vuln_family_conflict"], None),
        ("the fourth contact was a video call", [], "incidental"),
        ("did not see the coercive control", ["vuln_family_conflict"], None),
        ("tracking of the mother's phone", ["vuln_family_conflict"], "incidental"),
        ("see a young mother on her own", [], "generic"),
    ],
}
