"""Hand coding of the seventy-first set of unseen reviews with the online-harm codebook. Written
and coded by hand before casebrief coded them, after this release's reading of table heads that
are short phrases and of prose after a PDF table (changes its PDF prompted while it was read,
before any coding); measured once. Format as in ../unseen/labels.py; coded to the convention in
../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the child of the
review, including where a practice sentence names it or points back to it; recommendations and
statements about children in general carry their learning or practice themes only), to the rule
for contact and grooming and the rules for suicide and self-harm in the README. An autistic girl
of twelve befriended in a building game by a man posing as a boy, moved to a messaging app, sent
photographs and pressed for more under threat is contact, grooming, image sharing, online sexual
abuse and sextortion. A boy of eleven sent violent and sexual videos every night by his cousin's
group is pornography and harmful content. A girl of fifteen mocked for a year through an account
set up in her name, who took an overdose, is cyberbullying; her cuts are self-harm. Two young
siblings' neglect, with a referral portal, visits arranged by message, cartoons on a phone, sales
online and a conference held online, is no online harm."""

LABELS = {
    "wrenford-child-e.pdf": [
        ("She is autistic and attends a mainstream", ["vuln_autism", "vuln_send"], None),
        ("Her parents separated when she was six", ["vuln_family_conflict"], None),
        (
            "an adult man was able to abuse Child E for two months through her tablet",
            ["online_grooming", "online_sexual_abuse"],
            None,
        ),
        (
            "sends her a friend request",
            ["online_contact_strangers", "online_gaming", "platform_gaming"],
            None,
        ),
        (
            "He says he is fifteen and goes to a school",
            ["online_contact_strangers", "online_grooming"],
            None,
        ),
        (
            "gives Child E game credits worth twenty pounds",
            ["online_gaming", "online_grooming", "platform_gaming", "platform_messaging"],
            None,
        ),
        (
            "more mature than the girls in his class",
            ["online_grooming"],
            None,
        ),
        ("She sends one.", ["online_grooming"], None),
        ("Her mother does not ask more", ["vuln_parental_awareness"], None),
        (
            "asks for photographs of Child E without her top",
            ["online_sexual_abuse", "sextortion", "sharing_sexual_images"],
            None,
        ),
        ("She sends two.", ["sharing_sexual_images"], None),
        ("records this as a friendship issue", ["pi_online_not_explored"], None),
        ("autism-related anxiety assessment", ["vuln_autism", "vuln_mental_health"], None),
        (
            "sends Child E a picture of an adult man's body",
            ["livestreaming", "online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("sees the messages over her shoulder", ["online_sexual_abuse"], None),
        ("forensic examination of the tablet is not completed", ["pi_device_delay"], None),
        ("closed to social care on the basis", ["pi_thresholds"], None),
        ("Images of eleven other girls are found", ["indecent_images"], None),
        ("were explained by her autism", ["vuln_autism"], None),
        ("did not know what to ask", ["pi_online_not_explored"], None),
        (
            "used the game's own reward system",
            ["online_gaming", "online_grooming", "platform_gaming", "platform_messaging"],
            None,
        ),
        ("she thought he was her boyfriend", ["online_grooming"], None),
        ("Autistic children may find it harder", [], "generic"),
        ("acted on the threat as if it had ended", ["pi_risk_assessment_online"], None),
        (
            "Social care closed the case after one phone discussion",
            ["pi_device_delay", "pi_thresholds"],
            None,
        ),
        (
            "had not heard that adults pretend to be children in games",
            ["online_grooming", "vuln_parental_awareness"],
            None,
        ),
        ("a building game was the safest thing", ["vuln_parental_awareness"], None),
        ("ask pupils about their life online", ["learning_education"], None),
        ("how long device examinations take", ["learning_police"], None),
        ("speak to the child before closing a case", ["learning_social_care"], None),
        (
            "guidance for parents of autistic children",
            ["learning_parents", "learning_partnership"],
            None,
        ),
    ],
    "amberley-child-j.docx": [
        (
            "a video of a man hurting a woman during sex",
            ["harmful_content", "pornography"],
            None,
        ),
        ("his cousin sends him funny videos every night", ["pornography"], None),
        ("his mother's drinking meant she could not", ["vuln_parental_factors"], None),
        (
            "the videos came in a group the cousin ran",
            ["harmful_content", "platform_messaging"],
            None,
        ),
        (
            "watched them under the covers",
            ["harmful_content", "pornography", "vuln_parental_awareness"],
            None,
        ),
        ("copied what he had seen", ["pornography"], None),
        ("The school excluded him for three days", ["vuln_school_exclusion"], None),
        (
            "Nobody asked what the cousin was sending",
            ["pi_online_not_explored", "pornography"],
            None,
        ),
        ("did not know how to look at what was on it", ["vuln_parental_awareness"], None),
        ("arranged a parenting course for the grandmother", ["pi_thresholds"], None),
        ("they do not say where he had learned it", ["pi_online_not_explored"], None),
        (
            "sharing of extreme videos with a child was never looked into",
            ["harmful_content", "pi_information_sharing", "pornography"],
            None,
        ),
        (
            "treated the videos as a problem of screen time",
            ["harmful_content", "pi_tech_knowledge", "pornography"],
            None,
        ),
        ("Kinship carers such as J's grandmother", [], "generic"),
        ("exclusion was a response to the harm he caused", ["vuln_school_exclusion"], None),
        ("account of violent or sexual videos", ["learning_education"], None),
        ("record what the child has seen online", ["learning_social_care"], None),
        (
            "offered advice on phones, apps and parental controls",
            ["learning_parents", "learning_partnership"],
            None,
        ),
    ],
    "coldharbour-siblings-a-and-b.html": [
        ("through the council's online portal", [], "incidental"),
        ("not meeting the threshold", ["pi_thresholds"], None),
        ("messaging the mother on WhatsApp", [], "incidental"),
        ("watching cartoons on his mother's phone", [], "incidental"),
        ("selling the children's toys and clothes online", [], "incidental"),
        ("was held online", [], "incidental"),
        ("struggling with depression and debt", ["vuln_parental_factors"], None),
        ("No professional added up", ["pi_information_sharing"], None),
        ("came to harm through the internet", [], "negated"),
    ],
    "penmore-young-person-l.txt": [
        ("took an overdose of her mother's tablets", ["vuln_self_harm"], None),
        ("had made her life a misery", ["cyberbullying"], None),
        (
            "An account was set up in L's name",
            ["cyberbullying", "platform_social_media"],
            None,
        ),
        ("the account followed her", ["cyberbullying"], None),
        ("which she was teased about in primary school", ["vuln_previous_abuse"], None),
        (
            "told her to stay off her phone",
            ["cyberbullying", "vuln_parental_awareness"],
            None,
        ),
        ("four complaints from L's mother about the account", ["cyberbullying"], None),
        ("recorded the matter as resolved", ["cyberbullying", "pi_thresholds"], None),
        ("marks on the tops of her legs", ["vuln_self_harm"], None),
        ("did not tell the designated safeguarding lead", ["pi_information_sharing"], None),
        (
            "recorded low mood but did not ask",
            ["pi_online_not_explored", "vuln_mental_health"],
            None,
        ),
        ("about the fake account", ["cyberbullying"], None),
        (
            "report it to the site and block the account",
            ["cyberbullying", "pi_thresholds"],
            None,
        ),
        (
            "was not told what kind",
            ["cyberbullying", "pi_information_sharing"],
            None,
        ),
        ("treated it as a falling out between girls", ["cyberbullying", "pi_thresholds"], None),
        (
            "moved schools with her was missed",
            ["cyberbullying", "pi_information_sharing"],
            None,
        ),
        ("L's distress was visible to the nurse", ["vuln_mental_health"], None),
        (
            "placed the job of stopping the abuse on a fifteen year old",
            ["cyberbullying", "pi_tech_knowledge"],
            None,
        ),
        ("the only friends she had left", ["vuln_isolation"], None),
        ("abuse through a fake account as bullying", ["learning_education"], None),
        ("share any sign of self-harm", ["learning_health"], None),
        (
            "ask the platform for the account holder's details",
            ["learning_platforms", "learning_police"],
            None,
        ),
    ],
}
