#include "extract/date/tense.hpp"

#include <algorithm>

#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::extract::date {

namespace {

Tense parse_tense(const std::string& s) {
  if (s == "past") return Tense::past;
  if (s == "present") return Tense::present;
  if (s == "future") return Tense::future;
  return Tense::none;
}

std::size_t code_points(std::string_view text, std::size_t begin, std::size_t end) {
  return text::count_code_points(text.substr(begin, end - begin));
}

bool starts_lower(std::string_view text, std::size_t at) {
  const char32_t c = text::decode(text, at).code_point;
  return text::is_letter(c) && !text::is_upper(c);
}

}  // namespace

TenseReader::TenseReader(const lexicon::LexiconSet& lexicons) {
  static constexpr std::string_view kKinds[] = {"word",   "avoir", "etre", "motion", "participle", "irregular",
                                                "adverb", "ending", "not",  "bare",   "nounending", "boundary"};
  for (const lexicon::Row& row : lexicons.rows("date_tense.tsv")) {
    if (row.fields.size() < 3) continue;
    int kind = -1;
    for (int k = 0; k < k_count; ++k) {
      if (row.fields[2] == kKinds[k]) kind = k;
    }
    const std::string& form = row.fields[0];
    const auto tense = static_cast<std::uint32_t>(parse_tense(row.fields[1]));
    switch (kind) {
      case k_word:
      case k_avoir:
      case k_etre:
        words_.add(form, true, static_cast<std::uint32_t>(kind) * 4 + tense);
        break;
      case k_motion: motion_.add(form, true, 0); break;
      case k_participle: participle_endings_.add(form, true, 0); break;
      case k_irregular: irregular_.add(form, true, 0); break;
      case k_adverb: adverbs_.add(form, true, 0); break;
      case k_ending: endings_.add(form, true, tense); break;
      case k_not: not_verbs_.add(form, true, 0); break;
      case k_bare: bare_endings_.add(form, true, tense); break;
      case k_nounending: noun_endings_.add(form, true, 0); break;
      case k_boundary: boundaries_.add(form, true, 0); break;
      default: break;
    }
  }
}

bool TenseReader::word_in(const lexicon::PhraseTrie& trie, std::string_view text, const segment::Token& t) const {
  return trie.first_match_at(text, t.begin, [&](const auto& m) { return m.end == t.end; }).has_value();
}

Tense TenseReader::ending_tense(const lexicon::PhraseTrie& trie, std::string_view text,
                                const segment::Token& t) const {
  // The ending must leave a stem of two letters at least ("sera" yes, "ra" no).
  const auto m = trie.first_match_ending_at(
      text, t.end, [&](const auto& e) { return e.end > t.begin && code_points(text, t.begin, e.end) >= 2; });
  return m ? static_cast<Tense>(m->payload) : Tense::none;
}

bool TenseReader::boundary_at(std::string_view text, const segment::Token& t) const {
  return boundaries_.first_match_at(text, t.begin, [&](const auto& m) { return text::word_ends_at(text, m.end); })
      .has_value();
}

bool TenseReader::is_participle(std::string_view text, const segment::Token& t) const {
  if (t.kind != segment::TokenKind::word || !starts_lower(text, t.begin)) return false;
  if (word_in(irregular_, text, t)) return true;
  if (word_in(not_verbs_, text, t)) return false;
  const auto leaves_stem = [&](const auto& m) { return m.end > t.begin && code_points(text, t.begin, m.end) >= 2; };
  return participle_endings_.first_match_ending_at(text, t.end, leaves_stem).has_value();
}

