"""Acts told inside other constructions (EVENTS.md rule 4): what a charge or an accusation names,
what a relative clause or a participle tells of the noun it modifies, an attack noun's own agent.
The act is the accused's (or the agent's) as reported, one event per act; a charge that names no
act of a PLOVER type, a plotted act and an act named only as a topic give none."""

from helpers import code_every_reading as code_text

PUB = "2019-06-12"


def triples(text):
    return [(e.source.country, e.target.country if e.target else None, e.plover, e.modality)
            for e in code_text(text, date=PUB) if e.source.code]


def assaults(text):
    return [t[:2] for t in triples(text) if t[2] == "ASSAULT"]


def test_a_charge_with_an_act_noun_is_the_accused_act_towards_its_of_object():
    text = "Bolivian prosecutors charged two Peruvian officers with the murder of a Bolivian activist."
    got = triples(text)
    assert ("PER", "BOL", "ASSAULT", "asserted") in got
    assert ("BOL", "PER", "ACCUSE", "asserted") in got
    assert assaults(text) == [("PER", "BOL")]  # one act, one event; the prosecutors killed no one


def test_a_passive_charge_by_an_unnamed_state_makes_the_accused_its_own():
    got = assaults("Three officers were charged with the killing of a Bolivian farmer, Chilean prosecutors said.")
    assert got == [("CHL", "BOL")]


def test_the_act_of_one_accused_in_a_reduced_relative_is_theirs():
    text = "Ugandan police arrested two Sudanese rebels accused of killing a Ugandan soldier."
    assert assaults(text) == [("SDN", "UGA")]
    assert ("UGA", "SDN", "COERCE", "asserted") in triples(text)


def test_an_act_named_on_suspicion_or_facing_trial_is_the_suspect_act():
    assert assaults("Nigerian police arrested two soldiers on suspicion of killing a Ghanaian trader.") == [
        ("NGA", "GHA")]
    assert assaults("A Burmese officer faces trial for torturing Thai fishermen.") == [("MMR", "THA")]


def test_a_clause_telling_the_charged_act_has_the_accused_as_its_subject():
    text = "A Turkish court charged a police officer with abusing his powers when he shot an Iranian student."
    assert assaults(text) == [("TUR", "IRN")]


def test_a_passive_participle_with_its_agent_is_the_agent_act_on_the_noun():
    text = "Kenyan troops freed two Ethiopian engineers abducted by Somali gunmen."
    assert ("SOM", "ETH", "ASSAULT", "asserted") in triples(text)
    assert ("KEN", "ETH", "RETREAT", "asserted") in triples(text)


def test_an_attack_noun_takes_its_agent_from_a_participle_of_doing_or_blame():
    assert assaults("The bombings carried out by Basque separatists killed two Spanish policemen.") == [
        ("ESP", "ESP")]
    assert assaults("Two Nepalese soldiers were killed in an ambush blamed on Maoist rebels.") == [("NPL", "NPL")]


def test_a_claim_to_have_done_an_act_reports_the_act():
    assert ("SOM", "KEN", "ASSAULT", "asserted") in triples(
        "A Somali militia claimed to have kidnapped two Kenyan aid workers.")
    # an intent is not a claim: the complement of "agreed to" is no act of its own
    assert assaults("A Somali militia agreed to free two Kenyan aid workers.") == []


def test_no_act_of_violence_where_the_charge_names_none():
    for text in ("A Kenyan court charged the former minister with corruption.",
                 "The Zambian opposition accused the president of corruption.",
                 "Egyptian police accused two Libyan men of plotting attacks on tourists."):
        assert assaults(text) == [], text


def test_an_act_named_as_a_topic_or_a_misparsed_support_verb_gives_no_event():
    # the tariffs are what the complaint is about; "imposed by" tells no act of its own here
    assert [t for t in triples("Chilean officials complained about the new tariffs imposed by Washington on copper.")
            if t[0] == "USA"] == []
    # "committed" is the massacres' support verb, never a commitment (AGREE) by the army
    got = triples("Sudan denied the massacres of villagers committed by its army in Darfur.")
    assert not [t for t in got if t[2] == "AGREE"]


def _parsed(words, heads, deps, tags):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags)


def test_a_participle_with_an_object_is_no_reduced_passive():
    from geopol.events.tree import reduced_passive

    # "engineers abducted by gunmen": the participle's patient is the noun it modifies
    doc = _parsed(["engineers", "abducted", "by", "gunmen"], [0, 0, 1, 2], ["ROOT", "acl", "agent", "pobj"],
                  ["NNS", "VBN", "IN", "NNS"])
    assert reduced_passive(doc[1])
    # "jets pounded by rockets a market": a main verb the parser hung on its subject
    doc = _parsed(["jets", "pounded", "by", "rockets", "a", "market"], [0, 0, 1, 2, 5, 3],
                  ["ROOT", "acl", "agent", "pobj", "det", "dobj"], ["NNS", "VBN", "IN", "NNS", "DT", "NN"])
    assert not reduced_passive(doc[1])
    # without an agent the participle may only describe the noun ("the detained reporters")
    doc = _parsed(["reporters", "detained", "there"], [0, 0, 1], ["ROOT", "acl", "advmod"], ["NNS", "VBN", "RB"])
    assert not reduced_passive(doc[1])


def test_a_charge_in_a_named_court_is_that_court_act():
    got = triples("Two Somali pirates were charged in a Kenyan court on Monday.")
    assert ("KEN", "SOM", "ACCUSE", "asserted") in got
    # a court named as a place of no country says nothing of who charged
    assert not [t for t in triples("Two Somali pirates were charged in court on Monday.") if t[2] == "ACCUSE"
                and t[0] == "KEN"]


def test_a_participle_on_a_thing_names_no_one_acted_on():
    # proposing a budget is no act towards anyone known
    got = triples("Peruvian lawmakers refused to approve a budget proposed by the prime minister.")
    assert not [t for t in got if t[2] == "REQUEST"]


def test_a_relative_clause_and_its_conjunct_are_acts_of_the_antecedent():
    got = triples("Chadian troops hunted the Sudanese rebels who killed two Chadian soldiers and now threaten "
                  "to shoot a Chadian officer.")
    assert ("SDN", "TCD", "ASSAULT", "asserted") in got
    assert ("SDN", "TCD", "THREATEN", "asserted") in got
    # the hunters killed no one
    assert not [t for t in got if t[0] == "TCD" and t[2] == "ASSAULT"]


def test_an_act_noun_takes_its_agent_from_by_and_its_target_from_of():
    assert assaults("The killing of a Pakistani reporter by Taliban fighters drew wide condemnation.") == [
        ("AFG", "PAK")]


def test_a_charge_for_an_act_of_another_year_names_it_as_past():
    assert assaults("A Kenyan court convicted two Tanzanian men of the bombing of the US embassy in Nairobi.") == [
        ("TZA", "USA")]
    # a dated act is history, not news of the day (it would be counted on the publication date)
    assert assaults("A Kenyan court convicted two Tanzanian men of the 1998 bombing of the US embassy.") == []
    assert assaults("A Kenyan court jailed two Tanzanian men for last year's bombing of the US embassy.") == []
