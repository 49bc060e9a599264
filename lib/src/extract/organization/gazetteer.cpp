#include "extract/organization/gazetteer.hpp"

#include <algorithm>

#include "extract/organization/fold.hpp"
#include "lexicon/embedded.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::extract::names {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// The length of the article that opens a name ("Le ", "Les ", "L'"), or 0.
std::size_t article_length(std::string_view form) {
  for (std::string_view a : {"Le ", "La ", "Les ", "L'"}) {
    if (form.size() > a.size() && form.substr(0, a.size()) == a) return a.size();
  }
  return 0;
}

// Whether the word before byte `at` is an article or a contraction with one: "aux Echos",
// "l'Équipe", "du Monde".
bool after_article(std::string_view text, std::size_t at) {
  std::size_t end = at;
  if (end > 0 && text[end - 1] == '\'') {
    // "l'Équipe", "d'Équipe" is not an article before the name
    std::size_t b = end - 1;
    return b > 0 && (text[b - 1] == 'l' || text[b - 1] == 'L') && !text::word_char_before(text, b - 1);
  }
  while (end > 0 && text[end - 1] == ' ') --end;
  if (end == at) return false;
  std::size_t begin = end;
  while (begin > 0 && text::word_char_before(text, begin)) begin = text::previous_code_point(text, begin);
  std::string word = folded(text.substr(begin, end - begin));
  return word == "le" || word == "la" || word == "les" || word == "du" || word == "au" || word == "aux" ||
         word == "des";
}

// Whether `s` ends with `tail` (no longer than `s`), compared from the end, where the glue words
// compared with a token differ from it if they do: a call to compare them would cost more than
// the comparison.
bool ends_with_from_end(std::string_view s, std::string_view tail) {
  for (std::size_t k = 1; k <= tail.size(); ++k) {
    if (s[s.size() - k] != tail[tail.size() - k]) return false;
  }
  return true;
}

bool lower_letter_at(std::string_view text, std::size_t at) {
  if (at >= text.size()) return false;
  if (const auto b = static_cast<unsigned char>(text[at]); b < 0x80) return b >= 'a' && b <= 'z';
  const char32_t c = text::decode(text, at).code_point;
  return text::is_letter(c) && !text::is_upper(c);
}

}  // namespace

std::vector<std::string> Gazetteer::files() {
  std::vector<std::string> out;
  for (const lexicon::EmbeddedFile& f : lexicon::embedded_files()) {
    const std::string_view name = f.name;
    if (name.substr(0, 14) == "organizations/" && name.size() > 18 && name.substr(name.size() - 4) == ".tsv") {
      out.emplace_back(name);
    }
  }
  return out;
}

Gazetteer::Gazetteer(const lexicon::LexiconSet& lexicons, const lexicon::GlueWords& glue) : glue_(glue) {
  for (std::string& g : lexicons.first_fields("glue_words.txt")) {
    // An elided article glued inside a token is looked for apart (glued_may_start).
    if (g.empty() || g.back() == '\'') continue;
    if (g.size() == 1) one_byte_glue_words_.push_back(std::move(g));
    else glue_words_[glue_slot(g[g.size() - 2], g.back())].push_back(std::move(g));
  }
  std::size_t bytes = 0;  // of every name and alias: room for the trie
  for (const std::string& file : files()) {
    for (const lexicon::Row& row : lexicons.rows(file)) {
      bytes += row.fields[0].size() + (row.fields.size() > 1 ? row.fields[1].size() : 0);
    }
  }
  trie_.reserve(bytes);
  for (const std::string& file : files()) {
    for (const lexicon::Row& row : lexicons.rows(file)) {
      OrgEntry e;
      e.canonical = row.fields[0];
      if (row.fields.size() > 2) e.kind = row.fields[2];
      if (row.fields.size() > 3) {
        std::string_view flags = row.fields[3];
        e.ambiguous = flags.find("ambiguous") != std::string_view::npos;
        e.common = flags.find("common") != std::string_view::npos;
      }
      // `whole`: the name is never found without its article ("La Provence" is not "la
      // Provence", the region).
      const bool whole = row.fields.size() > 3 && row.fields[3].find("whole") != std::string::npos;
      const auto id = static_cast<std::uint32_t>(entries_.size());
      entries_.push_back(std::move(e));
      add_alias(row.fields[0], id, whole);
      if (row.fields.size() > 1) {
        std::string_view rest = row.fields[1];
        while (!rest.empty()) {
          const std::size_t bar = rest.find('|');
          const std::string_view alias = trim(rest.substr(0, bar));
          if (!alias.empty()) add_alias(alias, id, whole);
          if (bar == std::string_view::npos) break;
          rest.remove_prefix(bar + 1);
        }
      }
    }
  }
  trie_.compile();
  lower_trie_.compile();
}

