// fold_tables.h: per-codepoint tables derived from ICU at build time (see
// src/gen/fold_table_generator.cc), read without calling ICU.
#ifndef DQE_NORMALIZE_FOLD_TABLES_H_
#define DQE_NORMALIZE_FOLD_TABLES_H_

#include <cstdint>
#include <string_view>

namespace dqe::internal {

struct LatinFoldEntry {
  uint32_t offset;  // of the fold in the pool
  uint8_t length;   // of the fold
  uint8_t flags;    // LatinFlag bits
};

enum LatinFlag : uint8_t {
  kNfkcInert = 1,    // NFKC_QC=Yes and combining class 0
  kLatinLetter = 2,  // a letter of the Latin script
  kTableFold =
      4,        // the table's fold equals ICU's "Any-Latin; Latin-ASCII; Lower"
  kLetter = 8,  // any alphabetic code point
  kUpper = 16,  // upper case
  kLower = 32,  // lower case
  kDigit = 64,  // decimal digit
};

// LatinEntry returns the table entry for `cp`, or nullptr when `cp` is
// outside the table (U+0000..U+206F and U+FF00..U+FFFF).
inline const LatinFoldEntry* LatinEntry(char32_t cp);

// LatinFold returns the ASCII fold of an entry with kTableFold.
inline std::string_view LatinFold(const LatinFoldEntry& e);

struct HanEntry {
  uint32_t simplified;  // the Simplified form (the character itself if none)
  uint16_t reading;     // pinyin inside a name / word (index into the pool)
  uint16_t surname;     // pinyin as the first character of a name
};

// HanEntryFor returns the entry for a BMP ideograph (U+3400..U+4DBF,
// U+4E00..U+9FFF, U+F900..U+FAFF), or nullptr.
const HanEntry* HanEntryFor(char32_t cp);

// HanReading returns the toneless lower-case pinyin of a reading index; empty
// when ICU knows no reading.
std::string_view HanReading(uint16_t index);

namespace fold_tables_detail {
extern const LatinFoldEntry* const kLow;   // U+0000..U+206F
extern const LatinFoldEntry* const kWide;  // U+FF00..U+FFFF
extern const char* const kPool;             // the folds LatinFoldEntry points into
}  // namespace fold_tables_detail

inline std::string_view LatinFold(const LatinFoldEntry& e) {
  return std::string_view(fold_tables_detail::kPool + e.offset, e.length);
}

inline const LatinFoldEntry* LatinEntry(char32_t cp) {
  if (cp < 0x2070) return &fold_tables_detail::kLow[cp];
  if (cp >= 0xFF00 && cp <= 0xFFFF)
    return &fold_tables_detail::kWide[cp - 0xFF00];
  return nullptr;
}

}  // namespace dqe::internal

#endif  // DQE_NORMALIZE_FOLD_TABLES_H_
