"""The time stage: recognition and normalisation of time expressions, tense direction, anchored
and undated cases, and the date governing an event trigger. Sentences are our own."""
import pytest

from conftest import shared_path
from newsgraph.analyze.time import TimeTagger, event_date, infer_publication_date, propagate_dates
from newsgraph.model import Event
from newsgraph.model import Analysis, Article

WEDNESDAY = "2023-07-12"


@pytest.fixture(scope="module")
def tag(nlp):
    tagger = TimeTagger()

    def run(text, published=WEDNESDAY):
        return tagger(Analysis(article=Article(id="t", text=text, published=published), doc=nlp(text)))
    return run


def values(analysis):
    return [(t.text, t.value) for t in analysis.timexes]


def value_of(analysis, text):
    return next(t.value for t in analysis.timexes if t.text == text)


def trigger(analysis, word):
    return next(t for t in analysis.doc if t.text == word)


@pytest.mark.parametrize("sentence, expression, value", [
    ("The treaty was signed on December 19, 2022, in the capital.", "December 19, 2022", "2022-12-19"),
    ("The treaty was signed on 19 December 2022 in the capital.", "19 December 2022", "2022-12-19"),
    ("The treaty was signed on Monday, December 19, 2022.", "Monday, December 19, 2022", "2022-12-19"),
    ("The registry lists the filing as 2022-12-19 in its records.", "2022-12-19", "2022-12-19"),
    ("The filing is dated 19.12.2022 in the registry.", "19.12.2022", "2022-12-19"),
    ("The two sides met in May 2010 and again later.", "May 2010", "2010-05"),
    ("The reform passed in 2021 after a long debate.", "2021", "2021"),
    ("Prices rose sharply in the 1990s across the region.", "the 1990s", "199"),
    ("Output fell in the first half of 2023, the agency said.", "the first half of 2023", "2023-H1"),
    ("Sales grew in the third quarter of 2022.", "the third quarter of 2022", "2022-Q3"),
    ("The bridge was built in the 19th century.", "19th century", "18"),
])
def test_absolute_dates(tag, sentence, expression, value):
    assert value_of(tag(sentence), expression) == value


def test_date_without_year_follows_tense(tag):
    assert value_of(tag("The envoy arrived in Rome on Dec. 19 for talks."), "Dec. 19") == "2022-12-19"
    assert value_of(tag("The envoy travelled to Rome on April 2."), "April 2") == "2023-04-02"
    assert value_of(tag("The envoy will travel to Rome on April 2."), "April 2") == "2024-04-02"


def test_day_of_month_alone(tag):
    assert value_of(tag("The vote was held on the 5th, officials said."), "the 5th") == "2023-07-05"


def test_months_and_years(tag):
    a = tag("The strikes began in March and the union expects a deal in early 2024.")
    assert value_of(a, "March") == "2023-03"
    timex = next(t for t in a.timexes if t.text == "early 2024")
    assert (timex.value, timex.mod) == ("2024", "START")
    a = tag("The factory closed late last year and reopened this year.")
    late = next(t for t in a.timexes if t.text == "late last year")
    assert (late.value, late.mod) == ("2022", "END")
    assert value_of(a, "this year") == "2023"
    assert value_of(tag("Inflation peaked during the current year."), "the current year") == "2023"
    assert value_of(tag("The ferry sails again next month."), "next month") == "2023-08"
    assert value_of(tag("The ferry stopped last month."), "last month") == "2023-06"


@pytest.mark.parametrize("sentence, expression, value", [
    ("The ministers met on Monday in Oslo.", "Monday", "2023-07-10"),
    ("The ministers will meet on Monday in Oslo.", "Monday", "2023-07-17"),
    ("The ministers are due to meet on Friday in Oslo.", "Friday", "2023-07-14"),
    ("The ministers plan to meet on Friday in Oslo.", "Friday", "2023-07-14"),
    ("The ministers met on Friday in Oslo.", "Friday", "2023-07-07"),
    ("The ministers met on Wednesday in Oslo.", "Wednesday", "2023-07-12"),
    ("The ministers met last Wednesday in Oslo.", "last Wednesday", "2023-07-05"),
    ("The strike ended on Tuesday evening.", "Tuesday evening", "2023-07-11TEV"),
    ("The summit opens on Friday in Oslo.", "Friday", "2023-07-14"),
    ("The ministry says on Monday that it opposes the plan.", "Monday", "2023-07-10"),
])
def test_weekdays_follow_tense(tag, sentence, expression, value):
    assert value_of(tag(sentence), expression) == value