void Gazetteer::add_alias(std::string_view form, std::uint32_t entry, bool whole, bool bare) {
  Alias a{std::string(form), entry, false, bare, false, false, false};
  std::size_t letters = 0;
  bool lower = false;
  bool first = true;
  std::size_t trailing_upper = 0;
  for (std::size_t i = 0; i < form.size();) {
    const auto [c, len] = text::decode(form, i);
    i += len;
    if (!text::is_letter(c)) {
      trailing_upper = 0;
      continue;
    }
    ++letters;
    const bool up = text::is_upper(c);
    if (first) a.lower_ok = !up;
    if (!up) lower = true;
    trailing_upper = up ? trailing_upper + 1 : 0;
    first = false;
  }
  if (letters == 0) return;
  a.exact = letters >= 2 && !lower;
  a.ends_in_acronym = trailing_upper >= 2;
  // A word of two capitals or more inside a mixed form: "Airbus SE" is not "Airbus se".
  for (std::size_t i = 0, run = 0; i <= form.size() && !a.exact; ++i) {
    const bool letter_up = i < form.size() && form[i] >= 'A' && form[i] <= 'Z';
    const bool boundary = i == form.size() || form[i] == ' ' || form[i] == '-';
    if (letter_up) ++run;
    else if (boundary) {
      if (run >= 2) a.inner_acronym = true;
      run = 0;
    } else {
      run = 0;
      while (i + 1 < form.size() && form[i + 1] != ' ' && form[i + 1] != '-') ++i;  // rest of a mixed word
    }
  }
  const std::uint32_t index = static_cast<std::uint32_t>(aliases_.size());
  const auto file = [&](NameTrie& trie, std::vector<std::vector<std::uint32_t>>& groups) {
    const std::uint32_t group = trie.add(form);
    if (group >= groups.size()) groups.resize(group + 1);
    // The same form twice for one entry adds nothing; for two entries the first listed wins.
    for (std::uint32_t other : groups[group]) {
      if (aliases_[other].form == a.form && aliases_[other].bare == bare) return false;
    }
    groups[group].push_back(index);
    return true;
  };
  if (!file(trie_, group_aliases_)) return;
  std::string key;
  append_word_key(key, form);
  if (a.lower_ok) lower_first_words_.push_back(key);
  first_words_.push_back(std::move(key));
  if (a.lower_ok) file(lower_trie_, lower_group_aliases_);
  aliases_.push_back(std::move(a));
  if (!bare && !whole) {
    if (const std::size_t n = article_length(form)) add_alias(form.substr(n), entry, true, true);
  }
}

bool Gazetteer::acronyms_fit(std::string_view form, std::string_view text, std::size_t begin, std::size_t end) {
  // Walk form and text together (they agree letter by letter, folded; a run of spaces in the text
  // is one space of the form); inside each all-capital word of the form, the text keeps capitals.
  std::size_t i = 0;
  std::size_t j = begin;
  while (i < form.size() && j < end) {
    std::size_t word_end = i;
    bool caps = true;
    std::size_t letters = 0;
    while (word_end < form.size() && form[word_end] != ' ' && form[word_end] != '-') {
      const unsigned char ch = static_cast<unsigned char>(form[word_end]);
      if (ch >= 'a' && ch <= 'z') caps = false;
      if (ch >= 0x80) caps = false;
      if (ch >= 'A' && ch <= 'Z') ++letters;
      ++word_end;
    }
    const bool check = caps && letters >= 2;
    while (i < word_end && j < end) {
      const auto [c, len] = text::decode(text, j);
      if (check && text::is_letter(c) && !text::is_upper(c)) return false;
      i += text::decode(form, i).length;
      j += len;
    }
    // The separator: a space of the form is a run of spaces in the text.
    if (i < form.size()) {
      ++i;
      if (j < end && text[j] == ' ') {
        while (j < end && text[j] == ' ') ++j;
      } else if (j < end) {
        ++j;
      }
    }
  }
  return true;
}

bool Gazetteer::starts_lower_beyond_ascii(const Words& w, std::size_t t) { return lower_letter_at(w.text(), w[t].begin); }

