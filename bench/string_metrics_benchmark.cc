// String metrics: dqe's bit-parallel Levenshtein and Jaro-Winkler against
// naive O(n·m) implementations, on the same name pairs, in the same run.
//
//   BM_Naive{Levenshtein,JaroWinkler}_X    baseline: textbook dynamic
//                                          programming / flag-array scan on
//                                          decoded code points (buffers
//                                          reused: no allocation per pair)
//   BM_{Levenshtein,JaroWinkler}_X         dqe, pairwise
//   BM_Cached{Levenshtein,JaroWinkler}_X   dqe, query precomputed (one query
//                                          against its 16 candidates)
//   BM_TokenSetRatio_Keys                  dqe's token ratios, to set their
//   BM_SpacelessTokenSortRatio_Keys        cost against Jaro-Winkler's
//
// X = Keys: match keys as the normalizer writes them (lower-case ASCII,
// Vietnamese folded, Chinese in pinyin). X = Display: the display forms
// (diacritics, Han characters), i.e. the non-ASCII path.
//
// The pairs are what blocking hands the comparison stage: 2 000 query names
// (60% Vietnamese, 20% Chinese, 20% Western), each with 16 candidates — 4 of
// them the query with one or two typos, 8 other names sharing its first
// token (its block), 4 random names. After the table, the ratios against the
// baselines are printed.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "bench/ratio_reporter.h"
#include "dqe/compare.h"
#include "dqe/normalize.h"
#include "src/common/utf8.h"
#include "tests/support/name_corpus.h"

namespace {

constexpr int kQueries = 2000;
constexpr int kPerQuery = 16;

// ---------------------------------------------------------------- naive ----

// Decode: code points, an invalid byte as 0x110000 + byte (as dqe does).
void Decode(std::string_view s, std::u32string* out) {
  out->clear();
  size_t pos = 0;
  while (pos < s.size()) {
    const char32_t cp = dqe::internal::DecodeUtf8(s, &pos);
    if (cp == dqe::internal::kInvalidCodePoint) {
      out->push_back(0x110000 + static_cast<unsigned char>(s[pos++]));
    } else {
      out->push_back(cp);
    }
  }
}

class NaiveLevenshtein {
 public:
  double Similarity(std::string_view a, std::string_view b) {
    Decode(a, &a_);
    Decode(b, &b_);
    const size_t len = std::max(a_.size(), b_.size());
    if (len == 0) return 1.0;
    row_.resize(b_.size() + 1);
    for (size_t j = 0; j <= b_.size(); ++j) row_[j] = j;
    for (size_t i = 1; i <= a_.size(); ++i) {
      size_t diagonal = row_[0];
      row_[0] = i;
      for (size_t j = 1; j <= b_.size(); ++j) {
        const size_t up = row_[j];
        row_[j] = std::min({up + 1, row_[j - 1] + 1,
                            diagonal + (a_[i - 1] == b_[j - 1] ? 0 : 1)});
        diagonal = up;
      }
    }
    return 1.0 - static_cast<double>(row_[b_.size()]) / static_cast<double>(len);
  }

 private:
  std::u32string a_, b_;
  std::vector<size_t> row_;
};

class NaiveJaroWinkler {
 public:
  double Similarity(std::string_view a, std::string_view b) {
    Decode(a, &a_);
    Decode(b, &b_);
    if (a_.empty() && b_.empty()) return 1.0;
    if (a_.empty() || b_.empty()) return 0.0;
    const size_t longest = std::max(a_.size(), b_.size());
    const size_t window = longest / 2 > 0 ? longest / 2 - 1 : 0;
    a_flag_.assign(a_.size(), 0);
    b_flag_.assign(b_.size(), 0);
    size_t m = 0;
    for (size_t i = 0; i < a_.size(); ++i) {
      const size_t lo = i > window ? i - window : 0;
      const size_t hi = std::min(i + window + 1, b_.size());
      for (size_t j = lo; j < hi; ++j) {
        if (!b_flag_[j] && a_[i] == b_[j]) {
          a_flag_[i] = b_flag_[j] = 1;
          ++m;
          break;
        }
      }
    }
    if (m == 0) return 0.0;
    size_t out_of_order = 0;
    for (size_t i = 0, k = 0; i < a_.size(); ++i) {
      if (!a_flag_[i]) continue;
      while (!b_flag_[k]) ++k;
      out_of_order += a_[i] != b_[k++];
    }
    const double md = static_cast<double>(m);
    const double jaro = (md / static_cast<double>(a_.size()) +
                         md / static_cast<double>(b_.size()) +
                         (md - static_cast<double>(out_of_order / 2)) / md) /
                        3.0;
    if (jaro <= 0.7) return jaro;
    size_t l = 0;
    while (l < 4 && l < a_.size() && l < b_.size() && a_[l] == b_[l]) ++l;
    return jaro + static_cast<double>(l) * 0.1 * (1.0 - jaro);
  }

