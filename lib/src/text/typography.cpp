// text/typography.cpp: the table of typographic rewrites (see typography.hpp).
#include "text/typography.hpp"

namespace extrait::text::detail {
namespace {

using namespace std::string_view_literals;

std::optional<std::string_view> rewrite_ascii(char32_t cp) {
  switch (cp) {
    case U'\n': return std::nullopt;
    case U'\t': return " "sv;
    case U'\r': return "\n"sv;
    case U'`': return "'"sv;  // a grave accent typed for an apostrophe ("l`Etat")
    default: break;
  }
  // The other C0 controls and DEL: no extractor should have to know they exist.
  if (cp < 0x20 || cp == 0x7F) return " "sv;
  return std::nullopt;
}

}  // namespace

std::optional<std::string_view> rewrite(char32_t cp) {
  if (cp < 0x80) return rewrite_ascii(cp);
  switch (cp) {
    // Invisible: the soft hyphen, zero-width space / non-joiner / joiner, word joiner, BOM.
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      return ""sv;
    // Apostrophes: right and left single quotes, modifier letter apostrophe and prime, prime,
    // acute accent.
    case 0x2019: case 0x2018: case 0x02BC: case 0x02B9: case 0x2032: case 0x00B4:
      return "'"sv;
    // English double quotes, low and reversed double quotes, double prime. « » stay.
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
      return "\""sv;
    // Line and paragraph separators, next line.
    case 0x0085: case 0x2028: case 0x2029:
      return "\n"sv;
    // Spaces: no-break, narrow no-break (the French thousands separator), medium mathematical,
    // ideographic. U+2000..U+200A, the typesetting spaces, are below.
    case 0x00A0: case 0x202F: case 0x205F: case 0x3000:
      return " "sv;
    // Hyphen, non-breaking hyphen, figure dash, en dash, minus, small and full-width hyphen-minus.
    // The em dash (U+2014) stays: it sets off an aside, it does not join words or numbers.
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: case 0xFE63: case 0xFF0D:
      return "-"sv;
    // Latin ligatures of typesetting; œ and æ are letters of French and stay.
    case 0xFB00: return "ff"sv;
    case 0xFB01: return "fi"sv;
    case 0xFB02: return "fl"sv;
    case 0xFB03: return "ffi"sv;
    case 0xFB04: return "ffl"sv;
    case 0xFB05: case 0xFB06: return "st"sv;
    default: break;
  }
  // U+2000 and U+2001 are canonically U+2002 and U+2003: mapping them here keeps the rule the
  // same whether or not NFC ran first.
  if (cp >= 0x2000 && cp <= 0x200A) return " "sv;
  if (cp >= 0x80 && cp <= 0x9F) return " "sv;  // C1 controls (U+0085 is handled above)
  return std::nullopt;
}

}  // namespace extrait::text::detail
