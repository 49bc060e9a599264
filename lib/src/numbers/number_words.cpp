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
#include "numbers/number_words.hpp"

#include <algorithm>
#include <array>
#include <bitset>
#include <charconv>
#include <climits>
#include <cstdint>
#include <functional>
#include <unordered_map>

#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::numbers {

namespace {

// The part a word plays in the grammar (the "role" column of number_words.tsv).
enum class Role : std::uint8_t {
  unit,            // zéro, un … neuf
  teen,            // dix … seize
  ten,             // vingt … nonante, quatre-vingt(s)
  hundred,         // cent, cents
  thousand,        // mille
  scale,           // million, milliard… (from scales.tsv)
  conjunction,     // et
  fraction,        // demi
  ordinal_suffix,  // ième: not a word of its own, the end of one
};

struct Entry {
  std::vector<std::string> words;  // case-folded, in order: {"quatre", "vingts"}
  Role role = Role::unit;
  std::int64_t value = 0;  // unit to thousand
  int power = 0;           // scale: 10^power
  Decimal fraction;        // fraction: 0.5
  bool article = false;    // "un", "une": alone, mostly an article
  bool takes_et = false;   // "vingt et un", "soixante et onze"
  bool vigesimal = false;  // takes 1 to 19 after it: "soixante-dix-sept", "quatre-vingt-onze"
  bool plural = false;     // needs a multiplier before it: "deux cents", never "cents" alone
  bool ordinal = false;    // the ordinal form of the word: "cinquième" plays the unit 5, last
  bool plural_ordinal = false;  // "cinquièmes"
};

// No number word is longer; a longer word is simply not one.
constexpr std::size_t kMaxWordBytes = 32;
// The longest cardinal below 10^24 ("neuf cent quatre-vingt-dix-neuf mille neuf cent … trillions
// … neuf") has 47 entries; a longer run of number words is not one cardinal.
constexpr std::size_t kMaxItems = 64;

// A word case-folded into a fixed buffer, so that read() does not allocate.
struct FoldedWord {
  std::array<char, kMaxWordBytes> bytes{};
  std::size_t size = 0;
  std::string_view view() const { return {bytes.data(), size}; }
};

bool put_utf8(char32_t c, FoldedWord& out) {
  char buf[4];
  std::size_t n = 0;
  if (c < 0x80) {
    buf[n++] = static_cast<char>(c);
  } else if (c < 0x800) {
    buf[n++] = static_cast<char>(0xC0 | (c >> 6));
    buf[n++] = static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    buf[n++] = static_cast<char>(0xE0 | (c >> 12));
    buf[n++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    buf[n++] = static_cast<char>(0x80 | (c & 0x3F));
  } else {
    buf[n++] = static_cast<char>(0xF0 | (c >> 18));
    buf[n++] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    buf[n++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    buf[n++] = static_cast<char>(0x80 | (c & 0x3F));
  }
  if (out.size + n > out.bytes.size()) return false;
  for (std::size_t i = 0; i < n; ++i) out.bytes[out.size++] = buf[i];
  return true;
}

bool is_ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

// Lower-cases `word` (valid UTF-8) into `out`; false if it does not fit. ASCII, nearly all of
// a number's letters, takes a short path: read() runs on every word of every article.
bool fold(std::string_view word, FoldedWord& out) {
  out.size = 0;
  for (std::size_t i = 0; i < word.size();) {
    const auto byte = static_cast<unsigned char>(word[i]);
    if (byte < 0x80) {
      if (out.size == out.bytes.size()) return false;
      out.bytes[out.size++] = static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte + 32 : byte);
      ++i;
      continue;
    }
    const text::Decoded d = text::decode(word, i);
    if (!put_utf8(text::to_lower(d.code_point), out)) return false;
    i += d.length;
  }
  return true;
}

// The end of the word (letters and digits) that starts at `at`.
std::size_t word_end(std::string_view text, std::size_t at) {
  while (at < text.size()) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte < 0x80) {
      if (!is_ascii_alnum(byte)) break;
      ++at;
    } else if (text::word_char_at(text, at)) {
      at += text::decode(text, at).length;
    } else {
      break;
    }
  }
  return at;
}

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

