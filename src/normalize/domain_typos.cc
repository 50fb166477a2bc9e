#include "src/normalize/domain_typos.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

#include "src/normalize/email_providers.h"

namespace dqe::internal {
namespace {

// Provider names at least this long may differ from a typo by one edit.
constexpr size_t kMinFuzzyNameLength = 5;

// Domains longer than this are not compared (no provider domain comes near).
constexpr size_t kMaxDomainLength = 32;

std::pair<std::string_view, std::string_view> SplitName(std::string_view d) {
  const size_t dot = d.find('.');
  if (dot == std::string_view::npos) return {d, {}};
  return {d.substr(0, dot), d.substr(dot + 1)};
}

int LengthGap(std::string_view a, std::string_view b) {
  return static_cast<int>(a.size() > b.size() ? a.size() - b.size()
                                              : b.size() - a.size());
}

}  // namespace

int OsaDistance(std::string_view a, std::string_view b, int cap) {
  const int n = static_cast<int>(a.size());
  const int m = static_cast<int>(b.size());
  if (std::abs(n - m) > cap) return cap + 1;
  // Three rows of the dynamic programme: i-2, i-1 and i. Domains fit the
  // stack buffer; only longer strings allocate.
  constexpr int kStackColumns = 64;
  int stack_buf[3 * (kStackColumns + 1)];
  std::vector<int> heap_buf;
  int* buf = stack_buf;
  if (m > kStackColumns) {
    heap_buf.resize(3 * (m + 1));
    buf = heap_buf.data();
  }
  int* prev2 = buf;
  int* prev = prev2 + (m + 1);
  int* cur = prev + (m + 1);
  for (int j = 0; j <= m; ++j) prev[j] = j;
  for (int i = 1; i <= n; ++i) {
    cur[0] = i;
    int row_min = cur[0];
    for (int j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int d = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d = std::min(d, prev2[j - 2] + 1);
      }
      cur[j] = d;
      row_min = std::min(row_min, d);
    }
    if (row_min > cap) return cap + 1;
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return std::min(prev[m], cap + 1);
}

std::string_view SuggestEmailDomain(std::string_view domain) {
  // The typo targets, split once: name "gmail", suffix "com".
  struct Target {
    std::string_view domain, name, suffix;
    int name_cap;  // edits allowed in the name
  };
  static const std::vector<Target>* const kTargets = [] {
    auto* targets = new std::vector<Target>;
    for (const EmailProvider& p : EmailProviders()) {
      if (!p.typo_target) continue;
      const auto [name, suffix] = SplitName(p.domain);
      targets->push_back(
          {p.domain, name, suffix, name.size() >= kMinFuzzyNameLength ? 1 : 0});
    }
    return targets;
  }();
  if (domain.size() > kMaxDomainLength) return {};
  const auto [name, suffix] = SplitName(domain);
  if (suffix.empty()) return {};
  std::string_view best;
  int best_distance = 3;
  for (const Target& t : *kTargets) {
    // Cheap length checks first: most domains are far from every target.
    if (LengthGap(name, t.name) > t.name_cap ||
        LengthGap(suffix, t.suffix) > 1) {
      continue;
    }
    const int dn = t.name_cap == 0 ? (name == t.name ? 0 : 1)
                                   : OsaDistance(name, t.name, t.name_cap);
    if (dn > t.name_cap) continue;
    const int ds = OsaDistance(suffix, t.suffix, 1);
    if (ds > 1 || dn + ds == 0) continue;
    if (dn + ds < best_distance) {
      best_distance = dn + ds;
      best = t.domain;
    }
  }
  return best;
}

}  // namespace dqe::internal
