// date_normalizer.cc: dates (and times) as CRM exports write them.
//
// The text is read as a sequence of numbers and words. A run of digits
// followed by ':' starts the time of day; the numbers before it (or around it)
// are the date, read by their shape: a 4-digit first number is the year
// (2026-11-22, 2026/11/22, 2026年11月22日), a 4-digit last number is the year
// with day and month before it (22/11/2026, "ngày 22 tháng 11 năm 2026"), 8
// digits alone are YYYYMMDD, and a month name gives the month ("22 Nov
// 2026", "Nov 22, 2026").
#include <array>
#include <cstdio>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_format.h"
#include "dqe/normalize.h"

namespace dqe {
namespace {

struct Number {
  int value = 0;
  int digits = 0;
  char before = 0;  // the non-space character just before it (0: none)
};

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30,
                                                31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar: count
// whole 400-year eras (146097 days each) from 0000-03-01, then the day of the
// era, with years starting in March so that the leap day is the last one.
int64_t DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t year_of_era = y - era * 400;
  const int64_t day_of_year = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t day_of_era =
      year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

int MonthFromWord(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "jan", "feb", "mar", "apr", "may", "jun",
      "jul", "aug", "sep", "oct", "nov", "dec"};
  if (w.size() < 3) return 0;
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (w.substr(0, 3) == kMonths[i]) return static_cast<int>(i) + 1;
  }
  return 0;
}

int FullYear(const Number& n) {
  if (n.digits == 2) return n.value < 50 ? 2000 + n.value : 1900 + n.value;
  return n.value;
}

NormalizedDate Invalid(std::string reason) {
  NormalizedDate d;
  d.reason = std::move(reason);
  return d;
}

}  // namespace

