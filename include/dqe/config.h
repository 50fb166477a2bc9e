// dqe/config.h: the one JSON document that says how to match a table.
//
// Every key is optional: `{}` is a working config. Without "columns" the
// schema is read off the CSV header (see schema.h); without "comparisons" and
// "blocking" they follow from the columns' kinds. A full config:
//
//   {
//     "default_region": "VN",            // phones without a country code
//     "columns": [                        // override or add to the inferred schema
//       {"name": "full_name", "kind": "person_name", "role": "full_name"},
//       {"name": "mobile", "kind": "phone", "region": "VN"}],
//     "blocking": {
//       "rules": [                        // a pair is a candidate when any rule's keys meet
//         {"name": "phone", "keys": ["mobile"]},
//         {"name": "name+city", "keys": ["full_name:sorted", "city"]}],
//       "max_block_size": 50,             // bigger blocks are split (see below)
//       "oversized": "window",            // "window" (sorted neighbourhood) or "skip"
//       "window": 8},
//     "comparisons": [
//       {"name": "name", "columns": ["full_name"], "term_frequency": true,
//        "levels": [
//          {"name": "exact", "test": "equal", "m": 0.85, "u": 0.0005},
//          {"name": "close", "test": "jaro_winkler", "threshold": 0.92},
//          {"name": "different", "test": "else"}]}],
//     "threshold": 0.9,                   // match probability to accept a pair
//     "duplicates_per_row": 0.5,          // expected matches per row, untrained
//     "cannot_link": [{"differ": ["phone", "email"], "unless": ["company"]}],
//     "training": {"random_pairs": 300000, "max_iterations": 60, "seed": 1},
//     "merge": {"fields": {"phone": "union"}},  // survivorship (merge.h)
//     "validation": {"required": ["full_name"]} // rules (validate.h)
//   }
// A config for reference data ("identity", see identity.h) groups rows by
// parsed fields instead of comparing them.
//
// Keys of a blocking rule are "COLUMN" or "COLUMN:TRANSFORM", where COLUMN
// may join several columns with '+' ("given_name+surname:sorted" meets a row
// whose given and family names were swapped):
//   key (default)  the column's match key: the name key, every E.164 number of
//                  a phone cell, the e-mail key, the company key, the date as
//                  YYYYMMDD, other text folded to lower-case ASCII;
//   sorted         a name's tokens sorted ("an nguyen van");
//   tokens         every token of the key, each its own key;
//   prefix:N       the first N characters of the key (N code points);
//   last:N         the last N characters (phone numbers, ids);
//   spaceless      the key without spaces;
//   year           a date's year.
// A record gets one key per rule for every combination of its parts' values;
// a record with an empty part gets no key from that rule.
//
// Level tests (a pair falls into the first level whose test passes; "missing"
// when either side is empty is implicit and weighs 0):
//   equal             the comparison keys are equal (phones: the cells share a
//                     number; names: the sorted tokens are equal)
//   equal_mobile      phones: the cells share a number that is not a fixed
//                     line, toll-free or shared-cost number (a mobile is one
//                     person's; a landline may be a family's or a company
//                     switchboard)
//   jaro_winkler      Jaro-Winkler similarity >= threshold
//   levenshtein       edit distance <= threshold (code points)
//   levenshtein_similarity  1 - distance / longer length >= threshold
//   token_set         token-set ratio >= threshold
//   token_sort        token-sort ratio (order and spacing ignored) >= threshold
//   token_subset      every token of the shorter value is in the longer one
//                     (a name with a part left out: "Noah", "Noah Morris")
//   core_name         companies: the trade names are equal, places and
//                     business words aside (NormalizedCompany::core:
//                     "TMDV Hoàng Long" = "Hoang Long Trading"); other
//                     kinds: the keys are equal
//   initials          the given names agree on their initials ("J" vs "John")
//   email_local       e-mails share the part before '@'
//   date_typo         dates differ by one digit or by day and month swapped
//   within            |a - b| <= threshold (numbers; dates in days)
//   other_kind        the values are of kinds one person holds side by side,
//                     so that their difference says less: phones, one row
//                     holds no personal number (only landlines, switchboards,
//                     numbers with an extension: a mobile beside an office
//                     line); e-mails, one address is at a mail provider
//                     (Gmail, Yahoo, QQ ...) and the other at an
//                     organisation's own domain (a private and a work
//                     address); names, one is written in Han characters
//                     and the other in letters (鄭語媛 and "Connie
//                     Cheng": an English name, a romanisation the tests
//                     above missed). Placed after the agreeing levels and before
//                     "else", it splits "different" in two; cannot-link
//                     guards count both as "different"
//   else              always
//
// Configs are plain values: copy them, share them between threads.
#ifndef DQE_CONFIG_H_
#define DQE_CONFIG_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "dqe/export.h"
#include "dqe/identity.h"
#include "dqe/merge.h"
#include "dqe/schema.h"

