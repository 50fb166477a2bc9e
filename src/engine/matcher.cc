// matcher.cc: features, term frequencies, and scoring candidate pairs.
#include "src/engine/matcher.h"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <cmath>

#include "absl/container/flat_hash_map.h"
#include "dqe/compare.h"
#include "dqe/score.h"
#include "src/cluster/union_find.h"
#include "src/normalize/given_name_variants.h"
#include "src/common/parallel_sort.h"
#include "src/common/split.h"
#include "src/engine/row_layout.h"

namespace dqe::internal {
namespace {

// With term frequencies, an "equal" level weighs log2(m / tf) instead of
// log2(m / u), tf being the share of rows with the value both rows hold: two
// rows sharing a value held by one row in 100,000 say more than two sharing
// one held by one in 50 (王伟, Nguyễn Văn An, a company switchboard). The
// adjustment log2(u / tf) is kept within these bounds.
constexpr double kMaxTfGain = 12.0;
constexpr double kMaxTfLoss = 12.0;
constexpr double kTfPriorRows = 1000.0;
// A name's share estimated from its words (name_frequency.h) takes words as
// independent; names whose words go together (Thị and a woman's given
// name, a family's generation name) are more common than that. The
// estimate is raised by this factor before it is used.
constexpr double kNameShareSlack = 2.0;

// Words that may be one word typed apart: a short form and its formal name
// (Bob, Robert), Jaro-Winkler 0.8 or more (Tsylor, Taylor), or three
// quarters of their letters in common (Amelia, lmeAi).
bool LikeWords(std::string_view w, std::string_view t) {
  if (FormalGivenName(w) == FormalGivenName(t)) return true;
  if (JaroWinklerSimilarity(w, t, 0.1, 0.8) >= 0.8) return true;
  int counts[26] = {};
  for (char c : w) {
    if (c >= 'a' && c <= 'z') ++counts[c - 'a'];
  }
  size_t common = 0;
  for (char c : t) {
    if (c >= 'a' && c <= 'z' && counts[c - 'a'] > 0) {
      --counts[c - 'a'];
      ++common;
    }
  }
  return 4 * common >= 3 * std::max(w.size(), t.size());
}

// Two names of two people: full names (two words or more) of which each
// holds a word of three letters or more like no word of the other.
// "Andrew Guzman" and "Paul Guzman", "Phạm Văn Hùng" and "Phạm Thị Lan" are
// unrelated; "Larry Tsylor" and "Larry B. Taylor", "Bob Lopez" and "Bobby
// Lopez", "Cô Phạm Yên" and "Phạm Thị Yên", "Theodore" and "Maxwell" (a
// name cut short) are not.
bool UnrelatedNames(std::string_view a, std::string_view b) {
  const std::vector<std::string_view> ta = SplitView(a, ' ', true);
  const std::vector<std::string_view> tb = SplitView(b, ' ', true);
  if (ta.size() < 2 || tb.size() < 2) return false;
  auto has_own_word = [](const std::vector<std::string_view>& mine,
                         const std::vector<std::string_view>& theirs) {
    for (std::string_view w : mine) {
      if (w.size() < 3) continue;
      bool like = false;
      for (std::string_view t : theirs) {
        if (LikeWords(w, t)) {
          like = true;
          break;
        }
      }
      if (!like) return true;
    }
    return false;
  };
  return has_own_word(ta, tb) && has_own_word(tb, ta);
}

// Names that may be one person's: in two scripts (not comparable), or
// sharing a word (typed apart at most) and not unrelated. "Theodore" and
// "Theodore Maxwell" are; "Vũ An" and "Bobby Miller" are not, nor are
// "Gary Wood" and "Julie Wood".
bool RelatedNames(const SourceFeatures& names, uint32_t a, uint32_t b) {
  if (names.han_script(a) != names.han_script(b)) return true;
  const std::string_view x = names.sorted(a), y = names.sorted(b);
  if (UnrelatedNames(x, y)) return false;
  const std::vector<std::string_view> tb = SplitView(y, ' ', true);
  for (std::string_view w : SplitView(x, ' ', true)) {
    for (std::string_view t : tb) {
      if (w == t || (w.size() >= 3 && t.size() >= 3 && LikeWords(w, t))) return true;
    }
  }
  return false;
}

template <typename F>
void ParallelChunks(size_t n, size_t chunk, int threads, F&& f) {
  const size_t chunks = (n + chunk - 1) / chunk;
  auto body = [&](const tbb::blocked_range<size_t>& r) {
    for (size_t c = r.begin(); c != r.end(); ++c) {
      f(c, c * chunk, std::min(n, (c + 1) * chunk));
    }
  };
  if (threads > 1 && chunks > 1) {
    tbb::task_arena arena(threads);
    arena.execute(
        [&] { tbb::parallel_for(tbb::blocked_range<size_t>(0, chunks, 1), body); });
  } else if (chunks > 0) {
    body(tbb::blocked_range<size_t>(0, chunks, chunks));
  }
}

}  // namespace

Matcher::Matcher(const MatchPlan& plan, const TableColumns& table,
                 size_t left_rows, std::span<const uint8_t> flagged,
                 int threads)
    : plan_(plan),
      num_rows_(table.num_rows),
      left_rows_(left_rows),
      flagged_(flagged),
      threads_(threads) {
  FeatureOptions fo;
  fo.threads = threads;
  fo.country_column = plan.schema.country;
  fo.city_column = CityColumn(plan.schema);
  for (const Column& c : plan.schema.columns) fo.column_regions.push_back(c.region);
  fo.default_region = plan.default_region;
  features_ = ComputeFeatures(table, plan.sources, fo);
  // Rows laid out by name (row_layout.h): from here on a row is a position
  // in that layout; row_of_ maps it back to the table's.
  const SourceFeatures* layout_key = nullptr;
  for (const PlannedComparison& pc : plan.comparisons) {
    if (pc.kind == Kind::kPersonName) {
      layout_key = &features_[pc.source];
      break;
    }
  }
  if (layout_key == nullptr && !plan.comparisons.empty()) {
    layout_key = &features_[plan.comparisons.front().source];
  }
  row_of_ = LocalityOrder(layout_key, num_rows_, left_rows_, threads);
  PermuteRows(row_of_, threads, &features_);
  layout_row_.resize(num_rows_);
  for (size_t i = 0; i < num_rows_; ++i) layout_row_[row_of_[i]] = static_cast<uint32_t>(i);
  if (flagged.size() == num_rows_) {
    flagged_storage_.resize(num_rows_);
    for (size_t i = 0; i < num_rows_; ++i) flagged_storage_[i] = flagged[row_of_[i]];
    flagged_ = flagged_storage_;
  }

  for (const PlannedComparison& pc : plan.comparisons) {
    BoundComparison bc;
    bc.name = pc.spec.name;
    bc.kind = pc.kind;
    bc.levels = pc.spec.levels;
    bc.features = &features_[pc.source];
    PrepareComparison(&bc);
    comparisons_.push_back(std::move(bc));
    std::vector<double> w, u;
    for (const LevelSpec& l : pc.spec.levels) {
      w.push_back(MatchWeight(l.m, l.u));
      u.push_back(l.u);
    }
    weights_.push_back(std::move(w));
    u_.push_back(std::move(u));
    size_t differ = pc.spec.levels.empty() ? 0 : pc.spec.levels.size() - 1;
    for (size_t l = 0; l < pc.spec.levels.size(); ++l) {
      if (pc.spec.levels[l].test == LevelTest::kOtherKind) {
        differ = l;
        break;
      }
    }
    differ_level_.push_back(static_cast<uint8_t>(differ));
    contact_kind_.push_back(pc.kind == Kind::kPhone || pc.kind == Kind::kEmail);
  }
  for (const PlannedRule& pr : plan.rules) {
    BoundRule br;
    br.name = pr.rule.name;
    br.parts = pr.rule.keys;
    for (int s : pr.sources) br.features.push_back(&features_[s]);
    rules_.push_back(std::move(br));
  }
  double prior = plan.prior;
  if (prior <= 0) {
    const size_t others = left_rows == 0
                              ? (num_rows_ > 1 ? num_rows_ - 1 : 1)
                              : std::max(left_rows, num_rows_ - left_rows);
    prior = std::clamp(plan.duplicates_per_row /
                           static_cast<double>(std::max<size_t>(others, 1)),
                       1e-12, 0.5);
  }
  prior_ = prior;
  prior_weight_ = PriorWeight(prior);
  threshold_weight_ = PriorWeight(plan.threshold);

  // Term frequencies: how often each value of the comparison's key occurs.
  // Each comparison's counts are its own: counted side by side.
  tf_.resize(comparisons_.size());
  tf_level_.resize(comparisons_.size());
  tf_first_.assign(comparisons_.size(), -1);
  auto count_values = [&](size_t c) {
    const PlannedComparison& pc = plan.comparisons[c];
    if (!pc.term_frequency) return;
    int level = -1;
    tf_level_[c].assign(pc.spec.levels.size(), false);
    for (size_t l = 0; l < pc.spec.levels.size(); ++l) {
      if (pc.spec.levels[l].test == LevelTest::kEqual ||
          pc.spec.levels[l].test == LevelTest::kEqualMobile) {
        if (level < 0) level = static_cast<int>(l);
        tf_level_[c][l] = true;
        if (tf_first_[c] < 0) tf_first_[c] = static_cast<int>(l);
      }
    }
    if (level < 0) return;
    const SourceFeatures& f = features_[pc.source];
    const bool name = pc.kind == Kind::kPersonName;
    TermFrequencies& tf = tf_[c];
    tf.u = pc.spec.levels[level].u;
    for (size_t r = 0; r < num_rows_; ++r) {
      if (f.missing(r)) continue;
      ++tf.present;
      if (!f.values(r).empty()) {
        for (std::string_view v : SplitView(f.values(r), '\n', true)) {
          ++tf.counts[UnmarkedNumber(v)];
        }
      } else {
        ++tf.counts[name ? f.sorted(r) : f.key(r)];
      }
    }
  };
  if (threads > 1 && num_rows_ > 65536) {
    tbb::task_arena arena(threads);
    arena.execute([&] {
      tbb::parallel_for(size_t{0}, comparisons_.size(), count_values);
    });
  } else {
    for (size_t c = 0; c < comparisons_.size(); ++c) count_values(c);
  }
  FindSharedLines();
  FindNameLikeUsers();
  PlanOrder();
}

// The features of the first person-name comparison: whose row a number or
// an e-mail is. Null when there is none.
const SourceFeatures* Matcher::NameFeatures() const {
  for (const BoundComparison& c : comparisons_) {
    if (c.kind == Kind::kPersonName) return c.features;
  }
  return nullptr;
}

// A number that rows with unrelated names hold (a company switchboard, a
// family's line, an office number typed for each of its people: the US
// numbers libphonenumber cannot call fixed or mobile) is a shared line
// whatever its type: its agreement is a shared line's, not a person's. The
// same for e-mails (a family's mailbox): not one person's address either;
// other numbers and addresses are one person's, however many of their rows
// hold them (TfAdjust).
// Unrelated names: see UnrelatedNames; a name typed apart (characters and
// letters, a typo, a nickname, an initial) does not make a number shared.
void Matcher::FindSharedLines() {
  const size_t nc = comparisons_.size();
  shared_lines_.assign(nc, {});
  const SourceFeatures* name_features = NameFeatures();
  if (name_features == nullptr) return;
  const SourceFeatures& names = *name_features;
  // Rows joined by a number or an address only one person uses: one
  // person's rows, whatever their names (see CountPeople).
  UnionFind people(static_cast<uint32_t>(num_rows_));
  // A number held by this many rows is shared without looking at them.
  constexpr size_t kManyHolders = 32;
  for (size_t c = 0; c < nc; ++c) {
    BoundComparison& bc = comparisons_[c];
    if (bc.kind != Kind::kPhone && bc.kind != Kind::kEmail) continue;
    const SourceFeatures& f = *bc.features;
    std::vector<std::pair<std::string_view, uint32_t>> held;
    for (size_t r = 0; r < num_rows_; ++r) {
      if (f.missing(r)) continue;
      if (bc.kind == Kind::kEmail) {
        held.emplace_back(f.key(r), static_cast<uint32_t>(r));
        continue;
      }
      for (std::string_view v : SplitView(f.values(r), '\n', true)) {
        if (!v.empty() && v[0] != kSharedLineMark) {
          held.emplace_back(v, static_cast<uint32_t>(r));
        }
      }
    }
    ParallelSort(held.begin(), held.end(), threads_);
    auto& shared = shared_lines_[c];
    for (size_t i = 0; i < held.size();) {
      size_t j = i + 1;
      while (j < held.size() && held[j].first == held[i].first) ++j;
      // The holders with a name, joined when their names may be one
      // person's (RelatedNames): shared when they fall in two groups or
      // more (Gary Wood twice and Julie Wood), not when one row relates
      // them all ("Theodore", "Maxwell" and "Theodore Maxwell").
      bool unrelated = j - i >= kManyHolders;
      if (!unrelated) {
        std::vector<uint32_t> rows;
        for (size_t x = i; x < j; ++x) {
          const uint32_t r = held[x].second;
          if (!names.missing(r) && (rows.empty() || rows.back() != r)) rows.push_back(r);
        }
        UnionFind groups(static_cast<uint32_t>(rows.size()));
        for (uint32_t x = 0; x < rows.size(); ++x) {
          for (uint32_t y = x + 1; y < rows.size(); ++y) {
            if (!groups.Connected(x, y) && RelatedNames(names, rows[x], rows[y])) {
              groups.Union(x, y);
            }
          }
        }
        unrelated = groups.num_sets() > 1;
      }
      if (unrelated) {
        shared.insert(held[i].first);
      } else {
        for (size_t x = i + 1; x < j; ++x) people.Union(held[i].second, held[x].second);
      }
      i = j;
    }
    bc.shared_values = &shared;
  }
  CountPeople(people);
}

// A name's term frequency counts the people who hold it, not the rows: one
// person's five rows (joined by their own number or address) make their
// name no more common than a person with two. Rows without a number or an
// address of their own count one each.
void Matcher::CountPeople(UnionFind& people) {
  name_shares_.assign(comparisons_.size(), {});
  for (size_t c = 0; c < comparisons_.size(); ++c) {
    TermFrequencies& tf = tf_[c];
    if (comparisons_[c].kind != Kind::kPersonName || tf.counts.empty()) continue;
    const SourceFeatures& f = *comparisons_[c].features;
    std::vector<std::pair<std::string_view, uint32_t>> held;
    held.reserve(tf.present);
    for (size_t r = 0; r < num_rows_; ++r) {
      if (!f.missing(r)) held.emplace_back(f.sorted(r), people.Find(static_cast<uint32_t>(r)));
    }
    ParallelSort(held.begin(), held.end(), threads_);
    held.erase(std::unique(held.begin(), held.end()), held.end());
    for (auto& [value, count] : tf.counts) count = 0;
    for (const auto& [value, person] : held) {
      auto it = tf.counts.find(value);
      if (it != tf.counts.end()) ++it->second;
    }
    name_shares_[c] = EstimateNameShares(f, people, threads_);
  }
}

// E-mail users spelled from the row's own name: namesakes share them.
void Matcher::FindNameLikeUsers() {
  const size_t nc = comparisons_.size();
  name_like_users_.assign(nc, {});
  const SourceFeatures* names = NameFeatures();
  if (names == nullptr) return;
  for (size_t c = 0; c < nc; ++c) {
    BoundComparison& bc = comparisons_[c];
    if (bc.kind != Kind::kEmail) continue;
    std::vector<uint8_t>& like = name_like_users_[c];
    like.assign(num_rows_, 0);
    for (size_t r = 0; r < num_rows_; ++r) {
      if (bc.features->missing(r) || names->missing(r)) continue;
      like[r] = UserSpelledFromName(bc.features->key(r), names->key(r));
    }
    bc.name_like_user = &like;
  }
}

void Matcher::PlanOrder() {
  const size_t nc = comparisons_.size();
  // The largest weight each comparison can add: its best level, the "equal"
  // level with the largest term-frequency gain; 0 when missing.
  std::vector<double> best(nc, 0.0);
  for (size_t c = 0; c < nc; ++c) {
    for (size_t l = 0; l < weights_[c].size(); ++l) {
      double w = weights_[c][l];
      if (!tf_level_[c].empty() && tf_level_[c][l] && tf_[c].present > 0 &&
          static_cast<int>(l) == tf_first_[c]) {
        // The rarest value: held by the pair's two rows only (a name: as
        // rare as its words may make it).
        const double u = u_[c][l];
        const double rarest = (u * kTfPriorRows) /
                              (static_cast<double>(tf_[c].present) + kTfPriorRows);
        const bool shares = c < name_shares_.size() && !name_shares_[c].empty();
        w += shares ? kMaxTfGain
                    : std::clamp(std::log2(u / rarest), -kMaxTfLoss, kMaxTfGain);
      }
      best[c] = std::max(best[c], w);
    }
  }
  order_.resize(nc);
  for (size_t c = 0; c < nc; ++c) order_[c] = c;
  std::stable_sort(order_.begin(), order_.end(),
                   [&](size_t x, size_t y) { return best[x] > best[y]; });
  best_ = best;
  best_total_ = 0.0;
  for (double w : best) best_total_ += w;
}

BlockingOptions Matcher::Blocking() const {
  BlockingOptions o;
  o.max_block_size = plan_.blocking.max_block_size;
  o.oversized = plan_.blocking.oversized;
  o.window = plan_.blocking.window;
  o.left_rows = left_rows_;
  o.excluded = flagged_;
  o.sort_key = [this](uint32_t row) { return SortKey(row); };
  return o;
}

std::string Matcher::SortKey(uint32_t row) const {
  std::string key;
  for (const BoundComparison& c : comparisons_) {
    key.append(c.features->sorted(row));
    key.push_back('\x1f');
  }
  return key;
}

std::vector<uint64_t> Matcher::Candidates(std::vector<RuleStats>* stats) const {
  return CandidatePairs(rules_, num_rows_, Blocking(), stats, threads_);
}

std::vector<uint64_t> Matcher::RuleCandidates(size_t rule,
                                              RuleStats* stats) const {
  return RulePairs(rules_[rule], num_rows_, Blocking(), stats);
}

void Matcher::InTableOrder(uint32_t* a, uint32_t* b) const {
  if (row_of_[*a] > row_of_[*b]) std::swap(*a, *b);
}

double Matcher::Explain(uint32_t a, uint32_t b, uint8_t* levels,
                        double* weights) const {
  InTableOrder(&a, &b);
  double total = prior_weight_;
  for (size_t c = 0; c < comparisons_.size(); ++c) {
    levels[c] = CompareLevel(comparisons_[c], a, b);
    weights[c] = LevelWeight(c, levels[c], a, b);
    total += weights[c];
  }
  return total;
}

void Matcher::SetProbabilities(const std::vector<std::vector<double>>& m,
                               const std::vector<std::vector<double>>& u,
                               double prior) {
  for (size_t c = 0; c < weights_.size(); ++c) {
    for (size_t l = 0; l < weights_[c].size(); ++l) {
      weights_[c][l] = MatchWeight(m[c][l], u[c][l]);
      u_[c][l] = u[c][l];
    }
  }
  prior_ = prior;
  prior_weight_ = PriorWeight(prior);
  PlanOrder();
}

void Matcher::Levels(uint32_t a, uint32_t b, uint8_t* levels) const {
  InTableOrder(&a, &b);
  for (size_t c = 0; c < comparisons_.size(); ++c) {
    levels[c] = CompareLevel(comparisons_[c], a, b);
  }
}

double Matcher::TfAdjust(size_t c, double u, uint32_t a, uint32_t b) const {
  const TermFrequencies& tf = tf_[c];
  if (tf.present == 0) return 0.0;
  const SourceFeatures& f = *comparisons_[c].features;
  uint32_t count = 0;
  std::string_view values_a = f.values(a), values_b = f.values(b);
  // A number that only rows under related names hold (FindSharedLines) is
  // one person's however many of their rows hold it: it is not common.
  const auto* shared = comparisons_[c].shared_values;
  auto holders = [&](std::string_view raw, uint32_t n) {
    const bool personal = shared != nullptr && !raw.empty() &&
                          raw[0] != kSharedLineMark && !shared->contains(raw);
    return personal ? std::min<uint32_t>(n, 2) : n;
  };
  if (!values_a.empty() && !values_b.empty()) {
    // The most common number the two rows share: a switchboard shared by a
    // whole company says little about who is who. Most cells hold one
    // number: no splitting then.
    if (values_a.find('\n') == std::string_view::npos &&
        values_b.find('\n') == std::string_view::npos) {
      std::string_view v = UnmarkedNumber(values_a);
      if (v == UnmarkedNumber(values_b)) {
        auto it = tf.counts.find(v);
        if (it != tf.counts.end()) count = holders(values_a, it->second);
      }
    } else {
      std::vector<std::string_view> va = SplitView(values_a, '\n', true);
      for (std::string_view& v : va) v = UnmarkedNumber(v);
      for (std::string_view raw : SplitView(values_b, '\n', true)) {
        const std::string_view v = UnmarkedNumber(raw);
        if (std::find(va.begin(), va.end(), v) == va.end()) continue;
        auto it = tf.counts.find(v);
        if (it != tf.counts.end()) count = std::max(count, holders(raw, it->second));
      }
    }
  } else {
    auto it = tf.counts.find(comparisons_[c].kind == Kind::kPersonName
                                 ? f.sorted(a)
                                 : f.key(a));
    if (it != tf.counts.end()) {
      count = shared != nullptr && !shared->contains(f.key(a))
                  ? std::min<uint32_t>(it->second, 2)
                  : it->second;
    }
  }
  if (count == 0) return 0.0;
  // The pair's own two rows do not make its value common: count the rows
  // beyond them. Small tables say little about how common a value is, so
  // the share is shrunk towards the level's u as if kTfPriorRows more rows
  // had been seen (in a table of a million rows the shrinkage is
  // negligible).
  const double others = static_cast<double>(count > 2 ? count - 2 : 0);
  const double seen =
      (others + u * kTfPriorRows) / (static_cast<double>(tf.present) + kTfPriorRows);
  double freq = seen;
  if (c < name_shares_.size() && !name_shares_[c].empty()) {
    // A name: as common as its words make it (the commoner of the two
    // rows' spellings), or as it is seen to be when others hold it too.
    freq = kNameShareSlack * std::exp2(name_shares_[c].Log2Share(a, b));
    if (others > 0) freq = std::max(freq, seen);
  }
  return std::clamp(std::log2(u / freq), -kMaxTfLoss, kMaxTfGain);
}

double Matcher::LevelWeight(size_t c, uint8_t level, uint32_t a,
                            uint32_t b) const {
  if (level == kMissingLevel) return 0.0;
  double w = weights_[c][level];
  if (!tf_level_[c].empty() && tf_level_[c][level] && tf_[c].present > 0) {
    double adjust = TfAdjust(c, u_[c][level], a, b);
    // A later equality level (a phone's shared landline) is weaker evidence
    // by nature: a rare value does not make it stronger, a common one
    // (a switchboard) makes it weaker.
    if (level != tf_first_[c]) adjust = std::min(adjust, 0.0);
    w += adjust;
  }
  return w;
}

ScoredPairs Matcher::Score(std::span<const uint64_t> pairs,
                           double report_probability) const {
  const size_t nc = comparisons_.size();
  constexpr size_t kChunk = 16384;
  const size_t chunks = (pairs.size() + kChunk - 1) / kChunk;
  std::vector<ScoredPairs> parts(chunks);
  ParallelChunks(pairs.size(), kChunk, threads_,
                 [&](size_t chunk, size_t begin, size_t end) {
    ScoredPairs& out = parts[chunk];
    std::vector<uint8_t> levels(nc);
    std::vector<double> weights(nc);
    std::vector<uint8_t> known(nc);
    const bool report = report_probability >= 0;
    for (size_t i = begin; i < end; ++i) {
      uint32_t a = PairFirst(pairs[i]), b = PairSecond(pairs[i]);
      InTableOrder(&a, &b);
      // Levels are worked out as they are needed: a pair that a cannot-link
      // guard forbids, or that can no longer reach the threshold, skips
      // the comparisons left (unless pairs are reported).
      std::fill(known.begin(), known.end(), 0);
      auto level = [&](size_t c) {
        if (!known[c]) {
          levels[c] = CompareLevel(comparisons_[c], a, b);
          known[c] = 1;
        }
        return levels[c];
      };
      // Cannot-link: every `differ` comparison from its differ level on,
      // no `unless` comparison in its first.
      // A guard is soft when one of its `unless` comparisons is missing
      // (nothing says the rows differ there too); strong evidence may
      // outweigh a soft guard between two clusters (cluster.h).
      bool forbidden = false, hard = false;
      for (const MatchPlan::Guard& guard : plan_.cannot_link) {
        // A phone or e-mail of another kind (a mobile beside an office
        // line, a private beside a work address) differs less: one person
        // holds both. Then any agreement of an `unless` comparison (a
        // company's core name, a part of the address) lifts the guard.
        bool fires = true, of_other_kind = false;
        for (int c : guard.differ) {
          const uint8_t l = level(c);
          fires &= l != kMissingLevel && l >= differ_level_[c];
          of_other_kind |=
              contact_kind_[c] && size_t{l} + 1 < weights_[c].size();
        }
        if (!fires) continue;
        bool complete = true;
        for (int c : guard.unless) {
          if (comparisons_[c].features->missing(a) ||
              comparisons_[c].features->missing(b)) {
            complete = false;
            continue;
          }
          // Agreement in the first level needs only that level's test.
          bool agree;
          if (of_other_kind) {
            agree = size_t{level(c)} + 1 < weights_[c].size();
          } else if (known[c]) {
            agree = levels[c] == 0;
          } else {
            agree = InFirstLevel(comparisons_[c], a, b);
            if (agree) {
              levels[c] = 0;
              known[c] = 1;
            }
          }
          if (agree) {
            fires = false;
            break;
          }
        }
        if (fires) {
          forbidden = true;
          hard |= complete;
        }
      }
      if (forbidden) out.cannot_link.push_back({row_of_[a], row_of_[b], !hard});
      if (forbidden && !report) continue;
      // The rest by how much they can add: a pair that cannot reach the
      // threshold even with every comparison left at its best is dropped.
      double total = prior_weight_, rest = best_total_;
      for (size_t c = 0; c < nc; ++c) {
        if (!known[c]) continue;
        weights[c] = LevelWeight(c, levels[c], a, b);
        total += weights[c];
        rest -= best_[c];
      }
      bool dropped = false;
      for (size_t c : order_) {
        if (known[c]) continue;
        if (!report && total + rest < threshold_weight_ - kDropSlack) {
          dropped = true;
          break;
        }
        level(c);
        weights[c] = LevelWeight(c, levels[c], a, b);
        total += weights[c];
        rest -= best_[c];
      }
      if (dropped) continue;
      // The total in the comparisons' own order, however they were worked
      // out (as Explain adds them).
      total = prior_weight_;
      for (size_t c = 0; c < nc; ++c) total += weights[c];
      const double p = MatchProbability(total);
      const bool accepted = !forbidden && p >= plan_.threshold;
      if (!accepted && (report_probability < 0 || p < report_probability)) {
        continue;
      }
      MatchedPair m;
      m.accepted = accepted;
      m.a = row_of_[a];
      m.b = row_of_[b];
      m.weight = total;
      m.probability = p;
      m.levels = levels;
      m.weights = weights;
      out.accepted.push_back(std::move(m));
    }
  });
  ScoredPairs all;
  size_t na = 0, nl = 0;
  for (const ScoredPairs& p : parts) {
    na += p.accepted.size();
    nl += p.cannot_link.size();
  }
  all.accepted.reserve(na);
  all.cannot_link.reserve(nl);
  for (ScoredPairs& p : parts) {
    for (MatchedPair& m : p.accepted) all.accepted.push_back(std::move(m));
    all.cannot_link.insert(all.cannot_link.end(), p.cannot_link.begin(),
                           p.cannot_link.end());
  }
  // In table rows, by (a, b).
  std::sort(all.accepted.begin(), all.accepted.end(),
            [](const MatchedPair& x, const MatchedPair& y) {
              return x.a != y.a ? x.a < y.a : x.b < y.b;
            });
  return all;
}

}  // namespace dqe::internal
