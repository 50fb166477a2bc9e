// Phone normalization against bare libphonenumber, on the same cells.
//
//   BM_LibphonenumberParseFormat_Unique      baseline: Parse + Format(E164)
//   BM_LibphonenumberFullAnswer_Unique       Parse + IsValidNumber +
//                                            GetNumberType + region + E164,
//                                            what NormalizePhone answers
//   BM_NormalizePhone_Unique                 NormalizePhone, cell by cell
//   BM_LibphonenumberParseFormat_Numbers     baseline on the numbers alone:
//                                            the cells split first (no
//                                            extensions, notes, 2nd numbers)
//   BM_ParsePhone_Numbers                    the internal parser on those
//                                            (pre-parser + RE2 metadata)
//   BM_LibphonenumberParseFormat_Repeated    baseline over a switchboard-
//                                            heavy column (100k cells, 2k
//                                            distinct numbers)
//   BM_NormalizePhoneColumn_Repeated         NormalizePhoneColumn on it
//
// The cells are a mix of VN, CN, TW, HK and US numbers typed the way CRM
// rows hold them (spaces, dots, dashes, parentheses, +CC, 00CC, CC without
// plus, trunk 0, "(0)", fullwidth digits, labels, extensions, two numbers
// in a cell), each parsed with its row's region. After the table, the
// ratios against the baselines are printed.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "bench/ratio_reporter.h"
#include "dqe/normalize.h"
#include "phonenumbers/phonenumber.pb.h"
#include "phonenumbers/phonenumberutil.h"
#include "src/normalize/phone_cell_splitter.h"
#include "src/normalize/phone_parser.h"

namespace {

using i18n::phonenumbers::PhoneNumberUtil;

struct Cells {
  std::vector<std::string> text;
  std::vector<std::string> region;
  std::vector<std::string_view> text_views;
  std::vector<std::string_view> region_views;

  void Add(std::string t, std::string r) {
    text.push_back(std::move(t));
    region.push_back(std::move(r));
  }
  void Freeze() {
    text_views.assign(text.begin(), text.end());
    region_views.assign(region.begin(), region.end());
  }
};

class TypedNumbers {
 public:
  explicit TypedNumbers(uint64_t seed) : rng_(seed) {}

