"""Further acts of a source the coder already codes: what a relative clause, a second verb or a
noun beside the verb's event tells, on sentences written for these tests."""

from helpers import code_every_reading as code_text

PUB = "2019-06-12"


def acts(text):
    return {(e.source.code and e.source.code[:3], e.target.code[:3] if e.target and e.target.code else None, e.plover)
            for e in code_text(text, date=PUB) if e.modality == "asserted"}


def test_what_an_attack_did_in_its_relative_clause_is_its_agents():
    # The offensive's agent is the subject of the verb whose entry names it.
    assert ("TUR", "SYR", "ASSAULT") in acts("Turkey said it was easing an offensive that has killed 50 Syrians.")
    assert ("ETH", "ERI", "ASSAULT") in acts("Ethiopia launched an offensive that killed 30 Eritrean soldiers.")
    assert ("ETH", "SOM", "ASSAULT") in acts("Kenya condemned an Ethiopian raid that killed 20 Somali civilians.")


def test_the_condemner_of_an_attack_did_not_carry_it_out():
    found = acts("Kenya condemned an attack that killed 20 Somali civilians.")
    assert not any(s == "KEN" and p == "ASSAULT" for s, _, p in found)
    found = acts("Uganda protested a bombing which wounded five Rwandan soldiers.")
    assert not any(s == "UGA" and p == "ASSAULT" for s, _, p in found)


def test_an_object_pronoun_of_a_second_verb_is_the_first_verbs_object():
    assert ("COL", "COL", "ACCUSE") in acts("The Colombian army arrested two rebels and charged them with murder.")
    assert ("PER", "CHL", "RETREAT") in acts(
        "Peruvian police detained three Chilean fishermen on Monday and released them a day later.")


def test_an_officials_resignation_counts_with_no_recipient():
    from geopol.pipeline import code_text as counted_text

    for text, country in [("Two Japanese ministers resigned on Monday.", "JPN"),
                          ("Peru's interior minister tendered his resignation after the riots.", "PER"),
                          ("The leader of Chile's main opposition party resigned.", "CHL")]:
        events = [e for e in counted_text(text) if e.source.code]
        assert [(e.source.country, e.plover, e.target) for e in events] == [(country, "CONCEDE", None)], text


def test_a_coachs_resignation_is_not_counted():
    from geopol.pipeline import code_text as counted_text

    assert not [e for e in counted_text("Ghana's coach resigned after the defeat.") if e.source.code]


def test_a_finite_verb_hung_on_an_infinitive_shares_the_main_subject():
    # The parser conjoins "threatened" with "return"; Peru, asked to act, threatened nothing.
    events = code_text("Chile asked Peru to return the fishermen and threatened to recall its ambassador.")
    threats = [e for e in events if e.plover == "THREATEN"]
    assert threats and all(e.source.code == "CHL" for e in threats)
    events = code_text("The EU urged Iran to suspend enrichment and criticised its nuclear tests.")
    assert not any(e.source.code and e.source.code.startswith("IRN") and e.plover == "ACCUSE" for e in events)
    assert any(e.source.code and e.source.code.startswith("IGOEU") and e.plover == "ACCUSE" for e in events)


def test_an_object_relative_clause_tells_its_subjects_act_on_the_noun():
    assert ("IGO", "BLR", "SANCTION") in {(s and s[:3], t, p) for s, t, p in acts(
        "Minsk protested the sanctions that the EU imposed on Belarus last month.")}
    found = acts("Chile criticised the deal that Peru signed with Bolivia.")
    assert ("PER", "BOL", "SUPPORT") in found and ("BOL", "PER", "SUPPORT") in found
    assert not any(s == "CHL" and p == "SUPPORT" for s, _, p in found)


def test_a_meeting_named_as_the_occasion_of_an_act_is_its_subjects():
    found = acts("Peru's president said after a meeting with Bolivian leaders that the border would open.")
    assert ("PER", "BOL", "CONSULT") in found and ("BOL", "PER", "CONSULT") in found
    found = acts("The Chilean foreign minister, speaking after talks with his Peruvian counterpart, "
                 "condemned the attack.")
    assert ("CHL", "PER", "CONSULT") in found
    assert ("PSE", "EGY", "CONSULT") in acts(
        "The Palestinian president, during a visit to Egypt, told reporters the offer was not enough.")


def test_attackers_did_not_take_part_in_the_talks_they_struck_during():
    found = acts("Gunmen attacked the hotel during talks with Kenyan officials.")
    assert not any(p == "CONSULT" for _, _, p in found)
    # In reported speech the phrase may be the speaker's: the rebels visited no one.
    found = acts("Israeli officials said rebels were gaining ground during a visit to Jordan.")
    assert not any(p == "CONSULT" for _, _, p in found)


def test_calling_a_partys_act_illegal_disapproves_of_them():
    assert ("GHA", "NGA", "ACCUSE") in acts(
        "Ghana's foreign minister said the Nigerian blockade of the border was illegal.")
    assert not any(p == "ACCUSE" for _, _, p in acts("Peru said the Chilean embargo was not illegal."))


def test_a_protest_noun_by_a_named_party_counts_with_no_target():
    from geopol.pipeline import code_text as counted_text

    found = [(e.source.code, e.plover, e.target) for e in counted_text(
        "Talks with the Sudanese government resumed after a two-day boycott by Darfur rebels.") if e.source.code]
    assert ("SDNREB", "PROTEST", None) in found


def test_the_party_a_protest_is_against_did_not_protest():
    for text in ("Police broke up an anti-government rally in Minsk.",
                 "Spain's prime minister denied his party instigated anti-government rallies.",
                 "Thousands joined anti-American rallies in Cairo on Friday."):
        assert not any(e.plover == "PROTEST" and e.source.code for e in code_text(text)), text
