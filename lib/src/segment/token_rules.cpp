// segment/token_rules.cpp: see token_rules.hpp.
#include "segment/token_rules.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <span>

#include "segment/code_points.hpp"
#include "text/byte_words.hpp"
#include "text/short_key.hpp"

namespace extrait::segment {

namespace {

// The pieces ICU cut, without white space, and what the rules ask about them. A span, not the
// vector: its size stays in a register while the tokens are appended to another vector.
class Pieces {
 public:
  Pieces(std::string_view text, const std::vector<Piece>& pieces) : text_(text), p_(pieces) {}

  std::size_t size() const { return p_.size(); }
  const Piece& operator[](std::size_t i) const { return p_[i]; }
  std::string_view str(std::size_t i) const { return text_.substr(p_[i].begin, p_[i].end - p_[i].begin); }

  // Piece i touches piece i + 1: no space between them.
  bool glued(std::size_t i) const { return i + 1 < p_.size() && p_[i].end == p_[i + 1].begin; }
  // Exactly one plain space between piece i and piece i + 1.
  bool one_space(std::size_t i) const {
    return i + 1 < p_.size() && p_[i + 1].begin == p_[i].end + 1 && text_[p_[i].end] == ' ';
  }
  bool is(std::size_t i, std::string_view s) const { return i < p_.size() && str(i) == s; }
  bool all_digits(std::size_t i) const {
    std::string_view s = str(i);
    for (char c : s) {
      if (c < '0' || c > '9') return false;
    }
    return !s.empty();
  }
  // "-" or U+2010 HYPHEN, alone.
  bool hyphen(std::size_t i) const { return is(i, "-") || is(i, "\u2010"); }
  // A currency sign or a per-cent/per-mille sign, alone: what an amount may have glued after it.
  bool amount_symbol(std::size_t i) const {
    if (i >= p_.size()) return false;
    const Decoded cp = decode(text_, p_[i].begin);
    if (cp.length != p_[i].end - p_[i].begin) return false;
    return cp.code_point == '%' || cp.code_point == 0x2030 || cp.code_point == 0x2031 ||
           u_charType(static_cast<UChar32>(cp.code_point)) == U_CURRENCY_SYMBOL;
  }

