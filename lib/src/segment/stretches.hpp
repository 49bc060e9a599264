// segment/stretches.hpp: where segment() cuts a long text into stretches it handles one by one.
//
// Every line break ends a sentence, and no token spans one, so segmenting a text line by line
// gives the same result as segmenting it whole. segment() uses that to work on stretches of some
// 64 KiB of whole lines: ICU's UTF-16 copy of a stretch stays in the processor's cache, memory
// stays bounded whatever the input's size, and no offset reaches ICU's int32_t limit.
#pragma once

#include <cstddef>
#include <string_view>

namespace extrait::segment {

// The end of the stretch of `text` that starts at `begin`: just after the first line break at or
// after `begin` + `target`, or the end of the text. A stretch with no line break within `limit`
// bytes ends at `limit` bytes, at the last space before it if there is one, otherwise on a code
// point boundary (only text with a line longer than `limit`, 1 GiB in segment(), is cut so).
std::size_t stretch_end(std::string_view text, std::size_t begin, std::size_t target, std::size_t limit);

}  // namespace extrait::segment
