// config_test.cc: Config::FromJson (values, defaults, errors naming their
// JSON path), key parts, schema resolution, the default comparisons and
// blocking rules, and ConfigToJson read back.
#include "dqe/config.h"

#include <cmath>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "dqe/schema.h"

namespace dqe {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

// The example of config.h's header comment, comments included.
constexpr std::string_view kFullConfig = R"json(
  {
    "default_region": "VN",            // phones without a country code
    "columns": [                        // override or add to the inferred schema
      {"name": "full_name", "kind": "person_name", "role": "full_name"},
      {"name": "mobile", "kind": "phone", "region": "VN"}],
    "blocking": {
      "rules": [                        // a pair is a candidate when any rule's keys meet
        {"name": "phone", "keys": ["mobile"]},
        {"name": "name+city", "keys": ["full_name:sorted", "city"]}],
      "max_block_size": 300,            // bigger blocks are split (see below)
      "oversized": "window",            // "window" (sorted neighbourhood) or "skip"
      "window": 8},
    "comparisons": [
      {"name": "name", "columns": ["full_name"], "term_frequency": true,
       "levels": [
         {"name": "exact", "test": "equal", "m": 0.85, "u": 0.0005},
         {"name": "close", "test": "jaro_winkler", "threshold": 0.92},
         {"name": "different", "test": "else"}]}],
    "threshold": 0.95,                  // match probability to accept a pair
    "duplicates_per_row": 0.5,          // expected matches per row, untrained
    "cannot_link": [["phone", "email"]],
    "training": {"random_pairs": 300000, "max_iterations": 60, "seed": 1}
  }
)json";

const std::vector<std::string> kContactsHeader = {
    "id",      "full_name", "phone", "email",      "company",
    "address", "city",      "country", "updated_at", "source"};

const std::vector<std::string> kFebrlHeader = {
    "rec_id",    "given_name", "surname",  "street_number",
    "address_1", "address_2",  "suburb",   "postcode",
    "state",     "date_of_birth", "soc_sec_id"};

Schema SchemaOf(const std::vector<std::string>& header) {
  absl::StatusOr<Schema> schema = ResolveSchema(Config(), header);
  EXPECT_TRUE(schema.ok()) << schema.status();
  return schema.ok() ? *schema : Schema();
}

// The error message FromJson gives `json` (empty when it parses).
std::string ErrorOf(std::string_view json) {
  absl::StatusOr<Config> config = Config::FromJson(json);
  if (config.ok()) return "";
  EXPECT_EQ(config.status().code(), absl::StatusCode::kInvalidArgument);
  return std::string(config.status().message());
}

const ComparisonSpec* FindComparison(const std::vector<ComparisonSpec>& comps,
                                     std::string_view name) {
  for (const ComparisonSpec& c : comps) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

std::vector<std::string> SplitPlus(const std::string& column) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t end = column.find('+', start);
    out.push_back(column.substr(start, end == std::string::npos ? end : end - start));
    if (end == std::string::npos) return out;
    start = end + 1;
  }
}

std::vector<std::string> RuleTexts(const BlockingRule& rule) {
  std::vector<std::string> out;
  for (const KeyPart& k : rule.keys) out.push_back(KeyPartText(k));
  return out;
}

// ------------------------------------------------------------- defaults ----

TEST(ConfigFromJson, EmptyObjectHasDocumentedDefaults) {
  absl::StatusOr<Config> config = Config::FromJson("{}");
  ASSERT_TRUE(config.ok()) << config.status();
  EXPECT_EQ(config->default_region, "VN");
  EXPECT_TRUE(config->columns.empty());
  EXPECT_TRUE(config->blocking.rules.empty());
  EXPECT_EQ(config->blocking.max_block_size, BlockingSpec().max_block_size);
  EXPECT_EQ(config->blocking.max_block_size, 50u);  // config.h: "Default: 50"
  EXPECT_EQ(config->blocking.oversized, OversizedBlocks::kWindow);
  EXPECT_EQ(config->blocking.window, 8u);
  EXPECT_TRUE(config->comparisons.empty());
  EXPECT_DOUBLE_EQ(config->threshold, 0.9);
  EXPECT_FALSE(config->prior.has_value());
  EXPECT_DOUBLE_EQ(config->duplicates_per_row, 0.5);
  EXPECT_FALSE(config->cannot_link.has_value());
  EXPECT_EQ(config->training.random_pairs, 300000u);
  EXPECT_EQ(config->training.max_iterations, 60);
  EXPECT_EQ(config->training.seed, 1u);
}

TEST(ConfigFromJson, WhitespaceAroundEmptyObjectIsFine) {
  EXPECT_TRUE(Config::FromJson("  \n\t{ }\r\n").ok());
}

TEST(ConfigFromJson, FullExampleFromHeader) {
  absl::StatusOr<Config> config = Config::FromJson(kFullConfig);
  ASSERT_TRUE(config.ok()) << config.status();
  EXPECT_EQ(config->default_region, "VN");

  ASSERT_EQ(config->columns.size(), 2u);
  EXPECT_EQ(config->columns[0].name, "full_name");
  EXPECT_EQ(config->columns[0].kind, Kind::kPersonName);
  EXPECT_EQ(config->columns[0].role, Role::kFullName);
  EXPECT_EQ(config->columns[1].name, "mobile");
  EXPECT_EQ(config->columns[1].kind, Kind::kPhone);
  EXPECT_EQ(config->columns[1].role, Role::kNone);
  EXPECT_EQ(config->columns[1].region, "VN");
  EXPECT_FALSE(config->columns[1].required);

  const BlockingSpec& b = config->blocking;
  ASSERT_EQ(b.rules.size(), 2u);
  EXPECT_EQ(b.rules[0].name, "phone");
  ASSERT_EQ(b.rules[0].keys.size(), 1u);
  EXPECT_EQ(b.rules[0].keys[0].column, "mobile");
  EXPECT_EQ(b.rules[0].keys[0].transform, KeyTransform::kKey);
  EXPECT_EQ(b.rules[1].name, "name+city");
  ASSERT_EQ(b.rules[1].keys.size(), 2u);
  EXPECT_EQ(b.rules[1].keys[0].column, "full_name");
  EXPECT_EQ(b.rules[1].keys[0].transform, KeyTransform::kSorted);
  EXPECT_EQ(b.rules[1].keys[1].column, "city");
  EXPECT_EQ(b.rules[1].keys[1].transform, KeyTransform::kKey);
  EXPECT_EQ(b.max_block_size, 300u);
  EXPECT_EQ(b.oversized, OversizedBlocks::kWindow);
  EXPECT_EQ(b.window, 8u);

  ASSERT_EQ(config->comparisons.size(), 1u);
  const ComparisonSpec& name = config->comparisons[0];
  EXPECT_EQ(name.name, "name");
  EXPECT_EQ(name.columns, std::vector<std::string>{"full_name"});
  EXPECT_FALSE(name.kind.has_value());
  ASSERT_TRUE(name.term_frequency.has_value());
  EXPECT_TRUE(*name.term_frequency);
  ASSERT_EQ(name.levels.size(), 3u);  // ends in "else": nothing appended
  EXPECT_EQ(name.levels[0].name, "exact");
  EXPECT_EQ(name.levels[0].test, LevelTest::kEqual);
  EXPECT_DOUBLE_EQ(name.levels[0].m, 0.85);
  EXPECT_DOUBLE_EQ(name.levels[0].u, 0.0005);
  EXPECT_EQ(name.levels[1].name, "close");
  EXPECT_EQ(name.levels[1].test, LevelTest::kJaroWinkler);
  EXPECT_DOUBLE_EQ(name.levels[1].threshold, 0.92);
  EXPECT_EQ(name.levels[1].m, -1);  // not given
  EXPECT_EQ(name.levels[1].u, -1);
  EXPECT_EQ(name.levels[2].name, "different");
  EXPECT_EQ(name.levels[2].test, LevelTest::kElse);

  EXPECT_DOUBLE_EQ(config->threshold, 0.95);
  EXPECT_DOUBLE_EQ(config->duplicates_per_row, 0.5);
  ASSERT_TRUE(config->cannot_link.has_value());
  // A plain array is the `differ` list of a guard with no `unless`.
  EXPECT_EQ(*config->cannot_link,
            (std::vector<CannotLinkRule>{{{"phone", "email"}, {}}}));
  EXPECT_EQ(config->training.random_pairs, 300000u);
  EXPECT_EQ(config->training.max_iterations, 60);
  EXPECT_EQ(config->training.seed, 1u);
}

