// EM for the two-class Fellegi-Sunter mixture.
//
// The pairs are collapsed into distinct patterns with counts, one hash-map
// pass; every iteration then works on the patterns only. Each pattern's
// levels become flat indices into one array of all fields' levels, with
// missing levels pointing at a dummy slot (log-probability 0, a scratch
// accumulator), so the inner loops have no branches.
//
// Posteriors are computed in log space: with many fields, products of
// probabilities underflow long before their ratio does.
#include "src/score/em_estimator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace dqe::internal {
namespace {

constexpr size_t kMaxLevels = 255;  // levels 0..254; 255 is kNullLevel

double SafeLog(double x) {
  return std::log(std::max(x, std::numeric_limits<double>::min()));
}

bool IsProbability(double p) { return p >= 0.0 && p <= 1.0; }  // false for NaN

// FitDistribution sets p[0..k) to the maximum-likelihood distribution for
// `counts` subject to p[i] >= floor: p[i] = max(floor, counts[i] / mu), found
// by water-filling (clamp the levels whose share falls below the floor,
// share the rest of the mass among the others, repeat). Returns false and
// leaves p alone when the counts are all zero.
bool FitDistribution(const double* counts, size_t k, double floor, double* p) {
  double total = 0;
  for (size_t i = 0; i < k; ++i) total += counts[i];
  if (!(total > 0.0)) return false;
  if (floor * static_cast<double>(k) >= 1.0) {
    std::fill(p, p + k, 1.0 / static_cast<double>(k));
    return true;
  }
  std::array<bool, kMaxLevels> clamped{};
  double free_mass = 1.0;
  double free_count = total;
  for (bool changed = true; changed;) {
    changed = false;
    const double scale = free_mass / free_count;
    for (size_t i = 0; i < k; ++i) {
      if (!clamped[i] && counts[i] * scale < floor) {
        clamped[i] = true;
        free_mass -= floor;
        free_count -= counts[i];
        changed = true;
      }
    }
    // Unreachable while floor * k < 1 (some level keeps a share above the
    // floor), but rounding must not divide by zero.
    if (!(free_count > 0.0)) {
      std::fill(p, p + k, 1.0 / static_cast<double>(k));
      return true;
    }
  }
  const double scale = free_mass / free_count;
  for (size_t i = 0; i < k; ++i) p[i] = clamped[i] ? floor : counts[i] * scale;
  return true;
}

// Patterns: the distinct rows, in order of first occurrence, with counts.
struct Patterns {
  std::vector<uint8_t> levels;  // row-major, num_fields per pattern
  std::vector<double> counts;
};

template <typename Key, typename MakeKey>
Patterns CollapseWith(const GammaMatrix& pairs, MakeKey make_key) {
  const size_t num_fields = pairs.num_fields;
  const size_t n = pairs.num_pairs();
  Patterns out;
  std::vector<uint64_t> counts;
  absl::flat_hash_map<Key, uint32_t> index;
  const uint8_t* row = pairs.levels.data();
  for (size_t p = 0; p < n; ++p, row += num_fields) {
    auto [it, inserted] =
        index.try_emplace(make_key(row), static_cast<uint32_t>(counts.size()));
    if (inserted) {
      out.levels.insert(out.levels.end(), row, row + num_fields);
      counts.push_back(1);
    } else {
      ++counts[it->second];
    }
  }
  out.counts.assign(counts.begin(), counts.end());
  return out;
}

Patterns Collapse(const GammaMatrix& pairs) {
  const size_t num_fields = pairs.num_fields;
  if (num_fields <= sizeof(uint64_t)) {
    // Up to 8 fields: the row's bytes are the key.
    return CollapseWith<uint64_t>(pairs, [num_fields](const uint8_t* row) {
      uint64_t key = 0;
      std::memcpy(&key, row, num_fields);
      return key;
    });
  }
  return CollapseWith<std::string_view>(
      pairs, [num_fields](const uint8_t* row) {
        return std::string_view(reinterpret_cast<const char*>(row), num_fields);
      });
}

absl::Status CheckInputs(const GammaMatrix& pairs,
                         const std::vector<EmField>& init, double init_prior,
                         const EmOptions& options) {
  if (pairs.num_fields == 0 ? !pairs.levels.empty()
                            : pairs.levels.size() % pairs.num_fields != 0) {
    return absl::InvalidArgumentError(absl::StrCat(
        "gamma matrix: ", pairs.levels.size(), " levels are not whole rows of ",
        pairs.num_fields, " fields"));
  }
  if (init.size() != pairs.num_fields) {
    return absl::InvalidArgumentError(absl::StrCat(
        "EM: ", init.size(), " fields given for a gamma matrix of ",
        pairs.num_fields, " fields"));
  }
  for (size_t f = 0; f < init.size(); ++f) {
    const EmField& field = init[f];
    if (field.m.size() != field.u.size() || field.m.empty() ||
        field.m.size() > kMaxLevels) {
      return absl::InvalidArgumentError(
          absl::StrCat("EM field ", f, ": m has ", field.m.size(),
                       " levels and u ", field.u.size(),
                       "; both must have the same number, 1 to ", kMaxLevels));
    }
    for (size_t l = 0; l < field.m.size(); ++l) {
      if (!IsProbability(field.m[l]) || !IsProbability(field.u[l])) {
        return absl::InvalidArgumentError(
            absl::StrCat("EM field ", f, " level ", l, ": m = ", field.m[l],
                         ", u = ", field.u[l], "; both must be in [0, 1]"));
      }
    }
  }
  if (!IsProbability(init_prior)) {
    return absl::InvalidArgumentError(
        absl::StrCat("EM: initial prior ", init_prior, " is not in [0, 1]"));
  }
  if (options.max_iterations < 0 || !(options.tolerance >= 0.0) ||
      !(options.min_probability >= 0.0 && options.min_probability < 0.5)) {
    return absl::InvalidArgumentError(
        absl::StrCat("EM options: max_iterations = ", options.max_iterations,
                     " (must be >= 0), tolerance = ", options.tolerance,
                     " (>= 0), min_probability = ", options.min_probability,
                     " (in [0, 0.5))"));
  }
  return absl::OkStatus();
}

// Mixture: the model's parameters laid out flat for the E step.
class Mixture {
 public:
  Mixture(const Patterns& patterns, const std::vector<EmField>& fields)
      : num_fields_(fields.size()), counts_(patterns.counts) {
    offsets_.reserve(fields.size());
    for (const EmField& field : fields) {
      offsets_.push_back(num_slots_);
      num_slots_ += field.m.size();
    }
    const uint32_t dummy = static_cast<uint32_t>(num_slots_);
    slots_.resize(patterns.levels.size());
    for (size_t i = 0; i < slots_.size(); ++i) {
      const uint8_t level = patterns.levels[i];
      slots_[i] =
          level == kNullLevel
              ? dummy
              : static_cast<uint32_t>(offsets_[i % num_fields_] + level);
    }
    log_m_.resize(num_slots_ + 1);
    log_u_.resize(num_slots_ + 1);
    match_.resize(num_slots_ + 1);
    non_match_.resize(num_slots_ + 1);
  }

