"""Negation, hedging and generic statements: the sentences the scope rules were designed on."""

from __future__ import annotations

import pytest

from casebrief.codebook import load_codebook
from casebrief.coding.coder import Coder
from casebrief.metadata import name_forms
from casebrief.text.scopes import assess, denies_online, is_generic

CASES = [
    # (sentence, span, negated, hedged, generic)
    # A key line of enquiry is a question put to the reader, in a review's opening too; a
    # question about the child, by pronoun, is not.
    (
        "KLOE 1: How did the school respond when the pictures were shared in the group chat?",
        "pictures were shared",
        False,
        False,
        True,
    ),
    (
        "Had he been sent the pictures by the man he met online?",
        "sent the pictures",
        False,
        False,
        False,
    ),
    # What the law or guidance says is no fact of the case; what it said to this child is.
    (
        "This was wrong: the law treats a sexual image made by software in the same way as a "
        "photograph of a real child.",
        "sexual image",
        False,
        False,
        True,
    ),
    (
        "The guidance says she should have been offered help to have the nude images removed.",
        "nude images",
        False,
        False,
        False,
    ),
    # What can happen, said of nothing definite, is general; a definite word keeps it a fact.
    (
        "Exploitation can begin with a friendly message from a stranger.",
        "message from a stranger",
        False,
        False,
        True,
    ),
    ("The nude images he sent can still be found online.", "nude images", False, False, False),
    (
        "There was no evidence that she had been groomed online.",
        "groomed online",
        True,
        False,
        False,
    ),
    ("He denied viewing indecent images.", "indecent images", True, False, False),
    ("No concerns were raised about her internet use.", "internet", True, False, False),
    (
        "Police examined his phone and found no evidence of online contact.",
        "online contact",
        True,
        False,
        False,
    ),
    ("Online grooming was ruled out by the police.", "Online grooming", True, False, False),
    ("Indecent images were not found on his devices.", "Indecent images", True, False, False),
    (
        "There was nothing to suggest that she had been bullied online.",
        "bullied online",
        True,
        False,
        False,
    ),
    ("Checks found no record of any online offending.", "online offending", True, False, False),
    ("He has never had a social media account.", "social media", True, False, False),
    (
        "Professionals did not ask whether she was talking to anyone online.",
        "talking to anyone online",
        False,
        True,
        False,
    ),
    (
        "Professionals did not consider whether she was being groomed online.",
        "groomed online",
        False,
        True,
        False,
    ),
    ("The signs of grooming were not recognised.", "signs of grooming", False, False, False),
    (
        "She had been groomed online by a man in his thirties.",
        "groomed online",
        False,
        False,
        False,
    ),
    (
        "She was not only groomed online but also abused in person.",
        "groomed online",
        False,
        False,
        False,
    ),
    ("Without her mother's knowledge, she met him online.", "met him online", False, False, False),
    # A denial that runs over a list of what did not happen, and where a list stops being one.
    (
        "There was no evidence that she had been bullied, contacted by anyone unknown to her, "
        "or had looked at content about self-harm.",
        "content about self-harm",
        True,
        False,
        False,
    ),
    # ... also where the span is the list's next item, straight after a comma
    (
        "There is no indication that D was exploited, groomed or harmed online in any way.",
        "groomed or harmed online",
        True,
        False,
        False,
    ),
    (
        "There was no evidence that she had been bullied, contacted by anyone unknown to her, "
        "or had looked at content about self-harm.",
        "contacted by anyone unknown",
        True,
        False,
        False,
    ),
    (
        "Police found no evidence of threats, demands for money, or sharing of nude images.",
        "sharing of nude images",
        True,
        False,
        False,
    ),
    (
        "There was no evidence of neglect, and she was groomed online by a man in his thirties.",
        "groomed online",
        False,
        False,
        False,
    ),
    (
        "There was no evidence that he had been contacted, and the police found that he had been "
        "groomed online.",
        "groomed online",
        False,
        False,
        False,
    ),
    (
        "There was no indication that she was bullied, but she had looked at content about "
        "self-harm.",
        "content about self-harm",
        False,
        False,
        False,
    ),
    (
        "The information was not shared with the school, and she was groomed online.",
        "groomed online",
        False,
        False,
        False,
    ),
    (
        "She didn't tell anyone that she had been sent nude images.",
        "nude images",
        False,
        False,
        False,
    ),
    ("She may have been groomed online.", "groomed online", False, True, False),
    ("It is possible that images were taken.", "images", False, True, False),
    (
        "Children can be groomed online by adults who pretend to be younger.",
        "groomed online",
        False,
        True,
        True,
    ),
    ("Practitioners should ask children what they do online.", "online", False, False, True),
    (
        "Children with autism may be particularly vulnerable to online grooming.",
        "online grooming",
        False,
        True,
        True,
    ),
    # A threat or offer reported as said is asserted: "would" and "if" are the offender's words.
    (
        "He told Child R he would post the videos to her followers unless she sent more.",
        "post the videos",
        False,
        False,
        False,
    ),
    (
        "The men threatened to share images of her if she told anyone.",
        "share images",
        False,
        False,
        False,
    ),
    (
        "The person said they would ruin his life and posted his picture to his story.",
        "posted his picture",
        False,
        False,
        False,
    ),
    (
        "An adult in the game offered him credits if he moved their chat to his phone.",
        "moved their chat",
        False,
        False,
        False,
    ),
    # ... and so is a threat the child or the offender wrote or messaged, while a counterfactual
    # after writing stays doubt.
    (
        "Child R was arrested after he wrote in a chat server that he would take a knife to school.",
        "chat server",
        False,
        False,
        False,
    ),
    (
        "The man messaged her that he would send the video to her school.",
        "send the video",
        False,
        False,
        False,
    ),
    # A child's lack of money told before the threat was carried out denies nothing; "nothing
    # left on the phone" still denies, and so does a parent's never having heard of a harm, as
    # the gold sets code it.
    (
        "When she said she had no more money, the account posted the pictures on her profile.",
        "posted the pictures",
        False,
        False,
        False,
    ),
    (
        "He said he had no more money and the man shared the video.",
        "shared the video",
        False,
        False,
        False,
    ),
    ("L's mother had never heard of this kind of blackmail.", "blackmail", True, False, False),
    (
        "There was nothing left on his phone to show that he had been blackmailed.",
        "blackmailed",
        True,
        False,
        False,
    ),
    (
        "The reviewer wrote that he would have shared the images if he had been asked.",
        "shared the images",
        False,
        True,
        False,
    ),
    # ... and so are a threat's terms told without a verb of saying, wherever the span stands;
    # "would" before a verb that spreads nothing stays doubt.
    (
        "Minutes later the tone changed: the picture would go to her followers unless she paid.",
        "unless she paid",
        False,
        False,
        False,
    ),
    (
        "The clip would be shared with his whole school unless he sent another.",
        "shared with his whole school",
        False,
        False,
        False,
    ),
    (
        "It would be unusual for him to be blackmailed like this unless he had sent a picture.",
        "blackmailed",
        False,
        True,
        False,
    ),
    (
        "The video would have been shared unless someone had reported it.",
        "shared",
        False,
        True,
        False,
    ),
    # A counterfactual stays a hedge, reported or not.
    (
        "Her mother said that if the man had contacted her online she would have told police.",
        "contacted her online",
        False,
        True,
        False,
    ),
    (
        "The review was told that he would have shared the images.",
        "shared the images",
        False,
        True,
        False,
    ),
    (
        "If she had been asked, she would have said she was groomed online.",
        "groomed online",
        False,
        True,
        False,
    ),
    (
        "He said he would not have known she was groomed online.",
        "groomed online",
        False,
        True,
        False,
    ),
    # "could not" is inability, a fact, unless what could not be done is knowing (then the
    # "not" denies it too).
    (
        "When he could not pay, the offenders sent him a screenshot of his friends list.",
        "screenshot of his friends",
        False,
        False,
        False,
    ),
    (
        "It could not be confirmed that she was groomed online.",
        "groomed online",
        True,
        True,
        False,
    ),
    ("Police could not establish who had sent the images.", "sent the images", True, True, False),
    # "what he could", "as much as she could" with nothing after but a phrase: what was in his
    # power, a fact; "what he could do with the pictures" is still a possibility.
    (
        "He paid what he could from his savings to the men blackmailing him.",
        "blackmailing him",
        False,
        False,
        False,
    ),
    (
        "She sent as much as she could to the account behind the sextortion.",
        "sextortion",
        False,
        False,
        False,
    ),
    (
        "She asked what he could do with the sextortion pictures.",
        "sextortion",
        False,
        True,
        False,
    ),
    # Someone "he had never met" is a stranger, not a denial; "as if" is a likeness, not a doubt.
    (
        "He was being blackmailed by someone he had never met online.",
        "blackmailed",
        False,
        False,
        False,
    ),
    (
        "She had never met the man who groomed her online.",
        "groomed her online",
        False,
        False,
        False,
    ),
    # "better off without him" is not a denial of what follows it.
    (
        "He told him his family would be better off without him and sent him methods of suicide.",
        "methods of suicide",
        False,
        False,
        False,
    ),
    (
        "She was left without any online safety advice.",
        "online safety advice",
        True,
        False,
        False,
    ),
    (
        "Bullying through phones was handled as if it were playground behaviour.",
        "Bullying through phones",
        False,
        False,
        False,
    ),
    (
        "The school treated the messages as if they were a joke, and the bullying went on.",
        "bullying",
        False,
        False,
        False,
    ),
    # "that can be" tells what a thing is for; a "can be" of the child's own is still a doubt.
    (
        "She broadcast most nights on an app where viewers send tokens that can be turned into cash.",
        "tokens",
        False,
        False,
        False,
    ),
    (
        "Viewers sent her virtual gifts that could be exchanged for money and asked for dares.",
        "gifts",
        False,
        False,
        False,
    ),
    ("Her pictures can be shared by anyone.", "pictures", False, True, False),
    ("The pictures could be shared by anyone.", "pictures", False, True, False),
    ("It is not clear if the images were shared online.", "images were shared", True, True, False),
    (
        "Within an hour she had sent him what appeared to be a nude photograph.",
        "sent him",
        False,
        False,
        False,
    ),
    ("The photograph appeared to be of her.", "photograph", False, True, False),
    # Who or what a person or thing seemed to be is in doubt, not what it did.
    (
        "A profile that appeared to belong to a girl of his age added T on a social media app.",
        "social media app",
        False,
        False,
        False,
    ),
    (
        "A man who seemed to be in his twenties sent her messages every night.",
        "sent her messages",
        False,
        False,
        False,
    ),
    (
        "There were messages that appeared to show he had shared the images.",
        "shared the images",
        False,
        True,
        False,
    ),
    # Briefing and press prose about children or offenders in general, without "should" or "can".
    (
        "Increasingly, children take sexual photographs of themselves and send them on.",
        "sexual photographs",
        False,
        False,
        True,
    ),
    (
        "In some cases, offenders pretend to be a teenager to win a child's trust.",
        "pretend to be a teenager",
        False,
        False,
        True,
    ),
    (
        "Groomers frequently move a conversation to a private messaging app.",
        "private messaging app",
        False,
        False,
        True,
    ),
    # Recommendations addressed to a profession or to platforms speak of children in general.
    (
        "Teachers should be helped to recognise extremist groups that recruit through games.",
        "extremist groups",
        False,
        False,
        True,
    ),
    (
        "Platforms must remove content that promotes suicide when it is reported.",
        "content that promotes suicide",
        False,
        False,
        True,
    ),
    (
        "7.2 Recommendation 2: CAMHS should include harmful online content in safety plans.",
        "harmful online content",
        False,
        False,
        True,
    ),
    # The same markers about this child, or without a general subject, stay specific.
    (
        "Increasingly, she spent her nights messaging the man on Snapchat.",
        "Snapchat",
        False,
        False,
        False,
    ),
    (
        "In some cases the police kept the seized phones for months.",
        "phones",
        False,
        False,
        False,
    ),
    # "without" that says how it was done, and "nobody would" that says what nobody did, assert.
    (
        "Questions sent without a name through an app called her names and told her to die.",
        "called her names",
        False,
        False,
        False,
    ),
    (
        "The pictures were passed on without consent and posted to a page about her school.",
        "posted",
        False,
        False,
        False,
    ),
    (
        "An account that nobody would own began posting pictures of her for others to mock.",
        "posting pictures",
        False,
        False,
        False,
    ),
    # A false identity ("not who he said he was") is told, not denied ...
    (
        "Her learning needs made it harder to see that the man was not who he said he was.",
        "who he said he was",
        False,
        False,
        False,
    ),
    (
        "It emerged that the boy she met in the game was not who he claimed to be.",
        "claimed to be",
        False,
        False,
        False,
    ),
    # A compulsion ("could not stop thinking about what he had seen") and a family's not knowing
    # ("no one at home knew what he had been watching") tell of what happened ...
    (
        "He kept going back because he could not stop thinking about the videos he had seen.",
        "videos he had seen",
        False,
        False,
        False,
    ),
    (
        "No one at home knew what videos he had been watching on the tablet at night.",
        "videos he had been watching",
        False,
        False,
        False,
    ),
    # ... while a stop that did not happen, and no one at home having shown him any, still deny.
    (
        "The school did not stop him watching videos of adults on the tablet.",
        "watching videos",
        True,
        False,
        False,
    ),
    (
        "No one at home had shown him videos of that kind on the tablet.",
        "videos of that kind",
        True,
        False,
        False,
    ),
    # ... while not knowing who a child talks to is still a negation.
    (
        "Her carers knew she was on her phone at night but not who she was talking to online.",
        "talking to online",
        True,
        False,
        False,
    ),
    # Viewers "none of whom she had met" are strangers, as someone "she had never met" is; "none
    # of whom had contacted her" still denies.
    (
        "Regular viewers, none of whom she had met online, sent her coins.",
        "met online",
        False,
        False,
        False,
    ),
    (
        "She had three followers, none of whom had groomed her online.",
        "groomed her online",
        True,
        False,
        False,
    ),
    # Players "none of them had met him" are strangers too; "none of them had messaged him"
    # still denies.
    (
        "None of them had met him, and they told him they were from his part of the city.",
        "met him",
        False,
        False,
        False,
    ),
    (
        "He played with older boys online, but none of them had messaged him privately.",
        "messaged him",
        True,
        False,
        False,
    ),
    # ... while "without any" still denies, and a reader's "one would" still doubts.
    (
        "She came home without any sign that she had been groomed online.",
        "groomed online",
        True,
        False,
        False,
    ),
    (
        "One would expect that she had been bullied online.",
        "bullied online",
        False,
        True,
        False,
    ),
    # What a group "needs" is learning for every child, as "should" is; "need" as a noun
    # ("a child in need", "additional needs") says nothing general.
    (
        "Staff need training on how children come across violent sexual material on phones.",
        "violent sexual material",
        False,
        False,
        True,
    ),
    (
        "Social workers need help to understand the apps children use.",
        "apps",
        False,
        False,
        True,
    ),
    (
        "Children's services held a child in need meeting after the pictures were shared online.",
        "pictures were shared online",
        False,
        False,
        False,
    ),
    (
        "Practitioners overlooked the additional needs of the girl who was groomed online.",
        "groomed online",
        False,
        False,
        False,
    ),
    # "May" the month is no doubt: a timeline's date, a day before it, "in May"
    (
        "May 2025 | Kai filmed her and sent the clip to older boys.",
        "sent the clip",
        False,
        False,
        False,
    ),
    ("On 3 May he sent her a nude image.", "nude image", False, False, False),
    ("In May he sent her a nude image.", "nude image", False, False, False),
    ("He may have sent her a nude image.", "nude image", False, True, False),
    ("Then in March this may have led to grooming online.", "grooming online", False, True, False),
    # A purpose the offender acted on ("so that her mother would not see") is no doubt about the
    # act; a modal that is not a purpose still doubts.
    (
        "He sent her a phone so that her mother would not see their messages.",
        "messages",
        False,
        False,
        False,
    ),
    (
        "He told her to turn the camera so he could see the rest of her room.",
        "camera",
        False,
        False,
        False,
    ),
    ("The images could have been shared with other men.", "images", False, True, False),
    # Something that turned up "appeared" as an event; "appeared to" and "appeared upset" doubt.
    (
        "After she closed her own, fake accounts appeared impersonating her.",
        "fake accounts",
        False,
        False,
        False,
    ),
    (
        "The school had it deleted, but a new group chat appeared the next day.",
        "group chat",
        False,
        False,
        False,
    ),
    (
        "Comments under her videos called her ugly, and more appeared each time she posted.",
        "posted",
        False,
        False,
        False,
    ),
    (
        "In October an account appeared that posted rumours about her in a group chat.",
        "group chat",
        False,
        False,
        False,
    ),
    (
        "It appeared that the pictures had been shared in a group chat.",
        "group chat",
        False,
        True,
        False,
    ),
    ("There appeared that week a group chat about her.", "group chat", False, True, False),
    ("The messages appeared to come from a boy at her school.", "messages", False, True, False),
    ("He sent the images and she appeared upset afterwards.", "images", False, True, False),
    # "Whether" after the span opens a question the span asked; before it, the span is in doubt.
    (
        "He sent Sam sexual videos and asked whether he had tried what they showed.",
        "sexual videos",
        False,
        False,
        False,
    ),
    ("Police asked whether he had sent her sexual videos.", "sexual videos", False, True, False),
    # After a verb of seeing or handling, ", not" names what was really happening; elsewhere a
    # contrast after a comma still denies.
    (
        "Practitioners saw a teenager earning money, not a child being paid for sexual pictures.",
        "paid for sexual pictures",
        False,
        False,
        False,
    ),
    (
        "The school handled it as a falling-out between friends, not as cyberbullying.",
        "cyberbullying",
        False,
        False,
        False,
    ),
    ("She said she had met him at a party, not online.", "online", True, False, False),
    # "No one asked", and so "no agency asked" and "no professionals explored": a practice gap.
    ("No agency asked him which apps he used or who he met on them.", "apps", False, False, False),
    (
        "No professionals explored the messages from the man she met online.",
        "messages",
        False,
        False,
        False,
    ),
    ("No agency held a record of the messages sent online.", "messages", True, False, False),
    # What someone was told they could do is the teller's words; "it could be" is still doubt.
    (
        "He told her she could be famous if she sent him sexual images.",
        "sexual images",
        False,
        False,
        False,
    ),
    ("The school said it could be cyberbullying.", "cyberbullying", False, True, False),
    ("She did not know the tablet could show pornography.", "pornography", False, True, False),
    ("Police said she could have been groomed online.", "groomed online", False, True, False),
    # "And" before an auxiliary or a new subject opens a predicate the negation does not reach;
    # a complement, or a denial of evidence, runs on past it.
    (
        "He did not go to school and was sending sexual images.",
        "sexual images",
        False,
        False,
        False,
    ),
    ("She had no phone of her own and was groomed online.", "groomed online", False, False, False),
    (
        "He hadn't been seen and he had been sending sexual images.",
        "sexual images",
        False,
        False,
        False,
    ),
    (
        "A man who was not a relative and had been sending sexual images moved in.",
        "sexual images",
        False,
        False,
        False,
    ),
    ("He had no phone and no access to sexual images.", "sexual images", True, False, False),
    ("She was not groomed and was not sent sexual images.", "sexual images", True, False, False),
    (
        "There was no evidence that he had met her and was sending sexual images.",
        "sexual images",
        True,
        False,
        False,
    ),
    (
        "Nothing to suggest he was in contact with her and was sending sexual images.",
        "sexual images",
        True,
        False,
        False,
    ),
    (
        "It was not clear that he had met her and was sending sexual images.",
        "sexual images",
        True,
        False,
        False,
    ),
    # A doubt about who someone was, told in the words after the span, is no doubt of the span;
    # the words after "appeared" count as far as the sentence goes.
    (
        "He arranged to meet boys who appeared to be under age, and sent them money.",
        "meet",
        False,
        False,
        False,
    ),
    ("He sent her pictures and it appeared to be deliberate.", "pictures", False, True, False),
    ("The messages came from a classmate, not a stranger online.", "stranger", True, False, False),
    (
        "Staff saw her at school, and police searched the phone; it held no indecent images.",
        "indecent images",
        True,
        False,
        False,
    ),
]


