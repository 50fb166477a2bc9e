// date_normalizer_test.cc: NormalizeDate on dates as CRM exports write them,
// with day numbers checked against a plain day-counting reference.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <random>
#include <string>
#include <string_view>

#include "dqe/normalize.h"

namespace dqe {
namespace {

// ---------------------------------------------------------- reference ----

bool RefLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int RefDaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && RefLeap(y) ? 29 : kDays[m - 1];
}

// Days from 1970-01-01, by counting whole years and months: slow and plain.
int64_t RefDays(int y, int m, int d) {
  int64_t days = 0;
  if (y >= 1970) {
    for (int k = 1970; k < y; ++k) days += RefLeap(k) ? 366 : 365;
  } else {
    for (int k = y; k < 1970; ++k) days -= RefLeap(k) ? 366 : 365;
  }
  for (int k = 1; k < m; ++k) days += RefDaysInMonth(y, k);
  return days + d - 1;
}

std::string Iso(int y, int m, int d) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// ------------------------------------------------------------- helpers ----

struct Want {
  int year, month, day;
  int hour = -1, minute = -1, second = -1;
};

void ExpectDate(std::string_view text, const Want& want,
                const DateOptions& options = {}) {
  SCOPED_TRACE(text);
  NormalizedDate d = NormalizeDate(text, options);
  ASSERT_TRUE(d.valid) << d.reason;
  EXPECT_TRUE(d.reason.empty()) << d.reason;
  EXPECT_EQ(d.year, want.year);
  EXPECT_EQ(d.month, want.month);
  EXPECT_EQ(d.day, want.day);
  EXPECT_EQ(d.hour, want.hour);
  EXPECT_EQ(d.minute, want.minute);
  EXPECT_EQ(d.second, want.second);
  EXPECT_EQ(d.days, RefDays(want.year, want.month, want.day));
  std::string iso = Iso(want.year, want.month, want.day);
  if (want.hour >= 0) {
    char buf[64];
    std::snprintf(buf, sizeof buf, " %02d:%02d:%02d", want.hour, want.minute,
                  want.second);
    iso += buf;
  }
  EXPECT_EQ(d.iso, iso);
}

void ExpectInvalid(std::string_view text, const DateOptions& options = {}) {
  NormalizedDate d = NormalizeDate(text, options);
  EXPECT_FALSE(d.valid) << "\"" << text << "\" read as " << d.iso;
  EXPECT_FALSE(d.reason.empty()) << "\"" << text << "\": no reason given";
}

// --------------------------------------------------------------- shapes ----

TEST(NormalizeDate, IsoDates) {
  ExpectDate("2026-11-22", {2026, 11, 22});
  ExpectDate("  2026-11-22\t", {2026, 11, 22});
  ExpectDate("2026-1-5", {2026, 1, 5});
  ExpectDate("2026/11/22", {2026, 11, 22});
  ExpectDate("2026.11.22", {2026, 11, 22});
}

TEST(NormalizeDate, IsoDatesWithTimes) {
  ExpectDate("2026-11-22 09:30", {2026, 11, 22, 9, 30, 0});
  ExpectDate("2026-11-22 09:30:15", {2026, 11, 22, 9, 30, 15});
  ExpectDate("2026-11-22T09:30:00Z", {2026, 11, 22, 9, 30, 0});
  ExpectDate("2026-11-22T09:30:00.123Z", {2026, 11, 22, 9, 30, 0});
  ExpectDate("2026-11-22 00:00:00", {2026, 11, 22, 0, 0, 0});
  ExpectDate("2026-11-22 23:59:59", {2026, 11, 22, 23, 59, 59});
}

TEST(NormalizeDate, TimeZoneOffsetIsNotTheSeconds) {
  // The offset is accepted and ignored: times are kept as written.
  ExpectDate("2026-11-22T09:30:00+07:00", {2026, 11, 22, 9, 30, 0});
  ExpectDate("2026-11-22T09:30:45+07:00", {2026, 11, 22, 9, 30, 45});
  ExpectDate("2026-11-22T09:30:00-05:00", {2026, 11, 22, 9, 30, 0});
  ExpectDate("2026-11-22T09:30+07:00", {2026, 11, 22, 9, 30, 0});
  ExpectDate("2026-11-22 09:30:00 +0700", {2026, 11, 22, 9, 30, 0});
  ExpectDate("2026-11-22T09:30:00+08", {2026, 11, 22, 9, 30, 0});
}

TEST(NormalizeDate, CompactDigits) {
  ExpectDate("20261122", {2026, 11, 22});
  ExpectDate("19081209", {1908, 12, 9});  // FEBRL's date_of_birth
  ExpectDate("19990101", {1999, 1, 1});
  ExpectDate("20240229", {2024, 2, 29});
  ExpectInvalid("20250229");
  ExpectInvalid("20261322");
}

TEST(NormalizeDate, DayMonthYear) {
  ExpectDate("22/11/2026", {2026, 11, 22});
  ExpectDate("22-11-2026", {2026, 11, 22});
  ExpectDate("22.11.2026", {2026, 11, 22});
  ExpectDate("22 / 11 / 2026", {2026, 11, 22});
  ExpectDate("5/1/2026", {2026, 1, 5});
  ExpectDate("22/11/2026 14:05", {2026, 11, 22, 14, 5, 0});
  ExpectDate("22/11/2026 2:05 PM", {2026, 11, 22, 14, 5, 0});
  ExpectDate("22/11/2026 12:05 AM", {2026, 11, 22, 0, 5, 0});
  ExpectDate("22/11/2026 12:05 pm", {2026, 11, 22, 12, 5, 0});
}

TEST(NormalizeDate, Chinese) {
  ExpectDate("2026年11月22日", {2026, 11, 22});
  ExpectDate("2026年1月5日", {2026, 1, 5});
  ExpectDate("2026年11月22日 下午3:05", {2026, 11, 22, 15, 5, 0});
  ExpectDate("2026年11月22日下午3:05", {2026, 11, 22, 15, 5, 0});
  ExpectDate("2026年11月22日 上午9:30", {2026, 11, 22, 9, 30, 0});
  ExpectDate("2026年11月22日 上午12:10", {2026, 11, 22, 0, 10, 0});
  ExpectDate("2026年11月22日 下午12:10", {2026, 11, 22, 12, 10, 0});
  ExpectDate("2026年11月22日 15:05", {2026, 11, 22, 15, 5, 0});
}

TEST(NormalizeDate, Vietnamese) {
  ExpectDate("ngày 22 tháng 11 năm 2026", {2026, 11, 22});
  ExpectDate("Ngày 05 tháng 01 năm 2026", {2026, 1, 5});
  ExpectDate("ngày 3 tháng 4 năm 2026", {2026, 4, 3});
  // Typed decomposed (NFD) on a Mac.
  ExpectDate("nga\xCC\x80y 22 tha\xCC\x81ng 11 na\xCC\x86m 2026", {2026, 11, 22});
}

TEST(NormalizeDate, VietnameseWordsNameTheDayWhateverTheOption) {
  // Not an all-numeric date: "ngày" names the day and "tháng" the month.
  ExpectDate("ngày 3 tháng 4 năm 2026", {2026, 4, 3}, DateOptions{false});
}

TEST(NormalizeDate, TimeBeforeTheDate) {
  ExpectDate("09:30 22/11/2026", {2026, 11, 22, 9, 30, 0});
  ExpectDate("下午3:05 2026年11月22日", {2026, 11, 22, 15, 5, 0});
}

TEST(NormalizeDate, TimeBeforeADashedDate) {
  ExpectDate("09:30 22-11-2026", {2026, 11, 22, 9, 30, 0});
  ExpectDate("09:30 2026-11-22", {2026, 11, 22, 9, 30, 0});
  // A zone written right after the time is still a zone.
  ExpectDate("09:30+07:00 22-11-2026", {2026, 11, 22, 9, 30, 0});
}

TEST(NormalizeDate, MonthNames) {
  ExpectDate("22 Nov 2026", {2026, 11, 22});
  ExpectDate("Nov 22, 2026", {2026, 11, 22});
  ExpectDate("November 22, 2026", {2026, 11, 22});
  ExpectDate("22 NOVEMBER 2026", {2026, 11, 22});
  ExpectDate("22-Nov-2026", {2026, 11, 22});
  ExpectDate("Sept 5, 2026", {2026, 9, 5});
  ExpectDate("5 March 2026", {2026, 3, 5});
  ExpectDate("Nov 22, 2026 3:05 PM", {2026, 11, 22, 15, 5, 0});
  ExpectDate("2026 Nov 22", {2026, 11, 22});
  ExpectInvalid("Nov 2026");
  ExpectInvalid("Nov 22");
  ExpectInvalid("22 Foo 2026");
}

TEST(NormalizeDate, FullwidthDigits) {
  ExpectDate("２０２６－１１－２２", {2026, 11, 22});
  ExpectDate("２０２６年１１月２２日", {2026, 11, 22});
  ExpectDate("２２/１１/２０２６", {2026, 11, 22});
  ExpectDate("２０２６１１２２", {2026, 11, 22});
  ExpectDate("2026年11月22日 下午３:０５", {2026, 11, 22, 15, 5, 0});
}

TEST(NormalizeDate, AmbiguousDayMonthFollowsTheOption) {
  ExpectDate("03/04/2026", {2026, 4, 3});  // day first by default
  ExpectDate("03/04/2026", {2026, 3, 4}, DateOptions{false});
  ExpectDate("03-04-2026", {2026, 3, 4}, DateOptions{false});
  ExpectDate("12/12/2026", {2026, 12, 12}, DateOptions{false});
}

TEST(NormalizeDate, NumbersAboveTwelveDecide) {
  for (bool day_first : {true, false}) {
    SCOPED_TRACE(day_first ? "day first" : "month first");
    DateOptions o{day_first};
    ExpectDate("13/04/2026", {2026, 4, 13}, o);
    ExpectDate("04/13/2026", {2026, 4, 13}, o);
    ExpectDate("31.12.2026", {2026, 12, 31}, o);
    ExpectDate("12/31/2026", {2026, 12, 31}, o);
    ExpectInvalid("13/13/2026", o);
  }
}

TEST(NormalizeDate, TwoDigitYears) {
  ExpectDate("22/11/26", {2026, 11, 22});
  ExpectDate("22/11/98", {1998, 11, 22});
  ExpectDate("01/02/00", {2000, 2, 1});
  ExpectDate("11/22/26", {2026, 11, 22}, DateOptions{false});
  ExpectDate("22-11-26", {2026, 11, 22});
}

// ------------------------------------------------------------- invalid ----

TEST(NormalizeDate, DaysThatDoNotExist) {
  ExpectInvalid("31/02/2026");
  ExpectInvalid("30/02/2024");
  ExpectInvalid("29/02/2025");  // 2025 is not a leap year
  ExpectDate("29/02/2024", {2024, 2, 29});
  ExpectDate("29/02/2000", {2000, 2, 29});  // divisible by 400
  ExpectInvalid("29/02/1900");              // divisible by 100 only
  ExpectInvalid("31/04/2026");
  ExpectInvalid("2026-04-31");
  ExpectInvalid("00/01/2026");
  ExpectInvalid("2026-01-00");
  ExpectInvalid("2026-13-01");
  ExpectInvalid("2026-00-10");
  ExpectInvalid("2026-11-32");
}

TEST(NormalizeDate, TimesThatDoNotExist) {
  ExpectInvalid("25:00");
  ExpectInvalid("2026-11-22 25:00");
  ExpectInvalid("2026-11-22 24:01");
  ExpectInvalid("2026-11-22 23:60");
  ExpectInvalid("2026-11-22 09:30:61");
}

TEST(NormalizeDate, NotDates) {
  NormalizedDate empty = NormalizeDate("");
  EXPECT_FALSE(empty.valid);
  EXPECT_FALSE(empty.reason.empty());
  EXPECT_EQ(empty.iso, "");
  for (std::string_view text :
       {"   ", "abc", "N/A", "không rõ", "不详", "2026", "11/2026", "22/11",
        "1/2/3/4", "2026-11-22-10", "0912 345 678", "+84 912 345 678",
        "nguyen.van.an@gmail.com", "0000-00-00", "0001-01-01", "99999999",
        "123456789", ":", "::", "-", "2026--", "\xFF\xFE\xFD", "22/11/20266"}) {
    ExpectInvalid(text);
  }
}

TEST(NormalizeDate, LongAndHostileInputDoNotCrash) {
  std::string ten_kb(10 * 1024, '9');
  ExpectInvalid(ten_kb);
  std::string dates;
  while (dates.size() < 10 * 1024) dates += "22/11/2026 ";
  ExpectInvalid(dates);
  std::string colons(10 * 1024, ':');
  ExpectInvalid(colons);
  std::string fullwidth;
  while (fullwidth.size() < 10 * 1024) fullwidth += "９";
  ExpectInvalid(fullwidth);
  // Truncated fullwidth digits at the end of the text.
  NormalizeDate("2026-11-2\xEF");
  NormalizeDate("2026-11-2\xEF\xBC");
  // Random bytes: no crash, and a valid result is a real date.
  std::mt19937 rng(20261122);
  const std::string alphabet = "0123456789/-.:年月日 TZ+pmPMnov\xEF\xBC\x90";
  for (int i = 0; i < 20000; ++i) {
    std::string s;
    const int len = static_cast<int>(rng() % 40);
    for (int k = 0; k < len; ++k) s.push_back(alphabet[rng() % alphabet.size()]);
    NormalizedDate d = NormalizeDate(s);
    if (d.valid) {
      ASSERT_GE(d.month, 1) << s;
      ASSERT_LE(d.month, 12) << s;
      ASSERT_GE(d.day, 1) << s;
      ASSERT_LE(d.day, RefDaysInMonth(d.year, d.month)) << s;
      ASSERT_EQ(d.days, RefDays(d.year, d.month, d.day)) << s;
    }
  }
}

// ---------------------------------------------------------- day numbers ----

TEST(NormalizeDate, DayNumbers) {
  EXPECT_EQ(NormalizeDate("1970-01-01").days, 0);
  EXPECT_EQ(NormalizeDate("1969-12-31").days, -1);
  EXPECT_EQ(NormalizeDate("1970-01-02").days, 1);
  EXPECT_EQ(NormalizeDate("2026-03-01").days - NormalizeDate("2026-02-28").days, 1);
  EXPECT_EQ(NormalizeDate("2024-03-01").days - NormalizeDate("2024-02-28").days, 2);
  EXPECT_EQ(NormalizeDate("01/01/2027").days - NormalizeDate("31/12/2026").days, 1);
  // The time of day does not move the day.
  EXPECT_EQ(NormalizeDate("2026-11-22 23:59").days, NormalizeDate("2026-11-22").days);
  for (std::string_view t : {"1970-01-01", "1969-12-31", "2000-02-29", "1900-03-01",
                             "1000-01-01", "9999-12-31", "1908-12-09", "2026-11-22"}) {
    NormalizedDate d = NormalizeDate(t);
    ASSERT_TRUE(d.valid) << t;
    EXPECT_EQ(d.days, RefDays(d.year, d.month, d.day)) << t;
  }
}

TEST(NormalizeDate, EveryDayFrom1890To2110MatchesTheReference) {
  int64_t expected = RefDays(1890, 1, 1);
  for (int y = 1890; y <= 2110; ++y) {
    for (int m = 1; m <= 12; ++m) {
      for (int d = 1; d <= 31; ++d) {
        const std::string iso = Iso(y, m, d);
        NormalizedDate got = NormalizeDate(iso);
        if (d > RefDaysInMonth(y, m)) {
          ASSERT_FALSE(got.valid) << iso;
          continue;
        }
        ASSERT_TRUE(got.valid) << iso << ": " << got.reason;
        ASSERT_EQ(got.days, expected) << iso;
        ASSERT_EQ(got.iso, iso);
        // The same day typed day-first reads the same.
        char dmy[64];
        std::snprintf(dmy, sizeof dmy, "%02d/%02d/%04d", d, m, y);
        ASSERT_EQ(NormalizeDate(dmy).days, expected) << dmy;
        ++expected;
      }
    }
  }
}

TEST(NormalizeDate, SampledYearsAcrossTheRange) {
  std::mt19937 rng(7);
  for (int i = 0; i < 20000; ++i) {
    const int y = 1000 + static_cast<int>(rng() % 9000);
    const int m = 1 + static_cast<int>(rng() % 12);
    const int d = 1 + static_cast<int>(rng() % RefDaysInMonth(y, m));
    NormalizedDate got = NormalizeDate(Iso(y, m, d));
    ASSERT_TRUE(got.valid) << Iso(y, m, d);
    ASSERT_EQ(got.days, RefDays(y, m, d)) << Iso(y, m, d);
  }
}

}  // namespace
}  // namespace dqe
