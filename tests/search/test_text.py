"""portal.text: one segmentation for the index and the query, in Chinese and Tibetan."""

import sqlite3

import pytest
from django.db import connection

from portal.text import (
    decode_token,
    encode_tibetan,
    fold_syllable,
    index_text,
    index_tokens,
    matches,
    parse_query,
)

# The editors' vocabulary (dictionary words, synonyms) comes from the database.
pytestmark = pytest.mark.django_db


def surface(tokens):
    return [decode_token(token) for token in tokens]


def test_chinese_is_cut_into_words_with_the_words_inside_longer_words():
    assert index_tokens("招聘高压电工") == ["招聘", "高压", "电工"]
    # 城关区 is one word in jieba's dictionary; the index also holds the word 城关 inside it.
    assert set(index_tokens("拉萨市城关区")) >= {"拉萨市", "拉萨", "城关区", "城关"}
    assert set(index_tokens("电焊工")) >= {"电焊工", "电焊", "焊工"}


def test_a_query_is_cut_like_the_text_it_should_find():
    """4.1.3: 电工 finds 招聘高压电工, 城关 finds 城关区 — the query's words are in the index."""
    for query, text in [("电工", "招聘高压电工"), ("城关", "城关区"), ("焊工", "电焊工")]:
        indexed = set(index_tokens(text))
        assert parse_query(query).tokens <= indexed, (query, text)


def test_characters_that_form_no_word_are_asked_for_side_by_side():
    query = parse_query("唐卡")  # not in jieba's dictionary
    assert query.clauses == (((("唐", "卡"),),),)
    assert index_tokens("学习唐卡绘画") == ["学习", "唐", "卡", "绘画"]


def test_tibetan_is_cut_into_syllables_written_as_ascii_tokens():
    assert surface(index_tokens("ལས་ཀ་འཚོལ་བ།")) == ["ལས", "ཀ", "འཚོལ", "བ"]
    assert encode_tibetan("ལས") == "bo6366"
    assert decode_token("bo6366") == "ལས"
    assert all(token.isascii() and token.isalnum() for token in index_tokens("སྦྱོང་བརྡར།"))


def test_tibetan_case_particles_are_folded_or_left_out():
    """ཞབས་ཞུའི (with the genitive written into the syllable) is found by ཞབས་ཞུ; particles
    written as syllables of their own (ཀྱི) are left out of index and query alike."""
    assert fold_syllable("ཞུའི") == "ཞུ"
    assert fold_syllable("ཀའི") == "ཀ"
    assert fold_syllable("དགའི") == "དགའ"  # the suffix འ the particle replaced comes back
    assert fold_syllable("ལས") == "ལས"
    assert surface(index_tokens("ཞབས་ཞུའི་ནང་དོན།")) == ["ཞབས", "ཞུ", "ནང", "དོན"]
    assert surface(index_tokens("སྲིད་ཇུས་ཀྱི་འགྲེལ་བཤད")) == ["སྲིད", "ཇུས", "འགྲེལ", "བཤད"]
    assert parse_query("ཞབས་ཞུའི").tokens == parse_query("ཞབས་ཞུ").tokens


def test_a_tibetan_word_is_a_phrase_and_particles_end_it():
    query = parse_query("སྲིད་ཇུས་ཀྱི་འགྲེལ་བཤད")
    assert [surface(alternative[0]) for (alternative,) in query.clauses] == [
        ["སྲིད", "ཇུས"],
        ["འགྲེལ", "བཤད"],
    ]


def test_digits_width_and_case_are_normalised():
    assert index_tokens("༡༢༣༣༣") == ["12333"]
    assert index_tokens("ＡＢＣ１２３ Café") == ["abc123", "cafe"]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "！？。、",
        "😀🎉",
        "<script>alert(1)</script>",
        "x" * 10_000,
        "་།༄༅",
        "\x00\ufeff",
    ],
)
def test_any_text_gives_tokens_without_error(text):
    tokens = index_tokens(text)
    assert all(token and " " not in token for token in tokens)
    parse_query(text)


def test_a_query_of_punctuation_only_has_no_words():
    assert not parse_query("！！！")
    assert not parse_query("ཀྱི")  # a particle alone


def test_mixed_scripts_are_cut_each_by_its_own_rule():
    assert surface(index_tokens("电工ལས་ཀ12333")) == ["电工", "ལས", "ཀ", "12333"]


def test_matches_marks_the_word_not_a_string_inside_another_word():
    singles, phrases = parse_query("电工").words
    text = "招聘高压电工，发电工程"
    spans = matches(text, singles, phrases)
    assert [text[start:end] for start, end in spans] == ["电工"]

    singles, phrases = parse_query("ལས་ཀ").words
    text = "ལས་གནས། ལས་ཀའི་ཉིན་གྲངས།"
    assert [text[start:end] for start, end in matches(text, singles, phrases)] == ["ལས་ཀའི"]


def test_relaxations_loosen_phrases_then_require_any_word():
    query = parse_query("唐卡 电工")
    looser = query.relaxations()
    assert [q.operator for q in looser] == ["and", "and", "or"]
    assert looser[1].clauses[0] == ((("唐",), ("卡",)),)


# -- what the databases' tokenizers keep ------------------------------------------------------

SAMPLES = [
    "招聘高压电工，工作地点在城关区。",
    "ཞབས་ཞུའི་ནང་དོན། ཁྲིན་ཀོན་ཆུས་སུ་གློག་བཟོ་བ་འདེམས་སྒྲུག་བྱེད།",
    "སྦྱོང་བརྡར་ཐང་ཀ་རི་མོ་ཨོཾ་ཧཱུྃ་ཀྵ་ཪྻ",
    "Café ＡＢＣ 12333 ༡༢",
]


def test_sqlite_fts5_unicode61_keeps_every_token_whole():
    """Each token of index_text is exactly one token of FTS5's default tokenizer (unicode61),
    which would otherwise break Tibetan syllables apart at their vowel signs."""
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
    db.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)")
    for number, text in enumerate(SAMPLES):
        db.execute("INSERT INTO t(rowid, body) VALUES (?, ?)", (number, index_text(text)))
        kept = [
            term
            for (term,) in db.execute("SELECT term FROM v WHERE doc = ? ORDER BY offset", (number,))
        ]
        assert kept == index_tokens(text), text
    # Raw Tibetan, by contrast, loses its vowels: ཚུལ is cut at ུ.
    db.execute("INSERT INTO t(rowid, body) VALUES (99, 'ཚུལ')")
    assert [t for (t,) in db.execute("SELECT term FROM v WHERE doc = 99")] != ["ཚུལ"]


def test_the_database_keeps_every_token_whole():
    """On PostgreSQL the `simple` configuration keeps each token as one lexeme; on SQLite the
    FTS5 table of Wagtail's index does."""
    for text in SAMPLES:
        tokens = index_tokens(text)
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute(
                    "SELECT token FROM ts_debug('simple', %s) WHERE alias <> 'blank'",
                    [index_text(text)],
                )
            else:
                cursor.execute("CREATE VIRTUAL TABLE IF NOT EXISTS tt USING fts5(body)")
                cursor.execute(
                    "CREATE VIRTUAL TABLE IF NOT EXISTS tv USING fts5vocab(tt, instance)"
                )
                cursor.execute("DELETE FROM tt")
                cursor.execute("INSERT INTO tt(rowid, body) VALUES (1, %s)", [index_text(text)])
                cursor.execute("SELECT term FROM tv ORDER BY offset")
            assert [row[0] for row in cursor.fetchall()] == tokens, text
