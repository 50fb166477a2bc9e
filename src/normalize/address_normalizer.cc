// NormalizeAddress: the match key of a postal address.
//
// The text is cut into its comma-separated parts ("num street, ward,
// district, city"), each part folded to key tokens (Han one syllable per
// character), and the tokens rewritten so that spellings of the same thing
// agree: unit words fused with their number (Phường 7 → p7, Apt 21 → u21,
// 12/F → fl12), street types in one spelling (Boulevard → blvd), words that
// only announce the next one dropped (Số, Đường, No., Thành phố). The key
// keeps the order of the address; comparisons read it as a set of tokens,
// so that "241 Trường Chinh" is a part of "Số 241 Đường Trường Chinh,
// Phường Tương Mai, Quận Hoàng Mai, Hà Nội".
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "dqe/normalize.h"
#include "src/common/cat.h"
#include "src/common/split.h"
#include "src/normalize/text_fold.h"

namespace dqe {
namespace {

using internal::Cat;

// Sentinels for Han unit characters that follow their value (3樓, B室):
// words nobody types, so that they cannot be taken for a word of the address.
constexpr std::string_view kFloorAfter = "qqfloorafter";
constexpr std::string_view kRoomAfter = "qqroomafter";

// Prepare rewrites what the fold would lose: '#' announces a unit number,
// 号/號 follow a house number, 樓/楼/層/层 a floor, 室 a flat.
void Prepare(std::string_view s, std::string* out) {
  out->clear();
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '#') {
      out->append(" apt ");
      ++i;
      continue;
    }
    if (c == 0xE5 || c == 0xE6 || c == 0xE8) {
      const std::string_view rest = s.substr(i);
      auto starts = [&](std::string_view w) { return rest.substr(0, w.size()) == w; };
      if (starts("\xE5\x8F\xB7") || starts("\xE8\x99\x9F")) {  // 号 號
        out->append(" no ");
        i += 3;
        continue;
      }
      if (starts("\xE6\xA8\x93") || starts("\xE6\xA5\xBC") ||  // 樓 楼
          starts("\xE5\xB1\xA4") || starts("\xE5\xB1\x82")) {  // 層 层
        out->append(Cat(" ", kFloorAfter, " "));
        i += 3;
        continue;
      }
      if (starts("\xE5\xAE\xA4")) {  // 室
        out->append(Cat(" ", kRoomAfter, " "));
        i += 3;
        continue;
      }
    }
    out->push_back(s[i]);
    ++i;
  }
}

bool IsNumber(std::string_view t) {
  return !t.empty() && std::isdigit(static_cast<unsigned char>(t[0]));
}