@pytest.mark.parametrize(("sentence", "span", "negated", "hedged", "generic"), CASES)
def test_scope_rules(sentence, span, negated, hedged, generic):
    start = sentence.index(span)
    flags = assess(sentence, start, start + len(span), ["Child R"])
    assert (flags.negated, flags.hedged, flags.generic) == (negated, hedged, generic), flags


def test_naming_the_child_makes_a_statement_specific():
    sentence = "Child R should have been asked about the apps she used."
    start = sentence.index("apps")
    assert not assess(sentence, start, start + 4, ["Child R"]).generic


@pytest.mark.parametrize(
    ("sentence", "denied"),
    [
        (
            "The bullying was face to face, and the review found no evidence it continued online.",
            True,
        ),
        ("Police found nothing suggesting that anyone online had harmed her.", True),
        ("Online grooming was considered and ruled out by the officer.", True),
        ("There was no indication that she had been bullied at school or online.", True),
        # A practice gap presupposes the harm; so does a denial of what someone did.
        ("Her safety plan did not address the harmful content she was viewing online.", False),
        ("The school said it could not deal with what happened on social media.", False),
        ("He sent her messages on the app, and she did not tell anyone.", False),
        ("He groomed her online; there was no evidence of online contact before May.", False),
        ("He told her that nobody loved her.", False),  # no online world to deny
        # A search that came back empty: the men met her in person (unseen set BK).
        (
            "Police examined R's phone and found no messages from the men, who always met her "
            "in person.",
            True,
        ),
        ("Her phone was examined and showed no contact with the men.", True),
        ("Police found no messages, but the app had been deleted from her phone.", False),
        ("He found no way to stop the messages.", False),
    ],
)
def test_a_harm_is_denied_where_the_online_world_is(sentence, denied):
    """The learned coder weighs a whole sentence, so its online harms are denied where the
    sentence denies the online world itself."""
    assert denies_online(sentence) is denied


