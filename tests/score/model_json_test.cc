// Model JSON: exact round trips, and an error naming the JSON path for every
// way a hand-edited or foreign model file can be wrong.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "dqe/score.h"

namespace dqe {
namespace {

using ::testing::HasSubstr;

// The model of the header's comment.
constexpr std::string_view kExample = R"({"dqe_model": 1,
 "prior": 0.0003,
 "comparisons": [
   {"name": "name", "levels": [
      {"name": "exact", "m": 0.82, "u": 0.0001},
      {"name": "close", "m": 0.12, "u": 0.002},
      {"name": "different", "m": 0.06, "u": 0.9979}]}]})";

void ExpectSameModel(const Model& a, const Model& b) {
  // Bitwise: EXPECT_EQ on doubles is exact.
  EXPECT_EQ(a.prior, b.prior);
  ASSERT_EQ(a.comparisons.size(), b.comparisons.size());
  for (size_t c = 0; c < a.comparisons.size(); ++c) {
    EXPECT_EQ(a.comparisons[c].name, b.comparisons[c].name);
    ASSERT_EQ(a.comparisons[c].levels.size(), b.comparisons[c].levels.size());
    for (size_t l = 0; l < a.comparisons[c].levels.size(); ++l) {
      const LevelModel& x = a.comparisons[c].levels[l];
      const LevelModel& y = b.comparisons[c].levels[l];
      EXPECT_EQ(x.name, y.name);
      EXPECT_EQ(x.m, y.m) << c << "/" << l;
      EXPECT_EQ(x.u, y.u) << c << "/" << l;
    }
  }
}

TEST(ModelJsonTest, ReadsTheHeaderExample) {
  absl::StatusOr<Model> model = Model::FromJson(kExample);
  ASSERT_TRUE(model.ok()) << model.status();
  EXPECT_EQ(model->prior, 0.0003);
  ASSERT_EQ(model->comparisons.size(), 1u);
  EXPECT_EQ(model->comparisons[0].name, "name");
  ASSERT_EQ(model->comparisons[0].levels.size(), 3u);
  EXPECT_EQ(model->comparisons[0].levels[0].name, "exact");
  EXPECT_EQ(model->comparisons[0].levels[0].m, 0.82);
  EXPECT_EQ(model->comparisons[0].levels[0].u, 0.0001);
  EXPECT_EQ(model->comparisons[0].levels[2].name, "different");
  EXPECT_EQ(model->comparisons[0].levels[2].u, 0.9979);
}

TEST(ModelJsonTest, WritesAFixedReadableLayout) {
  absl::StatusOr<Model> model = Model::FromJson(kExample);
  ASSERT_TRUE(model.ok()) << model.status();
  EXPECT_EQ(model->ToJson(), R"({
  "dqe_model": 1,
  "prior": 0.0003,
  "comparisons": [
    {
      "name": "name",
      "levels": [
        {"name": "exact", "m": 0.82, "u": 0.0001},
        {"name": "close", "m": 0.12, "u": 0.002},
        {"name": "different", "m": 0.06, "u": 0.9979}
      ]
    }
  ]
}
)");
}

TEST(ModelJsonTest, RoundTripIsExact) {
  Model model;
  model.prior = 0.1 + 0.2;  // 0.30000000000000004
  model.comparisons.push_back(
      {"họ tên / 姓名",
       {{"exact", 1.0, std::nextafter(1.0, 0.0)},
        {"close \"quoted\"\n\\", 1e-300, std::numeric_limits<double>::min()},
        {"tiny", std::numeric_limits<double>::denorm_min(), 1.0 / 3.0}}});
  model.comparisons.push_back({"phone", {{"e164", 2.0 / 3.0, 1e-6}}});
  absl::StatusOr<Model> back = Model::FromJson(model.ToJson());
  ASSERT_TRUE(back.ok()) << back.status() << "\n" << model.ToJson();
  ExpectSameModel(model, *back);
  EXPECT_EQ(back->ToJson(), model.ToJson());
}

TEST(ModelJsonTest, RoundTripIsExactOnRandomDoubles) {
  std::mt19937_64 rng(20240611);
  for (int trial = 0; trial < 200; ++trial) {
    Model model;
    // Random bit patterns in (0, 1): every exponent, every mantissa.
    auto random_probability = [&rng] {
      for (;;) {
        const uint64_t bits =
            rng() & 0x3FFFFFFFFFFFFFFFull;  // sign 0, exponent < 1024
        double v;
        std::memcpy(&v, &bits, sizeof v);
        if (v > 0.0 && v < 1.0) return v;
      }
    };
    model.prior = random_probability();
    for (int c = 0; c < 3; ++c) {
      ComparisonModel comparison{absl::StrCat("c", c), {}};
      for (int l = 0; l < 4; ++l) {
        comparison.levels.push_back(
            {absl::StrCat("l", l), random_probability(), random_probability()});
      }
      model.comparisons.push_back(comparison);
    }
    absl::StatusOr<Model> back = Model::FromJson(model.ToJson());
    ASSERT_TRUE(back.ok()) << back.status() << "\n" << model.ToJson();
    ExpectSameModel(model, *back);
  }
}

