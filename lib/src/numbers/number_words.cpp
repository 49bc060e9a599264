// numbers/number_words.cpp: the grammar of French cardinals over the words of the lexicons.
//
// read() works in three steps, all on its own stack:
//  1. words: from `at`, the run of vocabulary entries joined by a hyphen or spaces, each matched
//     case-folded (the longest entry first: "quatre-vingts" before "quatre");
//  2. grammar: the longest prefix of those entries that is a well-formed cardinal, by recursive
//     descent over the French structure: below twenty, tens, hundreds, thousands, scale nouns;
//  3. boundaries: what follows must not make the number part of an ordinal or a compound word.
// read_ordinal() runs the same steps over a run that ends with an ordinal entry ("vingt-
// cinquième"): the ordinal rows play the role of their cardinal, and the whole run must parse.
//
// The vocabulary these steps read with is built in number_word_lexicon.cpp.
#include "numbers/number_words.hpp"

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <optional>

#include "numbers/digits.hpp"
#include "numbers/number_word_lexicon.hpp"
#include "text/chars.hpp"

namespace extrait::numbers {

namespace {

using word_lexicon::Entry;
using word_lexicon::fold;
using word_lexicon::FoldedWord;
using word_lexicon::Role;
using word_lexicon::word_end;
using Vocabulary = NumberWords::Vocabulary;

// The longest cardinal below 10^24 ("neuf cent quatre-vingt-dix-neuf mille neuf cent … trillions
// … neuf") has 47 entries; a longer run of number words is not one cardinal.
constexpr std::size_t kMaxItems = 64;

// Where the next word of a number starts after a word ending at `end`: after one hyphen
// ("vingt-deux") or a run of spaces ("vingt deux"), when a word follows.
std::optional<std::size_t> next_word(std::string_view text, std::size_t end) {
  if (end < text.size() && text[end] == '-') {
    ++end;
  } else if (end < text.size() && text[end] == ' ') {
    while (end < text.size() && text[end] == ' ') ++end;
  } else {
    return std::nullopt;
  }
  if (!text::word_char_at(text, end)) return std::nullopt;
  return end;
}

// ---------------------------------------------------------------------------------------------
// Step 1: the entries that follow one another from `at`.

// No default member initializers: read() keeps an array of 64 on its stack for every word it is
// asked about, and fills only those it uses.
struct Item {
  const Entry* entry;
  std::size_t end;  // byte after the entry's last word
};

// The longest vocabulary entry whose words start at `at` (a word start), if any.
std::optional<Item> match_entry(const Vocabulary& v, std::string_view text, std::size_t at) {
  if (at >= text.size() || !v.may_start_entry(text, at)) return std::nullopt;
  const std::size_t first_end = word_end(text, at);
  if (first_end == at) return std::nullopt;
  FoldedWord word;
  if (!fold(text.substr(at, first_end - at), word)) return std::nullopt;
  auto [lo, hi] = v.starting_with(word.view());
  for (const Entry* e = lo; e != hi; ++e) {
    std::size_t end = first_end;
    bool all = true;
    for (std::size_t k = 1; k < e->words.size() && all; ++k) {
      auto next = next_word(text, end);
      if (!next) {
        all = false;
        break;
      }
      end = word_end(text, *next);
      all = fold(text.substr(*next, end - *next), word) && word.view() == e->words[k];
    }
    if (all) return Item{e, end};
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Step 2: the grammar, over items [0, n). Each rule returns the longest reading it finds from
// item i and the index of the item after it.

struct Part {
  std::int64_t value = 0;
  std::size_t next = 0;
  bool teen_hundreds = false;  // "dix-neuf cent": 1100 to 1999, which nothing multiplies
};

struct Reading {
  Decimal value;
  std::size_t items = 0;
  bool has_scale = false;
  int last_power = 0;  // of the last scale noun read
};

class Grammar {
 public:
  Grammar(const Vocabulary& v, const Item* items, std::size_t n) : v_(v), items_(items), n_(n) {}

  // A whole cardinal: "zéro", "un demi-milliard", or parts multiplied by decreasing scales and a
  // last part below a million.
  std::optional<Reading> number() const {
    if (is(0, Role::unit) && entry(0).value == 0) return Reading{Decimal(0), 1, false, 0};
    if (auto half = fraction_of_scale()) return half;
    Decimal total(0);
    int last_power = INT_MAX;
    std::optional<Reading> best;
    std::size_t at = 0;
    while (auto part = thousands(at)) {
      if (!is(part->next, Role::scale)) {
        if (auto sum = total.plus(Decimal(part->value))) {
          best = Reading{*sum, part->next, last_power != INT_MAX, last_power == INT_MAX ? 0 : last_power};
        }
        break;
      }
      const Entry& scale = entry(part->next);
      // Scales go down, each part less than one of the scale before ("deux milliards trois cents
      // millions"); "un million deux millions" is two numbers, so the second part is left out.
      if (scale.power >= last_power || digit_count(part->value) + scale.power > last_power) break;
      auto sum = total.plus(Decimal(part->value, scale.power));
      if (!sum) break;
      total = *sum;
      last_power = scale.power;
      at = part->next + 1;
      best = Reading{total, at, true, last_power};
      // "trois millions et demi": a fraction of the last scale, which ends the number.
      if (is(at, Role::conjunction) && is(at + 1, Role::fraction)) {
        auto extra = Decimal(1, scale.power).times(entry(at + 1).fraction);
        auto with = extra ? total.plus(*extra) : std::nullopt;
        if (with) best = Reading{*with, at + 2, true, last_power};
        break;
      }
    }
    return best;
  }

 private:
  const Entry& entry(std::size_t i) const { return *items_[i].entry; }
  bool is(std::size_t i, Role role) const { return i < n_ && items_[i].entry->role == role; }

  // "un demi-milliard", "demi-million": a fraction of one unit of a scale.
  std::optional<Reading> fraction_of_scale() const {
    std::size_t i = 0;
    if (is(0, Role::unit) && entry(0).value == 1 && is(1, Role::fraction)) i = 1;
    if (!is(i, Role::fraction) || !is(i + 1, Role::scale)) return std::nullopt;
    auto value = Decimal(1, entry(i + 1).power).times(entry(i).fraction);
    if (!value) return std::nullopt;
    return Reading{*value, i + 2, true, entry(i + 1).power};
  }

  // Below a million: "mille", "deux mille trois cents", "vingt et un mille", or a group alone.
  std::optional<Part> thousands(std::size_t i) const {
    Part p;
    if (is(i, Role::thousand)) {
      p = Part{entry(i).value, i + 1, false};  // "mille" alone: never "un mille"
    } else {
      auto g = group(i);
      if (!g) return std::nullopt;
      // "un mille" is a nautical mile and "dix-neuf cent mille" no French: the group stands alone.
      if (!is(g->next, Role::thousand) || g->value < 2 || g->teen_hundreds) return g;
      p = Part{g->value * entry(g->next).value, g->next + 1, false};
    }
    // The rest is below a thousand; before another "mille" it starts another number ("deux
    // mille trois mille" is two).
    if (auto first = et_first(p.next)) {
      p.value += first->value;
      p.next = first->next;
    } else if (auto rest = group(p.next); rest && !rest->teen_hundreds && !is(rest->next, Role::thousand)) {
      p.value += rest->value;
      p.next = rest->next;
    }
    return p;
  }

  // "et unième", "et onzième" after a hundred or a thousand: ordinals keep the "et" that the
  // cardinals lost ("cent et unième", "la mille et unième nuit"; the cardinal is "cent un").
  std::optional<Part> et_first(std::size_t i) const {
    if (!is(i, Role::conjunction) || i + 1 >= n_ || !entry(i + 1).ordinal) return std::nullopt;
    const std::int64_t v = entry(i + 1).value;
    if (!(is(i + 1, Role::unit) && v == 1) && !(is(i + 1, Role::teen) && v == 11)) return std::nullopt;
    return Part{v, i + 2, false};
  }

  // 1 to 999: "cent", "deux cents", "deux cent cinquante", "quarante-deux"; and the years'
  // "dix-neuf cent quatre-vingt-dix" (1100 to 1999).
  std::optional<Part> group(std::size_t i) const {
    if (is(i, Role::hundred)) {
      if (entry(i).plural) return std::nullopt;  // "cents" alone is a coin, not a hundred
      return with_complement(entry(i).value, i + 1);
    }
    auto m = below100(i);
    if (!m || !is(m->next, Role::hundred)) return m;
    // Hundreds take 2 to 9 before them, or 11 to 19 for 1100 to 1999 ("onze cents"); never
    // "un cent" (an American coin) nor "dix cents" (that is "mille").
    const bool unit = m->value >= 2 && m->value <= 9;
    const bool teen = m->value >= 11 && m->value <= 19;
    if (!unit && !teen) return m;
    Part p = with_complement(m->value * entry(m->next).value, m->next + 1);
    p.teen_hundreds = teen;
    return p;
  }

  // Hundreds and what follows below a hundred, unless that multiplies another "cent" ("deux
  // cent trois cents" is two numbers).
  Part with_complement(std::int64_t hundreds, std::size_t i) const {
    if (auto first = et_first(i)) return Part{hundreds + first->value, first->next, false};
    auto rest = below100(i);
    if (rest && !is(rest->next, Role::hundred)) return Part{hundreds + rest->value, rest->next, false};
    return Part{hundreds, i, false};
  }

  // 1 to 99.
  std::optional<Part> below100(std::size_t i) const {
    if (!is(i, Role::ten)) return below20(i);
    const Entry& ten = entry(i);
    const std::int64_t span = ten.vigesimal ? 19 : 9;
    // "vingt et un", "soixante et onze": "et" comes before un and onze only.
    if (ten.takes_et && is(i + 1, Role::conjunction)) {
      auto rest = below20(i + 2);
      if (rest && (rest->value == 1 || rest->value == 11) && rest->value <= span) {
        return Part{ten.value + rest->value, rest->next, false};
      }
    }
    // "vingt-deux", "soixante-dix-sept", "quatre-vingt-onze"; also "vingt-un", an older form.
    if (auto rest = below20(i + 1); rest && rest->value <= span) {
      return Part{ten.value + rest->value, rest->next, false};
    }
    return Part{ten.value, i + 1, false};
  }

  // 1 to 19.
  std::optional<Part> below20(std::size_t i) const {
    if (is(i, Role::unit)) {
      if (entry(i).value == 0) return std::nullopt;  // zéro is a number only on its own
      return Part{entry(i).value, i + 1, false};
    }
    if (!is(i, Role::teen)) return std::nullopt;
    const std::int64_t teen = entry(i).value;
    // "dix-sept", "dix-huit", "dix-neuf": dix and a unit, where French has no single word.
    if (teen == 10 && is(i + 1, Role::unit)) {
      const std::int64_t sum = teen + entry(i + 1).value;
      if (sum > v_.max_teen && sum < 20) return Part{sum, i + 2, false};
    }
    return Part{teen, i + 1, false};
  }

  const Vocabulary& v_;
  const Item* items_;
  std::size_t n_;
};

// ---------------------------------------------------------------------------------------------
// Step 3: boundaries.

// What the text after a number ending at `end` makes of it.
enum class After {
  nothing,    // the number ends there
  word,       // a hyphen and a word: "deux-roues", "trente-deuxième", "mille-feuille"
  ordinal,    // an ordinal after spaces, possibly after "et": "vingt et unième", "deux cent
              // millième", or the denominator of a fraction: "trois cinquièmes"
};

After what_follows(const Vocabulary& v, std::string_view text, std::size_t end) {
  if (end < text.size() && text[end] == '-' && text::word_char_at(text, end + 1)) return After::word;
  auto next = next_word(text, end);
  FoldedWord word;
  for (int k = 0; next && k < 2; ++k) {
    const std::size_t word_stop = word_end(text, *next);
    // Neither an ordinal nor "et", which is a first word of the vocabulary: the most frequent
    // answer, told without folding the word.
    if (!v.may_end_ordinal(text, *next, word_stop) && !v.may_start_entry(text, *next)) return After::nothing;
    if (!fold(text.substr(*next, word_stop - *next), word)) return After::nothing;
    if (v.is_ordinal(word.view())) return After::ordinal;
    if (!v.is_conjunction(word.view())) return After::nothing;
    next = next_word(text, word_stop);
  }
  return After::nothing;
}

// Whether a number may start at `at`: at the start of a word, and not in the second half of a
// hyphenated one ("dix-huit").
bool starts_number_word(std::string_view text, std::size_t at) {
  if (at >= text.size() || (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) return false;
  if (!text::word_char_at(text, at) || text::word_char_before(text, at)) return false;
  return !(at >= 2 && text[at - 1] == '-' && text::word_char_before(text, at - 1));
}

// Step 1 over the text: the entries that follow one another from `at`, into `items`. An ordinal
// entry ends the run; it is kept only when `keep_ordinal` (the reader of ordinals asks for it),
// and `ordinal_next` says it was met.
std::size_t collect(const Vocabulary& v, std::string_view text, std::size_t at, std::array<Item, kMaxItems>& items,
                    bool keep_ordinal, bool& ordinal_next) {
  std::size_t n = 0;
  ordinal_next = false;
  for (std::size_t p = at; n < items.size();) {
    auto item = match_entry(v, text, p);
    if (!item) break;
    if (item->entry->ordinal) {
      if (keep_ordinal) items[n++] = *item;
      ordinal_next = !keep_ordinal;
      break;
    }
    items[n++] = *item;
    auto next = next_word(text, item->end);
    if (!next) break;
    p = *next;
  }
  return n;
}

}  // namespace

NumberWords::NumberWords(const lexicon::LexiconSet& lexicons) : vocabulary_(word_lexicon::build(lexicons)) {
  // What may_start_by_first_bytes() asks first.
  for (std::size_t byte = 0; byte < first_bytes_.size(); ++byte) {
    first_bytes_[byte] = byte >= 0x80 || vocabulary_->first_bytes[text::to_lower(static_cast<char32_t>(byte))];
  }
  // A lead byte of two bytes ("à", "é", "É": C3) starts a first word only if one of its code
  // points does once lower-cased, as may_start_by_signature() folds it: most of them start none.
  for (std::size_t byte = 0xC2; byte < 0xE0; ++byte) first_bytes_[byte] = false;
  for (char32_t c = 0x80; c < 0x800; ++c) {
    const std::size_t folded_lead = Vocabulary::lead_byte(text::to_lower(c));
    if (vocabulary_->first_bytes[folded_lead]) first_bytes_[Vocabulary::lead_byte(c)] = true;
  }
  // The articles read_lone_article() may answer for: a unit of one word that no longer entry
  // starts with, so that match_entry() can only find it there. Its value is summed as the
  // grammar sums a number of one part.
  for (const Entry& e : vocabulary_->entries) {
    if (!e.article || e.ordinal || e.role != Role::unit || e.value == 0 || e.words.size() != 1) continue;
    auto [lo, hi] = vocabulary_->starting_with(e.words[0]);
    if (hi - lo != 1) continue;
    auto value = Decimal(0).plus(Decimal(e.value));
    if (!value) continue;
    lone_articles_.push_back(LoneArticle{e.words[0], *value});
    longest_lone_article_ = std::max(longest_lone_article_, e.words[0].size());
  }
}
NumberWords::~NumberWords() = default;
NumberWords::NumberWords(NumberWords&&) noexcept = default;
NumberWords& NumberWords::operator=(NumberWords&&) noexcept = default;

const std::vector<std::string>& NumberWords::problems() const { return vocabulary_->problems; }

bool NumberWords::may_start(std::string_view text, std::size_t at) const {
  return at < text.size() && vocabulary_->may_start_entry(text, at);
}

std::optional<WordNumber> NumberWords::read(std::string_view text, std::size_t at,
                                            BeforeOrdinal before_ordinal) const {
  if (!starts_number_word(text, at)) return std::nullopt;
  std::array<Item, kMaxItems> items;
  bool ordinal_next = false;
  const std::size_t n = collect(*vocabulary_, text, at, items, false, ordinal_next);
  if (n == 0) return std::nullopt;

  auto reading = Grammar(*vocabulary_, items.data(), n).number();
  if (!reading) return std::nullopt;
  const std::size_t end = items[reading->items - 1].end;
  After after = what_follows(*vocabulary_, text, end);
  // An ordinal of several words after the whole run: "cent [quatre-vingtième]".
  if (after == After::nothing && ordinal_next && reading->items == n) after = After::ordinal;
  if (after == After::word) return std::nullopt;
  if (after == After::ordinal && before_ordinal == BeforeOrdinal::refuse) return std::nullopt;

  WordNumber result;
  result.end = end;
  result.value = reading->value;
  result.has_scale = reading->has_scale;
  result.lone_article = reading->items == 1 && items[0].entry->article;
  result.before_ordinal = after == After::ordinal;
  result.last_scale = reading->last_power;
  return result;
}

// read() at an article alone, step by step: match_entry() finds the article, the only entry of
// its word; collect() stops at the next word, which starts no entry; the grammar reads one unit;
// what_follows() finds no ordinal nor "et" after it (when no word follows, it finds nothing).
std::optional<WordNumber> NumberWords::read_lone_article(std::string_view text, std::size_t at) const {
  const Vocabulary& v = *vocabulary_;
  // may_start_entry(), which match_entry() asks first, lets every first word through.
  const std::size_t end = word_end(text, at);
  if (end == at || end - at > longest_lone_article_ || end >= text.size() || text[end] != ' ') return std::nullopt;
  FoldedWord word;
  if (!fold(text.substr(at, end - at), word)) return std::nullopt;
  // At most one matches: an article is the only entry of its word (see the constructor).
  const auto article = std::find_if(lone_articles_.begin(), lone_articles_.end(),
                                    [&](const LoneArticle& a) { return word.view() == a.form; });
  if (article == lone_articles_.end() || !starts_number_word(text, at)) return std::nullopt;
  if (auto next = next_word(text, end)) {
    if (v.may_start_entry(text, *next)) return std::nullopt;
    // A word that starts no entry is no "et": what_follows() can find an ordinal only.
    if (v.may_end_ordinal(text, *next, word_end(text, *next)) && what_follows(v, text, end) != After::nothing) {
      return std::nullopt;
    }
  }
  WordNumber result;
  result.end = end;
  result.value = article->value;
  result.lone_article = true;
  return result;
}

std::optional<WordOrdinal> NumberWords::read_ordinal(std::string_view text, std::size_t at) const {
  if (!starts_number_word(text, at)) return std::nullopt;
  std::array<Item, kMaxItems> items;
  bool unused = false;
  const std::size_t n = collect(*vocabulary_, text, at, items, true, unused);
  if (n == 0 || !items[n - 1].entry->ordinal) return std::nullopt;
  const Entry& last = *items[n - 1].entry;
  WordOrdinal result;
  result.end = items[n - 1].end;
  result.plural = last.plural_ordinal;
  if (n == 1 && last.role == Role::scale) {
    // "millionième" alone: the grammar wants a number before a scale noun, an ordinal does not.
    result.value = Decimal(1, last.power);
  } else {
    // The whole run must be one number, its ordinal word included: "vingt-cinquième" is 25 but
    // "vingt deux cinquième" no ordinal.
    auto reading = Grammar(*vocabulary_, items.data(), n).number();
    if (!reading || reading->items != n) return std::nullopt;
    result.value = reading->value;
  }
  if (what_follows(*vocabulary_, text, result.end) == After::word) return std::nullopt;
  return result;
}

}  // namespace extrait::numbers
