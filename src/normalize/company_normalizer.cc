// NormalizeCompany: NFKC, spaces collapsed, legal forms removed, and the
// match key folded as for names (Han runs joined).
//
// The name is cut into segments, each a word of letters and digits or a run
// of Han characters, and each Latin word is folded (FoldToKey), so that
// legal forms are matched however they are accented or cased; what is cut
// from `display` is the text as typed, from a form's first word to the end
// (suffixes) or from the start to its last word (prefixes).

#include <string>
#include <string_view>
#include <vector>

#include "dqe/normalize.h"
#include "src/common/utf8.h"
#include "src/normalize/company_core.h"
#include "src/normalize/legal_forms.h"
#include "src/normalize/text_fold.h"
#include "unicode/uchar.h"
#include "unicode/uscript.h"

namespace dqe {
namespace {

using internal::DecodeUtf8;
using internal::kInvalidCodePoint;

// Legal forms are stripped at most this many times from one name
// ("Công ty TNHH ABC Co., Ltd." takes two).
constexpr int kMaxStrips = 4;

bool IsHan(char32_t cp) {
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(static_cast<UChar32>(cp), &status) == USCRIPT_HAN;
}

bool IsWordChar(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           (cp >= '0' && cp <= '9');
  }
  return (U_GET_GC_MASK(cp) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK)) != 0;
}

bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019; }

bool IsSpace(char32_t cp) {
  return cp == ' ' || (cp >= '\t' && cp <= '\r') ||
         (cp >= 0x80 && u_isUWhiteSpace(static_cast<UChar32>(cp)));
}

// CollapseSpaces writes `s` (valid UTF-8) with runs of white space made one
// space and none at either end.
void CollapseSpaces(std::string_view s, std::string* out) {
  out->clear();
  bool pending_space = false;
  size_t i = 0;
  while (i < s.size()) {
    const size_t start = i;
    const char32_t cp = DecodeUtf8(s, &i);
    if (cp == kInvalidCodePoint) {
      ++i;
      continue;
    }
    if (IsSpace(cp)) {
      pending_space = !out->empty();
      continue;
    }
    if (pending_space) out->push_back(' ');
    pending_space = false;
    out->append(s.substr(start, i - start));
  }
}

bool HasWordChar(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const char32_t cp = DecodeUtf8(s, &i);
    if (cp == kInvalidCodePoint) return false;
    if (IsWordChar(cp)) return true;
  }
  return false;
}

// Punctuation left dangling where a legal form is cut off:
// "ABC, Inc." → "ABC", "Johnson & Co." → "Johnson", "CÔNG TY TNHH - ABC"
// → "ABC". Dots stay on the left side ("A.B.C. Ltd" keeps "A.B.C.").
bool DanglesRight(char32_t cp) {
  return IsSpace(cp) || cp == ',' || cp == '-' || cp == '/' || cp == '&' ||
         cp == '(' || cp == '[' || cp == ':' || cp == ';' || cp == 0x2013 ||
         cp == 0x2014;
}
bool DanglesLeft(char32_t cp) {
  return IsSpace(cp) || cp == ',' || cp == '-' || cp == '/' || cp == '.' ||
         cp == ')' || cp == ']' || cp == ':' || cp == ';' || cp == 0x2013 ||
         cp == 0x2014;
}

std::string_view TrimRight(std::string_view s) {
  while (!s.empty()) {
    size_t start = s.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) {
      --start;
    }
    size_t pos = start;
    const char32_t cp = DecodeUtf8(s, &pos);
    if (cp == kInvalidCodePoint || !DanglesRight(cp)) break;
    s.remove_suffix(s.size() - start);
  }
  return s;
}

std::string_view TrimLeft(std::string_view s) {
  while (!s.empty()) {
    size_t pos = 0;
    const char32_t cp = DecodeUtf8(s, &pos);
    if (cp == kInvalidCodePoint || !DanglesLeft(cp)) break;
    s.remove_prefix(pos);
  }
  return s;
}

struct Segment {
  size_t begin = 0;
  size_t end = 0;
  bool han = false;
  bool ascii = true;  // the word as typed is ASCII
};

