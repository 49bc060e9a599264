// tests/test_segment_lexemes.cpp: the per-thread table of word types (segment/lexemes.hpp).
//
// A token's word type must be told by its bytes alone, whatever the case, the length past the 16
// bytes kept in a slot, or the table's history; what the stages keep in a type's record must be
// what they compute from the bytes; and the table must empty itself, between documents only, once
// it holds too much.
#define BOOST_TEST_MODULE test_segment_lexemes
#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "extract/date/word_index.hpp"
#include "extract/organization/word_classes.hpp"
#include "extract/organization/words.hpp"
#include "segment/lexemes.hpp"
#include "segment/segmenter.hpp"
#include "summary/sentence_vectors.hpp"
#include "summary/vocabulary.hpp"

namespace seg = extrait::segment;
namespace names = extrait::extract::names;

namespace {

// Bare rules: these tests are about words, not abbreviations nor elisions.
const seg::Segmenter& segmenter() {
  static const seg::Segmenter instance(seg::SegmenterRules{});
  return instance;
}

std::string_view token_text(std::string_view text, const seg::Token& t) { return text.substr(t.begin, t.end - t.begin); }

// The class bits of token t as the screen `classes` gives them, asked directly (none for the
// tokens that have no key), and in *plain whether the word is all key.
std::uint64_t classes_asked(const names::WordClasses& classes, std::string_view text, const seg::Segmentation& s,
                            std::size_t t, bool* plain) {
  *plain = false;
  const seg::Token& token = s.tokens[t];
  const bool keyless = token.kind != seg::TokenKind::word &&
                       names::WordClasses::keyless(static_cast<unsigned char>(text[token.begin]));
  return keyless ? 0 : classes.of(text, token.begin, token.end, plain);
}

// The word types of a text: each word's bytes and the number its tokens got (all the same, or
// the test fails).
std::map<std::string, std::uint32_t> types_of(std::string_view text, const seg::Segmentation& s,
                                              std::span<const std::uint32_t> ids) {
  BOOST_TEST_REQUIRE(ids.size() == s.tokens.size());
  std::map<std::string, std::uint32_t> types;
  for (std::size_t t = 0; t < s.tokens.size(); ++t) {
    const std::string word(token_text(text, s.tokens[t]));
    if (s.tokens[t].kind != seg::TokenKind::word) {
      BOOST_TEST(ids[t] == seg::Lexemes::kNone, word);
      continue;
    }
    BOOST_TEST(ids[t] != seg::Lexemes::kNone, word);
    const auto [it, fresh] = types.emplace(word, ids[t]);
    BOOST_TEST(it->second == ids[t], word);
  }
  return types;
}

// `count` distinct words, all letters ("motaaab", "motaaac", …), from `first` on.
std::string distinct_words(std::size_t first, std::size_t count) {
  std::string out;
  for (std::size_t i = first; i < first + count; ++i) {
    std::string word = "mot";
    for (std::size_t n = i, k = 0; k < 5; ++k, n /= 26) word.push_back(static_cast<char>('a' + n % 26));
    out += word;
    out += ' ';
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(same_bytes_same_type_other_bytes_other_types) {
  const std::string text =
      "Le chat et le chat, LE CHAT. Anticonstitutionnellement anticonstitutionnellement "
      "anticonstitutionnellemenT anticonstitutionnellementé anticonstitutionnel Anticonstitutionnellement "
      "12 € « chat » l'été";
  const seg::Segmentation s = segmenter().segment(text);
  BOOST_TEST(s.lexemes.epoch == seg::Lexemes::of_thread().epoch());
  const std::span<const std::uint32_t> ids = seg::lexeme_ids(text, s);
  BOOST_TEST(ids.data() == s.lexemes.ids.data());  // the segmentation's own, still valid
  const auto types = types_of(text, s, ids);
  // Different bytes, different types: case, a last byte past the sixteenth, a longer word.
  std::unordered_set<std::uint32_t> seen;
  for (const auto& [word, id] : types) BOOST_TEST(seen.insert(id).second, word);
  BOOST_TEST(types.count("chat") == 1u);
  BOOST_TEST(types.count("Le") == 1u);
  BOOST_TEST(types.count("le") == 1u);
  BOOST_TEST(types.count("anticonstitutionnellemenT") == 1u);
  BOOST_TEST(types.count("anticonstitutionnellementé") == 1u);
  // The same words in another document: the same types.
  const std::string other = "anticonstitutionnellement chat Le";
  const seg::Segmentation s2 = segmenter().segment(other);
  const auto types2 = types_of(other, s2, seg::lexeme_ids(other, s2));
  for (const auto& [word, id] : types2) BOOST_TEST(types.at(word) == id, word);
}

BOOST_AUTO_TEST_CASE(the_table_empties_between_documents_past_its_bound) {
  seg::Lexemes& table = seg::Lexemes::of_thread();
  const std::string first_text = "Le chat dort. " + distinct_words(0, 100);
  const seg::Segmentation first = segmenter().segment(first_text);
  const std::uint64_t first_epoch = first.lexemes.epoch;
  constexpr std::size_t kPerDocument = 4000;
  std::size_t next = 100;
  bool emptied = false;
  for (std::size_t d = 0; d < 2 * seg::Lexemes::kMaxTypes / kPerDocument && !emptied; ++d) {
    const std::size_t before = table.size();
    const std::string text = distinct_words(next, kPerDocument) + "chat Le dort";
    next += kPerDocument;
    const seg::Segmentation s = segmenter().segment(text);
    // Numbers valid through the document, whatever happened to the table before it.
    const auto types = types_of(text, s, seg::lexeme_ids(text, s));
    BOOST_TEST(types.size() == kPerDocument + 3);
    if (table.size() < before) {
      emptied = true;
      BOOST_TEST(before > seg::Lexemes::kMaxTypes);
      BOOST_TEST(table.size() == kPerDocument + 3);
    }
    BOOST_TEST(table.size() <= seg::Lexemes::kMaxTypes + kPerDocument + 3);
  }
  BOOST_TEST(emptied);
  // The first document's numbers are stale now: they are made again, and still tell its words apart.
  BOOST_TEST(table.epoch() != first_epoch);
  const std::span<const std::uint32_t> again = seg::lexeme_ids(first_text, first);
  BOOST_TEST(again.data() != first.lexemes.ids.data());
  const auto types = types_of(first_text, first, again);
  BOOST_TEST(types.size() == 103u);
  // And a record holds the bytes of its word.
  seg::Lexeme* const records = table.records();
  for (const auto& [word, id] : types) {
    BOOST_TEST(records[id].length == word.size());
    BOOST_TEST(records[id].head == extrait::text::short_key(word).head);
  }
}

BOOST_AUTO_TEST_CASE(names_read_from_a_record_what_the_bytes_say) {
  const std::string text =
      "La Banque de France et l'ONU, eBay et BlaBlaCar ; la banque DE France : « Élysée » 2024 "
      "Anticonstitutionnellement-Banque. La Banque de France.";
  const seg::Segmentation s = segmenter().segment(text);
  names::WordClasses classes;
  classes.add_words({"banque", "france"});
  classes.add_words({"de", "la", "2024"});
  // Without a screen the shapes are read from the bytes: the reference for the capitals.
  const names::Words direct(text, s);
  for (int pass = 0; pass < 3; ++pass) {
    if (pass == 2) classes.add_words({"onu"});  // a screen changed: the records' bits are stale
    const names::Words words(text, s, &classes);  // pass 0 fills the records, pass 1 reads them
    BOOST_TEST_REQUIRE(words.size() == direct.size());
    for (std::size_t t = 0; t < words.size(); ++t) {
      const std::string word(words.str(t));
      BOOST_TEST(words[t].capital == direct[t].capital, word);
      BOOST_TEST(words[t].inner_capital == direct[t].inner_capital, word);
      BOOST_TEST(words[t].acronym == direct[t].acronym, word);
      bool plain = false;
      BOOST_TEST(words[t].classes == classes_asked(classes, text, s, t, &plain), word);
      BOOST_TEST(words[t].plain == plain, word);
    }
  }
}

BOOST_AUTO_TEST_CASE(dates_read_from_a_record_what_the_index_answers) {
  // Forms glued to the next word ("marsla"), ending with a hyphen ("mi-") or an apostrophe ("l'"),
  // and words that read on past their token ("mars." at a sentence's end, "jusqu'au").
  extrait::extract::date::WordIndex index;
  index.add("mars", 1, true);
  index.add("mi-", 2, false);
  index.add("l'", 4, false);
  index.add("le", 8, false);
  index.add("jusqu'au", 16, false);
  index.freeze();
  const std::string text =
      "Le 3 mars, mi-mars et l'été, MARS marsla Mars-avril ; le mars jusqu'au mars. Le le L'an mars.";
  const seg::Segmentation s = segmenter().segment(text);
  std::size_t kept = 0;
  for (int pass = 0; pass < 2; ++pass) {  // pass 0 fills the records, pass 1 reads them
    const std::span<const std::uint32_t> ids = seg::lexeme_ids(text, s);
    seg::Lexeme* const records = seg::Lexemes::of_thread().records();
    const std::uint32_t stamp = index.stamp();
    for (std::size_t t = 0; t < s.tokens.size(); ++t) {
      const seg::Token& token = s.tokens[t];
      if (ids[t] == seg::Lexemes::kNone) continue;
      const std::string word(token_text(text, token));
      if (!extrait::extract::date::WordIndex::word_within(text, token.begin, token.end)) {
        BOOST_TEST((word == "mars" || word == "jusqu'"), word);  // "mars.", "jusqu'au" read on
        continue;
      }
      ++kept;
      BOOST_TEST(index.at_word(text, token.begin, records[ids[t]], stamp) == index.at(text, token.begin), word);
    }
  }
  BOOST_TEST(kept > 20u);
  BOOST_TEST(index.at(text, text.find("MARS")) == 1u);  // the index itself answers as it did
}

BOOST_AUTO_TEST_CASE(the_summary_reads_stems_from_the_records) {
  const std::string text = "Le chat dort. Les chats dorment. Le Chat dormait et le chien aussi.";
  const seg::Segmentation s = segmenter().segment(text);
  const std::unordered_set<std::string> function_words = {"le", "les", "et"};
  extrait::summary::Vocabulary vocabulary;
  const auto first = extrait::summary::sentence_vectors(text, s, function_words, vocabulary);
  const auto second = extrait::summary::sentence_vectors(text, s, function_words, vocabulary);
  // A vocabulary of its own knows nothing the records hold: it asks again, and must agree.
  extrait::summary::Vocabulary fresh;
  const auto third = extrait::summary::sentence_vectors(text, s, function_words, fresh);
  BOOST_TEST(first.terms == second.terms);
  BOOST_TEST(first.terms == third.terms);
  BOOST_TEST(first.word_counts == third.word_counts);
  BOOST_TEST(first.vocabulary == third.vocabulary);
  BOOST_TEST(first.vocabulary > 0u);
}

BOOST_AUTO_TEST_CASE(a_document_of_too_many_types_leaves_the_rest_without_one) {
  // More distinct words than the table's largest size holds: the last ones get no type, and the
  // name finders read those from their bytes, as they would any other.
  const std::string text = distinct_words(0, 140'000) + "La Banque de France.";
  const seg::Segmentation s = segmenter().segment(text);
  const std::span<const std::uint32_t> ids = seg::lexeme_ids(text, s);
  std::map<std::string, std::uint32_t> types;
  std::size_t untyped = 0;
  for (std::size_t t = 0; t < s.tokens.size(); ++t) {
    if (s.tokens[t].kind != seg::TokenKind::word) continue;
    if (ids[t] == seg::Lexemes::kNone) {
      ++untyped;
      continue;
    }
    const auto [it, fresh] = types.emplace(std::string(token_text(text, s.tokens[t])), ids[t]);
    BOOST_TEST(fresh);  // every word of this text is new
  }
  BOOST_TEST(untyped > 0u);
  BOOST_TEST(types.size() + untyped == 140'004u);
  names::WordClasses classes;
  classes.add_words({"banque", "france"});
  const names::Words direct(text, s);
  const names::Words words(text, s, &classes);
  for (std::size_t t = words.size() - 6; t < words.size(); ++t) {
    const std::string word(words.str(t));
    BOOST_TEST(words[t].capital == direct[t].capital, word);
    bool plain = false;
    BOOST_TEST(words[t].classes == classes_asked(classes, text, s, t, &plain), word);
  }
}
