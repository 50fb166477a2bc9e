#include "src/normalize/honorifics.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"

namespace dqe::internal {
namespace {

// Vietnamese forms of address and Western titles. Written with their
// diacritics: "Ong" (a surname) and "Chi" (a given name) are not "Ông", "Chị".
constexpr std::array<std::string_view, 33> kTitles = {
    "ông",    "bà",   "chị",  "cô",    "chú",  "bác",    "cậu",  "dì",   "thầy",
    "mợ",     "thím", "ngài", "quý",   "mr",   "mrs",    "ms",   "miss", "mx",
    "dr",     "prof", "sir",  "madam", "mme",  "mlle",   "herr", "frau", "rev",
    "mister", "dame", "lord", "lady",  "dres", "prof.dr"};
constexpr std::array<std::string_view, 2> kAmbiguous = {"anh", "em"};
constexpr std::array<std::string_view, 10> kPostNominals = {
    "phd", "ph.d", "md", "m.d", "esq", "dds", "mba", "cpa", "jd", "ths"};
// Longest first, so that 太太 is not read as 太.
constexpr std::array<std::string_view, 22> kHanSuffixes = {
    "老师", "老師",   "先生",   "女士",   "小姐",   "太太", "夫人", "经理",
    "經理", "总经理", "總經理", "博士",   "教授",   "医生", "醫生", "同学",
    "同學", "师傅",   "師傅",   "董事长", "董事長", "主任"};

}  // namespace

HonorificKind LeadingHonorific(std::string_view w) {
  static const auto* const kinds = [] {
    auto* m = new absl::flat_hash_map<std::string_view, HonorificKind>();
    for (std::string_view t : kTitles) m->emplace(t, HonorificKind::kTitle);
    for (std::string_view t : kAmbiguous)
      m->emplace(t, HonorificKind::kAmbiguous);
    return m;
  }();
  auto it = kinds->find(w);
  return it == kinds->end() ? HonorificKind::kNone : it->second;
}

bool UnaccentedVietnameseTitle(std::string_view w) {
  static constexpr std::string_view kForms[] = {"ong", "ba",   "chi", "co",
                                                "chu", "bac",  "cau", "di",
                                                "thay", "thim", "ngai"};
  for (std::string_view f : kForms) {
    if (w == f) return true;
  }
  return false;
}

bool IsVietnameseFamilyKey(std::string_view token) {
  // The family names most Vietnamese carry (a fact of the population).
  static const auto* const set = new absl::flat_hash_set<std::string_view>{
      "nguyen", "tran",  "le",    "pham",  "hoang", "huynh", "phan",  "vu",
      "vo",     "dang",  "bui",   "do",    "ho",    "ngo",   "duong", "ly",
      "truong", "dinh",  "lam",   "mai",   "trinh", "doan",  "luong", "cao",
      "ta",     "ha",    "to",    "chau",  "thai",  "luu",   "quach", "tang",
      "kieu",   "vuong", "trieu", "diep",  "thach", "tong",  "la",    "lu"};
  return set->contains(token);
}

bool IsPostNominal(std::string_view w) {
  static const auto* const set = new absl::flat_hash_set<std::string_view>(
      kPostNominals.begin(), kPostNominals.end());
  return set->contains(w);
}

size_t HanHonorificSuffix(std::string_view word) {
  size_t best = 0;
  for (std::string_view s : kHanSuffixes) {
    if (s.size() > best && word.size() > s.size() &&
        word.substr(word.size() - s.size()) == s) {
      best = s.size();
    }
  }
  return best;
}

namespace {

// A key token of at most 7 bytes packed into an integer (its length, then
// its bytes), so that a set of short tokens is a sorted array
// searched without hashing: blocking asks for every name.
constexpr uint64_t PackToken(std::string_view token) {
  uint64_t v = token.size();
  for (unsigned char c : token) v = (v << 8) | c;  // at most 7 bytes
  return v;
}

// A set of short lower-case ASCII tokens, bucketed by first letter and
// length: most look-ups ("nguyen") find their bucket empty at once.
class ShortTokenSet {
 public:
  constexpr ShortTokenSet(std::initializer_list<std::string_view> tokens) {
    for (std::string_view t : tokens) {
      uint64_t* bucket = &slots_[Bucket(t) * kPerBucket];
      size_t k = 0;
      while (bucket[k] != 0) ++k;  // at most kPerBucket - 1 tokens per bucket
      bucket[k] = PackToken(t);
      seconds_[Bucket(t)] |= SecondBit(t);
    }
  }
  bool contains(std::string_view t) const {
    if (t.empty() || t.size() > kMaxLength || t[0] < 'a' || t[0] > 'z') return false;
    // Most tokens ("nguyen", "tran", "pham") share no first letter, length
    // and second letter with a member: one bit says so.
    if ((seconds_[Bucket(t)] & SecondBit(t)) == 0) return false;
    const uint64_t* bucket = &slots_[Bucket(t) * kPerBucket];
    const uint64_t packed = PackToken(t);
    for (size_t k = 0; k < kPerBucket && bucket[k] != 0; ++k) {
      if (bucket[k] == packed) return true;
    }
    return false;
  }

 private:
  static constexpr size_t kMaxLength = 7, kPerBucket = 4;
  static constexpr size_t Bucket(std::string_view t) {
    return static_cast<size_t>(t[0] - 'a') * (kMaxLength + 1) + t.size();
  }
  // The second letter as a bit (bit 26: none, bit 27: not a letter).
  static constexpr uint32_t SecondBit(std::string_view t) {
    if (t.size() < 2) return uint32_t{1} << 26;
    const char c = t[1];
    return c >= 'a' && c <= 'z' ? uint32_t{1} << (c - 'a') : uint32_t{1} << 27;
  }
  std::array<uint64_t, 26 * (kMaxLength + 1) * kPerBucket> slots_{};
  // Per bucket: the second letters its members have.
  std::array<uint32_t, 26 * (kMaxLength + 1)> seconds_{};
};

// The folds of kTitles and kAmbiguous, cut into key tokens ("prof.dr" →
// "prof"). Built at compile time: every name asks, so no guard per call.
constexpr ShortTokenSet kTitleKeys = {
    "ong",  "ba",   "chi",  "co",     "chu",  "bac",  "cau",  "di",   "thay",
    "mo",   "thim", "ngai", "quy",    "mr",   "mrs",  "ms",   "miss", "mx",
    "dr",   "prof", "sir",  "madam",  "mme",  "mlle", "herr", "frau", "rev",
    "dame", "lord", "lady", "mister", "dres", "anh",  "em"};
// The folds of kPostNominals, last key token ("ph.d" → "d", "m.d" → "d").
constexpr ShortTokenSet kPostNominalKeys = {"phd", "d",  "md",  "esq", "dds",
                                            "mba", "cpa", "jd", "ths"};

}  // namespace

bool MayBeTitleKey(std::string_view token) { return kTitleKeys.contains(token); }

bool MayBePostNominalKey(std::string_view token) {
  return kPostNominalKeys.contains(token);
}

bool IsHanHonorific(std::string_view word) {
  for (std::string_view s : kHanSuffixes) {
    if (word == s) return true;
  }
  return false;
}

}  // namespace dqe::internal