TEST(ConfigFromJson, VietnameseAndChineseColumnNames) {
  absl::StatusOr<Config> config = Config::FromJson(R"({
    "columns": [{"name": "Họ và tên", "kind": "person_name"},
                {"name": "手機", "kind": "phone", "region": "TW"}],
    "comparisons": [{"column": "Họ và tên"}, {"column": "手機"}],
    "blocking": {"rules": [{"keys": ["Họ và tên:sorted", "手機:last:8"]}]}
  })");
  ASSERT_TRUE(config.ok()) << config.status();
  EXPECT_EQ(config->columns[0].name, "Họ và tên");
  EXPECT_EQ(config->columns[1].region, "TW");
  // A comparison without a name is named after its columns, a rule after its
  // keys.
  EXPECT_EQ(config->comparisons[0].name, "Họ và tên");
  EXPECT_EQ(config->comparisons[1].name, "手機");
  EXPECT_TRUE(config->comparisons[0].levels.empty());  // defaults by kind
  EXPECT_EQ(config->blocking.rules[0].name, "Họ và tên:sorted+手機:last:8");
  EXPECT_EQ(config->blocking.rules[0].keys[1].transform, KeyTransform::kLast);
  EXPECT_EQ(config->blocking.rules[0].keys[1].length, 8u);
}

TEST(ConfigFromJson, SeveralColumnsAndAKind) {
  absl::StatusOr<Config> config = Config::FromJson(R"({
    "comparisons": [{"name": "name", "columns": ["surname", "given_name"],
                     "kind": "person_name", "term_frequency": false}]})");
  ASSERT_TRUE(config.ok()) << config.status();
  const ComparisonSpec& c = config->comparisons[0];
  EXPECT_EQ(c.columns, (std::vector<std::string>{"surname", "given_name"}));
  ASSERT_TRUE(c.kind.has_value());
  EXPECT_EQ(*c.kind, Kind::kPersonName);
  ASSERT_TRUE(c.term_frequency.has_value());
  EXPECT_FALSE(*c.term_frequency);
}

TEST(ConfigFromJson, LevelsWithoutElseGetADifferentLevel) {
  absl::StatusOr<Config> config = Config::FromJson(R"({
    "comparisons": [{"column": "phone", "levels": [
        {"name": "exact", "test": "equal"},
        {"name": "close", "test": "levenshtein", "threshold": 1}]}]})");
  ASSERT_TRUE(config.ok()) << config.status();
  const std::vector<LevelSpec>& levels = config->comparisons[0].levels;
  ASSERT_EQ(levels.size(), 3u);
  EXPECT_EQ(levels[2].name, "different");
  EXPECT_EQ(levels[2].test, LevelTest::kElse);

  // When "different" is taken by a level that is not "else", the appended
  // level needs another name.
  config = Config::FromJson(R"({
    "comparisons": [{"column": "phone", "levels": [
        {"name": "different", "test": "levenshtein", "threshold": 3}]}]})");
  ASSERT_TRUE(config.ok()) << config.status();
  ASSERT_EQ(config->comparisons[0].levels.size(), 2u);
  EXPECT_EQ(config->comparisons[0].levels[1].test, LevelTest::kElse);
  EXPECT_NE(config->comparisons[0].levels[1].name, "different");
}

TEST(ConfigFromJson, PriorDescriptionAndSkipMode) {
  absl::StatusOr<Config> config = Config::FromJson(R"({
    "description": "Khách hàng miền Nam — 客户",
    "prior": 0.0001, "threshold": 1,
    "blocking": {"oversized": "skip", "max_block_size": 2, "window": 1},
    "training": {"seed": 9223372036854775807}})");
  ASSERT_TRUE(config.ok()) << config.status();
  ASSERT_TRUE(config->prior.has_value());
  EXPECT_DOUBLE_EQ(*config->prior, 0.0001);
  EXPECT_DOUBLE_EQ(config->threshold, 1.0);
  EXPECT_EQ(config->blocking.oversized, OversizedBlocks::kSkip);
  EXPECT_EQ(config->blocking.max_block_size, 2u);
  EXPECT_EQ(config->blocking.window, 1u);
  EXPECT_EQ(config->training.seed, 9223372036854775807ull);
}

TEST(ConfigFromJson, SeedTakesEveryUint64) {
  absl::StatusOr<Config> config =
      Config::FromJson(R"({"training": {"seed": 18446744073709551615}})");
  ASSERT_TRUE(config.ok()) << config.status();
  EXPECT_EQ(config->training.seed, 18446744073709551615ull);
  config = Config::FromJson(R"({"training": {"seed": 9223372036854775808}})");
  ASSERT_TRUE(config.ok()) << config.status();
  EXPECT_EQ(config->training.seed, 9223372036854775808ull);
}

