from geopol.boilerplate import dateline_places, news_mask, speaker_labels

ARTICLE = """Ankara Recalls Envoy From Vienna

Turkey recalled its ambassador to Austria on Friday after Vienna called for an end to accession talks.
The foreign ministry in Ankara said the remarks were unacceptable.

Jane Q. Writer

Jane Q. Writer is a senior fellow at an institute in Geneva. Her books include Borders and Bargains (2010).

Leave a Reply

Your email address will not be published. Required fields are marked *"""


def test_keeps_offsets_and_body() -> None:
    masked = news_mask(ARTICLE)
    assert len(masked) == len(ARTICLE)
    assert "Turkey recalled its ambassador" in masked
    assert masked.index("Turkey recalled") == ARTICLE.index("Turkey recalled")


def test_drops_headline_byline_bio_and_comment_form() -> None:
    masked = news_mask(ARTICLE)
    for gone in ("Ankara Recalls Envoy", "Jane Q. Writer", "Her books include", "Leave a Reply", "email address"):
        assert gone not in masked


def test_single_line_is_kept_even_without_full_stop() -> None:
    line = "Rebels shelled the airport in Aden"
    assert news_mask(line) == line


def test_datelines_and_agency_slugs_are_blanked_in_place() -> None:
    for text, first in [("KABUL, Afghanistan -- Taliban fighters attacked a police post.", "Taliban"),
                        ("NAIROBI (AP) -- Kenyan police arrested two men.", "Kenyan"),
                        ("AFP - BRUSSELS - The European Union fined the company.", "The")]:
        masked = news_mask(text)
        assert len(masked) == len(text)
        assert masked.lstrip().startswith(first) and masked.index(first) == text.index(first)
    assert news_mask("Russia and China - as partners - agreed.") == "Russia and China - as partners - agreed."


def test_dateline_places_name_where_the_story_is_filed() -> None:
    assert dateline_places("KANDAHAR, Afghanistan -- Taliban fighters attacked a police post.") == \
        ("Kandahar", "Afghanistan")
    assert dateline_places("LAGOS (Reuters) - Police fired tear gas.") == ("Lagos",)
    assert dateline_places("AFP - MANILA - Troops clashed with rebels.") == ("Manila",)
    assert dateline_places("AP - Troops clashed with rebels.") == ()
    assert dateline_places("Troops clashed with rebels in Mindanao.") == ()


def test_feed_line_break_backslashes_are_spaces() -> None:
    text = "The Dutch premier on Friday urged\\Turkish leaders to free\\jailed reporters."
    masked = news_mask(text)
    assert len(masked) == len(text) and "\\" not in masked and "urged Turkish" in masked
    assert news_mask(r"C:\ drive \ path") == r"C:\ drive \ path"  # a lone backslash is text


def test_references_that_lost_their_ampersand_are_read_as_characters() -> None:
    text = "Chile #39;s navy met Peru&#39;s envoy #151; briefly. It didn#39;t last, and Lima won #39;t wait."
    masked = news_mask(text)
    assert len(masked) == len(text)
    assert masked.split()[:5] == ["Chile's", "navy", "met", "Peru's", "envoy"] and "\u2014" in masked
    assert "didn't" in masked.split() and "won't" in masked.split()  # the contraction stays one word


def test_datelines_with_a_filing_date_or_credit_are_datelines() -> None:
    assert dateline_places("HANOI, Vietnam, Jan 14 -- Police detained two bloggers.") == ("Hanoi", "Vietnam")
    assert dateline_places("MANILA, Nov. 3 (AFP) -- Troops clashed with rebels.") == ("Manila",)
    assert dateline_places("TUNIS, MAR 8: The interior ministry said.") == ("Tunis",)
    assert dateline_places("LIMA, Peru Feb. 2, 2011 - Miners blocked a road.") == ("Lima", "Peru")
    # The place, a date and a credit in brackets, each its own slug: all blanked, the body kept.
    text = "QUITO, Ecuador : Jun 07 (Andes News) - President Rafael Correa met farmers."
    masked = news_mask(text)
    assert masked.lstrip().startswith("President") and masked.index("President") == text.index("President")


def test_a_dashless_dateline_needs_a_known_place() -> None:
    kinds = {"Tehran": "capital", "Iran": "country", "Kalat": None}.get
    text = "TEHRAN Iran said on Monday it would resume talks."
    assert news_mask(text, kinds).lstrip().startswith("Iran said")
    assert dateline_places(text, kinds) == ("Tehran",)
    assert dateline_places("KALAT, Iran Guards clashed with smugglers.", kinds) == ("Kalat", "Iran")
    # Without the gazetteer, and for capitals that are not places, nothing is blanked.
    assert news_mask(text) == text
    for body in ("NATO Secretary General Jens Stoltenberg met Iran's envoy.", "KEY talks between Iran and Iraq.",
                 "THE talks in Tehran ended.", "IRAN Foreign Minister Javad Zarif said."):
        assert news_mask(body, kinds) == body and dateline_places(body, kinds) == ()


def test_a_dashless_dateline_takes_the_region_the_gazetteer_knows() -> None:
    kinds = {"Kigali": None, "Rwanda": "country"}.get
    assert dateline_places("KIGALI, Rwanda The genocide trial resumed.", kinds) == ("Kigali", "Rwanda")
    assert dateline_places("MOSCOW. Oct 5 (Interfax) - Lawmakers voted.") == ("Moscow",)
    assert dateline_places("NEW DELHI, 7 September 2004 - Talks resumed.") == ("New Delhi",)


def test_a_title_case_dateline_with_its_dash_needs_a_known_place() -> None:
    kinds = {"Bamako": "capital", "Mali": "country", "Garcia": None, "Lopez": None}.get
    text = "Bamako, Mali - Police said they detained two suspects."
    assert dateline_places(text, kinds) == ("Bamako", "Mali")
    assert news_mask(text, kinds).lstrip().startswith("Police said")
    # Names that are no places stay text, and so does a title-case opening with no dash.
    for body in ("Garcia, Lopez - The court ruled on Monday.", "Bamako, Mali and Niger signed a pact."):
        assert news_mask(body, kinds) == body and dateline_places(body, kinds) == ()


def test_speaker_labels_open_a_transcripts_lines():
    text = "SEC. POWELL: We will go.\nQUESTION: Will you?\nThe minister said: we will."
    labels = speaker_labels(text)
    assert [label for _, _, label in labels] == ["SEC. POWELL", "QUESTION"]
    (start, end), (said_start, said_end), _ = labels[0]
    assert text[start:end] == "SEC. POWELL" and text[said_start:said_end] == "We will go."
