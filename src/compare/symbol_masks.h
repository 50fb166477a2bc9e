// symbol_masks.h: for each symbol of a pattern, the bit mask of the positions
// where it occurs — the table every bit-parallel string metric starts from.
//
// Symbols below 256 (all of ASCII) index a direct table; the others (accented
// letters, Han, invalid bytes) live in a small open-addressing hash table
// (slot 0 marks an empty slot: no such symbol is below 256). Two forms:
//   - PairMasks64, on the stack, for one comparison with a pattern of at most
//     64 symbols. It writes only the table entries the comparison will read,
//     so building it costs O(len) instead of clearing 256 entries.
//   - QueryMasks (declared in dqe/compare.h), on the heap, any length: one
//     64-bit word per 64 positions. Built once per Cached* query, or for a
//     long pattern.
#ifndef DQE_COMPARE_SYMBOL_MASKS_H_
#define DQE_COMPARE_SYMBOL_MASKS_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <span>
#include <vector>

#include "dqe/compare.h"

namespace dqe::internal {

// IsByteSymbol returns true when `c` indexes the 256-entry direct table.
template <typename C>
constexpr bool IsByteSymbol(C c) {
  if constexpr (sizeof(C) == 1) {
    return true;
  } else {
    return c < 256;
  }
}

// WideSlot returns the first slot to probe for `c` in a table of mask + 1
// slots (a power of two): Fibonacci hashing.
inline size_t WideSlot(char32_t c, size_t mask) {
  return static_cast<size_t>((static_cast<uint32_t>(c) * 0x9E3779B1u) >> 16) &
         mask;
}

// PairMasks64: the masks of a pattern of at most 64 symbols, for one
// comparison. Get() may only be asked for symbols of the pattern and of the
// text given to Build.
class PairMasks64 {
 public:
  // Build computes the masks of `pattern` (size <= 64); `text` lists the
  // symbols that Get will also be asked for.
  template <typename CP, typename CT>
  void Build(std::span<const CP> pattern, std::span<const CT> text) {
    for (const CT c : text) {
      if (IsByteSymbol(c)) direct_[c] = 0;
    }
    for (const CP c : pattern) {
      if (IsByteSymbol(c)) direct_[c] = 0;
    }
    has_wide_ = false;
    uint64_t bit = 1;
    for (const CP c : pattern) {
      if (IsByteSymbol(c)) {
        direct_[c] |= bit;
      } else {
        AddWide(c, bit);
      }
      bit <<= 1;
    }
  }

  template <typename C>
  uint64_t Get(C c) const {
    if (IsByteSymbol(c)) return direct_[c];
    return GetWide(c);
  }

 private:
  static constexpr size_t kSlots = 128;  // >= twice the 64 symbols at most

  void AddWide(char32_t c, uint64_t bit) {
    if (!has_wide_) {
      std::fill(std::begin(wide_), std::end(wide_), 0);
      has_wide_ = true;
    }
    size_t i = WideSlot(c, kSlots - 1);
    while (wide_[i] != 0 && wide_[i] != c) i = (i + 1) & (kSlots - 1);
    if (wide_[i] == 0) {
      wide_[i] = c;
      wide_masks_[i] = 0;
    }
    wide_masks_[i] |= bit;
  }

  uint64_t GetWide(char32_t c) const {
    if (!has_wide_) return 0;
    size_t i = WideSlot(c, kSlots - 1);
    while (wide_[i] != 0) {
      if (wide_[i] == c) return wide_masks_[i];
      i = (i + 1) & (kSlots - 1);
    }
    return 0;
  }

  // Entries are written by Build only where they will be read; the rest stay
  // uninitialised on purpose. wide_ is cleared only when the pattern has a
  // symbol >= 256; wide_masks_ only where wide_ holds a symbol.
  uint64_t direct_[256];
  char32_t wide_[kSlots];
  uint64_t wide_masks_[kSlots];
  bool has_wide_ = false;
};

// BuildQueryMasks fills `out` with the masks of `pattern` (any length).
template <typename C>
void BuildQueryMasks(std::span<const C> pattern, QueryMasks* out) {
  const size_t words = std::max<size_t>(1, (pattern.size() + 63) / 64);
  out->words = words;
  out->ascii.assign(256 * words, 0);
  std::vector<char32_t> distinct;
  for (const C c : pattern) {
    if (!IsByteSymbol(c)) distinct.push_back(static_cast<char32_t>(c));
  }
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  size_t slots = 0;
  if (!distinct.empty()) {
    slots = 8;
    while (slots < 2 * distinct.size()) slots *= 2;
  }
  out->wide.assign(slots, 0);
  out->wide_masks.assign(slots * words, 0);
  for (size_t i = 0; i < pattern.size(); ++i) {
    const C c = pattern[i];
    const uint64_t bit = uint64_t{1} << (i % 64);
    if (IsByteSymbol(c)) {
      out->ascii[static_cast<size_t>(c) * words + i / 64] |= bit;
      continue;
    }
    size_t k = WideSlot(static_cast<char32_t>(c), slots - 1);
    while (out->wide[k] != 0 && out->wide[k] != static_cast<char32_t>(c)) {
      k = (k + 1) & (slots - 1);
    }
    out->wide[k] = static_cast<char32_t>(c);
    out->wide_masks[k * words + i / 64] |= bit;
  }
}

// QueryMaskLookup64 reads a QueryMasks of one word per symbol (a pattern of
// at most 64 symbols), with the table pointer held in a register.
class QueryMaskLookup64 {
 public:
  explicit QueryMaskLookup64(const QueryMasks& m)
      : ascii_(m.ascii.data()), m_(m) {}

  template <typename C>
  uint64_t Get(C c) const {
    if (IsByteSymbol(c)) return ascii_[c];
    if (m_.wide.empty()) return 0;
    const size_t mask = m_.wide.size() - 1;
    size_t k = WideSlot(static_cast<char32_t>(c), mask);
    while (m_.wide[k] != 0) {
      if (m_.wide[k] == static_cast<char32_t>(c)) return m_.wide_masks[k];
      k = (k + 1) & mask;
    }
    return 0;
  }

 private:
  const uint64_t* ascii_;
  const QueryMasks& m_;
};

// QueryMaskLookup reads a QueryMasks of any number of words.
class QueryMaskLookup {
 public:
  explicit QueryMaskLookup(const QueryMasks& m) : m_(m) {}

  size_t words() const { return m_.words; }

  // Get returns the first word of `c`'s mask (the whole mask when the
  // pattern has at most 64 symbols).
  template <typename C>
  uint64_t Get(C c) const {
    if (IsByteSymbol(c)) return m_.ascii[static_cast<size_t>(c) * m_.words];
    const uint64_t* row = WideRow(c);
    return row != nullptr ? row[0] : 0;
  }

  // Row returns `c`'s mask, words() words, or nullptr when `c` is not in the
  // pattern.
  template <typename C>
  const uint64_t* Row(C c) const {
    if (IsByteSymbol(c)) return &m_.ascii[static_cast<size_t>(c) * m_.words];
    return WideRow(c);
  }

 private:
  const uint64_t* WideRow(char32_t c) const {
    if (m_.wide.empty()) return nullptr;
    const size_t mask = m_.wide.size() - 1;
    size_t k = WideSlot(c, mask);
    while (m_.wide[k] != 0) {
      if (m_.wide[k] == c) return &m_.wide_masks[k * m_.words];
      k = (k + 1) & mask;
    }
    return nullptr;
  }

  const QueryMasks& m_;
};

}  // namespace dqe::internal

#endif  // DQE_COMPARE_SYMBOL_MASKS_H_
