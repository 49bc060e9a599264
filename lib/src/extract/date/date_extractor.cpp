#include "extract/date/date_extractor.hpp"

#include "extract/date/resolver.hpp"
#include "segment/lexemes.hpp"
#include "text/chars.hpp"

namespace extrait::extract {

namespace {

using namespace date;

// The words between two dates that make them the ends of one range or list, so that the first
// takes the year the second states ("entre janvier et juin 2025", "de mars à mai 2024").
bool joins_dates(std::string_view between) {
  for (std::string_view s : {" et ", " à ", " au ", "-", " - ", " ou ", " et le ", " et en ", " jusqu'à ",
                             " jusqu'au "}) {
    if (between == s) return true;
  }
  return false;
}

// Whether the calendar fields of `e` lack their year, which a range's end may give.
bool lacks_year(const Expression& e) {
  return e.kind == Kind::calendar && e.year == 0 && !e.relative_year &&
         (e.grain == Grain::month || e.grain == Grain::day || e.grain == Grain::quarter ||
          e.grain == Grain::half || e.grain == Grain::season);
}

// The number of a month-like position in its year, to see whether a range crosses the new year
// ("de novembre à mars 2025" starts in 2024).
int order_in_year(const Expression& e) {
  if (e.month != 0) return e.month * 40 + e.day;
  if (e.grain == Grain::quarter) return (3 * e.index - 2) * 40;
  if (e.grain == Grain::half) return (6 * e.index - 5) * 40;
  if (e.grain == Grain::season) return 3 * e.index * 40;
  return 0;
}

Mention mention(const Expression& e, const Resolved& r, const std::optional<ContextHit>& ctx) {
  Mention m;
  m.begin = e.begin;
  m.end = e.end;
  // Over the same words, a date beats a bare number read as a count or a percentage of a list
  // ("de 66 % en 2006 à 40,7 %"): the date's words make it specific.
  m.priority = 1;
  m.entity.type = e.kind == Kind::vague ? EntityType::duration : EntityType::date;
  m.entity.iso = r.value;
  m.entity.from = r.from;
  m.entity.to = r.to;
  m.entity.mod = std::string(r.mod);
  if (m.entity.mod.empty() && ctx) m.entity.mod = std::string(ctx->mod);
  return m;
}

}  // namespace

bool DateExtractor::time_of_day(std::string_view text, const Expression& e) const {
  const bool day = e.kind == Kind::weekday || e.kind == Kind::anchored ||
                   ((e.kind == Kind::relative || e.kind == Kind::calendar) && e.grain == Grain::day);
  if (!day) return false;
  // Right after: "hier soir", "mardi en fin de matinée" ("mardi, à 10 h" leaves the day a day,
  // and the clock a time of its own).
  if (vocabulary_.word_at(Role::daytime, text, syntax::skip_spaces(text, e.end))) return true;
  // Right before: "dans la nuit de lundi à mardi".
  auto ctx = context_.before(text, e.begin);
  return ctx && ctx->role == ContextRole::time;
}

std::vector<Expression> DateExtractor::read_all(Input& in, std::span<const std::uint32_t> lexeme_ids) const {
  const std::string_view text = in.text;
  std::vector<Expression> found;
  std::size_t consumed = 0;
  // The index of first words' answer at a word token is kept in its word type's record
  // (WordIndex::at_word()), where it is a function of the token's bytes: a token read before
  // costs no look-up. The others (no type, or a word that reads on past the token) ask the index.
  const std::vector<segment::Token>& tokens = in.segmentation.tokens;
  const std::uint32_t* const ids = lexeme_ids.data();
  segment::Lexeme* const records = segment::Lexemes::of_thread().records();
  const WordIndex& starters = grammar_.starters();
  const std::uint32_t stamp = starters.stamp();
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const segment::Token& t = tokens[k];
    if (t.begin < consumed || t.kind == segment::TokenKind::punct || t.kind == segment::TokenKind::symbol) continue;
    std::size_t at = t.begin;
    const std::uint32_t id = ids[k];
    const bool known = id != segment::Lexemes::kNone && WordIndex::word_within(text, t.begin, t.end);
    for (auto r = known ? grammar_.read_word(in, at, starters.at_word(text, at, records[id], stamp))
                        : grammar_.read(in, at);
         r; r = grammar_.read(in, at)) {
      found.push_back(r->first);
      found.insert(found.end(), r->more.begin(), r->more.end());
      consumed = r->end();
      const Expression& last = found.back();
      if (last.year != 0 && !last.relative_year) in.last_year_end = consumed;
      // "mars-avril" is one token: read on after the hyphen.
      if (consumed + 1 < text.size() && (text[consumed] == '-' || text[consumed] == '/') &&
          text::word_char_at(text, consumed + 1)) {
        at = consumed + 1;
        continue;
      }
      break;
    }
  }
  return found;
}