@pytest.mark.parametrize("sentence, expression, type_, value", [
    ("The minister resigned yesterday.", "yesterday", "DATE", "2023-07-11"),
    ("The minister will resign tomorrow.", "tomorrow", "DATE", "2023-07-13"),
    ("The committee met last week.", "last week", "DATE", "2023-W27"),
    ("The committee meets this week.", "this week", "DATE", "2023-W28"),
    ("The plant closed two weeks ago.", "two weeks ago", "DATE", "2023-W26"),
    ("The plant closed three years ago.", "three years ago", "DATE", "2020"),
    ("The talks lasted for three days.", "three days", "DURATION", "P3D"),
    ("The war lasted a decade.", "a decade", "DURATION", "P10Y"),
    ("The festival is held every year in June.", "every year", "SET", "P1Y"),
    ("Prices are currently rising.", "currently", "DATE", "PRESENT_REF"),
])
def test_relative_expressions(tag, sentence, expression, type_, value):
    timex = next(t for t in tag(sentence).timexes if t.text == expression)
    assert (timex.type, timex.value) == (type_, value)


def test_vague_ago_keeps_its_modifier(tag):
    a = tag("The two states signed a pact more than a half-century ago.")
    timex = next(t for t in a.timexes if "half-century" in t.text)
    assert timex.mod == "MORE_THAN"
    assert event_date(a, trigger(a, "signed")).date is None


def test_anaphoric_days(tag):
    a = tag("The court ruled on March 3, 2021. The government appealed the same day, "
            "and the opposition had protested the day before.")
    assert value_of(a, "the same day") == "2021-03-03"
    assert value_of(a, "the day before") == "2021-03-02"
    a = tag("The ships docked on June 3, 2020. Two days later the crews left.")
    assert value_of(a, "Two days later") == "2020-06-05"


def test_date_anchored_on_an_anniversary(tag):
    a = tag("The council will meet two days before the 30th anniversary of the charter, "
            "which was adopted on October 4, 1994.", published="2024-09-01")
    assert value_of(a, "two days before the 30th anniversary") == "2024-10-02"
    assert event_date(a, trigger(a, "meet")).date == "2024-10-02"


def test_header_line_is_not_a_timex(tag):
    text = "date 2021-04-13\nThe envoys held talks on Tuesday."
    a = tag(text, published="2021-04-13")
    assert all(t.start > 15 for t in a.timexes)
    assert value_of(a, "Tuesday") == "2021-04-13"
    assert value_of(tag(text, published=None), "Tuesday") == "2021-04-13"


def test_undated_article_leaves_relative_expressions_unresolved(tag):
    a = tag("The rebels withdrew on Monday. The truce was agreed on June 23, 2023, "
            "and the last convoy left on June 25.", published=None)
    assert value_of(a, "Monday") == "XXXX-WXX-1"
    assert event_date(a, trigger(a, "withdrew")).date is None
    assert value_of(a, "June 25") == "2023-06-25"
    assert event_date(a, trigger(a, "left")).date == "2023-06-25"


def test_undated_article_weekday_named_by_its_latest_full_date(tag):
    # 4 March 2024 was a Monday: the report names its news day both ways
    a = tag("The senate voted on Monday to approve the budget. Senators passed the bill on 4 March 2024 "
            "by 61 votes to 30, a year after a first draft failed on 6 March 2023.", published=None)
    assert value_of(a, "Monday") == "2024-03-04"
    assert event_date(a, trigger(a, "voted")).date == "2024-03-04"
    # a weekday that is not the latest date's, or one with "last", stays unresolved
    b = tag("The envoy left on Friday. The senators passed the bill on 4 March 2024. "
            "They had met the envoy last Monday.", published=None)
    assert value_of(b, "Friday") == "XXXX-WXX-5"
    assert value_of(b, "last Monday") == "XXXX-WXX-1"
    # a date whose year is borrowed from an earlier one ('on March 4') names no weekday
    c = tag("The strike began on 1 March 2024. The unions met the minister on March 4. "
            "Talks resumed on Monday.", published=None)
    assert value_of(c, "Monday") == "XXXX-WXX-1"
    # nor one the story goes past ('on March 8' after it): it was a background date
    d = tag("The strike began on 4 March 2024. The unions met the minister on March 8. "
            "Talks resumed on Monday.", published=None)
    assert value_of(d, "Monday") == "XXXX-WXX-1"


