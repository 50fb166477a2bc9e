// value_key.cc: match keys of cells for survivorship, and the parts of a
// union.
#include "src/merge/value_key.h"

#include <algorithm>
#include <cstdio>

#include "dqe/normalize.h"
#include "src/common/utf8.h"
#include "src/validate/picklist_key.h"

namespace dqe::internal {
namespace {

// Keys of cells no normalizer read start with a byte no normalized key has.
std::string RawKey(std::string_view cell) {
  std::string key = "\x01";
  key.append(cell);
  return key;
}

std::string_view Trim(std::string_view s) { return TrimSpace(s); }

}  // namespace

std::string_view TrimSpace(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' ||
                   s[e - 1] == '\n')) {
    --e;
  }
  return s.substr(b, e - b);
}

NumberOptions NumberOptionsFor(Kind kind) {
  NumberOptions options;
  options.percent_field = kind == Kind::kPercent;
  options.days_field = kind == Kind::kDays;
  return options;
}

std::string NumberKey(double value) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6f", value);
  return buf;
}

bool IsBlank(std::string_view cell) { return TrimSpace(cell).empty(); }

std::string ValueKey(Kind kind, std::string_view cell, std::string_view region) {
  if (FindInvalidUtf8(cell) != std::string_view::npos) return RawKey(cell);
  switch (kind) {
    case Kind::kPersonName: {
      std::string key;
      if (!NameKey(cell, NameOptions(), &key) || key.empty()) return RawKey(cell);
      // Token order does not make another name ("An Nguyễn Văn").
      std::vector<std::string_view> tokens;
      size_t start = 0;
      for (size_t i = 0; i <= key.size(); ++i) {
        if (i == key.size() || key[i] == ' ') {
          if (i > start) tokens.push_back(std::string_view(key).substr(start, i - start));
          start = i + 1;
        }
      }
      std::sort(tokens.begin(), tokens.end());
      std::string sorted;
      for (std::string_view t : tokens) {
        if (!sorted.empty()) sorted += ' ';
        sorted.append(t);
      }
      return sorted;
    }
    case Kind::kPhone: {
      NormalizedPhone p = NormalizePhone(cell, region);
      std::vector<std::string> numbers;
      for (const PhoneNumber& n : p.numbers) {
        numbers.push_back(n.valid ? n.e164 : RawKey(Trim(n.input)));
      }
      if (numbers.empty()) return RawKey(cell);
      std::sort(numbers.begin(), numbers.end());
      numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
      std::string key;
      for (const std::string& n : numbers) {
        if (!key.empty()) key += ' ';
        key += n;
      }
      return key;
    }
    case Kind::kEmail: {
      NormalizedEmail e = NormalizeEmail(cell);
      return e.valid && !e.key.empty() ? e.key : RawKey(Trim(cell));
    }
    case Kind::kCompany: {
      NormalizedCompany c = NormalizeCompany(cell);
      return c.valid && !c.key.empty() ? c.key : RawKey(Trim(cell));
    }
    case Kind::kDate: {
      NormalizedDate d = NormalizeDate(cell);
      return d.valid ? d.iso : RawKey(Trim(cell));
    }
    case Kind::kInteger:
    case Kind::kDecimal:
    case Kind::kPercent:
    case Kind::kDays: {
      NormalizedNumber n = NormalizeNumber(cell, NumberOptionsFor(kind));
      if (!n.valid) return RawKey(Trim(cell));
      std::string key = NumberKey(n.value);
      if (n.end_of_month) key += " eom";
      return key;
    }
    default:
      return PicklistKey(cell);
  }
}

std::vector<UnionPart> UnionParts(Kind kind, std::string_view cell,
                                  std::string_view region) {
  std::vector<UnionPart> parts;
  std::string_view trimmed = Trim(cell);
  if (trimmed.empty()) return parts;
  const bool utf8 = FindInvalidUtf8(cell) == std::string_view::npos;
  if (utf8 && kind == Kind::kPhone) {
    NormalizedPhone p = NormalizePhone(cell, region);
    for (const PhoneNumber& n : p.numbers) {
      std::string_view input = Trim(n.input);
      if (n.valid) {
        std::string display = n.e164;
        if (!n.extension.empty()) display += ";ext=" + n.extension;
        parts.push_back({display, display});
      } else if (!input.empty()) {
        parts.push_back({RawKey(input), std::string(input)});
      }
    }
    if (!parts.empty()) return parts;
  } else if (utf8 && kind == Kind::kEmail) {
    NormalizedEmail e = NormalizeEmail(cell);
    if (e.valid && !e.key.empty()) {
      parts.push_back({e.key, e.normalized});
      return parts;
    }
  }
  std::string key = utf8 ? ValueKey(kind, trimmed, region) : RawKey(trimmed);
  parts.push_back({std::move(key), std::string(trimmed)});
  return parts;
}

std::string CleanValue(Kind kind, std::string_view cell, std::string_view region,
                       std::string_view separator) {
  std::string_view trimmed = Trim(cell);
  if (FindInvalidUtf8(cell) != std::string_view::npos) return std::string(trimmed);
  switch (kind) {
    case Kind::kPersonName: {
      NormalizedName n = NormalizeName(cell);
      if (n.valid && !n.display.empty()) return n.display;
      break;
    }
    case Kind::kPhone: {
      std::string out;
      for (const UnionPart& p : UnionParts(kind, cell, region)) {
        if (!out.empty()) out.append(separator);
        out += p.display;
      }
      if (!out.empty()) return out;
      break;
    }
    case Kind::kEmail: {
      NormalizedEmail e = NormalizeEmail(cell);
      if (e.valid && !e.normalized.empty()) return e.normalized;
      break;
    }
    default:
      break;
  }
  return std::string(trimmed);
}

}  // namespace dqe::internal
