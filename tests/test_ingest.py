"""Bad input never crashes and never passes silently: each gives a clear, named error."""
from __future__ import annotations

import json

import pytest

from entente.errors import (BinaryInput, EmptyInput, EncodingError, InputError, TooLarge)
from entente.ingest import decode, iter_inputs, read_file


def test_empty_file_is_refused_by_name(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_text("  \n\n")
    with pytest.raises(EmptyInput) as exc:
        read_file(f)
    assert str(f) in str(exc.value) and "empty" in str(exc.value)


def test_binary_file_is_refused(tmp_path):
    f = tmp_path / "image.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(BinaryInput) as exc:
        read_file(f)
    assert "binary" in str(exc.value)


def test_latin1_file_is_read_by_charset_detection(tmp_path):
    f = tmp_path / "latin1.txt"
    text = ("Der Minister sagte, die Übung in der Ostsee sei größer als erwartet, und die "
            "Flotte kehre nächste Woche zurück.")
    f.write_bytes(text.encode("latin-1"))
    assert read_file(f).text == text


def test_cyrillic_code_page_is_read_by_charset_detection(tmp_path):
    f = tmp_path / "cp1251.txt"
    text = "Минобороны заявило, что учения в Балтийском море прошли успешно и завершены."
    f.write_bytes(text.encode("cp1251"))
    assert read_file(f).text == text


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_bom_are_text_not_binary(tmp_path, codec):
    f = tmp_path / "wide.txt"
    text = "Japan and Italy held talks in Rome on Tuesday."
    f.write_bytes(("\ufeff" + text if codec == "utf-16-be" else text).encode(codec))
    assert read_file(f).text == text


def test_a_declared_charset_is_used_before_detection():
    assert decode("Tōkyō".encode("utf-16-le"), "x", declared="utf-16-le") == "Tōkyō"
    # a wrong label (common on the web) falls back to what the bytes are
    assert decode("café talks".encode("utf-8"), "x", declared="ascii") == "café talks"


def test_an_html_meta_charset_is_read_and_a_false_label_loses_to_utf8():
    page = ('<html><head><meta charset="iso-8859-1"></head><body><p>Le ministère a '
            'annoncé l\'envoi d\'une frégate — « bientôt ».</p></body></html>')
    assert decode(page.encode("cp1252"), "fr.html") == page
    assert decode(page.encode("utf-8"), "fr.html") == page     # labelled latin-1, is UTF-8
    cyr = ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
           '<p>Минобороны</p>')
    assert decode(cyr.encode("cp1251"), "ru.html") == cyr


def test_a_bom_that_lies_names_the_file_and_the_fix():
    with pytest.raises(EncodingError) as exc:
        decode(b"\xff\xfe" + "Talks in Rome.".encode("utf-16-le") + b"a", "odd.txt")
    assert "odd.txt" in str(exc.value) and "utf-16" in str(exc.value) and \
        "UTF-8" in str(exc.value)


def test_fifty_megabyte_file_is_refused_without_reading_it(tmp_path):
    f = tmp_path / "huge.txt"
    with f.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    with pytest.raises(TooLarge) as exc:
        read_file(f)
    assert "52.4 MB" in str(exc.value) and "ENTENTE_MAX_BYTES" in str(exc.value)


def test_utf8_bom_is_accepted():
    assert decode("\ufeffHello world, an article.".encode("utf-8"), "x") == \
        "Hello world, an article."


def test_html_is_recognised_by_content(tmp_path):
    f = tmp_path / "page.txt"
    f.write_text("<!DOCTYPE html><html><body><p>Text</p></body></html>")
    raw = read_file(f)
    assert raw.html is not None and raw.text is None


def test_jsonl_bad_lines_are_reported_and_the_rest_read(tmp_path):
    f = tmp_path / "docs.jsonl"
    good = {"id": "a1", "text": "Japan and Italy held talks.", "published": "2024-06-01",
            "title": "T", "outlet": "Harbour Times"}
    f.write_bytes(json.dumps(good).encode() + b"\n{not json\n" + b'{"id": "x"}\n'
                  + b'{"text": "caf\xe9"}\n' + json.dumps({"id": "a2", "html": "<p>x</p>"})
                  .encode() + b"\n")
    items = list(iter_inputs([str(f)]))
    assert [type(i).__name__ for i in items] == \
        ["RawDocument", "InputError", "EmptyInput", "EncodingError", "RawDocument"]
    assert items[0].published == "2024-06-01" and items[0].outlet == "Harbour Times"
    assert items[1].origin.endswith("docs.jsonl:2")
    assert items[4].html == "<p>x</p>"


def test_folder_reads_articles_and_skips_gold_files(tmp_path):
    (tmp_path / "a.txt").write_text("An article.")
    (tmp_path / "a.json").write_text("{}")
    (tmp_path / "b.html").write_text("<html><body>x</body></html>")
    items = list(iter_inputs([str(tmp_path)]))
    assert sorted(i.id for i in items) == ["a", "b"]


def test_missing_file_and_empty_folder_are_errors_not_crashes(tmp_path):
    (tmp_path / "empty").mkdir()
    items = list(iter_inputs([str(tmp_path / "nope.txt"), str(tmp_path / "empty")]))
    assert all(isinstance(i, InputError) for i in items)
    assert "no such file" in str(items[0]) and "no .txt" in str(items[1])