  // One cell and its row's region.
  std::pair<std::string, std::string> Next() {
    const int country = Pick(100);
    std::string region, cc, trunk, nsn;
    std::vector<int> groups;
    if (country < 35) {
      region = "VN";
      cc = "84";
      trunk = "0";
      const int kind = Pick(100);
      if (kind < 60) {
        nsn = OneOf({"91", "90", "98", "97", "96", "93", "94", "88", "86",
                     "89", "70", "77", "79", "32", "33", "34", "35", "36",
                     "37", "38", "39", "81", "83", "84", "85", "56", "58"}) +
              Digits(7);
        groups = {3, 3, 3};
      } else if (kind < 85) {
        nsn = OneOf({"28", "24"}) + Digits(8);
        groups = {2, 4, 4};
      } else if (kind < 95) {
        nsn = OneOf({"168", "169", "166", "122", "126", "123", "125", "129",
                     "188", "199"}) +
              Digits(7);
        groups = {3, 3, 4};
      } else {
        nsn = OneOf({"1800", "1900"}) + Digits(4);
        groups = {4, 4};
      }
    } else if (country < 55) {
      region = "CN";
      cc = "86";
      trunk = "0";
      if (Pick(100) < 65) {
        nsn = OneOf({"138", "139", "135", "136", "186", "158", "159", "150",
                     "177", "189", "133", "199", "187"}) +
              Digits(8);
        groups = {3, 4, 4};
      } else {
        nsn = OneOf({"10", "21"}) + OneOf({"5", "6", "8"}) + Digits(7);
        groups = {2, 4, 4};
      }
    } else if (country < 70) {
      region = "TW";
      cc = "886";
      trunk = "0";
      if (Pick(100) < 60) {
        nsn = "9" + OneOf({"12", "21", "33", "58", "63", "88", "05", "75"}) +
              Digits(6);
        groups = {3, 3, 3};
      } else {
        nsn = OneOf({"22", "27", "23"}) + Digits(7);
        groups = {1, 4, 4};
      }
    } else if (country < 80) {
      region = "HK";
      cc = "852";
      trunk = "";
      nsn = OneOf({"9", "6", "5", "2", "3"}) + OneOf({"1", "2", "3", "8"}) +
            Digits(6);
      groups = {4, 4};
    } else {
      region = "US";
      cc = "1";
      trunk = Pick(4) == 0 ? "1" : "";
      nsn = OneOf({"212", "213", "310", "312", "415", "646", "702", "713",
                   "305", "404", "206", "617", "718", "917", "408", "503"}) +
            std::to_string(2 + Pick(8)) + Digits(6);
      groups = {3, 3, 4};
    }

    std::string text;
    const int form = Pick(100);
    const bool us = cc == "1";
    if (form < 45) {  // national
      std::string digits = trunk + nsn;
      if (us) {
        const int style = Pick(3);
        const std::string prefix = trunk.empty() ? "" : "1-";
        if (style == 0) {
          text = prefix + "(" + nsn.substr(0, 3) + ") " + nsn.substr(3, 3) +
                 "-" + nsn.substr(6);
        } else if (style == 1) {
          text = prefix + nsn.substr(0, 3) + "-" + nsn.substr(3, 3) + "-" +
                 nsn.substr(6);
        } else {
          text = prefix + nsn.substr(0, 3) + "." + nsn.substr(3, 3) + "." +
                 nsn.substr(6);
        }
      } else {
        text = GroupDigits(digits, groups, trunk.size());
      }
    } else if (form < 70) {
      text = "+" + cc + " " + GroupDigits(nsn, groups, 0, Pick(3) == 0);
    } else if (form < 77 && !trunk.empty() && trunk == "0") {
      text = "+" + cc + " (0) " + GroupDigits(nsn, groups, 0, true, "-");
    } else if (form < 85) {
      text = (us ? "00" : "00") + cc + " " + GroupDigits(nsn, groups, 0);
    } else if (form < 92) {
      text = cc + nsn;
    } else {
      text = trunk + nsn;
    }
    const int extra = Pick(100);
    if (extra < 6) {
      text = Fullwidth(text);
    } else if (extra < 10) {
      text = OneOf({"Tel: ", "DĐ: ", "电话：", "Mobile: "}) + text;
    } else if (extra < 13) {
      text += OneOf({" ext. ", " x", " máy lẻ ", " 转", " #"}) +
              Digits(2 + Pick(2));
    } else if (extra < 16) {
      text += " / " + Next().first;
    } else if (extra < 18) {
      text += " (" + OneOf({"Anh Nam", "office", "văn phòng", "nhà"}) + ")";
    }
    return {text, region};
  }

 private:
  size_t Pick(size_t n) { return rng_() % n; }
  std::string Digits(int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s.push_back(static_cast<char>('0' + Pick(10)));
    return s;
  }
  std::string OneOf(std::initializer_list<const char*> options) {
    return *(options.begin() + Pick(options.size()));
  }
  // Writes `digits` in `groups` (the first group widened by the trunk
  // prefix), joined by spaces, dots or dashes; optionally the first group in
  // parentheses.
  std::string GroupDigits(const std::string& digits,
                          const std::vector<int>& groups, size_t trunk,
                          bool parens = false, std::string sep = "") {
    if (sep.empty()) sep = OneOf({" ", " ", ".", "-", ""});
    std::string out;
    size_t at = 0;
    for (size_t g = 0; g < groups.size() && at < digits.size(); ++g) {
      size_t n = groups[g] + (g == 0 ? trunk : 0);
      if (g + 1 == groups.size()) n = digits.size() - at;
      std::string part = digits.substr(at, n);
      if (g == 0 && parens) part = "(" + part + ")";
      if (g) out += sep;
      out += part;
      at += n;
    }
    return out;
  }
  static std::string Fullwidth(const std::string& s) {
    std::string out;
    for (char c : s) {
      if (c >= '0' && c <= '9') {
        out += "\xEF\xBC";
        out.push_back(static_cast<char>(0x90 + (c - '0')));
      } else if (c == ' ') {
        out += "\xE3\x80\x80";
      } else if (c == '+') {
        out += "\xEF\xBC\x8B";
      } else {
        out.push_back(c);
      }
    }
    return out;
  }

