"""Hand coding of the seventy-fourth set of unseen reviews with the online-harm codebook.
Written and coded by hand before casebrief coded them, after this release's reading of PDF
headings from their type (one heading these files prompted while they were read, before any
coding: "How did services respond?"), with codebook v41; measured once. Format as in
../unseen/labels.py; coded to the convention in ../unseen-g/labels.py (a harm type goes to
sentences that tell what happened to the child of the review, including where a practice
sentence names it or points back to it; recommendations and statements about children in
general carry their learning or practice themes only) and to the rule for contact and grooming
in the README. A boy of thirteen approached in an online football game by a "girl" who moves
him to a messaging app, records him undressing on a video call and demands gift cards under
threat of sending the video to his friends and school, is contact through gaming, grooming,
livestreamed sexual abuse and sextortion. A girl of fifteen added to a class chat that tells
her to kill herself, impersonated by an account posting edited photographs of her, and fed
self-harm clips by an app, is cyberbullying and harmful content. A girl of twelve broadcasting
live to adults who send gifts for dares that become undressing, and courted by one viewer who
asks to meet her, is livestreaming, contact, grooming and online sexual abuse (the recordings
of her streams shared elsewhere are indecent images). A baby's fractures, with an online
referral, visits arranged by text, a partner's searches and a strategy discussion held
virtually, is no online harm."""

LABELS = {
    "ashford-vale-child-k.pdf": [
        (
            "after his parents separated, and he has ADHD",
            ["vuln_family_conflict", "vuln_send"],
            None,
        ),
        ("He spent most evenings gaming with friends", ["platform_gaming"], None),
        (
            "a player K did not know started chatting to him during an online football game",
            ["online_contact_strangers", "online_gaming", "platform_gaming"],
            None,
        ),
        (
            "said she was a girl of fourteen from a nearby town",
            ["online_contact_strangers", "online_grooming"],
            None,
        ),
        (
            "asked him to carry on talking on a messaging app",
            ["online_contact_strangers", "online_grooming", "platform_messaging"],
            None,
        ),
        ("she persuaded K to undress", ["livestreaming", "online_sexual_abuse"], None),
        ("The call had been recorded", ["sextortion", "sharing_sexual_images"], None),
        (
            "unless K paid, the video would go to every friend",
            ["platform_gaming", "sextortion"],
            None,
        ),
        ("K bought gift cards twice", ["sextortion"], None),
        (
            "When the demands kept coming he stopped eating",
            ["sextortion", "vuln_mental_health", "vuln_school_exclusion"],
            None,
        ),
        (
            "advised her to block the account and delete the messages",
            ["pi_thresholds", "sextortion"],
            None,
        ),
        ("the account could not be traced", ["sextortion"], None),
        ("held an assembly on sharing pictures", [], "incidental"),
        ("had not made friends there yet", ["vuln_isolation"], None),
        ("His ADHD meant he acted on impulse", ["vuln_send"], None),
        ("Call handlers should tell families to keep the messages", ["learning_police"], None),
        ("boys know sextortion can happen to them", ["learning_education"], None),
        ("ask children which games and apps they use", ["learning_partnership"], None),
    ],
    "caldermoor-young-person-f.pdf": [
        ("after an overdose of painkillers", ["vuln_self_harm"], None),
        (
            "started a chat without her and then added her to it",
            ["cyberbullying", "platform_messaging"],
            None,
        ),
        ("everyone would be happier if she killed herself", ["cyberbullying"], None),
        (
            "Someone set up an account in her name",
            ["cyberbullying", "platform_social_media"],
            None,
        ),
        (
            "she watched clips about self-harm and starving",
            ["harmful_content", "platform_social_media"],
            None,
        ),
        ("nowhere she could go to get away from it", ["cyberbullying"], None),
        (
            "treated the chat as a matter between the girls",
            ["cyberbullying", "pi_thresholds"],
            None,
        ),
        ("about the account in her daughter's name", ["cyberbullying"], None),
        ("could not act on what happened outside school hours", ["pi_thresholds"], None),
        ("with low mood and cuts to her arms", ["vuln_mental_health", "vuln_self_harm"], None),
        ("held most of their sessions by video call", [], "incidental"),
        (
            "say nothing about what F saw or read online",
            ["pi_online_not_explored", "pi_risk_assessment_online"],
            None,
        ),
        ("took place on Microsoft Teams", [], "incidental"),
        ("The school was not invited", ["pi_information_sharing"], None),
        (
            "Nobody put together what the school knew about the chat",
            ["cyberbullying", "pi_information_sharing", "vuln_self_harm"],
            None,
        ),
        (
            "none of them asked F what was happening to her on her phone",
            ["pi_information_sharing", "pi_online_not_explored"],
            None,
        ),
        (
            "could not act on bullying outside school hours was wrong",
            ["cyberbullying", "pi_thresholds"],
            None,
        ),
        (
            "more likely to search for content about self-harm",
            ["harmful_content", "vuln_isolation", "vuln_mental_health"],
            None,
        ),
        ("respond to online bullying of a pupil by other pupils", ["learning_education"], None),
        ("ask every young person it assesses about their online life", ["learning_health"], None),
    ],
    "hurstwood-baby-a.docx": [
        ("made an online referral to children's social care", [], "incidental"),
        ("The referral was closed after a telephone call", ["pi_thresholds"], None),
        ("arranged her visits by text message", [], "incidental"),
        ("had searched online for how to stop a baby crying", [], "incidental"),
        ("The strategy discussion was held virtually", [], "incidental"),
        ("A referral closed after one phone call", ["pi_thresholds"], None),
    ],
    "penhallow-child-m.md": [
        ("Her mother died when she was nine", ["vuln_previous_abuse"], None),
        ("She has few friends of her own age", ["vuln_isolation"], None),
        (
            "M began broadcasting live from her bedroom",
            ["livestreaming", "platform_social_media"],
            None,
        ),
        (
            "almost all of them adults, watched her streams",
            ["livestreaming", "online_contact_strangers"],
            None,
        ),
        ("Viewers sent her virtual gifts", ["livestreaming", "online_grooming"], None),
        ("requests to take off clothes", ["livestreaming", "online_sexual_abuse"], None),
        (
            "One regular viewer sent M larger gifts",
            ["online_contact_strangers", "online_grooming"],
            None,
        ),
        ("asked her to meet him at a shopping centre", ["online_grooming"], None),
        (
            "saw the messages on M's tablet the night before",
            ["online_contact_strangers", "online_grooming"],
            None,
        ),
        ("since her mother's death", ["vuln_previous_abuse"], None),
        ("Neither knew that M was online at night", ["pi_online_not_explored"], None),
        (
            "removed M's account twice for being run by a child",
            ["livestreaming", "platform_social_media"],
            None,
        ),
        (
            "recordings of her streams saved and shared on another site",
            ["indecent_images", "livestreaming", "sharing_sexual_images"],
            None,
        ),
        ("Bereavement services should ask grieving children", ["learning_health"], None),
        ("how live streaming apps work", ["learning_parents"], None),
        ("age checks on live streaming apps", ["learning_partnership", "learning_platforms"], None),
    ],
}
