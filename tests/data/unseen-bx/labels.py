"""Hand coding of the seventy-fifth set of unseen reviews with the online-harm codebook. Written
and coded by hand before casebrief coded them, after this release's reading of scanned pages'
headings and of websites' lines in printed pages (two reading fixes these files prompted while
they were read, before any coding: a site's footer under the browser's own lines, and a
publication date that wraps), with codebook v41; measured once. Format as in ../unseen/labels.py;
coded to the convention in ../unseen-g/labels.py (a harm type goes to sentences that tell what
happened to the child of the review, including where a practice sentence names it or points back
to it; recommendations and statements about children in general carry their learning or practice
themes only) and to the rule for contact and grooming in the README. A girl of fourteen, autistic
and lonely, followed on a picture-sharing app by a stranger posing as an agency's scout, who
flatters and pays her, moves her to an encrypted app, obtains nude pictures for a "portfolio",
threatens to post them and sends her a train ticket, is contact, grooming, online sexual abuse,
image sharing and sextortion (a Word review in a serif face, printed and scanned). A boy of seven
neglected at home, with an online referral form, a conference held online, a social worker's
WhatsApp messages and a learning platform he never used, is no online harm (a partnership's page
printed by Chromium, with the site's menu and footer). A boy of fifteen added on Snapchat by an
older boy he had never met, drawn into carrying drugs with money and gifts, watching drill videos,
and filmed being beaten with the video posted where his old school's pupils follow it, is
contact, grooming, harmful content and cyberbullying (a Word review with section names of its
own)."""

LABELS = {
    "marlow-fen-child-t.pdf": [
        ("Her grandmother had reported her missing", ["vuln_missing"], None),
        ("when her mother's drug use meant", ["vuln_parental_factors"], None),
        ("T was diagnosed as autistic at eleven", ["vuln_autism"], None),
        ("She has few friends and spends most of her free time", ["vuln_isolation"], None),
        ("She posts her drawings on a picture-sharing app", ["platform_social_media"], None),
        ("an account T did not know began following her page", ["online_contact_strangers"], None),
        (
            "Its owner said he was a scout for an agency",
            ["online_contact_strangers", "online_grooming"],
            None,
        ),
        ("He praised every drawing she posted", ["online_grooming"], None),
        (
            "asked her to move their conversation to an encrypted app",
            ["online_grooming", "platform_messaging"],
            None,
        ),
        (
            "the agency needed photographs of its artists for a portfolio",
            ["online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        (
            "T sent him pictures of herself in her underwear",
            ["online_sexual_abuse", "sharing_sexual_images"],
            None,
        ),
        ("he would post the pictures on her art page", ["sextortion"], None),
        ("he sent her a train ticket and told her not to tell anybody", ["online_grooming"], None),
        ("Nobody spoke to T about who she was talking to", ["pi_online_not_explored"], None),
        ("were held by video call because of staff shortages", [], "incidental"),
        (
            "T had a new friend online who was buying her art materials",
            ["online_contact_strangers", "online_grooming", "pi_online_not_explored"],
            None,
        ),
        (
            "reached children's social care through the online portal",
            ["pi_information_sharing", "vuln_missing"],
            "incidental",
        ),
        ("The report on it arrived five months later", ["pi_device_delay"], None),
        ("T's autism meant that she took what people told her", ["vuln_autism"], None),
        (
            "She was lonely, and the praise for her drawings",
            ["online_grooming", "vuln_isolation"],
            None,
        ),
        ("has never used social media", ["vuln_parental_awareness"], None),
        ("She did not know what the apps on T's phone could do", ["vuln_parental_awareness"], None),
        (
            "Staff who work with autistic children should ask them",
            ["learning_health", "learning_social_care"],
            None,
        ),
        ("the school should speak to the child", ["learning_education"], None),
        ("The police should agree a timescale", ["learning_police"], None),
        (
            "sessions for grandparents and kinship carers",
            ["learning_parents", "learning_partnership"],
            None,
        ),
    ],
    "brookhythe-child-s.pdf": [
        ("His mother had depression and drank heavily", ["vuln_parental_factors"], None),
        ("using the council's online form", [], "incidental"),
        ("The initial child protection conference was held online", [], "incidental"),
        ("had not shared its concern with the health visitor", ["pi_information_sharing"], None),
        ("kept in touch with S's mother mostly by WhatsApp messages", [], "incidental"),
        ("the online learning platform showed that S had not logged in", [], "incidental"),
        ("nothing to suggest that S had been harmed online", [], "negated"),
        ("not only the parent's messages", ["learning_social_care"], "incidental"),
        ("Dental decay that is visible to a teacher", ["learning_education"], None),
        ("Repeated absence should be discussed", ["learning_education"], None),
    ],
    "eastcombe-young-person-j.docx": [
        ("He was excluded from his secondary school in Year 9", ["vuln_school_exclusion"], None),
        (
            "an older boy J had never met added him on Snapchat",
            ["online_contact_strangers", "online_grooming", "platform_social_media"],
            None,
        ),
        (
            "there was easy money for someone who could keep his mouth shut",
            ["online_grooming"],
            None,
        ),
        ("bought him a new phone and trainers", ["online_grooming"], None),
        ("J spent hours watching drill videos", ["harmful_content"], None),
        (
            "who filmed the beating and posted the video",
            ["cyberbullying", "platform_social_media"],
            None,
        ),
        ("the next video would be worse", ["cyberbullying"], None),
        ("She never asked to see his phone", ["pi_online_not_explored"], None),
        (
            "knew that the video of the beating was circulating",
            ["cyberbullying", "pi_online_not_explored"],
            None,
        ),
        ("J's mother reported him missing four times", ["vuln_missing"], None),
        (
            "its contents had still not been downloaded six months later",
            ["pi_device_delay", "pi_information_sharing"],
            None,
        ),
        ("J's exclusion, his short days at the unit", ["vuln_school_exclusion"], None),
        ("return interviews after a child goes missing", ["learning_partnership"], None),
        ("will be trained to ask children about the apps", ["learning_social_care"], None),
        ("prioritise the examination of phones", ["learning_police"], None),
    ],
}
