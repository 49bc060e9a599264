#include "pipeline/summary.hpp"

#include <string>

namespace extrait::pipeline {

namespace {

std::size_t word_count(std::string_view s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\n';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// A sentence of prose ends with its punctuation and is not page furniture.
bool is_prose(std::string_view s) {
  if (s.empty() || word_count(s) < 6) return false;
  if (starts_with(s, "Lire aussi") || starts_with(s, "Photo") || starts_with(s, "Crédit") ||
      starts_with(s, "LIRE AUSSI")) {
    return false;
  }
  const char last = s.back();
  return last == '.' || last == '!' || last == '?' || last == '"' || last == ')' ||
         s.ends_with("»") || s.ends_with("…");
}

}  // namespace

Summary summarize(const text::Document& doc, const segment::Segmentation& segmentation,
                  const Report& report, const Options& options) {
  (void)report;
  Summary summary;
  std::size_t words = 0;
  for (std::size_t i = 0; i < segmentation.sentences.size(); ++i) {
    const auto& s = segmentation.sentences[i];
    const std::string_view normalized = std::string_view(doc.text()).substr(s.begin, s.end - s.begin);
    if (!is_prose(normalized)) continue;
    if (options.summary_words != 0 && words > 0 && words + word_count(normalized) > options.summary_words) break;
    summary.sentences.push_back(i);
    if (!summary.text.empty()) summary.text += ' ';
    summary.text += doc.original_text(s.begin, s.end);
    words += word_count(normalized);
    if (options.summary_words == 0 && summary.sentences.size() >= options.summary_sentences) break;
  }
  return summary;
}

}  // namespace extrait::pipeline
