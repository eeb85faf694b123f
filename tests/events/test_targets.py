"""The target when the object is a thing (EVENTS.md rule 5): the actor behind or acted upon
through it, never the thing, its topic or a quantity word; a thing with no actor behind it stays
no coded target."""

from helpers import asserted_triples, code_every_reading

PUB = "2019-06-12"


def targets(text: str, plover: str) -> list[tuple[str | None, str | None]]:
    """(source code, target code) of the events of one PLOVER type."""
    return [(e.source.code, e.target.code if e.target else None)
            for e in code_every_reading(text, date=PUB) if e.plover == plover]


def test_a_sponsored_thing_stands_for_its_sponsor_not_its_topic():
    assert targets("Moscow vetoed a Canadian-drafted resolution on Yemen.", "REJECT") == [("RUS", "CAN")]
    assert targets("Manila rejected a peace plan proposed by Jakarta.", "REJECT") == [("PHL", "IDN")]
    assert targets("Ottawa criticised a bill backed by Washington and Mexico City.", "ACCUSE") == [
        ("CAN", "USA"), ("CAN", "MEX")]


def test_the_body_a_sponsored_draft_is_put_to_is_a_party_as_well():
    found = targets("Caracas rejected a Brazilian-sponsored OAS resolution.", "REJECT")
    assert sorted(found) == [("VEN", "BRA"), ("VEN", "IGOOAS")]


def test_backed_people_are_not_their_backer():
    # "Turkish-backed militias" are the militias, not Turkey.
    found = targets("Kurdish fighters ambushed Turkish-backed militias near the border.", "ASSAULT")
    assert found and all(t is None or not t.startswith("TUR") for _, t in found)


def test_only_a_proposal_stands_for_its_sponsor():
    # a channel, a school or a militia someone backs is itself acted on, not its backer
    found = targets("Ankara banned a television channel backed by Baku.", "COERCE")
    assert found and all(t is None or not t.startswith("AZE") for _, t in found)


def test_a_thing_with_no_one_behind_it_stays_uncoded():
    assert targets("Chile rejected the draft on Tuesday.", "REJECT") == [("CHL", None)]


def test_a_quantity_word_is_not_the_target():
    events = [e for e in code_every_reading("Police in Lima seized a total of 40 rifles.", date=PUB)
              if e.target is not None]
    assert events and all(e.target.text != "total" for e in events)


def test_a_collective_word_for_many_acts_is_read_through_to_them():
    # "a flurry of deals with X", "a raft of accords": the deals' party is the target, as with
    # "a series of deals"; without it the count word hides the party and the act is lost.
    assert targets("Portugal signed a flurry of energy deals with Angola.", "SUPPORT") == [
        ("PRT", "AGO"), ("AGO", "PRT")]
    assert targets("Portugal signed a raft of fishing accords with Morocco.", "SUPPORT") == [
        ("PRT", "MAR"), ("MAR", "PRT")]


def test_prisoners_a_state_frees_or_hunts_are_held_at_home():
    # The sentence names other countries, so no single country places them; the state holding
    # or hunting them does.
    assert targets("Jordan vowed to hunt down an escaped inmate who had fled with two Iraqi accomplices.",
                   "THREATEN") == [("JOR", "JORCVL")]
    assert targets("Kenya promised on Monday to release the detainees, a minister told Somali reporters.",
                   "AGREE") == [("KEN", "KENCVL")]


def test_prisoners_of_a_named_country_stay_theirs_and_other_people_stay_unplaced():
    assert targets("Morocco agreed to free two Spanish prisoners after talks with Algerian envoys.",
                   "AGREE") == [("MAR", "ESP")]
    assert targets("Morocco promised to free two prisoners from Mauritania after talks with Algerian envoys.",
                   "AGREE") == [("MAR", "MRT")]
    # journalists are not held people: the state's release of them names no country for them
    found = targets("Egypt promised to release two journalists after talks with Sudanese envoys.", "AGREE")
    assert found and all(t is None or not t.startswith("EGY") for _, t in found)


def test_easing_an_attack_yields_to_whom_it_was_done_to():
    assert targets("Russia scaled back an offensive that has killed dozens of Ukrainian soldiers.",
                   "RETREAT") == [("RUS", "UKRMIL")]
    # an attack that names no one it was done to leaves the retreat with no target
    assert targets("Chad eased a military campaign that had lasted three months.", "RETREAT") == [("TCD", None)]


def test_an_oppositions_threat_with_no_one_named_is_aimed_at_its_state():
    assert targets("Corsican separatists threatened to plant more bombs.", "THREATEN") == [("FRASEP", "FRA")]
    assert targets("Maoist rebels in Nepal threatened to cut off the capital's roads.", "THREATEN") == [
        ("NPLREB", "NPL")]
    # a state's threat is not aimed at itself
    found = targets("Colombia threatened to seize more land.", "THREATEN")
    assert found and all(t is None or not t.startswith("COL") for _, t in found)