  // EStep computes every pattern's posterior under `fields` and `prior`,
  // accumulates the expected counts per level and class, and returns the
  // log-likelihood of the pairs.
  double EStep(const std::vector<EmField>& fields, double prior) {
    for (size_t f = 0; f < fields.size(); ++f) {
      for (size_t l = 0; l < fields[f].m.size(); ++l) {
        log_m_[offsets_[f] + l] = SafeLog(fields[f].m[l]);
        log_u_[offsets_[f] + l] = SafeLog(fields[f].u[l]);
      }
    }
    log_m_[num_slots_] = log_u_[num_slots_] = 0.0;
    std::fill(match_.begin(), match_.end(), 0.0);
    std::fill(non_match_.begin(), non_match_.end(), 0.0);
    const double log_prior = SafeLog(prior);
    const double log_not_prior = SafeLog(1.0 - prior);
    double log_likelihood = 0.0;
    expected_matches_ = 0.0;
    const uint32_t* slots = slots_.data();
    for (size_t p = 0; p < counts_.size(); ++p, slots += num_fields_) {
      double a = log_prior;      // log P(pattern, match)
      double b = log_not_prior;  // log P(pattern, non-match)
      for (size_t f = 0; f < num_fields_; ++f) {
        a += log_m_[slots[f]];
        b += log_u_[slots[f]];
      }
      // Posterior r = 1 / (1 + e^(b - a)), and 1 - r, each from the side
      // where the exponential cannot overflow and 1 - r loses no digits.
      const double d = b - a;
      const double e = std::exp(-std::abs(d));
      const double r = d <= 0.0 ? 1.0 / (1.0 + e) : e / (1.0 + e);
      const double q = d <= 0.0 ? e / (1.0 + e) : 1.0 / (1.0 + e);
      const double c = counts_[p];
      log_likelihood += c * (std::max(a, b) + std::log1p(e));
      const double cr = c * r;
      const double cq = c * q;
      expected_matches_ += cr;
      for (size_t f = 0; f < num_fields_; ++f) {
        match_[slots[f]] += cr;
        non_match_[slots[f]] += cq;
      }
    }
    return log_likelihood;
  }

