#include "facts/references.hpp"

#include <algorithm>

namespace extrait::facts {

namespace {

// How often a company must be named to be the article's company.
constexpr int kMainMentions = 2;
// How close after an anaphor a name must stand to be the anaphor's own name ("le groupe japonais
// Ranshiro Electronics").
constexpr std::size_t kOwnNameWords = 3;

bool is_institution(const FactLexicon& lexicon, const std::string& name) {
  std::vector<std::string> words;
  for (std::size_t i = 0; i < name.size();) {
    std::size_t end = name.find_first_of(" '", i);
    if (end == std::string::npos) end = name.size();
    if (end > i) words.push_back(fold_word(lower_case(std::string_view(name).substr(i, end - i))));
    i = end + 1;
  }
  for (const auto& prefix : lexicon.institutions) {
    if (prefix.size() <= words.size() && std::equal(prefix.begin(), prefix.end(), words.begin())) return true;
  }
  return false;
}

// "le groupe japonais": the anaphor and the common word after it, if there is one.
std::optional<std::string> description_at(const FactLexicon& lexicon, const std::vector<Word>& words, std::size_t at,
                                          std::size_t length) {
  const std::size_t next = at + length;
  if (next >= words.size() || words[next].kind != segment::TokenKind::word || words[next].entity >= 0 ||
      lexicon.function_words.contains(words[next].form)) {
    return std::nullopt;
  }
  std::string key;
  for (std::size_t k = at; k <= next; ++k) key += (key.empty() ? "" : " ") + words[k].form;
  return key;
}

}  // namespace

std::optional<std::size_t> main_organization(const FactLexicon& lexicon, const std::vector<Entity>& entities) {
  // Mentions count; the company an article names first is usually its subject, and so is one
  // named in its first sentences.
  struct Score {
    int mentions = 0;
    int weight = 0;
    std::size_t first = 0;
    bool institution = false;
  };
  std::map<std::string, Score> scores;
  bool first_company = true;
  for (std::size_t i = 0; i < entities.size(); ++i) {
    const Entity& e = entities[i];
    if (e.type != EntityType::organization) continue;
    auto [it, fresh] = scores.try_emplace(e.name, Score{0, 0, i, false});
    if (fresh) it->second.institution = is_institution(lexicon, e.name);
    if (it->second.institution) continue;
    ++it->second.mentions;
    it->second.weight += e.sentence < 2 ? 2 : 1;
    if (first_company) it->second.weight += 2;
    first_company = false;
  }
  std::optional<std::size_t> best;
  int best_weight = 0;
  for (const auto& [name, score] : scores) {
    if (score.institution || score.mentions < kMainMentions) continue;  // named once: no subject of the article
    if (score.weight > best_weight || (score.weight == best_weight && best && score.first < *best)) {
      best_weight = score.weight;
      best = score.first;
    }
  }
  return best;
}

void learn_descriptions(const FactLexicon& lexicon, const std::vector<Word>& words,
                        const std::vector<Entity>& entities, Descriptions& descriptions) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i].kind != segment::TokenKind::word || words[i].entity >= 0) continue;
    const auto m = lexicon.references.longest_at(words, i);
    if (!m) continue;
    if (static_cast<Reference>(m->payload) == Reference::anaphor) {
      if (const auto key = description_at(lexicon, words, i, m->length)) {
        for (std::size_t k = i + m->length + 1; k < words.size() && k < i + m->length + 1 + kOwnNameWords; ++k) {
          if (is_organization(entities, words[k].entity)) {
            descriptions.try_emplace(*key, static_cast<std::size_t>(words[k].entity));
            break;
          }
        }
      }
    }
    i += m->length - 1;
  }
}

CompanyReferences company_references(const FactLexicon& lexicon, const std::vector<Word>& words,
                                     const std::vector<Entity>& entities) {
  CompanyReferences out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i].kind != segment::TokenKind::word || words[i].entity >= 0) continue;
    const auto m = lexicon.references.longest_at(words, i);
    if (!m) continue;
    switch (static_cast<Reference>(m->payload)) {
      case Reference::anaphor: {
        bool own_name = false;
        for (std::size_t k = i + m->length; k < words.size() && k < i + m->length + kOwnNameWords; ++k) {
          own_name = own_name || is_organization(entities, words[k].entity);
        }
        if (!own_name && !out.named) {
          out.named = i;
          out.description = description_at(lexicon, words, i, m->length);
        }
        break;
      }
      case Reference::pronoun: {
        // a subject pronoun heads its clause: after a comma, "et", "mais", "que" or at the start
        const bool heads = i == 0 || words[i - 1].kind == segment::TokenKind::punct || words[i - 1].form == "et" ||
                           words[i - 1].form == "mais" || words[i - 1].form == "que" || words[i - 1].form == "qu'";
        if (heads && !out.named) out.named = i;
        break;
      }
      case Reference::possessive:
        if (!out.possessive) out.possessive = i;
        break;
      case Reference::aside: break;
    }
    i += m->length - 1;
  }
  return out;
}

void describe(CompanyReferences& references, const Descriptions& descriptions) {
  if (!references.description) return;
  if (auto it = descriptions.find(*references.description); it != descriptions.end()) {
    references.described = it->second;
  }
}

}  // namespace extrait::facts