std::optional<ContextHit> DateExtractor::context_before(std::string_view text, std::size_t at) const {
  auto ctx = context_.before_day(text, at);
  if (ctx && ctx->role != ContextRole::before) return std::nullopt;
  return ctx;
}

DateExtractor::DateExtractor(const Resources& resources)
    : vocabulary_(resources.lexicons, resources.glue),
      context_(resources.lexicons),
      tense_(resources.lexicons),
      grammar_(resources.lexicons, vocabulary_, context_) {}

void DateExtractor::extract(const DocumentView& doc, std::vector<Mention>& out) const {
  const auto reference = parse_day(doc.reference_date);
  if (!reference) return;
  const std::string_view text = doc.text;
  const auto& seg = doc.segmentation;
  Input in(text, doc.quantities, seg, year_of(*reference));

  // 1. Every expression, left to right.
  const std::span<const std::uint32_t> lexeme_ids = segment::lexeme_ids(text, seg);
  const std::vector<Expression> found = read_all(in, lexeme_ids);

  // 2. Put them on the calendar, in text order (the anchor of "la veille" is the last day).
  std::optional<Days> anchor;
  std::optional<Period> anchor_period;
  std::size_t anchor_sentence = 0, period_sentence = 0;
  std::size_t time_end = 0;  // end of the last day left out as a time
  TenseMemo tense_memo(lexeme_ids, segment::Lexemes::of_thread().records(), grammar_.starters().stamp());
  for (std::size_t i = 0; i < found.size(); ++i) {
    const Expression& e = found[i];
    const Expression* next = i + 1 < found.size() ? &found[i + 1] : nullptr;
    // A day with a time of day is a time, finer than the dates this type reports; so is the
    // other end of its range ("dans la nuit de lundi à mardi").
    const bool joined_to_time = time_end > 0 && time_end <= e.begin && joins_dates(text.substr(time_end, e.begin - time_end));
    if (joined_to_time || time_of_day(text, e) || (e.opens_interval && next && time_of_day(text, *next))) {
      time_end = e.opens_interval && next ? next->end : e.end;
      if (e.opens_interval) ++i;
      continue;
    }
    Situation s;
    s.reference = *reference;
    const auto ctx = context_before(text, e.begin);
    if (ctx) s.hint = ctx->hint;
    const std::size_t sentence = seg.sentence_at(e.begin);
    if (anchor && sentence <= anchor_sentence + 1) s.anchor = anchor;
    if (anchor_period && sentence <= period_sentence + 1) s.anchor_period = anchor_period;
    const bool needs_tense = (e.kind == Kind::calendar && e.year == 0 && !e.relative_year) ||
                             (e.kind == Kind::weekday && (e.rule == WeekdayRule::tense || e.rule == WeekdayRule::this_one));
    if (needs_tense && s.hint == 0 && e.direction == 0) {
      s.tense = tense_.around(text, seg, e.begin, e.opens_interval && next ? next->end : e.end, tense_memo);
    }
    // A range's end lends its year to the start ("entre janvier et juin 2025"), or its way
    // ("avril-mai prochain").
    const bool joined = lacks_year(e) && next && next->kind == Kind::calendar && next->begin >= e.end &&
                        joins_dates(text.substr(e.end, next->begin - e.end));
    if (joined && next->year != 0 && !next->relative_year && next->grain != Grain::year &&
        next->grain != Grain::decade && next->grain != Grain::century) {
      s.borrowed_year = order_in_year(e) > order_in_year(*next) ? next->year - 1 : next->year;
    } else if (joined && e.direction == 0 && next->direction != 0) {
      s.hint = next->direction;
    }
    if (e.opens_interval && next) {
      // "du 3 au 5 mars": two days, each its own entity (as a range of months or years is), both
      // with the interval's from and to; the end is placed first and the start takes its year.
      Situation end_situation = s;
      end_situation.hint = context_before(text, next->begin) ? context_before(text, next->begin)->hint : s.hint;
      auto end = resolve(*next, end_situation);
      Situation start_situation = s;
      if (end && lacks_year(e)) {
        start_situation.borrowed_year =
            order_in_year(e) > order_in_year(*next) ? end->period.year - 1 : end->period.year;
      }
      auto start = end ? resolve(e, start_situation) : std::nullopt;
      if (start && end) {
        for (auto [x, r] : {std::pair{&e, &*start}, std::pair{next, &*end}}) {
          Mention m = mention(*x, *r, x == &e ? ctx : std::nullopt);
          m.entity.from = start->value;
          m.entity.to = end->value;
          out.push_back(std::move(m));
        }
        ++i;
        continue;
      }
    }
    auto r = resolve(e, s);
    if (!r) continue;
    if (r->single_day) {
      anchor = r->period.first;
      anchor_sentence = sentence;
    }
    if (e.kind != Kind::vague && r->from.empty()) {
      anchor_period = r->period;
      period_sentence = sentence;
    }
    out.push_back(mention(e, *r, ctx));
  }
}

}  // namespace extrait::extract