NormalizedDate NormalizeDate(std::string_view text, const DateOptions& options) {
  // Scan into numbers, words and the time of day. Fullwidth digits (U+FF10..
  // U+FF19: EF BC 90..99) read as ASCII ones; other non-ASCII bytes separate.
  std::vector<Number> date;
  int month_word = 0;
  int hour = -1, minute = -1, second = -1;
  bool pm = false, am = false;
  int time_part = 0;  // 0 none, 1 hour read, 2 minute read, 3 second read
  bool time_adjacent = false;      // no space since the time's last digits
  bool zone_minutes_next = false;  // a zone offset's ":MM" follows
  char last = 0;
  size_t i = 0;
  const size_t n = text.size();
  auto digit_at = [&](size_t k, int* v, size_t* len) {
    unsigned char c = static_cast<unsigned char>(text[k]);
    if (c >= '0' && c <= '9') {
      *v = c - '0';
      *len = 1;
      return true;
    }
    if (c == 0xEF && k + 2 < n && static_cast<unsigned char>(text[k + 1]) == 0xBC) {
      unsigned char c2 = static_cast<unsigned char>(text[k + 2]);
      if (c2 >= 0x90 && c2 <= 0x99) {
        *v = c2 - 0x90;
        *len = 3;
        return true;
      }
    }
    return false;
  };
  if (text.size() > 200) return Invalid("too long for a date");
  while (i < n) {
    int v = 0;
    size_t len = 0;
    if (digit_at(i, &v, &len)) {
      Number num;
      num.before = last;
      while (i < n && digit_at(i, &v, &len)) {
        if (num.digits < 9) num.value = num.value * 10 + v;
        ++num.digits;
        i += len;
      }
      const bool colon_next = i < n && text[i] == ':';
      if (time_part == 0 && colon_next && num.digits <= 2) {
        hour = num.value;
        time_part = 1;
        time_adjacent = true;
      } else if (time_part == 1 && last == ':') {
        minute = num.value;
        time_part = 2;
        time_adjacent = true;
      } else if (time_part == 2 && last == ':') {
        second = num.value;
        time_part = 3;
        time_adjacent = true;
      } else if (zone_minutes_next && last == ':') {
        zone_minutes_next = false;  // the "00" of "+07:00"
      } else if (time_part != 0 &&
                 ((time_adjacent && (num.before == '+' || num.before == '-')) ||
                  date.size() >= 3)) {
        // A time-zone offset written right after the time ("09:30+07:00"),
        // or anything after a complete date and time. A dashed date after
        // a space ("09:30 22-11-2026") is a date.
        time_part = 4;
        time_adjacent = false;
        zone_minutes_next = colon_next;
      } else {
        if (time_part != 0 && time_part < 4) time_part = 4;  // time done
        date.push_back(num);
      }
      last = '0';
      continue;
    }
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (absl::ascii_isalpha(c)) {
      size_t start = i;
      while (i < n && absl::ascii_isalpha(static_cast<unsigned char>(text[i]))) ++i;
      std::string word(text.substr(start, i - start));
      absl::AsciiStrToLower(&word);
      if (word == "pm") {
        pm = true;
      } else if (word == "am") {
        am = true;
      } else if (int m = MonthFromWord(word); m != 0 && month_word == 0) {
        month_word = m;
      }
      last = 'a';
      continue;
    }
    // 下午 (E4 B8 8B E5 8D 88) afternoon, 上午 (E4 B8 8A E5 8D 88) morning,
    // chiều / tối (Vietnamese afternoon / evening) are rarer in exports.
    if (text.substr(i, 6) == "\xE4\xB8\x8B\xE5\x8D\x88") {
      pm = true;
      i += 6;
      continue;
    }
    if (text.substr(i, 6) == "\xE4\xB8\x8A\xE5\x8D\x88") {
      am = true;
      i += 6;
      continue;
    }
    if (c != ' ' && c != '\t') last = static_cast<char>(c);
    if (c == ' ' || c == '\t') time_adjacent = false;
    if (c >= 0x80) last = 'u';
    ++i;
  }

  int y = 0, m = 0, d = 0;
  if (month_word != 0) {
    if (date.size() != 2) return Invalid("not a date");
    const Number* year = nullptr;
    const Number* day = nullptr;
    if (date[1].digits == 4) {
      year = &date[1];
      day = &date[0];
    } else if (date[0].digits == 4) {
      year = &date[0];
      day = &date[1];
    } else {
      return Invalid("no 4-digit year");
    }
    y = year->value;
    m = month_word;
    d = day->value;
  } else if (date.size() == 1 && date[0].digits == 8) {
    const int v = date[0].value;
    y = v / 10000;
    m = v / 100 % 100;
    d = v % 100;
    if (m < 1 || m > 12 || d < 1 || d > DaysInMonth(y < 1 ? 2000 : y, m)) {
      // DDMMYYYY
      d = v / 1000000;
      m = v / 10000 % 100;
      y = v % 10000;
    }
  } else if (date.size() == 3) {
    if (date[0].digits == 4) {
      y = date[0].value;
      m = date[1].value;
      d = date[2].value;
    } else if ((date[2].digits == 4 || date[2].digits == 2) &&
               date[0].digits <= 2 && date[1].digits <= 2) {
      y = FullYear(date[2]);
      int a = date[0].value, b = date[1].value;
      bool day_first = options.day_first;
      // "ngày 3 tháng 4 năm 2026" names its parts: day, month, year.
      if (text.find("th\xC3\xA1ng") != std::string_view::npos) day_first = true;
      if (a > 12 && b <= 12) day_first = true;
      if (b > 12 && a <= 12) day_first = false;
      d = day_first ? a : b;
      m = day_first ? b : a;
    } else {
      return Invalid("not a date");
    }
  } else if (date.empty()) {
    return Invalid(text.find_first_not_of(" \t\r\n") == std::string_view::npos
                       ? "empty"
                       : "no date");
  } else {
    return Invalid("not a date");
  }
  if (y < 1000 || y > 9999) return Invalid("year out of range");
  if (m < 1 || m > 12) return Invalid("month out of range");
  if (d < 1 || d > DaysInMonth(y, m)) return Invalid("no such day");
  if (hour >= 0) {
    if (pm && hour < 12) hour += 12;
    if (am && hour == 12) hour = 0;
    if (minute < 0) return Invalid("time without minutes");
    if (second < 0) second = 0;
    if (hour > 23 || minute > 59 || second > 60) return Invalid("no such time");
  }
  NormalizedDate out;
  out.valid = true;
  out.year = y;
  out.month = m;
  out.day = d;
  out.hour = hour;
  out.minute = hour >= 0 ? minute : -1;
  out.second = hour >= 0 ? second : -1;
  out.days = DaysFromCivil(y, m, d);
  out.iso = hour >= 0 ? absl::StrFormat("%04d-%02d-%02d %02d:%02d:%02d", y, m,
                                        d, hour, minute, second)
                      : absl::StrFormat("%04d-%02d-%02d", y, m, d);
  return out;
}

}  // namespace dqe
