#include "pipeline/reference_date.hpp"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace extrait::pipeline {

namespace {

bool digits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

}  // namespace

Result<std::string> resolve_reference_date(std::string_view requested) {
  using namespace std::chrono;
  if (requested.empty()) {
    const std::time_t now = system_clock::to_time_t(system_clock::now());
    std::tm local{};
    localtime_r(&now, &local);
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
    return std::string(buf);
  }
  const Error bad{ErrorCode::bad_option,
                  "the reference date must be a calendar day written YYYY-MM-DD, not \"" +
                      std::string(requested) + "\"",
                  {}};
  if (requested.size() != 10 || requested[4] != '-' || requested[7] != '-' ||
      !digits(requested.substr(0, 4)) || !digits(requested.substr(5, 2)) || !digits(requested.substr(8, 2))) {
    return bad;
  }
  const year_month_day day{year{std::stoi(std::string(requested.substr(0, 4)))},
                           month{static_cast<unsigned>(std::stoi(std::string(requested.substr(5, 2))))},
                           std::chrono::day{static_cast<unsigned>(std::stoi(std::string(requested.substr(8, 2))))}};
  if (!day.ok()) return bad;
  return std::string(requested);
}

}  // namespace extrait::pipeline
