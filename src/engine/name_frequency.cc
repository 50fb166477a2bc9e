// name_frequency.cc: a name's share of the people, from its words' shares.
#include "src/engine/name_frequency.h"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <cmath>
#include <string_view>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "src/common/split.h"
#include "src/normalize/honorifics.h"

namespace dqe::internal {
namespace {

constexpr int kCultures = 3;
// A word's share of a culture's people, (other holders + kPseudoHolders) /
// (people + kPseudoPeople): a word nobody else holds is rare, not
// impossible, and a culture of a few people (a small table) says little.
constexpr double kPseudoHolders = 0.5;
constexpr double kPseudoPeople = 20.0;

// Calls f(row) for every row, on `threads` threads (each row on its own).
template <typename F>
void ForRows(size_t n, int threads, F&& f) {
  constexpr size_t kChunk = 8192;
  if (threads > 1 && n > kChunk) {
    tbb::task_arena arena(threads);
    arena.execute([&] {
      tbb::parallel_for(tbb::blocked_range<size_t>(0, n, kChunk),
                        [&](const tbb::blocked_range<size_t>& range) {
                          for (size_t r = range.begin(); r != range.end(); ++r) f(r);
                        });
    });
  } else {
    for (size_t r = 0; r < n; ++r) f(r);
  }
}

}  // namespace

uint8_t NameCulture(const SourceFeatures& names, size_t row) {
  if (names.han_script(row) || !names.core(row).empty() ||
      !names.cantonese(row).empty()) {
    return 1;
  }
  for (std::string_view rest = names.sorted(row); !rest.empty();) {
    const size_t space = rest.find(' ');
    if (IsVietnameseFamilyKey(rest.substr(0, space))) return 2;
    if (space == std::string_view::npos) break;
    rest.remove_prefix(space + 1);
  }
  return 0;
}

NameShares EstimateNameShares(const SourceFeatures& names, UnionFind& people,
                              int threads) {
  const size_t n = names.size();
  NameShares out;
  out.person.assign(n, 0);
  out.own.assign(n, 0.0f);
  out.pair.assign(n, 0.0f);
  std::vector<uint8_t> culture(n, 0);
  ForRows(n, threads, [&](size_t r) {
    if (!names.missing(r)) culture[r] = NameCulture(names, r);
  });
  // Rows with a name, grouped by person: (person << 32) | row.
  std::vector<uint64_t> by_person;
  for (size_t r = 0; r < n; ++r) {
    out.person[r] = people.Find(static_cast<uint32_t>(r));
    if (names.missing(r)) continue;
    by_person.push_back(static_cast<uint64_t>(out.person[r]) << 32 | r);
  }
  if (by_person.empty()) return out;
  std::sort(by_person.begin(), by_person.end());

  // Per culture: the people holding each word, and the people.
  absl::flat_hash_map<std::string_view, uint32_t> holders[kCultures];
  double people_in[kCultures] = {};
  double everyone = 0;
  std::vector<std::pair<uint8_t, std::string_view>> words;
  for (size_t i = 0; i < by_person.size();) {
    const uint64_t person = by_person[i] >> 32;
    words.clear();
    size_t j = i;
    for (; j < by_person.size() && by_person[j] >> 32 == person; ++j) {
      const uint32_t r = static_cast<uint32_t>(by_person[j]);
      const uint8_t c = culture[r];
      words.emplace_back(c, std::string_view());  // the person is of c
      for (std::string_view w : SplitView(names.sorted(r), ' ', true)) {
        words.emplace_back(c, w);
      }
    }
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    for (const auto& [c, w] : words) {
      if (w.empty()) {
        people_in[c] += 1;
      } else {
        ++holders[c][w];
      }
    }
    everyone += 1;
    i = j;
  }

  ForRows(n, threads, [&](size_t r) {
    if (names.missing(r)) return;
    const std::vector<std::string_view> words_of_row =
        SplitView(names.sorted(r), ' ', true);
    // Summed over the cultures the name may be of ("Mandy Ng": Western
    // words or Hong Kong ones): s(c) · Π p_c(w) each, where the row's own
    // person (and, for `pair`, one more) is not counted in its culture. (A
    // product of a few shares stays far from a double's smallest value.)
    double own = 0, pair = 0;
    for (int c = 0; c < kCultures; ++c) {
      if (people_in[c] == 0) continue;
      const double self = c == culture[r] ? 1.0 : 0.0;
      const double people = people_in[c] + kPseudoPeople;
      double share_own = people_in[c] / everyone, share_pair = share_own;
      for (std::string_view w : words_of_row) {
        auto it = holders[c].find(w);
        const double held = it == holders[c].end() ? 0.0 : it->second;
        share_own *= (std::max(held - self, 0.0) + kPseudoHolders) / people;
        share_pair *= (std::max(held - 2 * self, 0.0) + kPseudoHolders) / people;
      }
      own += share_own;
      pair += share_pair;
    }
    out.own[r] = static_cast<float>(std::min(std::log2(own), 0.0));
    out.pair[r] = static_cast<float>(std::min(std::log2(pair), 0.0));
  });
  return out;
}

}  // namespace dqe::internal