 private:
  std::string_view text_;
  std::span<const Piece> p_;
};

// A group of thousands after the first: three digits, and on the last group the decimals that ICU
// already joined to it ("234,56"). Returns 0 if the piece is no group, 1 for a group, 2 for a
// group that ends the number because it has decimals.
int thousands_group(std::string_view s) {
  if (s.size() < 3) return 0;
  for (std::size_t k = 0; k < 3; ++k) {
    if (s[k] < '0' || s[k] > '9') return 0;
  }
  if (s.size() == 3) return 1;
  if (s[3] != ',' && s[3] != '.') return 0;
  if (s.size() == 4) return 0;
  for (std::size_t k = 4; k < s.size(); ++k) {
    if (s[k] < '0' || s[k] > '9') return 0;
  }
  return 2;
}

// A date in digits at piece i: day/month/year ("28/11/2026", "1-3-26") or year-month-day
// ("2026-11-28"), the separators the same and nothing between pieces. Returns how many pieces it
// spans (5), or 0. `p` is a view, taken by value so that the caller's need not live in memory.
std::size_t date_length(const Pieces p, std::size_t i) {
  if (i + 4 >= p.size()) return 0;
  for (std::size_t k = i; k < i + 4; ++k) {
    if (!p.glued(k)) return 0;
  }
  if (!p.all_digits(i) || !p.all_digits(i + 2) || !p.all_digits(i + 4)) return 0;
  const std::string_view sep = p.str(i + 1);
  if ((sep != "/" && sep != "-") || p.str(i + 3) != sep) return 0;
  const std::size_t a = p.str(i).size(), b = p.str(i + 2).size(), c = p.str(i + 4).size();
  const bool day_first = a <= 2 && b <= 2 && (c == 2 || c == 4);
  const bool year_first = a == 4 && b <= 2 && c <= 2;
  return day_first || year_first ? 5 : 0;
}

// The offset of the first apostrophe in text[begin, begin + n), or n. Most words have none, and
// every word asks: eight bytes are tested at once when the text has them.
std::size_t apostrophe_in(std::string_view text, std::size_t begin, std::size_t n) {
  if (std::endian::native == std::endian::little && n <= 8 && begin + 8 <= text.size()) {
    // Exactly the first apostrophe is flagged, which is all that is read (text/byte_words.hpp).
    const std::uint64_t flags = extrait::text::bytes::equal(extrait::text::bytes::load8(text.data() + begin), '\'');
    if (flags == 0) return n;
    const std::size_t at = extrait::text::bytes::first_marked_byte(flags);
    return at < n ? at : n;
  }
  std::size_t at = 0;
  while (at < n && text[begin + at] != '\'') ++at;
  return at;
}

// The word text[begin, begin + n) lower-cased in `key` (ElisionTable::short_ascii), if it is ASCII
// without a NUL (which the zero bytes that pad a short one could not tell from its end) and at
// most 8 bytes. Its bytes laid out as text::short_key lays out a word (the head of its key): what
// is added here, the lowering and the refusal of what one word cannot hold, the keys of the names'
// cache and of the summary do not want. (Inline: a call cost as much as the packing.)
inline bool pack_lower_ascii(std::string_view text, std::size_t begin, std::size_t n, std::uint64_t& key) {
  namespace bytes = extrait::text::bytes;  // (`text` is the parameter here)
  if (n > 8) return false;
  const std::uint64_t word = extrait::text::short_key(text, begin, n).head;
  if (bytes::beyond_ascii(word) != 0) return false;
  // Its zero bytes are the 8 - n of the padding, or it holds a NUL.
  if (bytes::marked_bytes(bytes::ascii_zero(word)) != 8 - n) return false;
  key = bytes::ascii_to_lower(word);
  return true;
}

bool is_elision(std::string_view text, std::size_t begin, std::size_t end, const ElisionTable& table,
                std::string& scratch) {
  if (end - begin > table.longest) return false;
  // An ASCII word lower-cases to ASCII: it can only be one of the short ASCII forms.
  if (std::uint64_t key; pack_lower_ascii(text, begin, end - begin, key)) {
    return std::binary_search(table.short_ascii.begin(), table.short_ascii.end(), key);
  }
  scratch.clear();
  append_lower(text.substr(begin, end - begin), scratch);
  return table.forms.count(scratch) != 0;
}

// The kind of a token by its first byte when that is ASCII: what kind_of computes, in a table
// because every token asks.
struct AsciiKinds {
  TokenKind kind[128];
  constexpr AsciiKinds() : kind() {
    for (int c = 0; c < 128; ++c) {
      if (c >= '0' && c <= '9') {
        kind[c] = TokenKind::number;
      } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
        kind[c] = TokenKind::word;
      } else if (c == '$' || c == '%' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' ||
                 c == '`' || c == '|' || c == '~') {
        kind[c] = TokenKind::symbol;  // Unicode's symbol classes (Sc, Sm, Sk) and '%'
      } else {
        kind[c] = TokenKind::punct;
      }
    }
  }
};
constexpr AsciiKinds kAsciiKinds;

}  // namespace

void ElisionTable::add(std::string_view form) {
  std::string lower;
  append_lower(form, lower);
  if (lower.empty()) return;
  longest = std::max(longest, lower.size());
  if (std::uint64_t key; pack_lower_ascii(lower, 0, lower.size(), key)) {
    const auto at = std::lower_bound(short_ascii.begin(), short_ascii.end(), key);
    if (at == short_ascii.end() || *at != key) short_ascii.insert(at, key);
  }
  forms.insert(std::move(lower));
}

