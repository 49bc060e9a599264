// extract/money/amount_links.hpp: how two numbers next to each other relate.
//
// "entre 3 et 5 millions d'euros", "de 3 à 5 millions", "3-5 millions" are ranges; "2, 3 et 4
// millions d'euros" and "2 ou 3 millions" are lists of amounts that share the scale and currency
// written once, at the end. Shared by every dimension that meets such pairs.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "extrait/decimal.hpp"
#include "numbers/quantity.hpp"

namespace extrait::extract {

enum class Link { none, list, range };

// The link between the text that ends at byte `a` and the text that starts at byte `b`; `first`
// is where the first member starts, to see an "entre" before it.
Link link_between(std::string_view text, std::size_t first, std::size_t a, std::size_t b);

// Whether the text between bytes a and b is exactly `what`.
bool text_is(std::string_view text, std::size_t a, std::size_t b, std::string_view what);

// The value of `p` in a list or range closed by `q`: "entre 3 et 5 millions" scales the 3, but
// "entre 500 000 et 1 million" does not scale the 500 000.
Decimal value_under(const numbers::Quantity& p, const numbers::Quantity& q);

}  // namespace extrait::extract
