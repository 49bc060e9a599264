// report/json_out.hpp: JSON written straight into a string, byte for byte as nlohmann::json's
// dump(indent, ' ', ensure_ascii = false, error_handler_t::replace) writes the same values.
//
// The report used to be built as an nlohmann::ordered_json tree and then dumped: a node, a map and
// a string copy for every field of every entity, the larger part of the cost of writing it. The
// writers now stream each value where it goes; the JSON contract (field order, separators, two
// spaces of indentation, numbers, escapes) is unchanged, since this writes what dump() did.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace extrait::report {

// Appends `s` as a JSON string, quotes included: '"', '\\' and the control characters escaped
// ("\n", "\u001f"), everything else as it is (UTF-8 stays UTF-8). Should `s` not be valid UTF-8,
// each ill-formed sequence becomes U+FFFD, as nlohmann's replace handler makes it.
void append_json_string(std::string& out, std::string_view s);

// Appends a double as nlohmann::json writes it: the shortest text that reads back the same
// (Grisu2), "1e+20" past 10^15, "null" for what is not finite.
void append_json_double(std::string& out, double x);

// A JSON document written value by value: objects and arrays are opened and closed, an object's
// values are each preceded by key(). With `pretty`, members go one a line, indented by two spaces
// a level, with ": " after a key; without it, nothing separates the tokens but ',' and ':'.
class JsonOut {
 public:
  // Objects and arrays nest at most this deep (a report, four).
  static constexpr std::size_t kMaxDepth = 64;

  JsonOut(std::string& out, bool pretty) : out_(out), pretty_(pretty) {}

  void open_object() { open('{'); }
  void close_object() { close('}'); }
  void open_array() { open('['); }
  void close_array() { close(']'); }
  // The name of the next value: one of the contract's field names, plain ASCII, written as is.
  void key(std::string_view name) {
    before_value();
    out_.push_back('"');
    out_.append(name);
    if (pretty_) out_.append("\": ", 3);
    else out_.append("\":", 2);
    after_key_ = true;
  }

  void value(std::string_view s) {
    before_value();
    append_json_string(out_, s);
  }
  void value(std::uint64_t n);
  void value(std::int64_t n);
  void value(double x) {
    before_value();
    append_json_double(out_, x);
  }

 private:
  void open(char bracket) {
    before_value();
    out_.push_back(bracket);
    ++depth_;
    members_ &= ~level_bit();
  }
  void close(char bracket) {
    const bool had_members = (members_ & level_bit()) != 0;
    --depth_;
    // An empty object or array is "{}" or "[]" even pretty; otherwise the bracket goes on a line
    // of its own, at the indentation of what it closes.
    if (had_members && pretty_) new_line();
    out_.push_back(bracket);
  }
  // The separator before a value: nothing after a key, else ',' after a sibling and, pretty, a
  // new line and the indentation.
  void before_value() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (depth_ == 0) return;  // the document itself
    if (members_ & level_bit()) out_.push_back(',');
    members_ |= level_bit();
    if (pretty_) new_line();
  }
  // The bit of `members_` of the innermost open object or array.
  std::uint64_t level_bit() const { return std::uint64_t{1} << ((depth_ - 1) % kMaxDepth); }
  void new_line();

  std::string& out_;
  const bool pretty_;
  bool after_key_ = false;
  std::size_t depth_ = 0;      // objects and arrays open
  std::uint64_t members_ = 0;  // bit d - 1: whether the one open at depth d holds a value yet
};

}  // namespace extrait::report
