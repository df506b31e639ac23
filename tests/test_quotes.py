"""Quotes stage: every quotation style and attribution construction, on sentences written for
these tests, with the real spaCy model and the real actors stage."""
import pytest

from newsgraph.analyze.actors import ActorResolver
from newsgraph.analyze.quotes import QuoteExtractor
from newsgraph.analyze.quotes_marks import quoted_spans
from newsgraph.model import Analysis, Article


@pytest.fixture(scope="module")
def stages():
    return ActorResolver(), QuoteExtractor()


@pytest.fixture
def run(nlp, stages):
    actors, quotes = stages

    def go(text):
        analysis = Analysis(article=Article(id="t", text=text, published="2024-03-05"), doc=nlp(text))
        return quotes(actors(analysis)).quotes
    return go


def direct(quotes):
    return [q for q in quotes if q.kind == "direct"]


@pytest.mark.parametrize("marks", ['"{}"', "“{}”", "«{}»", "„{}“", "‘{}’"])
def test_every_mark_style(run, marks):
    body = "We will keep the border open for trade"
    text = f"Maria Kowalski said on Monday: {marks.format(body)}."
    qs = direct(run(text))
    assert [q.text for q in qs] == [body]
    assert "Kowalski" in qs[0].speaker


def test_split_quote_gives_two_quotes_one_speaker(run):
    text = '"We are ready," Foreign Minister Anna Berg said, "to talk with anyone who wants peace."'
    qs = direct(run(text))
    assert [q.text for q in qs] == ["We are ready,", "to talk with anyone who wants peace."]
    assert all("Berg" in q.speaker for q in qs)


def test_multi_paragraph_quote(run):
    text = ('Governor Paul Stenson spoke to the assembly on Friday.\n\n'
            '"The river has risen faster than anyone expected. We moved two thousand people.\n\n'
            '"We will rebuild every bridge," Stenson said.')
    qs = direct(run(text))
    assert len(qs) == 2
    assert all(q.speaker and "Stenson" in q.speaker for q in qs)


def test_partial_quote_and_pronoun_speaker(run):
    text = ("Prime Minister Lena Holt met the unions on Tuesday. "
            'She said the talks were "going in the right direction" and promised a new offer.')
    qs = direct(run(text))
    assert [q.text for q in qs] == ["going in the right direction"]
    assert "Holt" in qs[0].speaker


def test_according_to_and_indirect(run):
    text = "According to Interior Minister Omar Haddad, the curfew will end next week."
    qs = run(text)
    ind = [q for q in qs if q.kind == "indirect"]
    assert ind and "Haddad" in ind[0].speaker and "curfew" in ind[0].text


def test_quoted_as_saying_by_agency_is_not_speaker(run):
    text = ('"Our cooperation is growing," Defence Minister Ivan Sorokin was quoted as saying by Interfax.')
    qs = direct(run(text))
    assert len(qs) == 1 and "Sorokin" in qs[0].speaker


def test_told_newspaper(run):
    text = '"Nobody wants another winter like this one," Senator Clara Dunn told Izvestia.'
    qs = direct(run(text))
    assert len(qs) == 1 and "Dunn" in qs[0].speaker


def test_said_that_indirect_and_mixed(run):
    text = ('Mayor Tom Rigby said that the new stadium would open in June. '
            'Rigby added that the delay had been "entirely avoidable".')
    qs = run(text)
    kinds = {q.kind for q in qs}
    assert "indirect" in kinds and "mixed" in kinds
    assert all("Rigby" in q.speaker for q in qs)


def test_scare_quotes_and_names_are_not_quotes(run):
    text = ('The army moved the missile system "Tornado" to the coast. '
            'The troops were put on "high alert" overnight. '
            'A banner reading "Bridges, Not Walls" hung over the stage.')
    assert direct(run(text)) == []


def test_marks_without_a_closing_mark_stay_in_their_paragraph():
    text = 'He said "first part\nA new paragraph without quotes.'
    assert quoted_spans(text) == []


def reported(quotes):
    return [q for q in quotes if q.kind != "direct"]


