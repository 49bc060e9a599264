#include "extract/date/context.hpp"

#include "text/chars.hpp"

namespace extrait::extract::date {

ContextWords::ContextWords(const lexicon::LexiconSet& lexicons) {
  for (const lexicon::Row& row : lexicons.rows("date_context.tsv")) {
    if (row.fields.size() < 5) continue;
    const std::string& role = row.fields[1];
    if (role == "follow" || role == "idiom") {
      (role == "follow" ? follow_ : idioms_).add(row.fields[0], true, 0);
      continue;
    }
    Entry e;
    if (role == "before") e.role = ContextRole::before;
    else if (role == "inside") e.role = ContextRole::inside;
    else if (role == "block") e.role = ContextRole::block;
    else if (role == "time") e.role = ContextRole::time;
    else continue;
    e.mod = row.fields[2] == "-" ? std::string() : row.fields[2];
    e.license = row.fields[3] == "strong" ? License::strong : row.fields[3] == "weak" ? License::weak : License::none;
    e.hint = row.fields[4] == "past" ? -1 : row.fields[4] == "future" ? 1 : 0;
    before_.add(row.fields[0], true, static_cast<std::uint32_t>(entries_.size()));
    entries_.push_back(std::move(e));
  }
}

std::optional<ContextHit> ContextWords::before(std::string_view text, std::size_t at) const {
  std::size_t end = at;
  while (end > 0 && text[end - 1] == ' ') --end;
  // A phrase is separated from the date by a space, unless it ends with an apostrophe ("l'an").
  if (end == at && !(end > 0 && text[end - 1] == '\'')) return std::nullopt;
  const auto starts_word = [&](const auto& p) { return text::word_starts_at(text, p.end); };
  const auto m = before_.first_match_ending_at(text, end, starts_word);
  if (!m) return std::nullopt;
  const Entry& e = entries_[m->payload];
  return ContextHit{m->end, e.role, e.mod, e.license, e.hint};
}

std::optional<ContextHit> ContextWords::before_day(std::string_view text, std::size_t at) const {
  if (auto hit = before(text, at)) return hit;
  std::size_t p = at;
  while (p > 0 && text[p - 1] == ' ') --p;
  const std::size_t article_end = p;
  while (p > 0 && text::word_char_before(text, p)) p = text::previous_code_point(text, p);
  const std::string_view article = text.substr(p, article_end - p);
  for (std::string_view a : {"le", "les", "du", "au", "Le", "Les", "Du", "Au"}) {
    if (article == a && p < at) return before(text, p);
  }
  return std::nullopt;
}

bool ContextWords::may_follow_year(std::string_view text, std::size_t at) const {
  return follow_
      .first_match_at(text, at,
                      [&](const auto& m) { return text::word_ends_at(text, m.end) || text[m.end - 1] == '\''; })
      .has_value();
}

bool ContextWords::idiom_at(std::string_view text, std::size_t at) const {
  const auto ends_word = [&](const auto& m) { return !text::word_char_at(text, m.end); };
  return idioms_.first_match_at(text, at, ends_word).has_value();
}

}  // namespace extrait::extract::date
