// Names: dqe's normalizer against the ICU transliterator chains, on the same
// generated strings, in the same run.
#include <benchmark/benchmark.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <string>
#include <vector>

#include "bench/ratio_reporter.h"
#include "dqe/normalize.h"
#include "tests/support/name_corpus.h"

namespace {

struct Corpus {
  std::vector<std::string> vietnamese;  // Vietnamese names only
  std::vector<std::string> latin;    // Vietnamese and Western names
  std::vector<std::string> han;      // Chinese names, Simplified and Traditional
  std::vector<std::string> mix;      // 60% Vietnamese, 20% Chinese, 20% Western
};

const Corpus& GetCorpus() {
  static const Corpus c = [] {
    Corpus c;
    dqe::testing::CorpusGenerator gen(2026);
    for (int i = 0; i < 20000; ++i) {
      c.vietnamese.push_back(gen.Vietnamese());
      c.latin.push_back(i % 4 == 3 ? gen.Western() : gen.Vietnamese());
      std::string h = gen.ChineseSimplified();
      c.han.push_back(i % 2 ? dqe::testing::CorpusGenerator::Traditional(h) : h);
    }
    for (int i = 0; i < 20000; ++i) {
      const int k = i % 5;
      c.mix.push_back(k < 3 ? c.latin[i] : k == 3 ? c.han[i] : gen.Western());
    }
    return c;
  }();
  return c;
}

std::unique_ptr<icu::Transliterator> Make(const char* id) {
  UErrorCode status = U_ZERO_ERROR;
  return std::unique_ptr<icu::Transliterator>(icu::Transliterator::createInstance(
      icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
}

void RunIcu(benchmark::State& state, const std::vector<std::string>& names,
            const char* id) {
  auto t = Make(id);
  size_t i = 0;
  std::string out;
  for (auto _ : state) {
    icu::UnicodeString s = icu::UnicodeString::fromUTF8(names[i]);
    t->transliterate(s);
    out.clear();
    s.toUTF8String(out);
    benchmark::DoNotOptimize(out);
    if (++i == names.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
}

void RunDqe(benchmark::State& state, const std::vector<std::string>& names) {
  dqe::NormalizedName out;
  const dqe::NameOptions options;
  size_t i = 0;
  for (auto _ : state) {
    dqe::NormalizeName(names[i], options, &out);
    benchmark::DoNotOptimize(out.key);
    if (++i == names.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
}

// The match key alone (dqe::NameKey: what NormalizeName gives as `key`,
// the counterpart of the ICU chain's output), as blocking computes it.
void RunDqeKey(benchmark::State& state, const std::vector<std::string>& names) {
  std::string key;
  const dqe::NameOptions options;
  size_t i = 0;
  for (auto _ : state) {
    dqe::NameKey(names[i], options, &key);
    benchmark::DoNotOptimize(key);
    if (++i == names.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
}

void BM_DqeNameKey_Latin(benchmark::State& s) { RunDqeKey(s, GetCorpus().latin); }
void BM_DqeNameKey_Han(benchmark::State& s) { RunDqeKey(s, GetCorpus().han); }

void BM_IcuLatinChain_Vietnamese(benchmark::State& s) {
  RunIcu(s, GetCorpus().vietnamese, "Any-Latin; Latin-ASCII; Lower");
}
void BM_DqeNormalizeName_Vietnamese(benchmark::State& s) {
  RunDqe(s, GetCorpus().vietnamese);
}
void BM_DqeNameKey_Vietnamese(benchmark::State& s) {
  RunDqeKey(s, GetCorpus().vietnamese);
}

void BM_IcuLatinChain_Latin(benchmark::State& s) {
  RunIcu(s, GetCorpus().latin, "Any-Latin; Latin-ASCII; Lower");
}
void BM_DqeNormalizeName_Latin(benchmark::State& s) { RunDqe(s, GetCorpus().latin); }
void BM_IcuHanLatin_Han(benchmark::State& s) { RunIcu(s, GetCorpus().han, "Han-Latin"); }
void BM_DqeNormalizeName_Han(benchmark::State& s) { RunDqe(s, GetCorpus().han); }
void BM_IcuLatinChain_Mix(benchmark::State& s) {
  RunIcu(s, GetCorpus().mix, "Any-Latin; Latin-ASCII; Lower");
}
void BM_DqeNormalizeName_Mix(benchmark::State& s) { RunDqe(s, GetCorpus().mix); }

BENCHMARK(BM_IcuLatinChain_Vietnamese);
BENCHMARK(BM_DqeNormalizeName_Vietnamese);
BENCHMARK(BM_DqeNameKey_Vietnamese);
BENCHMARK(BM_IcuLatinChain_Latin);
BENCHMARK(BM_DqeNormalizeName_Latin);
BENCHMARK(BM_IcuHanLatin_Han);
BENCHMARK(BM_DqeNormalizeName_Han);
BENCHMARK(BM_DqeNameKey_Latin);
BENCHMARK(BM_DqeNameKey_Han);
BENCHMARK(BM_IcuLatinChain_Mix);
BENCHMARK(BM_DqeNormalizeName_Mix);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  dqe::bench::RatioReporter reporter({
      {"BM_DqeNormalizeName_Vietnamese", "BM_IcuLatinChain_Vietnamese"},
      {"BM_DqeNameKey_Vietnamese", "BM_IcuLatinChain_Vietnamese"},
      {"BM_DqeNormalizeName_Latin", "BM_IcuLatinChain_Latin"},
      {"BM_DqeNormalizeName_Han", "BM_IcuHanLatin_Han"},
      {"BM_DqeNameKey_Latin", "BM_IcuLatinChain_Latin"},
      {"BM_DqeNameKey_Han", "BM_IcuHanLatin_Han"},
      {"BM_DqeNormalizeName_Mix", "BM_IcuLatinChain_Mix"},
  });
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  return 0;
}