def test_doubled_apostrophes_are_quotation_marks():
    text = "''The harbour will reopen in May,'' the port director said. ''Ships are waiting.''"
    spans = quoted_spans(text)
    assert [text[q.start:q.end] for q in spans] == ["The harbour will reopen in May,", "Ships are waiting."]


@pytest.mark.parametrize("text,speaker,content", [
    ("Senator Ruth Ames praised the new water law as a model for other states.",
     "Ames", "the new water law as a model for other states"),
    ("Governor Neil Patel called for an inquiry into the collapse of the bridge.",
     "Patel", "an inquiry into the collapse of the bridge"),
    ("Mayor Jo Brandt vowed to rebuild the market hall before the winter.",
     "Brandt", "to rebuild the market hall before the winter"),
    ("Minister Carl Ostrom denied reports of a secret deal with the rebels.",
     "Ostrom", "reports of a secret deal with the rebels"),
])
def test_stance_verbs_report_their_object(run, text, speaker, content):
    qs = reported(run(text))
    assert any(speaker in (q.speaker or "") and q.text == content for q in qs), qs


def test_reported_clause_runs_to_the_end_of_the_sentence_but_not_the_cue_modifiers(run):
    text = ("Councillor Mia Stone said the fund had paid for the school roof, the library and the clinic, "
            "adding that more money would come next year.")
    qs = reported(run(text))
    first = next(q for q in qs if q.cue == "said")
    assert first.text.startswith("the fund had paid") and first.text.endswith("the clinic")


def test_trailing_participle_keeps_the_outer_speaker(run):
    text = ('Press secretary Lea Morgan dismissed rumours that the governor will resign during the recess, '
            'calling them "pure invention."')
    qs = run(text)
    calling = [q for q in qs if q.cue == "calling"]
    assert calling and all("Morgan" in q.speaker for q in calling)
    dismissed = next(q for q in qs if q.cue == "dismissed")
    assert "calling" not in dismissed.text


def test_a_naming_word_ending_the_previous_sentence_does_not_make_a_title(run):
    text = ('The strike spread to the ports, a new stage for the movement.\n\n'
            '"We will stay out until the pay offer changes," union leader Dara Quinn said.')
    qs = direct(run(text))
    assert len(qs) == 1 and "Quinn" in qs[0].speaker


def test_headline_names_its_speaker_after_a_colon(run):
    text = ('Talk of a fuel tax rise "pure speculation": Hartmann\n'
            'Finance Minister Greta Hartmann spoke to reporters in Bonn on Friday.')
    qs = direct(run(text))
    assert [q.text for q in qs] == ["pure speculation"] and "Hartmann" in qs[0].speaker


def test_a_document_speaks_for_the_body_that_issued_it(run):
    text = ('Ministers of the African Union met in Addis Ababa and adopted the Addis Ababa African Union Declaration '
            'on water. The declaration, signed by all members, says that "every river basin needs a shared authority."')
    qs = direct(run(text))
    assert len(qs) == 1 and qs[0].speaker == "African Union"


def test_a_clause_nested_in_the_same_speakers_clause_is_one_attribution(run):
    text = "Mayor Ines Vidal said she believes the tunnel will be finished by spring."
    qs = reported(run(text))
    assert len(qs) == 1 and qs[0].cue == "said" and qs[0].text.startswith("she believes")


def test_condition_opening_the_reported_clause_stays_and_dateline_is_not_the_speaker(run):
    text = ("LISBON (Reuters) - Prime Minister Rui Costa said if the vote fails he will call an early election.")
    qs = reported(run(text))
    assert len(qs) == 1 and qs[0].text.startswith("if the vote fails")
    assert text[qs[0].speaker_start:qs[0].speaker_end].endswith("Rui Costa")
    assert "LISBON" not in text[qs[0].speaker_start:qs[0].speaker_end]


@pytest.mark.parametrize("text,content", [
    ("Chief executive Omar Lund said he had secured new contracts for the shipyard.",
     "he had secured new contracts for the shipyard"),
    ("At a press conference in the capital, Senator Vera Holm said the budget was balanced.",
     "the budget was balanced"),
    ("Senator Vera Holm said she firmly believed in lower taxes.", "she firmly believed in lower taxes"),
])
def test_reported_clause_under_parser_slips(run, text, content):
    qs = reported(run(text))
    assert [q.text for q in qs] == [content]