  // Expected counts of field f's levels among matches / non-matches, from
  // the last EStep.
  const double* match_counts(size_t f) const {
    return match_.data() + offsets_[f];
  }
  const double* non_match_counts(size_t f) const {
    return non_match_.data() + offsets_[f];
  }
  double expected_matches() const { return expected_matches_; }

 private:
  size_t num_fields_;
  const std::vector<double>& counts_;
  std::vector<size_t> offsets_;
  size_t num_slots_ = 0;
  std::vector<uint32_t> slots_;  // per pattern and field; num_slots_ = missing
  std::vector<double> log_m_, log_u_;
  std::vector<double> match_, non_match_;
  double expected_matches_ = 0.0;
};

// Refit replaces `*p` by the constrained fit to `counts` and returns the
// largest change.
double Refit(const double* counts, double floor, std::vector<double>* p) {
  std::array<double, kMaxLevels> fitted;
  if (!FitDistribution(counts, p->size(), floor, fitted.data())) return 0.0;
  double change = 0.0;
  for (size_t l = 0; l < p->size(); ++l) {
    change = std::max(change, std::abs(fitted[l] - (*p)[l]));
    (*p)[l] = fitted[l];
  }
  return change;
}

}  // namespace

absl::StatusOr<EmResult> RunEm(const GammaMatrix& pairs,
                               std::vector<EmField> init, double init_prior,
                               const EmOptions& options) {
  if (absl::Status s = CheckInputs(pairs, init, init_prior, options); !s.ok())
    return s;
  EmResult result;
  result.fields = std::move(init);
  result.prior = init_prior;
  if (pairs.num_pairs() == 0) return result;

  const Patterns patterns = Collapse(pairs);
  result.num_patterns = patterns.counts.size();
  const size_t num_fields = pairs.num_fields;
  for (size_t i = 0; i < patterns.levels.size(); ++i) {
    const uint8_t level = patterns.levels[i];
    const size_t f = i % num_fields;
    if (level != kNullLevel && level >= result.fields[f].m.size()) {
      return absl::InvalidArgumentError(
          absl::StrCat("gamma matrix: level ", level, " in field ", f,
                       ", which has ", result.fields[f].m.size(), " levels"));
    }
  }
  double total = 0.0;
  for (double c : patterns.counts) total += c;

  const double floor = options.min_probability;
  if (options.estimate_prior) {
    result.prior = std::clamp(result.prior, floor, 1.0 - floor);
  }
  Mixture mixture(patterns, result.fields);
  while (result.iterations < options.max_iterations) {
    mixture.EStep(result.fields, result.prior);
    ++result.iterations;
    double change = 0.0;
    for (size_t f = 0; f < num_fields; ++f) {
      EmField& field = result.fields[f];
      if (field.estimate_m) {
        change =
            std::max(change, Refit(mixture.match_counts(f), floor, &field.m));
      }
      if (field.estimate_u) {
        change = std::max(change,
                          Refit(mixture.non_match_counts(f), floor, &field.u));
      }
    }
    if (options.estimate_prior) {
      const double prior =
          std::clamp(mixture.expected_matches() / total, floor, 1.0 - floor);
      change = std::max(change, std::abs(prior - result.prior));
      result.prior = prior;
    }
    if (change < options.tolerance) {
      result.converged = true;
      break;
    }
  }
  result.log_likelihood = mixture.EStep(result.fields, result.prior);
  return result;
}

