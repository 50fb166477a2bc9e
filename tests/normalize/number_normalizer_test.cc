#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "dqe/normalize.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace dqe {
namespace {

using ::testing::HasSubstr;

constexpr NumberUnit kNone = NumberUnit::kNone;
constexpr NumberUnit kDays = NumberUnit::kDays;
constexpr NumberUnit kPercent = NumberUnit::kPercent;

struct Case {
  std::string_view input;
  double value;
  NumberUnit unit;
  bool end_of_month = false;
};

// Payment terms and discounts as typed into reference tables.
const Case kPlain[] = {
    {"30", 30, kNone},
    {" 45 ", 45, kNone},
    {"30 days", 30, kDays},
    {"30 Days", 30, kDays},
    {"30days", 30, kDays},
    {"30d", 30, kDays},
    {"30 ngày", 30, kDays},
    {"30 NGÀY", 30, kDays},
    {"30 ngay", 30, kDays},
    {"30ngày", 30, kDays},
    {"30 nga\xCC\x80y", 30, kDays},  // NFD, typed on a Mac
    {"三十天", 30, kDays},
    {"三十日", 30, kDays},
    {"３０日", 30, kDays},
    {"月結30天", 30, kDays, true},
    {"月结30天", 30, kDays, true},
    {"月結30日", 30, kDays, true},
    {"月结六十天", 60, kDays, true},
    {"30天月结", 30, kDays, true},
    {"Net 30", 30, kDays},
    {"NET 60", 60, kDays},
    {"net30", 30, kDays},
    {"N30", 30, kDays},
    {"Net-30", 30, kDays},  // a hyphen after a word is no minus sign
    {"EOM 30", 30, kDays, true},
    {"30 EOM", 30, kDays, true},
    {"EOM+30", 30, kDays, true},
    {"Net 30 EOM", 30, kDays, true},
    {"30 days end of month", 30, kDays, true},
    {"30 days end of the month", 30, kDays, true},
    {"30 ngày cuối tháng", 30, kDays, true},
    {"30 ngay cuoi thang", 30, kDays, true},
    {"Payment terms: Net 30 days", 30, kDays},
    {"30 days after invoice date", 30, kDays},
    {"T/T 30 days", 30, kDays},
    {"Thanh toán trong vòng 30 ngày", 30, kDays},
    {"Công nợ 45 ngày", 45, kDays},
    {"30 ngày kể từ ngày xuất hóa đơn", 30, kDays},
    {"发票日期后30天内付款", 30, kDays},
    {"帳期 90 天", 90, kDays},
    {"thirty days", 30, kDays},
    {"Thirty-five days", 35, kDays},
    {"forty five days", 45, kDays},
    {"ba mươi ngày", 30, kDays},
    {"Ba Mươi Ngày", 30, kDays},
    {"mười lăm ngày", 15, kDays},
    {"sáu mươi ngày cuối tháng", 60, kDays, true},
    {"一百二十天", 120, kDays},
    {"兩百天", 200, kDays},  // Traditional 兩: read by the zh_Hant rules
    // Percents.
    {"2%", 2, kPercent},
    {"2 %", 2, kPercent},
    {"２％", 2, kPercent},
    {"1,5%", 1.5, kPercent},
    {"1.5%", 1.5, kPercent},
    {"0,5 %", 0.5, kPercent},
    {"-2%", -2, kPercent},
    {"2 percent", 2, kPercent},
    {"2 phần trăm", 2, kPercent},
    {"hai phần trăm", 2, kPercent},
    {"百分之二", 2, kPercent},
    {"百分之五", 5, kPercent},
    {"chiết khấu 2%", 2, kPercent},
    {"VAT 10%", 10, kPercent},
    // Decimal marks and thousands separators, both conventions.
    {"2.0", 2, kNone},
    {"1.000", 1000, kNone},
    {"1,000", 1000, kNone},
    {"1.000.000", 1000000, kNone},
    {"1,000,000", 1000000, kNone},
    {"1.234,56", 1234.56, kNone},
    {"1,234.56", 1234.56, kNone},
    {"12,5", 12.5, kNone},
    {"1,50", 1.5, kNone},
    {"0,020", 0.02, kNone},
    {"1234,5", 1234.5, kNone},
    {"1234.567", 1234.567, kNone},
    {".5", 0.5, kNone},
    {"-3", -3, kNone},
    {"−3", -3, kNone},  // U+2212 MINUS SIGN
    {"0", 0, kNone},
};

void ExpectReads(const Case& c, const NumberOptions& options) {
  SCOPED_TRACE(c.input);
  const NormalizedNumber n = NormalizeNumber(c.input, options);
  EXPECT_TRUE(n.valid) << n.reason;
  EXPECT_EQ(n.reason, "");
  EXPECT_EQ(n.value, c.value);
  EXPECT_EQ(n.unit, c.unit);
  EXPECT_EQ(n.end_of_month, c.end_of_month);
}

TEST(NormalizeNumberTest, ReadsWhatClerksType) {
  for (const Case& c : kPlain) ExpectReads(c, {});
}

// In a percent field a bare number is a percent, and a bare fraction below
// 1 is a ratio; a '%' typed in the cell is taken as written.
const Case kPercentField[] = {
    {"2", 2, kPercent},        {"2.0", 2, kPercent},    {"0.02", 2, kPercent},
    {"0,02", 2, kPercent},     {"0.07", 7, kPercent},   {"0.5", 50, kPercent},
    {"0,5", 50, kPercent},     {"1", 1, kPercent},      {"10", 10, kPercent},
    {"2%", 2, kPercent},       {"0.5%", 0.5, kPercent}, {"0", 0, kPercent},
    {"百分之二", 2, kPercent}, {"-0.02", -2, kPercent},
};

TEST(NormalizeNumberTest, PercentField) {
  NumberOptions options;
  options.percent_field = true;
  for (const Case& c : kPercentField) ExpectReads(c, options);
}

TEST(NormalizeNumberTest, DaysField) {
  NumberOptions options;
  options.days_field = true;
  ExpectReads({"30", 30, kDays}, options);
  ExpectReads({"30 ngày", 30, kDays}, options);
  ExpectReads({"月結30天", 30, kDays, true}, options);
  ExpectReads({"thirty", 30, kDays}, options);
}

struct BadCase {
  std::string_view input;
  std::string_view reason_has;
};

const BadCase kBad[] = {
    {"", "empty"},
    {"   ", "empty"},
    {" - ", "empty"},
    {"abc", "no number"},
    {"COD", "no number"},
    {"n/a", "no number"},
    {"ABC Trading payment term", "no number (could not read 'abc trading')"},
    {"Điều khoản thanh toán - Công ty Minh Phát", "no number"},
    {"货到付款", "no number"},
    {"ba muoi ngay", "could not read 'ba muoi'"},
    {"30 boxes", "unexpected text 'boxes'"},
    {"$30", "unexpected text '$'"},
    {"30 tháng", "unexpected text 'tháng'"},  // months are not days
    {"1 month", "unexpected text 'month'"},
    {"30个月", "unexpected text '个月'"},
    {"30-60 days", "more than one number: 30, 60"},
    {"30~60天", "more than one number: 30, 60"},
    {"2/10 net 30", "more than one number: 2, 10, 30"},
    {"30 thirty", "more than one number: 30, thirty"},
    {"1,2,3", "malformed number '1,2,3'"},
    {"1.234.5", "malformed number '1.234.5'"},
    {"1,234,56", "malformed number '1,234,56'"},
    {"1.234,567.8", "malformed number '1.234,567.8'"},
    {"2% net", "both a percent and a day count"},
    {"5% EOM", "both a percent and a day count"},
    {"30.5 days", "day count is not a whole number: 30.5"},
    {"-30 days", "negative day count: -30"},
    {"\xFF", "invalid UTF-8 at byte 0"},
    {"30\xC3", "invalid UTF-8 at byte 2"},
    {"30 ng\xE1\xBB", "invalid UTF-8 at byte 5"},
};

TEST(NormalizeNumberTest, InvalidNamesTheProblem) {
  for (const BadCase& c : kBad) {
    SCOPED_TRACE(c.input);
    const NormalizedNumber n = NormalizeNumber(c.input);
    EXPECT_FALSE(n.valid);
    EXPECT_THAT(n.reason, HasSubstr(c.reason_has));
  }
}

TEST(NormalizeNumberTest, FieldOptionsConflictWithTheText) {
  NumberOptions percent;
  percent.percent_field = true;
  EXPECT_EQ(NormalizeNumber("30 days", percent).reason,
            "a day count in a percent field");
  NumberOptions days;
  days.days_field = true;
  EXPECT_EQ(NormalizeNumber("2%", days).reason,
            "a percent in a day-count field");
  EXPECT_EQ(NormalizeNumber("30.5", days).reason,
            "day count is not a whole number: 30.5");
  NumberOptions both;
  both.percent_field = true;
  both.days_field = true;
  EXPECT_FALSE(NormalizeNumber("30", both).valid);
}

TEST(NormalizeNumberTest, HugeNumberIsReportedNotInfinite) {
  const NormalizedNumber n = NormalizeNumber(std::string(400, '9'));
  EXPECT_FALSE(n.valid);
  EXPECT_THAT(n.reason, HasSubstr("number too large"));
}

TEST(NormalizeNumberTest, UnitNames) {
  EXPECT_EQ(NumberUnitName(NumberUnit::kNone), "");
  EXPECT_EQ(NumberUnitName(NumberUnit::kDays), "days");
  EXPECT_EQ(NumberUnitName(NumberUnit::kPercent), "percent");
}

// ICU's formatters are per thread; several threads reading spelled-out
// numbers at once must each get the right value.
TEST(NormalizeNumberTest, SpelledNumbersFromManyThreads) {
  const Case kSpelled[] = {{"thirty days", 30, kDays},
                           {"ba mươi ngày", 30, kDays},
                           {"月结六十天", 60, kDays, true},
                           {"兩百天", 200, kDays}};
  std::vector<std::thread> threads;
  std::vector<int> wrong(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        const Case& c = kSpelled[(i + t) % 4];
        const NormalizedNumber n = NormalizeNumber(c.input);
        if (!n.valid || n.value != c.value || n.unit != c.unit) ++wrong[t];
      }
    });
  }
  for (std::thread& th : threads) th.join();
  EXPECT_EQ(wrong, std::vector<int>(4, 0));
}

TEST(NormalizeNumberTest, AnyBytesGiveAnAnswer) {
  std::mt19937 rng(7);
  const std::string_view kSeeds[] = {"月結30天", "1.234,56%", "Net 30 EOM",
                                     "ba mươi ngày", "thirty-five days"};
  const char kAlphabet[] = "0.,%-+ nd\xE5\xA4\xA9\xC3\xA0\xFF\x80";
  for (int iter = 0; iter < 3000; ++iter) {
    std::string s(kSeeds[iter % std::size(kSeeds)]);
    for (int k = 0; k < 3; ++k) {
      const size_t pos = rng() % (s.size() + 1);
      const char c = kAlphabet[rng() % (sizeof(kAlphabet) - 1)];
      if (rng() % 2 == 0) {
        s.insert(s.begin() + pos, c);
      } else if (pos < s.size()) {
        s[pos] = c;
      }
    }
    const NormalizedNumber n = NormalizeNumber(s);
    EXPECT_EQ(n.valid, n.reason.empty()) << s;
  }
}

}  // namespace
}  // namespace dqe
