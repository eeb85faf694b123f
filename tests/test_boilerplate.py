from geopol.boilerplate import dateline_places, news_mask

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
