#include "facts/roles.hpp"

#include <algorithm>
#include <string_view>

namespace extrait::facts {

namespace {

// How many common words may stand between a preposition and the organization it introduces
// ("à l'américain Collins", "auprès du groupe japonais Kaito").
constexpr int kSkippableWords = 2;

// The role that makes a pair with `role` in one fact: who pays and who receives, who buys and what.
std::string_view counterpart(std::string_view role) {
  if (role == "payer") return "recipient";
  if (role == "recipient") return "payer";
  if (role == "buyer") return "target";
  if (role == "target") return "buyer";
  return "";
}

}  // namespace

std::size_t noun_phrase_start(const FactLexicon& lexicon, const std::vector<Word>& words, std::size_t at) {
  std::size_t p = at;
  int skipped = 0;
  while (p > 0) {
    const Word& w = words[p - 1];
    if (w.kind != segment::TokenKind::word || w.entity >= 0) break;
    if (w.form == "le" || w.form == "un" || w.form == "une") {
      --p;
      continue;
    }
    if (lexicon.function_words.contains(w.form) || skipped == kSkippableWords) break;
    ++skipped;
    --p;
  }
  return p;
}

RoleFound role_at(const FactLexicon& lexicon, const std::vector<Word>& words, const std::string& kind,
                  std::size_t at, std::size_t anchor, std::size_t anchor_end) {
  const auto cue = lexicon.role_cues.longest_ending_at(words, noun_phrase_start(lexicon, words, at));
  // A skipped word may have been the verb: "rachète Rebond" has no preposition, Rebond is the
  // object; but only a preposition right before the name's noun phrase counts as its cue.
  const bool before = at < anchor;
  for (const RoleRule& rule : lexicon.roles) {
    if (rule.kind != "*" && rule.kind != kind) continue;
    bool holds = false;
    switch (rule.cue) {
      case RoleRule::Cue::preposition: holds = cue && cue->payload == rule.preposition; break;
      case RoleRule::Cue::subject: holds = !cue && before; break;
      case RoleRule::Cue::object: holds = !cue && !before; break;
    }
    if (holds && !rule.verbs.empty()) {
      holds = false;
      const std::size_t to = at < anchor ? anchor_end : at;
      for (std::size_t i = std::min(at, anchor); i < to && i < words.size() && !holds; ++i) {
        for (const std::string& stem : rule.verbs) {
          if (words[i].form.compare(0, stem.size(), stem) == 0) holds = true;
        }
      }
    }
    if (holds) return {rule.role, rule.cue != RoleRule::Cue::preposition};
  }
  return {};
}

void settle_roles(std::vector<FactOrganization>& orgs, const std::vector<bool>& by_place,
                  const std::vector<std::size_t>& places, std::size_t anchor) {
  const auto distance = [&](std::size_t i) { return places[i] < anchor ? anchor - places[i] : places[i] - anchor; };
  const auto taken = [&](std::string_view role, std::size_t except) {
    for (std::size_t j = 0; j < orgs.size(); ++j) {
      if (j != except && orgs[j].role == role) return true;
    }
    return false;
  };
  for (std::size_t i = 0; i < orgs.size(); ++i) {
    if (!by_place[i] || orgs[i].role.empty() || orgs[i].role == "subject") continue;
    for (std::size_t j = 0; j < orgs.size(); ++j) {
      if (j == i || orgs[j].role != orgs[i].role) continue;
      if (!by_place[j] || distance(j) < distance(i)) {
        const std::string_view other = counterpart(orgs[i].role);
        orgs[i].role = !other.empty() && !taken(other, i) ? std::string(other) : std::string();
        break;
      }
    }
  }
}

}  // namespace extrait::facts