TEST(ConfigFromJson, CommentsAreAllowed) {
  absl::StatusOr<Config> config = Config::FromJson(
      "// dqe config for the Saigon branch\n"
      "{ /* block on phones only */ \"threshold\": 0.9 // strict\n}\n");
  ASSERT_TRUE(config.ok()) << config.status();
  EXPECT_DOUBLE_EQ(config->threshold, 0.9);
}

// --------------------------------------------------------------- errors ----

TEST(ConfigErrors, WrongTypeNamesTheFullPath) {
  EXPECT_THAT(ErrorOf(R"({"comparisons": [{"column": "full_name", "levels": [
                 {"name": "exact", "test": "equal"},
                 {"name": "close", "test": "jaro_winkler", "threshold": "0.9"}]}]})"),
              StartsWith("comparisons[0].levels[1].threshold: expected a "
                         "number, got a string"));
  EXPECT_THAT(ErrorOf(R"({"threshold": "high"})"),
              StartsWith("threshold: expected a number, got a string"));
  EXPECT_THAT(ErrorOf(R"({"default_region": 84})"),
              StartsWith("default_region: expected a string, got a number"));
  EXPECT_THAT(ErrorOf(R"({"blocking": {"window": true}})"),
              StartsWith("blocking.window:"));
  EXPECT_THAT(ErrorOf(R"({"columns": {"name": "phone"}})"),
              StartsWith("columns: expected an array"));
  EXPECT_THAT(ErrorOf(R"({"columns": [{"name": "x"}, {"name": "y", "required": "yes"}]})"),
              StartsWith("columns[1].required: expected true or false"));
  EXPECT_THAT(ErrorOf(R"({"blocking": {"rules": [{"keys": ["phone"]}, {"keys": ["email", 7]}]}})"),
              StartsWith("blocking.rules[1].keys[1]: expected a string, got a number"));
  EXPECT_THAT(ErrorOf(R"({"cannot_link": [["phone", "email"], "name"]})"),
              StartsWith("cannot_link[1]:"));
  EXPECT_THAT(ErrorOf(R"({"comparisons": [{"column": "phone", "term_frequency": 1}]})"),
              StartsWith("comparisons[0].term_frequency: expected true or false"));
  EXPECT_THAT(ErrorOf("[]"), StartsWith("config: expected an object, got an array"));
}

TEST(ConfigErrors, UnknownKeysTopLevelAndNested) {
  std::string e = ErrorOf(R"({"treshold": 0.9})");
  EXPECT_THAT(e, StartsWith("treshold: unknown key"));
  EXPECT_THAT(e, HasSubstr("threshold"));  // lists what was meant
  EXPECT_THAT(ErrorOf(R"({"blocking": {"max_block": 10}})"),
              StartsWith("blocking.max_block: unknown key"));
  EXPECT_THAT(ErrorOf(R"({"comparisons": [{"column": "phone", "levels": [
                 {"name": "exact", "test": "equal", "weight": 5}]}]})"),
              StartsWith("comparisons[0].levels[0].weight: unknown key"));
  EXPECT_THAT(ErrorOf(R"({"columns": [{"name": "SĐT", "type": "phone"}]})"),
              StartsWith("columns[0].type: unknown key"));
  EXPECT_THAT(ErrorOf(R"({"training": {"iterations": 5}})"),
              StartsWith("training.iterations: unknown key"));
  EXPECT_THAT(ErrorOf(R"({"blocking": {"rules": [{"keys": ["phone"], "weight": 1}]}})"),
              StartsWith("blocking.rules[0].weight: unknown key"));
}

TEST(ConfigErrors, MissingColumnOrColumns) {
  EXPECT_THAT(ErrorOf(R"({"comparisons": [{"name": "phone"}]})"),
              StartsWith("comparisons[0]: a comparison needs \"column\" or "
                         "\"columns\""));
  EXPECT_THAT(ErrorOf(R"({"comparisons": [{"column": "a", "columns": ["b"]}]})"),
              StartsWith("comparisons[0]: give \"column\" or \"columns\", not both"));
  EXPECT_THAT(ErrorOf(R"({"comparisons": [{"columns": []}]})"),
              StartsWith("comparisons[0].columns: expected a non-empty array"));
  EXPECT_THAT(ErrorOf(R"({"comparisons": [{"columns": ["ho", 2]}]})"),
              StartsWith("comparisons[0].columns[1]: expected a string"));
  EXPECT_THAT(ErrorOf(R"({"columns": [{"kind": "phone"}]})"),
              StartsWith("columns[0]: a column needs a \"name\""));
  EXPECT_THAT(ErrorOf(R"({"blocking": {"rules": [{"name": "phone"}]}})"),
              StartsWith("blocking.rules[0].keys: a rule needs a non-empty array"));
  EXPECT_THAT(ErrorOf(R"({"blocking": {"rules": [{"keys": []}]}})"),
              StartsWith("blocking.rules[0].keys:"));
}

TEST(ConfigErrors, DuplicateComparisonAndLevelNames) {
  EXPECT_THAT(ErrorOf(R"({"comparisons": [{"name": "phone", "column": "mobile"},
                                          {"name": "phone", "column": "home_phone"}]})"),
              StartsWith("comparisons[1]: duplicate comparison name \"phone\""));
  // Named after the column when unnamed: two comparisons of one column clash.
  EXPECT_THAT(ErrorOf(R"({"comparisons": [{"column": "SĐT"}, {"column": "SĐT"}]})"),
              StartsWith("comparisons[1]: duplicate comparison name \"SĐT\""));
  EXPECT_THAT(ErrorOf(R"({"comparisons": [{"column": "email", "levels": [
                 {"name": "exact", "test": "equal"},
                 {"name": "close", "test": "jaro_winkler", "threshold": 0.9},
                 {"name": "close", "test": "else"}]}]})"),
              StartsWith("comparisons[0].levels[2]: duplicate level name \"close\""));
}