def test_a_view_attributed_to_no_one(run):
    text = ("The new bridge is widely expected to open before the harbour festival. "
            "The mayor appeared at the ribbon cutting on Monday.")
    qs = reported(run(text))
    assert len(qs) == 1 and qs[0].speaker is None
    assert qs[0].text == "The new bridge is widely expected to open before the harbour festival"


@pytest.mark.parametrize("text,speaker,content", [
    ("The harbour will reopen before the winter storms arrive, port officials say.",
     "port officials", "The harbour will reopen before the winter storms arrive"),
    ("Imports of grain fell sharply in the first quarter, customs data show.",
     "customs data", "Imports of grain fell sharply in the first quarter"),
    ("Smugglers, she said in the interview, rarely stay in one town for long.",
     "she", "Smugglers, she said in the interview, rarely stay in one town for long"),
])
def test_source_after_the_content(run, text, speaker, content):
    """'..., officials say.' / 'X, he said, Y': the source comes after (or inside) the content."""
    qs = reported(run(text))
    assert [(text[q.speaker_start:q.speaker_end], q.text) for q in qs] == [(speaker, content)]


def test_according_to_after_a_clause_is_its_own_source(run):
    text = "The ministry cancelled the tender after the audit, according to two people close to the talks."
    qs = reported(run(text))
    assert [(text[q.speaker_start:q.speaker_end], q.text) for q in qs] == [
        ("two people", "The ministry cancelled the tender after the audit")]


def test_a_clause_of_time_or_an_answer_is_no_trailing_content(run):
    text = "Of the twelve mayors who answered, only five said no. When asked about it, the bank declined."
    assert not any(q.text.startswith(("Of the twelve", "When asked")) for q in reported(run(text)))


def test_a_line_opening_with_a_name_and_a_colon(run):
    text = ("Senator Ruth Ames visited the dam on Friday.\n\n"
            "Ames: Farmers will get their water back by June.\n\n"
            "Pia Lund, The Harbour Gazette: \"The council has run out of excuses for the delays.\"\n\n"
            "Editor's note: This story was updated with the minister's reply.\n\n"
            "Euro/dollar: down at 1.08 from 1.09")
    qs = run(text)
    got = {(text[q.speaker_start:q.speaker_end], q.text, q.kind) for q in qs}
    assert ("Ames", "Farmers will get their water back by June", "indirect") in got
    assert ("Pia Lund, The Harbour Gazette", "The council has run out of excuses for the delays.", "direct") in got
    assert not any(q.text.startswith(("This story", "down at")) for q in qs)


@pytest.mark.parametrize("text,speaker,content", [
    ("The union issued a statement saying that the strike would go on.", "The union", "the strike would go on"),
    ("There are no surveys showing the mayor ahead.", "no surveys", "the mayor ahead"),
    ("Farmers were angered by the ruling, saying that the court ignored the drought.",
     "Farmers", "the court ignored the drought"),
])
def test_a_participle_speaks_for_its_noun_or_for_who_issued_it(run, text, speaker, content):
    qs = reported(run(text))
    assert (speaker, content) in [(text[q.speaker_start:q.speaker_end], q.text) for q in qs], qs


def test_mixed_content_runs_to_the_close_of_the_quotation_it_opened(run):
    text = 'Mayor Ann Holt said the old bridge "is safe for now. We checked every bolt last week." Repairs start in May.'
    qs = [q for q in run(text) if q.kind == "mixed"]
    assert [q.text for q in qs] == ['the old bridge "is safe for now. We checked every bolt last week."']


@pytest.mark.parametrize("text,speaker,content", [
    ("As the Daily Courier reported on Friday, the mill will close in March.",
     "the Daily Courier", "the mill will close in March"),
    ("The leak was first reported by the Daily Courier.", "the Daily Courier", "The leak"),
])
def test_as_x_reported_and_reported_by_x(run, text, speaker, content):
    qs = reported(run(text))
    assert [(text[q.speaker_start:q.speaker_end], q.text) for q in qs] == [(speaker, content)]


