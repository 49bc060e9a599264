// report/json_out.hpp: JSON written straight into a string, byte for byte as nlohmann::json's
// dump(indent, ' ', ensure_ascii = false, error_handler_t::replace) writes the same values.
//
// The report used to be built as an nlohmann::ordered_json tree and then dumped: a node, a map and
// a string copy for every field of every entity, the larger part of the cost of writing it. The
// writers now stream each value where it goes; the JSON contract (field order, separators, two
// spaces of indentation, numbers, escapes) is unchanged, since this writes what dump() did.
//
// Writing is a matter of a few bytes at a time, a key or a number: std::string's append() and
// push_back() would check the capacity and call into the library for each. JsonOut rather writes
// by pointer into a buffer kept larger than the text, its room checked once per token.
#pragma once

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace extrait::report {

// A JSON document written value by value: objects and arrays are opened and closed, an object's
// values are each preceded by key(). With `pretty`, members go one a line, indented by two spaces
// a level, with ": " after a key; without it, nothing separates the tokens but ',' and ':'.
// Outside any object or array, a value is written alone.
class JsonOut {
 public:
  // Writes into `buffer` from its start, over what it held. The buffer is the JsonOut's while it
  // lives and keeps its size as spare room afterwards: reused for the next document, it is neither
  // allocated nor cleared again.
  JsonOut(std::string& buffer, bool pretty) : out_(buffer), pretty_(pretty) {}
  JsonOut(const JsonOut&) = delete;
  JsonOut& operator=(const JsonOut&) = delete;

  // What was written, in the buffer.
  std::string_view text() const { return {out_.data(), used_}; }
  // Ends the document with a new line, as JSON Lines and text files want.
  void end_line() { put('\n'); }

  void open_object() { open('{'); }
  void close_object() { close('}'); }
  void open_array() { open('['); }
  void close_array() { close(']'); }
  // The name of the next value: one of the contract's field names, a literal of plain ASCII
  // written as is, its quotes and colon with it.
  template <std::size_t N>
  void key(const char (&name)[N]) {
    constexpr std::size_t length = N - 1;
    before_value();
    char* p = room(length + 4);
    p[0] = '"';
    std::memcpy(p + 1, name, length);
    p[length + 1] = '"';
    p[length + 2] = ':';
    p[length + 3] = ' ';  // kept only when pretty
    used_ += length + (pretty_ ? 4 : 3);
    after_key_ = true;
  }

  // A JSON string, quotes included: '"', '\\' and the control characters escaped ("\n",
  // "\u001f"), everything else as it is (UTF-8 stays UTF-8). Should `s` not be valid UTF-8, each
  // ill-formed sequence becomes U+FFFD, as nlohmann's replace handler makes it.
  void value(std::string_view s) {
    before_value();
    write_string(s);
  }
  void value(std::uint64_t n) {
    before_value();
    write_integer(n);
  }
  void value(std::int64_t n) {
    before_value();
    write_integer(n);
  }
  // A double as nlohmann::json writes it: the shortest text that reads back the same (Grisu2),
  // "1e+20" past 10^15, "null" for what is not finite.
  void value(double x);

 private:
  void open(char bracket) {
    before_value();
    put(bracket);
    ++depth_;
    empty_ = true;
  }
  void close(char bracket) {
    const bool had_members = !empty_;
    --depth_;
    empty_ = false;  // the enclosing object or array holds at least what closes here
    // An empty object or array is "{}" or "[]" even pretty; otherwise the bracket goes on a line
    // of its own, at the indentation of what it closes.
    if (had_members && pretty_) new_line();
    put(bracket);
  }
  // The separator before a value: nothing after a key, else ',' after a sibling and, pretty, a
  // new line and the indentation.
  void before_value() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (depth_ == 0) return;  // the document itself
    if (!empty_) put(',');
    empty_ = false;
    if (pretty_) new_line();
  }
  template <typename Integer>
  void write_integer(Integer n) {
    char* p = room(24);  // 20 digits and a sign at most
    used_ = static_cast<std::size_t>(std::to_chars(p, p + 24, n).ptr - out_.data());
  }
  void write_string(std::string_view s);
  void new_line();

  // Where the next `n` bytes go: the end of the text, with room for them.
  char* room(std::size_t n) {
    if (out_.size() - used_ < n) grow(n);
    return out_.data() + used_;
  }
  void grow(std::size_t n);
  void put(char c) {
    *room(1) = c;
    ++used_;
  }
  void put(const char* bytes, std::size_t n) {
    std::memcpy(room(n), bytes, n);
    used_ += n;
  }

  std::string& out_;
  std::size_t used_ = 0;  // the bytes of `out_` written; those after it are spare room
  const bool pretty_;
  bool after_key_ = false;
  bool empty_ = true;       // whether the innermost open object or array holds no value yet
  std::size_t depth_ = 0;  // objects and arrays open
};

}  // namespace extrait::report
