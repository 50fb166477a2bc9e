// NormalizeNumber: one number, with its unit, from a cell as clerks type it.
//
// The text (NFKC, lower case) is cut into tokens: digit runs with their
// separators ("1.234,5"), '%', Latin words and Han runs. Words the
// vocabulary knows mark the unit ("ngày", "天", "%"), the end-of-month rule
// ("EOM", "月結") or are filler ("thanh toán", "付款"); the words left over
// are read as a number in words by ICU ("thirty", "ba mươi", "三十"), and
// what is neither is reported. Exactly one number must remain.

#include <charconv>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dqe/normalize.h"
#include "src/common/utf8.h"
#include "src/normalize/number_vocabulary.h"
#include "src/normalize/spelled_numbers.h"
#include "src/normalize/text_fold.h"
#include "unicode/bytestream.h"
#include "unicode/casemap.h"
#include "unicode/uchar.h"
#include "unicode/uscript.h"

namespace dqe {
namespace {

using internal::DecodeUtf8;
using internal::kInvalidCodePoint;
using internal::NumberMarker;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsDecimalMark(char c) { return c == '.' || c == ','; }

// CanonicalDecimal rewrites digits with thousands separators and a decimal
// mark, either of '.' and ',' ("1.234,5", "1,234.5", "1,5", "0.02"), as plain
// "1234.5". A single separator followed by exactly three digits, after one
// to three digits that do not start with 0, groups thousands ("1.000" and
// "1,000" are 1000); otherwise it is the decimal mark ("1,5", "2.0",
// "0,020"). Returns nullopt when the groups do not fit ("1,2,3").
std::optional<std::string> CanonicalDecimal(std::string_view s) {
  std::vector<size_t> seps;
  for (size_t i = 0; i < s.size(); ++i) {
    if (IsDecimalMark(s[i])) seps.push_back(i);
  }
  if (seps.empty()) return std::string(s);
  std::string out;
  if (seps.front() == 0) {  // ".5": a fraction; nothing else may follow
    if (seps.size() > 1) return std::nullopt;
    out = "0.";
    out.append(s.substr(1));
    return out;
  }
  const char last = s[seps.back()];
  bool all_same = true;
  for (size_t p : seps) all_same = all_same && s[p] == last;
  // Where the decimal mark is, if any; the other separators group thousands.
  size_t decimal_at = std::string_view::npos;
  if (all_same && seps.size() == 1) {
    const size_t head = seps[0];
    const size_t tail = s.size() - head - 1;
    const bool thousands = tail == 3 && head <= 3 && s[0] != '0';
    if (!thousands) {
      decimal_at = head;
      seps.clear();
    }
  } else if (!all_same) {
    decimal_at = seps.back();
    seps.pop_back();
    for (size_t p : seps) {
      if (s[p] == last) return std::nullopt;  // "1.234.5,6" and the like
    }
  }
  // Thousands groups: 1-3 digits first, then exactly 3 between separators.
  const size_t int_end =
      decimal_at == std::string_view::npos ? s.size() : decimal_at;
  size_t group_start = 0;
  for (size_t k = 0; k <= seps.size(); ++k) {
    const size_t group_end = k < seps.size() ? seps[k] : int_end;
    const size_t len = group_end - group_start;
    if (k == 0 ? (len < 1 || len > 3) : len != 3) {
      if (!seps.empty()) return std::nullopt;
    }
    out.append(s.substr(group_start, len));
    group_start = group_end + 1;
  }
  if (decimal_at != std::string_view::npos) {
    out.push_back('.');
    out.append(s.substr(decimal_at + 1));
  }
  return out;
}

enum class TokenKind { kNumber, kPercentSign, kWord, kHan, kSymbol };

struct Token {
  TokenKind kind;
  std::string_view text;  // into the normalized text
  bool negative = false;  // kNumber: a minus sign stood before it
};

bool IsHan(char32_t cp) {
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(static_cast<UChar32>(cp), &status) == USCRIPT_HAN;
}

bool IsLetter(char32_t cp) {
  return (U_GET_GC_MASK(cp) & (U_GC_L_MASK | U_GC_M_MASK)) != 0;
}

// Punctuation and spaces that separate tokens and mean nothing themselves.
bool IsSeparator(char32_t cp) {
  if (cp < 0x80) {
    return std::string_view(" \t\r\n\v\f,.:;/-+()[]{}~=_*\"'!?&")
               .find(static_cast<char>(cp)) != std::string_view::npos;
  }
  return u_isUWhiteSpace(cp) ||
         (U_GET_GC_MASK(cp) & (U_GC_P_MASK | U_GC_CF_MASK)) != 0;
}

bool IsMinus(char32_t cp) { return cp == '-' || cp == 0x2212; }

// Tokenize cuts `s` (NFKC, lower case, valid UTF-8) into tokens.
std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> tokens;
  size_t i = 0;
  // A minus sign counts only at the start or after a space or an opening
  // bracket ("net-30" is not negative), and directly before the digits.
  bool sign_may_follow = true;
  bool pending_minus = false;
  while (i < s.size()) {
    const char c = s[i];
    const bool starts_number =
        IsDigit(c) || (IsDecimalMark(c) && i + 1 < s.size() &&
                       IsDigit(s[i + 1]) && (i == 0 || !IsDigit(s[i - 1])));
    if (starts_number) {
      const size_t start = i;
      ++i;
      while (i < s.size() &&
             (IsDigit(s[i]) ||
              (IsDecimalMark(s[i]) && i + 1 < s.size() && IsDigit(s[i + 1])))) {
        ++i;
      }
      tokens.push_back(
          {TokenKind::kNumber, s.substr(start, i - start), pending_minus});
      pending_minus = false;
      sign_may_follow = false;
      continue;
    }
    const size_t start = i;
    const char32_t cp = DecodeUtf8(s, &i);
    if (cp == kInvalidCodePoint) {  // not reached: the caller checked UTF-8
      ++i;
      continue;
    }
    const bool was_sign_position = sign_may_follow;
    pending_minus = false;
    sign_may_follow = false;
    if (cp == '%') {
      tokens.push_back({TokenKind::kPercentSign, s.substr(start, i - start)});
    } else if (IsHan(cp) || IsLetter(cp)) {
      // A run of Han characters, or a word of other letters.
      const bool han = IsHan(cp);
      size_t end = i;
      while (end < s.size()) {
        size_t next = end;
        const char32_t d = DecodeUtf8(s, &next);
        if (d == kInvalidCodePoint ||
            !(han ? IsHan(d) : !IsHan(d) && IsLetter(d))) {
          break;
        }
        end = next;
      }
      tokens.push_back({han ? TokenKind::kHan : TokenKind::kWord,
                        s.substr(start, end - start)});
      i = end;
    } else if (IsMinus(cp)) {
      pending_minus = was_sign_position;
    } else if (IsSeparator(cp)) {
      sign_may_follow =
          cp == ' ' || cp == '(' || cp == '[' || u_isUWhiteSpace(cp);
    } else {
      tokens.push_back({TokenKind::kSymbol, s.substr(start, i - start)});
    }
  }
  return tokens;
}

// What the tokens say, before the units are checked.
struct Reading {
  struct Number {
    std::string text;       // as written (lower case), for messages
    std::string canonical;  // digits: "-1234.5"; empty when spelled out
    double spelled_value = 0;
  };
  std::vector<Number> numbers;
  std::vector<std::string> unexpected;  // text that is neither
  std::vector<std::string> malformed;   // digit runs that do not parse
  bool percent = false;
  bool days = false;
  bool end_of_month = false;
};

void ApplyMarker(NumberMarker marker, Reading* r) {
  switch (marker) {
    case NumberMarker::kFiller:
      break;
    case NumberMarker::kDays:
      r->days = true;
      break;
    case NumberMarker::kEndOfMonth:
      r->end_of_month = true;
      break;
    case NumberMarker::kPercent:
      r->percent = true;
      break;
  }
}

// A run of words or Han characters that no vocabulary entry matched: a
// number in words, or unexpected text.
void FlushSegment(std::string* segment, bool han, Reading* r) {
  if (segment->empty()) return;
  if (std::optional<double> v = internal::ParseSpelledNumber(*segment, han)) {
    r->numbers.push_back({*segment, {}, *v});
  } else {
    r->unexpected.push_back(*segment);
  }
  segment->clear();
}

Reading Read(const std::vector<Token>& tokens) {
  Reading r;
  std::string segment;
  bool segment_han = false;
  auto flush = [&] { FlushSegment(&segment, segment_han, &r); };
  for (size_t t = 0; t < tokens.size();) {
    const Token& token = tokens[t];
    switch (token.kind) {
      case TokenKind::kNumber: {
        flush();
        std::optional<std::string> canonical = CanonicalDecimal(token.text);
        if (!canonical) {
          r.malformed.emplace_back(token.text);
        } else {
          std::string written(token.text);
          if (token.negative) {
            canonical->insert(0, 1, '-');
            written.insert(0, 1, '-');
          }
          r.numbers.push_back({std::move(written), std::move(*canonical), 0});
        }
        ++t;
        break;
      }
      case TokenKind::kPercentSign:
        flush();
        r.percent = true;
        ++t;
        break;
      case TokenKind::kSymbol:
        flush();
        r.unexpected.emplace_back(token.text);
        ++t;
        break;
      case TokenKind::kWord: {
        if (segment_han) flush();
        segment_han = false;
        // The run of consecutive words, matched phrase by phrase.
        size_t end = t;
        std::vector<std::string_view> words;
        while (end < tokens.size() && tokens[end].kind == TokenKind::kWord) {
          words.push_back(tokens[end].text);
          ++end;
        }
        for (size_t k = 0; k < words.size();) {
          const internal::MarkerMatch m = internal::MatchLatinMarker(
              std::span<const std::string_view>(words).subspan(k));
          if (m.length > 0) {
            flush();
            ApplyMarker(m.marker, &r);
            k += m.length;
          } else {
            if (!segment.empty()) segment.push_back(' ');
            segment.append(words[k]);
            ++k;
          }
        }
        t = end;
        break;
      }
      case TokenKind::kHan: {
        if (!segment_han) flush();
        segment_han = true;
        std::string_view run = token.text;
        size_t pos = 0;
        while (pos < run.size()) {
          const internal::MarkerMatch m =
              internal::MatchHanMarker(run.substr(pos));
          if (m.length > 0) {
            flush();
            ApplyMarker(m.marker, &r);
            pos += m.length;
          } else {
            size_t next = pos;
            DecodeUtf8(run, &next);
            segment.append(run.substr(pos, next - pos));
            pos = next;
          }
        }
        // A Han run ends at anything else: "三十 天" and "三十天" both work,
        // but a segment never spans two runs.
        flush();
        ++t;
        break;
      }
    }
  }
  flush();
  return r;
}

std::string Quoted(std::string_view s) {
  std::string q(1, '\'');
  q.append(s).push_back('\'');
  return q;
}

void Fail(std::string reason, NormalizedNumber* out) {
  out->valid = false;
  out->reason = std::move(reason);
}

}  // namespace