bool AllDigits(std::string_view t) {
  if (t.empty()) return false;
  for (char c : t) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// A unit's value: a number, or a short code ("B", "2A", "H").
bool IsUnitValue(std::string_view t) {
  return IsNumber(t) || (!t.empty() && t.size() <= 2);
}

// One spelling per street type: the word in full, so that a typo in it
// ("stret") stays one letter away (abbreviations from USPS Publication 28).
// Directions the other way round: "North" → n.
std::string_view StreetWord(std::string_view t) {
  struct Pair {
    std::string_view word, canonical;
  };
  static constexpr Pair kWords[] = {
      {"st", "street"},     {"str", "street"},     {"ave", "avenue"},
      {"av", "avenue"},     {"blvd", "boulevard"}, {"boul", "boulevard"},
      {"rd", "road"},       {"ln", "lane"},        {"dr", "drive"},
      {"drv", "drive"},     {"ct", "court"},       {"pl", "place"},
      {"ter", "terrace"},   {"pkwy", "parkway"},   {"hwy", "highway"},
      {"cir", "circle"},    {"sq", "square"},      {"trl", "trail"},
      {"cres", "crescent"}, {"aly", "alley"},      {"expy", "expressway"},
      {"fwy", "freeway"},   {"plz", "plaza"},      {"rte", "route"},
      {"ctr", "center"},    {"centre", "center"},  {"hts", "heights"},
      {"jct", "junction"},  {"sec", "section"},    {"bldg", "building"},
      {"north", "n"},       {"south", "s"},        {"east", "e"},
      {"west", "w"},        {"northeast", "ne"},   {"northwest", "nw"},
      {"southeast", "se"},  {"southwest", "sw"},
  };
  for (const Pair& p : kWords) {
    if (t == p.word) return p.canonical;
  }
  return t;
}

enum class Unit { kNone, kWard, kDistrict, kApartment, kFloor };

// Words that name the unit of the value after them.
Unit UnitBefore(std::string_view t) {
  if (t == "phuong" || t == "p" || t == "ward" || t == "f") return Unit::kWard;
  if (t == "quan" || t == "q" || t == "district" || t == "dist") {
    return Unit::kDistrict;
  }
  if (t == "apt" || t == "apartment" || t == "unit" || t == "suite" ||
      t == "ste" || t == "room" || t == "rm" || t == "flat" || t == "phong") {
    return Unit::kApartment;
  }
  if (t == "floor" || t == "fl" || t == "tang" || t == "level") {
    return Unit::kFloor;
  }
  return Unit::kNone;
}

std::string_view UnitPrefix(Unit u) {
  switch (u) {
    case Unit::kWard:
      return "p";
    case Unit::kDistrict:
      return "q";
    case Unit::kApartment:
      return "u";
    case Unit::kFloor:
      return "fl";
    case Unit::kNone:
      break;
  }
  return "";
}

// Words that only announce the name after them when they open a part
// ("Phường Tân Hưng", "Tỉnh Khánh Hòa", "Đường Trường Chinh").
bool AnnouncesName(std::string_view t) {
  static constexpr std::string_view kWords[] = {
      "phuong", "p",   "quan",     "q",  "huyen", "h",  "xa",     "x",
      "tx",     "tt",  "tinh",     "tp", "duong", "d",  "district", "dist",
      "ward",   "pho"};
  for (std::string_view w : kWords) {
    if (t == w) return true;
  }
  return false;
}

// Floors typed as one word: "12f", "3rd", "12th" (with "floor" after).
bool FloorWord(std::string_view t, std::string_view next, std::string* out) {
  size_t digits = 0;
  while (digits < t.size() && std::isdigit(static_cast<unsigned char>(t[digits]))) {
    ++digits;
  }
  if (digits == 0) return false;
  const std::string_view rest = t.substr(digits);
  if (rest == "f" || rest == "fl") {
    *out = Cat("fl", t.substr(0, digits));
    return true;
  }
  if ((rest == "st" || rest == "nd" || rest == "rd" || rest == "th") &&
      (next == "floor" || next == "fl" || next == "f")) {
    *out = Cat("fl", t.substr(0, digits));
    return true;
  }
  return false;
}

// CanonicalPart appends the canonical tokens of one comma-separated part.
void CanonicalPart(const std::vector<std::string_view>& w,
                   std::vector<std::string>* out) {
  const size_t n = w.size();
  size_t i = 0;
  // "Thành phố", "Thị xã", "Thị trấn" open a part as one word.
  auto two = [&](size_t k, std::string_view a, std::string_view b) {
    return k + 1 < n && w[k] == a && w[k + 1] == b;
  };
  bool part_start = true;
  while (i < n) {
    const std::string_view t = w[i];
    const std::string_view next = i + 1 < n ? w[i + 1] : std::string_view();
    // Thành phố / TP announce a city wherever they stand.
    if (two(i, "thanh", "pho")) {
      i += 2;
      continue;
    }
    if (t == "tp" || t == "no" || t == "number") {
      ++i;
      continue;
    }
    if (part_start && (two(i, "thi", "xa") || two(i, "thi", "tran"))) {
      i += 2;
      continue;
    }
    // "Số 241": the number is what counts.
    if (t == "so" && IsNumber(next)) {
      ++i;
      continue;
    }
    // "241 Đường Trường Chinh".
    if (t == "duong" && !out->empty() && IsNumber(out->back()) && !part_start) {
      ++i;
      continue;
    }
    if (t == kFloorAfter || t == kRoomAfter) {
      if (!out->empty() && !part_start && IsUnitValue(out->back())) {
        std::string& v = out->back();
        v = Cat(t == kFloorAfter ? "fl" : "u", v);
      }
      ++i;
      continue;
    }
    if (std::string floor; FloorWord(t, next, &floor)) {
      out->push_back(std::move(floor));
      i += (next == "floor" || next == "fl" || next == "f") ? 2 : 1;
      part_start = false;
      continue;
    }
    // "12 floor", "12 F" (from 12/F); "3/F B" names the flat after it.
    if (AllDigits(t) && (next == "floor" || next == "fl" || next == "f")) {
      out->push_back(Cat("fl", t));
      i += 2;
      part_start = false;
      if (i < n && w[i].size() == 1 && std::isalpha(static_cast<unsigned char>(w[i][0]))) {
        out->push_back(Cat("u", w[i]));
        ++i;
      }
      continue;
    }
    if (const Unit u = UnitBefore(t); u != Unit::kNone) {
      const bool value = u == Unit::kApartment ? IsUnitValue(next) : IsNumber(next);
      if (value) {
        out->push_back(Cat(UnitPrefix(u), next));
        i += 2;
        part_start = false;
        continue;
      }
    }
    if (part_start && n - i > 1 && AnnouncesName(t)) {
      ++i;
      part_start = false;  // one word announces: "Phường Quán Thánh"
      continue;
    }
    // Single letters that abbreviate a unit word ("P. Tân Hưng" without a
    // comma before it) announce too.
    if ((t == "p" || t == "q" || t == "h") && i + 1 < n && !IsNumber(next) &&
        next != kFloorAfter && next != kRoomAfter) {
      ++i;
      continue;
    }
    // "Xuhui District", "Banqiao Dist.", "Taipei City".
    if (t == "district" || t == "dist" || t == "city") {
      ++i;
      continue;
    }
    if (UnitBefore(t) == Unit::kApartment || UnitBefore(t) == Unit::kFloor) {
      ++i;  // a unit word with no value after it says nothing
      continue;
    }
    out->emplace_back(StreetWord(t));
    part_start = false;
    ++i;
  }
}

bool IsSeparatorAt(std::string_view s, size_t i, size_t* len) {
  const char c = s[i];
  if (c == ',' || c == ';' || c == '\n' || c == '\r') {
    *len = 1;
    return true;
  }
  const std::string_view rest = s.substr(i);
  // Fullwidth comma and ideographic comma.
  if (rest.substr(0, 3) == "\xEF\xBC\x8C" || rest.substr(0, 3) == "\xE3\x80\x81") {
    *len = 3;
    return true;
  }
  return false;
}

}  // namespace

