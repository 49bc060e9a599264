#include "facts/fact_lexicon.hpp"

#include <algorithm>
#include <map>

namespace extrait::facts {

namespace {

const std::map<std::string, CertaintyCue, std::less<>>& certainty_classes() {
  static const std::map<std::string, CertaintyCue, std::less<>> classes = {
      {"conditional", CertaintyCue::conditional}, {"not_conditional", CertaintyCue::not_conditional},
      {"modal", CertaintyCue::modal},             {"forecast", CertaintyCue::forecast},
      {"reported", CertaintyCue::reported},       {"attribution", CertaintyCue::attribution},
      {"on_record", CertaintyCue::on_record},     {"speech_verb", CertaintyCue::speech_verb}};
  return classes;
}

const std::map<std::string, Reference, std::less<>>& reference_classes() {
  static const std::map<std::string, Reference, std::less<>> classes = {
      {"anaphor", Reference::anaphor}, {"possessive", Reference::possessive},
      {"pronoun", Reference::pronoun}, {"aside", Reference::aside}};
  return classes;
}

bool is_role(std::string_view role) {
  static const std::vector<std::string_view> roles = {"payer", "recipient", "buyer", "target",
                                                      "seller", "fined", "subject", "-"};
  return std::find(roles.begin(), roles.end(), role) != roles.end();
}

}  // namespace

const std::vector<std::string>& FactLexicon::kinds() {
  static const std::vector<std::string> all = {
      "investment", "fundraising", "acquisition", "contract", "revenue", "profit",
      "loss",       "debt",        "cash",        "dividend", "valuation", "fine",
      "budget",     "cost",        "price",       "salary",   "tax",       "other"};
  return all;
}

FactLexicon::FactLexicon(const lexicon::LexiconSet& lexicons) {
  std::unordered_set<std::string> elisions;
  for (std::string& e : lexicons.first_fields("elisions.txt")) elisions.insert(lower_case(e));
  auto words = [&](const std::string& phrase) { return split_phrase(phrase, elisions); };
  auto problem = [&](const lexicon::Row& row, const std::string& what) {
    problems_.push_back(row.source + ": " + what);
  };

  for (const lexicon::Row& row : lexicons.rows("triggers.tsv")) {
    if (row.fields.size() != 2) {
      problem(row, "needs 2 fields: form, kind");
      continue;
    }
    const std::string& kind = row.fields[1];
    if (kind != "-" && std::find(kinds().begin(), kinds().end(), kind) == kinds().end()) {
      problem(row, "unknown kind \"" + kind + "\"");
      continue;
    }
    triggers.add(words(row.fields[0]), static_cast<std::uint32_t>(trigger_kinds.size()));
    trigger_kinds.push_back(kind == "-" ? "" : kind);
  }

  for (const lexicon::Row& row : lexicons.rows("certainty.tsv")) {
    if (row.fields.size() != 2) {
      problem(row, "needs 2 fields: form, class");
      continue;
    }
    if (row.fields[1] == "ending") {
      conditional_endings.push_back(lower_case(row.fields[0]));
      continue;
    }
    const auto it = certainty_classes().find(row.fields[1]);
    if (it == certainty_classes().end()) {
      problem(row, "unknown class \"" + row.fields[1] + "\"");
      continue;
    }
    certainty.add(words(row.fields[0]), static_cast<std::uint32_t>(it->second));
  }

  for (const lexicon::Row& row : lexicons.rows("fact_references.tsv")) {
    if (row.fields.size() != 2) {
      problem(row, "needs 2 fields: form, class");
      continue;
    }
    if (row.fields[1] == "institution") {
      institutions.push_back(words(row.fields[0]));
      continue;
    }
    const auto it = reference_classes().find(row.fields[1]);
    if (it == reference_classes().end()) {
      problem(row, "unknown class \"" + row.fields[1] + "\"");
      continue;
    }
    references.add(words(row.fields[0]), static_cast<std::uint32_t>(it->second));
  }

  std::vector<std::vector<std::string>> cues;
  for (const lexicon::Row& row : lexicons.rows("roles.tsv")) {
    if (row.fields.size() != 3 && row.fields.size() != 4) {
      problem(row, "needs 3 or 4 fields: kind, cue, role, verbs");
      continue;
    }
    RoleRule rule;
    rule.kind = row.fields[0];
    if (rule.kind != "*" && std::find(kinds().begin(), kinds().end(), rule.kind) == kinds().end()) {
      problem(row, "unknown kind \"" + rule.kind + "\"");
      continue;
    }
    if (!is_role(row.fields[2])) {
      problem(row, "unknown role \"" + row.fields[2] + "\"");
      continue;
    }
    rule.role = row.fields[2] == "-" ? "" : row.fields[2];
    if (row.fields.size() == 4) {
      std::string_view list = row.fields[3];
      while (!list.empty()) {
        const std::size_t bar = std::min(list.find('|'), list.size());
        std::string stem = lower_case(list.substr(0, bar));
        if (!stem.empty() && stem.back() == '*') stem.pop_back();
        if (!stem.empty()) rule.verbs.push_back(std::move(stem));
        list.remove_prefix(std::min(bar + 1, list.size()));
      }
    }
    if (row.fields[1] == "subject") {
      rule.cue = RoleRule::Cue::subject;
    } else if (row.fields[1] == "object") {
      rule.cue = RoleRule::Cue::object;
    } else {
      rule.cue = RoleRule::Cue::preposition;
      std::vector<std::string> cue = words(row.fields[1]);
      auto at = std::find(cues.begin(), cues.end(), cue);
      rule.preposition = static_cast<std::uint32_t>(at - cues.begin());
      if (at == cues.end()) {
        role_cues.add(cue, rule.preposition);
        cues.push_back(std::move(cue));
      }
    }
    roles.push_back(std::move(rule));
  }

  for (const std::string& w : lexicons.first_fields("function_words.txt")) {
    for (std::string& part : words(w)) function_words.insert(std::move(part));
  }
}

}  // namespace extrait::facts