def test_event_date_takes_the_governing_timex(tag):
    a = tag("The foreign ministers, who met on Monday, will sign the treaty on Friday.")
    assert event_date(a, trigger(a, "met")).date == "2023-07-10"
    sign = event_date(a, trigger(a, "sign"))
    assert (sign.date, sign.precision, sign.basis, sign.timex.text) == ("2023-07-14", "day", "timex", "Friday")


def test_event_date_of_a_noun_trigger(tag):
    a = tag("The talks on Tuesday ended without a deal, a spokesman said on Wednesday.")
    assert event_date(a, trigger(a, "talks")).date == "2023-07-11"
    assert event_date(a, trigger(a, "said")).date == "2023-07-12"


def test_event_date_does_not_take_a_date_from_a_reported_clause(tag):
    a = tag("The ministry said on Tuesday that it would lift the tariffs.")
    assert event_date(a, trigger(a, "said")).date == "2023-07-11"
    assert event_date(a, trigger(a, "lift")).date is None


def test_event_date_of_an_open_complement(tag):
    a = tag("The two leaders agreed on Monday to restore flights.")
    assert event_date(a, trigger(a, "restore")).date == "2023-07-10"


def test_event_date_precision_conventions(tag):
    a = tag("The governors gathered in Madrid this week.", published="2023-11-16")
    assert (event_date(a, trigger(a, "gathered")).date, event_date(a, trigger(a, "gathered")).precision) == ("2023-11", "month")
    a = tag("The envoys held talks from March 13 to 16 in Doha.", published="2023-03-20")
    d = event_date(a, trigger(a, "held"))
    assert (d.date, d.precision) == ("2023-03", "month")
    a = tag("The board met on June 2, 2024. A month after the meeting, the fund will be launched.",
            published="2024-05-01")
    d = event_date(a, trigger(a, "launched"))
    assert (d.date, d.precision) == ("2024-07", "month")
    a = tag("The duration alone dates nothing: the strike lasted three days.")
    assert event_date(a, trigger(a, "lasted")).date is None


def test_infer_publication_date():
    text = "The court met on March 3, 2021. It ruled on March 10, 2021, on Friday."
    assert infer_publication_date(text) == "2021-03-10"
    assert infer_publication_date("The court met on Friday.") is None


def test_tempeval3_scores():
    from newsgraph.analyze.time import evaluate_tempeval

    res = evaluate_tempeval(str(shared_path("peers", "tempeval3_test.jsonl")))
    assert res["value"]["f1"] >= 0.85
    assert res["strict"]["f1"] >= 0.85


def test_event_date_inherits_the_date_in_focus(tag):
    a = tag("The envoys met in Geneva on Monday. They agreed to exchange prisoners. "
            "The ministers will sign the accord.")
    agreed = event_date(a, trigger(a, "agreed"))
    assert (agreed.date, agreed.basis) == ("2023-07-10", "inherited")
    assert event_date(a, trigger(a, "agreed"), inherit=False).date is None
    assert event_date(a, trigger(a, "sign")).date is None  # planned, no date of its own


def test_headline_takes_the_lead_date_and_dateline_dates_nothing(tag):
    text = ("Rivals agree to reopen border\n\nLISBON, Portugal, July 12 – The two governments agreed on "
            "Tuesday to reopen their shared border, officials said.")
    a = tag(text)
    assert event_date(a, trigger(a, "agree")).date == "2023-07-11"
    assert event_date(a, trigger(a, "agreed")).date == "2023-07-11"


def test_event_measured_from_by_a_duration(tag):
    a = tag("The council met on June 2, 2024. A month after the meeting, the fund opened.",
            published="2024-08-01")
    assert event_date(a, trigger(a, "opened")).date == "2024-07"
    a = tag("Chile ratified the pact in May 2022, some three months after Peru signed it.", published="2024-08-01")
    assert event_date(a, trigger(a, "signed")).date == "2022-02"
    a = tag("The council met on June 2, 2024. A month after the meeting, the fund opened.",
            published="2024-08-01")
    assert event_date(a, trigger(a, "meeting")).date == "2024-06-02"


