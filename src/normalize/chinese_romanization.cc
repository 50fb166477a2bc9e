// chinese_romanization.cc: pinyin and Wade-Giles to one loose spelling.
//
// The pinyin syllables are the readings of the Han table (src/gen, from
// ICU), so every syllable a Han name can be read as is known. Each syllable's
// Wade-Giles spelling follows the system's published correspondence (facts:
// b → p, d → t, g → k, j/q/zh → ch, x → hs, r → j, z/c → ts; zi/ci → tzu,
// si → ssu, zhi/chi → chih, shi → shih, ri → jih; -ong → -ung, -ian → -ien,
// -ie → -ieh, ge/ke/he → ko/ho, duo → to, gui → kuei, yi → i, you → yu ...),
// without apostrophes and umlauts as typed names have them.
#include "src/normalize/chinese_romanization.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "src/normalize/fold_tables.h"
#include "src/normalize/syllable_cut.h"

namespace dqe::internal {
namespace {

constexpr size_t kMaxSyllable = 6;  // "zhuang", "hsiung", "chuang"

// Wade-Giles, without apostrophes and umlauts, of one toneless pinyin
// syllable.
std::string WadeGiles(std::string_view p) {
  struct Pair {
    std::string_view pinyin, wade;
  };
  static constexpr Pair kWhole[] = {
      {"zhi", "chih"}, {"chi", "chih"}, {"shi", "shih"}, {"ri", "jih"},
      {"zi", "tzu"},   {"ci", "tzu"},   {"si", "ssu"},   {"er", "erh"},
      {"yi", "i"},     {"you", "yu"},   {"yong", "yung"}, {"yan", "yen"},
      {"ye", "yeh"},   {"yue", "yueh"}, {"e", "o"},
  };
  for (const Pair& w : kWhole) {
    if (p == w.pinyin) return std::string(w.wade);
  }
  if (p.empty() || p[0] == 'y' || p[0] == 'w') return std::string(p);
  std::string_view initial;
  for (std::string_view two : {"zh", "ch", "sh"}) {
    if (p.substr(0, 2) == two) initial = two;
  }
  if (initial.empty() && std::string_view("bpmfdtnlgkhjqxrzcs").find(p[0]) !=
                             std::string_view::npos) {
    initial = p.substr(0, 1);
  }
  std::string_view fin = p.substr(initial.size());
  std::string out;
  static constexpr Pair kInitials[] = {
      {"b", "p"},  {"p", "p"},   {"m", "m"},  {"f", "f"},  {"d", "t"},
      {"t", "t"},  {"n", "n"},   {"l", "l"},  {"g", "k"},  {"k", "k"},
      {"h", "h"},  {"j", "ch"},  {"q", "ch"}, {"x", "hs"}, {"zh", "ch"},
      {"ch", "ch"}, {"sh", "sh"}, {"r", "j"}, {"z", "ts"}, {"c", "ts"},
      {"s", "s"}};
  for (const Pair& i : kInitials) {
    if (initial == i.pinyin) out = i.wade;
  }
  const bool velar = initial == "g" || initial == "k" || initial == "h";
  if (fin == "ong") {
    out += "ung";
  } else if (fin == "iong") {
    out += "iung";
  } else if (fin == "ian") {
    out += "ien";
  } else if (fin == "ie") {
    out += "ieh";
  } else if (fin == "e") {
    out += velar ? "o" : "e";
  } else if (fin == "uo") {
    out += velar || initial == "sh" ? "uo" : "o";
  } else if (fin == "ui") {
    out += initial == "g" || initial == "k" ? "uei" : "ui";
  } else if (fin == "ue") {
    out += "ueh";
  } else {
    out += fin;
  }
  return out;
}

// The loose spelling: chih = chi, shih = shi, jih = ji, erh = er (Taiwan's
// names write them both ways).
std::string Loosen(std::string w) {
  if (w == "erh") return "er";
  if (w.size() >= 3 && w.ends_with("ih")) w.pop_back();
  return w;
}

bool HasVowel(std::string_view s) {
  return s.find_first_of("aeiou") != std::string_view::npos;
}

// Every spelling a syllable is typed in (pinyin, Wade-Giles, loose) → its
// loose spelling. Pinyin wins where a spelling is both.
const absl::flat_hash_map<std::string, std::string>& Syllables() {
  static const auto* const map = [] {
    std::vector<std::string> pinyin;
    auto add_reading = [&](uint16_t index) {
      std::string_view r = HanReading(index);
      if (r.empty() || r.size() > kMaxSyllable || !HasVowel(r)) return;
      for (char c : r) {
        if (c < 'a' || c > 'z') return;
      }
      pinyin.emplace_back(r);
    };
    for (char32_t cp = 0x3400; cp <= 0xFAFF; ++cp) {
      if (const HanEntry* e = HanEntryFor(cp)) {
        add_reading(e->reading);
        add_reading(e->surname);
      }
    }
    std::sort(pinyin.begin(), pinyin.end());
    pinyin.erase(std::unique(pinyin.begin(), pinyin.end()), pinyin.end());
    auto* m = new absl::flat_hash_map<std::string, std::string>;
    for (const std::string& p : pinyin) (*m)[p] = LooseSyllable(p);
    for (const std::string& p : pinyin) {
      const std::string wade = WadeGiles(p);
      const std::string loose = Loosen(wade);
      m->try_emplace(wade, loose);
      m->try_emplace(loose, loose);
    }
    // Surname spellings Taiwan's passports keep from before any system:
    // 李 Lee (Lee Teng-hui), 郭 Kuo and 許 Hsu are regular already.
    m->try_emplace("lee", "li");
    return m;
  }();
  return *map;
}

// Cuts `token` into the fewest known syllables (CutFewest), appending their
// loose spellings to *out; false when it cannot be cut.
bool LooseToken(std::string_view token, std::vector<std::string>* out) {
  // A word of one letter is an initial ("James A. Young"), not a syllable.
  if (token.size() < 2) return false;
  const auto& syllables = Syllables();
  std::string piece;
  std::vector<std::string_view> parts;
  if (!CutFewest(token, kMaxSyllable,
                 [&](std::string_view p) {
                   piece.assign(p);
                   return syllables.contains(piece);
                 },
                 &parts)) {
    return false;
  }
  for (std::string_view part : parts) out->push_back(syllables.at(std::string(part)));
  return true;
}

}  // namespace

std::string LooseSyllable(std::string_view pinyin) {
  return Loosen(WadeGiles(pinyin));
}

bool LooseChineseName(std::span<const std::string_view> tokens,
                      std::string* out) {
  out->clear();
  if (tokens.empty()) return false;
  std::vector<std::string> loose;
  for (std::string_view t : tokens) {
    if (!LooseToken(t, &loose)) return false;
  }
  std::sort(loose.begin(), loose.end());
  for (const std::string& s : loose) out->append(s);
  return true;
}

}  // namespace dqe::internal