std::string_view NumberUnitName(NumberUnit unit) {
  switch (unit) {
    case NumberUnit::kNone:
      return "";
    case NumberUnit::kDays:
      return "days";
    case NumberUnit::kPercent:
      return "percent";
  }
  return "";
}

NormalizedNumber NormalizeNumber(std::string_view text,
                                 const NumberOptions& options) {
  NormalizedNumber out;
  std::string lowered;
  if (internal::IsAscii(text)) {
    lowered.resize(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      lowered[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
  } else {
    std::string nfkc;
    size_t bad = 0;
    if (!internal::ToNfkc(text, &nfkc, &bad)) {
      Fail(internal::InvalidUtf8Reason(bad), &out);
      return out;
    }
    UErrorCode status = U_ZERO_ERROR;
    icu::StringByteSink<std::string> sink(&lowered);
    icu::CaseMap::utf8ToLower("", 0, icu::StringPiece(nfkc.data(), nfkc.size()),
                              sink, nullptr, status);
    if (U_FAILURE(status)) lowered = std::move(nfkc);
  }

  const std::vector<Token> tokens = Tokenize(lowered);
  if (tokens.empty()) {
    Fail("empty", &out);
    return out;
  }
  const Reading r = Read(tokens);
  if (!r.malformed.empty()) {
    Fail("malformed number " + Quoted(r.malformed.front()), &out);
    return out;
  }
  if (r.numbers.empty()) {
    Fail(r.unexpected.empty() ? std::string("no number")
                              : "no number (could not read " +
                                    Quoted(r.unexpected.front()) + ")",
         &out);
    return out;
  }
  if (!r.unexpected.empty()) {
    Fail("unexpected text " + Quoted(r.unexpected.front()), &out);
    return out;
  }
  if (r.numbers.size() > 1) {
    std::string list;
    for (const Reading::Number& n : r.numbers) {
      if (!list.empty()) list += ", ";
      list += n.text;
    }
    Fail("more than one number: " + list, &out);
    return out;
  }
  if (options.percent_field && options.days_field) {
    Fail("options set both percent_field and days_field", &out);
    return out;
  }
  if (r.percent && (r.days || r.end_of_month)) {
    Fail("both a percent and a day count", &out);
    return out;
  }
  NumberUnit unit = NumberUnit::kNone;
  if (r.percent) {
    unit = NumberUnit::kPercent;
    if (options.days_field) {
      Fail("a percent in a day-count field", &out);
      return out;
    }
  } else if (r.days || r.end_of_month) {
    unit = NumberUnit::kDays;
    if (options.percent_field) {
      Fail("a day count in a percent field", &out);
      return out;
    }
  } else if (options.percent_field) {
    unit = NumberUnit::kPercent;
  } else if (options.days_field) {
    unit = NumberUnit::kDays;
  }

  const Reading::Number& n = r.numbers.front();
  double value = n.spelled_value;
  if (!n.canonical.empty()) {
    const char* end = n.canonical.data() + n.canonical.size();
    const auto [ptr, ec] = std::from_chars(n.canonical.data(), end, value);
    if (ec == std::errc::result_out_of_range) {
      Fail("number too large: " + n.text, &out);
      return out;
    }
    if (ec != std::errc() || ptr != end) {
      Fail("malformed number " + Quoted(n.text), &out);
      return out;
    }
  }
  // A bare fraction in a percent field is a ratio: 0.02 is 2%. Scaled in
  // decimal ("0.07e2"), so that 0.07 gives exactly 7, not 7.000000000000001.
  if (unit == NumberUnit::kPercent && !r.percent && value != 0 &&
      std::fabs(value) < 1) {
    if (n.canonical.empty()) {
      value *= 100;
    } else {
      const std::string scaled = n.canonical + "e2";
      std::from_chars(scaled.data(), scaled.data() + scaled.size(), value);
    }
  }
  if (unit == NumberUnit::kDays) {
    if (value < 0) {
      Fail("negative day count: " + n.text, &out);
      return out;
    }
    if (std::floor(value) != value) {
      Fail("day count is not a whole number: " + n.text, &out);
      return out;
    }
  }
  out.valid = true;
  out.value = value;
  out.unit = unit;
  out.end_of_month = r.end_of_month;
  return out;
}

}  // namespace dqe
