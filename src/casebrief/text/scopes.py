"""Is a matched phrase asserted, denied, uncertain, or said of children in general?

Case reviews are full of sentences that name a harm without asserting it ("there was no
evidence of online contact", "he denied viewing indecent images"), and of sentences whose
negation is about professionals, not the harm ("professionals did not ask whether she was
talking to anyone online", which is evidence of a practice issue). The rules below are
NegEx-style cue-and-scope rules with a practice-verb exception; tests/test_scopes.py holds
the sentences they were designed on."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_FORWARD_NEGATION = re.compile(
    r"\b(?:no evidence|no indication|no suggestion|no sign|no concerns?|nothing to suggest|"
    r"no|not|never|nor|neither|none|nothing|without|denied|denies|deny|denying|"
    r"absence of|lack of evidence|ruled out|rule out|unfounded|\w+n't)\b",
    re.I,
)
# "without" that says how something was done, not that it was not: "questions sent without a
# name ... told her to kill herself", "shared without consent", "a picture without his top on";
# and "not who he said he was", which tells of a false identity.
_PSEUDO_NEGATION = re.compile(
    r"^(?:not only|not just|no doubt|nothing but|not least|no longer|not until|no one else|"
    r"without delay|never before|never met|without (?:him|her|them|me|you|us|his|their)|"
    r"without (?:a name|names|giving|consent|permission|warning|knowing|asking|being asked|"
    r"clothes)|"
    # "the man was not who he said he was": a false identity, not a denial
    r"not who (?:he|she|they) (?:said|says|say|claimed|claims|claim|pretended|pretends)|"
    # "he could not stop thinking about what he had seen": a compulsion, not a denial
    r"not stop (?:thinking|looking|watching|searching|going back)|"
    # "viewers, none of whom she had met, sent her coins": strangers, as "never met" tells
    r"none of whom (?:he|she|they) (?:had met|met|knew)|"
    # "None of them had met him, and they told him they were from his part of the city"
    r"none of them (?:had met|had ever met|met) (?:him|her|them)|"
    # "when she said she had no more money, the account posted the picture": the child's lack
    # of money, told before the threat was carried out, not a denial of it
    r"no more money|no money left|nothing left to (?:pay|give|send))\b",
    re.I,
)
_BACKWARD_NEGATION = re.compile(
    r"^\W*(?:\w+\W+){0,6}?(?:(?:was|were|is|are|has been|have been|had been)\s+"
    r"(?:not (?:found|identified|substantiated|present|evident|seen|confirmed|the case|a factor)|"
    r"ruled out|unfounded|denied|disproved))\b",
    re.I,
)
# "There was no evidence that she had been bullied, contacted by anyone unknown to her, or had
# looked at content about self-harm": a denial that runs over a list of what did not happen.
# Each item after a comma must go on with a verb ("contacted", "or had looked"), or, after "no
# evidence of", be a noun phrase with no verb of its own ("threats, demands for money, or
# sharing of nude images"); a new clause ("..., and the police found ...") or a "but" ends it.
_LIST_DENIAL_CUE = re.compile(
    r"\b(no evidence|no indication|no suggestion|nothing to suggest) (that|of)\b", re.I
)
_FINITE_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|did|does|do)\b", re.I)
_ANY_WORD = re.compile(r"\w")
_LIST_ITEM = re.compile(
    r"^\s*(?:(?:and|or|nor)\s+)?(?:had|has|have|was|were|been|being|is|are|did|any|anyone|"
    r"anything|seen|taken|given|shown|sent|made|told|found|\w+ed|\w+ing)\b",
    re.I,
)
_LIST_STOP = re.compile(r"[;:]|\b(?:but|however|although|though|whereas|yet|while)\b", re.I)
MAX_LIST_WORDS = 30
_LATER_DENIAL = re.compile(
    r"\b(?:ruled out|unfounded|disproved|not substantiated|unsubstantiated)\b", re.I
)
# Negated verbs of professional practice: the negation is about what professionals did,
# so the harm named after it is not denied ("did not ask whether she was groomed online").
# "No one at home knew what he had been watching" is a family's not knowing, and so presupposes it.
# A parent who "had never heard of this kind of blackmail" says nothing of the child's: the gold
# sets give such sentences the parent's awareness alone, and reading them as presupposing the harm
# quoted two parents' sentences wrongly in the unseen sets (measured, not kept).
_PRACTICE_SUBJECTS = r"(?:one|agency|professional|practitioner|worker)s?"
_PRACTICE_AFTER_CUE = re.compile(
    r"^\W*(?:" + _PRACTICE_SUBJECTS + r"\W+"
    r"(?:(?:at home|at school|in the family)\W+)?)?(?:\w+ly\W+)?"
    r"(?:be\W+|been\W+|being\W+|have\W+|had\W+)?"
    r"(?:ask|explor|consider|discuss|recogni[sz]|identif|assess|question|think|thought|understand|"
    r"know|knew|check|address|notic|record|mention|includ|cover|shar|pass|link|follow|explain|act|"
    r"respond|refer|escalat|put|see|saw|seen|tak|took|made|make|liste|spoke|speak|talk|"
    r"seek|sought|pick|connect|analys|consult|offer|aware|curious|examin|investigat|review)",
    re.I,
)
# "Practitioners saw a teenager earning money, not a child being paid for pictures": after a
# verb of seeing or handling, ", not" names what was really happening and was missed. The
# harm after it is asserted, and the professionals' reading of it is a practice gap.
_PERCEIVED_BEFORE_CONTRAST = re.compile(
    r"\b(?:saw|seen|viewed|treated|regarded|perceived|understood|considered|labelled|labeled|"
    r"described|framed|interpreted|recorded|handled|managed)\b[^,;:]*,[ \t\n\r\f\v]*$",
    re.I,
)
# "No one asked", "no agency asked", "no professionals explored": after a nominal cue, a
# professional subject makes the cue negate the verb that follows, a practice gap.
_PRACTICE_SUBJECT = re.compile(_PRACTICE_SUBJECTS + " ", re.I)
# Verbs of telling: "she didn't tell anyone that she had been sent images" denies the telling.
_REPORTING_AFTER_CUE = re.compile(
    r"^\W*(?:\w+ly\W+)?(?:tell|told|disclos|report|say|said|reveal|realis|realiz|want|believ|"
    r"admit|accept|agree|feel|felt|like)",
    re.I,
)
_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s*(?:but|and|although|though|however|whereas|yet|while|so)\b|\bbut\b|\bhowever\b|\balthough\b",
    re.I,
)
_HEDGE = re.compile(
    r"\b(?:may|might|could|possibly|possible|potential|potentially|perhaps|if|whether|suspected|"
    r"suspicion|alleged|allegations?|at risk of|risk of|risks of|unclear|not known|unknown whether|likely|unlikely|"
    r"appears?|appeared|seems?|seemed|would|can be|concerns? that|worried that|hypothetical|"
    r"speculative|speculation|suggestion that)\b",
    re.I,
)
# A threat or offer reported as said or written ("he told her he would post the videos unless
# she sent more", "threatened to share images of her if she stopped", "wrote in the chat that he
# would take a knife to school") is an event the review asserts: its
# "would" and "if" are the offender's words, not the reviewer's doubt. A counterfactual ("would
# have", "if she had been asked") stays a hedge.
_SAYING_BEFORE = re.compile(
    r"\b(?:told|tell|said|say|threat|warn|promis|offer|demand|insist|claim|wrot|writ|messag|texted)",
    re.I,
)
# "paid what he could from his savings", "sent as much as she could": what was in the child's
# power, a fact, when no verb follows; "what he could do with them" is still a possibility.
_ABILITY_BEFORE_COULD = re.compile(
    r"\b(?:what|all|everything|whatever|best|as)\s+(?:he|she|they|we|i|you)\s+$", re.I
)
_NO_VERB_AFTER_COULD = re.compile(
    r"^\s*(?:$|[^\w\s]|(?:from|to|for|and|but|or|with|in|on|at|into|before|after|until|then|so)\b)",
    re.I,
)
# A threat's terms told without a verb of saying: "the picture would go to everyone she followed
# unless she paid", "he would post the video unless she sent more". "It would be unusual unless
# ..." is still doubt: the verb after "would" must spread or show something.
_THREAT_AFTER_WOULD = re.compile(
    r"^\W*(?:go|send|post|share|show|leak|publish|put|appear|reach|spread|tell|"
    r"be\W+(?:sent|posted|shared|shown|leaked|published|put|spread|seen))\b.*?\bunless\b",
    re.I | re.S,
)
_COUNTERFACTUAL_AFTER = {
    "would": re.compile(r"^\W*(?:not\W+)?have\b", re.I),
    "if": re.compile(r"^\W*(?:\w+\W+){0,2}?had\b", re.I),
}
# ... and so is what someone was told they could do or have: "told her she could be famous if
# she did what he asked", "said he could get him signed". A person must be its subject: "said
# it could be bullying" and "did not know that the tablet could show adult content" still doubt.
_COUNTERFACTUAL_AFTER["could"] = _COUNTERFACTUAL_AFTER["would"]
_PERSON_BEFORE = re.compile(r"\b(?:he|she|they|we|i|you)\s+$", re.I)
# "could not pay" is inability, a fact; "could not be confirmed" is doubt.
_NOT_AFTER = re.compile(r"^\W*not\b", re.I)
_DOUBT_AFTER_COULD_NOT = re.compile(
    r"^\W*not\W+(?:be\W+)?(?:confirm|establish|determin|verif|rule|sure|certain|prov|"
    r"substantiat|exclud|known|know)",
    re.I,
)
_GENERIC_SUBJECT = re.compile(
    r"\b(?:children(?!'s)|young people|a child|any child|a young person|adolescents|teenagers|"
    r"teenage boys|teenage girls|boys|girls|parents and carers|parents|carers|practitioners|"
    r"professionals|agencies|schools|services|staff|everyone|people|offenders|perpetrators|"
    r"abusers|groomers|teachers|colleges|social workers|health visitors|nurses|clinicians|"
    r"police officers|platforms|companies|partnerships)\b",
    re.I,
)
_GENERIC_MARKER = re.compile(
    r"\b(?:should|must|need to|needs to|often|usually|typically|in general|can|cannot|may|tend to|"
    r"are|is|will|"
    r"increasingly|in (?:some|many|most) cases|sometimes|commonly|frequently|more and more)\b",
    re.I,
)
# "Staff need training on ...", "Parents need help to ...": what a group needs, as learning puts
# it. "Need" alone marks nothing: it is too often a noun ("a child in need", "additional needs").
_GROUP_NEEDS = re.compile(
    r"\b(?:staff|parents|carers|practitioners|professionals|schools|services|agencies|teachers|"
    r"workers|officers|nurses|clinicians|visitors|colleges|partnerships|platforms|companies)"
    r"\s+need\b",
    re.I,
)
# "7.2 Recommendation 2: CAMHS should ..." (spaces and digits as the compiled engine reads them)
_RECOMMENDATION_LABEL = re.compile(
    r"^[ \t]*(?:[0-9.]+[ \t]+)?recommendation[ \t]*[0-9]*[ \t]*:", re.I
)
# A statement of what the law or guidance says ("the law treats a made-up sexual image of a child
# as a photograph", "national guidance sets out how schools should respond") tells nothing that
# happened, wherever it stands. Local policies and procedures are left out: what a school's
# policy "covers" is often the review's finding about this case.
_RULE_STATEMENT = re.compile(
    r"\b(?:law|legislation|guidance|act)\s+(?:says?|states?|treats?|covers?|requires?|expects?|"
    r"defines?|sets?|describes?|appl(?:y|ies)|advises?|allows?|prohibits?|provides?|recognises?|"
    r"recognizes?)\b",
    re.I,
)
# "Exploitation can begin with a friendly message from a stranger": what can happen, said of
# nothing definite, is general wherever it stands. A definite word ("the", "this", "Mr") or a
# capital after the first word (a name, a platform) may point at this case and keeps it a fact
# ("At home L spends his evenings on a game in which players can talk to each other").
_POSSIBILITY = re.compile(r"\b(?:can|cannot)\b", re.I)
_DEFINITE = re.compile(r"\b(?:the|this|that|these|those|its|our|my|mr|mrs|ms|miss|dr)\b", re.I)
_CAPITAL_AFTER_FIRST_WORD = re.compile(r"\s[A-Z]")


def _general_possibility(sentence: str) -> bool:
    return (
        _POSSIBILITY.search(sentence) is not None
        and _DEFINITE.search(sentence) is None
        and _CAPITAL_AFTER_FIRST_WORD.search(sentence) is None
    )


_THIS_CHILD = re.compile(r"\b(?:she|he|her|him|his|hers|herself|himself)\b", re.I)
# "Information about a man convicted of image offences should reach ... whenever he joins a
# household": after an indefinite person, "he" or "she" is that person. Not where the pronoun
# opens a clause on the person ("a man she met online"), and an object ("a man who told her")
# is still the child.
_INDEFINITE_PERSON = re.compile(
    r"\b(?:a|an|any|every|each) (?:man|woman|person|adult|parent|carer|offender|perpetrator|"
    r"abuser|father|mother|stepfather|partner|professional|practitioner|child|young person|girl|"
    r"boy)\b(?! (?:she|he)\b)",
    re.I,
)
_CHILD_OBJECT = re.compile(r"\b(?:her|him|his|hers|herself|himself)\b", re.I)


def _names_the_child_by_pronoun(sentence: str) -> bool:
    if not _THIS_CHILD.search(sentence):
        return False
    person = _INDEFINITE_PERSON.search(sentence)
    if person is None:
        return True
    return bool(
        _THIS_CHILD.search(sentence, 0, person.start())
        or _CHILD_OBJECT.search(sentence, person.start())
    )


MAX_SCOPE_WORDS = 14
# "He did not go to school and was sending pictures to a man", "a man who was not known to the
# family and had been convicted of image offences": "and" before an auxiliary or a new subject
# opens a predicate of its own, which a verb's or a noun's negation does not reach. A complement
# ("no evidence that he had met her and was ...", "not known whether ...") runs on past it, and
# so do the denials of evidence, whose "that" may go unsaid ("nothing to suggest he was groomed
# and was sent ...").
_NEW_PREDICATE = re.compile(r"\band\s+(?:was|were|is|are|had|has|have|then|he|she|they|it)\b", re.I)
_COMPLEMENT = re.compile(r"\b(?:that|whether|if|what|how|who|which|when|where|why)\b", re.I)
_CUES_ENDING_AT_AND = {"no", "not", "never", "nor", "neither", "none", "nothing", "without"}
# Cues that negate a noun ("no record of"), so a following practice word is a noun, not a verb.
_NOMINAL_CUES = {
    "no",
    "no evidence",
    "no indication",
    "no suggestion",
    "no sign",
    "no concern",
    "no concerns",
    "nothing to suggest",
    "absence of",
    "lack of evidence",
    "without",
    "none",
}


_JUST_AFTER = re.compile(r"\s*(?:\S+\s+){2}\S+")  # the three words after a span


@dataclass(frozen=True)
class Flags:
    negated: bool = False
    hedged: bool = False
    generic: bool = False
    practice: bool = False  # a negated professional action governs the span: a practice gap
    cue: str | None = None


def assess(
    sentence: str,
    start: int,
    end: int,
    child_names: Sequence[str] = (),
    section_kind: str | None = None,
    generic: bool | None = None,
) -> Flags:
    """Flags for the span sentence[start:end]. `generic` is a property of the whole sentence:
    pass is_generic's answer when assessing several spans of one sentence."""
    before = sentence[:start]
    clause_start = _clause_start(before)
    negated, practice, cue = _negation(sentence, start, end, clause_start)
    # A hedge governs what follows it in its clause, or a span just before it ("..., possibly").
    # What comes after those three words still tells what the cue is: "boys who appeared | to be
    # under age" doubts who they were, not that the span happened.
    three = _JUST_AFTER.match(sentence, end)
    just_after = " ".join((three.group(0) if three else sentence[end:]).split())
    hedged = _hedged(
        sentence[clause_start:end], sentence[:clause_start], later=sentence[end:]
    ) or _hedged(
        just_after, sentence[:end], after_span=True, later=sentence[three.end() :] if three else ""
    )
    if generic is None:
        generic = is_generic(sentence, child_names, section_kind)
    return Flags(negated=negated, hedged=hedged, generic=generic, practice=practice, cue=cue)


