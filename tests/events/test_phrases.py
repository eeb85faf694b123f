"""phrases.same_actor: one mention or one named actor twice, never two actors that share a code."""

from geopol.events.phrases import same_actor
from geopol.schema import Actor


def _actor(text, start, code, name=None):
    return Actor(text=text, span=(start, start + len(text)), code=code, country=code[:3], role=code[3:] or None,
                 name=name)


def test_one_mention_and_one_named_actor_are_the_same():
    putin = _actor("Putin", 0, "RUSGOV", "Vladimir Putin")
    assert same_actor(putin, putin)
    assert same_actor(putin, _actor("the Russian leader Putin", 40, "RUSGOV", "Vladimir Putin"))


def test_actors_that_only_share_a_code_are_two():
    army = _actor("the Iraqi army", 0, "IRQMIL")
    assert not same_actor(army, _actor("Peshmerga fighters", 30, "IRQMIL", "Peshmerga"))
    assert not same_actor(_actor("the court", 0, "PAKJUD"), _actor("a magistrate", 20, "PAKJUD"))
    assert not same_actor(_actor("Russia", 0, "RUS", "Russia"), _actor("Putin", 20, "RUSGOV", "Vladimir Putin"))
