// extrait/error.hpp: errors as values at the library boundary.
//
// Nothing in extrait throws or aborts on user input: functions that can fail on it return a
// Result, which holds either the value or an Error saying what went wrong and where.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace extrait {

enum class ErrorCode {
  invalid_utf8,    // the input is not UTF-8; byte_offset is the first bad byte
  too_large,       // the input is longer than Options::max_bytes
  binary_input,    // the input holds NUL bytes: not text
  bad_lexicon,     // a lexicon file could not be read or has a malformed line
  bad_option,      // an option has a value extrait cannot use
};

struct Error {
  ErrorCode code = ErrorCode::invalid_utf8;
  std::string message;                     // for people, in English, without the file name
  std::optional<std::size_t> byte_offset;  // where in the input, when it is about a place
};

template <typename T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}
  Result(Error error) : data_(std::move(error)) {}

  bool ok() const { return data_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(data_); }
  const T& value() const& { return std::get<0>(data_); }
  T&& value() && { return std::get<0>(std::move(data_)); }
  const Error& error() const { return std::get<1>(data_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Error> data_;
};

}  // namespace extrait