// Entries ordered by first word, then the entries of more words first (longest match first).
bool entry_order(const Entry& a, const Entry& b) {
  if (a.words.front() != b.words.front()) return a.words.front() < b.words.front();
  return a.words.size() > b.words.size();
}

struct WordHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view w) const { return std::hash<std::string_view>{}(w); }
};

}  // namespace

struct NumberWords::Vocabulary {
  std::vector<Entry> entries;                  // sorted by entry_order
  // First word -> the entries [first, last) of `entries` that start with it.
  std::unordered_map<std::string, std::pair<std::size_t, std::size_t>, WordHash, std::equal_to<>>
      by_first_word;
  // The first three bytes of every first word (hashed; 0 for the third of a word of two bytes,
  // and the first byte alone of a word of one byte), as a word folded from ASCII bytes would
  // start: read() runs at every word of every article, and a word that starts no entry ("de",
  // "des", "que") is rejected on them, before it is folded and looked up.
  std::bitset<1 << 16> first_triples;
  std::bitset<1 << 8> first_bytes_alone;
  static std::size_t triple(std::size_t a, std::size_t b, std::size_t c) { return ((a * 131 + b) * 131 + c) & 0xFFFF; }
  std::vector<std::string> ordinal_suffixes;   // case-folded: "ième", "ièmes"
  std::int64_t max_teen = 0;                   // the largest teen word: 16, "seize"
  std::vector<std::string> problems;

  // False when no entry can start with the word at `at` (< text.size()), read from its first
  // three bytes before the word is scanned (true when they are not ASCII: the word must then be
  // folded to tell).
  bool may_start_entry(std::string_view text, std::size_t at) const {
    auto lower = [](unsigned char c) -> std::size_t { return c >= 'A' && c <= 'Z' ? c + 32 : c; };
    const auto a = static_cast<unsigned char>(text[at]);
    if (a >= 0x80) return true;
    if (!text::word_char_at(text, at + 1)) return first_bytes_alone[lower(a)];
    const auto b = static_cast<unsigned char>(text[at + 1]);
    if (b >= 0x80) return true;
    std::size_t c = 0;
    if (text::word_char_at(text, at + 2)) {
      c = static_cast<unsigned char>(text[at + 2]);
      if (c >= 0x80) return true;
      c = lower(static_cast<unsigned char>(c));
    }
    return first_triples[triple(lower(a), lower(b), c)];
  }
  std::pair<const Entry*, const Entry*> starting_with(std::string_view word) const {
    auto found = by_first_word.find(word);
    if (found == by_first_word.end()) return {nullptr, nullptr};
    return {entries.data() + found->second.first, entries.data() + found->second.second};
  }
  bool is_conjunction(std::string_view word) const {
    auto [lo, hi] = starting_with(word);
    for (const Entry* e = lo; e != hi; ++e) {
      if (e->role == Role::conjunction && e->words.size() == 1) return true;
    }
    return false;
  }
  bool is_ordinal(std::string_view word) const {
    for (const std::string& suffix : ordinal_suffixes) {
      if (word.size() > suffix.size() && word.ends_with(suffix)) return true;
    }
    return false;
  }
};

