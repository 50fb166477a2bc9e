// cantonese.cc: Cantonese readings and the loose spelling of Hong Kong names.
//
// The readings are Unihan's kCantonese (Jyutping), read at build time (see
// src/gen/cantonese_table_generator.cc). The loose spelling follows the
// correspondence between Jyutping and the Hong Kong Government's
// romanisation (facts: z/c → ch or ts, j → y, aa → a, oe → eu, eoi → ui,
// eon → un, ou → o, yu → u/ue, ...), with the distinctions typed names do
// not keep merged.
#include "src/normalize/cantonese.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "src/common/split.h"
#include "src/common/utf8.h"
#include "src/normalize/syllable_cut.h"
#include "src/normalize/text_fold.h"

namespace dqe::internal {
namespace {

#include "cantonese_table.inc"

constexpr char32_t kLowFirst = 0x3400, kLowLast = 0x9FFF;
constexpr char32_t kCompatFirst = 0xF900, kCompatLast = 0xFAFF;
constexpr size_t kMaxSyllable = 6;  // "cheung", "kwong"

struct Rewrite {
  std::string_view from, to;
};

// Initials, longest first: typed spelling or Jyutping → loose initial.
constexpr Rewrite kInitials[] = {
    {"gw", "kw"}, {"kw", "kw"}, {"ng", "ng"}, {"ts", "c"}, {"tz", "c"},
    {"ch", "c"},  {"sh", "s"},  {"sz", "s"},  {"b", "p"},  {"p", "p"},
    {"d", "t"},   {"t", "t"},   {"g", "k"},   {"k", "k"},  {"z", "c"},
    {"c", "c"},   {"s", "s"},   {"j", "y"},   {"y", "y"},  {"h", "h"},
    {"f", "f"},   {"m", "m"},   {"n", "n"},   {"l", "l"},  {"w", "w"},
};

// Rhyme spellings → loose rhyme, tried in order at each position.
constexpr Rewrite kRhymes[] = {
    {"eoi", "ui"}, {"eon", "un"}, {"eot", "ut"}, {"ooi", "ui"}, {"eng", "ing"},
    {"oe", "eu"},  {"eo", "u"},   {"aa", "a"},   {"oo", "u"},   {"ou", "o"},
    {"ow", "au"},  {"aw", "o"},   {"ee", "i"},   {"ei", "i"},   {"ey", "i"},
    {"ay", "ai"},  {"oy", "oi"},  {"ue", "u"},   {"oh", "o"},   {"ek", "ik"},
    {"um", "am"},
};

// Every loose syllable some ideograph is read as.
const absl::flat_hash_set<std::string>& Syllables() {
  static const auto* const set = [] {
    auto* s = new absl::flat_hash_set<std::string>;
    for (std::string_view r : kCantoneseReadings) {
      if (!r.empty()) s->insert(LooseCantoneseSyllable(r));
    }
    return s;
  }();
  return *set;
}

// Cuts `token` into the fewest syllables whose loose spelling is a reading's
// (CutFewest), appending the loose spellings to *out; false when it cannot
// be cut.
bool CutTokenUncached(std::string_view token, std::vector<std::string>* out) {
  // A word of one letter is an initial ("James A. Young"), not a syllable.
  if (token.size() < 2) return false;
  const auto& syllables = Syllables();
  std::vector<std::string_view> parts;
  if (!CutFewest(token, kMaxSyllable,
                 [&](std::string_view p) {
                   return syllables.contains(LooseCantoneseSyllable(p));
                 },
                 &parts)) {
    return false;
  }
  for (std::string_view part : parts) out->push_back(LooseCantoneseSyllable(part));
  return true;
}

// CutToken with a per-thread memo: a table's names share few tokens.
bool CutToken(std::string_view token, std::vector<std::string>* out) {
  constexpr size_t kMaxMemo = 1 << 16;
  thread_local absl::flat_hash_map<std::string, std::vector<std::string>> memo;
  std::string key(token);
  if (auto it = memo.find(key); it != memo.end()) {
    out->insert(out->end(), it->second.begin(), it->second.end());
    return !it->second.empty();
  }
  std::vector<std::string> cut;
  if (!CutTokenUncached(token, &cut)) cut.clear();
  if (memo.size() >= kMaxMemo) memo.clear();
  out->insert(out->end(), cut.begin(), cut.end());
  const bool ok = !cut.empty();
  memo.emplace(std::move(key), std::move(cut));
  return ok;
}

void SortAndJoin(std::vector<std::string>& parts, std::string* out) {
  // "\n" separates a romanised name's forms (LooseCantoneseName).
  std::sort(parts.begin(), parts.end());
  out->clear();
  for (const std::string& p : parts) out->append(p);
}

}  // namespace

std::string_view CantoneseReading(char32_t cp) {
  size_t slot;
  if (cp >= kLowFirst && cp <= kLowLast) {
    slot = cp - kLowFirst;
  } else if (cp >= kCompatFirst && cp <= kCompatLast) {
    slot = (kLowLast - kLowFirst + 1) + (cp - kCompatFirst);
  } else {
    return {};
  }
  return kCantoneseReadings[kCantoneseIndex[slot]];
}

std::string LooseCantoneseSyllable(std::string_view s) {
  // Whole syllables Hong Kong spells apart: Sze / See = si, Tsz / Tze = ci.
  if (s == "sze" || s == "sz" || s == "see") return "si";
  if (s == "tsz" || s == "tze" || s == "tsze" || s == "tsi") return "ci";
  if (s == "ng" || s == "m") return std::string(s);  // 吳, 唔: syllabic
  std::string out;
  for (const Rewrite& r : kInitials) {
    if (s.starts_with(r.from)) {
      out.assign(r.to);
      s.remove_prefix(r.from.size());
      break;
    }
  }
  // Jyutping's "yu" rhyme after an initial (syu, jyu, cyun) is "u" in the
  // typed spelling (Shu, Yu, Chuen).
  if (!out.empty() && s.starts_with("yu")) s.remove_prefix(1);
  while (!s.empty()) {
    bool done = false;
    for (const Rewrite& r : kRhymes) {
      if (s.starts_with(r.from)) {
        out.append(r.to);
        s.remove_prefix(r.from.size());
        done = true;
        break;
      }
    }
    if (!done) {
      out.push_back(s.front());
      s.remove_prefix(1);
    }
  }
  return out;
}

bool LooseCantoneseHan(std::string_view text, std::string* out) {
  out->clear();
  std::vector<std::string> parts;
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = DecodeUtf8(text, &i);
    if (cp == kInvalidCodePoint) return false;
    // Spaces and the dots and hyphens names are written with.
    if (cp == ' ' || cp == '-' || cp == '.' || cp == 0x00B7 || cp == 0x30FB ||
        cp == 0x3000) {
      continue;
    }
    std::string_view r = CantoneseReading(cp);
    if (r.empty()) return false;
    parts.push_back(LooseCantoneseSyllable(r));
  }
  if (parts.empty()) return false;
  SortAndJoin(parts, out);
  return true;
}

