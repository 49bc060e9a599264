#include "facts/words.hpp"

#include <algorithm>

#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::facts {

void append_lower_case(std::string& out, std::string_view text) {
  // Copied at once, then lowered in place: ASCII, most of every word, needs no decoding.
  const std::size_t start = out.size();
  out.append(text);
  char* const lowered = out.data() + start;  // by pointer: no index checks, no reloads of the string
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b >= 0x80) {
      // From the first byte beyond ASCII, code point by code point.
      out.resize(start + i);
      while (i < text.size()) {
        const auto [c, len] = text::decode(text, i);
        text::append_utf8(out, text::to_lower(c));
        i += len;
      }
      return;
    }
    lowered[i] = static_cast<char>(text::to_lower(b));
  }
}

std::string lower_case(std::string_view text) {
  std::string out;
  append_lower_case(out, text);
  return out;
}

namespace {

// The form a lower-case word folds to, or nullptr if it stays as it is.
const char* folded(std::string_view lower) {
  if (lower.size() < 2 || lower.size() > 3) return nullptr;  // most words: told by their length
  if (lower == "d'" || lower == "du" || lower == "des") return "de";
  if (lower == "au" || lower == "aux") return "à";
  if (lower == "l'" || lower == "la" || lower == "les") return "le";
  return nullptr;
}

}  // namespace

std::string fold_word(std::string_view lower) {
  const char* form = folded(lower);
  return form ? std::string(form) : std::string(lower);
}

std::vector<Word> sentence_words(std::string_view text, const segment::Segmentation& segmentation,
                                 std::size_t sentence, std::span<const std::size_t> entities,
                                 const std::vector<TextRange>& ranges) {
  const segment::SentenceRange& s = segmentation.sentences[sentence];
  std::vector<Word> words;
  words.reserve(s.last_token - s.first_token);
  auto add = [&](std::size_t begin, std::size_t end, segment::TokenKind kind, int entity) {
    Word& w = words.emplace_back();
    w.begin = begin;
    w.end = end;
    w.kind = kind;
    append_lower_case(w.form, text.substr(begin, end - begin));  // then folded in place: no copy
    if (const char* form = folded(w.form)) w.form = form;
    w.entity = entity;
  };
  std::size_t next = 0;  // `entities` is in text order, as the sentence's tokens are
  for (std::size_t t = s.first_token; t < s.last_token; ++t) {
    const segment::Token& token = segmentation.tokens[t];
    std::size_t at = token.begin;
    // A token may hold an entity and more, where a page glued words together ("CNBCelle",
    // "dollarsen"): the entity's part and the rest become words of their own.
    while (at < token.end) {
      while (next < entities.size() && ranges[entities[next]].end <= at) ++next;
      if (next == entities.size() || ranges[entities[next]].begin >= token.end) {
        add(at, token.end, token.kind, -1);
        break;
      }
      const TextRange& r = ranges[entities[next]];
      if (r.begin > at) {
        add(at, r.begin, token.kind, -1);
        at = r.begin;
      }
      const std::size_t end = std::min<std::size_t>(r.end, token.end);
      add(at, end, token.kind, static_cast<int>(entities[next]));
      at = end;
    }
  }
  return words;
}

std::vector<std::string> split_phrase(std::string_view phrase, const std::unordered_set<std::string>& elisions) {
  std::vector<std::string> out;
  const std::string lower = lower_case(phrase);
  std::size_t i = 0;
  while (i < lower.size()) {
    while (i < lower.size() && lower[i] == ' ') ++i;
    std::size_t end = lower.find(' ', i);
    if (end == std::string::npos) end = lower.size();
    std::string_view piece(lower.data() + i, end - i);
    // "d'affaires": the elided word is a word of its own, as the segmenter makes it.
    while (!piece.empty()) {
      const std::size_t apostrophe = piece.find('\'');
      if (apostrophe == std::string_view::npos || apostrophe + 1 == piece.size() ||
          !elisions.contains(std::string(piece.substr(0, apostrophe + 1)))) {
        out.push_back(fold_word(piece));
        break;
      }
      out.push_back(fold_word(piece.substr(0, apostrophe + 1)));
      piece.remove_prefix(apostrophe + 1);
    }
    i = end;
  }
  return out;
}

}  // namespace extrait::facts
