"""Text for the fictional reviews in which online harm is a key factor. Slots in braces are filled
per review ({C} child, {he}/{him}/{his} pronouns, {platform}, {school}, {Y0}..{Y2} years)."""

FAMILIES = {
    "grooming": {
        "themes": ["online_grooming", "online_sexual_abuse", "online_contact_strangers"],
        "incident": "{C} was sexually abused by an adult man who had groomed {him} through {platform} while posing as a teenage boy.",
        "background": [
            "{C} lived with {his} mother and two younger siblings. {His} father had left the family home when {C} was six, and contact with him had been irregular. {C} was described by teachers as quiet, kind and keen to please, and {he} spent much of {his} free time on {his} phone.",
            "{C} had a diagnosis of autism spectrum condition and an education, health and care plan. {His} mother told the review that {C} found it hard to make friends at {school} and that the friendships {he} made online seemed to make {him} happier.",
        ],
        "episodes": [
            (
                "First concerns at school",
                "In September {Y1} a teaching assistant at {school} noticed that {C} was tired and withdrawn. {C} told her that {he} had been up late messaging a new friend called 'Jay' on {platform}. The teaching assistant recorded the conversation on the school's safeguarding system but it was not passed to the designated safeguarding lead for nine days.",
            ),
            (
                "Gifts and secrecy",
                "In October {Y1} {C}'s mother found a new phone in {his} bedroom. {C} said a friend had given it to {him}. {His} mother was worried and asked the school for advice. The school nurse spoke to {C}, who said that 'Jay' was sixteen and lived in another town. The conversation did not explore who Jay really was or what they talked about online.",
            ),
            (
                "Police contact",
                "In December {Y1} {C} went missing overnight and was found by police at a railway station forty miles from home. {C} said {he} had gone to meet a friend {he} knew from {platform}. The return home interview was completed by telephone and recorded that {C} 'had arranged to meet a boyfriend'. No strategy discussion was held.",
            ),
            (
                "Disclosure",
                "In January {Y2} a friend of {C} told a teacher that {C} had been sending explicit photographs to an older man who had pretended to be a teenager. The school made a referral to children's social care the same day. Police seized {C}'s phone and found that the man, aged 34, had groomed {him} online over four months and had sexually abused {him} on two occasions when they met.",
            ),
            (
                "Strategy discussion and section 47 enquiry",
                "A strategy discussion was held the day after the disclosure and agreed a section 47 enquiry. The social worker visited promptly and {C} was seen alone. The examination of {C}'s phone by the police digital forensics unit took eleven weeks, and during that time the man continued to contact {C} through a second account.",
            ),
            (
                "Support after the abuse",
                "{C} was referred to CAMHS for specialist support and waited fourteen weeks for a first appointment. {His} mother said that no one explained to her how to set parental controls or how to report the second account to the platform.",
            ),
        ],
        "analysis": [
            "Professionals saw each episode separately. The late-night messaging, the unexplained phone, the missing episode and the 'boyfriend' were each recorded, but no one put them together as signs that {C} was being groomed online. When {C} was asked, the questions were about whether {he} was safe at home, not about who {he} was talking to online.",
            "The language used in records framed {C} as making choices: {he} was 'meeting a boyfriend' and 'putting {himself} at risk'. An adult who poses as a teenager to build a relationship with a child is grooming that child; describing it as a relationship hides the abuse and shifts responsibility to the child.",
        ],
        "findings": [
            (
                "Online activity was not explored",
                "Professionals did not ask {C} what {he} did online or who {he} talked to, even when there were clear indicators that an online relationship was important to {him}. Practitioners told the review they lacked confidence in talking to children about apps and online contact.",
            ),
            (
                "Signs of grooming were recorded but not recognised",
                "Gifts, secrecy, a new phone and a missing episode to meet an online 'friend' are well-known signs of grooming. They were recorded by three agencies but not shared or analysed together.",
            ),
            (
                "Delays in examining devices",
                "The eleven-week delay in examining {C}'s phone meant that the risk from the man's second account was not identified, and {C} remained in contact with him.",
            ),
        ],
        "learning": [
            "Practitioners should routinely ask children what they do online, which apps and platforms they use, and who they talk to, in the same way they ask about friendships and relationships offline.",
            "Children with autism or learning needs may be particularly vulnerable to online grooming because they may find it harder to recognise that an online friend is not who they say they are.",
            "Online and offline abuse are intertwined: grooming that starts on a social media platform often leads to contact abuse when the child is persuaded to meet.",
        ],
        "recommendations": [
            "The partnership should ensure that training for all practitioners covers online grooming, the apps children use and how to talk to children about their online lives.",
            "Police should seek assurance that the examination of devices in child sexual abuse investigations is prioritised where a child remains at risk of online contact.",
        ],
        "vulnerability": "{C}'s autism, {his} isolation at school and {his} wish for friendship made {him} particularly vulnerable to an adult who offered attention online.",
    },
    "images_suicide": {
        "themes": ["sharing_sexual_images", "cyberbullying", "harmful_content"],
        "incident": "{C} took {his} own life at the age of {age}, weeks after a sexual image {he} had shared with a boyfriend was circulated around {his} school.",
        "background": [
            "{C} was the younger of two children and lived with both parents. {He} was described by {his} family as bright, funny and sociable, and {he} was doing well at {school} until the spring of {Y1}.",
            "{C} had a history of low mood and had self-harmed on two occasions in {Y0}. {He} had been seen by the school counsellor but had not been referred to CAMHS.",
        ],
        "episodes": [
            (
                "The image is shared",
                "In March {Y1} {C} sent a nude image of {himself} to a boy in {his} year whom {he} had been seeing. After they separated the image was shared on {platform} and in a group chat with more than forty pupils. {C} told a friend that 'everyone has seen it'.",
            ),
            (
                "The school's response",
                "A teacher became aware of the image two days later. The school confiscated phones from three pupils and deleted the image. The incident was recorded as 'sexting' and {C} was spoken to about the risks of sharing images. {C}'s parents were informed by letter. The school did not contact the police or children's social care and did not follow the national guidance on responding to the sharing of nudes and semi-nudes.",
            ),
            (
                "Bullying online",
                "Over the following weeks {C} received abusive messages on {platform} and was called names in a group chat. {He} stopped attending after-school clubs. {His} attendance fell to 71 per cent. {C}'s mother contacted the school twice about the messages; the school said it could not act on what happened outside school.",
            ),
            (
                "GP appointment",
                "In May {Y1} {C} saw {his} GP with low mood and difficulty sleeping. The GP referred {C} to CAMHS. The referral did not mention the image or the bullying because {C} had not told the GP about them. CAMHS screened the referral and offered an appointment eight weeks later.",
            ),
            (
                "Searches for methods",
                "After {C}'s death, police examination of {his} phone found that in the month before {he} died {he} had viewed self-harm and suicide content on {platform2} and had searched for methods of suicide. None of the professionals involved knew of this.",
            ),
        ],
        "analysis": [
            "The school treated the sharing of the image as a disciplinary matter about {C}'s behaviour rather than as a safeguarding matter about harm to {C}. The focus on deleting the image and warning {C} left {him} feeling blamed, and the wider distribution of the image and the abuse that followed were not addressed.",
            "The impact of an image being shared without consent can be profound and long-lasting. {C} experienced humiliation, online bullying and isolation; these are recognised risk factors for self-harm and suicide in adolescents.",
        ],
        "findings": [
            (
                "Image sharing was treated as misbehaviour",
                "The school did not recognise that {C} was a victim of the non-consensual sharing of a sexual image, and did not follow guidance that requires a safeguarding response, including consideration of referral to police and children's social care.",
            ),
            (
                "Cyberbullying was seen as outside the school's remit",
                "Online bullying between pupils affects children in school; the view that the school could not act on messages sent outside school hours left {C} without protection.",
            ),
            (
                "Risk from harmful online content was not considered",
                "Neither the GP nor CAMHS asked {C} about {his} online life. Professionals assessing self-harm risk should ask whether a young person is viewing self-harm or suicide content online.",
            ),
        ],
        "learning": [
            "A child whose nude image has been shared without consent is a victim and needs support, not blame. Schools should follow the national guidance on sharing nudes and semi-nudes.",
            "Professionals assessing low mood or self-harm in young people should ask about online bullying and whether the young person is viewing harmful content online.",
        ],
        "recommendations": [
            "The partnership should seek assurance that all schools in the area have trained designated safeguarding leads in responding to incidents of nude image sharing.",
            "Health partners should include questions about online harms and harmful content in mental health assessments of children and young people.",
        ],
        "vulnerability": "{C}'s earlier self-harm and low mood meant that the humiliation of the image being shared placed {him} at particular risk.",
    },
    "sextortion": {
        "themes": ["sextortion", "sharing_sexual_images", "online_contact_strangers"],
        "incident": "{C}, aged {age}, died by suicide hours after being blackmailed by an unknown person who threatened to share sexual images of {him} with {his} friends and family.",
        "background": [
            "{C} lived with {his} parents and older sister. {He} was a keen footballer and was studying for {his} GCSEs at {school}. There had been no involvement from children's social care before {his} death.",
            "{C}'s family described {him} as private about {his} phone, which they saw as normal for a boy of {his} age. They had not heard of financially motivated sexual extortion before {C} died.",
        ],
        "episodes": [
            (
                "Contact from a stranger",
                "On the evening of {his} death {C} was contacted on {platform} by an account presenting as a girl of {his} age. Within forty minutes the account had persuaded {C} to send an intimate image through a video call.",
            ),
            (
                "The threats",
                "The account then revealed that it had recorded {C} and threatened to share the images with {his} followers unless {he} paid money. The messages became increasingly threatening. {C} sent a small amount of money and was told it was not enough.",
            ),
            (
                "Earlier contact with school",
                "Six months earlier, {school} had delivered an assembly on online safety which mentioned sextortion briefly. {C}'s form tutor told the review that boys did not see the messages as relevant to them.",
            ),
            (
                "Police investigation",
                "The police investigation found that the account was part of an organised group based overseas that targeted teenage boys. The platform removed the account after {C}'s death, but further accounts from the same group were identified.",
            ),
            (
                "Other reports",
                "The review learned that two other children in the area had reported similar blackmail to the police in the same year. The reports had been recorded as crimes but no alert or briefing was shared with schools.",
            ),
        ],
        "analysis": [
            "Financially motivated sexual extortion targets teenage boys in particular and moves very quickly, often from first contact to threats within an hour. Children who are blackmailed feel intense shame and fear, and may not tell anyone.",
            "Children need to know that they will not be in trouble if they tell someone, that the images can be removed, and that help is available. Messages that focus only on 'never send nudes' can add to a child's shame when it has already happened.",
        ],
        "findings": [
            (
                "Children did not know what to do if they were blackmailed",
                "Online safety education focused on not sharing images and did not tell children that help was available if they were threatened, or that they would not be blamed.",
            ),
            (
                "Intelligence was not shared",
                "Earlier reports of sextortion to the police were not shared with schools or the partnership, missing a chance to warn parents and children.",
            ),
        ],
        "learning": [
            "Sextortion is abuse. Messages to children should make clear that it is never the child's fault and that they should tell a trusted adult and report it.",
            "Parents and carers need information about sextortion so that they can talk to their children without blame.",
        ],
        "recommendations": [
            "The police and the partnership should agree a process for sharing alerts about online blackmail with schools and parents.",
            "Education partners should review online safety teaching so that it includes how to get help when threatened with the sharing of images.",
        ],
        "vulnerability": "{C}'s age and gender placed {him} in the group most often targeted by financially motivated sextortion, and {his} fear of embarrassment stopped {him} telling anyone.",
    },
    "harmful_content": {
        "themes": ["harmful_content", "self_harm_content", "pro_eating_disorder"],
        "incident": "{C} died at the age of {age} following an overdose. In the months before {his} death {he} had viewed large amounts of self-harm, suicide and pro-eating-disorder content online.",
        "background": [
            "{C} was looked after by the local authority from the age of eleven and lived in a residential children's home for the last eighteen months of {his} life. {He} had experienced neglect and domestic abuse in {his} birth family.",
            "{C} had a long history of self-harm and restricted eating. {He} was known to CAMHS and had been admitted to a paediatric ward twice in {Y1}.",
        ],
        "episodes": [
            (
                "Placement move",
                "In February {Y1} {C} moved to the residential home after a foster placement ended. {His} care plan recorded that {he} had 'unrestricted internet access' but contained no assessment of risks online.",
            ),
            (
                "Staff concerns",
                "Residential staff noticed that {C} spent many hours at night on {his} phone and followed accounts on {platform} that posted images of self-harm and extreme weight loss. Staff raised this in team meetings but were unsure whether they could restrict {his} use of the phone.",
            ),
            (
                "CAMHS review",
                "At a CAMHS review in June {Y1} {C} said that the online content 'helped' {him} because other people understood {him}. The clinician recorded this but there was no plan to address the content {C} was viewing.",
            ),
            (
                "Hospital admission",
                "In September {Y1} {C} was admitted to hospital after taking an overdose. The ward staff noted that {C} was messaging people {he} described as friends from a 'pro-ana' community. The discharge plan did not mention online risks.",
            ),
            (
                "The final weeks",
                "In the weeks before {his} death, {C}'s searches included methods of suicide. Police examination of {his} phone found that {he} had been encouraged by an online contact to 'stop eating' and to harm {himself}.",
            ),
        ],
        "analysis": [
            "Professionals recognised that {C} was viewing harmful content but did not treat it as a risk to be assessed and managed. Each agency assumed that another was addressing it, and the residential home lacked guidance on balancing {C}'s rights with {his} safety online.",
            "Algorithms recommend more of the content a young person engages with, so that a child who searches for self-harm images may be shown increasing amounts of such material.",
        ],
        "findings": [
            (
                "Online risk was missing from care and safety plans",
                "Neither {C}'s care plan, safety plan nor hospital discharge plan addressed the harmful content {he} was viewing or the online contacts encouraging {him} to self-harm.",
            ),
            (
                "Residential staff lacked guidance",
                "Staff did not know what they could do about a child's use of a phone and harmful online communities, and had no training on the impact of such content.",
            ),
        ],
        "learning": [
            "Safety planning for children who self-harm should include their online lives: what content they view, which communities they belong to, and who they talk to.",
            "Carers and residential staff need clear guidance and training on supporting looked after children online.",
        ],
        "recommendations": [
            "Children's social care should ensure that care plans for looked after children include an assessment of online risks and how they will be managed.",
            "CAMHS should include harmful online content and online contacts in risk assessments and safety plans.",
        ],
        "vulnerability": "Being looked after, {his} history of trauma, self-harm and an eating disorder all increased {C}'s vulnerability to harmful online content and communities.",
    },
    "cyberbullying": {
        "themes": ["cyberbullying", "harmful_content"],
        "incident": "{C}, aged {age}, took {his} own life after a long period of bullying at school and online.",
        "background": [
            "{C} lived with {his} mother and stepfather. {He} had a diagnosis of ADHD and moved to {school} in Year 7, where {he} found it difficult to settle.",
            "{C}'s mother had repeatedly raised concerns about bullying with the school. {C} had told {his} mother that 'it never stops, even at home'.",
        ],
        "episodes": [
            (
                "Bullying reported",
                "In November {Y0} {C}'s mother reported to the school that {C} was being called names and excluded by a group of pupils. The school spoke to the pupils and recorded the matter as resolved.",
            ),
            (
                "Abusive messages",
                "In February {Y1} {C} showed {his} head of year abusive messages sent in a group chat on {platform}, including messages telling {him} to kill {himself}. The school said that it could not investigate messages sent outside school and advised {C}'s mother to contact the police.",
            ),
            (
                "Police response",
                "The police recorded the report as malicious communications. An officer spoke to {C}'s mother by telephone and advised her to block the accounts. No referral was made to children's social care and the school was not informed.",
            ),
            (
                "School nurse",
                "In April {Y1} {C} saw the school nurse with headaches and said that {he} did not want to come to school. The school nurse did not ask about bullying or {his} online life.",
            ),
            (
                "The final month",
                "In the month before {his} death the bullying continued on {platform2}, where a fake account was set up in {C}'s name and used to post humiliating images of {him}.",
            ),
        ],
        "analysis": [
            "Bullying online and in school were part of the same pattern of abuse. By treating them as separate, the school, police and health services each saw only part of what was happening to {C}.",
            "The messages telling {C} to kill {himself} should have prompted a safeguarding response and an assessment of {his} risk of self-harm.",
        ],
        "findings": [
            (
                "Online bullying was not recognised as a safeguarding issue",
                "Agencies treated cyberbullying as a behaviour or communications matter rather than as a risk to {C}'s safety and mental health.",
            ),
            (
                "Information was not shared",
                "The police, the school and the school nurse each held information about the bullying, but did not share it with each other.",
            ),
        ],
        "learning": [
            "Cyberbullying can be relentless because it follows a child home; professionals should take reports seriously and consider the child's emotional wellbeing and risk of self-harm.",
            "Schools have a responsibility to respond to bullying between pupils whether it happens in school or online.",
        ],
        "recommendations": [
            "The partnership should produce guidance for schools and the police on joint responses to cyberbullying.",
            "The school should review its anti-bullying policy so that it covers online bullying outside school hours.",
        ],
        "vulnerability": "{C}'s ADHD, {his} difficulty settling at a new school and the relentless nature of the online abuse made {him} particularly vulnerable.",
    },
    "online_to_offline_cse": {
        "themes": ["online_sexual_abuse", "online_grooming", "sharing_sexual_images"],
        "incident": "{C} was sexually exploited by a group of adult men. The exploitation began when {he} was contacted through {platform} at the age of {age}.",
        "background": [
            "{C} lived with {his} father, who had a long history of alcohol misuse. {C}'s mother had died when {he} was nine. {C} was known to children's social care from the age of ten because of neglect.",
            "{C} had been excluded from two schools and was attending a pupil referral unit. {He} frequently went missing from home.",
        ],
        "episodes": [
            (
                "Online contact",
                "In April {Y1} {C} was added to a group chat on {platform} by an older teenager. Men in the group sent {C} messages, compliments and money for phone credit.",
            ),
            (
                "Missing episodes",
                "Between May and August {Y1} {C} went missing eleven times. On several occasions {he} was found in the company of adult men in a neighbouring town. Return home interviews recorded that {C} said {he} had been 'with friends'.",
            ),
            (
                "Images",
                "In July {Y1} police received intelligence that sexual images of {C} were being shared among men in the group. The intelligence was not linked to {C}'s missing episodes for several weeks.",
            ),
            (
                "Child protection conference",
                "In September {Y1} an initial child protection conference was held. The plan focused on {C}'s father's drinking and {C}'s school attendance, and did not address the online contact or the group of men.",
            ),
            (
                "Disclosure",
                "In December {Y1} {C} told a youth worker that the men had made {him} have sex with them and that they had threatened to share images of {him} if {he} refused.",
            ),
        ],
        "analysis": [
            "The exploitation moved from online contact to contact abuse within weeks. Professionals treated the online contact as a separate and lesser concern, when it was the route through which the men gained access to {C}.",
            "{C} was described as 'choosing' to spend time with the men. A child cannot consent to their own exploitation, and such language can lead professionals to accept what is happening.",
        ],
        "findings": [
            (
                "Online and offline risks were not connected",
                "Intelligence about images and online contact was held separately from information about missing episodes.",
            ),
            (
                "The child was seen as responsible",
                "Records described {C} as 'promiscuous' and 'putting {himself} at risk', reflecting a view of {C} as responsible for the abuse.",
            ),
            (
                "Plans did not address exploitation",
                "The child protection plan did not include actions to disrupt the men or address online contact.",
            ),
        ],
        "learning": [
            "Exploitation often begins online. When a child goes missing, professionals should ask who they are in contact with online and through which apps.",
            "Practitioners should avoid language that implies a child is responsible for their own abuse.",
        ],
        "recommendations": [
            "The partnership should ensure that exploitation risk assessments include online contact and image sharing.",
            "Police should ensure that intelligence about images of children is linked with missing episodes and shared at strategy discussions.",
        ],
        "vulnerability": "Neglect, bereavement, exclusion from school and frequent missing episodes made {C} particularly vulnerable to exploitation that began online.",
    },
    "perpetrator_iioc": {
        "themes": ["indecent_images", "online_sexual_abuse"],
        "incident": "{C}, aged {age}, was sexually abused by {his} father, who had previously been investigated by the police for downloading indecent images of children.",
        "background": [
            "{C} lived with {his} mother, father and baby brother. The family was not known to children's social care before the review period.",
            "{C}'s father worked from home in IT. He was described by professionals as articulate and cooperative.",
        ],
        "episodes": [
            (
                "Police intelligence",
                "In {Y0} the police received intelligence that indecent images of children had been downloaded at the family's address using peer-to-peer software. The intelligence was graded as low priority and a search warrant was not executed for seven months.",
            ),
            (
                "Arrest",
                "When the warrant was executed, devices were seized and {C}'s father was arrested. Category A images were later found. He was released under investigation.",
            ),
            (
                "Referral to children's social care",
                "The police notified children's social care of the arrest. A social worker visited the family once and concluded that {C}'s mother was a protective parent. The case was closed after three weeks with a written agreement that {C}'s father would not be alone with the children.",
            ),
            (
                "Device examination",
                "The examination of the seized devices took fourteen months. During that time {C}'s father returned to live in the family home.",
            ),
            (
                "Disclosure",
                "In {Y2} {C} told a teacher at {school} that {his} father had been touching {him}. Later examination of the devices found images of {C}.",
            ),
        ],
        "analysis": [
            "People who view indecent images of children may also pose a risk of contact abuse. The response to the police intelligence focused on the offence and not on the children in the household.",
            "The written agreement relied on {C}'s mother to protect the children without support or an assessment of her capacity to do so.",
        ],
        "findings": [
            (
                "Intelligence was not acted on quickly",
                "The delay in executing the warrant and in examining devices left children in the household at risk.",
            ),
            (
                "The risk to the children was not assessed",
                "Children's social care did not complete a full assessment of the risk {C}'s father posed to his own children.",
            ),
        ],
        "learning": [
            "Intelligence that an adult is accessing indecent images of children should always prompt consideration of the risk to children they live with or have contact with.",
            "Safety plans should not rely on a non-abusing parent without assessing whether they are able and willing to protect.",
        ],
        "recommendations": [
            "Police should review the prioritisation of intelligence about indecent images where the suspect lives with children.",
            "Children's social care and police should agree joint guidance on assessing the risk posed by people investigated for indecent image offences.",
        ],
        "vulnerability": "{C}'s age and the absence of any other professional involvement meant that no one outside the family could see the risk.",
    },
    "gaming": {
        "themes": ["online_gaming", "online_grooming", "online_contact_strangers"],
        "incident": "{C}, aged {age}, was groomed and sexually abused by an adult {he} met through online gaming.",
        "background": [
            "{C} lived with {his} grandmother, who was {his} special guardian. {He} had a learning disability and attended a special school.",
            "{C} spent most evenings playing games on {his} console and talking to other players through headsets and in-game chat.",
        ],
        "episodes": [
            (
                "A new friend",
                "In {Y1} {C} began talking to an adult player through party chat on {platform}. The man gave {C} gaming credits and advice on levels, and asked {him} to move their conversations to a private messaging app.",
            ),
            (
                "Concerns from the grandmother",
                "{C}'s grandmother told {his} social worker that {C} talked about an older friend from the game. The social worker recorded that {C} was 'enjoying gaming' and took no further action.",
            ),
            (
                "School observation",
                "Staff at {school} noticed that {C} had new trainers and money. {C} said a friend from the game had sent them. The school did not make a referral.",
            ),
            (
                "Meeting",
                "The man travelled to meet {C} and sexually abused {him}. {C} told {his} grandmother, who called the police.",
            ),
        ],
        "analysis": [
            "Online gaming platforms allow adults to contact children directly. Gifts of credits and moving conversations to private apps are recognised grooming behaviours.",
            "Professionals did not understand how the game and its chat functions worked, so they could not judge the risk.",
        ],
        "findings": [
            (
                "Gaming contact was not seen as a risk",
                "Professionals saw gaming as a harmless hobby and did not explore who {C} talked to.",
            ),
            (
                "Limited knowledge of platforms",
                "Practitioners told the review that they did not know that games allowed private voice and text chat with strangers.",
            ),
        ],
        "learning": [
            "Practitioners should ask children who they play and talk with in online games, and whether anyone has given them gifts or credits.",
            "Carers, including kinship carers, should be supported to understand gaming platforms and their parental controls.",
        ],
        "recommendations": [
            "The partnership should include online gaming risks in its safeguarding training.",
            "Children's social care should ensure that assessments of disabled children include their online activity.",
        ],
        "vulnerability": "{C}'s learning disability and {his} reliance on gaming for friendship made {him} particularly vulnerable.",
    },
}
