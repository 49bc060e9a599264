#include "extract/organization/org_cues.hpp"

#include "extract/organization/fold.hpp"
#include "extract/organization/words.hpp"

namespace extrait::extract::names {

namespace {

void mark(std::vector<bool>& flags, std::uint32_t group, bool value) {
  if (group >= flags.size()) flags.resize(group + 1, false);
  if (value) flags[group] = true;
}

}  // namespace

OrgCues::OrgCues(const lexicon::LexiconSet& lexicons) {
  for (const lexicon::Row& row : lexicons.rows("org_cues.tsv")) {
    if (row.fields.size() < 2) continue;
    const std::string& kind = row.fields[1];
    const std::string option = row.fields.size() > 2 ? row.fields[2] : std::string();
    lexicon::for_each_variant(row.fields[0], [&](std::string_view v) {
      if (kind == "head") mark(strong_, heads.add(v), option == "strong");
      else if (kind == "nationality") mark(nationality_, adjectives.add(v), true);
      else if (kind == "adjective") mark(nationality_, adjectives.add(v), false);
      else if (kind == "suffix") suffixes.add(v);
      else if (kind == "prefix") prefixes.add(v);
      else if (kind == "institution") institutions.add(v);
      else if (kind == "court") courts.add(v);
      else if (kind == "ministry") ministries.add(v);
      else if (kind == "subsidiary") subsidiaries.add(v);
      else if (kind == "unit") units.add(v);
      else if (kind == "stop") stops.add(v);
      else if (kind == "place_before") place_before.add(v);
      else if (kind == "company_before") company_before.add(v);
      else if (kind == "predicate") predicates.add(v);
      else if (kind == "ending") endings_.emplace_back(v.front() == '-' ? v.substr(1) : v);
    });
  }
  for (const lexicon::Row& row : lexicons.rows("legal_forms.txt")) {
    if (!row.fields[0].empty()) {
      legal_forms_by_first_[static_cast<unsigned char>(row.fields[0].front())].push_back(
          static_cast<std::uint32_t>(legal_forms.size()));
    }
    legal_forms.push_back(row.fields[0]);
    std::string key;
    append_word_key(key, row.fields[0]);
    legal_keys_.push_back(std::move(key));
  }
  for (PhraseList* list : {&heads, &adjectives, &suffixes, &prefixes, &institutions, &courts, &ministries, &subsidiaries,
                           &units, &stops, &place_before, &company_before, &predicates}) {
    list->compile();
  }
}

void OrgCues::screen(WordClasses& classes) {
  for (PhraseList* list : {&heads, &adjectives, &suffixes, &prefixes, &institutions, &courts, &ministries, &subsidiaries,
                           &units, &stops, &place_before, &company_before, &predicates}) {
    classes.add(*list);
  }
  legal_bit_ = classes.add_words(legal_keys_);
}

bool OrgCues::adjective_ending(std::string_view w) const {
  // Endings are compared as written, accents included: "-é" is not "-e". The word is a
  // lower-case word of the text, so no case folding is needed.
  for (const std::string& e : endings_) {
    if (w.size() > e.size() + 2 && w.compare(w.size() - e.size(), e.size(), e) == 0) return true;
  }
  return false;
}

}  // namespace extrait::extract::names
