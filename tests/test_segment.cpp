// tests/test_segment.cpp: the segment stage: French sentences and tokens.
//
// The French cases live in corpus/sentences.tsv and corpus/tokens.tsv; this file adds what a table
// cannot say: invariants on random input, two threads at once, long texts cut into stretches, and
// the throughput on a few MB (printed, with --log_level=message).
#define BOOST_TEST_MODULE test_segment
#include <boost/test/unit_test.hpp>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <cctype>
#include <ctime>
#include <memory>
#include <cstdint>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "corpus_file.hpp"
#include "lexicon/lexicon_set.hpp"
#include "segment/code_points.hpp"
#include "segment/icu_breaks.hpp"
#include "segment/segmenter.hpp"
#include "segment/stretches.hpp"
#include "segment/token_rules.hpp"

namespace seg = extrait::segment;

namespace {

seg::SegmenterRules lexicon_rules() {
  auto set = extrait::lexicon::LexiconSet::load({});
  BOOST_TEST_REQUIRE(set.ok());
  seg::SegmenterRules rules;
  for (const auto& row : set->rows("abbreviations.txt")) seg::add_abbreviation(rules, row.fields);
  for (const auto& form : set->first_fields("elisions.txt")) rules.elisions.insert(form);
  return rules;
}

// One segmenter for the whole suite: building it loads ICU's rules.
const seg::Segmenter& segmenter() {
  static const seg::Segmenter instance(lexicon_rules());
  return instance;
}

std::string sentences_of(const std::string& text) {
  const seg::Segmentation result = segmenter().segment(text);
  std::string joined;
  for (const auto& s : result.sentences) {
    if (!joined.empty()) joined += " || ";
    joined += text.substr(s.begin, s.end - s.begin);
  }
  return joined;
}

char kind_letter(seg::TokenKind kind) {
  switch (kind) {
    case seg::TokenKind::word: return 'w';
    case seg::TokenKind::number: return 'n';
    case seg::TokenKind::punct: return 'p';
    case seg::TokenKind::symbol: return 's';
  }
  return '?';
}

bool continuation(const std::string& text, std::size_t at) {
  return at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80;
}

bool ascii_space(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// Every property that holds for any input: ranges increasing, disjoint, on code point boundaries,
// without white space at their edges; sentences made of consecutive tokens, covering them all.
void check_invariants(const std::string& text, const seg::Segmentation& r) {
  std::size_t previous_end = 0;
  for (const auto& t : r.tokens) {
    BOOST_TEST_REQUIRE(t.begin < t.end);
    BOOST_TEST_REQUIRE(t.end <= text.size());
    BOOST_TEST_REQUIRE(t.begin >= previous_end);
    BOOST_TEST_REQUIRE(!continuation(text, t.begin));
    BOOST_TEST_REQUIRE(!continuation(text, t.end));
    BOOST_TEST_REQUIRE(!ascii_space(text[t.begin]));
    BOOST_TEST_REQUIRE(!ascii_space(text[t.end - 1]));
    BOOST_TEST_REQUIRE(text.substr(t.begin, t.end - t.begin).find('\n') == std::string::npos);
    previous_end = t.end;
  }
  previous_end = 0;
  std::size_t next_token = 0;
  for (std::size_t i = 0; i < r.sentences.size(); ++i) {
    const auto& s = r.sentences[i];
    BOOST_TEST_REQUIRE(s.begin < s.end);
    BOOST_TEST_REQUIRE(s.end <= text.size());
    BOOST_TEST_REQUIRE(s.begin >= previous_end);
    BOOST_TEST_REQUIRE(!continuation(text, s.begin));
    BOOST_TEST_REQUIRE(!continuation(text, s.end));
    BOOST_TEST_REQUIRE(!ascii_space(text[s.begin]));
    BOOST_TEST_REQUIRE(!ascii_space(text[s.end - 1]));
    BOOST_TEST_REQUIRE(text.substr(s.begin, s.end - s.begin).find('\n') == std::string::npos);
    BOOST_TEST_REQUIRE(s.first_token == next_token);
    BOOST_TEST_REQUIRE(s.first_token <= s.last_token);
    for (std::size_t k = s.first_token; k < s.last_token; ++k) {
      BOOST_TEST_REQUIRE(r.tokens[k].begin >= s.begin);
      BOOST_TEST_REQUIRE(r.tokens[k].end <= s.end);
    }
    BOOST_TEST_REQUIRE(r.sentence_at(s.begin) == i);
    BOOST_TEST_REQUIRE(r.sentence_at(s.end - 1) == i);
    next_token = s.last_token;
    previous_end = s.end;
  }
  BOOST_TEST_REQUIRE(next_token == r.tokens.size());
}

bool same(const seg::Segmentation& a, const seg::Segmentation& b) {
  if (a.tokens.size() != b.tokens.size() || a.sentences.size() != b.sentences.size()) return false;
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    const auto &x = a.tokens[i], &y = b.tokens[i];
    if (x.begin != y.begin || x.end != y.end || x.kind != y.kind) return false;
  }
  for (std::size_t i = 0; i < a.sentences.size(); ++i) {
    const auto &x = a.sentences[i], &y = b.sentences[i];
    if (x.begin != y.begin || x.end != y.end || x.first_token != y.first_token ||
        x.last_token != y.last_token) {
      return false;
    }
  }
  return true;
}

// The paragraphs of sentences.tsv, one a line: French news text written for the tests.
std::string corpus_text() {
  std::string text;
  for (const auto& line : extrait::testing::read_corpus("sentences.tsv")) {
    text += extrait::testing::unescape(line.fields.at(0));
    text += '\n';
  }
  return text;
}

// The pieces between `breaks` that hold something besides white space, without their leading
// white space: what the tokenizer starts from.
std::vector<std::pair<std::size_t, std::size_t>> visible_pieces(const std::string& text,
                                                                const std::vector<std::size_t>& breaks) {
  std::vector<std::pair<std::size_t, std::size_t>> pieces;
  for (std::size_t k = 0; k + 1 < breaks.size(); ++k) {
    std::size_t begin = breaks[k];
    while (begin < breaks[k + 1] && seg::is_space(seg::decode(text, begin).code_point)) {
      begin += seg::decode(text, begin).length;
    }
    if (begin < breaks[k + 1]) pieces.emplace_back(begin, breaks[k + 1]);
  }
  return pieces;
}

// ICU's own boundaries over the whole text, read as UTF-8, from a fresh French iterator made by
// `create`: the reference for IcuBreaks.
std::vector<std::size_t> plain_icu_breaks(const std::string& text,
                                          icu::BreakIterator* (*create)(const icu::Locale&, UErrorCode&)) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(create(icu::Locale("fr"), status));
  UText utext = UTEXT_INITIALIZER;
  utext_openUTF8(&utext, text.data(), static_cast<int64_t>(text.size()), &status);
  it->setText(&utext, status);
  BOOST_TEST_REQUIRE(U_SUCCESS(status));
  std::vector<std::size_t> breaks{0};
  for (int32_t at = it->next(); at != icu::BreakIterator::DONE; at = it->next()) {
    if (static_cast<std::size_t>(at) > breaks.back()) breaks.push_back(static_cast<std::size_t>(at));
  }
  utext_close(&utext);
  if (breaks.back() != text.size()) breaks.push_back(text.size());
  return breaks;
}