def test_background_month_does_not_carry_over_a_paragraph(tag):
    text = ("The two presidents agreed on Tuesday to resume trade talks.\n\n"
            "Relations had soured in February, when a trade dispute broke out.\n\n"
            "The presidents also agreed to reopen consulates.")
    a = tag(text)
    assert event_date(a, trigger(a, "broke")).date == "2023-02"
    consulates = [t for t in a.doc if t.text == "agreed"][1]
    assert event_date(a, consulates).date == "2023-07-11"


def test_first_paragraph_is_no_headline(tag):
    a = tag("The envoys met in Geneva on Monday. They agreed to exchange prisoners.\n\n"
            "The talks resume on July 20.")
    assert event_date(a, trigger(a, "agreed")).date == "2023-07-10"


@pytest.mark.parametrize("text, word, published, expected", [
    # a clause describing the event noun dates it, even when the parser hangs it from the verb
    ("The ministry will lift the tariffs imposed in 2018 on steel imports.", "tariffs", WEDNESDAY, "2018"),
    ("Troops went ahead with their biggest drills in a decade, which began on Monday.", "drills", WEDNESDAY,
     "2023-07-10"),
    # a relative clause's date is background, not the date in focus for the next sentence
    ("The envoys met on Wednesday, as the blockade, which began on Monday, went on. "
     "At their meeting the envoys agreed to open a corridor.", "agreed", WEDNESDAY, "2023-07-12"),
    # what a present-tense reported clause says holds when it is said
    ('"The army shells the villages every night," the mayor wrote on Tuesday.', "shells", WEDNESDAY, "2023-07-11"),
    # the event a duration is measured from, in a subordinate clause: N units before the main clause
    ("Chile joined the pact in May 2022, two months after Peru launched its bid for membership.", "bid",
     "2024-08-01", "2022-03"),
    # "N units after X": X itself is the base date; a date of X's own is the base
    ("The leaders met on December 7. Two weeks after the summit, the ministers will hold talks in Oslo.",
     "summit", "2024-11-04", "2023-12-07"),
    ("The leaders met on December 7. Two weeks after the summit, the ministers will hold talks in Oslo.",
     "talks", "2024-11-04", "2023-12-21"),
    ("The council will convene two days after the election on November 17.", "convene", "2024-11-04",
     "2024-11-19"),
    # with no date of X anywhere, "three weeks before X" dates nothing
    ("Three weeks before the election, the opposition held a rally.", "rally", WEDNESDAY, None),
    # "a day before the anniversary of X (date)": the next anniversary for a plan
    ("The ministers will meet a day before the anniversary of the treaty signed on March 3, 1990.", "meet",
     "2024-11-04", "2025-03-02"),
    # a past event reported in the same sentence by a dated saying happened by then
    ("Rockets struck the port again, officials said on Tuesday.", "struck", WEDNESDAY, "2023-07-11"),
    # after a range, the date in focus is its last day
    ("The envoys talked in Oslo from July 3 to 7. The mediator praised them afterwards.", "praised", WEDNESDAY,
     "2023-07-07"),
])
def test_event_date_constructions(tag, text, word, published, expected):
    a = tag(text, published)
    assert event_date(a, trigger(a, word)).date == expected


def test_past_reported_clause_keeps_its_own_time(tag):
    a = tag("The mayor said on Tuesday that the army had shelled the villages.")
    assert event_date(a, trigger(a, "shelled"), inherit=False).date is None


def test_definite_event_noun_passes_its_date_back(tag):
    a = tag("The prime minister plans to travel to Riga and attend a meeting of the council. "
            "The ministerial meeting is set for July 20.")
    visit = Event(type="CONSULT", status="planned", trigger="travel",
                  trigger_start=trigger(a, "travel").idx, trigger_end=trigger(a, "travel").idx + 6)
    other = Event(type="AGREE", status="planned", trigger="attend",
                  trigger_start=trigger(a, "attend").idx, trigger_end=trigger(a, "attend").idx + 6)
    assert propagate_dates(a, [visit, other]) == 1
    assert (visit.date, visit.date_basis) == ("2023-07-20", "anaphora")
    assert other.date is None  # not the same kind of event