NormalizedAddress NormalizeAddress(std::string_view text) {
  NormalizedAddress out;
  std::string nfkc;
  size_t invalid_at = 0;
  if (!internal::ToNfkc(text, &nfkc, &invalid_at)) {
    out.reason = Cat("invalid UTF-8 at byte ", invalid_at);
    return out;
  }
  std::string prepared, folded;
  std::vector<std::string> tokens;
  size_t start = 0;
  for (size_t i = 0; i <= nfkc.size();) {
    size_t len = 0;
    if (i < nfkc.size() && !IsSeparatorAt(nfkc, i, &len)) {
      ++i;
      continue;
    }
    const std::string_view part = std::string_view(nfkc).substr(start, i - start);
    Prepare(part, &prepared);
    folded.clear();
    bool latin = false;
    if (!internal::FoldLatinKey(prepared, &folded, &latin)) {
      folded.clear();
      internal::FoldToKey(prepared, internal::HanRuns::kSyllables, &folded);
    }
    CanonicalPart(internal::SplitView(folded, ' ', true), &tokens);
    i += len == 0 ? 1 : len;
    start = i;
  }
  if (tokens.empty()) {
    out.reason = "no letter or digit";
    return out;
  }
  out.valid = true;
  out.key = internal::JoinViews(
      std::vector<std::string_view>(tokens.begin(), tokens.end()), " ");
  out.tokens = std::move(tokens);
  return out;
}

}  // namespace dqe