TenseReader::Marker TenseReader::marker_at(std::string_view text, const segment::Segmentation& seg,
                                           std::size_t i, std::size_t last, bool sentence_start,
                                           TenseMemo& memo) const {
  const segment::Token& t = seg.tokens[i];
  Marker none{i, Tense::none, false};
  if (t.kind != segment::TokenKind::word) return none;
  // Fixed forms and auxiliaries, possibly of several tokens ("s'est", "a été").
  std::uint8_t& fixed = memo.fixed_[i];
  // (A token no form starts, as most, is known so after its first window.)
  if (fixed != 0) {
    const auto ends_word = [&](const auto& m) { return text::word_ends_at(text, m.end); };
    if (const auto m = words_.first_match_at(text, t.begin, ends_word)) {
      std::size_t j = i;
      while (j + 1 < last && seg.tokens[j + 1].begin < m->end) ++j;
      const int kind = static_cast<int>(m->payload / 4);
      const auto tense = static_cast<Tense>(m->payload % 4);
      if (kind == k_word) return {j, tense, false};
      // An auxiliary: look for its participle past the adverbs.
      std::size_t k = j + 1;
      while (k < last && seg.tokens[k].kind == segment::TokenKind::word && word_in(adverbs_, text, seg.tokens[k])) {
        ++k;
      }
      if (k < last && is_participle(text, seg.tokens[k])) {
        // "est attendue", "sont prévus": the participle looks ahead itself.
        const auto whole_word = [&](const auto& p) { return p.end == seg.tokens[k].end && p.payload / 4 == k_word; };
        if (const auto p = words_.first_match_at(text, seg.tokens[k].begin, whole_word)) {
          return {k, static_cast<Tense>(p->payload % 4), false};
        }
        // "aura annoncé" (a future perfect) still looks ahead; "a", "avait", "aurait" look back.
        if (kind == k_avoir) return {k, tense == Tense::future ? Tense::future : Tense::past, false};
        // "est entré" is a past; "est attendue" a passive present, "sera lancé" a future.
        const bool motion = word_in(motion_, text, seg.tokens[k]);
        return {k, motion && tense == Tense::present ? Tense::past : tense, false};
      }
      return {j, tense, false};
    }
    fixed = 0;
  }
  // A capitalized word is a verb only at the head of the sentence ("Sera-t-il…" is rare; names
  // such as "Sahara" or "Honda" are frequent): elsewhere its endings need no reading.
  if (!sentence_start && !starts_lower(text, t.begin)) return none;
  // No fixed form starts here: the endings tell, the same wherever the window is.
  std::uint8_t& known = memo.endings_of(i);
  if (known == TenseMemo::kUnread) {
    const Marker m = endings_marker(text, t, i);
    known = static_cast<std::uint8_t>(TenseMemo::kRead | static_cast<std::uint8_t>(m.tense) |
                                      (m.weak ? TenseMemo::kWeak : 0));
  }
  const auto tense = static_cast<Tense>(known & TenseMemo::kTense);
  if (tense == Tense::none) return none;
  return {i, tense, (known & TenseMemo::kWeak) != 0};
}

TenseReader::Marker TenseReader::endings_marker(std::string_view text, const segment::Token& t,
                                                std::size_t i) const {
  const Marker none{i, Tense::none, false};
  // The words that are no verbs are asked last: most words have none of the endings, and the
  // answer is then none whatever the word.
  if (const Tense e = ending_tense(endings_, text, t); e != Tense::none) {
    if (word_in(not_verbs_, text, t)) return none;
    return {i, e, false};
  }
  if (const Tense b = ending_tense(bare_endings_, text, t); b != Tense::none) {
    if (word_in(not_verbs_, text, t)) return none;
    const auto within_word = [&](const auto& e) { return e.end >= t.begin; };
    if (noun_endings_.first_match_ending_at(text, t.end, within_word)) return none;  // "société"
    return {i, b, true};
  }
  return none;
}