TEST(ConfigErrors, LevelNamesAndTests) {
  std::string e = ErrorOf(R"({"comparisons": [{"column": "full_name", "levels": [
                 {"name": "close", "test": "jarowinkler", "threshold": 0.9}]}]})");
  EXPECT_THAT(e, StartsWith("comparisons[0].levels[0].test: unknown test "
                            "\"jarowinkler\""));
  EXPECT_THAT(e, HasSubstr("jaro_winkler"));
  EXPECT_THAT(ErrorOf(R"({"comparisons": [{"column": "x", "levels": [{"test": "equal"}]}]})"),
              StartsWith("comparisons[0].levels[0]: a level needs a \"name\""));
  EXPECT_THAT(ErrorOf(R"({"comparisons": [{"column": "x", "levels": [{"name": "missing"}]}]})"),
              StartsWith("comparisons[0].levels[0].name:"));
  EXPECT_THAT(ErrorOf(R"({"comparisons": [{"column": "x", "levels": [{"name": ""}]}]})"),
              StartsWith("comparisons[0].levels[0].name:"));
  EXPECT_THAT(ErrorOf(R"({"comparisons": [{"column": "x", "levels": []}]})"),
              StartsWith("comparisons[0].levels: expected a non-empty array"));
  EXPECT_THAT(ErrorOf(R"({"comparisons": [{"column": "x", "kind": "mobile"}]})"),
              StartsWith("comparisons[0].kind: unknown kind \"mobile\""));
  EXPECT_THAT(ErrorOf(R"({"columns": [{"name": "x", "kind": "telephone"}]})"),
              StartsWith("columns[0].kind: unknown kind \"telephone\""));
  EXPECT_THAT(ErrorOf(R"({"columns": [{"name": "x", "role": "surname"}]})"),
              StartsWith("columns[0].role: unknown role \"surname\""));
}

TEST(ConfigErrors, ProbabilitiesOutsideZeroOne) {
  auto level_with = [](std::string_view mu) {
    return std::string(R"({"comparisons": [{"column": "phone", "levels": [{"name": "exact", "test": "equal", )") +
           std::string(mu) + "}]}]}";
  };
  EXPECT_EQ(ErrorOf(level_with(R"("m": 1)")), "");
  EXPECT_EQ(ErrorOf(level_with(R"("m": 0.000001, "u": 1e-9)")), "");
  for (std::string_view bad : {R"("m": 0)", R"("m": -0.2)", R"("m": 1.0001)",
                               R"("m": 2)"}) {
    EXPECT_THAT(ErrorOf(level_with(bad)),
                StartsWith("comparisons[0].levels[0].m: must be a number in (0, 1]"))
        << bad;
  }
  EXPECT_THAT(ErrorOf(level_with(R"("m": 0.9, "u": 0)")),
              StartsWith("comparisons[0].levels[0].u: must be a number in (0, 1]"));
  EXPECT_THAT(ErrorOf(level_with(R"("m": "0.9")")),
              StartsWith("comparisons[0].levels[0].m: expected a number, got a string"));
  EXPECT_THAT(ErrorOf(R"({"threshold": 0})"), StartsWith("threshold: must be a number in (0, 1]"));
  EXPECT_THAT(ErrorOf(R"({"threshold": 1.5})"), StartsWith("threshold:"));
  EXPECT_THAT(ErrorOf(R"({"prior": 1})"), StartsWith("prior: must be below 1"));
  EXPECT_THAT(ErrorOf(R"({"prior": 0})"), StartsWith("prior:"));
  EXPECT_THAT(ErrorOf(R"({"duplicates_per_row": 0})"), StartsWith("duplicates_per_row:"));
  EXPECT_THAT(ErrorOf(R"({"duplicates_per_row": -1})"), StartsWith("duplicates_per_row:"));
}

TEST(ConfigErrors, BlockingNumbersAndModes) {
  EXPECT_THAT(ErrorOf(R"({"blocking": {"oversized": "split"}})"),
              StartsWith("blocking.oversized: expected \"window\" or \"skip\", "
                         "got \"split\""));
  EXPECT_THAT(ErrorOf(R"({"blocking": {"oversized": 1}})"),
              StartsWith("blocking.oversized: expected a string"));
  EXPECT_THAT(ErrorOf(R"({"blocking": {"max_block_size": -5}})"),
              StartsWith("blocking.max_block_size: must not be negative"));
  EXPECT_THAT(ErrorOf(R"({"blocking": {"max_block_size": 1}})"),
              StartsWith("blocking.max_block_size: must be at least 2"));
  EXPECT_THAT(ErrorOf(R"({"blocking": {"max_block_size": 2.5}})"),
              StartsWith("blocking.max_block_size: expected a whole number, got a number"));
  EXPECT_THAT(ErrorOf(R"({"blocking": {"window": 0}})"),
              StartsWith("blocking.window: must be at least 1"));
  EXPECT_THAT(ErrorOf(R"({"blocking": {"window": -1}})"),
              StartsWith("blocking.window: must not be negative"));
  EXPECT_THAT(ErrorOf(R"({"training": {"max_iterations": 0}})"),
              StartsWith("training.max_iterations: must be in [1, 100000]"));
  EXPECT_THAT(ErrorOf(R"({"training": {"random_pairs": -300000}})"),
              StartsWith("training.random_pairs: must not be negative"));
  EXPECT_THAT(ErrorOf(R"({"training": {"u_prior_pairs": -1}})"),
              StartsWith("training.u_prior_pairs: must be a finite number >= 0"));
  EXPECT_THAT(ErrorOf(R"({"training": {"u_prior_pairs": "many"}})"),
              StartsWith("training.u_prior_pairs: expected a number"));
  EXPECT_THAT(ErrorOf(R"({"blocking": {"rules": [{"keys": ["ho_ten:prefix:0"]}]}})"),
              StartsWith("blocking.rules[0].keys[0]:"));
  EXPECT_THAT(ErrorOf(R"({"blocking": {"rules": {"keys": ["phone"]}}})"),
              StartsWith("blocking.rules: expected an array"));
}

TEST(ConfigErrors, NotJson) {
  for (std::string_view text :
       {"", "   ", "threshold = 0.95", "{\"threshold\": 0.95", "{'threshold': 0.9}",
        "{\"threshold\": 0.95,}", "\xFF\xFE{}", "{} x", "{}{}", "{\"a\": 1} // ok\n]"}) {
    absl::StatusOr<Config> config = Config::FromJson(text);
    ASSERT_FALSE(config.ok()) << "parsed: " << text;
    EXPECT_EQ(config.status().code(), absl::StatusCode::kInvalidArgument);
    // "{\"a\": 1} // ok\n]" is valid up to the ']': every one of these is a
    // JSON syntax error, not a semantic one.
    EXPECT_THAT(std::string(config.status().message()),
                StartsWith("config: not valid JSON"))
        << text;
  }
}

TEST(ConfigErrors, ErrorsNameTheFileToo) {
  absl::StatusOr<Config> config = Config::FromFile("/nonexistent/dqe/config.json");
  ASSERT_FALSE(config.ok());
  EXPECT_EQ(config.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(config.status().message()),
              HasSubstr("/nonexistent/dqe/config.json"));
}

// ------------------------------------------------------------ key parts ----

