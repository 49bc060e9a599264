// extract/money/money_extractor.hpp: amounts of money.
//
// Finds "10 milliards de dollars", "8,53 milliards d'euros", "2,5 Md€", "US$ 20 millions",
// "300 000 euros", "deux millions de livres", and the families around them:
//  - a currency shared by a list: "2, 3 et 4 millions d'euros" is three amounts;
//  - ranges: "entre 3 et 5 millions d'euros", "de 3 à 5 millions", "3-5 millions";
//  - an amount with a scale but no currency after one with a currency ("contre 2,3 milliards un
//    an plus tôt"), which takes that currency;
//  - qualifiers around the amount (lexicons/qualifiers.tsv), outside its span;
//  - a parenthesized conversion "(environ 8,53 milliards d'euros)", linked to the amount before.
#pragma once

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

 private:
  CurrencyMatcher currencies_;
  Qualifiers qualifiers_;
};

}  // namespace extrait::extract