def test_a_lesson_in_the_negative_is_still_about_children_in_general():
    """ "Schools cannot treat it as someone else's business" is a lesson, like "schools should"."""
    lesson = (
        "Bullying that happens through phones follows children into school, and schools cannot "
        "treat it as someone else's business."
    )
    assert is_generic(lesson, ["Child F"], "learning")
    assert not is_generic("Child F cannot remember the first message.", ["Child F"], "learning")


def test_a_sentence_that_names_the_child_by_a_bare_letter_is_about_the_child():
    """Reviews call "Child T" just "T" in the body: a finding that names T's case tells what
    happened to T, while a name inside another word ("Tuesday", "Samuel" for "Sam") is none."""
    finding = (
        "Blackmailers of boys work fast and should be expected to: in T's case an hour passed "
        "between the first message and the first threat."
    )
    assert name_forms(["Child T", "Child A"]) == ("Child T", "Child A", "T")
    assert not is_generic(finding, name_forms(["Child T"]), "analysis")
    assert is_generic(finding, ["Child T"], "analysis")
    assert is_generic("Children should be asked about Tuesday's chat.", ["T"], "analysis")
    assert is_generic("Samuel's school should teach children about nudes.", ["Sam"], "learning")
    # The coder reads the child's names that way itself, in both engines.
    book = load_codebook("online-harm")
    for compiled in (False, True):
        coder = Coder(book, compiled=compiled)
        found = coder.code_sentence(finding, "analysis", ["Child T"])
        assert found and not any(c.generic for c in found), compiled


