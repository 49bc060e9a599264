// tests/support/text_test_support.hpp: what the suites of the text stage share (test_text_utf8,
// test_text_normalization, test_text_offsets): a code point written in UTF-8, a string
// normalized, a UTF-8 check, and bytes shown readably in a failure message.
#pragma once

#include <string>
#include <string_view>

namespace extrait::testing {

// `cp` in UTF-8, as text::append_utf8 writes it (U+FFFD for a value without a UTF-8 form).
std::string encode(char32_t cp);

// `input` normalized: the text of a text::Document built from it.
std::string normalize(std::string_view input);

// Whether `s` is well-formed UTF-8 (text::find_invalid_utf8 finds nothing).
bool is_valid(std::string_view s);

// `s` with every byte outside printable ASCII written as \xNN.
std::string describe(std::string_view s);

}  // namespace extrait::testing
