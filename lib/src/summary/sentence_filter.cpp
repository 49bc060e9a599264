#include "summary/sentence_filter.hpp"

#include <algorithm>

#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::summary {

namespace {

// Lowers the ASCII capitals of [begin, end) and leaves every other byte as it is. Without a
// branch, so that the compiler does many bytes at once: a capital gets its 0x20 bit.
void lower_ascii_in_place(char* begin, char* end) {
  for (char* c = begin; c != end; ++c) {
    *c = static_cast<char>(*c | (static_cast<unsigned char>(*c - 'A') < 26 ? 0x20 : 0));
  }
}

// Writes into `out` `s` with its ASCII letters in lower case and every other byte as it is:
// enough to find the phrases that may stand anywhere (mostly ASCII: "http://", "getty images",
// "©") without decoding the whole sentence.
void ascii_lower(std::string_view s, std::string& out) {
  out.assign(s);
  lower_ascii_in_place(out.data(), out.data() + out.size());
}

// Writes into `out` (cleared first) the lower case of `s`, as far as `bytes` bytes reach.
void lower_prefix(std::string_view s, std::size_t bytes, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < s.size() && out.size() < bytes;) {
    // A run of ASCII, most of every sentence, as far as `bytes` reach: appended at once, then
    // lowered in place, without decoding.
    const std::size_t reach = std::min(s.size(), i + (bytes - out.size()));
    std::size_t end = i;
    while (end < reach && static_cast<unsigned char>(s[end]) < 0x80) ++end;
    if (end > i) {
      const std::size_t from = out.size();
      out.append(s.substr(i, end - i));
      lower_ascii_in_place(out.data() + from, out.data() + out.size());
      i = end;
      continue;
    }
    const auto [c, len] = text::decode(s, i);
    text::append_utf8(out, text::to_lower(c));
    i += len;
  }
}

}  // namespace

SentenceFilter::SentenceFilter(const lexicon::LexiconSet& lexicons) {
  for (const lexicon::Row& row : lexicons.rows("boilerplate.txt")) {
    std::string phrase;
    lower_prefix(row.fields[0], row.fields[0].size() * 2, phrase);
    if (phrase.empty()) continue;
    if (row.fields.size() > 1 && row.fields[1] == "anywhere") {
      anywhere_.push_back(std::move(phrase));
    } else {
      longest_start_ = std::max(longest_start_, phrase.size());
      starts_.push_back(std::move(phrase));
    }
  }
  // A sentence is then compared with the phrases of its first byte only.
  const auto first_byte = [](const std::string& p) { return static_cast<unsigned char>(p[0]); };
  std::stable_sort(starts_.begin(), starts_.end(),
                   [&](const std::string& a, const std::string& b) { return first_byte(a) < first_byte(b); });
  for (const std::string& p : starts_) ++starts_by_byte_[first_byte(p) + 1];
  for (std::size_t b = 0; b < 256; ++b) starts_by_byte_[b + 1] += starts_by_byte_[b];
}

bool SentenceFilter::ends_as_sentence(std::string_view s) {
  // Closing quotes and parentheses may follow the final punctuation: « … fin 2025. »
  for (bool stripped = true; stripped && !s.empty();) {
    stripped = false;
    for (std::string_view closing : {std::string_view("»"), std::string_view("\""), std::string_view(")"),
                                     std::string_view(" ")}) {
      if (s.ends_with(closing)) {
        s.remove_suffix(closing.size());
        stripped = true;
      }
    }
  }
  return s.ends_with(".") || s.ends_with("!") || s.ends_with("?") || s.ends_with("…");
}

bool SentenceFilter::is_boilerplate(std::string_view sentence) const {
  // Compare in lower case, as far as the longest phrase reaches. The lowered copies are written
  // into buffers of the thread, kept from one sentence to the next: no allocation per sentence.
  thread_local std::string start;
  thread_local std::string folded;
  lower_prefix(sentence, longest_start_, start);
  if (!start.empty()) {  // (phrases are never empty)
    const auto b = static_cast<unsigned char>(start[0]);
    for (std::uint32_t k = starts_by_byte_[b]; k < starts_by_byte_[b + 1]; ++k) {
      if (start.compare(0, starts_[k].size(), starts_[k]) == 0) return true;
    }
  }
  if (anywhere_.empty()) return false;
  ascii_lower(sentence, folded);
  return std::any_of(anywhere_.begin(), anywhere_.end(),
                     [&](const std::string& p) { return folded.find(p) != std::string::npos; });
}

bool SentenceFilter::is_complete(std::string_view sentence, std::size_t words) {
  // A sentence that trails off ("Au menu : financiarisation, puces, version entreprise…") is a
  // teaser or a list, not a statement.
  return words >= kMinWords && ends_as_sentence(sentence) && !sentence.ends_with("…");
}

bool SentenceFilter::is_prose(std::string_view sentence, std::size_t words) const {
  return is_complete(sentence, words) && !is_boilerplate(sentence);
}

}  // namespace extrait::summary