def event_at(analysis, word, type_, actors=(), date=None):
    tok = trigger(analysis, word)
    return Event(type=type_, source=list(actors), date=date, trigger=word, trigger_start=tok.idx,
                 trigger_end=tok.idx + len(word))


def test_headline_event_takes_the_body_date_or_the_article_date(tag):
    a = tag("Lisbon and Madrid sign water deal\n\nSpain and Portugal signed a water treaty in March, "
            "officials said.")
    head = event_at(a, "sign", "AGREE", ["Spain"])
    body = event_at(a, "signed", "AGREE", ["Spain"], date="2023-03")
    propagate_dates(a, [head, body])
    assert head.date == "2023-03"
    a = tag("Spain and Portugal agree to share river water\n\nThe deal ends a long dispute over rivers.")
    head = event_at(a, "agree", "AGREE", ["Spain"])
    propagate_dates(a, [head])
    assert (head.date, head.date_basis) == (WEDNESDAY, "article")
    a = tag("Lisbon to sign water deal\n\nThe deal ends a long dispute over rivers.")
    head = event_at(a, "sign", "AGREE", ["Spain"])
    propagate_dates(a, [head])
    assert head.date is None  # "to sign": planned


def test_anaphora_skips_other_events_and_wrong_side_dates(tag):
    a = tag("The premier plans to travel to Riga for talks. The last meeting took place on July 3.")
    visit = event_at(a, "travel", "CONSULT")
    visit.status = "planned"
    assert propagate_dates(a, [visit]) == 0 and visit.date is None
    a = tag("The premier plans to travel to Riga for talks. The meeting took place on July 3.")
    visit = event_at(a, "travel", "CONSULT")
    visit.status = "planned"
    assert propagate_dates(a, [visit]) == 0  # a plan is not dated in the past


def test_a_plans_date_does_not_date_what_has_happened(tag):
    a = tag("The envoys met on Monday. The summit will open on July 20. Belarus has joined the bloc.")
    assert event_date(a, trigger(a, "joined")).date is None


@pytest.mark.parametrize("text, word, expected", [
    # a clause placed after another ("after X happened") is not the main clause's time
    ("Lisbon recalled its envoy in May 2021 after protesters stormed the embassy.", "stormed", None),
    # a present state next to a past event is not dated by the past event's date
    ("Chile applied in March, but its bid is still blocked by two members.", "blocked", None),
    # a clause lasting a stated span, or "since", is not an event of the day in focus
    ("The envoys met on Monday. The senate had delayed the vote for months.", "delayed", None),
    ("The envoys met on Monday. The neighbour has since closed the border.", "closed", None),
    ("The envoys met on Monday. The senate had delayed the vote for months, citing costs.", "citing", None),
    # the perfect of the day in focus still takes it
    ("The envoys met on Monday. Only hours earlier, the minister had rejected the plan.", "rejected", "2023-07-10"),
    # a date right after the reporting verb dates the saying, not the reported plan
    ("The ministry said on Tuesday it would lift the tariffs.", "lift", None),
    ("The ministry said on Tuesday it lifted the tariffs.", "said", "2023-07-11"),
])
def test_events_placed_apart_from_the_date_in_focus(tag, text, word, expected):
    a = tag(text)
    assert event_date(a, trigger(a, word)).date == expected


def test_a_heading_in_the_present_tells_the_news(tag):
    text = ("The envoys met on Monday in Oslo.\n"
            "Minister arrives in Oslo for talks\n"
            "The minister arrived on Monday to hold talks.")
    a = tag(text)
    assert event_date(a, trigger(a, "arrives")).date == "2023-07-10"


def test_a_plans_time_is_no_date_in_focus(tag):
    a = tag("The envoys met on Monday. The navy warned that from Tuesday every tanker would be boarded. "
            "Rockets hit the harbour.")
    assert event_date(a, trigger(a, "hit")).date is None
    # in the next paragraph the report is back at its lead's day
    a = tag("The envoys met on Monday. The navy warned that from Tuesday every tanker would be boarded.\n\n"
            "Rockets hit the harbour.")
    assert event_date(a, trigger(a, "hit")).date == "2023-07-10"