Tense TenseReader::nearest(std::string_view text, const segment::Segmentation& seg, std::size_t from,
                           std::size_t to, std::size_t date_first, std::size_t date_last,
                           bool sentence_start, TenseMemo& memo) const {
  // Token distance from the date; a participle alone counts as three tokens further away, as it
  // is often an adjective ("le résultat consolidé").
  constexpr std::size_t kWeakPenalty = 3;
  Tense best = Tense::none;
  std::size_t best_distance = static_cast<std::size_t>(-1);
  for (std::size_t i = from; i < to; ++i) {
    if (i >= date_first && i <= date_last) continue;
    // Past the date, a marker is as far as its first token, or further when weak: none from
    // here on can be nearer than the best one, which an equal distance does not replace.
    if (i > date_last && i - date_last >= best_distance) break;
    const Marker m = marker_at(text, seg, i, to, sentence_start && i == from, memo);
    if (m.tense != Tense::none) {
      std::size_t d = 1;  // a marker that runs into the date is next to it
      if (i > date_last) d = i - date_last;
      else if (m.last_token < date_first) d = date_first - m.last_token;
      if (m.weak) d += kWeakPenalty;
      if (d < best_distance) {
        best_distance = d;
        best = m.tense;
      }
    }
    i = std::max(i, m.last_token);
  }
  return best;
}

Tense TenseReader::around(std::string_view text, const segment::Segmentation& seg, std::size_t begin,
                          std::size_t end, TenseMemo& memo) const {
  if (seg.sentences.empty()) return Tense::none;
  if (memo.fixed_.size() != seg.tokens.size()) {
    memo.endings_.assign(seg.tokens.size(), TenseMemo::kUnread);
    memo.fixed_.assign(seg.tokens.size(), 1);
  }
  const segment::SentenceRange& s = seg.sentences[seg.sentence_at(begin)];
  // The date's tokens, found by their offsets (tokens are in text order).
  auto token_at = [&](std::size_t offset) {
    return static_cast<std::size_t>(
        std::lower_bound(seg.tokens.begin() + static_cast<std::ptrdiff_t>(s.first_token),
                         seg.tokens.begin() + static_cast<std::ptrdiff_t>(s.last_token), offset,
                         [](const segment::Token& t, std::size_t o) { return t.end <= o; }) -
        seg.tokens.begin());
  };
  const std::size_t date_first = token_at(begin);
  std::size_t date_last = date_first;
  while (date_last + 1 < s.last_token && seg.tokens[date_last + 1].begin < end) ++date_last;
  if (date_first >= s.last_token || seg.tokens[date_first].begin >= end) return Tense::none;
  // A clause is read within a window of tokens around the date, so that a sentence of a
  // thousand dates (a table, a list) costs each of them the same.
  constexpr std::size_t kWindow = 60;
  const std::size_t window_from = date_first > s.first_token + kWindow ? date_first - kWindow : s.first_token;
  const std::size_t window_to = std::min(s.last_token, date_last + 1 + kWindow);
  // The clause of the date: from the last boundary before it to the first after it.
  std::size_t from = window_from, to = window_to;
  for (std::size_t i = window_from; i < window_to; ++i) {
    if (i >= date_first && i <= date_last) continue;
    if (seg.tokens[i].kind == segment::TokenKind::punct && boundary_at(text, seg.tokens[i])) {
      if (i < date_first) from = i + 1;
      else if (to == window_to) to = i;
    }
  }
  // Between commas first: "Fondée en mai, la start-up emploie…", "Le rachat, annoncé en mars,
  // sera finalisé en juin" put the date's own verb there. Then the clause; not beyond it: a verb
  // of another clause says nothing of this one, and a clause with no verb found (a present the
  // lexicon does not list, often) is better left without a tense.
  std::size_t comma_from = from, comma_to = to;
  for (std::size_t i = from; i < to; ++i) {
    if (i >= date_first && i <= date_last) continue;
    const segment::Token& t = seg.tokens[i];
    if (t.kind != segment::TokenKind::punct || text.compare(t.begin, 1, ",") != 0) continue;
    if (i < date_first) comma_from = i + 1;
    else if (comma_to == to) comma_to = i;
  }
  if (comma_from != from || comma_to != to) {
    const Tense inner =
        nearest(text, seg, comma_from, comma_to, date_first, date_last, comma_from == s.first_token, memo);
    if (inner != Tense::none) return inner;
  }
  return nearest(text, seg, from, to, date_first, date_last, from == s.first_token, memo);
}

}  // namespace extrait::extract::date