@pytest.mark.parametrize(
    ("sentence", "generic"),
    [
        (
            "How do practitioners ask children about live streaming and the gifts viewers send?",
            True,
        ),
        ("Schools in the area will be offered training on self-harm communities online.", True),
        ("Was anyone asking what she saw online?", False),
        ("Child F will not talk about the messages.", False),
    ],
)
def test_questions_and_commitments_are_put_to_the_reader(sentence, generic):
    """Reviews end with "questions for the partnership" and what "will" change: they tell
    nothing that happened to the child, unless they name the child."""
    assert is_generic(sentence, ["Child F"], "recommendations") is generic


@pytest.mark.parametrize("section_kind", ["introduction", "practice_episodes", "findings", None])
def test_a_question_is_put_to_the_reader_wherever_it_stands(section_kind):
    """Reviews open with their key lines of enquiry, and a heading that leads into them may not
    be read as one: the questions tell nothing that happened, in any section."""
    question = "How did the school respond when the pictures were shared in the group chat?"
    assert is_generic(question, ["Child A"], section_kind)
    assert not is_generic("Did A tell anyone that the pictures were shared?", ["A"], section_kind)
    # A statement in the same section is not generic.
    statement = "The pictures were shared in the group chat within an hour."
    assert not is_generic(statement, ["Child A"], section_kind)


