"""Statement events (events_statements.py): reported judgements, judgements of an act told before,
and acts the speaker's side states in its own words. Sentences written for these tests."""
import pytest

from newsgraph.analyze.events import available_components
from newsgraph.analyze.events_statements import statement_lexicon
from newsgraph.model import Article


@pytest.fixture(scope="module")
def pipe(nlp):
    from newsgraph.analyze import Pipeline

    return Pipeline(components=available_components(), nlp=nlp)


def events_of(pipe, text, published="2024-05-08"):
    return pipe.analyze(Article(id="t", text=text, published=published)).events


def of_type(pipe, text, type_):
    return [e for e in events_of(pipe, text) if e.type == type_]


def plain(name):
    """A name without its accents: the knowledge base may spell it either way ('Yván Gil')."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def test_lexicon_loads_once_and_parses_act_words():
    lexicon = statement_lexicon()
    assert lexicon is statement_lexicon()
    assert lexicon.acts["expect"].type == "REQUEST" and lexicon.acts["expect"].cameo == "100"
    assert "not" in lexicon.negators and "it" in lexicon.back_pronouns


def test_reported_praise_and_its_negation(pipe):
    praise = of_type(pipe, "Chilean Foreign Minister Ana Ruiz said on Monday that Peru had been a reliable partner.",
                     "SUPPORT")
    assert praise and praise[0].target == ["Peru"] and praise[0].date == "2024-05-06"
    denied = events_of(pipe, "Chilean Foreign Minister Ana Ruiz said on Monday that Peru was not a reliable partner.")
    assert [e.type for e in denied] == ["ACCUSE"] and denied[0].target == ["Peru"]


def test_nothing_to_be_proud_of_is_criticism(pipe):
    found = of_type(pipe, 'Chilean Foreign Minister Ana Ruiz wrote on Monday that Peru had "nothing to feel proud of" '
                          'in its record.', "ACCUSE")
    assert found and found[0].source == ["Ana Ruiz"] and found[0].target == ["Peru"]


def test_he_in_the_speakers_own_quote_is_someone_else(pipe):
    text = ('Bolivian President Luis Arce tried to block the pipeline deal. "Now everyone can see that he '
            'failed," Chilean President Gabriel Boric told reporters on Tuesday.')
    found = of_type(pipe, text, "ACCUSE")
    assert found and found[0].source == ["Gabriel Boric"] and found[0].target == ["Luis Arce"]


def test_welcoming_a_plan_told_before_supports_its_author(pipe):
    text = ("Peru unveiled a plan on Monday to reopen its border with Ecuador. "
            "Chilean President Gabriel Boric welcomed the plan on Tuesday.")
    found = [e for e in of_type(pipe, text, "SUPPORT") if e.source == ["Gabriel Boric"]]
    assert found and "Peru" in found[0].target and found[0].date == "2024-05-07"


def test_regretting_a_decision_told_before_criticises_its_maker(pipe):
    text = ("Venezuela closed its border with Colombia on Monday. Brazilian President Luiz Inácio Lula da Silva "
            "said on Tuesday he sincerely regretted this step.")
    found = of_type(pipe, text, "ACCUSE")
    assert found and found[0].target[0] == "Venezuela"


def test_a_judgement_of_nothing_told_is_no_event(pipe):
    assert events_of(pipe, "Chilean President Gabriel Boric welcomed the decision on Tuesday.") == []
    assert events_of(pipe, "Brazilian President Luiz Inácio Lula da Silva said on Tuesday he sincerely "
                           "regretted this step.") == []


def test_a_refusal_in_the_speakers_words_rejects_whoever_imposed_it(pipe):
    text = ("The European Union imposed new sanctions on Belarus on Monday. Belarusian President Alexander "
            'Lukashenko said on Tuesday that Belarus "flatly rejects the new measures".')
    found = of_type(pipe, text, "REJECT")
    assert found and found[0].source == ["Alexander Lukashenko"] and found[0].target == ["European Union"]
    assert not of_type(pipe, text, "ACCUSE")  # the threat words are refused, nobody is accused


def test_an_expectation_of_another_state_is_a_request(pipe):
    found = of_type(pipe, '"We expect Peru to answer our proposal soon," Chilean Foreign Minister Ana Ruiz said '
                          'on Monday.', "REQUEST")
    assert found and found[0].target == ["Peru"] and found[0].date == "2024-05-06"


def test_own_words_aimed_at_nobody_or_shared_with_another_are_no_event(pipe):
    assert events_of(pipe, '"We will reject any interference," Chilean Foreign Minister Ana Ruiz said on Monday.') == []
    assert events_of(pipe, '"Chile and Peru are standing together against outside pressure," the Chilean foreign '
                           'minister said.') == []


def test_the_aggressor_is_whoever_attacked_the_speakers_side(pipe):
    text = ('Russian forces shelled the Ukrainian city of Kharkiv on Monday. "Once again the aggressor has aimed '
            'its missiles at homes," Ukrainian Interior Minister Ihor Klymenko told reporters on Tuesday.')
    found = of_type(pipe, text, "ACCUSE")
    assert found and found[0].source == ["Ihor Klymenko"] and found[0].target == ["Russian Armed Forces"]
    assert events_of(pipe, '"Once again the aggressor has aimed its missiles at homes," Ukrainian Interior Minister '
                           'Ihor Klymenko told reporters on Tuesday.') == []


def test_praise_of_an_unnamed_they_or_of_we_is_no_event(pipe):
    assert events_of(pipe, "Chilean President Gabriel Boric remarked that in recent months they had made real "
                           "progress in trade with Peru.") == []
    assert events_of(pipe, '"We received some very good news today," Chilean President Gabriel Boric told the leaders of '
                           'Peru and Bolivia.') == []
    assert of_type(pipe, "Chilean President Gabriel Boric said Peru had achieved good results in trade.", "SUPPORT")


def test_evaluation_words_of_the_statement_lexicon(pipe):
    found = of_type(pipe, "Chilean President Gabriel Boric said on Tuesday that Peru had been reckless.", "ACCUSE")
    assert found and found[0].target == ["Peru"]
    found = of_type(pipe, "Chilean President Gabriel Boric said on Tuesday that Peru had been courageous.", "SUPPORT")
    assert found and found[0].target == ["Peru"]


def test_a_feeling_judges_what_it_is_about(pipe):
    found = of_type(pipe, "The United States said on Friday it was deeply concerned by China's military drills "
                          "around Taiwan.", "ACCUSE")
    assert found and found[0].source == ["United States"] and found[0].target == ["China"]
    assert events_of(pipe, "Chilean President Gabriel Boric said on Friday that Peru was worried.") == []


def test_an_event_inside_what_is_judged_does_not_hide_the_judgement(pipe):
    text = "Iranian Foreign Minister Hossein Amir-Abdollahian said Israel's attack was a violation of international law."
    found = of_type(pipe, text, "ACCUSE")
    assert found and found[0].target == ["Israel"]
    assert not of_type(pipe, "Chilean President Gabriel Boric said Peru had attacked Bolivia brutally.", "ACCUSE")


def test_rejecting_an_act_told_before_rejects_its_doer(pipe):
    text = ('Colombia expelled two Venezuelan diplomats on Monday. "We reject this unfriendly act," Venezuelan '
            'Foreign Minister Yvan Gil said on Tuesday.')
    found = of_type(pipe, text, "REJECT")
    assert found and [plain(n) for n in found[0].source] == ["Yvan Gil"] and found[0].target == ["Colombia"]


def test_it_in_a_reply_is_the_act_aimed_at_the_speakers_side(pipe):
    text = ("NAIROBI, May 8 - Kenyan President William Ruto accused Uganda of smuggling weapons on Monday. The "
            "comments caused anger across the region. Ugandan foreign ministry spokesman Paul Mukasa told "
            'reporters on Tuesday that it was "irresponsible".')
    found = [e for e in of_type(pipe, text, "ACCUSE") if e.source == ["Paul Mukasa"]]
    assert found and found[0].target == ["William Ruto"] and found[0].date == "2024-05-07"
    assert found[0].location == "Kampala"  # a ministry's spokesman briefs at home
    text = ("Kenyan President William Ruto visited Tanzania on Monday. The comments caused anger across the "
            'region. Ugandan President Yoweri Museveni said on Tuesday that it was "irresponsible".')
    assert not of_type(pipe, text, "ACCUSE")  # an act aimed at others, two sentences back, is not 'it'


def test_expecting_to_act_oneself_is_no_request(pipe):
    assert events_of(pipe, '"We expect to sign the agreement with Peru next month," Chilean Foreign Minister '
                           'Ana Ruiz said.') == []


def test_judging_relations_with_another_judges_the_other(pipe):
    found = of_type(pipe, '"Our relations with Russia are excellent," Serbian President Aleksandar Vucic said.',
                    "SUPPORT")
    assert found and found[0].target == ["Russia"]
    found = of_type(pipe, "Serbian President Aleksandar Vucic said relations with Croatia were bad.", "ACCUSE")
    assert found and found[0].target == ["Croatia"]


def test_a_repeated_word_refers_to_the_event_told_next_to_it(pipe):
    text = ("Peru proposed a peace plan for Ecuador on Monday, while Bolivia attacked Paraguay. "
            "Chilean President Gabriel Boric welcomed the plan on Tuesday.")
    found = [e for e in of_type(pipe, text, "SUPPORT") if e.source == ["Gabriel Boric"]]
    assert found and "Peru" in found[0].target and "Bolivia" not in found[0].target


def test_a_quote_going_on_alone_judges_the_party_it_names(pipe):
    text = ('"We will defend our country," Ukrainian President Volodymyr Zelenskiy said on Monday. '
            '"Russia is a terrorist state and it will lose."')
    found = of_type(pipe, text, "ACCUSE")
    assert found and found[0].source == ["Volodymyr Zelenskyy"] and found[0].target == ["Russia"]
    assert found[0].date == "2024-05-06"
    text = ('"We have had good talks," Chilean President Gabriel Boric told reporters. '
            '"It is important for Peru to show that Bolivia will provide support."')
    assert events_of(pipe, text) == []  # nothing said to be good or bad of a named party


def test_concern_over_an_act_told_before_accuses_its_doer(pipe):
    text = "Russia attacked Odesa overnight. The United Nations expressed deep concern over the attack."
    found = of_type(pipe, text, "ACCUSE")
    assert found and found[0].source == ["United Nations"] and found[0].target == ["Russia"]


def test_a_call_in_the_speakers_words_is_a_request_even_to_a_body_at_home(pipe):
    found = of_type(pipe, '"We call on Israel to open the crossings," Egyptian Foreign Minister Sameh Shoukry said.',
                    "REQUEST")
    assert found and found[0].target == ["Israel"]
    found = of_type(pipe, '"I ask the Congress to approve the aid," US President Joe Biden said.', "REQUEST")
    assert found and found[0].source == ["Joe Biden"] and found[0].target == ["United States Congress"]
    assert events_of(pipe, '"We threaten no one," Chinese President Xi Jinping said.') == []


@pytest.mark.parametrize("text", [
    "Colombian fighters shot down a Venezuelan drone near the border in March. Bogota said the drone was a tool of espionage; "
    "Caracas insisted the craft was a stray weather probe.",
    "Colombian fighters shot down a Venezuelan drone near the border in March. Bogota said the drone was a tool of espionage, "
    "while Caracas insisted the craft was a weather probe.",
])
def test_a_capital_speaks_for_its_country_beside_another_speaker(pipe, text):
    """The other speaker's clause (and any act misread in it) is no part of the capital's statement."""
    found = [e for e in of_type(pipe, text, "ACCUSE") if e.source == ["Colombia"]]
    assert found and found[0].target == ["Venezuela"]


@pytest.mark.parametrize("text, speaker, target", [
    ("Colombian fighters shot down a Venezuelan drone near the border in March. Bogota said the drone was a tool of espionage; "
     "Caracas insisted the craft was a stray weather probe.", ["Venezuela"], ["Colombia"]),
    ("Mali's junta expelled the French ambassador on Monday. Paris replied that only Mali's elected "
     "government could take such a decision.", ["France"], ["Government of Mali"]),
])
def test_a_reply_to_a_hostile_act_rejects_it(pipe, text, speaker, target):
    found = [e for e in of_type(pipe, text, "REJECT") if e.source == speaker]
    assert found and found[0].target == target


def test_a_reply_to_a_question_rejects_nothing(pipe):
    text = ("Chile accused Peru of spying on Monday. Asked whether talks would go on, the Peruvian president "
            "replied that they would.")
    assert not of_type(pipe, text, "REJECT")


def test_a_praise_and_a_judgement_of_another_side_told_in_one_sentence(pipe):
    text = ('At a press briefing on Thursday, the Chilean foreign minister Alberto van Klaveren thanked Peru for '
            'its patience and said that, thanks to its neighbours, Washington had failed to "Finlandise" the region.')
    found = [(e.type, e.target) for e in events_of(pipe, text)]
    assert found == [("SUPPORT", ["Peru"]), ("ACCUSE", ["United States"])]


def test_a_condemnation_and_its_reason_are_one_judgement(pipe):
    text = "The Chilean foreign minister Alberto van Klaveren condemned Peru and said its policy was a disgrace."
    assert [(e.type, e.target) for e in events_of(pipe, text)] == [("ACCUSE", ["Peru"])]


@pytest.mark.parametrize("text, speaker, target", [
    ("Chile said that a new loan to Bolivia was out of the question.",
     ["Chile"], ["Bolivia"]),
    ("Argentine officials said on Friday that new talks with Britain were no longer an option.",
     ["Argentina"], ["United Kingdom"]),
])
def test_an_act_said_to_be_ruled_out_is_a_refusal_and_the_main_event(pipe, text, speaker, target):
    found = events_of(pipe, text)
    main = max(found, key=lambda e: e.confidence)
    assert (main.type, main.source, main.target) == ("REJECT", speaker, target)


@pytest.mark.parametrize("text", [
    "The Chilean government said that a new loan to Bolivia was not out of the question.",
    "The Chilean foreign minister said that the Atacama region was off the table.",
])
def test_no_refusal_when_the_ruling_out_is_negated_or_no_act_is_ruled_out(pipe, text):
    assert not of_type(pipe, text, "REJECT")


@pytest.mark.parametrize("text, type_, target", [
    ("Uruguay's president said Argentina had behaved irresponsibly.", "ACCUSE", ["Argentina"]),
    ("The Peruvian foreign minister said Ecuador had acted responsibly during the crisis.", "SUPPORT", ["Ecuador"]),
])
def test_a_judging_adverb_of_another_sides_conduct_is_a_judgement(pipe, text, type_, target):
    found = of_type(pipe, text, type_)
    assert found and found[0].target == target


def test_a_judging_adverb_of_the_speakers_own_conduct_is_no_event(pipe):
    assert not of_type(pipe, "Chile said it had acted responsibly.", "SUPPORT")


@pytest.mark.parametrize("second", [
    "Brazilian President Lula said the deal was a victory for the region.",  # 'deal': a word of the accord's kind
    "Brazilian President Lula welcomed the outcome.",  # a general noun of what an act came to
])
def test_a_judged_noun_naming_an_act_told_before_by_another_word(pipe, second):
    text = "Chile and Peru signed a fisheries agreement in Lima on Monday. " + second
    found = [e for e in of_type(pipe, text, "SUPPORT") if e.source == ["Luiz Inácio Lula da Silva"]]
    assert found and set(found[0].target) == {"Chile", "Peru"}


def test_the_outcome_is_no_earlier_praise(pipe):
    text = ("On Sunday, the Peruvian foreign minister Javier Gonzalez-Olaechea praised Chile's presidency. "
            "Washington also welcomed the outcome.")
    assert not [e for e in of_type(pipe, text, "SUPPORT") if e.source == ["United States"]]


def test_calling_another_side_an_enemy_is_criticism_unless_denied(pipe):
    found = of_type(pipe, "Chilean President Gabriel Boric said Peru had become an enemy of the region.", "ACCUSE")
    assert found and found[0].target == ["Peru"]
    assert not events_of(pipe, "Chilean President Gabriel Boric said Peru had never been an enemy.")


@pytest.mark.parametrize("quote, type_, target", [
    ("We thank Argentina for its support", "SUPPORT", ["Argentina"]),
    ("We strongly condemn Bolivia's decision to close the border", "ACCUSE", ["Bolivia"]),
    ("Bolivia must withdraw its troops", "REQUEST", ["Bolivia"]),
])
def test_a_praise_blame_or_demand_in_the_speakers_own_words(pipe, quote, type_, target):
    text = f'"{quote}," Chilean Foreign Minister Alberto van Klaveren said on Monday.'
    found = of_type(pipe, text, type_)
    assert found and found[0].source == ["Alberto van Klaveren"] and found[0].target == target


@pytest.mark.parametrize("quote", [
    "It is the one thing we can thank Bolivia for",  # thanks not given
    "Chile must defend its border",  # the speaker's own side
])
def test_no_stated_act_when_none_is_done_or_asked_of_another(pipe, quote):
    text = f'"{quote}," Chilean Foreign Minister Alberto van Klaveren said on Monday.'
    assert not [e for e in events_of(pipe, text) if e.type in ("SUPPORT", "REQUEST")]


@pytest.mark.parametrize("quote, cameo", [
    ("If Bolivia closes the border, we will respond with sanctions", "1312"),
    ("If Bolivia attacks our ships, we will respond", "130"),
    ("We will impose sanctions unless Bolivia releases our citizens", "1312"),
])
def test_a_hostile_act_announced_on_a_condition_of_another_party_is_a_threat(pipe, quote, cameo):
    text = f'"{quote}," Chilean Foreign Minister Alberto van Klaveren said on Monday.'
    found = of_type(pipe, text, "THREATEN")
    assert found and found[0].target == ["Bolivia"] and found[0].cameo == cameo


@pytest.mark.parametrize("quote", [
    "If Bolivia agrees, we will sign the treaty next month",
    "If it rains, we will postpone the parade",
])
def test_a_conditional_plan_that_is_not_hostile_threatens_nobody(pipe, quote):
    text = f'"{quote}," Chilean Foreign Minister Alberto van Klaveren said on Monday.'
    assert not of_type(pipe, text, "THREATEN")


@pytest.mark.parametrize("clause, target", [
    ("Chile would respond firmly to any Bolivian provocation", ["Bolivia"]),
    ("Chile would respond if Bolivia closed the border", ["Bolivia"]),
])
def test_a_reported_response_to_another_party_is_a_threat(pipe, clause, target):
    found = of_type(pipe, f"Chilean Foreign Minister Alberto van Klaveren said {clause}.", "THREATEN")
    assert found and found[0].source == ["Alberto van Klaveren"] and found[0].target == target


def test_a_reported_response_to_nobody_named_is_no_threat(pipe):
    text = "Chilean Foreign Minister Alberto van Klaveren said Chile would respond to the letter next week."
    assert not of_type(pipe, text, "THREATEN")


def test_a_judged_noun_derived_from_the_verb_of_an_act_told_before(pipe):
    text = ('NATO deployed two battalions to Finland on Tuesday. Kremlin spokesman Dmitry Peskov called the '
            'deployment "an encroachment on our security".')
    found = [e for e in of_type(pipe, text, "ACCUSE") if e.source == ["Dmitry Peskov"]]
    assert found and "NATO" in found[0].target


@pytest.mark.parametrize("text, source", [
    ("Chilean Foreign Minister Alberto van Klaveren said Bolivia was behind the attack on the border post.",
     ["Alberto van Klaveren"]),
    ("Chilean Foreign Minister Alberto van Klaveren said Bolivia was responsible for the bombing of the pipeline.",
     ["Alberto van Klaveren"]),
    ("Chile held Bolivia responsible for the attack on its border post.", ["Chile"]),
])
def test_laying_a_hostile_act_at_another_partys_door_is_an_accusation(pipe, text, source):
    found = [e for e in of_type(pipe, text, "ACCUSE") if e.source == source]
    assert found and found[0].target == ["Bolivia"] and found[0].cameo == "112"


@pytest.mark.parametrize("clause", [
    "Bolivia was behind the new trade talks",
    "Bolivia was responsible for its own security",
])
def test_no_blame_without_a_hostile_act(pipe, clause):
    assert not of_type(pipe, f"Chilean Foreign Minister Alberto van Klaveren said {clause}.", "ACCUSE")


@pytest.mark.parametrize("clause", [
    "Bolivia was a threat to regional stability",  # what Bolivia is, no threat made
    'Bolivia\'s claims were "pure fiction"',
])
def test_a_party_said_to_be_a_threat_or_its_claims_fiction_is_criticised(pipe, clause):
    found = of_type(pipe, f"Chilean Foreign Minister Alberto van Klaveren said {clause}.", "ACCUSE")
    assert found and found[0].target == ["Bolivia"]


@pytest.mark.parametrize("quote, cameo, target", [
    ("We will never negotiate with the Bolivian junta", "125", ["Government of Bolivia"]),
    ("We will not accept any Bolivian troops on our soil", "120", ["Armed Forces of Bolivia"]),
])
def test_a_cooperative_act_the_speakers_side_says_it_will_not_do_is_a_refusal(pipe, quote, cameo, target):
    text = f'"{quote}," Chilean Foreign Minister Alberto van Klaveren said on Monday.'
    found = of_type(pipe, text, "REJECT")
    assert found and found[0].cameo == cameo and found[0].target == target


def test_an_act_reported_as_not_done_is_no_refusal(pipe):
    text = '"We did not meet the Bolivian envoy," Chilean Foreign Minister Alberto van Klaveren said on Monday.'
    assert not of_type(pipe, text, "REJECT")


def test_nothing_to_fear_is_no_criticism(pipe):
    text = '"Bolivia has nothing to fear from us," Chilean Foreign Minister Alberto van Klaveren said on Monday.'
    assert not of_type(pipe, text, "ACCUSE")
    text = "Chilean Foreign Minister Alberto van Klaveren said Bolivia's diplomacy had achieved nothing."
    assert of_type(pipe, text, "ACCUSE")


@pytest.mark.parametrize("quote", [
    "We will impose sanctions on Bolivia",
    "We will not hesitate to impose sanctions on Bolivia",
    "We are ready to expel the Bolivian ambassador",
])
def test_a_coercive_act_the_speakers_side_announces_is_a_threat(pipe, quote):
    text = f'"{quote}," Chilean Foreign Minister Alberto van Klaveren said on Monday.'
    found = of_type(pipe, text, "THREATEN")
    assert found and found[0].source == ["Alberto van Klaveren"] and found[0].target == ["Bolivia"]


@pytest.mark.parametrize("quote", [
    "We imposed sanctions on Bolivia last year",  # done, not announced
    "Bolivia will impose sanctions on us",  # another side's plan
])
def test_no_threat_from_a_past_act_or_another_sides_plan(pipe, quote):
    text = f'"{quote}," Chilean Foreign Minister Alberto van Klaveren said on Monday.'
    assert not [e for e in of_type(pipe, text, "THREATEN") if e.source == ["Alberto van Klaveren"]]


@pytest.mark.parametrize("text", [
    '"We will respond to the Bolivian letter next week," Chilean Foreign Minister Alberto van Klaveren said on Monday.',
    '"If Bolivia agrees, we will respond within a week," Chilean Foreign Minister Alberto van Klaveren said on Monday.',
    "Chilean Foreign Minister Alberto van Klaveren said Chile would respond if Bolivia agreed to the plan.",
])
def test_a_response_to_no_hostile_act_is_no_threat(pipe, text):
    assert not of_type(pipe, text, "THREATEN")


def test_charging_another_party_with_a_hostile_act_is_an_accusation(pipe):
    found = of_type(pipe, "Venezuela charged that Colombia had sent troops across the border.", "ACCUSE")
    assert found and found[0].source == ["Venezuela"] and found[0].target == ["Colombia"] and found[0].cameo == "112"


def test_charging_another_party_with_no_hostile_act_is_no_accusation(pipe):
    assert not of_type(pipe, "Venezuela charged that Colombia had opened trade talks with Peru.", "ACCUSE")


@pytest.fixture(scope="module")
def sentence_pipe(nlp):
    """The sentence-level setting of the peer sets: an event with no named target is kept."""
    from newsgraph.analyze import Pipeline
    from newsgraph.analyze.events import EventExtractor

    pipe = Pipeline(components=available_components(), nlp=nlp, sentence_level=True)
    for i, (name, comp) in enumerate(pipe.components):
        if name == "events":
            pipe.components[i] = (name, EventExtractor(lexicon=comp.lex, keep_bare=True))
    return pipe


@pytest.mark.parametrize("text", [
    "Riot police detained dozens of students in Tirana on Friday. NATO said it was monitoring the situation.",
    "Shells hit a market in Donetsk on Friday. A NATO spokesman said the alliance was monitoring the situation "
    "in Donetsk.",
    "Shells hit a market in Donetsk on Friday. The European Union said it was following developments closely.",
])
def test_keeping_watch_on_a_situation_is_no_investigation(pipe, sentence_pipe, text):
    for p in (pipe, sentence_pipe):
        assert not [e for e in events_of(p, text) if e.type == "ACCUSE"]


def test_criticising_calls_aims_at_no_place_inside_the_proposed_act(pipe, sentence_pipe):
    text = "Austrian Chancellor Karl Nehammer criticised calls to deploy soldiers to Moldova."
    for p in (pipe, sentence_pipe):
        found = events_of(p, text)
        assert [(e.type, e.target) for e in found] == [("ACCUSE", [])]  # the soldiers were not deployed


def test_rejecting_proposals_aims_at_their_author_only(pipe):
    found = events_of(pipe, "Hungarian Prime Minister Viktor Orban rejected proposals to impose sanctions on Georgia.")
    assert [(e.type, e.target) for e in found] == [("REJECT", [])]
    found = events_of(pipe, "Hungarian Prime Minister Viktor Orban rejected Poland's proposal to impose sanctions "
                            "on Georgia.")
    assert [(e.type, e.target) for e in found] == [("REJECT", ["Poland"])]


@pytest.mark.parametrize("text, source, target", [
    ("Belarus condemned calls by Lithuania to close the border crossings.", "Belarus", "Lithuania"),
    ("Estonia condemned calls by Russia to redraw the border.", "Estonia", "Russia"),
])
def test_condemning_calls_by_a_named_party_aims_at_it(pipe, text, source, target):
    found = events_of(pipe, text)
    assert [(e.type, e.source, e.target) for e in found] == [("ACCUSE", [source], [target])]


@pytest.mark.parametrize("text", [
    "Vietnam claims the whole archipelago.",
    "Both Argentina and Britain claim the islands.",
    "Morocco claims Western Sahara as part of its territory.",
    "Hezbollah claims to be producing drones for use against Israel.",
    "Azerbaijan claimed full control of Nagorno-Karabakh.",
    "Russia claimed the capture of the village of Krynky.",
])
def test_a_territorial_claim_is_no_accusation(pipe, sentence_pipe, text):
    for p in (pipe, sentence_pipe):
        assert not [e for e in events_of(p, text) if e.type == "ACCUSE"]


def test_claiming_that_another_party_attacked_stays_an_accusation(pipe):
    found = of_type(pipe, "Armenia claimed that Azerbaijan had shelled the village.", "ACCUSE")
    assert found and found[0].source == ["Armenia"] and found[0].target == ["Azerbaijan"]


@pytest.mark.parametrize("text", [
    "Standing next to Kenyan President William Ruto, Canadian Prime Minister Justin Trudeau said Canada was "
    "investigating the leak.",
])
def test_an_investigation_of_unnamed_parties_takes_no_target_from_elsewhere(pipe, sentence_pipe, text):
    for p in (pipe, sentence_pipe):
        found = [e for e in events_of(p, text) if e.type == "ACCUSE"]
        assert found and all(e.target == [] for e in found)


def test_an_investigation_sent_to_a_country_is_of_that_country(pipe):
    text = "The United Nations flew a team of auditors to Haiti to investigate how the relief funds were spent."
    found = of_type(pipe, text, "ACCUSE")
    assert found and found[0].target == ["Haiti"]


def test_this_judges_the_act_told_before_the_speakers_own(pipe):
    text = ("Armenia and Azerbaijan signed a peace accord in Nairobi on Monday. Kenyan President William Ruto "
            'hosted the ceremony. "This is a victory for peace," Ruto said afterwards.')
    found = [e for e in of_type(pipe, text, "SUPPORT") if e.source == ["William Ruto"]]
    assert found and set(found[0].target) == {"Armenia", "Azerbaijan"}


@pytest.mark.parametrize("text", [
    '"Peru has turned from a hostile rival into a trusted partner," Chilean President Gabriel Boric said on Monday.',
    'Gabriel Boric has made closer ties with Lima a priority. "Peru has turned from a hostile rival of the past," '
    'the Chilean president said on Monday, "into a partner that shares our values."',
])
def test_what_a_party_has_turned_from_is_no_judgement(pipe, text):
    assert [(e.type, e.target) for e in events_of(pipe, text) if e.source == ["Gabriel Boric"]] == [("SUPPORT", ["Peru"])]


@pytest.mark.parametrize("text", [
    "Chilean President Gabriel Boric has made improving ties with Lima a priority.",
    "Chilean President Gabriel Boric has made improving ties with Peru his top priority, and on Monday he met "
    "Peruvian President Dina Boluarte in Lima.",
])
def test_an_act_made_a_goal_is_a_policy_not_an_event(pipe, text):
    assert [e.type for e in events_of(pipe, text)] in ([], ["CONSULT"])


def test_not_only_adds_to_a_praise(pipe):
    text = ('"It must be said that Peru is not only our good neighbour, with whom we have traded for decades, but '
            'Peru is, of course, our ally," Chilean President Gabriel Boric said on Monday.')
    found = of_type(pipe, text, "SUPPORT")
    assert found and found[0].target == ["Peru"]
    assert not of_type(pipe, text, "ACCUSE")


@pytest.mark.parametrize("reply, type_", [
    ("“Well, look, he is.”", "ACCUSE"),
    ('"Yes."', "ACCUSE"),
    ('"No, he is not."', None),
])
def test_a_reply_saying_yes_makes_the_questions_judgement_the_speakers(pipe, reply, type_):
    text = f"Asked whether he still regarded Maduro as a dictator, Chilean President Gabriel Boric replied: {reply}"
    found = [e for e in events_of(pipe, text) if e.source == ["Gabriel Boric"]]
    assert [(e.type, e.target) for e in found] == ([(type_, ["Nicolás Maduro"])] if type_ else [])


def test_yes_to_a_question_of_no_judgement_is_no_event(pipe):
    assert not events_of(pipe, 'Asked whether he would travel to Caracas, Chilean President Gabriel Boric said: "Yes."')


def test_an_aid_package_inside_a_criticised_plan_is_no_aid(pipe):
    found = events_of(pipe, "Denmark criticised Hungary's plan to block the aid package for Ukraine.")
    assert [(e.type, e.source, e.target) for e in found] == [("ACCUSE", ["Denmark"], ["Hungary"])]


def test_concern_about_an_act_judges_its_doer(pipe):
    text = "Chile said it was deeply concerned about reports of Bolivian military aid to the rebels."
    found = of_type(pipe, text, "ACCUSE")
    assert found and found[0].source == ["Chile"] and found[0].target == ["Bolivia"]


def test_concern_about_talks_in_a_city_judges_no_city(pipe):
    text = "Chile said it was worried about the talks in Caracas."
    assert not [e for e in events_of(pipe, text) if e.type == "ACCUSE"]


@pytest.mark.parametrize("text, target", [
    ("Hamas rejected an offer to hold talks with Israel in Doha.", ["Israel"]),  # Doha: where, not with whom
    ("Hungary rejected calls to send more aid to Moldova.", ["Moldova"]),
    ("Hungary rejected calls to impose new sanctions on Serbia.", []),
])
def test_refusing_a_proposed_cooperation_refuses_its_partner(pipe, text, target):
    found = of_type(pipe, text, "REJECT")
    assert found and found[0].target == target


def test_claiming_another_partys_strike_stays_an_accusation(pipe):
    found = of_type(pipe, "Moscow claimed Kyiv's drone strike on the bridge.", "ACCUSE")
    assert found and found[0].target == ["Ukraine"]


def test_the_speakers_own_feeling_about_another_partys_act_judges_that_party(pipe):
    found = of_type(pipe, "Canada said it was troubled by reports of arrests of journalists in Belarus.", "ACCUSE")
    assert found and found[0].source == ["Canada"] and found[0].target == ["Belarus"]


@pytest.mark.parametrize("quote, target", [
    ("We reject any proposal to send troops to Moldova", None),
    ("We reject Poland's proposal to send troops to Moldova", ["Poland"]),
])
def test_a_refused_proposal_in_the_speakers_words_aims_at_its_author_only(pipe, quote, target):
    text = f'"{quote}," Austrian Chancellor Karl Nehammer said on Monday.'
    found = of_type(pipe, text, "REJECT")
    assert [e.target for e in found] == ([target] if target else [])


def test_congratulation_does_not_target_the_speakers_own_country(pipe):
    text = ("Chile will take part with Brazil in a joint commission to oversee the truce, Chilean Foreign Minister "
            "Ana Ruiz said on Monday as she congratulated Lima on its gains.")
    found = of_type(pipe, text, "SUPPORT")
    assert found and found[0].source == ["Ana Ruiz"] and found[0].target == ["Peru"]


def test_judging_the_speakers_own_concession_accuses_no_one(pipe):
    text = ('Under the accord, Chile must hand back Tacna to Peru by June 1. "This is painful, but there is no '
            'defeat," Chilean President Gabriel Boric wrote on Facebook.')
    assert not of_type(pipe, text, "ACCUSE")


def test_quoted_countermeasures_after_a_regret_threaten_the_party_blamed(pipe):
    text = ('Chile doubled its tariffs on Peruvian copper on Monday. Peru\'s Foreign Ministry said in a statement '
            'that it "strongly regrets" the decision and would be "compelled to take countermeasures."')
    found = of_type(pipe, text, "THREATEN")
    assert found and found[0].target == ["Chile"] and "Peru" in found[0].source[0]


def test_disputing_an_account_rejects_whoever_gave_it(pipe):
    text = ('Chile\'s trade minister said Peru had broken its promises. "They went back on their word," he told '
            'reporters. Peruvian officials dispute that account.')
    found = of_type(pipe, text, "REJECT")
    assert found and found[0].source == ["Peru"] and found[0].target == ["Chile"]


def test_saying_they_will_not_recognise_a_deal_is_a_refusal(pipe):
    text = ("Several opposition parties, among them the Civic Platform party, demanded on Tuesday that Tusk resign "
            "and said they would not recognise what they called a surrender.")
    found = of_type(pipe, text, "REJECT")
    assert found and found[0].source == ["Civic Platform"] and found[0].target == [] \
        and found[0].date == "2024-05-07"


def test_condemning_what_a_ministry_called_an_act_is_the_ministrys_and_aims_at_the_doer(pipe):
    text = ('Chile and Peru both claim the region. Lima had demanded the sailor\'s "immediate release" and '
            'condemned what the foreign ministry called a "cruel spectacle" of the wounded man in footage shared '
            'by Chilean soldiers.')
    accused = of_type(pipe, text, "ACCUSE")
    assert accused and "Peru" in accused[0].source[0] and accused[0].source != ["Peru"] \
        and accused[0].target == ["Chile"]
    asked = of_type(pipe, text, "REQUEST")
    assert asked and asked[0].source == ["Peru"] and asked[0].target == ["Chile"]


def test_refusing_a_role_for_a_countrys_troops_refuses_the_country(pipe):
    text = ('France and Mali signed a defence pact in 2014. But Kremlin spokesman Dmitry Peskov rejected any role '
            'for French troops on the ground in Mali.')
    found = of_type(pipe, text, "REJECT")
    assert found and found[0].target == ["France"]


def test_warning_of_what_an_offensive_would_bring_is_no_threat(pipe):
    text = ('The UN chief had urged Moscow, Ankara and Tehran to protect civilians, warning that a full-scale '
            'offensive would lead to a humanitarian catastrophe.')
    assert not of_type(pipe, text, "THREATEN")


def test_a_call_on_countries_in_general_names_no_addressee(pipe):
    text = ('At a UN Security Council session in New York on Saturday, US Secretary of State Mike Pompeo urged '
            'countries to pick a side.')
    found = of_type(pipe, text, "REQUEST")
    assert found and found[0].target == []


def test_a_threat_is_not_aimed_at_the_warners_own_state(pipe):
    text = ('"Those who seized power must free every official," the US president said, warning that Washington '
            'would take action against those responsible.')
    found = of_type(pipe, text, "THREATEN")
    assert found and "United States" not in found[0].target


def test_welcoming_the_agreement_refers_to_the_deal_not_a_sentence_that_mentions_it(pipe):
    text = ('Chile and Peru signed a border agreement in Lima on Monday. Bolivia was not invited, and the agreement '
            'says nothing about whether its troops will withdraw from the frontier. UN Secretary-General Antonio '
            'Guterres welcomed the agreement on Tuesday.')
    found = of_type(pipe, text, "SUPPORT")
    assert found and sorted(found[0].target) == ["Chile", "Peru"]


def test_what_a_party_has_done_judged_in_a_quote_accuses_that_party(pipe):
    text = ('Chile closed the border on Monday. "What Chile has done is unjustified and tramples on our rights," '
            'Peruvian Foreign Minister Ana Cecilia Gervasi said.')
    found = of_type(pipe, text, "ACCUSE")
    assert found and found[0].target == ["Chile"]


def test_condemning_detentions_told_before_blames_the_detainers_not_the_detained(pipe):
    text = ('Chilean soldiers detained Peruvian President Pedro Castillo and opposition leader Keiko Fujimori in Lima '
            'on Monday. UN Secretary-General Antonio Guterres strongly condemned the detentions, his spokesman said.')
    found = of_type(pipe, text, "ACCUSE")
    assert found and found[0].target == ["Chilean Armed Forces"]


def test_urging_both_after_speaking_to_two_ministers_addresses_both(pipe):
    text = ('US Secretary of State Antony Blinken said he had spoken by phone to Chilean Foreign Minister Alberto '
            'van Klaveren and his Peruvian counterpart Javier Gonzalez-Olaechea, urging both to avoid "further '
            'military activity".')
    found = of_type(pipe, text, "REQUEST")
    assert found and len(found[0].target) == 2


def test_offering_to_investigate_accuses_nobody_but_investigating_a_party_does(pipe):
    offer = ('Chile accused Peru of arming smugglers on Tuesday. On Wednesday Peruvian President Dina Boluarte '
             'offered to investigate if Santiago shared its evidence.')
    assert not [e for e in of_type(pipe, offer, "ACCUSE") if e.trigger_start and offer[e.trigger_start:].startswith("investigate")]
    probe = 'Chilean prosecutors said on Wednesday they would investigate the Peruvian Navy over the sinking.'
    assert of_type(pipe, probe, "ACCUSE")


def test_each_side_blaming_the_other_is_the_last_quarrels_pair_not_a_talks_pair(pipe):
    text = ('Chilean troops shelled Peruvian positions near Tacna on Monday. Chile and Peru agreed to hold talks in '
            'Lima. The talks collapsed within days, with each side blaming the other.')
    found = [e for e in of_type(pipe, text, "ACCUSE") if text[e.trigger_start:].startswith("blaming")]
    assert found and found[0].target == ["Peru"] and found[0].source != ["Peru"]
    alone = 'The talks in Lima collapsed within days, with each side blaming the other.'
    assert not of_type(pipe, alone, "ACCUSE")


def test_naming_sanctions_with_a_word_of_blame_accuses_who_imposed_them(pipe):
    text = ('The United States imposed sanctions on Chile on Monday. Chilean President Gabriel Boric called the '
            'sanctions theft and said Chile would challenge them in court.')
    assert not [e for e in of_type(pipe, text, "SANCTION") if e.source == ["Gabriel Boric"]]
    found = [e for e in of_type(pipe, text, "ACCUSE") if e.source == ["Gabriel Boric"]]
    assert found and found[0].target == ["United States"]
    embargo = 'Peru imposed an embargo on Chile on Monday. Chilean President Gabriel Boric called the embargo an act of aggression.'
    assert [e.target for e in of_type(pipe, embargo, "ACCUSE")] == [["Peru"]]


def test_a_threat_acted_by_the_warners_own_state_is_aimed_at_the_party_its_clause_names(pipe):
    text = 'President Emmanuel Macron warned on Monday that France could impose tariffs on Chilean wine.'
    found = of_type(pipe, text, "THREATEN")
    assert found and found[0].target == ["Chile"]