namespace dqe {

enum class LevelTest : uint8_t {
  kEqual,
  kEqualMobile,
  kJaroWinkler,
  kLevenshtein,
  kLevenshteinSimilarity,
  kTokenSet,
  kTokenSort,
  kTokenSubset,
  kCoreName,
  kInitials,
  kEmailLocal,
  kDateTypo,
  kWithin,
  kOtherKind,
  kElse,
};

// LevelTestName returns the config spelling ("equal", "jaro_winkler" ...).
DQE_EXPORT std::string_view LevelTestName(LevelTest test);
DQE_EXPORT std::optional<LevelTest> LevelTestFromName(std::string_view name);

struct LevelSpec {
  std::string name;
  LevelTest test = LevelTest::kElse;
  double threshold = 0.0;
  // The level's m- and u-probabilities, used when no trained model is given.
  // -1 (not given): the default of the level of that name for the
  // comparison's kind (see DefaultComparisons), else one by the level's place.
  double m = -1;
  double u = -1;
};

struct ComparisonSpec {
  std::string name;
  // The columns compared; several columns' cells are joined with a space and
  // compared as one value (given name + family name as one name).
  std::vector<std::string> columns;
  // The comparison's kind: decides the comparison key (name key, E.164
  // numbers ...). Default: the first column's kind.
  std::optional<Kind> kind;
  // In order; the last should be an "else" level.
  std::vector<LevelSpec> levels;
  // Adjust the weight of an "equal" level by how common the value is: two
  // rows named "Nguyễn Văn An" agree less tellingly than two named "Trịnh
  // Quốc Thiện", two sharing a company switchboard less than two sharing a
  // mobile. Default: true for names, phones, e-mails, companies and
  // addresses; false otherwise.
  std::optional<bool> term_frequency;
};

enum class KeyTransform : uint8_t {
  kKey,
  kSorted,
  kTokens,
  kPrefix,
  kLast,
  kSpaceless,
  kYear,
};

struct KeyPart {
  std::string column;
  KeyTransform transform = KeyTransform::kKey;
  size_t length = 0;  // prefix:N, last:N
};

struct BlockingRule {
  std::string name;
  std::vector<KeyPart> keys;
};

enum class OversizedBlocks : uint8_t {
  kWindow,  // sort the block's rows by their whole record and compare each
            // row with its `window` neighbours only
  kSkip,    // compare none of the block's pairs (reported)
};

struct BlockingSpec {
  // Empty: rules follow from the schema (see DefaultBlockingRules).
  std::vector<BlockingRule> rules;
  // Blocks with more rows than this are oversized. Default: 50.
  size_t max_block_size = 50;
  OversizedBlocks oversized = OversizedBlocks::kWindow;
  // Neighbours each row of an oversized block is compared with. Default: 8.
  size_t window = 8;
};

struct CannotLinkRule {
  std::vector<std::string> differ;
  std::vector<std::string> unless;
  bool operator==(const CannotLinkRule&) const = default;
};

struct TrainingSpec {
  // Random pairs drawn to estimate u-probabilities. Default: 300,000.
  size_t random_pairs = 300000;
  // EM iterations per blocking rule at most. Default: 60.
  int max_iterations = 60;
  // Seed of the random pairs: the same data and seed give the same model.
  uint64_t seed = 1;
  // How much the config's u-probabilities count beside the random pairs: as
  // this many more random pairs would. Near-agreements (a shared line, the
  // same e-mail user at another domain, a part of a name) are rare among
  // random pairs but common among the relatives, colleagues and namesakes
  // that blocking brings together; the config's u allow for them. 0: the
  // random pairs alone. Default: 300,000 (as many as random_pairs).
  double u_prior_pairs = 300000;
};

struct DQE_EXPORT Config {
  // Phones without a country code, in rows without a known country: read in
  // this ISO 3166 region. Default: "VN".
  std::string default_region = "VN";
  // Columns given in the config override the inferred ones of that name.
  std::vector<Column> columns;
  BlockingSpec blocking;
  // Empty: comparisons follow from the schema (see DefaultComparisons).
  std::vector<ComparisonSpec> comparisons;
  // Pairs with a match probability at or above this are accepted. Default 0.9.
  double threshold = 0.9;
  // The prior of an untrained run: the probability that two rows drawn at
  // random are the same entity. Not given (the default): duplicates_per_row
  // divided by the number of other rows (for linkage: by the larger
  // table's rows), so that it follows the table's size.
  std::optional<double> prior;
  // How many other rows of the same entity a row has, on average, before
  // looking: 0.5 means about a third of the rows have one duplicate. Used
  // only when `prior` is not given. Default 0.5.
  double duplicates_per_row = 0.5;
  // Cannot-link guards: a pair whose comparisons named in `differ` are all
  // "different" (their last level, or an "other_kind" level; not missing),
  // while none of those in `unless` is in its first (strongest) level, is
  // never accepted, and its
  // two rows are never put in one cluster, not even through other rows. In
  // JSON a guard is {"differ": [...], "unless": [...]}, or just the array of
  // `differ` names. Default (when the key is absent): when the comparisons
  // "phone" and "email" exist, differ phone and email unless address or
  // company (those that exist): two contacts with different phones and
  // e-mails are not merged on their names alone; and when "name" exists,
  // differ name unless phone or email: contacts with entirely different
  // names need a shared mobile or e-mail, not only a switchboard, a company
  // and an office. When a phone or e-mail comparison in `differ` is only of
  // another kind ("other_kind": a mobile beside an office line, a private
  // beside a work address), any agreeing level of an `unless` comparison
  // (a company's core name, a part of the address) lifts the guard.
  std::optional<std::vector<CannotLinkRule>> cannot_link;
  // Guards hold transitively, except against strong evidence: a pair whose
  // comparisons add at least this many bits (log2 of the likelihood ratio,
  // the prior left out) joins two clusters even when other members of the
  // two are cannot-linked — a person who changed mobile and e-mail between
  // exports is tied together by the rows that share them. The pair's own
  // guard still holds. Default 23 (an exact name and a shared mobile, say);
  // null: guards always hold transitively.
  double cannot_link_strong_evidence = 23.0;
  TrainingSpec training;
  // Cells the engine matches on (the columns of the comparisons, blocking
  // rules and identity fields) longer than this many bytes are not matched:
  // their row is kept, reported in DedupeResult::row_issues, and matched with
  // nothing. Comparing two 10 MB "names" letter by letter would take hours;
  // no name, phone, e-mail or address is that long. Default: 4096.
  size_t max_cell_bytes = 4096;
  // The "validation" object as JSON text, kept as written: `dqe validate`
  // reads it with ValidationSpec::FromJson (validate.h), which checks it.
  // Empty when the config has none (the validation defaults apply).
  std::string validation_json;
  // The "merge" object: survivorship for golden records (merge.h). Default:
  // most_recent for every column.
  MergeSpec merge;
  std::string merge_json;  // as written; empty when absent
  // The "identity" object: rows are the same when their parsed identity
  // fields are (identity.h); no fuzzy comparison, blocking or scoring.
  std::optional<IdentitySpec> identity;
  std::string identity_json;  // as written; empty when absent