def test_naming_verb_with_two_complements(run):
    text = 'Mayor Jo Brandt called the new toll "a tax on the poor" in a letter to the council.'
    qs = [q for q in run(text) if q.kind == "mixed"]
    assert [q.text for q in qs] == ['the new toll "a tax on the poor" in a letter to the council']


@pytest.mark.parametrize("text,content", [
    ("Senator Ruth Ames called on the governor to close the mine before the winter.",
     "the governor to close the mine before the winter"),
    ("Councillor Mia Stone referred to the plan as a gift to developers.", "the plan as a gift to developers"),
])
def test_a_preposition_cue_reports_its_object_with_what_follows(run, text, content):
    assert [q.text for q in reported(run(text))] == [content]


@pytest.mark.parametrize("text,content", [
    ("The channel presents itself as a voice for rural viewers.", "itself as a voice for rural viewers"),
    ("The brochure promotes the quiet location of the new hotel.", "the quiet location of the new hotel"),
])
def test_verbs_of_presenting_and_promoting_report_their_object(run, text, content):
    assert [q.text for q in reported(run(text))] == [content]


def test_interjected_is_a_cue_of_a_direct_quote(run):
    text = 'Senator Ruth Ames spoke first. "Not in this budget," Governor Neil Patel interjected.'
    qs = direct(run(text))
    assert [(q.text, q.speaker) for q in qs] == [("Not in this budget,", "Neil Patel")]


def test_a_subject_inside_the_quote_is_not_the_speaker(run):
    text = ('“The worrying part is that he could so calmly—whatever the question ― insist that he '
            'had never signed it,” Governor Neil Patel said.')
    qs = direct(run(text))
    assert [q.speaker for q in qs] == ["Neil Patel"]


def test_a_quote_inside_a_reported_clause_takes_that_clause_cue(run):
    text = ('Councillor Mia Stone, noting that the plan "leaves the river towns behind," added: '
            '"We will vote against it. The towns deserve better."')
    qs = direct(run(text))
    assert [(q.cue, q.speaker) for q in qs] == [("noting", "Councillor Mia Stone"), ("added", "Councillor Mia Stone")]


@pytest.mark.parametrize("text,content", [
    ("The new harbour master is known for his patience with fishermen.",
     "The new harbour master is known for his patience with fishermen"),
    ("The old mayor was seen as too close to the builders.", "The old mayor was seen as too close to the builders"),
    ("The judge is said to have read every page of the file.", "The judge is said to have read every page of the file"),
])
def test_a_view_held_by_no_one_in_particular(run, text, content):
    qs = reported(run(text))
    assert [(q.text, q.speaker) for q in qs] == [(content, None)]


def test_known_as_is_a_name_not_a_view(run):
    assert reported(run("The old quarter, known as the Lanes, floods every spring.")) == []


def test_a_participle_after_the_content_is_the_next_attribution(run):
    text = ("Governor Neil Patel has expressed anger at the ruling, rejecting criticism of his water plan "
            "and blaming the court for the delays.")
    got = {(q.cue, q.text) for q in reported(run(text))}
    assert ("expressed", "anger at the ruling") in got
    assert ("rejecting", "criticism of his water plan") in got


def test_told_x_to_do_y_reports_x_and_y(run):
    text = "Mayor Jo Brandt told the builders not to start before the spring."
    assert [q.text for q in reported(run(text))] == ["the builders not to start before the spring"]


def test_claim_nouns_need_a_holder_or_a_clause(run):
    text = ("Concerns about the dam have grown this year. The call by Senator Ruth Ames for an inquiry was "
            "ignored. The mayor's statement on Monday surprised nobody. There was speculation that the dam "
            "could break.")
    got = {(q.cue, q.text, text[q.speaker_start:q.speaker_end] if q.speaker_start is not None else None)
           for q in reported(run(text))}
    assert ("call", "an inquiry", "Senator Ruth Ames") in got
    assert ("speculation", "the dam could break", None) in got
    assert not any(cue in ("Concerns", "statement") for cue, _, _ in got)