@pytest.mark.parametrize("section_kind", ["introduction", "practice_episodes", "findings", None])
def test_what_the_law_or_guidance_says_is_no_fact_of_the_case(section_kind):
    """A review states the law or national guidance to judge practice against it ("national
    guidance sets out how schools should respond to nudes"): the images it names were not shared
    in this case, in whatever section the statement stands. A school's own policy is left out,
    as what it covered is often the review's finding about this case."""
    for statement in [
        "National guidance sets out how schools should respond when nudes are shared.",
        "The law treats a made-up sexual image of a child like a photograph.",
        "Legislation requires platforms to remove indecent images of children.",
    ]:
        assert is_generic(statement, ["Child A"], section_kind), statement
    for fact in [
        "The guidance said nothing to A about the nudes she had been sent.",
        "The school's policy covers nudes shared between pupils but not blackmail.",
        "The lawyer says the images were shared in the group chat.",
    ]:
        assert not is_generic(fact, ["A"], section_kind), fact


@pytest.mark.parametrize("section_kind", ["introduction", "practice_episodes", "findings", None])
def test_what_can_happen_to_children_in_general_is_no_fact_of_the_case(section_kind):
    """A review explains what can happen ("Exposure to pornography at a young age can distort
    children's understanding of relationships") in any section, and says of no one in this case
    that it happened. A definite word, a name or a platform, a capital after the first word, or
    the child's pronoun may tie the possibility to this case, and keep it a fact."""
    for statement in [
        "Exploitation can begin with a friendly message from a stranger.",
        "Exposure to adult sexual material at a young age can harm children's development.",
        "Images shared between pupils cannot always be removed once sent.",
    ]:
        assert is_generic(statement, ["Child A"], section_kind), statement
    for fact in [
        "The man can be heard on the recording asking for nude images.",
        "At home L spends most evenings on a game in which players can talk to each other.",
        "Messages on Snapchat can be seen by anyone in a group chat.",
        "Kai can still be contacted by adults he met online.",
        "She says she cannot stop looking at the posts about self-harm.",
        "The boy was groomed online by a man who said he could help.",
    ]:
        assert not is_generic(fact, ["Kai"], section_kind), fact