std::vector<std::size_t> plain_icu_words(const std::string& text) {
  return plain_icu_breaks(text, &icu::BreakIterator::createWordInstance);
}

std::vector<std::size_t> plain_icu_sentences(const std::string& text) {
  return plain_icu_breaks(text, &icu::BreakIterator::createSentenceInstance);
}

std::string repeat_to(const std::string& piece, std::size_t bytes) {
  std::string text;
  while (text.size() < bytes) text += piece;
  return text;
}

}  // namespace

BOOST_AUTO_TEST_CASE(lexicons_hold_the_french_rules) {
  const seg::SegmenterRules rules = lexicon_rules();
  for (const char* a : {"m", "mm", "mme", "mlle", "dr", "pr", "me", "mgr", "st", "ste", "cf", "p. ex",
                        "ex", "n°", "no", "chap", "p", "pp", "env", "tél", "fig", "janv",
                        "févr", "avr", "juil", "oct", "nov", "déc"}) {
    BOOST_TEST(rules.abbreviations.count(a) == 1, a);
  }
  for (const char* a : {"etc", "inc", "ltd", "corp", "cie", "co", "sa", "av. j.-c", "apr. j.-c", "vol", "art", "sept"}) {
    BOOST_TEST(rules.closing_abbreviations.count(a) == 1, a);
  }
  for (const char* e : {"l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'", "jusqu'", "lorsqu'",
                        "puisqu'", "quoiqu'", "presqu'"}) {
    BOOST_TEST(rules.elisions.count(e) == 1, e);
  }
}

