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


def test_a_welcomed_decision_answers_its_maker():
    text = ("Ghana's government agreed on Wednesday to a truce with the striking farmers' union. "
            "The World Bank welcomed the decision.")
    found = _counted(text, "SUPPORT")
    assert any(target and target.startswith("GHA") for _, target in found)
    assert not any(target is None for _, target in found)


def test_a_condemned_move_answers_the_state_that_made_it():
    text = "Greece announced that it would close its border with Albania. Tirana condemned the move."
    assert any(source.startswith("ALB") and target and target.startswith("GRC")
               for source, target in _counted(text, "ACCUSE"))


def test_a_welcome_with_no_act_told_before_has_no_target():
    found = _counted("Opposition leaders in Lagos welcomed the decision on Thursday.", "SUPPORT")
    assert not any(target for _, target in found)


def test_a_welcome_of_ones_own_move_is_no_event():
    text = "Chile offered talks to Bolivia on the border. Chile's foreign minister welcomed the move."
    assert not any(source.startswith("CHL") and target and target.startswith("CHL")
                   for source, target in _counted(text, "SUPPORT"))


def test_a_welcome_after_a_change_of_topic_links_to_nothing():
    text = ("Norway agreed to send aid to Malawi. In other news, heavy snow closed roads across the north. "
            "The United Nations welcomed the decision.")
    assert not any(target and target.startswith("NOR") for _, target in _counted(text, "SUPPORT"))


def test_a_second_welcome_does_not_answer_the_first():
    text = ("Ghana's government agreed on Wednesday to a truce with the striking farmers' union. "
            "The United States welcomed the decision. Britain also welcomed the move.")
    assert not any(source == "GBR" and target == "USA" for source, target in _counted(text, "SUPPORT"))


def test_a_decision_names_no_charge():
    # "the move" is an act, not the accusation told before it.
    text = "Peru accused Ecuador of moving troops to the border. Colombia condemned the move."
    assert ("COL", "PER") not in _counted(text, "ACCUSE")


def test_a_welcomed_agreement_answers_one_of_its_signers():
    text = "Kenya signed a trade agreement with Uganda on Monday. Tanzania welcomed the agreement."
    found = _counted(text, "SUPPORT")
    assert any(source.startswith("TZA") and target and target[:3] in ("KEN", "UGA") for source, target in found)
