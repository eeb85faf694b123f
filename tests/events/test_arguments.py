"""Arguments read off parses the small model really gives, built by hand so the test does not
depend on the model's mood."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from geopol.events.arguments import _object_of_clause


def test_a_verbless_relative_clause_before_a_second_subject_is_no_clause_wanting_an_object():
    # "Novak, who is on the bench in lieu of Dvorak says ...": the parser gave
    # "says" two subjects and tagged the copula AUX, so the clause has no VERB; reading it once
    # raised on the empty clause and lost the whole document's events.
    words = ["Novak", ",", "who", "is", "on", "the", "bench", "in", "lieu", "of", "Dvorak", "says", "so"]
    heads = [11, 0, 3, 0, 3, 6, 4, 3, 7, 8, 11, 11, 11]
    deps = ["nsubj", "punct", "nsubj", "relcl", "prep", "det", "pobj", "prep", "pobj", "prep", "nsubj", "ROOT",
            "advmod"]
    pos = ["PROPN", "PUNCT", "PRON", "AUX", "ADP", "DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "VERB", "ADV"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert _object_of_clause(doc[0], doc[10]) is False