def test_force_at_home_in_a_story_filed_from_the_forces_own_country():
    # Another country is named (a port), so the sentence alone places no one; the dateline does.
    assert targets("MANILA (Reuters) - Philippine troops killed six gunmen who had sailed from a Malaysian port "
                   "on Sunday, the army said.", "ASSAULT") == [("PHLMIL", "PHLREB")]
    # forces of another country than the dateline's, or no dateline: the gunmen stay unplaced
    assert targets("MANILA (Reuters) - Indonesian troops killed six gunmen near the Malaysian border on Sunday, "
                   "the army said.", "ASSAULT") == [("IDNMIL", None)]
    assert targets("Philippine troops killed six gunmen who had sailed from a Malaysian port on Sunday, the army "
                   "said.", "ASSAULT") == [("PHLMIL", None)]
    # a border's neighbour is a landmark, not a country the sentence is about (tree.border_landmark)
    assert targets("Philippine troops killed six gunmen near the Malaysian border on Sunday, the army said.",
                   "ASSAULT") == [("PHLMIL", "PHLREB")]


def test_a_states_own_weapons_are_the_means_of_its_threat_not_its_target():
    assert targets("Pyongyang threatened to launch more missiles.", "THREATEN") == [("PRK", None)]
    # its own people it threatens to punish are whom it threatens
    assert targets("The Thai government threatened to punish soldiers who fled.", "THREATEN") == [
        ("THAGOV", "THAMIL")]


def test_a_weapon_fired_at_someone_is_the_means_not_the_target():
    # The entry takes its target from "at": the missile is what is fired, the convoy whom at.
    found = targets("Ruritanian gunboats fired a torpedo at a Chilean tanker.", "ASSAULT")
    assert found and all(t is None or not t.endswith("MIL") for _, t in found)
    events = [e for e in code_every_reading("Ruritanian gunboats fired a torpedo at a Chilean tanker.", date=PUB)
              if e.plover == "ASSAULT"]
    assert all(e.target is None or e.target.text != "torpedo" for e in events)


def test_a_share_of_the_subjects_own_forces_is_its_own_not_a_target():
    found = targets("The Peruvian army withdrew most of its soldiers from the valley on Monday.", "RETREAT")
    assert found and all(t is None or not t.startswith("PER") for _, t in found)


def test_a_condemned_attacks_victims_are_not_the_target():
    found = targets("The Kenyan president condemned the murder of two Kenyan teachers.", "ACCUSE")
    assert found and all(t is None for _, t in found)
    found = targets("Norway condemned the bombing of a Danish school.", "ACCUSE")
    assert found and all(t is None or not t.startswith("DNK") for _, t in found)


def test_a_condemned_attacks_named_doer_is_the_target():
    found = targets("Norway condemned the Syrian attack on a Danish school.", "ACCUSE")
    assert ("NOR", "SYR") in found and all(t is None or not t.startswith("DNK") for _, t in found)


def test_the_subjects_own_stance_is_no_addressee_of_its_pledge():
    found = targets("The Basque separatists dropped their long opposition to talks, pledging to lay down arms.",
                    "AGREE")
    assert all(t is None for _, t in found)


# -- the patient of a requested act, the victims of an investigated one ----------------------------------

def test_whom_a_requested_release_frees_is_not_whom_the_request_is_made_of():
    found = asserted_triples("Thousands of Spaniards marched through Madrid to demand the release of three "
                             "Spanish nurses held in Yemen.")
    assert ("ESP", None, "PROTEST") in found and ("ESP", "ESP", "PROTEST") not in found
    found = asserted_triples("The Dutch foreign minister demanded the release of two Belgian engineers seized in Chad.")
    assert not [t for t in found if t[1] == "BEL"]


def test_the_agent_of_a_requested_withdrawal_is_still_the_addressee():
    assert ("KOR", "JPNMIL") in targets("Seoul demanded the withdrawal of Japanese troops from the islands.",
                                        "REQUEST")


def test_the_victims_of_an_investigated_killing_are_not_investigated():
    found = targets("Ghana will investigate the murder of a Nigerian businessman.", "ACCUSE")
    assert found and all(t is None or not t.startswith("NGA") for _, t in found)
    assert ("EGY", "LBY") in targets("Egypt will investigate the killing of three Sudanese migrants by Libyan guards.",
                                     "ACCUSE")


def test_whom_an_investigated_harm_befell_is_no_party_of_a_promise_or_an_inquiry():
    found = asserted_triples("The Peruvian president pledged to set up a judges' inquiry into the deaths of "
                             "30 Bolivian miners.")
    assert ("PER", None, "AGREE") in found and not [t for t in found if t[1] == "BOL"]
    found = asserted_triples("Kenya opened an investigation into the killing of two Somali traders.")
    assert ("KEN", None, "ACCUSE") in found and ("KEN", "SOM", "ACCUSE") not in found


def test_a_promised_release_is_still_promised_to_those_it_frees():
    found = asserted_triples("Jordan promised to secure the release of three Ghanaian sailors.")
    assert ("JOR", "GHA", "AGREE") in found