def test_decisions_inferences_and_physical_pushes_are_not_attributions(run):
    text = ("The council decided to close the pool. That means the town will lose its only pool. "
            "Strong winds pushed the boats onto the rocks.")
    assert reported(run(text)) == []


def test_a_source_after_a_direct_quote_leaves_it_to_the_direct_quote(run):
    text = '"We will not sell the port," Mayor Jo Brandt said, before leaving the hall.'
    qs = run(text)
    assert [q.kind for q in qs] == ["direct"]


def test_a_quantity_or_a_bare_document_is_no_content(run):
    text = ("Factories added 40,000 jobs in May, new figures show. The ministry released a statement. "
            "Mayor Jo Brandt echoed a council statement on the floods.")
    got = {(q.cue, q.text) for q in reported(run(text))}
    assert not any(cue in ("added", "released") for cue, _ in got)
    assert ("echoed", "a council statement on the floods") in got


def test_a_view_held_by_no_one_inside_someones_words_is_theirs(run):
    text = "Mayor Jo Brandt said the dam appeared to be safe for another winter."
    qs = reported(run(text))
    assert [(q.cue, q.speaker) for q in qs] == [("said", "Jo Brandt")]


def test_appeared_to_acknowledge_is_the_subjects_own_stance(run):
    text = "Governor Neil Patel appeared to acknowledge the failure of the water plan."
    qs = reported(run(text))
    assert [(q.cue, q.speaker) for q in qs] == [("acknowledge", "Neil Patel")]


@pytest.mark.parametrize("text,content", [
    ("The minister denied taking money from the builders.", "taking money from the builders"),
    ('He also acknowledged giving free passes to "valued friends" of the club.',
     'giving free passes to "valued friends" of the club'),
])
def test_a_gerund_after_a_stance_verb_is_its_content(run, text, content):
    assert content in [q.text for q in reported(run(text))]


def test_as_x_put_it(run):
    text = "The plan is a gift to developers, as the mayor put it on Monday."
    qs = reported(run(text))
    assert [(text[q.speaker_start:q.speaker_end], q.text) for q in qs] == [
        ("the mayor", "The plan is a gift to developers")]
    assert reported(run("He put it on the table before the vote.")) == []


def test_a_source_with_an_apposition_after_the_content(run):
    text = "The party is not planning any more dinners, its finance chairman, Steve Mnuchin, told the Daily Courier this week."
    qs = reported(run(text))
    assert [(text[q.speaker_start:q.speaker_end], q.text) for q in qs] == [
        ("its finance chairman, Steve Mnuchin", "The party is not planning any more dinners")]
    text = "For a decade beginning in 2005, Ann Holt advised Baltic ministers, including the prime minister."
    assert not any(q.text.startswith("For a decade") for q in reported(run(text)))


def test_that_clause_after_the_cues_adverbials(run):
    qs = run("Finance Minister Olga Brandt acknowledged at the time that the budget had been cut.")
    assert [(q.kind, q.text) for q in qs] == [("indirect", "that the budget had been cut")]
    assert "Brandt" in qs[0].speaker
    qs = run("Mayor Tom Reyes conceded publicly as well as privately that the plan was failing "
             "— and that the vote may be lost.")
    assert [q.text for q in qs] == ["the plan was failing — and that the vote may be lost"]


def test_relative_clause_after_a_cue_is_no_content(run):
    assert run("Senator Ann Wu spoke on the day that she was elected.") == []
    assert run("Senator Ann Wu commented at the meeting that she chaired.") == []


def test_a_cue_reporting_its_own_words_after_a_quote_is_not_its_cue(run):
    text = ('"We lost the vote on the bridge," Mayor Ann Lee said on Friday. "But the council is divided. '
            'The budget is late." She called the delay "a disgrace to the city."')
    qs = direct(run(text))
    second = next(q for q in qs if q.text.startswith("But the council"))
    assert second.cue is None and text[second.speaker_start:second.speaker_end] == "Mayor Ann Lee"