bool Gazetteer::glued_may_start(const Words& w, std::size_t t, const WordClasses& classes) const {
  if (bit_ == 0) return true;
  bool plain = false;
  const std::string_view text = w.text();
  const std::string_view s = w.str(t);
  // "Microsoftl'ancien": an elided article glued inside; the name ends before its letter(s).
  // (A plain token, all key, has no apostrophe.)
  const std::size_t apostrophe = w[t].plain ? std::string_view::npos : s.find('\'');
  if (apostrophe != std::string_view::npos && apostrophe >= 3) {
    const std::size_t cut = s.compare(apostrophe - 2, 2, "qu") == 0 ? apostrophe - 2 : apostrophe - 1;
    if (classes.of(text, w[t].begin, w[t].begin + cut, &plain) & bit_) return true;
  }
  // "ReutersAmazon": a capital glued after a lower-case letter.
  if (w[t].inner_capital) {
    for (std::size_t i = 1; i < s.size(); ++i) {
      const bool upper_here = s[i] >= 'A' && s[i] <= 'Z';
      const bool lower_before = s[i - 1] >= 'a' && s[i - 1] <= 'z';
      if (upper_here && lower_before) {
        if (classes.of(text, w[t].begin, w[t].begin + i, &plain) & bit_) return true;
        break;
      }
    }
  }
  // "CNBCelle", "Amazonle": a short word glued after.
  if (s.size() < 3) return false;
  const auto name_before = [&](const std::string& g) {
    if (s.size() < g.size() + 2 || !ends_with_from_end(s, g)) return false;
    return (classes.of(text, w[t].begin, w[t].end - g.size(), &plain) & bit_) != 0;
  };
  for (const std::string& g : glue_words_[glue_slot(s[s.size() - 2], s.back())]) {
    if (name_before(g)) return true;
  }
  for (const std::string& g : one_byte_glue_words_) {
    if (name_before(g)) return true;
  }
  return false;
}

bool Gazetteer::case_fits(const Alias& alias, std::string_view text, std::size_t begin, std::size_t end) const {
  if (alias.exact) {
    // Code point by code point, a run of spaces in the text for one space of the form.
    std::size_t i = begin;
    std::size_t j = 0;
    const std::string_view form = alias.form;
    while (i < end && j < form.size()) {
      const auto [c, len] = text::decode(text, i);
      const auto [d, dlen] = text::decode(form, j);
      if (c == ' ' && d == ' ') {
        while (i < end && text[i] == ' ') ++i;
        j += dlen;
        continue;
      }
      if (c != d) return false;
      i += len;
      j += dlen;
    }
    return i == end && j == form.size();
  }
  if (alias.lower_ok) return true;
  const char32_t first = text::decode(text, begin).code_point;
  if (text::is_letter(first) && !text::is_upper(first)) return false;
  if (alias.inner_acronym && !acronyms_fit(alias.form, text, begin, end)) return false;
  // "L'Équipe", "Le Temps": the word after the article keeps the capital the name gives it
  // ("L'équipe de France" is a team, "Le temps presse" the weather).
  if (const std::size_t n = article_length(alias.form); n > 0 && begin + n < end) {
    const char32_t want = text::decode(alias.form, n).code_point;
    const char32_t next = text::decode(text, begin + n).code_point;
    if (text::is_upper(want) && text::is_letter(next) && !text::is_upper(next)) return false;
  }
  return true;
}

void Gazetteer::find(std::string_view text, std::size_t at, std::vector<NameTrie::Hit>& scratch,
                     std::vector<GazetteerHit>& out) const {
  // (The walk's first step tells whether a name starts with this code point: no test apart.)
  if (at >= text.size()) return;
  const bool upper = !lower_letter_at(text, at);
  const auto& groups = upper ? group_aliases_ : lower_group_aliases_;
  scratch.clear();
  (upper ? trie_ : lower_trie_).find(text, at, scratch);
  for (auto it = scratch.rbegin(); it != scratch.rend(); ++it) {
    const std::size_t end = it->end;
    if (end > 0 && text[end - 1] == ' ') continue;
    for (std::uint32_t a : groups[it->group]) {
      const Alias& alias = aliases_[a];
      if (!case_fits(alias, text, at, end)) continue;
      if (alias.bare && !after_article(text, at)) continue;
      GazetteerHit hit{at, end, alias.entry, alias.bare, false, false};
      if (text::word_ends_at(text, end)) {
        // "la Croix-rouge", "Total-ement": the start of a longer hyphenated word.
        if (end + 1 < text.size() && text[end] == '-' && lower_letter_at(text, end + 1)) continue;
      } else if (text::upper_at(text, end)) {
        if (!lower_letter_at(text, text::previous_code_point(text, end))) continue;
        hit.glued = hit.camel = true;
      } else if (glue_.glued_at(text, end) || (alias.ends_in_acronym && lower_letter_at(text, end))) {
        hit.glued = true;
      } else {
        continue;
      }
      out.push_back(hit);
      break;
    }
  }
}

}  // namespace extrait::extract::names
