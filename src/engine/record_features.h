// record_features.h: the normalized values matching works on, per row.
//
// A "source" is what a comparison or a blocking key reads: one column, or
// several columns joined with a space (a given and a family name compared as
// one name), with the kind that decides how it is normalized. For every row
// each source holds:
//   key     the match key: the name key (tokens in the order typed), the
//           first valid E.164 number of a phone cell, the e-mail key (with
//           a "+tag" cut off at any domain), the
//           company key, a date as YYYYMMDD, other text folded to lower-case
//           ASCII with punctuation dropped;
//   sorted  the key's tokens sorted (names, companies, addresses), else key;
//   values  every E.164 number of a phone cell, separated by '\n', a fixed
//           line (landline, switchboard, hotline) marked with a leading '~'
//           (phones only; else empty);
//   core    a company's trade name (NormalizedCompany::core); a Chinese
//           name's loose romanization (LooseChineseName: pinyin and
//           Wade-Giles alike), empty for other names; other kinds store
//           none;
//   cantonese  names only: a Chinese name's loose Cantonese spellings,
//           separated by '\n' (LooseCantonese: 曾海瑞 = Tsang Hoi-sui;
//           "David Ting Yu-kai" also without "David"), empty when none;
//   number  a date's day number, a number's value (NaN when none); for an
//           e-mail, 1 when its domain is a mail provider's (a private
//           mailbox: NormalizedEmail::mail_provider), else 0; for a name,
//           1 when it is written in Han characters, else 0.
// An empty key means "missing". Strings live in one buffer per source.
#ifndef DQE_ENGINE_RECORD_FEATURES_H_
#define DQE_ENGINE_RECORD_FEATURES_H_

#include <cmath>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dqe/schema.h"

namespace dqe::internal {

inline constexpr char kSharedLineMark = '~';

// UnmarkedNumber returns a phone value without its shared-line mark.
inline std::string_view UnmarkedNumber(std::string_view v) {
  return !v.empty() && v[0] == kSharedLineMark ? v.substr(1) : v;
}

struct SourceSpec {
  std::vector<int> columns;  // indices into the table's columns
  Kind kind = Kind::kText;
  bool operator==(const SourceSpec&) const = default;
};

class SourceFeatures {
 public:
  std::string_view key(size_t row) const { return Get(key_, row); }
  std::string_view sorted(size_t row) const { return Get(sorted_, row); }
  std::string_view values(size_t row) const { return Get(values_, row); }
  std::string_view core(size_t row) const {
    return row + 1 < core_.offsets.size() ? Get(core_, row) : std::string_view();
  }
  std::string_view cantonese(size_t row) const {
    return row + 1 < cantonese_.offsets.size() ? Get(cantonese_, row)
                                               : std::string_view();
  }
  double number(size_t row) const { return numbers_[row]; }
  // E-mails: the address is at a mail provider (see `number`).
  bool mail_provider(size_t row) const { return numbers_[row] == 1.0; }
  // Names: written in Han characters (see `number`).
  bool han_script(size_t row) const { return numbers_[row] == 1.0; }
  // Phones: the cell holds a number that is not marked a shared line (a
  // mobile: one person's).
  bool personal_line(size_t row) const {
    std::string_view v = values(row);
    for (size_t i = 0; i < v.size();) {
      if (v[i] != kSharedLineMark) return true;
      const size_t nl = v.find('\n', i);
      if (nl == std::string_view::npos) break;
      i = nl + 1;
    }
    return false;
  }
  bool missing(size_t row) const { return key_.offsets[row] == key_.offsets[row + 1]; }
  size_t size() const { return numbers_.size(); }

  // Builder interface (used by ComputeFeatures).
  struct Strings {
    std::string bytes;
    std::vector<uint64_t> offsets{0};
  };
  static std::string_view Get(const Strings& s, size_t row) {
    return std::string_view(s.bytes).substr(
        s.offsets[row], s.offsets[row + 1] - s.offsets[row]);
  }
  Strings key_, sorted_, values_, core_, cantonese_;
  std::vector<double> numbers_;
};

// The rows of one table, or of two tables (left rows first) for linkage.
struct TableColumns {
  // columns[c] holds every row's cell of column c, in row order (borrowed).
  std::vector<std::span<const std::string_view>> columns;
  size_t num_rows = 0;
};

struct FeatureOptions {
  std::string default_region = "VN";
  // Index of the country column (-1: none): its value decides the region
  // phones are read in.
  int country_column = -1;
  // Index of the city column (-1: none): for rows without a country, the
  // city's country (Hong Kong, 台北市, Houston, TX) is where their phones are
  // read first. Ignored when the table does not hold the column.
  int city_column = -1;
  // Per column: the region of its phones when the row has no country.
  std::vector<std::string> column_regions;
  // Regions to try, in order, for a phone of a row without a country that
  // is not valid in the default region. Empty: the table's countries, most
  // common first (at most six).
  std::vector<std::string> fallback_regions;
  int threads = 1;
};

// ComputeFeatures normalizes every source for every row, in parallel.
std::vector<SourceFeatures> ComputeFeatures(const TableColumns& table,
                                            std::span<const SourceSpec> sources,
                                            const FeatureOptions& options);

// FoldTextKey folds free text to a key: lower-case ASCII (Han as pinyin),
// punctuation dropped, whitespace collapsed to single spaces.
std::string FoldTextKey(std::string_view text);

}  // namespace dqe::internal

#endif  // DQE_ENGINE_RECORD_FEATURES_H_
