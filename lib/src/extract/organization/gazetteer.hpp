// extract/organization/gazetteer.hpp: the organizations extrait knows by name.
//
// Every file of lexicons/organizations/ (and the files of the same names in `--lexicons`
// directories) holds rows "canonical<TAB>aliases separated by |<TAB>kind<TAB>flags". The gazetteer
// finds any of those names where it starts in the text and says which entry it is, under these
// rules:
//  - spelling: accents and the case of letters after the first do not matter ("Societe generale"
//    is "Société Générale"); an alias without lower-case letters ("SNCF", "CFE-CGC") matches only
//    as written, so that "Fo" is not "FO"; an alias that starts with a capital needs one in the
//    text, so that "orange" is fruit; an alias written in lower case ("eBay", "iliad") takes both;
//  - a name with its article ("Les Echos", "Le Monde", "La Poste") is also found without it right
//    after an article or a contraction ("aux Echos", "du Monde", "la Poste"): the span is then
//    the name alone, as the guidelines want;
//  - a name ends a word, is not the start of a hyphenated word ("la Croix-rouge"), or is glued to
//    the word after where a web page lost a link: a short French word ("Financial Timesle
//    groupe"), lower case after an acronym ("CNBCelle", "KLMprenait"), or another name
//    ("ReutersAmazon", which the caller checks).
// Flags: `ambiguous` (also a place, a given name or a common noun: "Orange", "Vinci") and `common`
// (a common word, a name only when capitalized inside a sentence: "Total", "Free", "Action") tell
// the extractor to want more evidence; the gazetteer itself only reports them. `whole`: the name
// is never taken without its article ("La Provence", not the region after "la").
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/organization/name_trie.hpp"
#include "extract/organization/word_classes.hpp"
#include "extract/organization/words.hpp"
#include "lexicon/glue.hpp"
#include "lexicon/lexicon_set.hpp"

namespace extrait::extract::names {

struct OrgEntry {
  std::string canonical;
  std::string kind;  // company, bank, media, regulator, ministry, union, party, club, …
  bool ambiguous = false;
  bool common = false;
};

struct GazetteerHit {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::uint32_t entry = 0;
  bool bare = false;   // a name found without its article ("Echos" for "Les Echos")
  bool glued = false;  // the next word is glued to it
  bool camel = false;  // glued to a capital: valid only if a name starts there too
};

class Gazetteer {
 public:
  Gazetteer(const lexicon::LexiconSet& lexicons, const lexicon::GlueWords& glue);

  // Appends to `out` the valid names that start at byte `at` (a word start), longest first.
  void find(std::string_view text, std::size_t at, std::vector<NameTrie::Hit>& scratch,
            std::vector<GazetteerHit>& out) const;

  const OrgEntry& entry(std::uint32_t i) const { return entries_[i]; }

  // Registers the first words of every name with the extractor's word screen; may_start_token()
  // then answers from a token's bits. A token the screen refuses may still hold a name glued to
  // the next word ("CNBCelle", "Microsoftl'ancien"): glued_may_start() looks for one.
  // A token that starts with a lower-case letter is only looked up among the names written in
  // lower case ("eBay", "groupe Wagner"), so those have a screen of their own.
  void screen(WordClasses& classes) {
    bit_ = classes.add_words(first_words_);
    lower_bit_ = classes.add_words(lower_first_words_);
  }
  // (Inline up to the screen: asked at every word, it turns most of them away there.)
  bool may_start_token(const Words& w, std::size_t t) const {
    if (bit_ == 0) return true;
    if ((w[t].classes & bit_) == 0) return false;
    return lower_bit_ == 0 || (w[t].classes & lower_bit_) != 0 || !starts_lower(w, t);
  }
  bool glued_may_start(const Words& w, std::size_t t, const WordClasses& classes) const;
  // The class bit that may_start_token() asks first, 0 when no screen was registered: for a walk
  // that screens tokens before it looks at them.
  std::uint32_t start_bit() const { return bit_; }

  // The lexicon files the gazetteer reads: every built-in file under organizations/.
  static std::vector<std::string> files();

 private:
  struct Alias {
    std::string form;
    std::uint32_t entry;
    bool exact;     // no lower-case letter: match as written
    bool bare;      // the name without its article: only after an article
    bool lower_ok;  // written in lower case: any case in the text
    bool ends_in_acronym;
    bool inner_acronym;  // a word in capitals inside ("Airbus SE", "BNP Paribas"): keep them
  };
  // Whether the token starts with a lower-case letter (asked at most words: ASCII inline).
  static bool starts_lower(const Words& w, std::size_t t) {
    const std::string_view text = w.text();
    if (w[t].begin >= text.size()) return false;
    const auto b = static_cast<unsigned char>(text[w[t].begin]);
    if (b < 0x80) return b >= 'a' && b <= 'z';
    return starts_lower_beyond_ascii(w, t);
  }
  static bool starts_lower_beyond_ascii(const Words& w, std::size_t t);
  static bool acronyms_fit(std::string_view form, std::string_view text, std::size_t begin, std::size_t end);
  // Adds a form; unless `whole`, also its form without an article (as a `bare` alias).
  void add_alias(std::string_view form, std::uint32_t entry, bool whole, bool bare = false);
  bool case_fits(const Alias& alias, std::string_view text, std::size_t begin, std::size_t end) const;

  // Names written with a capital, and the few written in lower case ("eBay", "iliad"), apart: a
  // lower-case word of the text is only looked up among the latter, which keeps the scan cheap.
  NameTrie trie_;
  std::vector<std::vector<std::uint32_t>> group_aliases_;  // trie group -> aliases
  NameTrie lower_trie_;
  std::vector<std::vector<std::uint32_t>> lower_group_aliases_;
  std::vector<Alias> aliases_;
  std::vector<OrgEntry> entries_;
  std::vector<std::string> first_words_;  // folded, of every alias
  std::vector<std::string> lower_first_words_;  // folded, of the aliases written in lower case
  // lexicons/glue_words.txt (lower case, without the elided ones), by their last two bytes: a
  // token is compared only with the few words it may end with. (Words of one byte, if a list
  // holds any, are apart, compared with every token.)
  static std::size_t glue_slot(char before_last, char last) {
    const auto a = static_cast<std::size_t>(static_cast<unsigned char>(before_last));
    return (static_cast<unsigned char>(last) ^ (a * 37)) & 255;
  }
  std::array<std::vector<std::string>, 256> glue_words_;
  std::vector<std::string> one_byte_glue_words_;
  std::uint32_t bit_ = 0;  // start bit only: names are looked up in the trie
  std::uint32_t lower_bit_ = 0;  // the same for the names written in lower case
  const lexicon::GlueWords& glue_;
};

}  // namespace extrait::extract::names