 private:
  std::u32string a_, b_;
  std::vector<uint8_t> a_flag_, b_flag_;
};

// ---------------------------------------------------------------- pairs ----

struct Pairs {
  std::vector<std::string> queries;     // kQueries
  std::vector<std::string> candidates;  // kPerQuery per query, in order
};

struct AllPairs {
  Pairs keys, display;
};

std::u32string ToU32(std::string_view s) {
  std::u32string out;
  Decode(s, &out);
  return out;
}

std::string ToUtf8(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) dqe::internal::AppendUtf8(c, &out);
  return out;
}

// Typo: one or two of substitution, deletion, insertion, adjacent swap, with
// letters from `letters`, on code points.
std::string Typo(std::string_view text, const std::u32string& letters,
                 std::mt19937& rng) {
  std::u32string s = ToU32(text);
  auto uniform = [&](size_t n) {
    return std::uniform_int_distribution<size_t>(0, n - 1)(rng);
  };
  const int edits = 1 + static_cast<int>(uniform(2));
  for (int e = 0; e < edits && s.size() >= 2; ++e) {
    const size_t at = uniform(s.size() - 1);
    const char32_t letter = letters[uniform(letters.size())];
    switch (uniform(4)) {
      case 0: s[at] = letter; break;
      case 1: s.erase(at, 1); break;
      case 2: s.insert(s.begin() + static_cast<std::ptrdiff_t>(at), letter); break;
      default: std::swap(s[at], s[at + 1]); break;
    }
  }
  return ToUtf8(s);
}

const AllPairs& GetPairs() {
  static const AllPairs all = [] {
    dqe::testing::CorpusGenerator gen(2026);
    std::mt19937 rng(7);
    std::vector<std::string> keys, display;
    while (keys.size() < 6000) {
      const int kind = gen.Uniform(10);
      std::string name = kind < 6   ? gen.Vietnamese()
                         : kind < 8 ? gen.ChineseSimplified()
                                    : gen.Western();
      if (kind >= 6 && kind < 8 && gen.Uniform(3) == 0) {
        name = dqe::testing::CorpusGenerator::Traditional(name);
      }
      const dqe::NormalizedName n = dqe::NormalizeName(name);
      if (!n.valid || n.key.empty()) continue;
      keys.push_back(n.key);
      display.push_back(n.display);
    }
    // Blocks: names sharing the key's first token.
    std::map<std::string, std::vector<size_t>> blocks;
    for (size_t i = 0; i < keys.size(); ++i) {
      blocks[keys[i].substr(0, keys[i].find(' '))].push_back(i);
    }
    const std::u32string key_letters = U"abcdeghiklmnopqrstuvwxy";
    const std::u32string display_letters = U"aăâeêioôơuưyđnghtăạảãáàễệếềểịọốồổộ";
    AllPairs all;
    auto pick = [&](size_t n) {
      return std::uniform_int_distribution<size_t>(0, n - 1)(rng);
    };
    for (int q = 0; q < kQueries; ++q) {
      const size_t i = pick(keys.size());
      all.keys.queries.push_back(keys[i]);
      all.display.queries.push_back(display[i]);
      const std::vector<size_t>& block =
          blocks[keys[i].substr(0, keys[i].find(' '))];
      for (int c = 0; c < kPerQuery; ++c) {
        if (c < 4) {
          all.keys.candidates.push_back(Typo(keys[i], key_letters, rng));
          all.display.candidates.push_back(
              Typo(display[i], display_letters, rng));
          continue;
        }
        const size_t j = c < 12 ? block[pick(block.size())] : pick(keys.size());
        all.keys.candidates.push_back(keys[j]);
        all.display.candidates.push_back(display[j]);
      }
    }
    return all;
  }();
  return all;
}

// --------------------------------------------------------------- benches ----

// RunPairwise times score(query, candidate) over all pairs in turn.
template <typename Score>
void RunPairwise(benchmark::State& state, const Pairs& pairs, Score&& score) {
  const size_t n = pairs.candidates.size();
  size_t i = 0;
  double sum = 0;
  for (auto _ : state) {
    sum += score(pairs.queries[i / kPerQuery], pairs.candidates[i]);
    if (++i == n) i = 0;
  }
  benchmark::DoNotOptimize(sum);
  state.SetItemsProcessed(state.iterations());
}

// RunCached times cached[query].Similarity(candidate), the Cached scorers
// built before the timing (the "query precomputed" case).
template <typename Cached>
void RunCached(benchmark::State& state, const Pairs& pairs) {
  std::vector<Cached> cached;
  cached.reserve(pairs.queries.size());
  for (const std::string& q : pairs.queries) cached.emplace_back(q);
  const size_t n = pairs.candidates.size();
  size_t i = 0;
  double sum = 0;
  for (auto _ : state) {
    sum += cached[i / kPerQuery].Similarity(pairs.candidates[i]);
    if (++i == n) i = 0;
  }
  benchmark::DoNotOptimize(sum);
  state.SetItemsProcessed(state.iterations());
}