TEST(ModelJsonTest, EmptyComparisonListRoundTrips) {
  Model model;
  absl::StatusOr<Model> back = Model::FromJson(model.ToJson());
  ASSERT_TRUE(back.ok()) << back.status() << "\n" << model.ToJson();
  ExpectSameModel(model, *back);
}

TEST(ModelJsonTest, IntegerProbabilityOneIsANumber) {
  absl::StatusOr<Model> model = Model::FromJson(
      R"({"dqe_model": 1, "prior": 0.5, "comparisons": [
          {"name": "id", "levels": [{"name": "exact", "m": 1, "u": 1e-6}]}]})");
  ASSERT_TRUE(model.ok()) << model.status();
  EXPECT_EQ(model->comparisons[0].levels[0].m, 1.0);
}

TEST(ModelJsonTest, NonFiniteNumbersAreWrittenAsNullAndRejected) {
  Model model;
  model.prior = std::numeric_limits<double>::quiet_NaN();
  const std::string json = model.ToJson();
  EXPECT_THAT(json, HasSubstr("\"prior\": null"));
  absl::StatusOr<Model> back = Model::FromJson(json);
  ASSERT_FALSE(back.ok());
  EXPECT_THAT(std::string(back.status().message()),
              HasSubstr("prior: must be a number in (0, 1), got null"));
}

TEST(ModelJsonTest, InvalidUtf8NamesDoNotThrowOnWrite) {
  Model model;
  model.comparisons.push_back({"bad \xFF name", {{"exact", 0.9, 0.1}}});
  const std::string json = model.ToJson();  // must not throw
  absl::StatusOr<Model> back = Model::FromJson(json);
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(back->comparisons[0].name, "bad \xEF\xBF\xBD name");  // U+FFFD
}

struct ErrorCase {
  const char* what;
  std::string json;
  const char* message;  // a substring of the error
};

// A valid model to break in one place at a time.
std::string Valid(std::string_view comparisons_tail = "") {
  return std::string(R"({"dqe_model": 1, "prior": 0.01, "comparisons": [
    {"name": "name", "levels": [{"name": "exact", "m": 0.9, "u": 0.01},
                                {"name": "different", "m": 0.1, "u": 0.99}]},
    {"name": "email", "levels": [{"name": "exact", "m": 0.8, "u": 0.001}]})") +
         std::string(comparisons_tail) + "]}";
}

std::string Replace(const std::string& from, const std::string& to) {
  const std::string valid = Valid();
  EXPECT_NE(valid.find(from), std::string::npos) << from;
  return absl::StrReplaceAll(valid, {{from, to}});
}

class ModelJsonErrorTest : public testing::TestWithParam<ErrorCase> {};

TEST_P(ModelJsonErrorTest, NamesThePathAndTheProblem) {
  const ErrorCase& c = GetParam();
  absl::StatusOr<Model> model = Model::FromJson(c.json);
  ASSERT_FALSE(model.ok()) << c.what;
  EXPECT_EQ(model.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(model.status().message()), HasSubstr(c.message))
      << c.json;
}

