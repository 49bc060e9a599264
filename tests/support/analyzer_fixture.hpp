// tests/support/analyzer_fixture.hpp: one Analyzer for a whole test program, and the compact
// text form the corpus files use for amounts ("10 milliards de dollars|10000000000|USD|at_least").
#pragma once

#include <string>
#include <vector>

#include "extrait/extrait.hpp"

namespace extrait::testing {

// The analyzer with the built-in lexicons, built on first use.
const Analyzer& shared_analyzer();

// Analyses `text` for the given types with reference date 2025-11-28; fails the test on error.
Report analyze_types(const std::string& text, const std::vector<EntityType>& types,
                     const std::string& reference_date = "2025-11-28");

// The money, percent and number entities of a report as "text|value|currency|qualifier" joined
// by " ; " (value "min..max" for ranges; currency and "exact" left out where empty), or "-".
std::string describe_amounts(const Report& report);

// The entities of one type (organizations, people) as "text|name ; text|name", or "-".
std::string describe_names(const Report& report, EntityType type);

// An expected names column with "text" alone spelled out as "text|text" (a name equal to its text).
std::string expand_names(const std::string& expected);

}  // namespace extrait::testing