  std::mt19937_64 rng_;
};

constexpr int kUniqueCells = 20000;
constexpr int kRepeatedCells = 100000;
constexpr int kDistinctInRepeated = 2000;

const Cells& UniqueCells() {
  static const Cells* const cells = [] {
    auto* c = new Cells;
    TypedNumbers gen(42);
    for (int i = 0; i < kUniqueCells; ++i) {
      auto [text, region] = gen.Next();
      c->Add(std::move(text), std::move(region));
    }
    c->Freeze();
    return c;
  }();
  return *cells;
}

// A column where a few numbers (switchboards) come back again and again:
// 100k cells drawn from 2k distinct ones, skewed (Zipf-like).
const Cells& RepeatedCells() {
  static const Cells* const cells = [] {
    Cells distinct;
    TypedNumbers gen(7);
    for (int i = 0; i < kDistinctInRepeated; ++i) {
      auto [text, region] = gen.Next();
      distinct.Add(std::move(text), std::move(region));
    }
    // Every distinct number once, the rest drawn with the square of a
    // uniform number: low indices (big switchboards) repeat most.
    std::mt19937_64 rng(11);
    std::vector<int> picks;
    for (int i = 0; i < kRepeatedCells; ++i) {
      const double u = std::uniform_real_distribution<double>(0, 1)(rng);
      picks.push_back(i < kDistinctInRepeated
                          ? i
                          : static_cast<int>(u * u * kDistinctInRepeated));
    }
    std::shuffle(picks.begin(), picks.end(), rng);
    auto* c = new Cells;
    for (int k : picks) c->Add(distinct.text[k], distinct.region[k]);
    c->Freeze();
    return c;
  }();
  return *cells;
}

void ParseFormatAll(benchmark::State& state, const Cells& cells) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  i18n::phonenumbers::PhoneNumber number;
  std::string e164;
  for (auto _ : state) {
    for (size_t i = 0; i < cells.text.size(); ++i) {
      number.Clear();
      e164.clear();
      if (util.Parse(cells.text[i], cells.region[i], &number) ==
          PhoneNumberUtil::NO_PARSING_ERROR) {
        util.Format(number, PhoneNumberUtil::E164, &e164);
      }
      benchmark::DoNotOptimize(e164);
    }
  }
  state.SetItemsProcessed(state.iterations() * cells.text.size());
}

void BM_LibphonenumberParseFormat_Unique(benchmark::State& state) {
  ParseFormatAll(state, UniqueCells());
}
BENCHMARK(BM_LibphonenumberParseFormat_Unique)->Unit(benchmark::kMillisecond);

void BM_LibphonenumberFullAnswer_Unique(benchmark::State& state) {
  const Cells& cells = UniqueCells();
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  i18n::phonenumbers::PhoneNumber number;
  std::string e164, region;
  for (auto _ : state) {
    for (size_t i = 0; i < cells.text.size(); ++i) {
      number.Clear();
      e164.clear();
      region.clear();
      if (util.Parse(cells.text[i], cells.region[i], &number) ==
          PhoneNumberUtil::NO_PARSING_ERROR) {
        util.Format(number, PhoneNumberUtil::E164, &e164);
        benchmark::DoNotOptimize(util.IsValidNumber(number));
        benchmark::DoNotOptimize(util.GetNumberType(number));
        util.GetRegionCodeForNumber(number, &region);
      }
      benchmark::DoNotOptimize(e164);
      benchmark::DoNotOptimize(region);
    }
  }
  state.SetItemsProcessed(state.iterations() * cells.text.size());
}
BENCHMARK(BM_LibphonenumberFullAnswer_Unique)->Unit(benchmark::kMillisecond);

