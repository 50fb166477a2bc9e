#include "src/normalize/fold_tables.h"

namespace dqe::internal {
namespace {
#include "fold_tables.inc"
}  // namespace

namespace fold_tables_detail {
const LatinFoldEntry* const kLow = kLatinFoldLow;
const LatinFoldEntry* const kWide = kLatinFoldWide;
const char* const kPool = kLatinFoldPool;
}  // namespace fold_tables_detail

const HanEntry* HanEntryFor(char32_t cp) {
  if (cp >= 0x3400 && cp <= 0x4DBF) return &kHanTable[cp - 0x3400];
  constexpr uint32_t kSecond = 0x4DBF - 0x3400 + 1;
  if (cp >= 0x4E00 && cp <= 0x9FFF) return &kHanTable[kSecond + cp - 0x4E00];
  constexpr uint32_t kThird = kSecond + (0x9FFF - 0x4E00 + 1);
  if (cp >= 0xF900 && cp <= 0xFAFF) return &kHanTable[kThird + cp - 0xF900];
  return nullptr;
}

std::string_view HanReading(uint16_t index) {
  return std::string_view(kHanReadingPool + kHanReadingOffsets[index],
                          kHanReadingLengths[index]);
}

}  // namespace dqe::internal