INSTANTIATE_TEST_SUITE_P(
    All, ModelJsonErrorTest,
    testing::Values(
        // Not a model at all.
        ErrorCase{"empty", "", "model: not valid JSON"},
        ErrorCase{"not json", "dqe_model = 1",
                  "model: not valid JSON: parse error at line 1"},
        ErrorCase{"csv", "name,phone\nAn,0912345678\n",
                  "model: not valid JSON"},
        ErrorCase{"truncated", Valid().substr(0, 60),
                  "unexpected end of input"},
        ErrorCase{"trailing garbage", Valid() + " {}", "model: not valid JSON"},
        ErrorCase{"trailing comma", Replace("0.99}]", "0.99},]"),
                  "model: not valid JSON"},
        ErrorCase{"non-UTF-8 in a string",
                  Replace("\"email\"", "\"e\xFFmail\""),
                  "model: not UTF-8: invalid byte 0xFF at byte"},
        ErrorCase{"Latin-1 file",
                  "{\"dqe_model\": 1,\n \"prior\": 0.01, \"comparisons\": "
                  "[{\"name\": \"t\xE9l\xE9phone\"}]}",
                  "invalid byte 0xE9 at byte 60 (line 2, column 44)"},
        ErrorCase{"overlong encoding", Replace("\"email\"", "\"\xC0\xAF\""),
                  "not UTF-8"},
        ErrorCase{"lone surrogate escape", Replace("\"email\"", "\"\\ud800\""),
                  "model: not valid JSON"},
        ErrorCase{"number overflow", Replace("0.01,", "1e400,"),
                  "model: not valid JSON"},
        ErrorCase{"array root", "[1, 2]",
                  "model: must be a JSON object, got an array"},
        ErrorCase{"string root", "\"model\"", "model: must be a JSON object"},
        ErrorCase{"duplicate key",
                  Replace("\"m\": 0.9,", "\"m\": 0.9, \"m\": 0.5,"),
                  "comparisons[0].levels[0].m: duplicate key"},
        ErrorCase{
            "duplicate top key",
            Replace("\"prior\": 0.01,", "\"prior\": 0.01, \"prior\": 0.02,"),
            "prior: duplicate key"},
        // The version.
        ErrorCase{"no version", Replace("\"dqe_model\": 1,", ""),
                  "dqe_model: missing; a dqe model is an object"},
        ErrorCase{"newer version",
                  Replace("\"dqe_model\": 1", "\"dqe_model\": 2"),
                  "dqe_model: the model has format version 2, written by a "
                  "newer dqe; this dqe reads version 1"},
        ErrorCase{"newer version with new keys",
                  Replace("\"dqe_model\": 1",
                          "\"dqe_model\": 7, \"calibration\": {}"),
                  "format version 7, written by a newer dqe"},
        ErrorCase{"version 0", Replace("\"dqe_model\": 1", "\"dqe_model\": 0"),
                  "dqe_model: must be the format version 1, got 0"},
        ErrorCase{"negative version",
                  Replace("\"dqe_model\": 1", "\"dqe_model\": -1"),
                  "dqe_model: must be the format version 1, got -1"},
        ErrorCase{
            "version as string",
            Replace("\"dqe_model\": 1", "\"dqe_model\": \"1\""),
            "dqe_model: must be the format version 1, got the string \"1\""},
        // Top-level keys.
        ErrorCase{"unknown top key",
                  Replace("\"prior\"", "\"threshold\": 3, \"prior\""),
                  "model: unknown key \"threshold\" (expected dqe_model, "
                  "prior, comparisons)"},
        ErrorCase{"typo", Replace("\"prior\"", "\"prio\""),
                  "model: unknown key \"prio\""},
        ErrorCase{"no prior", Replace("\"prior\": 0.01,", ""),
                  "prior: missing"},
        ErrorCase{"no comparisons", R"({"dqe_model": 1, "prior": 0.01})",
                  "comparisons: missing"},
        ErrorCase{"prior as string", Replace("0.01,", "\"0.01\","),
                  "prior: must be a number in (0, 1), got the string \"0.01\""},
        ErrorCase{"prior 0", Replace("0.01,", "0,"),
                  "prior: must be a number in (0, 1), got 0"},
        ErrorCase{"prior 1", Replace("0.01,", "1,"),
                  "prior: must be a number in (0, 1), got 1"},
        ErrorCase{"prior 1.0", Replace("0.01,", "1.0,"),
                  "prior: must be a number in (0, 1)"},
        ErrorCase{"prior negative", Replace("0.01,", "-0.5,"),
                  "prior: must be a number in (0, 1)"},
        ErrorCase{
            "comparisons object",
            R"({"dqe_model": 1, "prior": 0.01, "comparisons": {}})",
            "comparisons: must be an array of comparisons, got an object"},
        // Comparisons.
        ErrorCase{"comparison not object", Valid(", 3"),
                  "comparisons[2]: must be an object, got 3"},
        ErrorCase{
            "comparison unknown key",
            Valid(R"(, {"name": "x", "levels": [], "weight": 1})"),
            "comparisons[2]: unknown key \"weight\" (expected name, levels)"},
        ErrorCase{"comparison without name",
                  Valid(R"(, {"levels": [{"name": "a", "m": 0.5, "u": 0.5}]})"),
                  "comparisons[2].name: missing"},
        ErrorCase{"comparison without levels", Valid(R"(, {"name": "x"})"),
                  "comparisons[2].levels: missing"},
        ErrorCase{"comparison name number",
                  Replace("\"name\": \"email\"", "\"name\": 5"),
                  "comparisons[1].name: must be a non-empty string, got 5"},
        ErrorCase{"comparison name empty",
                  Replace("\"name\": \"email\"", "\"name\": \"\""),
                  "comparisons[1].name: must be a non-empty string"},
        ErrorCase{"no levels", Valid(R"(, {"name": "x", "levels": []})"),
                  "comparisons[2].levels: must have at least one level"},
        ErrorCase{
            "levels not array",
            Valid(R"(, {"name": "x", "levels": {"name": "a"}})"),
            "comparisons[2].levels: must be an array of levels, got an object"},
        ErrorCase{
            "duplicate comparison",
            Valid(
                R"(, {"name": "name", "levels": [{"name": "a", "m": 0.5, "u": 0.5}]})"),
            "comparisons[2].name: duplicate comparison name \"name\" "
            "(comparisons[0] has it too)"},
        // Levels.
        ErrorCase{
            "level not object",
            Replace("{\"name\": \"exact\", \"m\": 0.8, \"u\": 0.001}", "null"),
            "comparisons[1].levels[0]: must be an object, got null"},
        ErrorCase{"level unknown key",
                  Replace("\"m\": 0.8,", "\"m\": 0.8, \"weight\": 3,"),
                  "comparisons[1].levels[0]: unknown key \"weight\" (expected "
                  "name, m, u)"},
        ErrorCase{"level without m", Replace("\"m\": 0.8,", ""),
                  "comparisons[1].levels[0].m: missing"},
        ErrorCase{"level without u", Replace(", \"u\": 0.99", ""),
                  "comparisons[0].levels[1].u: missing"},
        ErrorCase{"level without name", Replace("\"name\": \"different\",", ""),
                  "comparisons[0].levels[1].name: missing"},
        ErrorCase{"m as string", Replace("0.9,", "\"0.9\","),
                  "comparisons[0].levels[0].m: must be a number in (0, 1], got "
                  "the string \"0.9\""},
        ErrorCase{
            "m zero", Replace("0.9,", "0,"),
            "comparisons[0].levels[0].m: must be a number in (0, 1], got 0"},
        ErrorCase{
            "m above one", Replace("0.8,", "1.5,"),
            "comparisons[1].levels[0].m: must be a number in (0, 1], got 1.5"},
        ErrorCase{
            "m negative", Replace("0.1,", "-0.1,"),
            "comparisons[0].levels[1].m: must be a number in (0, 1], got -0.1"},
        ErrorCase{
            "m bool", Replace("0.1,", "true,"),
            "comparisons[0].levels[1].m: must be a number in (0, 1], got true"},
        ErrorCase{"m array", Replace("0.1,", "[0.1],"),
                  "comparisons[0].levels[1].m: must be a number in (0, 1], got "
                  "an array"},
        ErrorCase{
            "u zero", Replace("0.99}", "0}"),
            "comparisons[0].levels[1].u: must be a number in (0, 1], got 0"},
        ErrorCase{
            "u null", Replace("0.001}", "null}"),
            "comparisons[1].levels[0].u: must be a number in (0, 1], got null"},
        ErrorCase{
            "duplicate level",
            Replace("\"name\": \"different\"", "\"name\": \"exact\""),
            "comparisons[0].levels[1].name: duplicate level name \"exact\" "
            "(comparisons[0].levels[0] has it too)"},
        ErrorCase{"level named missing",
                  Replace("\"name\": \"different\"", "\"name\": \"missing\""),
                  "comparisons[0].levels[1].name: \"missing\" is implicit"},
        ErrorCase{
            "level name empty",
            Replace("\"name\": \"different\"", "\"name\": \"\""),
            "comparisons[0].levels[1].name: must be a non-empty string"}));

TEST(ModelJsonTest, SameLevelNamesInDifferentComparisonsAreFine) {
  // Both comparisons of Valid() have an "exact" level.
  absl::StatusOr<Model> model = Model::FromJson(Valid());
  ASSERT_TRUE(model.ok()) << model.status();
  EXPECT_EQ(model->comparisons.size(), 2u);
}

TEST(ModelJsonTest, AcceptsAByteOrderMarkAndWhitespace) {
  absl::StatusOr<Model> model =
      Model::FromJson("\xEF\xBB\xBF\n  " + Valid() + "\n\n");
  ASSERT_TRUE(model.ok()) << model.status();
}

TEST(ModelJsonTest, DeepNestingIsAnErrorNotACrash) {
  const std::string deep =
      Replace("\"prior\": 0.01", "\"prior\": " + std::string(100000, '[') +
                                     std::string(100000, ']'));
  absl::StatusOr<Model> model = Model::FromJson(deep);
  ASSERT_FALSE(model.ok());
  EXPECT_THAT(std::string(model.status().message()),
              HasSubstr("prior: must be a number in (0, 1), got an array"));
}

}  // namespace
}  // namespace dqe