// Segments cuts `s` into words (letters, digits, inner apostrophes) and Han
// runs; everything else separates them.
std::vector<Segment> Segments(std::string_view s) {
  std::vector<Segment> segments;
  bool in_word = false;
  size_t i = 0;
  while (i < s.size()) {
    const size_t start = i;
    const char32_t cp = DecodeUtf8(s, &i);
    if (cp == kInvalidCodePoint) {
      ++i;
      in_word = false;
      continue;
    }
    const bool han = IsHan(cp);
    bool word = !han && IsWordChar(cp);
    if (!word && !han && in_word && IsApostrophe(cp) && i < s.size()) {
      size_t next = i;
      const char32_t after = DecodeUtf8(s, &next);
      word = after != kInvalidCodePoint && IsWordChar(after) && !IsHan(after);
    }
    if (!word && !han) {
      in_word = false;
      continue;
    }
    if (in_word && segments.back().han == han) {
      segments.back().end = i;
      segments.back().ascii = segments.back().ascii && cp < 0x80;
    } else {
      segments.push_back({start, i, han, cp < 0x80});
    }
    in_word = true;
  }
  return segments;
}

// StripLegalForms removes legal forms from the ends of `*display`, adding
// their canonical spellings to *forms in the order they stand in the name.
void StripLegalForms(std::string* display, std::vector<std::string>* forms) {
  std::vector<std::string> prefixes, suffixes;
  std::string folded;
  for (int round = 0; round < kMaxStrips; ++round) {
    const std::string_view d = *display;
    // A Han form closing the name: 腾讯科技（深圳）有限公司.
    const std::string_view closed = TrimRight(d);
    if (const auto m = internal::MatchHanLegalFormSuffix(closed); m.length) {
      const std::string_view rest =
          TrimRight(closed.substr(0, closed.size() - m.length));
      if (!HasWordChar(rest)) break;  // the form is the whole name
      suffixes.emplace_back(m.canonical);
      *display = std::string(rest);
      continue;
    }
    const std::vector<Segment> segments = Segments(d);
    // Folded words; Han runs take no part in Latin forms. Suffix forms are
    // matched on words typed in ASCII only, so that Vietnamese "Cơ" (as in
    // "Điện Cơ") is not taken for "Co".
    std::vector<std::string> words, ascii_words;
    words.reserve(segments.size());
    ascii_words.reserve(segments.size());
    for (const Segment& seg : segments) {
      folded.clear();
      if (!seg.han) {
        internal::FoldToKey(d.substr(seg.begin, seg.end - seg.begin),
                            internal::HanRuns::kJoined, &folded);
      }
      ascii_words.push_back(seg.ascii && !seg.han ? folded : std::string());
      words.push_back(std::move(folded));
    }
    bool stripped = false;
    if (const auto m = internal::MatchLegalFormSuffix(ascii_words); m.length) {
      const Segment& first = segments[segments.size() - m.length];
      // A lone "Co" closes a name only as "Co.": "Minh Phat Co." but not
      // "Hoang Co" (a surname or an unaccented Vietnamese word).
      const bool lone_co = m.canonical == "Co" &&
                           ascii_words[segments.size() - 1] == "co" &&
                           d.substr(first.end, 1) != ".";
      const std::string_view rest = TrimRight(d.substr(0, first.begin));
      if (!lone_co && HasWordChar(rest)) {
        suffixes.emplace_back(m.canonical);
        *display = std::string(rest);
        stripped = true;
      }
    }
    if (!stripped) {
      if (const auto m = internal::MatchLegalFormPrefix(words); m.length) {
        const Segment& last = segments[m.length - 1];
        const std::string_view rest = TrimLeft(d.substr(last.end));
        if (HasWordChar(rest)) {
          prefixes.emplace_back(m.canonical);
          *display = std::string(rest);
          stripped = true;
        }
      }
    }
    if (!stripped) break;
  }
  for (std::string& p : prefixes) forms->push_back(std::move(p));
  for (auto it = suffixes.rbegin(); it != suffixes.rend(); ++it) {
    forms->push_back(std::move(*it));
  }
}

}  // namespace

NormalizedCompany NormalizeCompany(std::string_view text) {
  NormalizedCompany out;
  std::string nfkc;
  size_t bad = 0;
  if (!internal::ToNfkc(text, &nfkc, &bad)) {
    out.reason = internal::InvalidUtf8Reason(bad);
    return out;
  }
  CollapseSpaces(nfkc, &out.display);
  if (!HasWordChar(out.display)) {
    out.reason = "empty";
    return out;
  }
  StripLegalForms(&out.display, &out.legal_forms);
  out.script =
      internal::FoldToKey(out.display, internal::HanRuns::kJoined, &out.key);
  out.tokens = internal::SplitTokens(out.key);
  out.core = internal::CompanyCore(out.display);
  out.valid = true;
  return out;
}

std::vector<NormalizedCompany> NormalizeCompanyColumn(
    std::span<const std::string_view> cells) {
  std::vector<NormalizedCompany> out;
  out.reserve(cells.size());
  for (std::string_view cell : cells) out.push_back(NormalizeCompany(cell));
  return out;
}

}  // namespace dqe
