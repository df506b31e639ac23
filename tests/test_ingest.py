"""Readers: every format, ids, date headers, and every kind of bad input."""
import json

from newsgraph.ingest import IngestError, read_articles
from newsgraph.ingest.readers import MAX_FILE_BYTES, content_id


def articles_and_errors(paths):
    items = list(read_articles(paths))
    return ([i for i in items if not isinstance(i, IngestError)],
            [i for i in items if isinstance(i, IngestError)])


def test_txt_with_date_header(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("date 2023-09-26\nThe ministers met in Minsk on Tuesday.\n", encoding="utf-8")
    (article,), errors = articles_and_errors([f])
    assert not errors
    assert article.published == "2023-09-26"
    assert article.text == "The ministers met in Minsk on Tuesday."
    assert article.id == content_id(article.text)


def test_txt_header_on_same_line_as_text(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(" date 2021-12-30 The leaders met in Sochi.", encoding="utf-8")
    (article,), _ = articles_and_errors([f])
    assert article.published == "2021-12-30"
    assert article.text == "The leaders met in Sochi."


def test_json_and_jsonl_keep_given_ids_and_ignore_other_fields(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps(
        {"id": "x1", "text": "Text one.", "published": "2022-12-19T10:00:00Z", "extra": [1, 2]}))
    (tmp_path / "many.jsonl").write_text(
        json.dumps({"id": "x2", "text": "Text two.", "title": "T"}) + "\n\n"
        + json.dumps({"text": "Text three."}) + "\n")
    articles, errors = articles_and_errors([tmp_path])
    assert not errors
    by_id = {a.id: a for a in articles}
    assert by_id["x1"].published == "2022-12-19"
    assert by_id["x2"].title == "T"
    assert content_id("Text three.") in by_id


def test_json_inline_date_header_is_blanked_keeping_offsets(tmp_path):
    text = "date 2020-03-04 The ministers met in Riga on Tuesday."
    (tmp_path / "one.json").write_text(json.dumps({"id": "h1", "text": text}))
    (article,), errors = articles_and_errors([tmp_path])
    assert not errors
    assert article.published == "2020-03-04"
    assert len(article.text) == len(text)
    assert article.text.index("The ministers") == text.index("The ministers")
    assert "date" not in article.text


def test_html_text_title_and_date(tmp_path):
    f = tmp_path / "page.html"
    f.write_text("""<html><head><title>Ministers meet</title>
        <meta property="article:published_time" content="2023-03-28"></head>
        <body><nav>Menu Home</nav><article><h1>Ministers meet</h1>
        <p>The prime ministers of the two countries met in Moscow on Tuesday to discuss trade,
        energy prices and a common market for gas, officials said after the talks ended.</p>
        <p>They agreed to meet again in the spring and to prepare new programmes of integration
        between the two governments before the end of the year.</p></article></body></html>""")
    (article,), errors = articles_and_errors([f])
    assert not errors
    assert article.published == "2023-03-28"
    assert "prime ministers" in article.text and "Menu Home" not in article.text


def test_bad_inputs_are_named_and_skipped(tmp_path):
    (tmp_path / "good.txt").write_text("A good article about a meeting.", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR" * 10)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 society met in Minsk.".encode("latin-1"))
    (tmp_path / "broken.json").write_text('{"id": "b", "text": "unterminated')
    (tmp_path / "lines.jsonl").write_text(
        '{"id": "ok1", "text": "Fine line."}\n{not json}\n[1, 2]\n{"id": "no-text"}\n')
    (tmp_path / "broken.html").write_text("<html><head><title>x</title><script>var a = '<p>';</script><body><div></")
    articles, errors = articles_and_errors([tmp_path])
    assert sorted(a.id for a in articles if a.id == "ok1") == ["ok1"]
    assert any(a.text == "A good article about a meeting." for a in articles)
    messages = {str(e) for e in errors}
    text = "\n".join(messages)
    for name in ("binary.txt", "empty.txt", "latin1.txt", "broken.json", "broken.html"):
        assert name in text, f"no error naming {name}: {text}"
    assert f"{tmp_path / 'lines.jsonl'}:2" in text and f"{tmp_path / 'lines.jsonl'}:3" in text
    assert f"{tmp_path / 'lines.jsonl'}:4" in text
    assert all("\n" not in m for m in messages)


def test_huge_single_document_is_refused_with_size(tmp_path):
    f = tmp_path / "huge.txt"
    with f.open("wb") as out:
        out.write(b"word " * (MAX_FILE_BYTES // 5 + 10))
    _, (error,) = articles_and_errors([f])
    assert "huge.txt" in str(error) and "MB" in str(error)


def test_huge_jsonl_is_streamed(tmp_path):
    f = tmp_path / "big.jsonl"
    line = json.dumps({"text": "x " * 500}) + "\n"
    n = (50 * 2**20) // len(line) + 1
    with f.open("w") as out:
        for i in range(n):
            out.write(json.dumps({"id": f"a{i}", "text": "Article body number %d." % i}) + "\n")
    count = sum(1 for item in read_articles([f]) if not isinstance(item, IngestError))
    assert count == n


def test_missing_path_and_unsupported_type(tmp_path):
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    _, errors = articles_and_errors([tmp_path / "nope.txt", tmp_path / "notes.docx"])
    assert len(errors) == 2
    assert "no such file" in str(errors[0]) and "unsupported" in str(errors[1])


def test_seed_articles_read(seeds_dir):
    articles, errors = articles_and_errors([seeds_dir])
    assert len(articles) == 5 and not errors
    assert sorted(a.published for a in articles if a.published) == ["2021-12-30", "2023-09-26"]


def test_truncated_html_with_text_is_read_leniently(tmp_path):
    f = tmp_path / "cut.html"
    f.write_text("<html><body><article><p>The two foreign ministers met in Ankara on Friday and "
                 "agreed to reopen their embassies before the summer, officials said.<p>Talks will go on")
    (article,), errors = articles_and_errors([f])
    assert not errors and "foreign ministers met in Ankara" in article.text
