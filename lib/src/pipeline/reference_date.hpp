// pipeline/reference_date.hpp: the day relative expressions resolve against.
#pragma once

#include <string>
#include <string_view>

#include "extrait/error.hpp"

namespace extrait::pipeline {

// "YYYY-MM-DD" checked against the calendar (2025-02-30 is refused); empty gives today's date
// in the machine's local time zone.
Result<std::string> resolve_reference_date(std::string_view requested);

}  // namespace extrait::pipeline
