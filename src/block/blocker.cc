// blocker.cc: blocks by hashed keys, sorted; oversized blocks windowed.
#include "src/block/blocker.h"

#include <tbb/parallel_for.h>
#include <tbb/parallel_sort.h>
#include <tbb/task_arena.h>

#include <algorithm>

#include "src/common/split.h"
#include "src/block/key_hash.h"
#include "src/compare/code_points.h"

namespace dqe::internal {
namespace {

// The byte length of the first `n` code points of `s` (all of it if shorter).
size_t PrefixBytes(std::string_view s, size_t n) {
  size_t i = 0;
  while (i < s.size() && n > 0) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    --n;
  }
  return i;
}

std::string_view LastCodePoints(std::string_view s, size_t n) {
  size_t i = s.size();
  while (i > 0 && n > 0) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    --n;
  }
  return s.substr(i);
}

// The values one part gives a row.
void PartValues(const KeyPart& part, const SourceFeatures& f, uint32_t row,
                std::vector<std::string>* out) {
  out->clear();
  std::string_view key = f.key(row);
  if (key.empty()) return;
  switch (part.transform) {
    case KeyTransform::kKey:
    case KeyTransform::kLast:
      if (!f.values(row).empty()) {
        for (std::string_view v : SplitView(f.values(row), '\n', false)) {
          v = UnmarkedNumber(v);
          out->emplace_back(part.transform == KeyTransform::kLast
                                ? LastCodePoints(v, part.length)
                                : v);
        }
      } else {
        out->emplace_back(part.transform == KeyTransform::kLast
                              ? LastCodePoints(key, part.length)
                              : key);
      }
      break;
    case KeyTransform::kSorted: {
      // Without the spaces: "wang xiu ying" and "Xiuying Wang" meet. The
      // key in typed order, without spaces, too: "Li Xiao Ming" sorts as
      // "li ming xiao" but 李小明 as "li xiaoming"; both read "lixiaoming".
      out->push_back(WithoutSpaces(f.sorted(row)));
      std::string typed = WithoutSpaces(key);
      if (typed != out->back()) out->push_back(std::move(typed));
      // A Chinese name's loose romanization: "Lin Tzu-ping" meets 林紫冰.
      if (!f.core(row).empty()) out->emplace_back(f.core(row));
      // Read in Cantonese: "Tsang Hoi Sui" meets 曾海瑞.
      // (A form leaving out an English given name is marked with a '*'.)
      for (std::string_view form : SplitView(f.cantonese(row), '\n', true)) {
        if (form.starts_with('*')) form.remove_prefix(1);
        if (form != f.core(row)) out->emplace_back(form);
      }
      break;
    }
    case KeyTransform::kTokens:
      for (std::string_view t : SplitView(key, ' ', true)) {
        out->emplace_back(t);
      }
      break;
    case KeyTransform::kPrefix:
      out->emplace_back(key.substr(0, PrefixBytes(key, part.length)));
      break;
    case KeyTransform::kSpaceless:
      out->push_back(WithoutSpaces(key));
      break;
    case KeyTransform::kYear:
      out->emplace_back(key.substr(0, 4));
      break;
  }
  // One row's repeated values (the same phone twice in a cell) count once.
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
  if (out->size() > 32) out->resize(32);  // a cell is not a phone book
}

struct Entry {
  uint64_t hash;
  uint32_t row;
  bool operator<(const Entry& o) const {
    return hash != o.hash ? hash < o.hash : row < o.row;
  }
};

}  // namespace

void RuleKeys(const BoundRule& rule, uint32_t row,
              std::vector<std::string>* keys) {
  keys->clear();
  keys->emplace_back();
  std::vector<std::string> values;
  for (size_t p = 0; p < rule.parts.size(); ++p) {
    PartValues(rule.parts[p], *rule.features[p], row, &values);
    if (values.empty()) {
      keys->clear();
      return;
    }
    std::vector<std::string> next;
    next.reserve(keys->size() * values.size());
    for (const std::string& k : *keys) {
      for (const std::string& v : values) {
        std::string joined = k;
        if (p > 0) joined.push_back('\x1f');
        joined.append(v);
        next.push_back(std::move(joined));
      }
    }
    if (next.size() > 64) next.resize(64);
    *keys = std::move(next);
  }
}