def test_a_flashback_day_does_not_carry_over_a_paragraph(tag):
    text = ("The leaders met in Oslo on Monday.\nOn June 2, the two sides had signed a truce. They praised it then.\n"
            "The minister praised the talks.")
    a = tag(text)
    praised = [t for t in a.doc if t.text == "praised"]
    assert event_date(a, praised[0]).date == "2023-06-02"  # same paragraph: the flashback's day
    assert event_date(a, praised[1]).date == "2023-07-10"  # next paragraph: back to the lead's day


def test_years_later_count_from_the_year_last_mentioned(tag):
    a = tag("In 2016, the two neighbours signed a border pact. Three years later they renewed it, "
            "and a year later both sides walked away from it.")
    assert value_of(a, "Three years later") == "2019"
    assert value_of(a, "a year later") == "2020"
    assert event_date(a, trigger(a, "renewed")).date == "2019"
    b = tag("In 2016, the two neighbours signed a border pact. Three years later they renewed it.", published=None)
    assert value_of(b, "Three years later") == "2019"
    c = tag("The ministers met on March 3. Two years earlier they had signed a pact.")
    assert value_of(c, "Two years earlier") == "2021"


def test_subject_participle_dates_the_main_verb(tag):
    a = tag("The general, addressing his troops on Monday, accused the rebels of treason. "
            "He also promoted two colonels.")
    assert event_date(a, trigger(a, "accused")).date == "2023-07-10"
    assert event_date(a, trigger(a, "promoted")).date == "2023-07-10"
    b = tag("The embargo, imposed on Monday, angered the traders.")  # a past participle is background
    assert event_date(b, trigger(b, "angered")).date is None


def test_units_after_a_clause_place_the_main_clause(tag):
    a = tag("The militia recaptured the village ten days after it fell on June 20.")
    assert event_date(a, trigger(a, "recaptured")).date == "2023-06-30"
    assert event_date(a, trigger(a, "fell")).date == "2023-06-20"
    b = tag("Insurgents overran the post on June 20. The militia recaptured it three days after they overran it.")
    assert event_date(b, trigger(b, "recaptured")).date == "2023-06-23"


@pytest.mark.parametrize("sentence, published, expression, value", [
    ("Gunmen raided the village on Christmas Day.", "2023-12-28", "Christmas Day", "2023-12-25"),
    ("The truce will hold until New Year’s Eve.", "2023-12-20", "New Year’s Eve", "2023-12-31"),
    ("Troops marched in the Victory Day parade.", "2023-06-01", "Victory Day", "2023-05-09"),
    ("The talks began on May Day 2019.", "2023-06-01", "May Day 2019", "2019-05-01"),
    ("The envoy hopes for a deal before Christmas.", "2023-12-01", "Christmas", "2023-12-25"),
])
def test_fixed_date_holidays(tag, sentence, published, expression, value):
    assert value_of(tag(sentence, published=published), expression) == value


def test_holiday_words_in_names_are_no_dates(tag):
    assert values(tag("The frigate sailed past Christmas Island.")) == []


def test_weekday_after_said_dates_the_saying_not_the_plan(tag):
    a = tag("The ministry said on Monday it would close the crossing.")
    assert value_of(a, "Monday") == "2023-07-10"
    assert event_date(a, trigger(a, "said")).date == "2023-07-10"
    b = tag("The ministry said on Monday it would close the crossing on Friday.")
    assert value_of(b, "Friday") == "2023-07-14"


def test_between_two_days_is_the_month(tag):
    a = tag("Negotiators met in Doha between June 4 and 7 to settle the dispute.")
    assert event_date(a, trigger(a, "met")).date == "2023-06"
    b = tag("Negotiators met in Doha on June 4 and 25 delegates attended.")
    assert event_date(b, trigger(b, "met")).date == "2023-06-04"


@pytest.mark.parametrize("sentence, word, value", [
    ("The senator denounced the raid of May 2 in an interview on Sunday.", "denounced", "2023-07-09"),
    ("The premier hailed the accord of 2009 on Friday.", "hailed", "2023-07-07"),
    ("The negotiations, the first since 2018, opened in Vienna on Monday.", "negotiations", "2023-07-10"),
])
def test_a_date_inside_the_object_or_an_apposition_is_not_the_clause_date(tag, sentence, word, value):
    a = tag(sentence)
    assert event_date(a, trigger(a, word)).date == value