TEST(KeyPart, ParsesEveryTransform) {
  struct Case {
    std::string_view text;
    std::string_view column;
    KeyTransform transform;
    size_t length;
  };
  const Case cases[] = {
      {"phone", "phone", KeyTransform::kKey, 0},
      {"phone:key", "phone", KeyTransform::kKey, 0},
      {"full_name:sorted", "full_name", KeyTransform::kSorted, 0},
      {"full_name:tokens", "full_name", KeyTransform::kTokens, 0},
      {"surname:prefix:4", "surname", KeyTransform::kPrefix, 4},
      {"phone:last:8", "phone", KeyTransform::kLast, 8},
      {"company:spaceless", "company", KeyTransform::kSpaceless, 0},
      {"dob:year", "dob", KeyTransform::kYear, 0},
      // Several columns read as one value.
      {"given_name+surname:sorted", "given_name+surname", KeyTransform::kSorted, 0},
      {"Họ tên:prefix:1", "Họ tên", KeyTransform::kPrefix, 1},
      {"電話號碼:last:1000", "電話號碼", KeyTransform::kLast, 1000},
      // A column whose own name holds ':'.
      {"ĐT:", "ĐT:", KeyTransform::kKey, 0},
      {"ĐT::last:9", "ĐT:", KeyTransform::kLast, 9},
      {"Tel: mobile", "Tel: mobile", KeyTransform::kKey, 0},
      {"Tel: mobile:sorted", "Tel: mobile", KeyTransform::kSorted, 0},
  };
  for (const Case& c : cases) {
    absl::StatusOr<KeyPart> part = ParseKeyPart(c.text);
    ASSERT_TRUE(part.ok()) << c.text << ": " << part.status();
    EXPECT_EQ(part->column, c.column) << c.text;
    EXPECT_EQ(part->transform, c.transform) << c.text;
    EXPECT_EQ(part->length, c.length) << c.text;
  }
}

TEST(KeyPart, BadLengthsAndArguments) {
  for (std::string_view bad :
       {"x:prefix:0", "x:prefix:abc", "x:prefix", "x:prefix:", "x:prefix:-1",
        "x:prefix:4.5", "x:last:1001", "x:last:0", "x:sorted:3", "x:year:4",
        ":sorted", ""}) {
    absl::StatusOr<KeyPart> part = ParseKeyPart(bad);
    EXPECT_FALSE(part.ok()) << "accepted \"" << bad << "\"";
    if (!part.ok()) {
      EXPECT_EQ(part.status().code(), absl::StatusCode::kInvalidArgument);
      if (!bad.empty()) {
        // The error quotes what was written.
        EXPECT_THAT(std::string(part.status().message()),
                    HasSubstr(std::string(bad)));
      }
    }
  }
}

TEST(KeyPart, TextRoundTrip) {
  for (std::string_view text :
       {"phone", "full_name:sorted", "full_name:tokens", "surname:prefix:4",
        "phone:last:8", "company:spaceless", "dob:year", "Họ tên:prefix:2",
        "ĐT:", "ĐT::last:9", "手機:sorted"}) {
    absl::StatusOr<KeyPart> part = ParseKeyPart(text);
    ASSERT_TRUE(part.ok()) << text << ": " << part.status();
    std::string written = KeyPartText(*part);
    absl::StatusOr<KeyPart> again = ParseKeyPart(written);
    ASSERT_TRUE(again.ok()) << written << ": " << again.status();
    EXPECT_EQ(again->column, part->column) << text;
    EXPECT_EQ(again->transform, part->transform) << text;
    EXPECT_EQ(again->length, part->length) << text;
  }
  // From the struct side: every transform of a column named with a ':'.
  for (KeyTransform t :
       {KeyTransform::kKey, KeyTransform::kSorted, KeyTransform::kTokens,
        KeyTransform::kPrefix, KeyTransform::kLast, KeyTransform::kSpaceless,
        KeyTransform::kYear}) {
    KeyPart part;
    part.column = "ĐT:";
    part.transform = t;
    part.length = (t == KeyTransform::kPrefix || t == KeyTransform::kLast) ? 3 : 0;
    absl::StatusOr<KeyPart> again = ParseKeyPart(KeyPartText(part));
    ASSERT_TRUE(again.ok()) << KeyPartText(part);
    EXPECT_EQ(again->column, "ĐT:") << KeyPartText(part);
    EXPECT_EQ(again->transform, t) << KeyPartText(part);
    EXPECT_EQ(again->length, part.length) << KeyPartText(part);
  }
}

TEST(LevelTestNames, RoundTrip) {
  for (LevelTest t :
       {LevelTest::kEqual, LevelTest::kJaroWinkler, LevelTest::kLevenshtein,
        LevelTest::kLevenshteinSimilarity, LevelTest::kTokenSet,
        LevelTest::kTokenSort, LevelTest::kTokenSubset, LevelTest::kInitials,
        LevelTest::kEmailLocal, LevelTest::kDateTypo, LevelTest::kWithin,
        LevelTest::kOtherKind, LevelTest::kElse}) {
    std::optional<LevelTest> back = LevelTestFromName(LevelTestName(t));
    ASSERT_TRUE(back.has_value()) << LevelTestName(t);
    EXPECT_EQ(*back, t);
  }
  EXPECT_EQ(LevelTestName(LevelTest::kJaroWinkler), "jaro_winkler");
  EXPECT_EQ(LevelTestName(LevelTest::kDateTypo), "date_typo");
  EXPECT_FALSE(LevelTestFromName("Jaro_Winkler").has_value());
  EXPECT_FALSE(LevelTestFromName("").has_value());
}

// --------------------------------------------------------- ResolveSchema ----

TEST(ResolveSchema, ConfigColumnOverridesInferredOne) {
  const std::vector<std::string> header = {"Mã KH", "Họ tên", "SĐT", "Ghi chú",
                                           "Quốc gia"};
  Schema inferred = SchemaOf(header);
  ASSERT_EQ(inferred.columns.size(), 5u);
  EXPECT_EQ(inferred.columns[1].kind, Kind::kPersonName);
  EXPECT_EQ(inferred.columns[2].kind, Kind::kPhone);
  EXPECT_EQ(inferred.columns[3].kind, Kind::kText);
  EXPECT_EQ(inferred.country, 4);

  absl::StatusOr<Config> config = Config::FromJson(R"({"columns": [
      {"name": "Ghi chú", "kind": "phone", "region": "TW"},
      {"name": "Họ tên", "kind": "company"},
      {"name": "Quốc gia", "kind": "text"}]})");
  ASSERT_TRUE(config.ok()) << config.status();
  absl::StatusOr<Schema> schema = ResolveSchema(*config, header);
  ASSERT_TRUE(schema.ok()) << schema.status();
  ASSERT_EQ(schema->columns.size(), 5u);
  EXPECT_EQ(schema->columns[3].name, "Ghi chú");
  EXPECT_EQ(schema->columns[3].kind, Kind::kPhone);
  EXPECT_EQ(schema->columns[3].region, "TW");
  EXPECT_EQ(schema->columns[1].kind, Kind::kCompany);
  EXPECT_EQ(schema->columns[1].role, Role::kNone);  // no longer a full name
  EXPECT_EQ(schema->columns[2].kind, Kind::kPhone);  // untouched
  EXPECT_EQ(schema->country, -1);  // "Quốc gia" is plain text now
}

