"""Hand coding of the sixty-eighth set of unseen reviews with the online-harm codebook. Written
and coded by hand before casebrief coded them and after the changes that set BP prompted;
measured once before anything was changed for it. Format as in ../unseen/labels.py; coded to the
convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what happened to the
child of the review, including where a practice sentence names it or points back to it;
recommendations and statements about children in general carry their learning or practice
themes only), to the rule for contact and grooming and to the convention on suicide and
self-harm in the README. A boy of fourteen who sent a picture to a fake girl's profile and was
then made to pay is contact, grooming, image sharing, online sexual abuse and sextortion. A girl
of thirteen who streamed from her bedroom and was groomed there by a man posing as a boy of
seventeen, who had her send pictures and later took her to a hotel, is live streaming, contact,
grooming, image sharing and online sexual abuse. A girl of fifteen whose video feed and the
accounts she followed drove her eating disorder is harmful content. A girl of fourteen whose
picture a boy posted to his friends, and who was then mocked in a group, is image sharing and
bullying. A toddler's neglect, with video-call health visits, an online marketplace, text
reminders, a partner's online games and an online form, is no online harm.

Re-read on 7 December 2026 against the rule for requests for pictures and for sentences that point
back to someone already introduced (docs/measured-quality.md, "Requests for pictures, and pointing
back"): one sentence gained *online sexual abuse* on the scam's opening request for a picture."""

LABELS = {
    "harlow-moss-child-a.html": [
        ("The review panel met online three times", [], "incidental"),
        (
            "accepted a follow request from a profile",
            ["online_contact_strangers", "platform_social_media"],
            None,
        ),
        (
            "the conversation had turned sexual",
            [
                "online_contact_strangers",
                "online_grooming",
                "online_sexual_abuse",
                "sharing_sexual_images",
            ],
            None,
        ),
        (
            "He sent a picture of himself without his clothes on",
            ["online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        (
            "Straight away the account sent back his own picture",
            ["online_contact_strangers", "sextortion"],
            None,
        ),
        ("paid with gift cards", ["sextortion"], None),
        ("the demands became threats to send the picture", ["sextortion"], None),
        ("advised the family to stop replying", ["sextortion"], None),
        ("seen as the victim of a fraud", ["pi_thresholds", "sextortion"], None),
        (
            "had not known that a pupil could be blackmailed",
            ["pi_tech_knowledge", "sextortion"],
            None,
        ),
        ("Children who are blackmailed like this often tell nobody", [], "generic"),
        (
            "treated the payments as the main harm",
            ["online_sexual_abuse", "sextortion"],
            None,
        ),
        (
            "whether he had been contacted again",
            ["pi_online_not_explored", "sextortion"],
            None,
        ),
        ("refer the child to children's social care on the same day", ["learning_police"], None),
        ("include this form of blackmail in their teaching", ["learning_education"], None),
        ("Would you know what to say to a child", [], "generic"),
    ],
    "tarnwick-child-b.pdf": [
        ("found by police in a hotel room in another city", ["online_sexual_abuse"], None),
        ("series of online conversations with the practitioners", [], "incidental"),
        ("starts broadcasting live from her bedroom", ["livestreaming"], None),
        (
            "A viewer calling himself Jay",
            ["livestreaming", "online_contact_strangers", "online_grooming"],
            None,
        ),
        (
            "move to a private messaging app and to delete their chats",
            ["online_grooming", "platform_messaging"],
            None,
        ),
        (
            "He asks for pictures of her in her underwear",
            ["online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("new phone that she says a friend gave her", ["online_grooming"], None),
        (
            "found two days later in a hotel with the man",
            ["online_contact_strangers", "vuln_missing"],
            None,
        ),
        ("none asked her what she was doing on her phone", ["pi_online_not_explored"], None),
        ("The new phone was a warning sign", ["online_grooming"], None),
        (
            "did not know that viewers could send her money",
            ["livestreaming", "vuln_parental_awareness"],
            None,
        ),
        (
            "ask children about their online lives when they see changes",
            ["learning_partnership"],
            None,
        ),
        ("treat an unexplained new phone or money", ["learning_education"], None),
    ],
    "ormsby-child-c.docx": [
        ("were held by video call because of staff shortages", [], "incidental"),
        ("through an online marketplace", [], "incidental"),
        ("sent text reminders", [], "incidental"),
        ("playing games online", [], "incidental"),
        ("through the council's online form", [], "incidental"),
        ("closed the case after speaking to the mother", ["pi_thresholds"], None),
    ],
    "kelderby-child-d.md": [
        ("admitted to a specialist eating disorder unit", ["vuln_mental_health"], None),
        ("what she had been watching on her phone", ["harmful_content"], None),
        ("Her video feed soon filled with girls showing their ribs", ["harmful_content"], None),
        ("challenges to go a whole day on water", ["harmful_content"], None),
        ("referred her to the children's mental health service", ["vuln_mental_health"], None),
        (
            "not about what she saw or shared online",
            ["harmful_content", "pi_online_not_explored"],
            None,
        ),
        ("still reaching the same videos through a web browser", ["harmful_content"], None),
        ("Her therapy sessions continued by video call", [], "incidental"),
        ("an online support group for parents", [], "incidental"),
        ("did more than reflect her illness", ["harmful_content"], None),
        ("unsure whether it was their place to ask a teenager", ["pi_tech_knowledge"], None),
        (
            "were not told how to change the settings or report the accounts",
            ["harmful_content", "pi_parents_not_supported"],
            None,
        ),
        ("include questions about what the young person watches", ["learning_health"], None),
        ("publish advice for parents on content that promotes", ["learning_parents"], None),
    ],
    "shelbourne-child-e.txt": [
        ("a naked picture she had sent to a boy in her year", ["sharing_sexual_images"], None),
        (
            "was called names in lessons and in a group chat",
            ["cyberbullying", "vuln_self_harm"],
            None,
        ),
        ("asked her to send him a picture", ["sharing_sexual_images"], None),
        (
            "he posted the picture in a chat with his friends",
            ["cyberbullying", "sharing_sexual_images"],
            None,
        ),
        ("rated her body and wrote that she deserved it", ["cyberbullying"], None),
        ("deleted the picture and excluded him", ["sharing_sexual_images"], None),
        ("did not tell the police or children's social care", ["pi_information_sharing"], None),
        ("learned about the picture from another parent", ["sharing_sexual_images"], None),
        ("lessons were set online", [], "incidental"),
        ("treated what had happened as a falling-out", ["pi_abuse_as_relationship"], None),
        ("when a nude image is shared, staff should not view", [], "generic"),
        ("Deleting the copy on one phone", ["sharing_sexual_images"], None),
        ("The cutting was first seen by a PE teacher", ["vuln_self_harm"], None),
        ("follow the national guidance on sharing nudes", ["learning_education"], None),
        ("check that incidents of this kind are reported", ["learning_partnership"], None),
    ],
}