BOOST_AUTO_TEST_CASE(add_abbreviation_reads_the_fin_column) {
  seg::SegmenterRules rules;
  seg::add_abbreviation(rules, {"mme"});
  seg::add_abbreviation(rules, {"etc", "fin"});
  seg::add_abbreviation(rules, {});
  BOOST_TEST(rules.abbreviations.size() == 1u);
  BOOST_TEST(rules.abbreviations.count("mme") == 1u);
  BOOST_TEST(rules.closing_abbreviations.size() == 1u);
  BOOST_TEST(rules.closing_abbreviations.count("etc") == 1u);
}

BOOST_AUTO_TEST_CASE(french_sentences) {
  const auto lines = extrait::testing::read_corpus("sentences.tsv");
  BOOST_TEST(lines.size() >= 40u);
  for (const auto& line : lines) {
    BOOST_TEST_CONTEXT(line.where) {
      BOOST_TEST_REQUIRE(line.fields.size() == 2u);
      BOOST_TEST(sentences_of(extrait::testing::unescape(line.fields[0])) == line.fields[1]);
    }
  }
}

BOOST_AUTO_TEST_CASE(french_tokens) {
  const auto lines = extrait::testing::read_corpus("tokens.tsv");
  BOOST_TEST(lines.size() >= 60u);
  for (const auto& line : lines) {
    BOOST_TEST_CONTEXT(line.where) {
      BOOST_TEST_REQUIRE(line.fields.size() >= 2u);
      const std::string& text = line.fields[0];
      const seg::Segmentation result = segmenter().segment(text);
      std::string joined, kinds;
      for (const auto& t : result.tokens) {
        if (!joined.empty()) joined += " | ";
        joined += text.substr(t.begin, t.end - t.begin);
        kinds += kind_letter(t.kind);
      }
      BOOST_TEST(joined == line.fields[1]);
      if (line.fields.size() > 2) BOOST_TEST(kinds == line.fields[2]);
      check_invariants(text, result);
    }
  }
}

BOOST_AUTO_TEST_CASE(rules_are_data_not_code) {
  // Without lexicons, no abbreviation and no elision: ICU's own answers stand.
  const seg::Segmenter bare{seg::SegmenterRules{}};
  const std::string text = "Mme. Dupont parle de l'origine.";
  const seg::Segmentation r = bare.segment(text);
  BOOST_TEST(r.sentences.size() == 2u);
  BOOST_TEST(text.substr(r.tokens[5].begin, r.tokens[5].end - r.tokens[5].begin) == "l'origine");
  // Entries are matched whatever their case and with or without their period.
  seg::SegmenterRules rules;
  rules.abbreviations = {"MME."};
  rules.elisions = {"L'"};
  const seg::Segmentation fixed = seg::Segmenter(std::move(rules)).segment(text);
  BOOST_TEST(fixed.sentences.size() == 1u);
  BOOST_TEST(fixed.tokens.size() == 8u);
  // A period inside an abbreviation that holds periods is no end either: without the entry, ICU
  // ends a sentence after "av." (before the capital J).
  const std::string era = "Fondée en 52 av. J.-C. sur la rive gauche.";
  BOOST_TEST(bare.segment(era).sentences.size() == 2u);
  seg::SegmenterRules dotted;
  dotted.closing_abbreviations = {"av. j.-c"};
  BOOST_TEST(seg::Segmenter(std::move(dotted)).segment(era).sentences.size() == 1u);
}