@pytest.mark.parametrize("sentence, expression, value", [
    ("The envoys may meet again on Friday.", "Friday", "2023-07-14"),
    ("A vote on the budget could come on Monday.", "Monday", "2023-07-17"),
    ("The referendum might be held in March.", "March", "2024-03"),
    ("Firefighters could not reach the village on Sunday.", "Sunday", "2023-07-09"),  # past ability
    ("The convoy may have crossed the border on Sunday.", "Sunday", "2023-07-09"),  # perfect: past
])
def test_modal_clauses_look_ahead(tag, sentence, expression, value):
    assert value_of(tag(sentence), expression) == value


def test_a_saying_after_a_plan_keeps_the_day_told_before(tag):
    a = tag("The mayor spoke to reporters on Monday. She said the council would vote next month. "
            "\"We are ready,\" she added.")
    assert event_date(a, trigger(a, "added")).date == "2023-07-10"


def test_at_the_time_refers_back_to_the_time_told(tag):
    a = tag("In May, the envoy met the rebel leaders in Geneva. He told reporters at the time that talks would resume.")
    assert event_date(a, trigger(a, "told")).date == "2023-05"


def test_headline_grammar_sets_the_direction(tag):
    a = tag("Chancellor to visit Warsaw on Monday\n\nBERLIN - The chancellor will travel to Poland.")
    assert value_of(a, "Monday") == "2023-07-17"
    b = tag("Chancellor meets Polish president on Monday\n\nWARSAW - The two leaders met.")
    assert value_of(b, "Monday") == "2023-07-10"


@pytest.mark.parametrize("text, expression, value", [
    ("The envoys first met in April 2018. That year, the border reopened.", "That year", "2018"),
    ("The envoys first met in April 2018. The following month, the border reopened.", "The following month", "2018-05"),
    ("The envoys first met in 2018. The following year, the border reopened.", "The following year", "2019"),
    ("The envoys first met last year. The same year, the border reopened.", "The same year", "2022"),
])
def test_that_year_and_the_following_month_count_from_the_date_told(tag, text, expression, value):
    assert value_of(tag(text), expression) == value


def test_hours_before_an_event_told_earlier_is_that_events_day(tag):
    """'Hours before the signing, X ...': the day the article gave the signing, not the day in focus."""
    a = tag("The rebels and the government signed the accord late on Monday. Crowds cheered in the "
            "streets on Tuesday. Hours before the signing, a drone struck an army depot near the border, "
            "killing two guards.")
    assert event_date(a, trigger(a, "struck")).date == "2023-07-10"
    assert event_date(a, trigger(a, "killing")).date == "2023-07-10"


def test_the_same_evening_is_the_day_of_the_act_just_told(tag):
    a = tag("The ministers met in the capital on Sunday. Hours before the signing on Monday, a drone struck "
            "an army depot. The army apologised the same evening.")
    assert event_date(a, trigger(a, "apologised")).date == "2023-07-10"


def test_the_same_evening_after_an_act_placed_by_another_event(tag):
    a = tag("The rebels and the government signed the accord late on Monday. The rebels had seized the "
            "airport on Sunday. Hours before the signing, a drone struck an army depot. The army apologised "
            "the same evening.")
    assert event_date(a, trigger(a, "struck")).date == "2023-07-10"
    assert event_date(a, trigger(a, "apologised")).date == "2023-07-10"


def test_a_planned_act_takes_the_date_of_its_first_step(tag):
    a = tag("Under the plan, the rebels must hand over their heavy weapons, starting with the artillery "
            "by August 1, and the army will hold drills, beginning on August 3.")
    assert event_date(a, trigger(a, "hand")).date == "2023-08-01"
    assert event_date(a, trigger(a, "hold")).date == "2023-08-03"


def test_undated_the_same_day_after_an_unnamed_weekday_stays_unresolved(tag):
    a = tag("The truce was signed on June 23, 2023. The envoys met again on Saturday. "
            "The same day, the rebels freed ten hostages.", published=None)
    assert value_of(a, "The same day") == "XXXX-XX-XX"


def test_a_means_gerund_takes_the_time_of_the_act_it_tells_how(tag):
    a = tag("The port reopened on Monday. Last year, the city answered the strikes by raising the dock "
            "fees, and after closing the harbour it lost trade.")
    assert event_date(a, trigger(a, "raising")).date == "2022"
    assert event_date(a, trigger(a, "closing")).date != "2022"
