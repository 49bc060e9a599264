// numbers/number_word_lexicon.cpp: builds the vocabulary of NumberWords from the lexicons: each row
// of number_words.tsv and each `word` row of scales.tsv checked against what the grammar can use
// (an error message otherwise), the ordinal rows spread into their plural and unaccented forms,
// then all entries sorted and indexed for the reader.
#include "numbers/number_word_lexicon.hpp"

#include <algorithm>
#include <optional>

#include "numbers/digits.hpp"

namespace extrait::numbers::word_lexicon {

namespace {

using Vocabulary = NumberWords::Vocabulary;

// Entries ordered by first word, then the entries of more words first (longest match first).
bool entry_order(const Entry& a, const Entry& b) {
  if (a.words.front() != b.words.front()) return a.words.front() < b.words.front();
  return a.words.size() > b.words.size();
}

// Whether a cardinal may begin with this entry, as the grammar of number_words.cpp reads one: a
// unit, a teen, a ten, a hundred, "mille" or a fraction ("demi-milliard"); never "et", a scale
// noun ("millions" alone is no number) nor an ordinal, which ends the run of entries.
bool begins_cardinal(const Entry& e) {
  if (e.ordinal) return false;
  switch (e.role) {
    case Role::unit:
    case Role::teen:
    case Role::ten:
    case Role::hundred:
    case Role::thousand:
    case Role::fraction:
      return true;
    case Role::scale:
    case Role::conjunction:
    case Role::ordinal_suffix:
      return false;
  }
  return true;
}

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
    const std::string_view suffix = folded.view();
    if (suffix.size() < 2) {
      v.ordinal_endings.set();
    } else {
      const auto a = static_cast<unsigned char>(suffix[suffix.size() - 2]);
      const auto b = static_cast<unsigned char>(suffix[suffix.size() - 1]);
      // A suffix that ends beyond ASCII is no fold of a word whose last two bytes are ASCII.
      if ((a | b) < 0x80) v.ordinal_endings.set(Vocabulary::ending_pair(a, b));
    }
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

}  // namespace

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
    v->first_words.set(Vocabulary::signature(first));
    if (begins_cardinal(v->entries[i])) {
      v->cardinal_first_words.set(Vocabulary::signature(first));
      if (!first.empty() && first.size() <= kMaxWordBytes) {
        const auto b0 = static_cast<unsigned char>(first[0]);
        const auto b1 = static_cast<unsigned char>(first.size() > 1 ? first[1] : 0);
        v->cardinal_lengths[Vocabulary::letter_pair(b0, b1)] |= std::uint32_t{1} << (first.size() - 1);
      }
    }
    for (std::size_t n = 1; n <= first.size(); ++n) {
      v->first_word_prefixes.set(Vocabulary::signature(std::string_view(first).substr(0, n)));
    }
    const auto byte = [&](std::size_t k) -> std::size_t {
      return k < first.size() ? static_cast<unsigned char>(first[k]) : 0;
    };
    if (!first.empty()) v->first_bytes.set(byte(0));
    if (first.size() == 1) {
      v->first_bytes_alone.set(byte(0));
    } else if (first.size() >= 2) {
      v->first_triples.set(Vocabulary::triple(byte(0), byte(1), byte(2)));
    }
  }
  return v;
}

}  // namespace extrait::numbers::word_lexicon
