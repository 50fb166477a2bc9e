// row_layout.cc: see row_layout.h.
#include "src/engine/row_layout.h"

#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <cstring>
#include <string_view>

#include "src/block/key_hash.h"
#include "src/common/parallel_sort.h"

namespace dqe::internal {
namespace {

// Where a row goes: by the first eight bytes of its value (roughly
// alphabetical), then by the hash of the whole value (equal values
// together), then in table order.
struct Placement {
  uint64_t prefix;
  uint64_t hash;
  uint32_t row;
  bool operator<(const Placement& o) const {
    if (prefix != o.prefix) return prefix < o.prefix;
    if (hash != o.hash) return hash < o.hash;
    return row < o.row;
  }
};

uint64_t Prefix(std::string_view v) {
  uint64_t p = 0;
  for (size_t i = 0; i < 8; ++i) {
    p = (p << 8) | (i < v.size() ? static_cast<unsigned char>(v[i]) : 0);
  }
  return p;
}

template <typename F>
void OnThreads(int threads, F&& f) {
  if (threads > 1) {
    tbb::task_arena arena(threads);
    arena.execute(f);
  } else {
    f();
  }
}

SourceFeatures::Strings Permuted(const SourceFeatures::Strings& s,
                                 std::span<const uint32_t> row_of) {
  SourceFeatures::Strings out;
  // A kind that stores no such value keeps the one empty offset.
  if (s.offsets.size() != row_of.size() + 1) return s;
  out.bytes.reserve(s.bytes.size());
  out.offsets.reserve(s.offsets.size());
  // The rows are read in no order: ask for the offsets and the bytes of
  // rows a little ahead while copying this one.
  constexpr size_t kAheadOffsets = 16, kAheadBytes = 8;
  const size_t n = row_of.size();
  for (size_t i = 0; i < n; ++i) {
    if (i + kAheadOffsets < n)
      __builtin_prefetch(&s.offsets[row_of[i + kAheadOffsets]]);
    if (i + kAheadBytes < n) {
      __builtin_prefetch(s.bytes.data() + s.offsets[row_of[i + kAheadBytes]]);
    }
    out.bytes.append(SourceFeatures::Get(s, row_of[i]));
    out.offsets.push_back(out.bytes.size());
  }
  return out;
}

}  // namespace

std::vector<uint32_t> LocalityOrder(const SourceFeatures* key, size_t num_rows,
                                    size_t left_rows, int threads) {
  std::vector<uint32_t> row_of(num_rows);
  for (size_t i = 0; i < num_rows; ++i) row_of[i] = static_cast<uint32_t>(i);
  if (key == nullptr || key->size() != num_rows) return row_of;
  std::vector<Placement> placed(num_rows);
  for (size_t r = 0; r < num_rows; ++r) {
    const std::string_view v = key->sorted(r);
    placed[r] = {Prefix(v), HashKey(v), static_cast<uint32_t>(r)};
  }
  const size_t split = std::min(left_rows, num_rows);
  const auto middle = placed.begin() + static_cast<std::ptrdiff_t>(split);
  ParallelSort(placed.begin(), middle, threads);
  ParallelSort(middle, placed.end(), threads);
  for (size_t i = 0; i < num_rows; ++i) row_of[i] = placed[i].row;
  return row_of;
}

void PermuteRows(std::span<const uint32_t> row_of, int threads,
                 std::vector<SourceFeatures>* features) {
  // One source at a time (its old values freed before the next is copied),
  // its parts side by side.
  for (SourceFeatures& f : *features) {
    if (f.size() != row_of.size()) continue;
    SourceFeatures::Strings* parts[] = {&f.key_, &f.sorted_, &f.values_,
                                        &f.core_, &f.cantonese_};
    constexpr size_t kParts = std::size(parts);
    auto permute = [&](size_t k) {
      if (k < kParts) {
        *parts[k] = Permuted(*parts[k], row_of);
        return;
      }
      std::vector<double> numbers(row_of.size());
      for (size_t i = 0; i < row_of.size(); ++i) {
        if (i + 16 < row_of.size())
          __builtin_prefetch(&f.numbers_[row_of[i + 16]]);
        numbers[i] = f.numbers_[row_of[i]];
      }
      f.numbers_ = std::move(numbers);
    };
    OnThreads(threads, [&] {
      if (threads > 1) {
        tbb::parallel_for(size_t{0}, kParts + 1, permute);
      } else {
        for (size_t k = 0; k <= kParts; ++k) permute(k);
      }
    });
  }
}

}  // namespace dqe::internal