  // FromJson reads a config. Errors (InvalidArgument) name the JSON path and
  // the problem ("comparisons[0].levels[1].threshold: expected a number, got
  // a string"); unknown keys are errors.
  static absl::StatusOr<Config> FromJson(std::string_view json);
  // FromFile reads the JSON file at `path`.
  static absl::StatusOr<Config> FromFile(const std::string& path);
};

// ResolveSchema returns the table's schema: inferred from the header, then
// each config column of the same name replaces the inferred one. Columns the
// config names that the header lacks are an error naming them.
DQE_EXPORT absl::StatusOr<Schema> ResolveSchema(
    const Config& config, const std::vector<std::string>& header);

// DefaultComparisons returns the comparisons used when the config lists none:
// one per person-name (full, given, family), phone, e-mail, company, address,
// city, postcode and birth-date column, with levels and m/u by kind.
DQE_EXPORT std::vector<ComparisonSpec> DefaultComparisons(const Schema& schema);

// DefaultBlockingRules returns the rules used when the config lists none:
// every phone, every e-mail, the sorted name tokens, the name's first token
// with the city or the birth date, and the company with the name prefix.
DQE_EXPORT std::vector<BlockingRule> DefaultBlockingRules(const Schema& schema);

// ParseKeyPart reads "COLUMN" or "COLUMN:TRANSFORM[:N]".
DQE_EXPORT absl::StatusOr<KeyPart> ParseKeyPart(std::string_view text);
// KeyPartText is ParseKeyPart's inverse.
DQE_EXPORT std::string KeyPartText(const KeyPart& part);

// ConfigToJson writes the config, with every default spelled out and the
// comparisons and rules as they will be used for `schema` (for
// --explain-schema).
DQE_EXPORT std::string ConfigToJson(const Config& config, const Schema& schema);

}  // namespace dqe

#endif  // DQE_CONFIG_H_
