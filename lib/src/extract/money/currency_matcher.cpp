#include "extract/money/currency_matcher.hpp"

#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::extract {

CurrencyMatcher::CurrencyMatcher(const lexicon::LexiconSet& lexicons, const lexicon::GlueWords& glue)
    : glue_(glue) {
  for (const lexicon::Row& row : lexicons.rows("currencies.tsv")) {
    if (row.fields.size() < 4) continue;
    const std::string& form = row.fields[0];
    Currency currency{row.fields[1], Decimal(1), false};
    if (row.fields.size() >= 5) {
      if (auto factor = Decimal::parse(row.fields[4])) currency.factor = *factor;
    }
    currency.ends_in_word_char =
        text::word_char_before(form, form.size());
    const auto payload = static_cast<std::uint32_t>(currencies_.size());
    currencies_.push_back(std::move(currency));
    const bool fold = row.fields[3] == "fold";
    const std::string& position = row.fields[2];
    if (position == "after" || position == "both") after_.add(form, fold, payload);
    if (position == "before" || position == "both") before_.add(form, fold, payload);
  }
}

std::optional<CurrencyMatch> CurrencyMatcher::after(std::string_view text, std::size_t at) const {
  for (const auto& m : after_.matches_at(text, at)) {
    const Currency& c = currencies_[m.payload];
    // "dollars" must end a word, or be glued to a stripped link's next word ("dollarsen").
    if (c.ends_in_word_char && !text::word_ends_at(text, m.end) && !glue_.glued_at(text, m.end)) continue;
    return CurrencyMatch{at, m.end, c.code, c.factor};
  }
  return std::nullopt;
}

std::optional<CurrencyMatch> CurrencyMatcher::before(std::string_view text, std::size_t end) const {
  for (const auto& m : before_.matches_ending_at(text, end)) {
    // "US$ 20", "CHF 2,3": the form must start a word ("XCHF" is not francs).
    if (!text::word_starts_at(text, m.end)) continue;
    const Currency& c = currencies_[m.payload];
    return CurrencyMatch{m.end, end, c.code, c.factor};
  }
  return std::nullopt;
}

}  // namespace extrait::extract