void NaiveLevenshteinOn(benchmark::State& s, const Pairs& p) {
  NaiveLevenshtein naive;
  RunPairwise(s, p, [&](std::string_view a, std::string_view b) {
    return naive.Similarity(a, b);
  });
}
void LevenshteinOn(benchmark::State& s, const Pairs& p) {
  RunPairwise(s, p, [](std::string_view a, std::string_view b) {
    return dqe::LevenshteinSimilarity(a, b);
  });
}
void NaiveJaroWinklerOn(benchmark::State& s, const Pairs& p) {
  NaiveJaroWinkler naive;
  RunPairwise(s, p, [&](std::string_view a, std::string_view b) {
    return naive.Similarity(a, b);
  });
}
void JaroWinklerOn(benchmark::State& s, const Pairs& p) {
  RunPairwise(s, p, [](std::string_view a, std::string_view b) {
    return dqe::JaroWinklerSimilarity(a, b);
  });
}

void BM_NaiveLevenshtein_Keys(benchmark::State& s) { NaiveLevenshteinOn(s, GetPairs().keys); }
void BM_Levenshtein_Keys(benchmark::State& s) { LevenshteinOn(s, GetPairs().keys); }
void BM_CachedLevenshtein_Keys(benchmark::State& s) {
  RunCached<dqe::CachedLevenshtein>(s, GetPairs().keys);
}
void BM_NaiveJaroWinkler_Keys(benchmark::State& s) { NaiveJaroWinklerOn(s, GetPairs().keys); }
void BM_JaroWinkler_Keys(benchmark::State& s) { JaroWinklerOn(s, GetPairs().keys); }
void BM_CachedJaroWinkler_Keys(benchmark::State& s) {
  RunCached<dqe::CachedJaroWinkler>(s, GetPairs().keys);
}
void BM_TokenSetRatio_Keys(benchmark::State& s) {
  RunPairwise(s, GetPairs().keys, [](std::string_view a, std::string_view b) {
    return dqe::TokenSetRatio(a, b);
  });
}
void BM_SpacelessTokenSortRatio_Keys(benchmark::State& s) {
  RunPairwise(s, GetPairs().keys, [](std::string_view a, std::string_view b) {
    return dqe::SpacelessTokenSortRatio(a, b);
  });
}

void BM_NaiveLevenshtein_Display(benchmark::State& s) { NaiveLevenshteinOn(s, GetPairs().display); }
void BM_Levenshtein_Display(benchmark::State& s) { LevenshteinOn(s, GetPairs().display); }
void BM_CachedLevenshtein_Display(benchmark::State& s) {
  RunCached<dqe::CachedLevenshtein>(s, GetPairs().display);
}
void BM_NaiveJaroWinkler_Display(benchmark::State& s) { NaiveJaroWinklerOn(s, GetPairs().display); }
void BM_JaroWinkler_Display(benchmark::State& s) { JaroWinklerOn(s, GetPairs().display); }
void BM_CachedJaroWinkler_Display(benchmark::State& s) {
  RunCached<dqe::CachedJaroWinkler>(s, GetPairs().display);
}

BENCHMARK(BM_NaiveLevenshtein_Keys);
BENCHMARK(BM_Levenshtein_Keys);
BENCHMARK(BM_CachedLevenshtein_Keys);
BENCHMARK(BM_NaiveJaroWinkler_Keys);
BENCHMARK(BM_JaroWinkler_Keys);
BENCHMARK(BM_CachedJaroWinkler_Keys);
BENCHMARK(BM_TokenSetRatio_Keys);
BENCHMARK(BM_SpacelessTokenSortRatio_Keys);
BENCHMARK(BM_NaiveLevenshtein_Display);
BENCHMARK(BM_Levenshtein_Display);
BENCHMARK(BM_CachedLevenshtein_Display);
BENCHMARK(BM_NaiveJaroWinkler_Display);
BENCHMARK(BM_JaroWinkler_Display);
BENCHMARK(BM_CachedJaroWinkler_Display);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  dqe::bench::RatioReporter reporter({
      {"BM_Levenshtein_Keys", "BM_NaiveLevenshtein_Keys"},
      {"BM_CachedLevenshtein_Keys", "BM_NaiveLevenshtein_Keys"},
      {"BM_JaroWinkler_Keys", "BM_NaiveJaroWinkler_Keys"},
      {"BM_CachedJaroWinkler_Keys", "BM_NaiveJaroWinkler_Keys"},
      {"BM_TokenSetRatio_Keys", "BM_JaroWinkler_Keys"},
      {"BM_SpacelessTokenSortRatio_Keys", "BM_JaroWinkler_Keys"},
      {"BM_Levenshtein_Display", "BM_NaiveLevenshtein_Display"},
      {"BM_CachedLevenshtein_Display", "BM_NaiveLevenshtein_Display"},
      {"BM_JaroWinkler_Display", "BM_NaiveJaroWinkler_Display"},
      {"BM_CachedJaroWinkler_Display", "BM_NaiveJaroWinkler_Display"},
  });
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  return 0;
}