def test_reported_clause_goes_on_in_quotation_marks(run):
    text = ('Governor Ann Lee spoke in Dayton on Monday. She said the voters were tired of the delays. '
            '"They want the bridge now. We will build it this year."')
    qs = run(text)
    said = next(q for q in qs if q.cue == "said")
    assert said.kind == "mixed" and said.text.startswith("the voters were tired")
    assert said.text.endswith('this year."')
    assert [q.text for q in direct(qs)] == ["They want the bridge now. We will build it this year."]


def test_a_quote_after_a_sentence_with_its_own_quote_does_not_join_the_reported_clause(run):
    text = '"We will win," said Governor Ann Lee, arguing that the voters were tired of the delays. "They want the bridge now."'
    arguing = next(q for q in run(text) if q.cue == "arguing")
    assert arguing.text == "the voters were tired of the delays"


def test_a_relay_keeps_what_it_reports_when_the_only_other_cue_is_inside(run):
    text = "Reuters reported that investigators had found ledgers showing secret payments to the mayor."
    qs = [q for q in run(text) if q.cue == "reported"]
    assert [(q.speaker, q.text) for q in qs] == [
        ("Reuters", "investigators had found ledgers showing secret payments to the mayor")]


def test_a_past_tense_cue_the_parser_hangs_on_its_subject(run):
    text = "Ohio Sen. Mary Carter, a member of the Senate budget committee, called on him to resign."
    qs = run(text)
    assert [(q.text, q.speaker) for q in qs] == [("him to resign", "Mary Carter")]


def test_quick_to_note(run):
    text = "Democrats are quick to note that Republican groups have spent far more."
    qs = run(text)
    assert [(q.text, text[q.speaker_start:q.speaker_end]) for q in qs] == [
        ("Republican groups have spent far more", "Democrats")]


@pytest.mark.parametrize("text,content,speaker", [
    ("Mayor Ann Lee took issue with the council's plan to close the library.",
     "the council's plan to close the library", "Mayor Ann Lee"),
    ("The editorial made little mention of the governor, a former banker who ran twice.",
     "the governor, a former banker who ran twice", "The editorial"),
    ("In a long memo, Paul Elias made a case that the new rules had served the charity.",
     "the new rules had served the charity", "Paul Elias"),
    ("Senator Ruth Hale aimed her criticism at the transport minister.", "the transport minister", "Senator Ruth Hale"),
])
def test_stance_phrases(run, text, content, speaker):
    qs = [q for q in reported(run(text)) if q.text == content]
    assert [text[q.speaker_start:q.speaker_end] for q in qs] == [speaker]


def test_a_stance_phrase_needs_its_preposition(run):
    assert reported(run("The club made little mention in the newsletter.")) == []


def test_implored_is_a_cue(run):
    qs = direct(run('"Go and vote on Tuesday," Governor Ann Lee implored.'))
    assert [(q.text, q.speaker) for q in qs] == [("Go and vote on Tuesday,", "Ann Lee")]


def test_the_words_a_naming_cue_gives_are_its_subjects(run):
    """'condemned what the interior ministry called a "..."': the ministry's words, not the
    condemning party's."""
    text = ('Prime Minister Lena Halvorsen had demanded an inquiry and condemned what the Interior '
            'Ministry called a "grave breach of trust" by the border guards.')
    qs = [q for q in direct(run(text)) if q.text == "grave breach of trust"]
    assert qs and qs[0].speaker == "Interior Ministry"


def test_the_statement_said_speaks_for_its_named_author(run):
    """'the statement said' after 'a statement attributed to X': X speaks."""
    text = ('Protests spread across the capital on Sunday. In a message posted online and attributed to '
            'opposition leader Tomas Varga, the veteran politician urged supporters to stay calm. '
            '"Violence will only help those who stole this election," the message said.')
    qs = direct(run(text))
    assert qs and qs[0].speaker == "Tomas Varga"


def test_a_crosshead_echoing_a_quote_is_no_quote(run):
    text = ('The talks ended on Friday without a deal, mediator Sara Lind said.\n\n'
            '"A long road ahead"\n\n'
            '"We still have a long road ahead of us," Lind told reporters after the session.')
    qs = direct(run(text))
    assert [q.text for q in qs] == ["We still have a long road ahead of us,"]
