#include "text/serials.hpp"

#include <atomic>

namespace extrait::text {

std::uint64_t new_serial() {
  static std::atomic<std::uint64_t> last{0};
  return last.fetch_add(1, std::memory_order_relaxed) + 1;
}

}  // namespace extrait::text