TEST(ResolveSchema, ConfigMovesTheRecordId) {
  const std::vector<std::string> header = {"id", "Mã khách hàng", "Họ tên"};
  EXPECT_EQ(SchemaOf(header).record_id, 0);
  absl::StatusOr<Config> config = Config::FromJson(R"({"columns": [
      {"name": "id", "kind": "integer"},
      {"name": "Mã khách hàng", "kind": "id", "role": "record_id"}]})");
  ASSERT_TRUE(config.ok()) << config.status();
  absl::StatusOr<Schema> schema = ResolveSchema(*config, header);
  ASSERT_TRUE(schema.ok()) << schema.status();
  EXPECT_EQ(schema->record_id, 1);
}

TEST(ResolveSchema, ConfigColumnMissingFromHeaderIsNamed) {
  absl::StatusOr<Config> config =
      Config::FromJson(R"({"columns": [{"name": "Di động", "kind": "phone"}]})");
  ASSERT_TRUE(config.ok()) << config.status();
  absl::StatusOr<Schema> schema =
      ResolveSchema(*config, {"id", "Họ tên", "SĐT"});
  ASSERT_FALSE(schema.ok());
  EXPECT_EQ(schema.status().code(), absl::StatusCode::kInvalidArgument);
  const std::string message(schema.status().message());
  EXPECT_THAT(message, HasSubstr("\"Di động\""));
  EXPECT_THAT(message, HasSubstr("SĐT"));  // shows the header it searched
}

TEST(ResolveSchema, HeaderNamesMatchExactly) {
  // "full_name" in the config is not "Full Name" in the header.
  absl::StatusOr<Config> config =
      Config::FromJson(R"({"columns": [{"name": "full_name", "kind": "person_name"}]})");
  ASSERT_TRUE(config.ok());
  EXPECT_FALSE(ResolveSchema(*config, {"Full Name", "Phone"}).ok());
}

// -------------------------------------------------- default comparisons ----

TEST(DefaultComparisons, ContactsHeader) {
  const Schema schema = SchemaOf(kContactsHeader);
  std::vector<ComparisonSpec> comps = DefaultComparisons(schema);
  std::vector<std::string> names;
  for (const ComparisonSpec& c : comps) names.push_back(c.name);
  EXPECT_EQ(names, (std::vector<std::string>{"name", "phone", "email", "company",
                                             "address", "city"}));

  std::set<std::string> compared;
  for (const ComparisonSpec& c : comps) {
    ASSERT_FALSE(c.levels.empty()) << c.name;
    EXPECT_EQ(c.levels.back().test, LevelTest::kElse) << c.name;
    std::set<std::string> level_names;
    for (const LevelSpec& l : c.levels) {
      EXPECT_TRUE(level_names.insert(l.name).second) << c.name << " " << l.name;
      EXPECT_GT(l.m, 0) << c.name << " " << l.name;
      EXPECT_LE(l.m, 1) << c.name << " " << l.name;
      EXPECT_GT(l.u, 0) << c.name << " " << l.name;
      EXPECT_LE(l.u, 1) << c.name << " " << l.name;
    }
    // The first level is the exact one: it says more than the others (for
    // phones: a shared mobile, before a shared landline).
    EXPECT_EQ(c.levels.front().test, c.name == "phone" ? LevelTest::kEqualMobile
                                                       : LevelTest::kEqual)
        << c.name;
    for (const std::string& col : c.columns) compared.insert(col);
  }
  for (std::string_view never : {"id", "updated_at", "source", "country"}) {
    EXPECT_EQ(compared.count(std::string(never)), 0u) << never;
  }

  const ComparisonSpec* name = FindComparison(comps, "name");
  ASSERT_NE(name, nullptr);
  EXPECT_EQ(name->columns, std::vector<std::string>{"full_name"});
  ASSERT_TRUE(name->kind.has_value());
  EXPECT_EQ(*name->kind, Kind::kPersonName);
  ASSERT_TRUE(name->term_frequency.has_value());
  EXPECT_TRUE(*name->term_frequency);

  const ComparisonSpec* phone = FindComparison(comps, "phone");
  ASSERT_NE(phone, nullptr);
  EXPECT_EQ(*phone->kind, Kind::kPhone);
  EXPECT_EQ(phone->columns, std::vector<std::string>{"phone"});

  const ComparisonSpec* email = FindComparison(comps, "email");
  ASSERT_NE(email, nullptr);
  bool has_local = false;
  for (const LevelSpec& l : email->levels) has_local |= l.test == LevelTest::kEmailLocal;
  EXPECT_TRUE(has_local);
}

TEST(DefaultComparisons, MAndUAreDistributionsOverTheLevels) {
  // Every default level set, through headers that reach each kind.
  for (const std::vector<std::string>* header : {&kContactsHeader, &kFebrlHeader}) {
    for (const ComparisonSpec& c : DefaultComparisons(SchemaOf(*header))) {
      double m = 0, u = 0;
      for (const LevelSpec& l : c.levels) {
        m += l.m;
        u += l.u;
      }
      EXPECT_NEAR(m, 1.0, 1e-9) << c.name << ": m sums to " << m;
      EXPECT_NEAR(u, 1.0, 1e-9) << c.name << ": u sums to " << u;
    }
  }
}

// Several phone columns (mobile, phone, work phone) are one list of
// numbers: one comparison over all of them and one blocking rule, so that a
// number under "Di động" in one row meets the same number under "Điện
// thoại" in another.
TEST(DefaultComparisons, PhoneColumnsAreOneListOfNumbers) {
  const Schema schema = SchemaOf({"Họ tên", "Di động", "Điện thoại", "work_phone"});
  std::vector<ComparisonSpec> comps = DefaultComparisons(schema);
  std::set<std::string> names;
  for (const ComparisonSpec& c : comps) {
    EXPECT_TRUE(names.insert(c.name).second) << "duplicate " << c.name;
  }
  size_t phones = 0;
  for (const ComparisonSpec& c : comps) {
    if (c.kind != Kind::kPhone) continue;
    ++phones;
    EXPECT_EQ(c.name, "phone");
    EXPECT_EQ(c.columns,
              (std::vector<std::string>{"Di động", "Điện thoại", "work_phone"}));
  }
  EXPECT_EQ(phones, 1u);
  size_t phone_rules = 0;
  for (const BlockingRule& r : DefaultBlockingRules(schema)) {
    if (r.keys.size() == 1 && r.keys[0].column == "Di động+Điện thoại+work_phone") {
      ++phone_rules;
    }
  }
  EXPECT_EQ(phone_rules, 1u);
}