namespace {

using Vocabulary = NumberWords::Vocabulary;

// ---------------------------------------------------------------------------------------------
// Loading the vocabulary.

std::optional<Role> role_named(std::string_view name) {
  static constexpr std::pair<std::string_view, Role> names[] = {
      {"unit", Role::unit},           {"teen", Role::teen},
      {"ten", Role::ten},             {"hundred", Role::hundred},
      {"thousand", Role::thousand},   {"and", Role::conjunction},
      {"fraction", Role::fraction},   {"ordinal_suffix", Role::ordinal_suffix},
      {"scale", Role::scale},
  };
  for (const auto& [n, r] : names) {
    if (n == name) return r;
  }
  return std::nullopt;
}

std::optional<std::int64_t> parse_integer(std::string_view s) {
  std::int64_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

// Splits a lexicon form ("quatre-vingts", "quatre vingts") into case-folded words; an error
// message if a part is empty, too long or not made of letters.
std::optional<std::string> split_form(std::string_view form, std::vector<std::string>& words) {
  std::size_t start = 0;
  while (true) {
    std::size_t sep = form.find_first_of("- ", start);
    std::string_view part = form.substr(start, sep == std::string_view::npos ? sep : sep - start);
    if (part.empty() || word_end(part, 0) != part.size()) {
      return "'" + std::string(form) + "' is not words of letters joined by '-' or ' '";
    }
    FoldedWord folded;
    if (!fold(part, folded)) return "'" + std::string(form) + "' has too long a word";
    words.emplace_back(folded.view());
    if (sep == std::string_view::npos) return std::nullopt;
    start = sep + 1;
  }
}

// The values the grammar is written for: a row outside them would read wrong numbers.
bool value_fits_role(Role role, std::int64_t v) {
  switch (role) {
    case Role::unit: return v >= 0 && v <= 9;
    case Role::teen: return v >= 10 && v <= 19;
    case Role::ten: return v >= 20 && v <= 90 && v % 10 == 0;
    case Role::hundred: return v == 100;
    case Role::thousand: return v == 1000;
    case Role::scale: return v >= 6 && v <= 36;  // the power of ten, as in scales.tsv
    default: return false;
  }
}

// Replaces the accented e of "ième" (and any other é, è) by a plain e: "cinquieme", as typed
// without French accents, is the same ordinal.
std::string without_accents(std::string_view word) {
  std::string out;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (word[i] == '\xC3' && i + 1 < word.size() && (word[i + 1] == '\xA8' || word[i + 1] == '\xA9')) {
      out.push_back('e');
      ++i;
    } else {
      out.push_back(word[i]);
    }
  }
  return out;
}

// Adds an ordinal row as four entries: singular and plural ("cinquièmes"), each with and without
// accents, so that the lexicon lists each ordinal once.
void add_ordinal_forms(Vocabulary& v, const Entry& e) {
  std::vector<std::string> seen;
  for (bool plural : {false, true}) {
    for (bool accents : {true, false}) {
      Entry form = e;
      std::string& last = form.words.back();
      if (!accents) last = without_accents(last);
      if (plural) last.push_back('s');
      if (std::find(seen.begin(), seen.end(), last) != seen.end()) continue;
      seen.push_back(last);
      form.plural_ordinal = plural;
      v.entries.push_back(std::move(form));
    }
  }
}

// Reads the flags column of a row into `e`; an error message for a flag that does not fit.
std::optional<std::string> read_flags(std::string_view flags, const std::string& role_name, Entry& e) {
  while (!flags.empty()) {
    const std::size_t comma = flags.find(',');
    const std::string_view flag = flags.substr(0, comma);
    if (flag == "article" && e.role == Role::unit) {
      e.article = true;
    } else if (flag == "et" && e.role == Role::ten) {
      e.takes_et = true;
    } else if (flag == "vigesimal" && e.role == Role::ten) {
      e.vigesimal = true;
    } else if (flag == "plural" && e.role == Role::hundred) {
      e.plural = true;
    } else if (flag == "ordinal" && e.role != Role::conjunction && e.role != Role::fraction) {
      e.ordinal = true;
    } else {
      return "flag '" + std::string(flag) + "' is unknown or does not fit role " + role_name;
    }
    flags = comma == std::string_view::npos ? std::string_view() : flags.substr(comma + 1);
  }
  return std::nullopt;
}

// Adds one row of number_words.tsv; an error message if the grammar cannot use it.
std::optional<std::string> add_word(Vocabulary& v, const lexicon::Row& row) {
  const auto& f = row.fields;
  if (f.size() < 3) return "expected word, value and role";
  const auto role = role_named(f[2]);
  if (!role) return "unknown role '" + f[2] + "'";
  if (*role == Role::ordinal_suffix) {
    FoldedWord folded;
    if (!fold(f[0], folded) || word_end(f[0], 0) != f[0].size()) return "bad suffix '" + f[0] + "'";
    v.ordinal_suffixes.emplace_back(folded.view());
    return std::nullopt;
  }
  Entry e;
  e.role = *role;
  if (auto error = split_form(f[0], e.words)) return error;
  if (f.size() > 3) {
    if (auto error = read_flags(f[3], f[2], e)) return error;
  }
  // Scale nouns come from scales.tsv; this file lists only their ordinals ("millionième").
  if (e.role == Role::scale && !e.ordinal) return "a scale here must be an ordinal; scale nouns are in scales.tsv";
  if (e.role == Role::fraction) {
    auto value = Decimal::parse(f[1]);
    if (!value || !(Decimal(0) < *value) || !(*value < Decimal(1))) {
      return "a fraction is a decimal between 0 and 1, not '" + f[1] + "'";
    }
    e.fraction = *value;
  } else if (e.role != Role::conjunction) {
    auto value = parse_integer(f[1]);
    if (!value || !value_fits_role(e.role, *value)) return "value '" + f[1] + "' does not fit role " + f[2];
    if (e.role == Role::scale) {
      e.power = static_cast<int>(*value);
    } else {
      e.value = *value;
    }
  }
  if (e.ordinal) {
    add_ordinal_forms(v, e);
    return std::nullopt;
  }
  if (e.role == Role::teen) v.max_teen = std::max(v.max_teen, e.value);
  v.entries.push_back(std::move(e));
  return std::nullopt;
}

// Adds one `word` row of scales.tsv as a scale noun. Words number_words.tsv already has ("mille")
// stay as it defines them: mille is no noun (no "un mille", no plural, no "de").
std::optional<std::string> add_scale(Vocabulary& v, const lexicon::Row& row) {
  const auto& f = row.fields;
  if (f.size() < 3 || f[2] != "word") return std::nullopt;
  Entry e;
  e.role = Role::scale;
  if (auto error = split_form(f[0], e.words)) return error;
  for (const Entry& known : v.entries) {
    if (known.words == e.words) return std::nullopt;
  }
  auto power = parse_integer(f[1]);
  // A scale noun multiplies a number below a million ("neuf cent mille milliards"), so it must
  // be a million or more for the reading to be unambiguous.
  if (!power || *power < 6 || *power > 36) {
    return "a scale word needs a power of ten from 6 to 36, not '" + f[1] + "'";
  }
  e.power = static_cast<int>(*power);
  v.entries.push_back(std::move(e));
  return std::nullopt;
}

std::unique_ptr<const Vocabulary> build(const lexicon::LexiconSet& lexicons) {
  auto v = std::make_unique<Vocabulary>();
  for (const lexicon::Row& row : lexicons.rows("number_words.tsv")) {
    if (auto problem = add_word(*v, row)) v->problems.push_back(row.source + ": " + *problem);
  }
  for (const lexicon::Row& row : lexicons.rows("scales.tsv")) {
    if (auto problem = add_scale(*v, row)) v->problems.push_back(row.source + ": " + *problem);
  }
  if (v->entries.empty()) v->problems.push_back("number_words.tsv: no number words");
  std::stable_sort(v->entries.begin(), v->entries.end(), entry_order);
  for (std::size_t i = 0; i < v->entries.size(); ++i) {
    const std::string& first = v->entries[i].words.front();
    auto [it, added] = v->by_first_word.try_emplace(first, i, i + 1);
    if (!added) it->second.second = i + 1;
    const auto byte = [&](std::size_t k) -> std::size_t {
      return k < first.size() ? static_cast<unsigned char>(first[k]) : 0;
    };
    if (first.size() == 1) {
      v->first_bytes_alone.set(byte(0));
    } else if (first.size() >= 2) {
      v->first_triples.set(Vocabulary::triple(byte(0), byte(1), byte(2)));
    }
  }
  return v;
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

int digit_count(std::int64_t v) {
  int n = 1;
  while (v >= 10) {
    v /= 10;
    ++n;
  }
  return n;
}

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

NumberWords::NumberWords(const lexicon::LexiconSet& lexicons) : vocabulary_(build(lexicons)) {}
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