_WORD_BEFORE = {
    word: re.compile(rf"\b{word}\s+$", re.I)
    for word in ("as", "what", "nobody", "no one", "it", "there", "this", "that", "which", "who")
}
# "A profile that appeared to belong to a girl added him", "a man who seemed to be in his
# twenties": the doubt is who or what the person or thing was, and what it did is told as fact.
_IDENTITY_AFTER = re.compile(r"^\s+to\s+(?:be|belong|come\s+from)\b", re.I)
# "He sent her a phone so that her mother would not see the messages", "turn the camera so he
# could see the room": a purpose the offender acted on, told with "would" or "could"; the act is
# not in doubt. At most four words stand between "so" and the modal.
_PURPOSE_BEFORE = re.compile(r"\bso\s+(?:\w+\s+){1,4}$", re.I)
# "Appear" of something turning up ("a new group appeared the next day", "fake accounts appeared
# impersonating her") is an event; "appeared to be", "appeared upset" are the reviewer's doubt.
# ... and so is a noun's "appeared" before a clause about it ("an account appeared that posted
# rumours about her"); "it appeared that he knew" is doubt.
_CLAUSE_AFTER_APPEARING = re.compile(r"^\s+(?:that|which|who)\b", re.I)
_WORD_ENDS_BEFORE = re.compile(r"\w\s+$")
_NOT_A_NOUN_BEFORE_APPEARING = ("it", "there", "this")
_APPEARING_AFTER = re.compile(
    r"^\s*(?:[^\w\s]|(?:on|in|at|online|under|within|after|before|again|overnight|from|"
    r"across|the|each|every|whenever|\w+ing)\b)",
    re.I,
)
_BE_AFTER = re.compile(r"^\s+be\b", re.I)
# After the span, "if" and "whether" open a question of their own ("asked whether he had tried
# it"): the span asked it, and is not in its doubt.
_QUESTION_CUES = ("if", "whether")


