// The cost of crossing the C API: normalizing a column of 1,000,000 phones
// through dqe_normalize_column against the C++ call it wraps,
// NormalizePhoneColumn, on the same cells in the same run.
//
//   BM_CppNormalizePhoneColumn        baseline: dqe::NormalizePhoneColumn
//   BM_CApiNormalizePhoneColumn       dqe_normalize_column(DQE_KIND_PHONE),
//                                     then dqe_column_result_destroy
//   BM_CppNormalizePhoneColumnRead    the baseline, then every row's first
//                                     valid E.164 read from the structs
//   BM_CApiNormalizePhoneColumnRead   the C call, then every row's E.164
//                                     read with dqe_column_result_string
//
// Target: the C call within 1.1x of the C++ call (ratio >= 0.91). After the
// table, the ratios are printed.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "bench/ratio_reporter.h"
#include "dqe.h"
#include "dqe/normalize.h"

namespace {

constexpr size_t kCells = 1000000;

// 1M phone cells with their rows' regions, nearly all distinct, typed the
// ways CRM rows hold them: VN mobiles and landlines (national, +84, with
// "(0)", pre-2018 11-digit), CN mobiles, US numbers, a few with extensions or
// two numbers.
struct Column {
  std::vector<std::string> text, region;
  std::vector<std::string_view> text_views, region_views;
  std::vector<dqe_string> text_c, region_c;

  Column() {
    std::mt19937_64 rng(42);
    auto digits = [&](int n) {
      std::string s;
      for (int i = 0; i < n; ++i) s.push_back('0' + rng() % 10);
      return s;
    };
    const char* vn_prefixes[] = {"91", "90", "98", "97", "96", "93", "94",
                                 "88", "86", "70", "77", "32", "35", "38"};
    for (size_t i = 0; i < kCells; ++i) {
      const int pick = rng() % 100;
      std::string t, r;
      if (pick < 45) {  // VN mobile, several spellings
        const std::string nsn = vn_prefixes[rng() % 14] + digits(7);
        r = "VN";
        switch (rng() % 4) {
          case 0: t = "0" + nsn.substr(0, 3) + " " + nsn.substr(3, 3) + " " + nsn.substr(6); break;
          case 1: t = "+84 " + nsn; break;
          case 2: t = "+84 (0) " + nsn.substr(0, 3) + "-" + nsn.substr(3, 3) + "-" + nsn.substr(6); break;
          default: t = "0" + nsn; break;
        }
      } else if (pick < 55) {  // pre-2018 VN mobile
        r = "VN";
        t = "016" + std::to_string(2 + rng() % 8) + " " + digits(3) + " " + digits(4);
      } else if (pick < 65) {  // VN landline
        r = "VN";
        t = "(028) 38" + digits(2) + " " + digits(4);
      } else if (pick < 80) {  // CN mobile
        r = "CN";
        t = (rng() % 2 ? "+86 13" : "13") + digits(1) + " " + digits(4) + " " + digits(4);
      } else if (pick < 95) {  // US
        r = "US";
        t = "(" + std::to_string(201 + rng() % 700) + ") " + std::to_string(200 + rng() % 700) + "-" + digits(4);
      } else if (pick < 98) {  // extension
        r = "VN";
        t = "028 38" + digits(6) + " ext. " + digits(2);
      } else {  // two numbers
        r = "VN";
        t = "091" + digits(7) + " / 028 38" + digits(6);
      }
      text.push_back(std::move(t));
      region.push_back(std::move(r));
    }
    for (size_t i = 0; i < kCells; ++i) {
      text_views.emplace_back(text[i]);
      region_views.emplace_back(region[i]);
      text_c.push_back(dqe_string{text[i].data(), text[i].size()});
      region_c.push_back(dqe_string{region[i].data(), region[i].size()});
    }
  }
};

const Column& Cells() {
  static const Column* const column = new Column();
  return *column;
}

void BM_CppNormalizePhoneColumn(benchmark::State& state) {
  const Column& c = Cells();
  for (auto _ : state) {
    std::vector<dqe::NormalizedPhone> r =
        dqe::NormalizePhoneColumn(c.text_views, c.region_views);
    benchmark::DoNotOptimize(r.data());
  }
  state.SetItemsProcessed(state.iterations() * kCells);
}

void BM_CApiNormalizePhoneColumn(benchmark::State& state) {
  const Column& c = Cells();
  for (auto _ : state) {
    dqe_column_result* r = nullptr;
    if (dqe_normalize_column(DQE_KIND_PHONE, nullptr, c.text_c.data(),
                             c.text_c.size(), c.region_c.data(), &r,
                             nullptr) != DQE_OK) {
      state.SkipWithError("dqe_normalize_column failed");
      break;
    }
    benchmark::DoNotOptimize(r);
    dqe_column_result_destroy(r);
  }
  state.SetItemsProcessed(state.iterations() * kCells);
}

void BM_CppNormalizePhoneColumnRead(benchmark::State& state) {
  const Column& c = Cells();
  for (auto _ : state) {
    std::vector<dqe::NormalizedPhone> r =
        dqe::NormalizePhoneColumn(c.text_views, c.region_views);
    size_t bytes = 0;
    for (const dqe::NormalizedPhone& p : r) {
      for (const dqe::PhoneNumber& n : p.numbers) {
        if (n.valid) {
          bytes += n.e164.size();
          break;
        }
      }
    }
    benchmark::DoNotOptimize(bytes);
  }
  state.SetItemsProcessed(state.iterations() * kCells);
}

void BM_CApiNormalizePhoneColumnRead(benchmark::State& state) {
  const Column& c = Cells();
  for (auto _ : state) {
    dqe_column_result* r = nullptr;
    if (dqe_normalize_column(DQE_KIND_PHONE, nullptr, c.text_c.data(),
                             c.text_c.size(), c.region_c.data(), &r,
                             nullptr) != DQE_OK) {
      state.SkipWithError("dqe_normalize_column failed");
      break;
    }
    size_t bytes = 0;
    const size_t rows = dqe_column_result_rows(r);
    for (size_t row = 0; row < rows; ++row) {
      dqe_string e164;
      if (dqe_column_result_string(r, row, DQE_FIELD_E164, &e164) == DQE_OK) {
        bytes += e164.len;
      }
    }
    benchmark::DoNotOptimize(bytes);
    dqe_column_result_destroy(r);
  }
  state.SetItemsProcessed(state.iterations() * kCells);
}

BENCHMARK(BM_CppNormalizePhoneColumn)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CApiNormalizePhoneColumn)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CppNormalizePhoneColumnRead)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CApiNormalizePhoneColumnRead)->Unit(benchmark::kMillisecond);

