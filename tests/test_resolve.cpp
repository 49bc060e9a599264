// pipeline::resolve against its rule stated plainly: candidates taken greedily in the order of
// outranks() (background ones last, then longest, highest priority, earliest, type order, checked
// by the small cases below); one that overlaps a mention kept before it is dropped; the kept ones
// returned whole, in text order (and kept_mentions() names the same ones). Random mentions
// exercise the in-place move of the kept ones to the front (chains and cycles of positions).
#define BOOST_TEST_MODULE resolve
#include <boost/test/unit_test.hpp>
#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "pipeline/resolve.hpp"

using extrait::EntityType;
using extrait::extract::Mention;

namespace {

// The rule, quadratic and copying.
std::vector<Mention> expected(const std::vector<Mention>& mentions) {
  std::vector<std::size_t> order(mentions.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return extrait::pipeline::outranks(mentions[a], a, mentions[b], b); });
  std::vector<Mention> kept;
  for (std::size_t i : order) {
    const Mention& m = mentions[i];
    if (m.end <= m.begin) continue;
    if (std::any_of(kept.begin(), kept.end(), [&](const Mention& k) { return k.begin < m.end && m.begin < k.end; }))
      continue;
    kept.push_back(m);
  }
  std::sort(kept.begin(), kept.end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  return kept;
}

std::vector<Mention> random_mentions(std::mt19937& random, std::size_t count, std::size_t text_size) {
  std::vector<Mention> out(count);
  for (std::size_t i = 0; i < count; ++i) {
    Mention& m = out[i];
    m.begin = random() % text_size;
    m.end = std::min(text_size, m.begin + random() % 24);  // sometimes empty
    m.priority = static_cast<int>(random() % 4) - 1;
    m.entity.type = static_cast<EntityType>(random() % 7);
    // Long enough to live on the heap: a mention moved twice or lost would show.
    m.entity.text = "mention number " + std::to_string(i) + " of a random document";
    m.entity.iso = std::to_string(i);
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(random_mentions_follow_the_rule) {
  std::mt19937 random(20240611);
  for (int round = 0; round < 300; ++round) {
    const std::size_t count = random() % 120;
    const std::size_t text_size = 1 + random() % 400;  // dense or sparse, across word boundaries of 64 bytes
    const std::vector<Mention> mentions = random_mentions(random, count, text_size);
    const std::vector<Mention> want = expected(mentions);
    const std::vector<Mention> got = extrait::pipeline::resolve(mentions);
    // The indices the analyzer reads name the same mentions, in the same order.
    const std::vector<std::size_t> kept = extrait::pipeline::kept_mentions(mentions);
    BOOST_REQUIRE_EQUAL(got.size(), want.size());
    BOOST_REQUIRE_EQUAL(kept.size(), want.size());
    for (std::size_t k = 0; k < got.size(); ++k) {
      BOOST_TEST(got[k].begin == want[k].begin);
      BOOST_TEST(got[k].end == want[k].end);
      BOOST_TEST(got[k].entity.text == want[k].entity.text);
      BOOST_TEST(got[k].entity.iso == want[k].entity.iso);
      BOOST_TEST(mentions[kept[k]].entity.text == want[k].entity.text);
    }
  }
}

BOOST_AUTO_TEST_CASE(longer_wins_and_background_loses) {
  std::vector<Mention> mentions(3);
  mentions[0] = {.begin = 3, .end = 15, .entity = {}, .priority = -1, .converts_begin = {}};  // "moins 15"
  mentions[1] = {.begin = 9, .end = 13, .entity = {}, .priority = 0, .converts_begin = {}};   // "15 %"
  mentions[2] = {.begin = 20, .end = 30, .entity = {}, .priority = 0, .converts_begin = {}};
  const std::vector<Mention> kept = extrait::pipeline::resolve(mentions);
  BOOST_REQUIRE_EQUAL(kept.size(), 2u);
  BOOST_TEST(kept[0].begin == 9u);
  BOOST_TEST(kept[1].begin == 20u);
}

// Each step of the order, alone: background last, then longer, higher priority, earlier start,
// type order, index.
BOOST_AUTO_TEST_CASE(outranks_follows_each_step_of_the_order) {
  using extrait::pipeline::outranks;
  const auto m = [](std::size_t begin, std::size_t end, int priority, EntityType type) {
    Mention x{.begin = begin, .end = end, .entity = {}, .priority = priority, .converts_begin = {}};
    x.entity.type = type;
    return x;
  };
  BOOST_TEST(outranks(m(0, 2, 0, EntityType::money), 1, m(0, 9, -1, EntityType::number), 0));
  BOOST_TEST(outranks(m(0, 9, 0, EntityType::money), 1, m(0, 2, 5, EntityType::money), 0));
  BOOST_TEST(outranks(m(4, 6, 2, EntityType::date), 1, m(0, 2, 1, EntityType::date), 0));
  BOOST_TEST(outranks(m(0, 2, 1, EntityType::date), 1, m(4, 6, 1, EntityType::date), 0));
  BOOST_TEST(outranks(m(0, 2, 1, EntityType::money), 1, m(0, 2, 1, EntityType::date), 0) ==
             (EntityType::money < EntityType::date));
  BOOST_TEST(outranks(m(0, 2, 1, EntityType::money), 0, m(0, 2, 1, EntityType::money), 1));
  BOOST_TEST(!outranks(m(0, 2, 1, EntityType::money), 1, m(0, 2, 1, EntityType::money), 0));
}

BOOST_AUTO_TEST_CASE(nothing_in_nothing_out) { BOOST_TEST(extrait::pipeline::resolve({}).empty()); }