std::vector<uint64_t> RulePairs(const BoundRule& rule, size_t num_rows,
                                const BlockingOptions& options,
                                RuleStats* stats) {
  *stats = RuleStats();
  stats->rule = rule.name;
  std::vector<Entry> entries;
  entries.reserve(num_rows);
  std::vector<std::string> keys;
  for (uint32_t r = 0; r < num_rows; ++r) {
    if (!options.excluded.empty() && options.excluded[r]) continue;
    RuleKeys(rule, r, &keys);
    if (!keys.empty()) ++stats->keyed_rows;
    for (const std::string& k : keys) entries.push_back({HashKey(k), r});
  }
  std::sort(entries.begin(), entries.end());
  entries.erase(std::unique(entries.begin(), entries.end(),
                            [](const Entry& a, const Entry& b) {
                              return a.hash == b.hash && a.row == b.row;
                            }),
                entries.end());

  const bool link = options.left_rows > 0;
  auto crosses = [&](uint32_t a, uint32_t b) {
    return !link || ((a < options.left_rows) != (b < options.left_rows));
  };
  std::vector<uint64_t> pairs;
  std::vector<uint32_t> block;
  for (size_t i = 0; i < entries.size();) {
    size_t j = i + 1;
    while (j < entries.size() && entries[j].hash == entries[i].hash) ++j;
    const size_t size = j - i;
    if (size >= 2) {
      block.clear();
      for (size_t k = i; k < j; ++k) block.push_back(entries[k].row);
      ++stats->blocks;
      if (size > stats->largest_block) {
        stats->largest_block = size;
        RuleKeys(rule, block[0], &keys);
        stats->largest_block_key = keys.empty() ? "" : keys[0];
        for (char& c : stats->largest_block_key) {
          if (c == '\x1f') c = '|';
        }
      }
      if (size <= options.max_block_size) {
        for (size_t a = 0; a < block.size(); ++a) {
          for (size_t b = a + 1; b < block.size(); ++b) {
            if (crosses(block[a], block[b])) {
              pairs.push_back(PackPair(block[a], block[b]));
            }
          }
        }
      } else {
        ++stats->oversized_blocks;
        stats->oversized_rows += size;
        if (options.oversized == OversizedBlocks::kWindow) {
          std::vector<std::pair<std::string, uint32_t>> sorted;
          sorted.reserve(block.size());
          for (uint32_t r : block) {
            sorted.emplace_back(options.sort_key ? options.sort_key(r)
                                                 : std::string(),
                                r);
          }
          std::sort(sorted.begin(), sorted.end());
          for (size_t a = 0; a < sorted.size(); ++a) {
            for (size_t b = a + 1;
                 b < sorted.size() && b <= a + options.window; ++b) {
              if (crosses(sorted[a].second, sorted[b].second)) {
                pairs.push_back(PackPair(sorted[a].second, sorted[b].second));
              }
            }
          }
        }
      }
    }
    i = j;
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  stats->pairs = pairs.size();
  return pairs;
}

std::vector<uint64_t> CandidatePairs(std::span<const BoundRule> rules,
                                     size_t num_rows,
                                     const BlockingOptions& options,
                                     std::vector<RuleStats>* stats,
                                     int threads) {
  stats->assign(rules.size(), RuleStats());
  std::vector<std::vector<uint64_t>> per_rule(rules.size());
  auto run = [&](size_t i) {
    per_rule[i] = RulePairs(rules[i], num_rows, options, &(*stats)[i]);
  };
  if (threads > 1 && rules.size() > 1) {
    tbb::task_arena arena(threads);
    arena.execute([&] {
      tbb::parallel_for(size_t{0}, rules.size(), run);
    });
  } else {
    for (size_t i = 0; i < rules.size(); ++i) run(i);
  }
  size_t total = 0;
  for (const auto& p : per_rule) total += p.size();
  std::vector<uint64_t> all;
  all.reserve(total);
  for (auto& p : per_rule) {
    all.insert(all.end(), p.begin(), p.end());
    p = {};
  }
  if (threads > 1) {
    tbb::task_arena arena(threads);
    arena.execute([&] { tbb::parallel_sort(all.begin(), all.end()); });
  } else {
    std::sort(all.begin(), all.end());
  }
  all.erase(std::unique(all.begin(), all.end()), all.end());
  return all;
}

}  // namespace dqe::internal