// RatioReporter rounds to 0.1x; the 1.1x target needs more digits, and a
// median over repetitions when they are asked for.
class PreciseRatioReporter : public dqe::bench::RatioReporter {
 public:
  explicit PreciseRatioReporter(
      std::vector<std::pair<std::string, std::string>> pairs)
      : RatioReporter(pairs), pairs_(std::move(pairs)) {}

  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& run : runs) {
      auto it = run.counters.find("items_per_second");
      if (it != run.counters.end() && run.run_type == Run::RT_Iteration) {
        std::string name = run.benchmark_name();
        rates_[name.substr(0, name.find('/'))].push_back(it->second.value);
      }
    }
    RatioReporter::ReportRuns(runs);
  }

  void Finalize() override {
    RatioReporter::Finalize();
    std::printf("\n%-40s %8s %10s\n", "C API vs C++ (median of runs)",
                "ratio", "C++ / C");
    for (const auto& [ours, base] : pairs_) {
      if (!rates_.count(ours) || !rates_.count(base)) continue;
      const double r = Median(rates_[ours]) / Median(rates_[base]);
      std::printf("%-40s %7.3fx %9.3fx\n", ours.c_str(), r, 1.0 / r);
    }
  }

 private:
  static double Median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
  std::vector<std::pair<std::string, std::string>> pairs_;
  std::map<std::string, std::vector<double>> rates_;
};

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  Cells();  // built before timing starts
  PreciseRatioReporter reporter(
      {{"BM_CApiNormalizePhoneColumn", "BM_CppNormalizePhoneColumn"},
       {"BM_CApiNormalizePhoneColumnRead", "BM_CppNormalizePhoneColumnRead"}});
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  return 0;
}
