"""Text for the fictional reviews about other themes, and the incidental or negated online
mentions that make screening hard."""

FAMILIES = {
    "neglect": {
        "themes": ["neglect", "parental_substance_misuse"],
        "incident": "{C}, aged {age}, was admitted to hospital severely malnourished and with untreated injuries after years of neglect.",
        "background": [
            "{C} lived with {his} mother and four siblings in privately rented accommodation. {C}'s mother had a long history of alcohol misuse and depression.",
            "The family had been known to children's social care for eight years, with repeated referrals from schools and health visitors about the children's hygiene, attendance and missed health appointments.",
        ],
        "episodes": [
            (
                "Early help",
                "In {Y0} the family was supported by an early help worker. The plan focused on school attendance and was closed after four months when attendance improved.",
            ),
            (
                "Missed appointments",
                "{C} missed six dental and two paediatric appointments in {Y1}. Each was recorded as 'was not brought', but the pattern was not shared with the GP or the school.",
            ),
            (
                "Home conditions",
                "A health visitor visiting a younger sibling described the home as cluttered, cold and smelling of dog faeces. She made a referral to children's social care, which was screened as not meeting the threshold for assessment.",
            ),
            (
                "Child in need plan",
                "In {Y1} a child in need plan was agreed. Three different social workers held the case in nine months. Home visits were announced, and the children were rarely seen alone.",
            ),
            (
                "Hospital admission",
                "In {Y2} {C} was taken to A&E by a neighbour. {He} weighed less than the second centile for {his} age and had an untreated fracture of the wrist.",
            ),
        ],
        "analysis": [
            "Neglect was seen as a series of separate problems rather than as a cumulative pattern of harm. Improvements in one area led to cases being closed before change was sustained.",
            "The lived experience of {C} was not understood. Professionals focused on {C}'s mother's needs and her engagement with services.",
        ],
        "findings": [
            (
                "Cumulative neglect was not recognised",
                "Agencies did not use the neglect assessment tool, so the chronic and cumulative nature of the neglect was not seen.",
            ),
            (
                "Drift and changes of worker",
                "Frequent changes of social worker led to drift and a loss of knowledge of the family.",
            ),
            ("Was not brought", "Missed health appointments were not seen as a sign of neglect."),
        ],
        "learning": [
            "Neglect is cumulative; practitioners should look at the history and the pattern rather than the current episode.",
            "When a child is not brought to health appointments, practitioners should consider what this means for the child.",
        ],
        "recommendations": [
            "The partnership should relaunch the neglect toolkit and audit its use.",
            "Health providers should adopt a 'was not brought' policy for children.",
        ],
        "vulnerability": "{C}'s young age, {his} mother's alcohol misuse and the family's isolation meant {he} depended entirely on adults noticing.",
    },
    "infant_injury": {
        "themes": ["physical_abuse", "infant", "domestic_abuse"],
        "incident": "{C}, aged {age} months, suffered a serious non-accidental head injury while in the care of {his} parents.",
        "background": [
            "{C} was the first child of young parents. {C}'s mother was nineteen and had been in care herself. {C}'s father had a history of violence towards a previous partner.",
            "The parents lived in a one-bedroom flat and had financial difficulties. They were seen by the midwife and health visitor during the pregnancy and after {C}'s birth.",
        ],
        "episodes": [
            (
                "Antenatal care",
                "The midwife recorded that {C}'s mother was anxious and had few friends or family nearby. She did not ask about domestic abuse because {C}'s father was present at every appointment.",
            ),
            (
                "Bruise",
                "At seven weeks the health visitor saw a small bruise on {C}'s cheek. {C}'s mother said {C} had scratched {himself}. The health visitor did not follow the bruising protocol for non-mobile babies.",
            ),
            (
                "Crying",
                "{C}'s parents told the GP that {C} cried for hours and that they were exhausted. The GP advised on colic but did not discuss coping with crying.",
            ),
            (
                "Admission",
                "At {age} months {C} was taken to A&E unresponsive. Scans showed subdural bleeding and rib fractures of different ages. {C}'s father was later convicted of causing grievous bodily harm.",
            ),
        ],
        "analysis": [
            "A bruise on a baby who is not yet mobile is rare and should always be treated as a possible sign of abuse. The protocol was not followed because the explanation was accepted.",
            "Fathers and male carers were invisible in assessments. Nobody asked about {C}'s father's history or his role in caring for {C}.",
        ],
        "findings": [
            (
                "The bruising protocol was not followed",
                "The explanation given for the bruise was accepted without a paediatric assessment.",
            ),
            ("Men were not seen", "Professionals did not engage with or assess {C}'s father."),
        ],
        "learning": [
            "Any bruising in a non-mobile baby must be referred for paediatric assessment in line with the protocol.",
            "Practitioners should talk to parents about coping with a crying baby, including fathers.",
        ],
        "recommendations": [
            "The partnership should audit compliance with the bruising protocol across health services.",
            "Health services should include fathers and male carers in antenatal and postnatal contacts.",
        ],
        "vulnerability": "As a baby, {C} could not speak for {himself} and was entirely dependent on {his} parents.",
    },
    "domestic_abuse": {
        "themes": ["domestic_abuse", "parental_mental_health"],
        "incident": "{C}, aged {age}, was killed by {his} mother's former partner, who also seriously injured {his} mother.",
        "background": [
            "{C} lived with {his} mother and younger sister. {C}'s mother had experienced domestic abuse from her former partner for several years.",
            "{C}'s mother had depression and anxiety and was prescribed medication by her GP.",
        ],
        "episodes": [
            (
                "Police call-outs",
                "Police attended the home five times in {Y0} and {Y1} following reports of domestic abuse. DASH risk assessments were graded as standard or medium risk.",
            ),
            (
                "MARAC",
                "After an assault in {Y1} the case was heard at MARAC. Actions were agreed for housing and the independent domestic violence adviser, but {C} and {his} sister were not discussed.",
            ),
            (
                "Children's social care",
                "A referral was made to children's social care. An assessment concluded that {C}'s mother had separated from her partner and that the children were safe. The case was closed.",
            ),
            (
                "Breach of bail",
                "In {Y2} the former partner breached his bail conditions by coming to the house. The breach was not shared with children's social care.",
            ),
        ],
        "analysis": [
            "Separation is a time of increased risk in domestic abuse. Assessments treated separation as the end of the risk rather than a possible increase in it.",
            "The children's experience of living with domestic abuse was not explored; they were seen as witnesses rather than victims.",
        ],
        "findings": [
            (
                "Risk was underestimated",
                "Risk assessments did not take account of the escalating pattern of abuse and the former partner's history.",
            ),
            (
                "Children were not seen as victims",
                "The impact of domestic abuse on {C} and {his} sister was not assessed.",
            ),
        ],
        "learning": [
            "Children who live with domestic abuse are victims of it and need to be seen and heard.",
            "Professionals should recognise that risk can increase after separation.",
        ],
        "recommendations": [
            "The partnership should ensure that MARAC considers the needs of children in every case.",
            "Police should share breaches of bail in domestic abuse cases with children's social care.",
        ],
        "vulnerability": "{C}'s exposure to long-term domestic abuse and {his} mother's mental ill-health increased {his} vulnerability.",
    },
    "criminal_exploitation": {
        "themes": ["criminal_exploitation", "missing", "school_exclusion"],
        "incident": "{C}, aged {age}, was fatally stabbed in a town far from home while being criminally exploited to sell drugs.",
        "background": [
            "{C} lived with {his} mother and two brothers. {He} had been excluded from school in Year 9 and was attending alternative provision.",
            "{C} had been known to the youth justice service since the age of fourteen.",
        ],
        "episodes": [
            (
                "Exclusion",
                "{C} was permanently excluded from {school} in {Y0} after bringing a knife to school. {His} attendance at alternative provision was poor.",
            ),
            (
                "Found in another county",
                "In {Y1} {C} was found by police in a flat in another county with drugs and cash. {He} was arrested and treated as an offender rather than as a possible victim of exploitation.",
            ),
            (
                "National Referral Mechanism",
                "A referral to the National Referral Mechanism was made after {C}'s third arrest. The decision took eleven months.",
            ),
            (
                "Missing",
                "{C} went missing repeatedly. Return home interviews were not completed because {C} was not at home when workers visited.",
            ),
        ],
        "analysis": [
            "{C} was seen as making choices and as an offender. The language of choice hid the coercion and control used by the adults exploiting {him}.",
            "Exclusion from school removed a protective factor and increased {C}'s exposure to exploitation.",
        ],
        "findings": [
            (
                "Victim or offender",
                "Agencies treated {C} as an offender and missed the signs of exploitation.",
            ),
            (
                "Exclusion increased risk",
                "The permanent exclusion was not considered in light of the risk of exploitation.",
            ),
        ],
        "learning": [
            "Children found in drug supply situations should be treated as possible victims of criminal exploitation.",
            "Exclusion from school can increase the risk of exploitation; schools should consider this before excluding.",
        ],
        "recommendations": [
            "The partnership should develop a contextual safeguarding approach to extra-familial harm.",
            "Schools should consult children's social care before excluding a child known to be at risk of exploitation.",
        ],
        "vulnerability": "Exclusion from school, going missing and {his} older brothers' involvement with gangs made {C} particularly vulnerable.",
    },
    "adolescent_suicide": {
        "themes": ["suicide", "mental_health", "bereavement"],
        "incident": "{C}, aged {age}, took {his} own life following a period of declining mental health.",
        "background": [
            "{C} lived with {his} father after {his} parents separated. {His} grandmother, to whom {he} was very close, had died the previous year.",
            "{C} had been referred to CAMHS twice. {He} had been on a waiting list for therapy for five months at the time of {his} death.",
        ],
        "episodes": [
            (
                "First referral",
                "In {Y0} {C}'s GP referred {him} to CAMHS with low mood after {his} grandmother's death. The referral was declined and {C} was signposted to a counselling service.",
            ),
            (
                "Self-harm",
                "In {Y1} {C} was seen in A&E after cutting {his} arms. A psychosocial assessment was completed and {C} was discharged with a follow-up appointment.",
            ),
            (
                "School",
                "Staff at {school} noticed that {C} was withdrawn and had lost weight. The school referred {C} to the school counsellor.",
            ),
            (
                "Waiting list",
                "{C} was placed on a waiting list for therapy. No one contacted {C} or {his} father during the five months on the list.",
            ),
        ],
        "analysis": [
            "Bereavement, parental separation and self-harm are recognised risk factors for suicide in adolescents. They were known to different agencies but not brought together.",
            "Children on waiting lists need to be reviewed so that increasing risk is noticed.",
        ],
        "findings": [
            (
                "Risk while waiting",
                "There was no process for monitoring risk while {C} waited for therapy.",
            ),
            ("Bereavement support", "{C}'s grief was not recognised as a significant factor."),
        ],
        "learning": [
            "Practitioners should recognise bereavement as a risk factor for self-harm and suicide in young people.",
            "Services should keep in touch with children on waiting lists and review their risk.",
        ],
        "recommendations": [
            "CAMHS should introduce regular contact with children waiting for treatment.",
            "The partnership should promote bereavement support for children in schools.",
        ],
        "vulnerability": "{C}'s bereavement, self-harm and {his} reluctance to talk about feelings increased {his} vulnerability.",
    },
    "cse_offline": {
        "themes": ["child_sexual_exploitation", "missing", "looked_after"],
        "incident": "{C}, aged {age}, was sexually exploited by adults {he} met near {his} children's home.",
        "background": [
            "{C} had been in care since the age of twelve and had lived in four placements. {He} had experienced sexual abuse within {his} birth family.",
            "{C} was described as lively, funny and loyal to {his} friends.",
        ],
        "episodes": [
            (
                "Placement",
                "In {Y0} {C} moved to a children's home sixty miles from {his} home area. The placement was made in an emergency and no information was shared with local police.",
            ),
            (
                "Missing",
                "{C} went missing from the home twenty times in four months and was seen getting into cars with older men.",
            ),
            (
                "Strategy meetings",
                "Strategy meetings were held but the actions focused on {C}'s behaviour, including reducing {his} pocket money.",
            ),
            (
                "Disclosure",
                "{C} disclosed to a residential worker that {he} had been given alcohol and drugs and sexually abused by several men.",
            ),
        ],
        "analysis": [
            "Placements far from home can isolate children from support networks and expose them to new risks.",
            "Responses that sought to control {C}'s behaviour did not address the adults who were exploiting {him}.",
        ],
        "findings": [
            (
                "Out-of-area placement",
                "Information about {C}'s risks was not shared with agencies in the new area.",
            ),
            (
                "Focus on the child's behaviour",
                "Plans sought to change {C}'s behaviour rather than disrupt the perpetrators.",
            ),
        ],
        "learning": [
            "Children placed out of area need their risks shared with local agencies.",
            "Disruption of perpetrators should be central to plans for exploited children.",
        ],
        "recommendations": [
            "Children's social care should notify the local police and partnership of every out-of-area placement of a child at risk of exploitation.",
            "The police should use disruption tactics against adults who target children in care.",
        ],
        "vulnerability": "Being in care, placed far from home, and previous sexual abuse made {C} particularly vulnerable.",
    },
}

