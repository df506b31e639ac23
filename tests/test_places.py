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


def test_there_and_the_city_point_back_to_the_last_event_place(resolve):
    from newsgraph.analyze.places import place_for_event

    text = ("Rebels seized the airport in Goma on Sunday. There, their leader gave a speech to the crowd. "
            "Aid workers later returned to the city.")
    a = resolve(text)
    second = text.index("There")
    third = text.index("Aid workers")
    assert place_for_event(a, second, third).name == "Goma"
    assert place_for_event(a, third, len(text)).name == "Goma"


def test_dateline_qualifier_and_facility_in_the_lead(resolve):
    from newsgraph.analyze.places import place_for_event

    text = ("WOODSIDE, California, May 3 - The two leaders talked for hours on Tuesday.\n\n"
            "Their talks took place at Filoli, a country house with formal gardens.\n\n"
            "Later, the envoys left without a statement.")
    a = resolve(text)
    assert a.places[0].name == "Woodside" and abs(a.places[0].longitude + 122.25) < 0.2
    assert place_for_event(a, 0, 0, fallback=True).name == "Filoli"


def test_travel_destination_and_country_made_specific_by_the_dateline(resolve):
    from newsgraph.analyze.places import place_for_event

    text = "TOKYO, March 1 - The president, who met his envoy in Seoul, will fly on to Japan this week."
    a = resolve(text)
    start = text.index("The president")
    assert place_for_event(a, start, len(text)).name == "Tokyo"
    b = resolve("The minister, who spoke in Rome, is expected to fly on to Helsinki next.")
    assert place_for_event(b, 0, len(b.article.text)).name == "Helsinki"


def test_estate_south_of_a_city_is_not_in_the_city(resolve):
    from newsgraph.analyze.places import place_for_event

    a = resolve("The leaders met on Monday at a private estate south of Chicago.")
    assert place_for_event(a, 0, len(a.article.text)) is None


def test_gold_places_direct_check():
    from conftest import shared_path
    from newsgraph.analyze.places import evaluate_gold_places

    result = evaluate_gold_places(str(shared_path("gold", "dev")))
    assert result["place_acc"] >= 0.93 and result["country_acc"] >= 0.99  # the bars


def test_every_country_with_a_capital_city_has_one():
    from newsgraph.analyze.places import gazetteer

    capitals = gazetteer().capitals
    assert capitals["USA"].name.startswith("Washington") and capitals["USA"].admin1 == "DC"
    assert capitals["BLR"].name == "Minsk" and capitals["CHN"].name == "Beijing"


def test_a_government_spokesperson_speaks_at_home(nlp):
    from newsgraph.analyze.pipeline import Pipeline
    from newsgraph.analyze.places import place_for_event, speaker_home

    text = ("GENEVA, May 4 - Envoys from Kenya and Ethiopia met in Geneva on Thursday. "
            "Kenyan foreign ministry spokeswoman Jane Wambui said the talks had been useful.")
    analysis = Pipeline(components=["actors", "places"], nlp=nlp).analyze(Article(id="t", text=text))
    article_place = place_for_event(analysis, 0, 0, fallback=True)
    assert article_place.name == "Geneva"
    speaker = next(a.name for a in analysis.actors if a.type == "PERSON")
    assert speaker_home(analysis, speaker, article_place).name == "Nairobi"
    assert speaker_home(analysis, "Ethiopia", article_place).name == "Geneva"  # not a spokesperson


def test_targets_visits_and_the_same_event_named_again_nearby(resolve):
    from newsgraph.analyze.places import place_for_event

    a = resolve("Leaders met in Accra and imposed new sanctions on Mali.")
    assert place_for_event(a, 0, len(a.article.text)).name == "Accra"
    b = resolve("The queen paid a state visit to Nairobi in May.")
    assert place_for_event(b, 0, len(b.article.text)).name == "Nairobi"
    text = ("Last week the two armies began joint naval exercises. Warships sailed in formation. "
            "The joint naval exercises were held in the port city of Mombasa.")
    c = resolve(text)
    first = text.index("Warships")
    assert place_for_event(c, 0, first).name == "Mombasa"


def test_an_event_told_in_a_relative_clause_takes_no_place_of_the_main_clause(resolve):
    from newsgraph.analyze.places import place_for_event

    text = "The Chilean minister, who met his Peruvian colleague on Friday, spoke to students at Lima University later that day."
    a = resolve(text)
    met, spoke = text.index("met"), text.index("spoke")
    assert place_for_event(a, 0, len(text), trigger=met) is None
    assert place_for_event(a, 0, len(text), trigger=spoke).name == "Lima University"
    assert place_for_event(a, 0, len(text)).name == "Lima University"  # no trigger: the sentence's place
    inside = "The minister, who met his colleague in Cusco on Friday, spoke at Lima University."
    b = resolve(inside)
    assert place_for_event(b, 0, len(inside), trigger=inside.index("met")).name == "Cusco"