BOOST_AUTO_TEST_CASE(empty_and_blank_texts) {
  BOOST_TEST(segmenter().segment("").tokens.empty());
  const seg::Segmentation blank = segmenter().segment(" \n\n  \n");
  BOOST_TEST(blank.tokens.empty());
  BOOST_TEST(blank.sentences.empty());
  BOOST_TEST(blank.sentence_at(3) == 0u);
}

BOOST_AUTO_TEST_CASE(sentence_at_finds_the_sentence_or_the_one_before) {
  const std::string text = "  Premier.  Deuxième.\n\nTroisième.";
  const seg::Segmentation r = segmenter().segment(text);
  BOOST_TEST_REQUIRE(r.sentences.size() == 3u);
  BOOST_TEST(r.sentence_at(0) == 0u);                    // before the first
  BOOST_TEST(r.sentence_at(text.find("Deux")) == 1u);
  BOOST_TEST(r.sentence_at(text.find("Deux") - 1) == 0u);  // between: the one before
  BOOST_TEST(r.sentence_at(text.find("Trois") + 3) == 2u);
  BOOST_TEST(r.sentence_at(text.size() + 10) == 2u);
}

BOOST_AUTO_TEST_CASE(random_input_keeps_the_invariants) {
  // Fragments that stress the rules, joined at random: letters and marks of several scripts,
  // spaces, line breaks, quotes, digits, the punctuation the rules look at, abbreviations.
  const std::vector<std::string> fragments = {
      "a", "Z", "é", "É", "œ", "ß", "e\u0301", "\u0301", "l'", "'", "qu'", " ", "  ", "\n", "\n\n",
      "\t", "\u00a0", ".", "...", "\u2026", "?", "!", ",", ";", ":", "-", "\u2010", "«", "»", "(",
      ")", "[", "]", "\"", "1", "23", "456", "7,5", "0.75", "€", "$", "%", "/", "M.", "Mme",
      "J.", "etc.", "p. ex.", "av. J.-C.", "Inc.", "n°", "😀", "中文", "ǅ", "Ω", "١٢", "-t-il",
      "Air France-KLM", "CNBCelle"};
  std::mt19937 random(20261128);
  std::uniform_int_distribution<std::size_t> pick(0, fragments.size() - 1), length(0, 60);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    for (std::size_t n = length(random); n > 0; --n) text += fragments[pick(random)];
    BOOST_TEST_CONTEXT("round " << round) {
      const seg::Segmentation r = segmenter().segment(text);
      check_invariants(text, r);
    }
  }
}

