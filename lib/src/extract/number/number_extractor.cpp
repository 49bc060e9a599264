#include "extract/number/number_extractor.hpp"

#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::extract {

namespace {

bool starts_with(std::string_view text, std::size_t at, std::string_view what) {
  return text.compare(at, what.size(), what) == 0;
}

}  // namespace

NumberExtractor::NumberExtractor(const Resources& resources) {
  for (const std::string& w : resources.lexicons.first_fields("function_words.txt")) function_words_.insert(w);
  for (const std::string& w : resources.lexicons.first_fields("number_references.txt")) references_.add(w, true, 0);
}

std::string NumberExtractor::counted_noun(std::string_view text, std::size_t end) const {
  std::size_t at = end;
  if (at < text.size() && text[at] == ' ') ++at;
  if (starts_with(text, at, "de ")) at += 3;
  else if (starts_with(text, at, "d'")) at += 2;
  std::size_t i = at;
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {  // most letters, without decoding
      if (byte >= 'A' && byte <= 'Z') return "";  // a name, not a noun
      if (!((byte >= 'a' && byte <= 'z') || byte == '-')) break;
      ++i;
      continue;
    }
    const auto [c, len] = text::decode(text, i);
    if (!text::is_letter(c)) break;
    if (text::is_upper(c)) return "";
    i += len;
  }
  const std::string_view word = text.substr(at, i - at);
  if (word.size() < 2 || function_words_.contains(word)) return "";
  return std::string(word);
}

void NumberExtractor::extract(const DocumentView& doc, std::vector<Mention>& out) const {
  const std::string_view text = doc.text;
  // "article 49.3", "n° 12": the word before makes the number a reference.
  auto is_reference = [&](std::size_t begin) {
    if (begin == 0 || text[begin - 1] != ' ') return false;
    for (const auto& m : references_.matches_ending_at(text, begin - 1)) {
      if (text::word_starts_at(text, m.end)) return true;
    }
    return false;
  };
  for (const numbers::Quantity& q : doc.quantities) {
    if (q.attached || q.glued || (q.scale_abbreviated && q.scale > 3)) continue;  // "A380", "1er", "5G"
    if (q.lone_article && q.end < text.size() && text::word_char_at(text, q.end + 1)) continue;
    if (is_reference(q.begin)) continue;
    Mention& m = out.emplace_back();  // filled in place: a Mention is large to move
    m.begin = q.begin;
    m.end = q.end;
    m.priority = -1;
    m.entity.type = EntityType::number;
    Decimal value = q.value;
    // A sign before the number: "-1,2", "- 1.200.000", "moins 1200000".
    std::size_t b = q.begin;
    if (b >= 1 && text[b - 1] == ' ') --b;
    const bool minus_sign = b >= 1 && text[b - 1] == '-' && (b == 1 || !text::word_char_before(text, b - 1));
    // "moins" is a sign only where it cannot be a comparison ("au moins 15", "de moins 10"):
    // at the start of a clause or after "à" ("de moins 5 à moins 10").
    bool minus_word = b >= 5 && b < q.begin && text.substr(b - 5, 5) == "moins" && text::word_starts_at(text, b - 5);
    if (minus_word) {
      std::size_t p = b - 5;
      while (p > 0 && text[p - 1] == ' ') --p;
      minus_word = p == 0 || std::string_view(",:;(=\n").find(text[p - 1]) != std::string_view::npos ||
                   (p >= 3 && text.substr(p - 3, 3) == " \xC3\xA0");
    }
    if (minus_sign || minus_word) {
      m.begin = minus_sign ? b - 1 : b - 5;
      value = Decimal(-value.mantissa(), value.exponent());
    }
    m.entity.value = value;
    m.entity.unit = counted_noun(text, q.end);
  }
}

}  // namespace extrait::extract