def _analysis(nlp, text, published=None):
    from newsgraph.analyze.pipeline import Pipeline

    return Pipeline(components=["actors", "time", "places"], nlp=nlp).analyze(
        Article(id="t", text=text, published=published))


def test_the_dateline_is_no_place_for_a_foreign_doer_told_later(nlp):
    from newsgraph.analyze.places import place_for_event, speaker_home
    from newsgraph.model import Event

    text = ("NAIROBI, May 4 - Kenyan President William Ruto opened a new rail line on Monday.\n\n"
            "Ethiopia criticised the project the next day.\n\n"
            "Ruto had promised the line during his campaign.")
    a = _analysis(nlp, text)
    home = place_for_event(a, 0, 0, fallback=True)
    opened = Event(type="COOPERATE", source=["William Ruto"], place=home)
    lead = speaker_home(a, "William Ruto", home, [], trigger=text.index("opened"), parties=(["William Ruto"], []))
    assert lead.name == "Nairobi"
    later = speaker_home(a, "Ethiopia", home, [opened], trigger=text.index("criticised"), parties=(["Ethiopia"], []))
    assert later is None  # a foreign government's criticism is not made where the report was filed
    before = speaker_home(a, "William Ruto", home, [opened], trigger=text.index("promised"),
                          parties=(["William Ruto"], []))
    assert before is None  # told in the past perfect: background


def test_a_dated_background_event_takes_no_dateline_place(nlp):
    from newsgraph.analyze.places import place_for_event, speaker_home

    text = ("LIMA, June 20 - Peru's Congress approved a new budget on Thursday.\n\n"
            "The same Congress rejected a similar plan on March 3.")
    a = _analysis(nlp, text, published="2024-06-20")
    home = place_for_event(a, 0, 0, fallback=True)
    assert home.name == "Lima"
    trig = text.index("rejected")
    assert speaker_home(a, None, home, [], trigger=trig, parties=([], [])) is None


def test_a_dateline_of_two_cities_gives_each_party_its_own(nlp):
    from newsgraph.analyze.places import place_for_event, speaker_home

    text = ("ACCRA/LOME (Reuters) - Ghana and Togo signed a border accord on Monday.\n\n"
            "Togo's president praised the accord. Senegal welcomed it too.")
    a = _analysis(nlp, text)
    home = place_for_event(a, 0, 0, fallback=True)
    assert speaker_home(a, "Togo", home, [], parties=(["Togo"], [])).country == "TGO"
    assert speaker_home(a, "Senegal", home, [], parties=(["Senegal"], [])) is None


def test_a_country_before_a_persons_title_is_no_place(resolve):
    a = resolve("The envoy handed the letter to US Secretary of State Mary Cole in Oslo.")
    assert [p.text for p in a.places] == ["Oslo"]


def test_over_a_place_after_a_verb_of_flying_or_shooting_down(resolve):
    from newsgraph.analyze.places import place_for_event

    text = "A drone flying over Latvia was shot down on Friday."
    a = resolve(text)
    assert place_for_event(a, 0, len(text)).name == "Latvia"
    b = resolve("The two governments argued over Latvia for years.")
    assert place_for_event(b, 0, len(b.article.text)) is None


def test_an_opening_in_x_sets_the_scene_for_the_paragraph(resolve):
    from newsgraph.analyze.places import place_for_event

    text = ("In Lagos, crowds blocked the main bridge on Monday. Two officers were hurt.\n\n"
            "The governor resigned on Tuesday.")
    a = resolve(text)
    second = text.index("Two officers")
    third = text.index("The governor")
    assert place_for_event(a, second, third).name == "Lagos"
    assert place_for_event(a, third, len(text)) is None  # a new paragraph, a new scene


def test_a_facility_the_tagger_calls_an_organisation_and_a_held_region(resolve):
    a = resolve("Speaking at the White House, the president praised the deal.")
    assert any(p.name == "White House" and p.precision == "facility" for p in a.places)
    b = resolve("Shelling hit villages in Pakistani-administered Kashmir overnight.")
    assert any(p.name == "Azad Kashmir" and p.country == "PAK" for p in b.places)