BOOST_AUTO_TEST_CASE(word_boundaries_are_icus_own) {
  // IcuBreaks lets ICU see only the runs that are not plain letters, digits and punctuation; the
  // pieces must be exactly those of ICU over the whole text, read as UTF-8 by ICU itself.
  const seg::IcuPrototypes prototypes;
  seg::IcuBreaks breaks(prototypes);
  auto check = [&](const std::string& text) {
    breaks.run(text, 0, text.size());
    std::vector<std::pair<std::size_t, std::size_t>> pieces;
    for (const seg::Piece& piece : breaks.pieces()) {
      BOOST_TEST_REQUIRE((piece.kind == seg::kind_of(text, piece.begin)));
      // A plain piece is letters and digits only (append_tokens looks for no apostrophe in it).
      for (std::size_t k = piece.begin; piece.plain && k < piece.end; ++k) {
        const auto c = static_cast<unsigned char>(text[k]);
        BOOST_TEST_REQUIRE((c >= 0x80 || std::isalnum(c)));
      }
      pieces.emplace_back(piece.begin, piece.end);
    }
    BOOST_TEST_REQUIRE((pieces == visible_pieces(text, plain_icu_words(text))));
  };
  check(corpus_text());
  for (const auto& line : extrait::testing::read_corpus("tokens.tsv")) check(line.fields.at(0));
  const std::vector<std::string> fragments = {
      "a", "Z", "é", "É", "œ", "×", "÷", "ß", "e\u0301", "\u0301", "\u200d", "\u00ad", "'", " ",
      "  ", "\n", "\r\n", "\t", "\u00a0", "\u2009", ".", ",", "-", "_", "1", "23", "٣", "€", "%",
      "«", "»", "😀", "👍🏽", "🇫🇷", "中文", "ǅ", "Ω", "ا", "l'", "M.", "8,53", "www.a.fr",
      // the punctuation IcuBreaks judges itself, and its Latin-1 neighbours that it leaves to ICU
      ";", ":", "(", ")", "?", "\"", "\u00b7", "\u00aa", "\u00b5", "\u00b0", "\u0085", "\x7f", "\v", "1.5",
      "a'b", "2;3", "x.y", "@", "#", "&", "*", "/", "<", "[", "`", "{", "|", "~", "§", "±"};
  std::mt19937 random(1789);
  std::uniform_int_distribution<std::size_t> pick(0, fragments.size() - 1), length(0, 40);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    for (std::size_t n = length(random); n > 0; --n) text += fragments[pick(random)];
    BOOST_TEST_CONTEXT("round " << round) { check(text); }
  }
}

BOOST_AUTO_TEST_CASE(sentence_boundaries_are_icus_own) {
  // IcuBreaks lets ICU's sentence iterator see only islands around the terminators
  // (segment/sentence_islands.hpp); the boundaries must be exactly those of ICU over the whole
  // text. The fragments hold a code point of every Sentence_Break class, several of some, so that
  // random texts meet every rule of UAX #29, SB8's long look ahead among them.
  const seg::IcuPrototypes prototypes;
  seg::IcuBreaks breaks(prototypes);
  auto check = [&](const std::string& text) {
    breaks.run(text, 0, text.size());
    BOOST_TEST_REQUIRE((breaks.sentences() == plain_icu_sentences(text)));
  };
  check(corpus_text());
  for (const auto& line : extrait::testing::read_corpus("sentences.tsv")) check(line.fields.at(0));
  const std::vector<std::string> fragments = {
      // Lower, Upper, OLetter (one beyond the BMP), Numeric
      "a", "é", "ß", "Z", "É", "ǅ", "Ω", "中", "ا", "\U00020000", "1", "٣", "\U0001D7CE",
      // ATerm, STerm (one beyond the BMP)
      ".", ".", "\u2024", "?", "!", "\u3002", "\u203c", "\U00011047",
      // Close, Sp, SContinue
      ")", "»", "«", "\"", "'", "\u201d", " ", " ", "\u00a0", "\t", ",", ";", ":", "-", "\u2014",
      // Extend, Format, Sep, CR, LF, Other
      "\u0301", "\u200d", "\u00ad", "\u200b", "\u2028", "\u2029", "\u0085", "\r", "\n", "\r\n",
      "\u2026", "€", "%", "😀"};
  std::mt19937 random(1793);
  std::uniform_int_distribution<std::size_t> pick(0, fragments.size() - 1), length(0, 40);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    for (std::size_t n = length(random); n > 0; --n) text += fragments[pick(random)];
    BOOST_TEST_CONTEXT("round " << round << ": " << text) { check(text); }
  }
}