# "May" the month, not the modal: before a day or year ("May 2025 | Kai filmed ...", "May 12"),
# after a day ("3 May") or after a word that only a date follows ("in May", "by May").
_MONTH_AFTER = re.compile(r"^\s+[0-9]")
_MONTH_BEFORE = re.compile(
    r"\b(?:[0-9]{1,2}|in|of|since|by|until|till|during|from|early|late|mid|between|last|"
    r"before|after|throughout)\s+$",
    re.I,
)


def _hedged(text: str, earlier: str, after_span: bool = False, later: str = "") -> bool:
    """Does a hedge cue in `text` express doubt? `earlier` is what the sentence says before it,
    `later` what it says after it (where a threat's "unless" may stand); `after_span`: `text`
    follows the coded span."""
    for m in _HEDGE.finditer(text):
        cue, after = m.group(0).lower(), text[m.end() :]
        if after_span and cue in _QUESTION_CUES:
            continue
        if cue in ("would", "could") and _PURPOSE_BEFORE.search(text, 0, m.start()):
            continue  # a purpose acted on
        if cue.startswith("appear") and (
            _APPEARING_AFTER.match(after) or _noun_appearing(text, m.start(), after)
        ):
            continue  # something turned up
        if cue == "may" and (_MONTH_AFTER.match(after) or _MONTH_BEFORE.search(text, 0, m.start())):
            continue  # the month
        if (cue == "can be" or (cue == "could" and _BE_AFTER.match(after))) and (
            _WORD_BEFORE["that"].search(text, 0, m.start())
            or _WORD_BEFORE["which"].search(text, 0, m.start())
        ):
            # "tokens that can be turned into money", "gifts that could be exchanged for money":
            # what a thing is or was for, no doubt
            continue
        if cue == "if" and _WORD_BEFORE["as"].search(text, 0, m.start()):
            continue  # "handled as if it were playground behaviour": a likeness, not a doubt
        if cue.startswith(("appear", "seem")) and _WORD_BEFORE["what"].search(text, 0, m.start()):
            continue  # "she sent him what appeared to be a nude": the sending is not in doubt
        if (
            cue.startswith(("appear", "seem"))
            and _IDENTITY_AFTER.match(after + later if after_span else after)
            and any(_WORD_BEFORE[w].search(text, 0, m.start()) for w in ("that", "which", "who"))
        ):
            continue  # "a profile that appeared to belong to a girl added him"
        if cue == "would" and (
            _WORD_BEFORE["nobody"].search(text, 0, m.start())
            or _WORD_BEFORE["no one"].search(text, 0, m.start())
        ):
            continue  # "an account that nobody would own": a refusal that happened, not a doubt
        if cue == "would" and _THREAT_AFTER_WOULD.match(after + later):
            continue  # the terms of a threat
        if cue in ("would", "if") or (cue == "could" and _PERSON_BEFORE.search(text, 0, m.start())):
            said = _SAYING_BEFORE.search(earlier) or _SAYING_BEFORE.search(text, 0, m.start())
            if said and not _COUNTERFACTUAL_AFTER[cue].match(after):
                continue
        if cue == "could" and _could_states_a_fact(text, m.start(), after):
            continue
        return True
    return False


