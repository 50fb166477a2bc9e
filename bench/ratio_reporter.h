// ratio_reporter.h: a Google Benchmark reporter that, after the usual table,
// prints each benchmark's throughput as a ratio against a baseline measured
// in the same run.
//
//   int main(int argc, char** argv) {
//     benchmark::Initialize(&argc, argv);
//     dqe::bench::RatioReporter r({{"BM_Ours", "BM_Baseline"}});
//     benchmark::RunSpecifiedBenchmarks(&r);
//   }
#ifndef DQE_BENCH_RATIO_REPORTER_H_
#define DQE_BENCH_RATIO_REPORTER_H_

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace dqe::bench {

class RatioReporter : public benchmark::ConsoleReporter {
 public:
  // pairs: (benchmark, its baseline), matched on the name before any '/'.
  explicit RatioReporter(std::vector<std::pair<std::string, std::string>> pairs)
      : pairs_(std::move(pairs)) {}

  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& run : runs) {
      auto it = run.counters.find("items_per_second");
      if (it != run.counters.end() && run.run_type == Run::RT_Iteration) {
        std::string name = run.benchmark_name();
        name = name.substr(0, name.find('/'));
        rates_[name] = it->second.value;
      }
    }
    ConsoleReporter::ReportRuns(runs);
  }

  void Finalize() override {
    ConsoleReporter::Finalize();
    std::printf("\n%-40s %14s %14s %8s\n", "benchmark vs baseline", "items/s",
                "baseline/s", "ratio");
    for (const auto& [ours, base] : pairs_) {
      if (!rates_.count(ours) || !rates_.count(base)) continue;
      std::printf("%-40s %14.0f %14.0f %7.1fx\n", ours.c_str(), rates_[ours],
                  rates_[base], rates_[ours] / rates_[base]);
    }
  }

 private:
  std::vector<std::pair<std::string, std::string>> pairs_;
  std::map<std::string, double> rates_;
};

}  // namespace dqe::bench

#endif  // DQE_BENCH_RATIO_REPORTER_H_
