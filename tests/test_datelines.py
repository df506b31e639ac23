"""Datelines in the house styles of wire services, agencies and broadcasters."""
import pytest

from newsgraph.analyze.datelines import find_datelines
from newsgraph.model import Article


@pytest.mark.parametrize("opening, places, agency", [
    ("LIMA/QUITO (Reuters) - ", ["LIMA", "QUITO"], "Reuters"),
    ("NAIROBI (AP) — ", ["NAIROBI"], "AP"),
    ("NEW DELHI, Feb 26 (AFP) - ", ["NEW DELHI"], "AFP"),
    ("HANOI, Aug. 6 (VNA) -- ", ["HANOI"], "VNA"),
    ("KAZAN, October 2. /TASS/. ", ["KAZAN"], "TASS"),
    ("Accra, Ghana CNN — ", ["Accra"], "CNN"),
    ("ST. PETERSBURG, Russia, June 4 – ", ["ST. PETERSBURG"], None),
])
def test_a_dateline_gives_its_places_and_its_agency(opening, places, agency):
    text = f"Headline of the day\n\n{opening}Ministers met on Tuesday to discuss grain exports.\n"
    (dateline,) = find_datelines(text)
    assert [text[s:e] for s, e in dateline.places(text)] == places
    assert (text[slice(*dateline.agency)] if dateline.agency else None) == agency
    assert text[dateline.end:].startswith("Ministers")


@pytest.mark.parametrize("line", ["US - China trade talks resume", "The talks — which began in May — ended."])
def test_a_line_that_only_looks_like_a_dateline_is_none(line):
    assert find_datelines(f"{line}\n") == ()


def test_the_agency_and_the_dateline_place_take_no_part_in_the_lead_event(pipeline):
    text = ("Peru sends troops to border\n\nLIMA (Reuters) - Peruvian troops began deploying to the "
            "border with Ecuador on Tuesday, the defence ministry said.\n")
    analysis = pipeline.analyze(Article(id="d", text=text, published="2024-05-08"))
    assert "Reuters" not in {a.name for a in analysis.actors if a.salient}
    deployments = [e for e in analysis.events if e.type == "MOBILIZE"]
    assert deployments and all(not {"Reuters", "Lima"} & set(e.source + e.target) for e in deployments)


@pytest.mark.parametrize("line, credit", [
    ("Reporting by Ana Lopez in Lima and Tom Berg in Quito; Editing by Mark Heinrich", True),
    ("(Reporting by Ana Lopez; Editing by Mark Heinrich)", True),
    ("Associated Press writers Sam Hill in Cairo and Lea Ward in Beirut contributed to this report.", True),
    ("By Ana Lopez and Tom Berg, BBC News", True),
    ("By Ana Lopez\nBBC News", True),
    ("By Monday, troops had left the town.", False),
    ("Officials said France contributed troops to the mission.", False),
])
def test_credit_lines_are_told_from_prose(line, credit):
    from newsgraph.analyze.credit_lines import blank_credit_lines, credit_line_spans

    text = f"Talks resume\n\n{line}\n"
    assert bool(credit_line_spans(text)) == credit
    assert not credit or credit_line_spans(text)[0] == (text.index(line), text.index(line) + len(line))
    assert len(blank_credit_lines(text)) == len(text)


def test_reporters_in_a_credit_line_are_no_actors_and_contribute_no_aid(pipeline):
    text = ("Peru sends troops to border\n\nLIMA (Reuters) - Peruvian troops began deploying to the "
            "border with Ecuador on Tuesday, the defence ministry said.\n\n"
            "Associated Press writer Sam Hill in Quito contributed to this report.\n"
            "Reporting by Ana Lopez in Lima; Editing by Mark Heinrich\n")
    analysis = pipeline.analyze(Article(id="c", text=text, published="2024-05-08"))
    names = {a.name for a in analysis.actors}
    assert not names & {"Sam Hill", "Ana Lopez", "Mark Heinrich", "Associated Press"}
    assert [e.type for e in analysis.events if "contributed" in (e.trigger or "")] == []
    assert analysis.article.text == text  # the stored text keeps its credit lines


def test_the_headline_is_no_evidence_when_the_body_tells_the_story(pipeline):
    text = ("Lima Hosts Border Talks As Quito Rallies Stumble On\n\n"
            "LIMA (Reuters) - Peru's foreign minister met his Ecuadorian counterpart in Lima on Tuesday "
            "to discuss the border, the ministry said.\n")
    analysis = pipeline.analyze(Article(id="h", text=text, published="2024-05-08"))
    body_start = text.index("LIMA")
    assert analysis.events and all(e.evidence_start >= body_start for e in analysis.events)
    listed = {a.name for a in analysis.actors if a.salient}
    assert not any("Stumble" in name or "Rallies" in name for name in listed)