void BM_NormalizePhone_Unique(benchmark::State& state) {
  const Cells& cells = UniqueCells();
  for (auto _ : state) {
    for (size_t i = 0; i < cells.text.size(); ++i) {
      dqe::NormalizedPhone p =
          dqe::NormalizePhone(cells.text_views[i], cells.region_views[i]);
      benchmark::DoNotOptimize(p);
    }
  }
  state.SetItemsProcessed(state.iterations() * cells.text.size());
}
BENCHMARK(BM_NormalizePhone_Unique)->Unit(benchmark::kMillisecond);

// The numbers of the unique cells, as NormalizePhone hands them to the
// parser.
const Cells& UniqueNumbers() {
  static const Cells* const numbers = [] {
    auto* c = new Cells;
    const Cells& cells = UniqueCells();
    for (size_t i = 0; i < cells.text.size(); ++i) {
      for (const auto& part : dqe::internal::SplitPhoneCell(cells.text[i], 8)) {
        c->Add(std::string(part.number), cells.region[i]);
      }
    }
    c->Freeze();
    return c;
  }();
  return *numbers;
}

void BM_LibphonenumberParseFormat_Numbers(benchmark::State& state) {
  ParseFormatAll(state, UniqueNumbers());
}
BENCHMARK(BM_LibphonenumberParseFormat_Numbers)->Unit(benchmark::kMillisecond);

void BM_ParsePhone_Numbers(benchmark::State& state) {
  const Cells& numbers = UniqueNumbers();
  int64_t by_libphonenumber = 0;
  for (auto _ : state) {
    by_libphonenumber = 0;
    for (size_t i = 0; i < numbers.text.size(); ++i) {
      dqe::internal::PhoneParse p = dqe::internal::ParsePhone(
          numbers.text_views[i], numbers.region_views[i]);
      by_libphonenumber += p.parsed_by_libphonenumber;
      benchmark::DoNotOptimize(p);
    }
  }
  state.SetItemsProcessed(state.iterations() * numbers.text.size());
  state.counters["declined_by_preparser"] =
      static_cast<double>(by_libphonenumber) / numbers.text.size();
}
BENCHMARK(BM_ParsePhone_Numbers)->Unit(benchmark::kMillisecond);

void BM_NormalizePhoneColumn_Unique(benchmark::State& state) {
  const Cells& cells = UniqueCells();
  for (auto _ : state) {
    std::vector<dqe::NormalizedPhone> out =
        dqe::NormalizePhoneColumn(cells.text_views, cells.region_views);
    benchmark::DoNotOptimize(out);
  }
  state.SetItemsProcessed(state.iterations() * cells.text.size());
}
BENCHMARK(BM_NormalizePhoneColumn_Unique)->Unit(benchmark::kMillisecond);

void BM_LibphonenumberParseFormat_Repeated(benchmark::State& state) {
  ParseFormatAll(state, RepeatedCells());
}
BENCHMARK(BM_LibphonenumberParseFormat_Repeated)->Unit(benchmark::kMillisecond);

void BM_NormalizePhoneColumn_Repeated(benchmark::State& state) {
  const Cells& cells = RepeatedCells();
  for (auto _ : state) {
    std::vector<dqe::NormalizedPhone> out =
        dqe::NormalizePhoneColumn(cells.text_views, cells.region_views);
    benchmark::DoNotOptimize(out);
  }
  state.SetItemsProcessed(state.iterations() * cells.text.size());
}
BENCHMARK(BM_NormalizePhoneColumn_Repeated)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  // Build the tables and metadata outside the timed loops.
  UniqueCells();
  UniqueNumbers();
  RepeatedCells();
  dqe::NormalizePhone("0912 345 678", "VN");
  dqe::bench::RatioReporter reporter(
      {{"BM_NormalizePhone_Unique", "BM_LibphonenumberParseFormat_Unique"},
       {"BM_NormalizePhoneColumn_Unique",
        "BM_LibphonenumberParseFormat_Unique"},
       {"BM_ParsePhone_Numbers", "BM_LibphonenumberParseFormat_Numbers"},
       {"BM_NormalizePhone_Unique", "BM_LibphonenumberFullAnswer_Unique"},
       {"BM_NormalizePhoneColumn_Repeated",
        "BM_LibphonenumberParseFormat_Repeated"}});
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  return 0;
}