absl::StatusOr<std::vector<std::vector<double>>> EstimateLevelFrequencies(
    const GammaMatrix& pairs, const std::vector<size_t>& num_levels,
    double pseudo_count) {
  const size_t num_fields = pairs.num_fields;
  if (num_levels.size() != num_fields) {
    return absl::InvalidArgumentError(absl::StrCat(
        "level frequencies: ", num_levels.size(),
        " level counts given for a gamma matrix of ", num_fields, " fields"));
  }
  if (num_fields == 0 ? !pairs.levels.empty()
                      : pairs.levels.size() % num_fields != 0) {
    return absl::InvalidArgumentError(
        absl::StrCat("gamma matrix: ", pairs.levels.size(),
                     " levels are not whole rows of ", num_fields, " fields"));
  }
  if (!(pseudo_count >= 0.0) || !std::isfinite(pseudo_count)) {
    return absl::InvalidArgumentError(
        absl::StrCat("level frequencies: pseudo count ", pseudo_count,
                     " must be finite and >= 0"));
  }
  for (size_t f = 0; f < num_fields; ++f) {
    if (num_levels[f] > kMaxLevels) {
      return absl::InvalidArgumentError(
          absl::StrCat("level frequencies: field ", f, " has ", num_levels[f],
                       " levels, more than ", kMaxLevels));
    }
  }
  // Count every byte value; check the ranges afterwards, off the hot loop.
  std::vector<uint64_t> counts(num_fields * 256, 0);
  const size_t n = pairs.num_pairs();
  const uint8_t* row = pairs.levels.data();
  for (size_t p = 0; p < n; ++p, row += num_fields) {
    for (size_t f = 0; f < num_fields; ++f) ++counts[f * 256 + row[f]];
  }
  std::vector<std::vector<double>> frequencies(num_fields);
  for (size_t f = 0; f < num_fields; ++f) {
    const uint64_t* field_counts = counts.data() + f * 256;
    for (size_t level = num_levels[f]; level < kNullLevel; ++level) {
      if (field_counts[level] == 0) continue;
      size_t pair = 0;
      while (pairs.levels[pair * num_fields + f] != level) ++pair;
      return absl::InvalidArgumentError(absl::StrCat(
          "gamma matrix: level ", level, " in field ", f, " of pair ", pair,
          ", which has ", num_levels[f], " levels"));
    }
    const size_t k = num_levels[f];
    uint64_t present = 0;
    for (size_t level = 0; level < k; ++level) present += field_counts[level];
    const double denominator =
        static_cast<double>(present) + pseudo_count * static_cast<double>(k);
    std::vector<double>& out = frequencies[f];
    out.resize(k);
    for (size_t level = 0; level < k; ++level) {
      out[level] =
          denominator > 0.0
              ? (static_cast<double>(field_counts[level]) + pseudo_count) /
                    denominator
              : 1.0 / static_cast<double>(k);
    }
  }
  return frequencies;
}

}  // namespace dqe::internal
