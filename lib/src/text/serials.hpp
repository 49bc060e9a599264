// text/serials.hpp: numbers never given twice in a process.
//
// Several parts keep, per thread, what they made from an object that may go away and another take
// its address (the segmenter's ICU iterators, the names' words of a document, the word types'
// table, the organizations' lexicon of words): each such object carries a serial, and a thread
// tells by it, not by the address, that the object it served is the one asking again. One counter
// for all of them: a serial only has to differ from every other, and at 64 bits it never wraps.
#pragma once

#include <cstdint>

namespace extrait::text {

// A number no earlier call returned, on any thread; never 0 (which may then mean "none").
std::uint64_t new_serial();

}  // namespace extrait::text
