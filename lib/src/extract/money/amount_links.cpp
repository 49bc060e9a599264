#include "extract/money/amount_links.hpp"

#include "text/chars.hpp"

namespace extrait::extract {

namespace {

bool ends_with_word(std::string_view text, std::size_t end, std::string_view word) {
  if (end < word.size()) return false;
  const std::size_t begin = end - word.size();
  if (!text::word_starts_at(text, begin)) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[begin + i]);
    if ((c < 0x80 ? text::to_lower(c) : c) != static_cast<unsigned char>(word[i])) return false;
  }
  return true;
}

}  // namespace

bool text_is(std::string_view text, std::size_t a, std::size_t b, std::string_view what) {
  return b >= a && text.substr(a, b - a) == what;
}

Link link_between(std::string_view text, std::size_t first, std::size_t a, std::size_t b) {
  if (text_is(text, a, b, "-") || text_is(text, a, b, " - ") || text_is(text, a, b, " à ")) {
    return Link::range;
  }
  if (text_is(text, a, b, " et ")) {
    std::size_t before = first;
    while (before > 0 && text[before - 1] == ' ') --before;
    return ends_with_word(text, before, "entre") ? Link::range : Link::list;
  }
  if (text_is(text, a, b, ", ") || text_is(text, a, b, " ou ")) return Link::list;
  return Link::none;
}

Decimal value_under(const numbers::Quantity& p, const numbers::Quantity& q) {
  if (p.scale != 0 || q.scale == 0 || p.in_words != q.in_words || !(p.value < Decimal(1000))) {
    return p.value;
  }
  return p.value.scaled(q.scale).value_or(p.value);
}

}  // namespace extrait::extract
