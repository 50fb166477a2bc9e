// NormalizeEmail throughput on a realistic column (see bench/README.md).
//
//   build/bench/email_normalizer_benchmark --benchmark_min_time=2s

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "benchmark/benchmark.h"
#include "dqe/normalize.h"

namespace {

// A CRM e-mail column as it arrives: mostly clean ASCII addresses of people
// at Gmail, Yahoo, Vietnamese and Chinese companies; some typed in upper
// case, with +tags, pasted with "mailto:" or spaces, a few role accounts,
// typo domains, invalid cells and non-ASCII (fullwidth, IDN) addresses.
std::vector<std::string> MakeColumn(size_t n) {
  const char* const kFamily[] = {"nguyen", "tran", "le",   "pham", "hoang",
                                 "vu",     "dang", "bui",  "do",   "zhang",
                                 "wang",   "li",   "chen", "smith"};
  const char* const kGiven[] = {"an",   "binh", "hoa",  "minh", "thu",
                                "lan",  "hung", "wei",  "fang", "xiuying",
                                "tuan", "linh", "john", "duc"};
  const char* const kDomains[] = {
      "gmail.com",       "gmail.com",   "gmail.com",
      "gmail.com",       "yahoo.com",   "yahoo.com.vn",
      "hotmail.com",     "outlook.com", "minhphat.com.vn",
      "vinamilk.com.vn", "fpt.com.vn",  "abc-trading.vn",
      "163.com",         "qq.com",      "tencent.com",
      "example.com",     "hust.edu.vn", "sunrise-logistics.com"};
  const char* const kOdd[] = {
      "  Mailto:Nguyen.Van.An+crm@GoogleMail.com",
      "INFO@MINHPHAT.COM.VN",
      "ketoan@abc-trading.vn",
      "an.nguyen@gmial.com",
      "binh@yaho.com",
      "nguyen van an@gmail.com",
      "an..b@gmail.com",
      "n/a",
      "ＮＧＵＹＥＮ＠ＧＭＡＩＬ．ＣＯＭ",
      "nguyễn@công-ty.vn",
      "zhang@例子。中国",
      "",
  };
  std::mt19937 rng(42);
  std::vector<std::string> column;
  column.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    const unsigned r = rng() % 100;
    if (r < 8) {  // 8% messy, role, typo, invalid or non-ASCII
      column.emplace_back(kOdd[rng() % std::size(kOdd)]);
      continue;
    }
    std::string family = kFamily[rng() % std::size(kFamily)];
    std::string given = kGiven[rng() % std::size(kGiven)];
    std::string local;
    switch (rng() % 4) {
      case 0:
        local = family + "." + given;
        break;
      case 1:
        local = given + "." + family;
        break;
      case 2:
        local = family + given + std::to_string(rng() % 100);
        break;
      default:
        local = given + family[0];
        break;
    }
    if (r < 12) local += "+crm";
    std::string address = local + "@" + kDomains[rng() % std::size(kDomains)];
    if (r >= 12 && r < 20) {  // typed with capitals
      address[0] = static_cast<char>(address[0] - 'a' + 'A');
    }
    column.push_back(std::move(address));
  }
  return column;
}

void RunOver(benchmark::State& state, const std::vector<std::string>& column) {
  size_t i = 0;
  for (auto _ : state) {
    dqe::NormalizedEmail e = dqe::NormalizeEmail(column[i]);
    benchmark::DoNotOptimize(e);
    if (++i == column.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
}

void BM_NormalizeEmail_Mix(benchmark::State& state) {
  static const std::vector<std::string> column = MakeColumn(16384);
  RunOver(state, column);
}
BENCHMARK(BM_NormalizeEmail_Mix);

void BM_NormalizeEmail_CleanAscii(benchmark::State& state) {
  static const std::vector<std::string> column = {
      "nguyen.van.an@gmail.com", "tran.thi.binh@minhphat.com.vn",
      "zhang.wei@163.com", "hoa.le@yahoo.com.vn"};
  RunOver(state, column);
}
BENCHMARK(BM_NormalizeEmail_CleanAscii);

void BM_NormalizeEmail_NonAscii(benchmark::State& state) {
  static const std::vector<std::string> column = {
      "ＮＧＵＹＥＮ＠ＧＭＡＩＬ．ＣＯＭ", "nguyễn@công-ty.vn",
      "zhang@例子。中国", "info@Bücher.de"};
  RunOver(state, column);
}
BENCHMARK(BM_NormalizeEmail_NonAscii);

void BM_NormalizeEmailColumn_Mix(benchmark::State& state) {
  static const std::vector<std::string> column = MakeColumn(16384);
  static const std::vector<std::string_view> cells(column.begin(),
                                                   column.end());
  for (auto _ : state) {
    std::vector<dqe::NormalizedEmail> out = dqe::NormalizeEmailColumn(cells);
    benchmark::DoNotOptimize(out);
  }
  state.SetItemsProcessed(state.iterations() * cells.size());
}
BENCHMARK(BM_NormalizeEmailColumn_Mix);

}  // namespace

BENCHMARK_MAIN();
