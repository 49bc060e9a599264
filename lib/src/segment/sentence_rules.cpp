// segment/sentence_rules.cpp: see sentence_rules.hpp.
#include "segment/sentence_rules.hpp"

#include <algorithm>
#include <span>

#include "segment/code_points.hpp"

namespace extrait::segment {

namespace {

// Closing quotes and brackets: they follow the final punctuation inside the sentence.
bool is_closer(char32_t c) {
  return c == 0x00BB /* » */ || c == ')' || c == ']' || c == 0x201D /* ” */ || c == 0x203A /* › */;
}

bool alnum_before(std::string_view text, std::size_t floor, std::size_t at) {
  if (at <= floor) return false;
  const char32_t c = decode(text, previous_start(text, at)).code_point;
  return is_letter(c) || is_digit(c);
}

// The first byte after `at` that is neither a space (other than '\n') nor, if `closers`, a closing
// quote or bracket; `last_closer_end` is set to the end of the last closer passed.
std::size_t skip_forward(std::string_view text, std::size_t at, std::size_t end, bool closers,
                         std::size_t* last_closer_end = nullptr) {
  while (at < end && text[at] != '\n') {
    const Decoded cp = decode(text, at);
    if (closers && is_closer(cp.code_point)) {
      at += cp.length;
      if (last_closer_end) *last_closer_end = at;
    } else if (is_space(cp.code_point)) {
      at += cp.length;
    } else {
      break;
    }
  }
  return at;
}

// Sets `where` to the last code point before `at` that is neither white space nor a closer, on
// the same line; false if there is none.
bool last_visible(std::string_view text, std::size_t floor, std::size_t at, std::size_t& where) {
  while (at > floor && text[at - 1] != '\n') {
    const std::size_t start = previous_start(text, at);
    const char32_t c = decode(text, start).code_point;
    if (!is_space(c) && !is_closer(c)) {
      where = start;
      return true;
    }
    at = start;
  }
  return false;
}

// A lone capital right before the period, with no letter or digit before it: "J." of "J. Dupont",
// "M." of "J.-M.".
bool initial_before(std::string_view text, std::size_t floor, std::size_t period) {
  if (period <= floor) return false;
  const std::size_t start = previous_start(text, period);
  return is_upper(decode(text, start).code_point) && !alnum_before(text, floor, start);
}

// The single period at `period` (not one of "...") is a sentence end before the next visible
// text at `next`, as far as abbreviations and initials go.
bool period_ends(std::string_view text, std::size_t floor, std::size_t period, std::size_t next,
                 const AbbreviationTable& abbreviations) {
  if (period > floor && text[period - 1] == '.') return true;  // an ellipsis: ICU decides
  if (period + 1 < text.size() && text[period + 1] == '.') return true;
  switch (abbreviations.at_period(text, floor, period)) {
    case AbbreviationTable::Match::inner:
      return false;
    case AbbreviationTable::Match::closing:
      return upper_at(text, next);
    case AbbreviationTable::Match::none:
      break;
  }
  return !(initial_before(text, floor, period) && upper_at(text, next));
}

// Where ICU's boundary `cut` should be, or `end` + 1 when it is no sentence end.
std::size_t fix_cut(std::string_view text, std::size_t begin, std::size_t end, std::size_t cut,
                    const AbbreviationTable& abbreviations) {
  // A boundary with a line break before it stays as it is.
  for (std::size_t k = cut; k > begin; --k) {
    const char c = text[k - 1];
    if (c == '\n') return cut;
    if (c != ' ' && c != '\t' && c != '\r') break;
  }
  std::size_t closers_end = 0;
  const std::size_t next = skip_forward(text, cut, end, true, &closers_end);
  if (closers_end != 0) cut = closers_end;  // "« C'est fini. » Le ministre": the » stays before
  if (next >= end || text[next] == '\n') return cut;
  if (lower_at(text, next)) return end + 1;
  std::size_t final_mark = 0;
  if (last_visible(text, begin, cut, final_mark) && text[final_mark] == '.' &&
      !period_ends(text, begin, final_mark, next, abbreviations)) {
    return end + 1;
  }
  return cut;
}

bool is_ellipsis(std::string_view text, const Token& t) {
  return text.substr(t.begin, t.end - t.begin) == "\u2026";
}

// Ends that ICU does not see, found from the tokens: "… Puis", ". 300 personnes".
void add_missing_cuts(std::string_view text, std::size_t begin, std::size_t end,
                      std::span<const Token> tokens, std::size_t first_token,
                      const AbbreviationTable& abbreviations, std::vector<std::size_t>& cuts) {
  for (std::size_t k = first_token; k + 1 < tokens.size(); ++k) {
    const Token& t = tokens[k];
    if (t.kind != TokenKind::punct) continue;
    // "[…]" marks a cut in a quotation, not the end of a sentence.
    const bool ellipsis = is_ellipsis(text, t) && !(t.begin > begin && (text[t.begin - 1] == '[' ||
                                                                       text[t.begin - 1] == '('));
    const bool period = t.end == t.begin + 1 && text[t.begin] == '.';
    if (!ellipsis && !period) continue;
    std::size_t closers_end = 0;
    const std::size_t next = skip_forward(text, t.end, end, ellipsis, &closers_end);
    if (next == t.end || next >= end || text[next] == '\n') continue;  // glued, or at a line end
    if (ellipsis && upper_at(text, next)) {
      cuts.push_back(closers_end != 0 ? closers_end : next);
    } else if (period && tokens[k + 1].begin == next && tokens[k + 1].kind == TokenKind::number &&
               period_ends(text, begin, t.begin, next, abbreviations)) {
      cuts.push_back(next);
    }
  }
}

// Moves cuts that fall inside a token to its end, so that every token lies in one sentence. The
// cuts must be increasing: each search for the token of a cut then starts from that of the cut
// before and gallops ahead, as the next cut is a sentence away, not anywhere in the stretch.
void snap_to_tokens(std::span<const Token> tokens, std::vector<std::size_t>& cuts) {
  const auto starts_after = [](std::size_t at, const Token& t) { return at < t.begin; };
  std::size_t low = 0;  // the tokens before it start at or before the cut
  for (std::size_t& cut : cuts) {
    std::size_t high = low + 1;  // past the cut's token, or the end
    for (std::size_t step = 1; high < tokens.size() && tokens[high].begin <= cut; step *= 2) {
      low = high;
      high = low + step;
    }
    high = std::min(high, tokens.size());
    low = static_cast<std::size_t>(
        std::upper_bound(tokens.begin() + static_cast<std::ptrdiff_t>(low),
                         tokens.begin() + static_cast<std::ptrdiff_t>(high), cut, starts_after) -
        tokens.begin());
    if (low == 0) continue;
    const Token& before = tokens[low - 1];  // the last token that starts at or before the cut
    if (before.begin < cut && cut < before.end) cut = before.end;
  }
}

}  // namespace

AbbreviationTable::AbbreviationTable(const SegmenterRules& rules) {
  auto add = [this](const std::string& entry, bool closing) {
    std::string lower;
    append_lower(entry, lower);
    while (!lower.empty() && lower.back() == '.') lower.pop_back();  // "Mme." is "mme" too
    if (lower.empty()) return;
    for (std::size_t k = 0; k < lower.size(); ++k) endings_.insert(lower.substr(k));
    auto [it, fresh] = closing_.emplace(lower, closing);
    if (!fresh) it->second = it->second || closing;
    if (fresh && lower.find('.') != std::string::npos) dotted_.push_back(lower);
    longest_ = std::max(longest_, lower.size());
    // Letter runs that end at a period of the entry, or at its end (where the period follows).
    std::size_t run = 0;
    for (std::size_t k = 0; k <= lower.size(); ++k) {
      if (k == lower.size() || lower[k] == '.') {
        longest_run_ = std::max(longest_run_, run);
        run = 0;
      } else if (letter_at(lower, k)) {
        if ((static_cast<unsigned char>(lower[k]) & 0xC0) != 0x80) ++run;
      } else if ((static_cast<unsigned char>(lower[k]) & 0xC0) != 0x80) {
        run = 0;
      }
    }
  };
  for (const std::string& entry : rules.abbreviations) add(entry, false);
  for (const std::string& entry : rules.closing_abbreviations) add(entry, true);
  std::sort(dotted_.begin(), dotted_.end());  // the sets' order is not deterministic
  for (std::size_t e = 0; e < dotted_.size(); ++e) {
    for (std::size_t k = dotted_[e].find('.'); k != std::string::npos; k = dotted_[e].find('.', k + 1)) {
      inner_periods_.push_back({e, k});
    }
  }
}

// Whether some entry may end at the period, as far as the text right before it tells: the letters
// text[letters, period) or, when there are none, an ASCII byte. Any text that an entry matches
// ends with them (a start inside the letters has a letter before it, and is no start), and its
// lower-case form, made code point by code point, ends with theirs: that must end an entry. A
// byte beyond ASCII without letters is not screened (which code point it ends is for the forward
// decoding of each start to say).
bool AbbreviationTable::may_end_entry(std::string_view text, std::size_t letters, std::size_t period) const {
  std::string lower;
  if (letters < period) {
    append_lower(text.substr(letters, period - letters), lower);
  } else if (const auto last = static_cast<unsigned char>(text[period - 1]); last < 0x80) {
    lower.push_back(static_cast<char>(text::to_lower(last)));
  } else {
    return true;
  }
  return endings_.count(lower) != 0;
}

AbbreviationTable::Match AbbreviationTable::at_period(std::string_view text, std::size_t floor,
                                                      std::size_t period) const {
  // A period that starts the line ends nothing and lies in nothing.
  if (closing_.empty() || period <= floor) return Match::none;
  // Count the letters right before the period, up to one more than any entry has there.
  std::size_t run = 0;
  std::size_t letters = period;  // where they start
  for (; letters > floor && run <= longest_run_;) {
    const std::size_t start = previous_start(text, letters);
    if (!is_letter(decode(text, start).code_point)) break;
    ++run;
    letters = start;
  }
  if (run > longest_run_) return Match::none;
  std::string lower;
  if (may_end_entry(text, letters, period)) {
    // An abbreviation that the period ends: try the longest text first ("av. j.-c" before "c").
    std::size_t start = period > floor + longest_ ? period - longest_ : floor;
    while (start < period && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) ++start;
    for (; start < period; start += decode(text, start).length) {
      if (alnum_before(text, floor, start) || is_space(decode(text, start).code_point)) continue;
      lower.clear();
      append_lower(text.substr(start, period - start), lower);
      auto it = closing_.find(lower);
      if (it != closing_.end()) return it->second ? Match::closing : Match::inner;
    }
  }
  // A period inside an abbreviation: "p." of "p. ex.", "av." of "av. J.-C.".
  for (const InnerPeriod& inner : inner_periods_) {
    const std::string& entry = dotted_[inner.entry];
    const std::size_t k = inner.at;
    if (k > period - floor) continue;
    const std::size_t from = period - k;
    // An ASCII byte there, lower-cased, must be the entry's first: that settles nearly every
    // entry at once (a byte beyond ASCII may lower-case to anything, and is compared below).
    const auto first = static_cast<unsigned char>(text[from]);
    if (first < 0x80 && text::to_lower(first) != static_cast<unsigned char>(entry[0])) continue;
    if (from + entry.size() > text.size() || alnum_before(text, floor, from)) continue;
    lower.clear();
    append_lower(text.substr(from, entry.size()), lower);
    if (lower == entry) return Match::inner;
  }
  return Match::none;
}

void append_sentences(std::string_view text, std::size_t begin, std::size_t end,
                      const std::vector<std::size_t>& breaks, const std::vector<Token>& tokens,
                      std::size_t first_token, const AbbreviationTable& abbreviations,
                      std::vector<std::size_t>& cuts, std::vector<SentenceRange>& out) {
  cuts.clear();
  cuts.push_back(begin);
  for (std::size_t k = 1; k + 1 < breaks.size(); ++k) {
    const std::size_t cut = fix_cut(text, begin, end, breaks[k], abbreviations);
    if (cut <= end) cuts.push_back(cut);
  }
  // Spans of the tokens, not the vector: their size stays in a register while cuts and sentences
  // are appended to other vectors.
  const std::span<const Token> all_tokens(tokens);
  add_missing_cuts(text, begin, end, all_tokens, first_token, abbreviations, cuts);
  // Snapping a cut to the end of its token keeps the cuts in order: sorted before, sorted after
  // (and the tokens end by `end`).
  std::sort(cuts.begin(), cuts.end());
  snap_to_tokens(all_tokens.subspan(first_token), cuts);
  cuts.push_back(end);
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

  std::size_t token = first_token;
  for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
    std::size_t b = cuts[k], e = cuts[k + 1];
    while (b < e) {
      const Decoded cp = decode(text, b);
      if (!is_space(cp.code_point)) break;
      b += cp.length;
    }
    while (e > b) {
      const std::size_t start = previous_start(text, e);
      if (!is_space(decode(text, start).code_point)) break;
      e = start;
    }
    if (b == e) continue;
    SentenceRange s{b, e, 0, 0};
    while (token < all_tokens.size() && all_tokens[token].begin < b) ++token;
    s.first_token = token;
    while (token < all_tokens.size() && all_tokens[token].begin < e) ++token;
    s.last_token = token;
    out.push_back(s);
  }
}

}  // namespace extrait::segment
