#include "jsonl_input.hpp"

#include <optional>

#include <nlohmann/json.hpp>

#include "jsonl_plain.hpp"

namespace extrait::cli {

namespace {

using Json = nlohmann::json;

// Containers may nest this deep; a key or value inside more is refused.
constexpr std::size_t kMaxDepth = 64;

// The fields of a line, gathered as nlohmann's SAX parser reads it: the whole line is lexed and
// validated as before (same lexer, same grammar, same strictness), but no tree is built and the
// text is moved out of the lexer, not copied three times. What the tree used to decide is
// decided the same way: the last of repeated keys wins, "id" may be a string or an integer, only
// the keys of the line's own object count, and the depth is that of the callback the parse had.
class LineFields {
 public:
  bool too_deep = false;
  bool is_object = false;
  std::optional<std::string> id;  // as the report names it: a string, or an integer in decimal
  std::optional<std::string> text;
  std::optional<std::string> date;

  bool null() { return scalar(); }
  bool boolean(bool) { return scalar(); }
  bool number_integer(Json::number_integer_t n) { return number(n); }
  // An integer above 2^63 - 1 reads as a long long, wrapping around, as the tree's get<long long>() read it.
  bool number_unsigned(Json::number_unsigned_t n) { return number(static_cast<long long>(n)); }
  bool number_float(Json::number_float_t, const Json::string_t&) { return scalar(); }
  bool binary(Json::binary_t&) { return scalar(); }
  bool string(Json::string_t& s) {
    if (!enter()) return false;
    if (std::optional<std::string>* field = take_field()) *field = std::move(s);  // the lexer lets it go
    return true;
  }
  bool start_object(std::size_t) { return start_container(true); }
  bool end_object() { return end_container(); }
  bool start_array(std::size_t) { return start_container(false); }
  bool end_array() { return end_container(); }
  bool key(Json::string_t& name) {
    if (!enter()) return false;
    if (open_ == 1) {
      // A key repeated replaces what came before it, whatever the value that follows.
      pending_ = name == "id" ? &id : name == "text" ? &text : name == "date" ? &date : nullptr;
      if (pending_) pending_->reset();
    }
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }

 private:
  // Every event is seen at the number of containers open around it (the callback's depth):
  // past kMaxDepth, the parse stops.
  bool enter() {
    if (open_ > kMaxDepth) too_deep = true;
    return !too_deep;
  }
  // The field that the value now read fills, if it is the value of a key of the line's object.
  std::optional<std::string>* take_field() {
    std::optional<std::string>* field = open_ == 1 ? pending_ : nullptr;
    pending_ = nullptr;
    return field;
  }
  bool scalar() {
    if (!enter()) return false;
    take_field();  // not a string: the field stays unset
    return true;
  }
  bool number(long long n) {
    if (!enter()) return false;
    std::optional<std::string>* field = take_field();
    if (field == &id) id = std::to_string(n);
    return true;
  }
  bool start_container(bool object) {
    if (!enter()) return false;
    if (open_ == 0) is_object = object;
    take_field();
    ++open_;
    return true;
  }
  bool end_container() {
    --open_;
    return true;
  }

  std::size_t open_ = 0;                           // containers open
  std::optional<std::string>* pending_ = nullptr;  // the field whose key was just read
};

// The id of a line that is not valid JSON, if it can be seen in it: "id":"…" with no escapes.
std::string guess_id(std::string_view line, std::size_t line_number) {
  const std::size_t key = line.find("\"id\"");
  if (key != std::string_view::npos) {
    std::size_t i = key + 4;
    while (i < line.size() && (line[i] == ' ' || line[i] == ':')) ++i;
    if (i < line.size() && line[i] == '"') {
      const std::size_t close = line.find('"', i + 1);
      const std::string_view id = line.substr(i + 1, close == std::string_view::npos ? 0 : close - i - 1);
      bool clean = close != std::string_view::npos && id.size() <= 200;
      for (unsigned char c : id) clean = clean && c >= 0x20 && c < 0x80 && c != '\\';
      if (clean) return std::string(id);
    }
  }
  return "line " + std::to_string(line_number);
}

}  // namespace

JsonlDocument parse_jsonl_line(std::string_view line, std::size_t line_number) {
  JsonlDocument doc;
  // The common line, a flat object of strings with a text, needs no parser (cli/jsonl_plain.hpp).
  if (std::optional<PlainLine> plain = read_plain_line(line); plain && plain->text) {
    doc.id = plain->id ? std::move(*plain->id) : "line " + std::to_string(line_number);
    doc.text = std::move(*plain->text);
    if (plain->date) doc.date = std::move(*plain->date);
    return doc;
  }
  // Depth is bounded so that "[[[[…" a million deep cannot exhaust the stack.
  LineFields fields;
  const bool valid = Json::sax_parse(line.begin(), line.end(), &fields, nlohmann::detail::input_format_t::json,
                                     /*strict=*/true, /*ignore_comments=*/false);
  if (fields.too_deep) {
    doc.id = guess_id(line, line_number);
    doc.error = "the line nests JSON deeper than 64 levels";
    return doc;
  }
  if (!valid) {
    doc.id = guess_id(line, line_number);
    doc.error = line.find_first_not_of(" \t") == std::string_view::npos
                    ? "empty line"
                    : "not a JSON object (malformed JSON, or text that is not valid UTF-8)";
    return doc;
  }
  doc.id = fields.is_object && fields.id ? std::move(*fields.id) : "line " + std::to_string(line_number);
  if (!fields.is_object) {
    doc.error = "not a JSON object";
    return doc;
  }
  if (!fields.text) {
    doc.error = "no \"text\" string in the object";
    return doc;
  }
  doc.text = std::move(*fields.text);
  if (fields.date) doc.date = std::move(*fields.date);
  return doc;
}

}  // namespace extrait::cli