def test_a_place_in_what_is_asked_or_said_is_not_where_it_was_asked(resolve):
    from newsgraph.analyze.places import place_for_event

    text = "The envoy urged both sides to declare a truce in Goma, but the rebels refused."
    a = resolve(text)
    assert place_for_event(a, 0, len(text), trigger=text.index("urged")) is None
    said = "The ministry warned that any attack on Kinshasa would be answered."
    b = resolve(said)
    assert place_for_event(b, 0, len(said), trigger=said.index("warned")) is None
    trip = "Rwandan troops crossed into Congo and shelled a camp."
    c = resolve("KINSHASA, May 2 - " + trip)
    assert place_for_event(c, 18, len(c.article.text), trigger=c.article.text.index("shelled")).name != "Kinshasa"


def test_the_story_goes_on_where_a_person_was_just_placed(nlp):
    from newsgraph.analyze.places import place_for_event, speaker_home
    from newsgraph.model import Event

    text = ("OTTAWA, May 2 - Canada signed a fisheries deal on Monday.\n\n"
            "Speaking at the White House, Canadian envoy Paul Grant praised the accord. "
            "Grant also criticised Norway's quotas.\n\n"
            "Norway will answer the criticism next week.")
    a = _analysis(nlp, text)
    home = place_for_event(a, 0, 0, fallback=True)
    house = next(p for p in a.places if p.name == "White House")
    praised = Event(type="SUPPORT", source=["Paul Grant"], place=house, trigger_start=text.index("praised"))
    went_on = speaker_home(a, "Paul Grant", home, [praised], trigger=text.index("criticised"),
                           parties=(["Paul Grant"], ["Norway"]))
    assert went_on.name == "White House"
    later = speaker_home(a, "Norway", home, [praised], trigger=text.index("answer"), parties=(["Norway"], []))
    assert later is None  # what will happen, told after the lead, by a party not present


def test_an_event_noun_is_placed_by_its_of_phrase_and_only_it(resolve):
    from newsgraph.analyze.places import place_for_event

    text = "Chad joined the alliance months after the siege of Khartoum."
    a = resolve(text)
    assert place_for_event(a, 0, len(text), trigger=text.index("siege")).name == "Khartoum"
    assert place_for_event(a, 0, len(text), trigger=text.index("joined")) is None


def test_a_place_the_gazetteer_does_not_know_still_rules_out_the_dateline(nlp):
    from newsgraph.analyze.places import place_for_event, speaker_home

    text = "NAIROBI, May 4 - Kenyan jets bombed a camp in Bulo Xaawo on Monday, the army said."
    a = _analysis(nlp, text)
    assert any(e.text == "Bulo Xaawo" and e.label_ in ("GPE", "LOC") for e in a.doc.ents)
    home = place_for_event(a, 0, 0, fallback=True)
    assert home.name == "Nairobi"
    assert speaker_home(a, "Kenya", home, [], trigger=text.index("bombed"), parties=(["Kenya"], [])) is None


def test_a_judged_act_or_a_later_event_places_only_itself(resolve):
    from newsgraph.analyze.places import place_for_event

    text = "The mayor accused the army of shelling houses in Goma."
    a = resolve(text)
    assert place_for_event(a, 0, len(text), trigger=text.index("accused")) is None
    assert place_for_event(a, 0, len(text), trigger=text.index("shelling")).name == "Goma"
    later = "Hours before the envoy landed in Nairobi, rebels fired rockets at the border."
    b = resolve(later)
    assert place_for_event(b, 0, len(later), trigger=later.index("fired")) is None


def test_the_province_points_back_at_the_region_named_before(resolve):
    from newsgraph.analyze.places import place_for_event

    text = ("Fighting spread into the Voronezh region of Russia overnight. "
            "Drones later struck an airfield in the north of the province.")
    a = resolve(text)
    second = text.index("Drones")
    assert place_for_event(a, second, len(text)).name == "Voronezh Oblast"


def test_a_scene_does_not_carry_into_what_is_expected_and_modifiers_before_a_cued_name(resolve):
    from newsgraph.analyze.places import place_for_event

    text = ("In Lagos, crowds blocked the main bridge on Monday. "
            "The two unions are expected to meet again next week, a spokesman said.")
    a = resolve(text)
    assert place_for_event(a, text.index("The two"), len(text)) is None
    b = resolve("Rebels seized a depot in northwestern Tigray overnight.")
    assert any(p.name == "Tigray" for p in b.places)
    c = resolve("The secretary-general spoke in New York on Friday.")
    assert c.places[0].name == "New York City"


def test_a_name_set_beside_the_capital(resolve):
    from newsgraph.analyze.places import place_for_event

    text = "Soldiers detained the ministers in night raids in the capital, Naypyidaw."
    a = resolve(text)
    assert place_for_event(a, 0, len(text), trigger=text.index("detained")).name == "Naypyidaw"