@pytest.mark.parametrize(
    ("sentence", "generic"),
    [
        (
            "Information about a man convicted of image offences should reach children's social "
            "care whenever he joins a household with children.",
            True,
        ),
        ("Assessments of a young person with an eating disorder should ask what she sees.", True),
        # The child's own pronoun comes first: the sentence is about her.
        ("She told a man she met online that she is fifteen, and he should have stopped.", False),
        ("A man she met online is now in prison.", False),
        ("A man who told her that he loved her is now in prison.", False),
    ],
)
def test_a_pronoun_after_an_indefinite_person_is_that_persons(sentence, generic):
    """A recommendation about "a man" who "joins a household" is not about the child, though
    it says "he"; a pronoun before the indefinite person, one opening a clause on the person,
    and an object pronoun are still the child's. Both engines."""
    assert is_generic(sentence, [], "analysis") is generic
    book = load_codebook("online-harm")
    for compiled in (False, True):
        codings = Coder(book, compiled=compiled).code_sentence(sentence, "analysis", [])
        assert all(c.generic is generic for c in codings), compiled


@pytest.mark.parametrize(
    "sentence",
    [
        "Practitioners saw a teenager earning money, not a child being paid for sexual pictures.",
        "She was treated as a willing participant, not a girl groomed online by an older man.",
        "No agency asked whether she was paid for sexual pictures or groomed online.",
    ],
)
def test_a_missed_reading_after_a_verb_of_seeing_is_a_practice_gap(sentence):
    """The harm after ", not" is what the review says professionals failed to see, and what no
    agency asked about is what it missed: not denied, and flagged as practice so the sentence
    also counts as a practice issue."""
    span = "paid for sexual pictures" if "paid" in sentence else "groomed online"
    start = sentence.index(span)
    flags = assess(sentence, start, start + len(span), [])
    assert (flags.negated, flags.practice) == (False, True)