TEST(DefaultComparisons, FebrlHeader) {
  const Schema schema = SchemaOf(kFebrlHeader);
  std::vector<ComparisonSpec> comps = DefaultComparisons(schema);
  std::set<std::string> compared;
  std::set<std::string> names;
  for (const ComparisonSpec& c : comps) {
    EXPECT_TRUE(names.insert(c.name).second) << "duplicate " << c.name;
    for (const std::string& col : c.columns) {
      EXPECT_GE(schema.Find(col), 0) << col;
      compared.insert(col);
    }
    EXPECT_EQ(c.levels.back().test, LevelTest::kElse) << c.name;
  }
  for (std::string_view col : {"given_name", "surname", "address_1", "suburb",
                               "postcode", "date_of_birth"}) {
    EXPECT_EQ(compared.count(std::string(col)), 1u) << col;
  }
  for (std::string_view col : {"rec_id", "state"}) {
    EXPECT_EQ(compared.count(std::string(col)), 0u) << col;
  }
  const ComparisonSpec* birth = FindComparison(comps, "birth_date");
  const ComparisonSpec* postcode = FindComparison(comps, "postcode");
  ASSERT_NE(birth, nullptr);
  ASSERT_NE(postcode, nullptr);
  EXPECT_EQ(birth->columns, std::vector<std::string>{"date_of_birth"});
  EXPECT_EQ(postcode->columns, std::vector<std::string>{"postcode"});
  bool typo = false;
  for (const LevelSpec& l : birth->levels) typo |= l.test == LevelTest::kDateTypo;
  EXPECT_TRUE(typo);
  // Given and family name are compared as one name, so that swapped parts
  // ("Taylor", "Julia") still agree.
  const ComparisonSpec* name = FindComparison(comps, "name");
  ASSERT_NE(name, nullptr);
  EXPECT_EQ(name->columns,
            (std::vector<std::string>{"given_name", "surname"}));
  ASSERT_TRUE(name->kind.has_value());
  EXPECT_EQ(*name->kind, Kind::kPersonName);
}

// ------------------------------------------------ default blocking rules ----

TEST(DefaultBlockingRules, ContactsHeader) {
  const Schema schema = SchemaOf(kContactsHeader);
  std::vector<BlockingRule> rules = DefaultBlockingRules(schema);
  ASSERT_FALSE(rules.empty());
  std::set<std::vector<std::string>> texts;
  std::set<std::string> names;
  for (const BlockingRule& r : rules) {
    ASSERT_FALSE(r.keys.empty());
    EXPECT_TRUE(names.insert(r.name).second) << "duplicate rule " << r.name;
    texts.insert(RuleTexts(r));
    for (const KeyPart& k : r.keys) {
      for (const std::string& col : SplitPlus(k.column)) {
        EXPECT_GE(schema.Find(col), 0) << k.column;
      }
      EXPECT_NE(k.column, "id");
      EXPECT_NE(k.column, "updated_at");
      EXPECT_NE(k.column, "source");
    }
  }
  EXPECT_EQ(texts.count({"phone"}), 1u);
  EXPECT_EQ(texts.count({"email"}), 1u);
  EXPECT_EQ(texts.count({"full_name:sorted"}), 1u);
  // The company with the name prefix.
  bool company_with_name = false;
  for (const auto& t : texts) {
    company_with_name |= t.size() == 2 && t[0] == "company" &&
                         t[1].rfind("full_name:prefix:", 0) == 0;
  }
  EXPECT_TRUE(company_with_name);
  // Every rule parses back from its own name when it was made of key texts.
  for (const BlockingRule& r : rules) {
    std::vector<std::string> t = RuleTexts(r);
    std::string joined;
    for (size_t i = 0; i < t.size(); ++i) joined += (i ? "+" : "") + t[i];
    EXPECT_EQ(r.name, joined);
  }
}

TEST(DefaultBlockingRules, FebrlHeader) {
  const Schema schema = SchemaOf(kFebrlHeader);
  std::vector<BlockingRule> rules = DefaultBlockingRules(schema);
  ASSERT_FALSE(rules.empty());
  std::set<std::string> used;
  for (const BlockingRule& r : rules) {
    for (const KeyPart& k : r.keys) {
      // A key's column is a header name, or several joined with '+'.
      for (const std::string& col : SplitPlus(k.column)) {
        EXPECT_GE(schema.Find(col), 0) << k.column;
        used.insert(col);
      }
    }
    // No rule blocks on one name part alone: "smith" is too common.
    if (r.keys.size() == 1) {
      EXPECT_NE(r.keys[0].column, "surname");
      EXPECT_NE(r.keys[0].column, "given_name");
    }
  }
  EXPECT_EQ(used.count("surname"), 1u);
  EXPECT_EQ(used.count("given_name"), 1u);
  EXPECT_EQ(used.count("date_of_birth"), 1u);
  EXPECT_EQ(used.count("rec_id"), 0u);
  EXPECT_EQ(used.count("state"), 0u);
}

TEST(DefaultBlockingRules, NoNameNoNameRules) {
  const Schema schema = SchemaOf({"id", "SĐT", "邮箱"});
  std::vector<BlockingRule> rules = DefaultBlockingRules(schema);
  ASSERT_EQ(rules.size(), 2u);
  EXPECT_EQ(RuleTexts(rules[0]), std::vector<std::string>{"SĐT"});
  EXPECT_EQ(RuleTexts(rules[1]), std::vector<std::string>{"邮箱"});
}

// ----------------------------------------------------------- ConfigToJson ----

void ExpectSameComparisons(const std::vector<ComparisonSpec>& a,
                           const std::vector<ComparisonSpec>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].name, b[i].name);
    EXPECT_EQ(a[i].columns, b[i].columns);
    ASSERT_EQ(a[i].levels.size(), b[i].levels.size()) << a[i].name;
    for (size_t k = 0; k < a[i].levels.size(); ++k) {
      const LevelSpec& x = a[i].levels[k];
      const LevelSpec& y = b[i].levels[k];
      EXPECT_EQ(x.name, y.name);
      EXPECT_EQ(x.test, y.test) << a[i].name << "." << x.name;
      EXPECT_DOUBLE_EQ(x.threshold, y.threshold) << a[i].name << "." << x.name;
      if (x.m > 0) {
        EXPECT_DOUBLE_EQ(x.m, y.m) << a[i].name << "." << x.name;
      }
      if (x.u > 0) {
        EXPECT_DOUBLE_EQ(x.u, y.u) << a[i].name << "." << x.name;
      }
    }
  }
}

