// ValidationSpec::FromJson: the "validation" object of the config, its
// defaults, and errors that name the JSON path.
#include <string>

#include "dqe/config.h"
#include "dqe/validate.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace dqe {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Pair;

TEST(ValidationSpec, DefaultsWithoutAValidationObject) {
  absl::StatusOr<Config> config = Config::FromJson("{}");
  ASSERT_TRUE(config.ok());
  EXPECT_EQ(config->validation_json, "");
  absl::StatusOr<ValidationSpec> spec = ValidationSpec::FromJson(config->validation_json);
  ASSERT_TRUE(spec.ok());
  EXPECT_THAT(spec->required, IsEmpty());
  EXPECT_THAT(spec->at_least_one, IsEmpty());
  EXPECT_TRUE(spec->formats);
  EXPECT_TRUE(spec->phone_matches_country);
  EXPECT_TRUE(spec->email_typos);
  EXPECT_TRUE(spec->date_day_first);
  EXPECT_EQ(spec->SeverityOf(IssueCode::kInvalidPhone), Severity::kError);
  EXPECT_EQ(spec->SeverityOf(IssueCode::kEmailTypoDomain), Severity::kWarning);
  EXPECT_EQ(spec->SeverityOf(IssueCode::kPhoneRegionMismatch), Severity::kWarning);
}

TEST(ValidationSpec, ReadsEveryKeyThroughTheConfig) {
  absl::StatusOr<Config> config = Config::FromJson(R"({
    "default_region": "VN",
    "validation": {
      "required": ["full_name", "phone"],
      "at_least_one": [["phone", "email"]],
      "formats": true,
      "picklists": [{"column": "city", "values": ["Hà Nội", "Đà Nẵng"]}],
      "max_length": {"full_name": 120, "address": 250},
      "phone_matches_country": false,
      "email_typos": false,
      "date_day_first": false,
      "missing_values": ["-", "không rõ"],
      "severity": {"too_long": "warning", "email_typo_domain": "error"}
    }})");
  ASSERT_TRUE(config.ok()) << config.status();
  absl::StatusOr<ValidationSpec> spec = ValidationSpec::FromJson(config->validation_json);
  ASSERT_TRUE(spec.ok()) << spec.status();
  EXPECT_THAT(spec->required, ElementsAre("full_name", "phone"));
  EXPECT_THAT(spec->at_least_one, ElementsAre(ElementsAre("phone", "email")));
  ASSERT_EQ(spec->picklists.size(), 1u);
  EXPECT_EQ(spec->picklists[0].column, "city");
  EXPECT_THAT(spec->picklists[0].values, ElementsAre("Hà Nội", "Đà Nẵng"));
  EXPECT_THAT(spec->max_length, ElementsAre(Pair("address", 250u), Pair("full_name", 120u)));
  EXPECT_FALSE(spec->phone_matches_country);
  EXPECT_FALSE(spec->email_typos);
  EXPECT_FALSE(spec->date_day_first);
  EXPECT_THAT(spec->missing_values, ElementsAre("-", "không rõ"));
  EXPECT_EQ(spec->SeverityOf(IssueCode::kTooLong), Severity::kWarning);
  EXPECT_EQ(spec->SeverityOf(IssueCode::kEmailTypoDomain), Severity::kError);
}

TEST(ValidationSpec, ConfigRejectsAValidationThatIsNotAnObject) {
  absl::StatusOr<Config> config = Config::FromJson(R"({"validation": []})");
  ASSERT_FALSE(config.ok());
  EXPECT_EQ(config.status().message(), "validation: expected an object, got an array");
}

TEST(ValidationSpec, ErrorsNameTheJsonPath) {
  struct Case {
    const char* json;
    const char* error;
  };
  const Case cases[] = {
      {R"({"picklists": [{"column": "city", "values": "Hà Nội"}]})",
       "validation.picklists[0].values: expected an array of strings, got a string"},
      {R"({"picklists": [{"column": "city", "values": ["Hà Nội", 3]}]})",
       "validation.picklists[0].values[1]: expected a string, got a number"},
      {R"({"picklists": [{"values": ["Hà Nội"]}]})",
       "validation.picklists[0]: a picklist needs a \"column\""},
      {R"({"picklists": [{"column": "city", "values": []}]})",
       "validation.picklists[0].values: expected a non-empty array of strings"},
      {R"({"required": "full_name"})",
       "validation.required: expected an array of column names, got a string"},
      {R"({"at_least_one": [["phone", "email"], "fax"]})",
       "validation.at_least_one[1]: expected an array of column names, got a string"},
      {R"({"max_length": {"full_name": "long"}})",
       "validation.max_length.full_name: expected a whole number, got a string"},
      {R"({"max_length": {"full_name": 0}})",
       "validation.max_length.full_name: must be at least 1"},
      {R"({"formats": "yes"})",
       "validation.formats: expected true or false, got a string"},
      {R"({"severity": {"invalid_fax": "error"}})",
       "validation.severity.invalid_fax: unknown code"},
      {R"({"severity": {"too_long": "fatal"}})",
       "validation.severity.too_long: expected \"error\" or \"warning\", got \"fatal\""},
      {R"({"requird": ["full_name"]})", "validation.requird: unknown key"},
  };
  for (const Case& c : cases) {
    absl::StatusOr<ValidationSpec> spec = ValidationSpec::FromJson(c.json);
    ASSERT_FALSE(spec.ok()) << c.json;
    EXPECT_EQ(spec.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_THAT(std::string(spec.status().message()), HasSubstr(c.error)) << c.json;
  }
}

TEST(IssueCodes, NamesAreStableAndRoundTrip) {
  EXPECT_EQ(IssueCodeName(IssueCode::kRequiredMissing), "required_missing");
  EXPECT_EQ(IssueCodeName(IssueCode::kAtLeastOneMissing), "at_least_one_missing");
  EXPECT_EQ(IssueCodeName(IssueCode::kInvalidPhone), "invalid_phone");
  EXPECT_EQ(IssueCodeName(IssueCode::kInvalidEmail), "invalid_email");
  EXPECT_EQ(IssueCodeName(IssueCode::kEmailTypoDomain), "email_typo_domain");
  EXPECT_EQ(IssueCodeName(IssueCode::kInvalidDate), "invalid_date");
  EXPECT_EQ(IssueCodeName(IssueCode::kNotInPicklist), "not_in_picklist");
  EXPECT_EQ(IssueCodeName(IssueCode::kTooLong), "too_long");
  EXPECT_EQ(IssueCodeName(IssueCode::kPhoneRegionMismatch), "phone_region_mismatch");
  EXPECT_EQ(IssueCodeName(IssueCode::kInvalidUtf8), "invalid_utf8");
  EXPECT_EQ(IssueCodeName(IssueCode::kRaggedRow), "ragged_row");
  for (size_t i = 0; i < kIssueCodeCount; ++i) {
    const IssueCode code = static_cast<IssueCode>(i);
    EXPECT_EQ(IssueCodeFromName(IssueCodeName(code)), code);
  }
  EXPECT_EQ(IssueCodeFromName("invalid_fax"), std::nullopt);
  EXPECT_EQ(SeverityName(Severity::kError), "error");
  EXPECT_EQ(SeverityName(Severity::kWarning), "warning");
}

}  // namespace
}  // namespace dqe
