// extract/money/money_extractor.hpp: amounts of money.
//
// Finds "10 milliards de dollars", "8,53 milliards d'euros", "2,5 Md€", "US$ 20 millions",
// "USD1,23", "300 000 euros", "deux millions de livres", and the families around them:
//  - a currency shared by a list: "2, 3 et 4 millions d'euros" is three amounts;
//  - ranges: "entre 3 et 5 millions d'euros", "de 3 à 5 millions", "3-5 millions",
//    "entre 10 euros et 20 euros";
//  - sub-units: "15 dollars et 15 cents", "1 USD 23 cents", "15 dollars 50";
//  - an amount with a scale but no currency near one with a currency ("contre 2,3 milliards un
//    an plus tôt"), which takes that currency;
//  - qualifiers around the amount (lexicons/qualifiers.tsv), outside its span;
//  - a parenthesized conversion "(environ 8,53 milliards d'euros)", linked to the amount before.
#pragma once

#include <optional>
#include <unordered_set>
#include <vector>

#include "extract/common/qualifiers.hpp"
#include "extract/extractor.hpp"
#include "extract/money/currency_matcher.hpp"
#include "extract/resources.hpp"

namespace extrait::extract {

class MoneyExtractor final : public Extractor {
 public:
  explicit MoneyExtractor(const Resources& resources);
  EntityType type() const override { return EntityType::money; }
  void extract(const DocumentView& doc, std::vector<Mention>& out) const override;

  // An amount on its way: its mention, and whether the text wrote its currency.
  struct Pending {
    Mention mention;
    bool explicit_currency = true;
  };

 private:
  using Currencies = std::vector<std::optional<CurrencyMatch>>;
  // The currency each quantity writes itself, after it or before it.
  Currencies stated_currencies(std::string_view text, const std::vector<numbers::Quantity>& qs) const;
  // Amounts whose currency is written, with the lists and ranges that share it.
  std::vector<Pending> written_amounts(std::string_view text, const std::vector<numbers::Quantity>& qs,
                                       const Currencies& currency, std::vector<bool>& claimed) const;
  // "15 dollars et 15 cents": extends `m` over the sub-unit amount that follows quantity i.
  void absorb_subunit(std::string_view text, const std::vector<numbers::Quantity>& qs, std::size_t i,
                      const Currencies& currency, std::vector<bool>& claimed, Mention& m) const;
  // Amounts with a scale and no currency, which take the currency of an amount nearby.
  void implied_amounts(const DocumentView& doc, const std::vector<bool>& claimed,
                       std::vector<Pending>& found) const;

  CurrencyMatcher currencies_;
  Qualifiers qualifiers_;
  lexicon::PhraseTrie subunits_;  // "cents", "centimes", "pence"
};

}  // namespace extrait::extract
