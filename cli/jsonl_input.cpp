#include "jsonl_input.hpp"

#include <nlohmann/json.hpp>

namespace extrait::cli {

namespace {

std::string id_of(const nlohmann::json& j, std::size_t line_number) {
  if (j.is_object()) {
    auto it = j.find("id");
    if (it != j.end() && it->is_string()) return it->get<std::string>();
    if (it != j.end() && it->is_number_integer()) return std::to_string(it->get<long long>());
  }
  return "line " + std::to_string(line_number);
}

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
  // Depth is bounded so that "[[[[…" a million deep cannot exhaust the stack.
  int depth = 0;
  bool too_deep = false;
  nlohmann::json j = nlohmann::json::parse(
      line.begin(), line.end(),
      [&](int d, nlohmann::json::parse_event_t, nlohmann::json&) {
        depth = d;
        if (d > 64) too_deep = true;
        return !too_deep;
      },
      false);
  (void)depth;
  if (too_deep) {
    doc.id = guess_id(line, line_number);
    doc.error = "the line nests JSON deeper than 64 levels";
    return doc;
  }
  if (j.is_discarded()) {
    doc.id = guess_id(line, line_number);
    doc.error = line.find_first_not_of(" \t") == std::string_view::npos
                    ? "empty line"
                    : "not a JSON object (malformed JSON, or text that is not valid UTF-8)";
    return doc;
  }
  doc.id = id_of(j, line_number);
  if (!j.is_object()) {
    doc.error = "not a JSON object";
    return doc;
  }
  auto text = j.find("text");
  if (text == j.end() || !text->is_string()) {
    doc.error = "no \"text\" string in the object";
    return doc;
  }
  doc.text = text->get<std::string>();
  auto date = j.find("date");
  if (date != j.end() && date->is_string()) doc.date = date->get<std::string>();
  return doc;
}

}  // namespace extrait::cli
