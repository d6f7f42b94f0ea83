"""Online acts aimed at a parent, not the child: the rule that keeps a stepfather's posts about
the mother out of a boy's evidence of cyberbullying, and its refusals where the act may be the
child's."""

from __future__ import annotations

import pytest

from casebrief.metadata import name_patterns
from casebrief.text.targets import aimed_at_adult

JACOB = name_patterns(["Jacob"])
CHILD_T = name_patterns(["Child T"])

AIMED = [
    # (sentence, the sentences before it (nearest first), child's gender)
    (
        "He had uploaded pictures of her to his own page and invited people to laugh at them.",
        ["Her partner, the boy's stepfather, went through his mother's handbag and phone."],
        "male",
    ),
    (
        "The stepfather installed a tracking app on the mother's phone.",
        [],
        "male",
    ),
    (
        "3.2 Mr K logged into the mother's email account and changed its password.",
        [],
        None,
    ),
    (
        "Her former partner sent her abusive texts late at night.",
        ["The boy's mother had moved to a refuge in 2023."],
        "male",
    ),
    # A pronoun after a few words carries on a subject two sentences back.
    (
        "After a row he sent a clip of her in tears to his friends.",
        [
            "He watched her through a camera he had fixed above the cooker.",
            "Their father had been violent to their mother for years.",
        ],
        "male",
    ),
]

NOT_AIMED = [
    # The boy himself, by name or as "him".
    ("Jacob's stepfather read his messages and took his phone.", [], "male", JACOB),
    ("Mr K sent him pictures of the mother.", [], "male", ()),
    # A girl's review: "her" may be the child.
    ("The mother said a man had sent her pictures.", [], "female", ()),
    (
        "He had uploaded pictures of her to his own page.",
        ["Her stepfather read the mother's messages."],
        "female",
        (),
    ),
    # Nobody knows the child's gender.
    (
        "He had uploaded pictures of her to his own page.",
        ["The stepfather watched the mother."],
        None,
        (),
    ),
    # A child named or described.
    ("T's mother found that a man had been messaging T on the phone.", [], "female", CHILD_T),
    ("Mr K shared the recordings of the toddler in a closed group.", [], None, ()),
    ("The mother's partner streamed the boy's abuse from her phone.", [], "male", ()),
    # No woman in the family: nobody is the target.
    (
        "He had posted the photographs on his own account.",
        ["The police seized the laptop."],
        "male",
        (),
    ),
    # "He" after a few words carries on the boy, not an adult.
    (
        "After school he sent her a picture of his new bike.",
        ["He had few friends and spent his evenings online."],
        "male",
        (),
    ),
    # The mother as the actor, not the one acted on.
    (
        "She did not know that players could send each other gifts.",
        ["The mother had set the game's chat filter."],
        "male",
        (),
    ),
]


@pytest.mark.parametrize(("sentence", "previous", "gender"), AIMED)
def test_an_act_on_a_womans_phone_or_person_is_aimed_at_her(sentence, previous, gender):
    assert aimed_at_adult(sentence, previous, JACOB, gender)


@pytest.mark.parametrize(("sentence", "previous", "gender", "names"), NOT_AIMED)
def test_an_act_that_may_be_the_childs_is_left_alone(sentence, previous, gender, names):
    assert not aimed_at_adult(sentence, previous, names, gender)