BOOST_AUTO_TEST_CASE(bytes_that_are_not_utf8_do_no_harm) {
  std::mt19937 random(7);
  std::uniform_int_distribution<int> byte(0, 255), length(0, 80);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (int n = length(random); n > 0; --n) text.push_back(static_cast<char>(byte(random)));
    const seg::Segmentation r = segmenter().segment(text);
    std::size_t previous_end = 0;
    for (const auto& t : r.tokens) {
      BOOST_TEST_REQUIRE(t.begin >= previous_end);
      BOOST_TEST_REQUIRE(t.begin < t.end);
      BOOST_TEST_REQUIRE(t.end <= text.size());
      previous_end = t.end;
    }
    for (std::size_t i = 1; i < r.sentences.size(); ++i) {
      BOOST_TEST_REQUIRE(r.sentences[i].begin >= r.sentences[i - 1].end);
    }
  }
}

BOOST_AUTO_TEST_CASE(two_threads_get_the_same_answer) {
  const std::string text = repeat_to(corpus_text(), 400 * 1024);
  const seg::Segmentation reference = segmenter().segment(text);
  seg::Segmentation first, second;
  std::thread a([&] { first = segmenter().segment(text); });
  std::thread b([&] { second = segmenter().segment(text); });
  a.join();
  b.join();
  BOOST_TEST(same(first, reference));
  BOOST_TEST(same(second, reference));
}

BOOST_AUTO_TEST_CASE(long_texts_segment_as_their_lines_do) {
  // segment() works on stretches of whole lines; the result must not show where it cut.
  const std::string paragraphs = corpus_text();
  const std::string text = repeat_to(paragraphs, 300 * 1024);
  const seg::Segmentation whole = segmenter().segment(text);
  check_invariants(text, whole);
  seg::Segmentation joined;
  for (std::size_t begin = 0; begin < text.size();) {
    const std::size_t end = text.find('\n', begin) + 1;
    const seg::Segmentation line = segmenter().segment(std::string_view(text).substr(begin, end - begin));
    const std::size_t base_token = joined.tokens.size();
    for (const auto& t : line.tokens) joined.tokens.push_back(seg::Token::over(t.begin + begin, t.end + begin, t.kind));
    for (auto s : line.sentences) {
      s.begin += begin;
      s.end += begin;
      s.first_token += base_token;
      s.last_token += base_token;
      joined.sentences.push_back(s);
    }
    begin = end;
  }
  BOOST_TEST(same(whole, joined));
}

BOOST_AUTO_TEST_CASE(stretches_end_after_a_line_break) {
  const std::string text = "abc\ndef ghi\njkl";
  BOOST_TEST(seg::stretch_end(text, 0, 100, 1000) == text.size());  // short enough: all of it
  BOOST_TEST(seg::stretch_end(text, 0, 2, 1000) == 4u);             // the first line break after 2
  BOOST_TEST(seg::stretch_end(text, 0, 4, 1000) == 4u);             // a break at target - 1 counts
  BOOST_TEST(seg::stretch_end(text, 0, 5, 1000) == 12u);
  BOOST_TEST(seg::stretch_end(text, 4, 2, 1000) == 12u);
  BOOST_TEST(seg::stretch_end(text, 4, 2, 6) == 8u);  // no line break within the limit: a space
  const std::string one_word = "abcdéfghij";
  BOOST_TEST(seg::stretch_end(one_word, 0, 2, 5) == 4u);  // no space either: a code point boundary
}

BOOST_AUTO_TEST_CASE(throughput) {
  // The paragraphs of sentences.tsv are denser in hard cases than news (every line a trap), so
  // this is a floor; processor time, so that other work on the machine counts less.
  const std::string text = repeat_to(corpus_text(), 4 * 1024 * 1024);
  double best = 0;
  std::size_t tokens = 0;
  for (int run = 0; run < 3; ++run) {
    const std::clock_t start = std::clock();
    const seg::Segmentation r = segmenter().segment(text);
    const double seconds = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
    if (seconds > 0) best = std::max(best, static_cast<double>(text.size()) / seconds / 1e6);
    tokens = r.tokens.size();
  }
  BOOST_TEST(tokens > text.size() / 10);
  BOOST_TEST_MESSAGE("segment(): " << best << " MB/s on " << static_cast<double>(text.size()) / 1e6
                                   << " MB, " << tokens << " tokens");
}
