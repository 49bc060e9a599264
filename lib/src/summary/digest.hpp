// summary/digest.hpp: what the reports for people show, in French, computed once for the text
// and the Markdown writers (report/text_writer.cpp, report/markdown_writer.cpp).
//
// A digest holds a headline (the article's first line when it is a title, else its first
// sentence, shortened), the summary, one key figure per fact (amount, what, who, when, whether it
// is confirmed; a figure the article repeats, same value and kind, shown once), then the
// organizations and people named, each with how often. Amounts follow French conventions:
// "10 000 000 000 USD", "8,53".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extrait/report.hpp"

namespace extrait::summary {

struct KeyFigure {
  std::string amount;       // as written, with its qualifier: "au moins 10 milliards de dollars"
  std::string value;        // normalized: "10 000 000 000 USD"; empty when it says nothing more
  std::string conversions;  // the amounts that convert it: "environ 8,53 milliards d'euros"
  std::string what;         // the kind in French: "investissement"
  std::string who;          // "Amazon (payeur), OpenAI (bénéficiaire)"
  std::string when;         // "octobre (2025-10)"
  bool unconfirmed = false;  // certainty "reported"
  std::size_t sentence = 0;
};

struct NameCount {
  std::string name;
  std::size_t count = 0;
};

struct Digest {
  std::string headline;
  std::string summary;
  std::vector<KeyFigure> figures;
  std::vector<NameCount> organizations;  // most named first
  std::vector<NameCount> people;
};

// `input`: the text the report was made from, exactly as analysed (its spans index it); empty
// when it is not at hand, and then the headline comes from the summary.
Digest make_digest(const Report& report, std::string_view input);

// A number in French: spaces between thousands, a decimal comma.
std::string french_number(const Decimal& d);
// An entity's value for people: "au moins 10 000 000 000 USD", "4,5 %", "2025-10 (mid)"; the bare
// form leaves the qualifier out.
std::string value_text(const Entity& e);
std::string bare_value_text(const Entity& e);

// A first sentence used as a headline is cut after this many words, with "…"; a title only past
// kTitleWords (a line that long is no title anyway).
inline constexpr std::size_t kHeadlineWords = 20;
inline constexpr std::size_t kTitleWords = 30;

}  // namespace extrait::summary