bool LooseCantoneseName(std::span<const std::string_view> tokens,
                        std::string* out) {
  out->clear();
  const size_t n = tokens.size();
  // Each token's syllables; empty when it cannot be cut.
  std::vector<std::vector<std::string>> cuts(n);
  size_t failed = 0;
  for (size_t i = 0; i < n; ++i) {
    if (!CutToken(tokens[i], &cuts[i])) {
      cuts[i].clear();
      ++failed;
    }
  }
  // The forms: every token; and, for three or more tokens, without the
  // first or the last when it is not one Cantonese syllable (an English
  // given name: "David Ting Yu-kai", "Pang Ka Yuet Cecilia").
  auto add = [&](size_t skip) {
    std::vector<std::string> parts;
    for (size_t i = 0; i < n; ++i) {
      if (i == skip) continue;
      if (cuts[i].empty()) return;
      parts.insert(parts.end(), cuts[i].begin(), cuts[i].end());
    }
    if (parts.empty()) return;
    std::string key;
    SortAndJoin(parts, &key);
    if (!out->empty()) out->push_back('\n');
    if (skip < n) out->push_back('*');
    out->append(key);
  };
  if (failed == 0) add(n);
  if (n >= 3) {
    if (cuts[0].size() != 1) add(0);
    if (cuts[n - 1].size() != 1) add(n - 1);
  }
  return !out->empty();
}

bool CantoneseFormsMeet(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return false;
  // Called for every candidate pair with forms: no allocation.
  auto next = [](std::string_view& rest, bool* cut) {
    const size_t nl = rest.find('\n');
    std::string_view form = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    *cut = form.starts_with('*');
    if (*cut) form.remove_prefix(1);
    return form;
  };
  for (std::string_view ra = a; !ra.empty();) {
    bool cut_x = false;
    const std::string_view x = next(ra, &cut_x);
    for (std::string_view rb = b; !rb.empty();) {
      bool cut_y = false;
      const std::string_view y = next(rb, &cut_y);
      if (!(cut_x && cut_y) && !x.empty() && x == y) return true;
    }
  }
  return false;
}

bool LooseCantonese(const NormalizedName& name, std::string* out) {
  out->clear();
  if (!name.valid) return false;
  if (name.script == Script::kHan) return LooseCantoneseHan(name.display, out);
  if (name.script != Script::kLatin || name.vietnamese) return false;
  std::string spaced(name.display);
  std::replace(spaced.begin(), spaced.end(), '-', ' ');
  std::string folded;
  FoldToKey(spaced, HanRuns::kJoined, &folded);
  return LooseCantoneseName(SplitView(folded, ' ', true), out);
}

}  // namespace dqe::internal
