"""Actors typed in a query: codes stay codes, names resolve, unknown names are None."""

from geopol.actors.names import query_code


def test_codes_and_names() -> None:
    assert query_code("RUS") == "RUS" and query_code("rus") == "RUS" and query_code("RUSGOV") == "RUSGOV"
    assert query_code("Russia") == "RUS" and query_code("china") == "CHN"
    assert query_code("United Nations") == "IGOUNO"
    assert query_code("Narnia") is None and query_code("") is None