def _noun_appearing(text: str, start: int, after: str) -> bool:
    """ "An account appeared that posted rumours": "appeared" at text[start:], after a word other
    than "it", "there" or "this" and before "that", "which" or "who"."""
    return bool(
        _CLAUSE_AFTER_APPEARING.match(after)
        and _WORD_ENDS_BEFORE.search(text, 0, start)
        and not any(_WORD_BEFORE[w].search(text, 0, start) for w in _NOT_A_NOUN_BEFORE_APPEARING)
    )


def _could_states_a_fact(text: str, start: int, after: str) -> bool:
    """ "Could" at text[start:], followed by `after`, stating what was or was not in the child's
    power rather than a doubt: "she could not stop" (but "could not be confirmed" doubts), "paid
    what he could from his savings" (but "what he could do with the pictures" doubts)."""
    if _NOT_AFTER.match(after) and not _DOUBT_AFTER_COULD_NOT.match(after):
        return True
    return bool(_ABILITY_BEFORE_COULD.search(text, 0, start) and _NO_VERB_AFTER_COULD.match(after))


def _clause_start(before: str) -> int:
    last = 0
    for m in _CLAUSE_BREAK.finditer(before):
        last = m.end()
    return last


def _negation(
    sentence: str, start: int, end: int, clause_start: int
) -> tuple[bool, bool, str | None]:
    before = sentence[:start]
    practice = False
    cue_found: str | None = None
    for m in _FORWARD_NEGATION.finditer(before, clause_start):
        between = before[m.end() :]
        if len(between.split()) > MAX_SCOPE_WORDS:
            continue
        if _PSEUDO_NEGATION.match(before[m.start() :] + sentence[start:]):
            continue
        if "," in between:  # "Without her mother's knowledge, she met him online."
            continue
        if _ends_at_and(m.group(0), between):
            continue
        if m.group(0).lower() == "not" and _PERCEIVED_BEFORE_CONTRAST.search(
            before, clause_start, m.start()
        ):
            practice = True
            continue
        verbal = m.group(0).lower() not in _NOMINAL_CUES or bool(
            _PRACTICE_SUBJECT.match(between.lstrip())
        )
        if verbal and _PRACTICE_AFTER_CUE.match(between + sentence[start:]):
            practice = True
            continue
        if _REPORTING_AFTER_CUE.match(between + sentence[start:]):
            continue
        cue_found = m.group(0)
    if cue_found and not practice:
        return True, False, cue_found
    if not practice and (listed := _denied_list(before, sentence[start:end])):
        return True, False, listed
    after = sentence[end:]
    boundary = _CLAUSE_BREAK.search(after)
    clause_after = after[: boundary.start()] if boundary else after
    if m := _BACKWARD_NEGATION.match(clause_after):
        return True, practice, m.group(0).strip()
    if m := _LATER_DENIAL.search(" ".join(clause_after.split()[:8])):
        return True, practice, m.group(0)
    return False, practice, None


