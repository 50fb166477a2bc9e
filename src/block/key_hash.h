// key_hash.h: a fixed 64-bit hash of blocking keys.
//
// Blocks are formed by sorting rows by the hash of their key, so the hash
// must be the same on every run and machine (absl::Hash is seeded per
// process). Eight bytes at a time, each mixed by a multiply and the
// xor-shifts of the SplitMix64 finalizer; the length is mixed in first so
// that keys differing only in trailing zero bytes differ.
#ifndef DQE_BLOCK_KEY_HASH_H_
#define DQE_BLOCK_KEY_HASH_H_

#include <cstdint>
#include <cstring>
#include <string_view>

namespace dqe::internal {

inline uint64_t MixBits(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

inline uint64_t HashKey(std::string_view key) {
  uint64_t h = MixBits(key.size() ^ 0x9e3779b97f4a7c15ULL);
  size_t i = 0;
  for (; i + 8 <= key.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, key.data() + i, 8);
    h = MixBits(h ^ w) + 0x9e3779b97f4a7c15ULL;
  }
  if (i < key.size()) {
    uint64_t w = 0;
    std::memcpy(&w, key.data() + i, key.size() - i);
    h = MixBits(h ^ w ^ (uint64_t{0xff} << 56));
  }
  return h;
}

}  // namespace dqe::internal

#endif  // DQE_BLOCK_KEY_HASH_H_
