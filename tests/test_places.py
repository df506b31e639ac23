"""Places stage: gazetteer lookups and disambiguation on sentences written for these tests."""
import pytest

from newsgraph.analyze.places import PlaceResolver, gazetteer, place_for_span, resolve_place_name
from newsgraph.model import Analysis, Article


@pytest.fixture(scope="module")
def resolve(nlp):
    component = PlaceResolver()

    def run(text):
        analysis = Analysis(article=Article(id="t", text=text), doc=nlp(text))
        return component(analysis)

    return run


def by_text(analysis):
    return {p.text: p for p in analysis.places}


def test_city_country_and_coordinates(resolve):
    a = resolve("The two ministers met in Minsk on Friday to discuss trade with Belarus.")
    places = by_text(a)
    assert places["Minsk"].country == "BLR" and places["Minsk"].precision == "city"
    assert places["Minsk"].geonames_id == 625144
    assert abs(places["Minsk"].latitude - 53.9) < 0.2
    assert places["Belarus"].precision == "country" and places["Belarus"].country == "BLR"


def test_context_decides_between_namesakes(resolve):
    ru = resolve("Russian officials gathered in Saint Petersburg, where the Kremlin hosted a forum.")
    assert by_text(ru)["Saint Petersburg"].country == "RUS"
    us = resolve("The storm hit Saint Petersburg, Florida, on Tuesday, the governor said.")
    assert by_text(us)["Saint Petersburg"].country == "USA"


def test_capital_phrase_and_cued_village(resolve):
    a = resolve("Belarusian troops trained near Ruzhany before returning to the Belarusian capital.")
    places = by_text(a)
    assert places["Ruzhany"].country == "BLR"
    assert places["the Belarusian capital"].name == "Minsk"


def test_region_and_override_entries(resolve):
    a = resolve("Fighting spread into the Voronezh region of Russia overnight.")
    assert any(p.name == "Voronezh Oblast" and p.precision == "region" for p in a.places)


def test_helpers():
    assert resolve_place_name("Minsk").country == "BLR"
    assert resolve_place_name("Georgia", ["GEO"]).country == "GEO"
    assert resolve_place_name("Nowhereville Xq") is None
    assert gazetteer().capitals["LTU"].name == "Vilnius"


def test_place_for_span(resolve):
    a = resolve("Leaders arrived in Vilnius for a summit.")
    start = a.article.text.index("Vilnius")
    assert place_for_span(a, start, start + 3).name == "Vilnius"
    assert place_for_span(a, 0, 5) is None


def test_common_words_are_not_places(resolve):
    a = resolve("The West and the North of the country voted differently.")
    assert not any(p.text in ("West", "North") for p in a.places)


def test_place_for_event_picks_the_location_not_any_place(resolve):
    from newsgraph.analyze.places import place_for_event

    text = ("The Chinese envoy, who flew in from Beijing, met Kenyan officials in Nairobi on Monday. "
            "A Beijing-brokered deal followed. Rockets hit Odesa overnight.")
    a = resolve(text)
    first = text.index(".") + 1
    assert place_for_event(a, 0, first).name == "Nairobi"
    second = text.index("followed.") + len("followed.")
    assert place_for_event(a, first, second) is None
    assert place_for_event(a, second, len(text)).name == "Odesa"