# Sentences that mention online matters without online harm being asserted about the child:
# negated, hypothetical, generic, or incidental. Each review gets a few; screening and coding
# must not treat them as evidence. (kind, text); "generic" ones go into the analysis section.
HARD_NEGATIVES = [
    (
        "negated",
        "Police examined {C}'s phone and found no evidence of online contact with the perpetrator.",
    ),
    ("negated", "There was no evidence that {C} had been groomed online or had shared images."),
    ("negated", "No concerns were raised about {C}'s internet use."),
    (
        "negated",
        "{C}'s father denied viewing any indecent material and no such material was found.",
    ),
    ("negated", "There was nothing to suggest that {C} had been bullied online."),
    ("negated", "The police found no indecent images of children on the family computer."),
    ("negated", "{C} told the social worker that nobody had asked {him} to send photos."),
    ("negated", "Online grooming was considered and ruled out by the investigating officer."),
    ("negated", "{C} has never had a social media account, according to {his} mother."),
    ("negated", "Checks with CEOP found no record of any online offending by {C}'s stepfather."),
    ("hypothetical", "It is not known whether {C} used social media."),
    (
        "hypothetical",
        "The review considered whether online grooming could have played a part, and found that it did not.",
    ),
    (
        "hypothetical",
        "Professionals were concerned that {C} might be contacted online by the perpetrator after his release.",
    ),
    ("hypothetical", "It is possible that images were taken, but none have been found."),
    ("hypothetical", "Any suggestion that {C} had been sexually exploited online was speculative."),
    ("generic", "Children can be groomed online by adults who pretend to be younger."),
    ("generic", "Many young people use social media to keep in touch with friends."),
    (
        "generic",
        "Sharing nude images is common among teenagers, and most cases do not come to the attention of professionals.",
    ),
    ("generic", "National guidance sets out how schools should respond to the sharing of nudes."),
    ("generic", "Cyberbullying is a recognised risk factor for self-harm in adolescents."),
    ("incidental", "The referral was made using the local authority's online referral form."),
    (
        "incidental",
        "Because of the pandemic, the strategy meeting was held online using Microsoft Teams.",
    ),
    ("incidental", "{C}'s mother said she had searched online for advice about {his} sleep."),
    ("incidental", "The school's e-safety policy was found to be up to date."),
    (
        "incidental",
        "{C}'s mother posted on Facebook that she was struggling, but this was not known to professionals at the time.",
    ),
    ("incidental", "The practitioner learning event took place online."),
    ("incidental", "The family kept in touch with relatives abroad through WhatsApp video calls."),
    ("incidental", "The social worker sent {C}'s mother a text message to arrange the visit."),
    ("incidental", "{C}'s mother used an online banking app to manage the family's debts."),
    (
        "incidental",
        "The GP surgery's online booking system showed that appointments had been made and cancelled.",
    ),
    ("incidental", "{C} enjoyed watching football videos on YouTube with {his} father."),
    ("incidental", "The school used an online system to record safeguarding concerns."),
    (
        "incidental",
        "Police checked the family's Facebook accounts as part of the investigation and found nothing of concern.",
    ),
    ("incidental", "A photo of the injury was taken at the hospital and shared with the police."),
    (
        "incidental",
        "{C}'s sister had once been bullied online at school, but this was not linked to the events under review.",
    ),
    (
        "incidental",
        "The perpetrator had a previous conviction for harassment, including abusive messages sent to a former partner.",
    ),
    ("incidental", "{C}'s mother met her new partner through a dating app."),
    ("incidental", "The tablet computer in the home was used mainly for games and films."),
]
