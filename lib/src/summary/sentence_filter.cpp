#include "summary/sentence_filter.hpp"

#include <algorithm>

#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::summary {

namespace {

// Writes into `out` (cleared first) the lower case of `s`, as far as `bytes` bytes reach.
void lower_prefix(std::string_view s, std::size_t bytes, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < s.size() && out.size() < bytes;) {
    // ASCII, most of every sentence, without decoding.
    if (const auto b = static_cast<unsigned char>(s[i]); b < 0x80) {
      out.push_back(static_cast<char>(text::to_lower(b)));
      ++i;
      continue;
    }
    const auto [c, len] = text::decode(s, i);
    text::append_utf8(out, text::to_lower(c));
    i += len;
  }
}

// Writes into `out` `s` with its ASCII letters in lower case and every other byte as it is:
// enough to find the phrases that may stand anywhere (mostly ASCII: "http://", "getty images",
// "©") without decoding the whole sentence.
void ascii_lower(std::string_view s, std::string& out) {
  out.assign(s);
  // Without a branch, so that the compiler does many bytes at once: a capital gets its 0x20 bit.
  for (char& c : out) c = static_cast<char>(c | (static_cast<unsigned char>(c - 'A') < 26 ? 0x20 : 0));
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
  for (const std::string& p : starts_) {
    // (phrases are never empty; most differ from the sentence at their first byte)
    if (!start.empty() && start[0] == p[0] && start.compare(0, p.size(), p) == 0) return true;
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
