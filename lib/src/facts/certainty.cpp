#include "facts/certainty.hpp"

#include <algorithm>
#include <string_view>

namespace extrait::facts {

namespace {

// How many words after "selon" the source may run before the sentence goes on ("selon une note
// de l'analyste X, de la banque Y" ends at the comma; a missing comma ends it here).
constexpr std::size_t kSourceWords = 8;

bool has_ending(const std::string& word, const std::vector<std::string>& endings) {
  for (const std::string& e : endings) {
    // The ending must leave a stem: "rait" alone is no verb.
    if (word.size() > e.size() + 1 && word.compare(word.size() - e.size(), e.size(), e) == 0) return true;
  }
  return false;
}

std::optional<CertaintyCue> cue_at(const FactLexicon& lexicon, const std::vector<Word>& words, std::size_t i,
                                   std::size_t& length) {
  const auto m = lexicon.certainty.longest_at(words, i);
  if (!m) return std::nullopt;
  length = m->length;
  return static_cast<CertaintyCue>(m->payload);
}

// Reads the source that starts at word `at` (after "selon"): on record or not.
void read_source(const FactLexicon& lexicon, const std::vector<Word>& words, const std::vector<Entity>& entities,
                 const std::string& main_organization, std::size_t at, SentenceCertainty& out) {
  bool on_record = false;
  std::size_t length = 0;
  if (at < words.size() && cue_at(lexicon, words, at, length) == CertaintyCue::on_record) on_record = true;
  for (std::size_t i = at; i < words.size() && i < at + kSourceWords; ++i) {
    const Word& w = words[i];
    if (w.kind == segment::TokenKind::punct && w.form != "." && w.form != "'") break;
    if (w.entity < 0) continue;
    const Entity& e = entities[static_cast<std::size_t>(w.entity)];
    if (e.type == EntityType::person && i < at + 3) on_record = true;
    if (e.type == EntityType::organization && e.name == main_organization && i < at + 3) on_record = true;
  }
  out.sources.push_back(at);
  if (on_record) out.on_record_source = true;
  else out.anonymous_source = true;
}

}  // namespace

SentenceCertainty read_certainty(const FactLexicon& lexicon, const std::vector<Word>& words,
                                 const std::vector<Entity>& entities, const std::string& main_organization) {
  SentenceCertainty out;
  out.in_quote.assign(words.size(), false);
  bool quoted = false;
  bool straight_open = false;
  bool said_that = false;  // a past participle of saying, then "que"
  bool after_speech_verb = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const Word& w = words[i];
    const std::string_view form = w.form;  // compared as a view: the compiler inlines the comparisons
    if (form == "«") quoted = true;
    if (form == "\"") {
      straight_open = !straight_open;
      quoted = straight_open;
    }
    out.in_quote[i] = quoted;
    if (form == "»") quoted = false;
    if (w.kind != segment::TokenKind::word) continue;
    if ((form == "que" || form == "qu'") && after_speech_verb) said_that = true;

    std::size_t length = 1;
    const auto cue = cue_at(lexicon, words, i, length);
    if (cue == CertaintyCue::speech_verb) {
      after_speech_verb = true;
      continue;
    }
    if (cue == CertaintyCue::reported) {
      out.unconfirmed_phrase = true;
      // "a rapporté Les Informations": the medium is the source, not a party
      read_source(lexicon, words, entities, main_organization, i + length, out);
      out.anonymous_source = true;
      i += length - 1;
      continue;
    }
    if (cue == CertaintyCue::attribution) {
      read_source(lexicon, words, entities, main_organization, i + length, out);
      i += length - 1;
      continue;
    }
    if (cue == CertaintyCue::modal) {
      if (!out.in_quote[i]) out.modal = true;
      continue;
    }
    if (cue == CertaintyCue::conditional ||
        (!cue && has_ending(w.form, lexicon.conditional_endings))) {
      // "a averti que la dette atteindrait": the future seen from the past, not a rumour
      if (!said_that && !out.in_quote[i]) out.conditional = true;
    }
  }
  return out;
}

std::string certainty_of(const SentenceCertainty& s, std::size_t first) {
  if (s.unconfirmed_phrase || s.anonymous_source) return "reported";
  if (first < s.in_quote.size() && s.in_quote[first]) return "stated";
  if (s.conditional) return "reported";
  if (s.modal && !s.on_record_source) return "reported";
  return "stated";
}

}  // namespace extrait::facts
