// cli/exit_codes.hpp: what the extrait command's exit status means (documented in the README).
#pragma once

namespace extrait::cli {

enum ExitCode : int {
  ok = 0,                // every document was analysed
  document_failed = 1,   // some document could not be analysed (invalid UTF-8, binary, too large,
                         // malformed JSONL line); the others were, and their reports are out
  usage = 2,             // unknown option or bad option value: nothing was analysed
  input_unreadable = 3,  // an input file could not be opened or read; the others were analysed
  bad_lexicon = 4,       // a --lexicons directory could not be loaded: nothing was analysed
  output_failed = 5,     // the reports could not be written (disk full, closed pipe)
};

}  // namespace extrait::cli