TEST(ConfigToJson, DefaultsReadBack) {
  for (const std::vector<std::string>* header : {&kContactsHeader, &kFebrlHeader}) {
    const Config config;
    const Schema schema = SchemaOf(*header);
    const std::string json = ConfigToJson(config, schema);
    absl::StatusOr<Config> back = Config::FromJson(json);
    ASSERT_TRUE(back.ok()) << back.status() << "\n" << json;
    // Spelled out: the comparisons and rules as they will be used.
    ExpectSameComparisons(back->comparisons, DefaultComparisons(schema));
    std::vector<BlockingRule> rules = DefaultBlockingRules(schema);
    ASSERT_EQ(back->blocking.rules.size(), rules.size());
    for (size_t i = 0; i < rules.size(); ++i) {
      EXPECT_EQ(back->blocking.rules[i].name, rules[i].name);
      EXPECT_EQ(RuleTexts(back->blocking.rules[i]), RuleTexts(rules[i]));
    }
    EXPECT_EQ(back->default_region, config.default_region);
    EXPECT_EQ(back->blocking.max_block_size, config.blocking.max_block_size);
    EXPECT_EQ(back->blocking.window, config.blocking.window);
    EXPECT_DOUBLE_EQ(back->threshold, config.threshold);
    EXPECT_DOUBLE_EQ(back->duplicates_per_row, config.duplicates_per_row);
    EXPECT_EQ(back->training.random_pairs, config.training.random_pairs);
    EXPECT_EQ(back->training.seed, config.training.seed);
    // The columns, as resolved, resolve again to the same schema.
    absl::StatusOr<Schema> again = ResolveSchema(*back, *header);
    ASSERT_TRUE(again.ok()) << again.status();
    ASSERT_EQ(again->columns.size(), schema.columns.size());
    for (size_t i = 0; i < schema.columns.size(); ++i) {
      EXPECT_EQ(again->columns[i].kind, schema.columns[i].kind) << (*header)[i];
      EXPECT_EQ(again->columns[i].role, schema.columns[i].role) << (*header)[i];
    }
    EXPECT_EQ(again->record_id, schema.record_id);
    EXPECT_EQ(again->country, schema.country);
  }
}

TEST(ConfigToJson, FullExampleReadsBack) {
  absl::StatusOr<Config> config = Config::FromJson(kFullConfig);
  ASSERT_TRUE(config.ok()) << config.status();
  const std::vector<std::string> header = {"id", "full_name", "mobile", "city"};
  absl::StatusOr<Schema> schema = ResolveSchema(*config, header);
  ASSERT_TRUE(schema.ok()) << schema.status();
  const std::string json = ConfigToJson(*config, *schema);
  absl::StatusOr<Config> back = Config::FromJson(json);
  // The "close" level gives no m or u (config.h's own example): what is
  // written must still be a config FromJson reads.
  ASSERT_TRUE(back.ok()) << back.status() << "\n" << json;
  ExpectSameComparisons(back->comparisons, config->comparisons);
  ASSERT_EQ(back->blocking.rules.size(), 2u);
  EXPECT_EQ(RuleTexts(back->blocking.rules[1]),
            (std::vector<std::string>{"full_name:sorted", "city"}));
  ASSERT_TRUE(back->cannot_link.has_value());
  EXPECT_EQ(*back->cannot_link, *config->cannot_link);
  EXPECT_EQ(back->blocking.oversized, OversizedBlocks::kWindow);
}

TEST(ConfigToJson, PriorAndSkipReadBack) {
  absl::StatusOr<Config> config = Config::FromJson(R"({
    "default_region": "TW", "prior": 0.001, "threshold": 0.8,
    "blocking": {"oversized": "skip", "max_block_size": 50, "window": 3,
                 "rules": [{"name": "ĐT", "keys": ["ĐT::last:9"]}]},
    "training": {"random_pairs": 1000, "max_iterations": 5, "seed": 42}})");
  ASSERT_TRUE(config.ok()) << config.status();
  const std::vector<std::string> header = {"Mã KH", "Họ tên", "ĐT:"};
  absl::StatusOr<Schema> schema = ResolveSchema(*config, header);
  ASSERT_TRUE(schema.ok()) << schema.status();
  absl::StatusOr<Config> back = Config::FromJson(ConfigToJson(*config, *schema));
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(back->default_region, "TW");
  ASSERT_TRUE(back->prior.has_value());
  EXPECT_DOUBLE_EQ(*back->prior, 0.001);
  EXPECT_DOUBLE_EQ(back->threshold, 0.8);
  EXPECT_EQ(back->blocking.oversized, OversizedBlocks::kSkip);
  EXPECT_EQ(back->blocking.max_block_size, 50u);
  EXPECT_EQ(back->blocking.window, 3u);
  ASSERT_EQ(back->blocking.rules.size(), 1u);
  EXPECT_EQ(back->blocking.rules[0].name, "ĐT");
  EXPECT_EQ(back->blocking.rules[0].keys[0].column, "ĐT:");
  EXPECT_EQ(back->blocking.rules[0].keys[0].transform, KeyTransform::kLast);
  EXPECT_EQ(back->training.random_pairs, 1000u);
  EXPECT_EQ(back->training.max_iterations, 5);
  EXPECT_EQ(back->training.seed, 42u);
}

}  // namespace
}  // namespace dqe

namespace {

TEST(ConfigStrongEvidence, DefaultNullAndErrors) {
  EXPECT_EQ(dqe::Config::FromJson("{}")->cannot_link_strong_evidence, 23.0);
  EXPECT_TRUE(std::isinf(
      dqe::Config::FromJson(R"({"cannot_link_strong_evidence": null})")->cannot_link_strong_evidence));
  EXPECT_EQ(dqe::Config::FromJson(R"({"cannot_link_strong_evidence": 30})")->cannot_link_strong_evidence,
            30.0);
  EXPECT_THAT(std::string(dqe::Config::FromJson(R"({"cannot_link_strong_evidence": -1})")
                              .status()
                              .message()),
              ::testing::HasSubstr("cannot_link_strong_evidence: must not be negative"));
  EXPECT_THAT(std::string(dqe::Config::FromJson(R"({"cannot_link_strong_evidence": "high"})")
                              .status()
                              .message()),
              ::testing::HasSubstr("cannot_link_strong_evidence: expected a number"));
}

}  // namespace
