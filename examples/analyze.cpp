// examples/analyze.cpp: extrait's library in a few lines.
//
//   analyze [--json] FILE-or-TEXT
//
// Analyses a French article (a file, or the text itself) and prints the summary and the facts,
// or the JSON report with --json.
#include <extrait/extrait.hpp>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

int main(int argc, char** argv) {
  const bool json = argc > 1 && std::string(argv[1]) == "--json";
  if (argc != 2 + json) {
    std::cerr << "usage: analyze [--json] FILE-or-TEXT\n";
    return 2;
  }
  std::string text = argv[1 + json];
  if (std::ifstream file(text); file) {  // a file: read it whole
    std::ostringstream content;
    content << file.rdbuf();
    text = content.str();
  }

  auto analyzer = extrait::Analyzer::create();  // loads the lexicons once; reuse it
  if (!analyzer) {
    std::cerr << "analyze: " << analyzer.error().message << '\n';
    return 1;
  }
  extrait::Options options;
  options.reference_date = "2025-12-17";  // what "hier" or "l'an dernier" are relative to
  auto report = analyzer->analyze(text, options);
  if (!report) {
    std::cerr << "analyze: " << report.error().message << '\n';
    return 1;
  }
  if (json) {
    extrait::write_json(std::cout, *report);
  } else {
    extrait::write_text(std::cout, *report, text);  // the text gives the headline its first line
  }
  return 0;
}
