"""Replies aimed at another party's act named by a noun ("denied the claim", "rejected the offer",
"welcomed the decision"): the act's author, told before in the story, is whom the reply answers."""

from geopol import code_text

PUB = "2019-05-02"


def _counted(text: str, plover: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.code, e.target.code if e.target else None) for e in code_text(text, date=PUB)
            if e.source.code and e.modality == "asserted" and e.plover == plover}


def test_a_denied_claim_answers_the_accuser_told_before():
    text = ("Nepalese rebels accused the army of burning villages in the hills. "
            "A defence ministry spokesman denied the claim.")
    assert ("NPLGOV", "NPLREB") in _counted(text, "REJECT")
    assert ("NPLGOV", None) not in _counted(text, "REJECT")


def test_a_refused_offer_answers_the_offerer():
    text = ("Peru's president offered to resume negotiations with the striking miners' union. "
            "The union rejected the offer on Monday.")
    found = _counted(text, "REJECT")
    assert any(target == "PERGOV" for _, target in found)
    assert not any(target is None for _, target in found)


def test_a_reply_does_not_answer_its_own_side():
    # The only claim told before is the replier's own: no author to answer.
    text = "Iran accused Israel of spying on its nuclear sites. Tehran's envoy later repeated the claim."
    assert not any(source.startswith("IRN") and target and target.startswith("IRN")
                   for source, target in _counted(text, "REJECT") | _counted(text, "SUPPORT"))


def test_an_indefinite_noun_points_to_no_act_told_before():
    # "denied allegations that ..." may name claims the story never told: no author is guessed.
    text = ("Nepalese rebels accused the army of burning villages in the hills. "
            "The government denied allegations that it had bombed a school.")
    assert ("NPLGOV", "NPLREB") not in _counted(text, "REJECT")


def test_an_act_only_noun_looks_no_further_than_the_sentence_before():
    text = ("Chile agreed to extradite the former officer to Argentina. "
            "The officer's lawyers met the judge on Friday. Prosecutors spoke to reporters. "
            "Human rights groups welcomed the decision.")
    assert not any(target and target.startswith("CHL") for _, target in _counted(text, "SUPPORT"))


def test_disapproval_aimed_at_troops_or_police_is_aimed_at_them_not_their_means():
    assert ("NPLREB", "NPLMIL") in _counted("Nepalese rebels condemned the army for the raid.", "ACCUSE")
    assert ("NPLREB", "NPLCOP") in _counted("Nepalese rebels accused the police of torture.", "ACCUSE")
    # Force still takes troops as its means.
    assert not any(target and target.endswith("MIL") and target.startswith("IND")
                   for _, target in _counted("India deployed troops against Pakistan.", "MOBILIZE"))