TokenKind kind_of(std::string_view text, std::size_t begin) {
  const auto first = static_cast<unsigned char>(text[begin]);
  if (first < 0x80) return kAsciiKinds.kind[first];
  const char32_t c = decode(text, begin).code_point;
  if (is_digit(c)) return TokenKind::number;
  if (is_letter(c)) return TokenKind::word;
  if (c == '%' || c == 0x2030 || c == 0x2031) return TokenKind::symbol;
  switch (u_charType(static_cast<UChar32>(c))) {
    case U_CURRENCY_SYMBOL:
    case U_MATH_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL:
    case U_OTHER_NUMBER:
      return TokenKind::symbol;
    default:
      return TokenKind::punct;
  }
}

void append_tokens(std::string_view text, const std::vector<Piece>& pieces, const ElisionTable& elisions,
                   std::vector<Token>& out) {
  const Pieces p(text, pieces);
  // A copy the compiler can keep in a register: the stores of the tokens could change the table.
  const std::size_t longest = elisions.longest;
  std::string scratch;
  for (std::size_t i = 0; i < p.size();) {
    Token cur = p[i].token();
    // Most words are a plain piece with white space after it: no rule below joins it to what
    // follows (each wants the next piece glued) nor splits an elision off it (no apostrophe).
    if (cur.kind == TokenKind::word && p[i].plain && !p.glued(i)) {
      out.push_back(cur);
      ++i;
      continue;
    }
    std::size_t next = i + 1;  // the first piece not in `cur`
    if (cur.kind == TokenKind::number) {
      if (std::size_t n = date_length(p, i)) {
        next = i + n;
      } else if (p.all_digits(i) && p.str(i).size() <= 3) {
        // Thousands stay together only with one plain space between groups: a line break or two
        // spaces separate two numbers.
        while (p.one_space(next - 1)) {
          const int group = thousands_group(p.str(next));
          if (group == 0) break;
          ++next;
          if (group == 2) break;
        }
      }
      if (p.glued(next - 1) && p.amount_symbol(next)) ++next;
      cur.end = p[next - 1].end;
    } else if (cur.kind == TokenKind::word) {
      // An elided word that ICU cut from what follows because that is no letter ("d'1,5").
      if (p.glued(i) && p.is(i + 1, "'") && p.glued(i + 1) &&
          is_elision(text, cur.begin, p[i + 1].end, elisions, scratch)) {
        out.push_back({cur.begin, p[i + 1].end, TokenKind::word});
        i += 2;
        continue;
      }
      while (p.glued(next - 1) && p.hyphen(next) && p.glued(next) &&
             (p[next + 1].kind == TokenKind::word || p[next + 1].kind == TokenKind::number)) {
        next += 2;
      }
      cur.end = p[next - 1].end;
      // Elision inside the word ICU gave ("l'origine", "qu'Air"): only the text up to the first
      // apostrophe is compared, so "aujourd'hui" stays whole. A plain piece holds no apostrophe:
      // when the word is one, as most are, or starts with one as long as any elided form, there
      // is nothing to look for.
      const bool plain_start = p[i].plain && (next == i + 1 || p[i].end - p[i].begin >= longest);
      while (!plain_start) {
        // Only the first bytes can hold the apostrophe of an elided form.
        const std::size_t n = std::min<std::size_t>(cur.end - cur.begin, longest);
        const std::size_t apostrophe = apostrophe_in(text, cur.begin, n);
        if (apostrophe == n || cur.begin + apostrophe + 1 == cur.end) break;
        const std::size_t split = cur.begin + apostrophe + 1;
        if (!is_elision(text, cur.begin, split, elisions, scratch)) break;
        out.push_back(Token::over(cur.begin, split, TokenKind::word));
        cur.begin = static_cast<std::uint32_t>(split);
        cur.kind = kind_of(text, split);
      }
    }
    out.push_back(cur);
    i = next;
  }
}

}  // namespace extrait::segment
