#include "number_test_support.hpp"

#include <boost/test/unit_test.hpp>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <cstdlib>
#include <new>

// Counts this thread's heap allocations: this operator new replaces the library's in the whole
// test executable.
namespace {
thread_local std::size_t allocations = 0;
}  // namespace

// GCC sees free() on memory from operator new and warns, not knowing that this operator new is
// the malloc() just below.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
void* operator new(std::size_t size) {
  ++allocations;
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
// The nothrow forms too (std::stable_sort's buffer uses them): each new must meet its own delete,
// or AddressSanitizer reports a mismatch between this allocator and its own.
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  ++allocations;
  return std::malloc(size == 0 ? 1 : size);
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
#pragma GCC diagnostic pop

namespace extrait::testing {

std::size_t heap_allocations() { return allocations; }

Speller::Speller(const char* locale) {
  UErrorCode status = U_ZERO_ERROR;
  format_ = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale(locale), status);
  BOOST_REQUIRE_MESSAGE(U_SUCCESS(status), "ICU has no French spell-out for " << locale);
}

Speller::~Speller() = default;
Speller::Speller(Speller&&) noexcept = default;

std::string Speller::spell(std::int64_t n, const char* rules) const {
  icu::UnicodeString out;
  UErrorCode status = U_ZERO_ERROR;
  icu::FieldPosition position;
  if (*rules) {
    format_->format(n, icu::UnicodeString(rules), out, position, status);
  } else {
    format_->format(n, out, position);
  }
  if (U_FAILURE(status)) return std::string();
  out.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x00A0)), " ");
  out.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x202F)), " ");
  out.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x2011)), "-");
  std::string utf8;
  return out.toUTF8String(utf8);
}

std::string Speller::upper(const std::string& words) const {
  std::string utf8;
  return icu::UnicodeString::fromUTF8(words).toUpper(icu::Locale("fr")).toUTF8String(utf8);
}

}  // namespace extrait::testing