def _ends_at_and(cue: str, between: str) -> bool:
    """Does the negation `cue` stop at an "and" in `between` (what stands from it to the span)
    that opens a predicate of its own?"""
    cue = cue.lower()
    if cue not in _CUES_ENDING_AT_AND and not cue.endswith("n't"):
        return False
    joined = _NEW_PREDICATE.search(between)
    return joined is not None and not _COMPLEMENT.search(between, 0, joined.start())


def _denied_list(before: str, span: str) -> str | None:
    """The cue of a denial whose list of what did not happen runs on to the span, or None. The
    span may be the list's last item ("no indication that D was exploited, groomed or harmed
    online")."""
    for m in _LIST_DENIAL_CUE.finditer(before):
        between = before[m.end() :] + span
        if _LIST_STOP.search(between) or len(between.split()) > MAX_LIST_WORDS:
            continue
        nouns = m.group(2).lower() == "of"
        items = between.split(",")[1:]
        if items and all(
            _LIST_ITEM.match(item)
            or (nouns and _ANY_WORD.search(item) and not _FINITE_VERB.search(item))
            for item in items
        ):
            return m.group(1)
    return None


def _names(name: str, sentence: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", sentence) is not None


def is_generic(sentence: str, child_names: Sequence[str], section_kind: str | None) -> bool:
    """Said of children in general rather than of this child. A name counts as a whole word
    ("T's case", not "Tuesday"); callers pass metadata.name_forms for a coded name's letter."""
    if any(name and _names(name, sentence) for name in child_names):
        return False
    if _names_the_child_by_pronoun(sentence):
        return False
    # A question ("How do practitioners ask children about live streaming?") is put to the reader,
    # as reviews' "questions for the partnership" are, and so is a key line of enquiry in a
    # review's opening ("How did the school respond when the pictures were reported?"): wherever
    # it stands, it tells nothing that happened.
    question = sentence.rstrip(" \t\n\r\f\v").endswith("?")
    rule = bool(_RULE_STATEMENT.search(sentence))
    if not (question or rule or _GENERIC_MARKER.search(sentence) or _GROUP_NEEDS.search(sentence)):
        return False
    # Analysis, learning points and recommendations speak in general unless they name the child;
    # so does a sentence that labels itself a recommendation, wherever it stands. "Will" is the
    # partnership's commitment ("Schools will be offered training on self-harm communities").
    return (
        question
        or rule
        or _general_possibility(sentence)  # "can" is a generic marker too
        or section_kind in {"learning", "recommendations", "analysis"}
        or bool(_RECOMMENDATION_LABEL.match(sentence))
        or bool(_GENERIC_SUBJECT.search(sentence))
    )


# Where a sentence speaks of the online world ("the review found no evidence that it continued
# online"), a harm the learned coder reads in it is an online harm only if that world is asserted.
_ONLINE_WORLD = re.compile(
    r"\b(?:online|on-line|internet|social media|websites?|apps?|chat rooms?)\b", re.I
)


# Denials of what happened, not of what someone did: "the plan did not address the content she
# viewed online" presupposes the harm (a practice gap), "no evidence that ... online" does not.
_EVIDENTIAL_DENIAL = re.compile(
    r"^(?:no (?:evidence|indication|suggestion|sign|concerns?)|nothing(?: to suggest)?|never|"
    r"denie[sd]|deny(?:ing)?|absence of|lack of evidence|ruled out|rule out|unfounded|"
    r"disproved|(?:not )?(?:un)?substantiated|(?:was|were|is|are|has been|have been|had been)\s.*)$",
    re.I,
)


# A search of a phone or an account that came back empty: "police examined her phone and found
# no messages from the men", "showed no contact with them".
_FOUND_NOTHING = re.compile(
    r"\b(?:found|showed|revealed|recovered|identified)\s+no\s+(?:[\w-]+\s+){0,3}?"
    r"(?:messages?|contact|images?|pictures?|photos?|videos?|texts|searches|chats?|calls)\b",
    re.I,
)


def denies_online(sentence: str) -> bool:
    """Every mention of the online world in the sentence is denied as a matter of fact: "found
    no evidence that the bullying continued online", "nothing suggesting that anyone online had
    harmed her"; or the sentence tells of a search that found no messages, contact or images,
    and names no online world it does not deny."""
    mentions = list(_ONLINE_WORLD.finditer(sentence))
    if not mentions and not _FOUND_NOTHING.search(sentence):
        return False
    for m in mentions:
        before = sentence[: m.start()]
        negated, practice, cue = _negation(sentence, m.start(), m.end(), _clause_start(before))
        if not negated or practice or not _EVIDENTIAL_DENIAL.match(cue or ""):
            return False
    return True
