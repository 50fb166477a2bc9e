// ValidateTable on real-looking CRM rows (Vietnamese, Chinese, Western): the
// codes, severities, messages and values users rely on, and the per-column
// completeness and validity.
#include <string>
#include <string_view>
#include <vector>

#include "dqe/config.h"
#include "dqe/schema.h"
#include "dqe/validate.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "src/io/csv_reader.h"

namespace dqe {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

// A table read from CSV text, kept alive with its views.
struct Fixture {
  internal::CsvTable csv;
  TableView view;
  Schema schema;
};

Fixture Load(const std::string& text, const std::string& config = "{}") {
  Fixture f;
  absl::StatusOr<internal::CsvTable> csv = internal::ReadCsv(text);
  EXPECT_TRUE(csv.ok());
  f.csv = *std::move(csv);
  f.view.header = f.csv.header();
  for (size_t c = 0; c < f.csv.num_columns(); ++c) {
    f.view.columns.push_back(f.csv.column(c));
  }
  f.view.num_rows = f.csv.num_rows();
  absl::StatusOr<Config> cfg = Config::FromJson(config);
  EXPECT_TRUE(cfg.ok()) << cfg.status();
  absl::StatusOr<Schema> schema = ResolveSchema(*cfg, f.csv.header());
  EXPECT_TRUE(schema.ok()) << schema.status();
  f.schema = *schema;
  return f;
}

ValidationSpec Spec(std::string_view json) {
  absl::StatusOr<ValidationSpec> spec = ValidationSpec::FromJson(json);
  EXPECT_TRUE(spec.ok()) << spec.status();
  return spec.ok() ? *spec : ValidationSpec();
}

ValidationResult Validate(const Fixture& f, const ValidationSpec& spec,
                          const ValidationOptions& options = {}) {
  absl::StatusOr<ValidationResult> r =
      ValidateTable(f.schema, spec, f.view, options);
  EXPECT_TRUE(r.ok()) << r.status();
  return r.ok() ? *std::move(r) : ValidationResult();
}

// "row:column:code" for each issue, e.g. "2:phone:invalid_phone".
std::vector<std::string> Codes(const ValidationResult& r) {
  std::vector<std::string> out;
  for (const ValidationIssue& i : r.issues) {
    out.push_back(std::to_string(i.row + 1) + ":" + i.column_name + ":" +
                  std::string(IssueCodeName(i.code)));
  }
  return out;
}

const std::string kHeader = "id,full_name,phone,email,city,country,updated_at\n";

TEST(ValidateTable, CleanRowsHaveNoIssues) {
  Fixture f = Load(kHeader +
           "C1,Nguyễn Văn An,0912 345 678,an.nguyen@gmail.com,Hà Nội,Việt Nam,2026-11-22\n"
           "C2,王秀英,+86 138 0013 8000,wang.xy@163.com,北京,中国,22/11/2026\n"
           "C3,Jennifer Smith,(650) 253-0000,jen@example.com,Mountain View,USA,\"Nov 22, 2026\"\n");
  ValidationResult r = Validate(f, ValidationSpec());
  EXPECT_THAT(Codes(r), IsEmpty());
  EXPECT_EQ(r.rows, 3u);
  EXPECT_EQ(r.errors, 0u);
  ASSERT_EQ(r.columns.size(), 7u);
  for (const ColumnValidationStats& s : r.columns) {
    EXPECT_EQ(s.rows, 3u) << s.column;
    EXPECT_EQ(s.present, 3u) << s.column;
    EXPECT_EQ(s.valid, 3u) << s.column;
    EXPECT_DOUBLE_EQ(s.completeness, 1.0);
    EXPECT_DOUBLE_EQ(s.validity, 1.0);
  }
}

TEST(ValidateTable, PhonesReadInTheRowsRegion) {
  Fixture f = Load(kHeader +
                   "C0012,Trần Thị Ngọc,0912 345,,,Việt Nam,\n"           // too short
                   "C0013,Lê Văn Nam,abc,,,VN,\n"                         // not a number
                   "C0014,陳美玲,+886 912 345 678,,,Việt Nam,\n"           // TW number, VN row
                   "C0015,陳美玲,0912 345 678,,,台灣,\n"                   // TW mobile, TW row
                   "C0016,Phạm Minh Tuấn,0168 123 4567,,,Việt Nam,\n");   // renumbered: valid
  ValidationResult r = Validate(f, ValidationSpec());
  EXPECT_THAT(Codes(r), ElementsAre("1:phone:invalid_phone", "2:phone:invalid_phone",
                                    "3:phone:phone_region_mismatch"));
  const ValidationIssue& short_phone = r.issues[0];
  EXPECT_EQ(short_phone.id, "C0012");
  EXPECT_EQ(short_phone.rule, "format");
  EXPECT_EQ(short_phone.severity, Severity::kError);
  EXPECT_EQ(short_phone.value, "0912 345");
  EXPECT_THAT(short_phone.message,
              HasSubstr("row 1 (id C0012), column phone: \"0912 345\" is not a "
                        "valid phone number for VN"));
  EXPECT_THAT(r.issues[1].message, HasSubstr("\"abc\" is not a valid phone number"));
  const ValidationIssue& mismatch = r.issues[2];
  EXPECT_EQ(mismatch.severity, Severity::kWarning);
  EXPECT_EQ(mismatch.rule, "phone_matches_country");
  EXPECT_THAT(mismatch.message, HasSubstr("is a number of TW"));
  EXPECT_THAT(mismatch.message, HasSubstr("\"Việt Nam\" (VN)"));
  // Warnings leave the cell valid: 3 of 5 phones are valid.
  EXPECT_EQ(r.columns[2].present, 5u);
  EXPECT_EQ(r.columns[2].valid, 3u);
  EXPECT_DOUBLE_EQ(r.columns[2].validity, 0.6);
  EXPECT_EQ(r.errors, 2u);
  EXPECT_EQ(r.warnings, 1u);
  EXPECT_EQ(r.issues_by_code[static_cast<size_t>(IssueCode::kInvalidPhone)], 2u);
}

TEST(ValidateTable, PhoneRegionCheckCanBeTurnedOff) {
  Fixture f = Load(kHeader + "C1,陳美玲,+886 912 345 678,,,Việt Nam,\n");
  EXPECT_THAT(Codes(Validate(f, Spec(R"({"phone_matches_country": false})"))),
              IsEmpty());
}

TEST(ValidateTable, RowsWithoutCountryUseTheDefaultRegion) {
  Fixture f = Load("id,full_name,phone\nC1,Chen,0912 345 678\nC2,Chen,02 2712 3456\n");
  ValidationOptions tw;
  tw.default_region = "TW";
  EXPECT_THAT(Codes(Validate(f, ValidationSpec(), tw)), IsEmpty());
  // Read as Vietnamese, the Taipei landline is not a valid number.
  EXPECT_THAT(Codes(Validate(f, ValidationSpec())),
              ElementsAre("2:phone:invalid_phone"));
}

TEST(ValidateTable, Emails) {
  Fixture f = Load(kHeader +
                   "C1,Trần Ngọc,,ngoc.tran@@gmail.com,,,\n"
                   "C2,Lê Nam,,nam@gmial.com,,,\n"
                   "C3,Lê Nam,,  Mailto:Nam.Le+crm@GoogleMail.com,,,\n");
  ValidationResult r = Validate(f, ValidationSpec());
  EXPECT_THAT(Codes(r), ElementsAre("1:email:invalid_email", "2:email:email_typo_domain"));
  EXPECT_EQ(r.issues[0].severity, Severity::kError);
  EXPECT_EQ(r.issues[0].value, "ngoc.tran@@gmail.com");
  EXPECT_THAT(r.issues[0].message,
              HasSubstr("column email: \"ngoc.tran@@gmail.com\" is not a valid "
                        "e-mail address"));
  EXPECT_EQ(r.issues[1].severity, Severity::kWarning);
  EXPECT_THAT(r.issues[1].message, HasSubstr("gmial.com looks like a typo of gmail.com"));
  EXPECT_EQ(r.columns[3].valid, 2u);  // the typo is a warning only
  EXPECT_THAT(Codes(Validate(f, Spec(R"({"email_typos": false})"))),
              ElementsAre("1:email:invalid_email"));
}

TEST(ValidateTable, Dates) {
  Fixture f = Load(kHeader +
                   "C1,An,,,,,31/02/2026\n"
                   "C2,An,,,,,2026-13-01\n"
                   "C3,An,,,,,hôm qua\n"
                   "C4,An,,,,,2026年11月22日\n"
                   "C5,An,,,,,ngày 22 tháng 11 năm 2026\n"
                   "C6,An,,,,,29/02/2024\n");
  ValidationResult r = Validate(f, ValidationSpec());
  EXPECT_THAT(Codes(r), ElementsAre("1:updated_at:invalid_date",
                                    "2:updated_at:invalid_date",
                                    "3:updated_at:invalid_date"));
  EXPECT_THAT(r.issues[0].message,
              HasSubstr("column updated_at: \"31/02/2026\" is not a valid date"));
}

TEST(ValidateTable, DateOrderFollowsTheSpec) {
  Fixture f = Load("id,updated_at\nC1,02/13/2026\nC2,13/02/2026\n");
  // A date with a number above 12 reads itself whatever the order.
  EXPECT_THAT(Codes(Validate(f, ValidationSpec())), IsEmpty());
  EXPECT_THAT(Codes(Validate(f, Spec(R"({"date_day_first": false})"))), IsEmpty());
}

TEST(ValidateTable, RequiredAndAtLeastOne) {
  Fixture f = Load(kHeader +
                   "C1,,0912 345 678,,,,\n"       // no name
                   "C2,Nguyễn Văn An,,,,,\n"       // neither phone nor email
                   "C3,N/A,,  ,,,\n"               // a placeholder name, blank email
                   "C4,Wei Zhang,,wei@example.com,,,\n");
  ValidationResult r = Validate(
      f, Spec(R"({"required": ["full_name"], "at_least_one": [["phone", "email"]]})"));
  EXPECT_THAT(Codes(r), ElementsAre("1:full_name:required_missing",
                                    "2:phone|email:at_least_one_missing",
                                    "3:full_name:required_missing",
                                    "3:phone|email:at_least_one_missing"));
  EXPECT_EQ(r.issues[0].rule, "required");
  EXPECT_THAT(r.issues[0].message, HasSubstr("row 1 (id C1), column full_name: required but empty"));
  EXPECT_EQ(r.issues[1].column, -1);
  EXPECT_EQ(r.issues[1].rule, "at_least_one");
  EXPECT_THAT(r.issues[1].message, HasSubstr("row 2 (id C2): neither phone nor email is given"));
  EXPECT_THAT(r.issues[2].message, HasSubstr("\"N/A\" stands for no value"));
  EXPECT_EQ(r.rows_with_errors, 3u);
  // Completeness counts placeholders and blanks as missing.
  EXPECT_EQ(r.columns[1].present, 2u);
  EXPECT_DOUBLE_EQ(r.columns[1].completeness, 0.5);
  EXPECT_EQ(r.columns[3].present, 1u);
  EXPECT_DOUBLE_EQ(r.columns[3].completeness, 0.25);
}

TEST(ValidateTable, RequiredFromTheConfigColumns) {
  Fixture f = Load(kHeader + "C1,,0912 345 678,,,,\n",
                   R"({"columns": [{"name": "full_name", "required": true}]})");
  EXPECT_THAT(Codes(Validate(f, ValidationSpec())),
              ElementsAre("1:full_name:required_missing"));
}

TEST(ValidateTable, PicklistsMatchAfterFolding) {
  Fixture f = Load(kHeader +
                   "C1,An,,,hà nội,,\n"
                   "C2,An,,,HÀ NỘI,,\n"
                   "C3,An,,,Ha Noi,,\n"
                   "C4,An,,,Hanoi,,\n"
                   "C5,An,,,TP. Hồ Chí Minh,,\n"
                   "C6,An,,,Hà Nam,,\n"
                   "C7,An,,,Gotham,,\n"
                   "C8,An,,,,,\n");
  ValidationResult r = Validate(f, Spec(R"({"picklists": [{"column": "city",
      "values": ["Hà Nội", "TP. Hồ Chí Minh", "Đà Nẵng"]}]})"));
  EXPECT_THAT(Codes(r), ElementsAre("6:city:not_in_picklist", "7:city:not_in_picklist"));
  EXPECT_THAT(r.issues[0].message,
              HasSubstr("\"Hà Nam\" is not one of the allowed values (Hà Nội, "
                        "TP. Hồ Chí Minh, Đà Nẵng)"));
  EXPECT_EQ(r.issues[0].rule, "picklist");
  EXPECT_EQ(r.columns[4].present, 7u);
  EXPECT_EQ(r.columns[4].valid, 5u);
}

TEST(ValidateTable, PicklistOfHanValues) {
  Fixture f = Load("id,city\nC1,臺北\nC2,台北\nC3,高雄\n");
  EXPECT_THAT(Codes(Validate(f, Spec(R"({"picklists": [{"column": "city", "values": ["台北", "台中"]}]})"))),
              ElementsAre("3:city:not_in_picklist"));
}

TEST(ValidateTable, MaxLengthCountsCharacters) {
  Fixture f = Load("id,full_name\nC1,Nguyễn Thị Minh Khai\nC2,Nguyễn Thị Minh Khaii\n");
  // "Nguyễn Thị Minh Khai" is 20 characters (and 25 bytes).
  ValidationResult r = Validate(f, Spec(R"({"max_length": {"full_name": 20}})"));
  EXPECT_THAT(Codes(r), ElementsAre("2:full_name:too_long"));
  EXPECT_THAT(r.issues[0].message, HasSubstr("is 21 characters long, more than the 20 allowed"));
  EXPECT_EQ(r.issues[0].value, "Nguyễn Thị Minh Khaii");
}

TEST(ValidateTable, SeverityOverrides) {
  Fixture f = Load("id,full_name\nC1,Nguyễn Thị Minh Khaii\n");
  ValidationResult r = Validate(
      f, Spec(R"({"max_length": {"full_name": 5}, "severity": {"too_long": "warning"}})"));
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].severity, Severity::kWarning);
  EXPECT_EQ(r.columns[1].valid, 1u);
}

TEST(ValidateTable, InvalidUtf8IsReportedEscaped) {
  Fixture f = Load("id,full_name,phone\nC1502,J\xFCrgen Schr\xF6" "der,+49 89 7654321\n");
  ValidationResult r = Validate(f, ValidationSpec());
  EXPECT_THAT(Codes(r), ElementsAre("1:full_name:invalid_utf8"));
  EXPECT_EQ(r.issues[0].value, "J\\xFCrgen Schr\\xF6der");
  EXPECT_THAT(r.issues[0].message, HasSubstr("is not valid UTF-8 (at byte 2)"));
  EXPECT_EQ(r.columns[1].valid, 0u);
  EXPECT_EQ(r.columns[2].valid, 1u);  // the rest of the row is checked
}

TEST(ValidateTable, RaggedRowsFromTheReaderAreNotChecked) {
  Fixture f = Load(kHeader + "C1,An,abc,,,,\nC2,Bình,abc\nC3,Chi,abc,,,,\n");
  std::vector<InputIssue> input(1);
  input[0].row = 1;
  input[0].code = IssueCode::kRaggedRow;
  input[0].message = "line 3: the record has 3 fields, the header has 7";
  input[0].value = "C2,Bình,abc";
  ValidationOptions options;
  options.input_issues = input;
  ValidationResult r = Validate(f, ValidationSpec(), options);
  EXPECT_THAT(Codes(r), ElementsAre("1:phone:invalid_phone", "2::ragged_row",
                                    "3:phone:invalid_phone"));
  EXPECT_EQ(r.issues[1].rule, "input");
  EXPECT_EQ(r.issues[1].message,
            "row 2 (id C2): line 3: the record has 3 fields, the header has 7");
  EXPECT_EQ(r.rows_skipped, 1u);
  EXPECT_EQ(r.columns[2].rows, 2u);
}

TEST(ValidateTable, NoIdColumnUsesRowNumbers) {
  Fixture f = Load("full_name,phone\nAn,abc\n");
  ValidationResult r = Validate(f, ValidationSpec());
  ASSERT_EQ(r.issues.size(), 1u);
  EXPECT_EQ(r.issues[0].id, "1");
  EXPECT_THAT(r.issues[0].message, HasSubstr("row 1, column phone: \"abc\""));
}

TEST(ValidateTable, FormatsCanBeTurnedOff) {
  Fixture f = Load(kHeader + "C1,An,abc,x@@y,,,31/02/2026\n");
  EXPECT_THAT(Codes(Validate(f, Spec(R"({"formats": false})"))), IsEmpty());
}

TEST(ValidateTable, RulesNamingUnknownColumnsAreErrors) {
  Fixture f = Load(kHeader);
  absl::StatusOr<ValidationResult> r = ValidateTable(
      f.schema, Spec(R"({"required": ["full_name", "mobile"]})"), f.view);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(),
            "validation.required[1]: no column \"mobile\" in the header");
  r = ValidateTable(f.schema, Spec(R"({"max_length": {"notes": 10}})"), f.view);
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(r.status().message(), HasSubstr("validation.max_length.notes"));
}

TEST(ValidateTable, ManyRowsInParallelGiveTheSameIssuesInOrder) {
  std::string text = kHeader;
  for (int i = 0; i < 30000; ++i) {
    std::string id = "C";
    id += std::to_string(i);
    switch (i % 4) {
      case 0: text += id + ",Nguyễn Văn An,0912 345 678,an@gmail.com,Hà Nội,VN,2026-01-02\n"; break;
      case 1: text += id + ",,0912 345,an@gmial.com,Huế,VN,31/02/2026\n"; break;
      case 2: text += id + ",王伟,+886 912 345 678,,台北,中国,\n"; break;
      default: text += id + ",Bob,,,,,\n"; break;
    }
  }
  Fixture f = Load(text);
  ValidationSpec spec = Spec(R"({"required": ["full_name"], "at_least_one": [["phone", "email"]],
      "picklists": [{"column": "city", "values": ["Hà Nội", "Huế"]}]})");
  ValidationOptions one;
  one.threads = 1;
  ValidationResult serial = Validate(f, spec, one);
  ValidationResult parallel = Validate(f, spec);
  ASSERT_EQ(serial.issues.size(), parallel.issues.size());
  for (size_t i = 0; i < serial.issues.size(); ++i) {
    ASSERT_EQ(serial.issues[i].message, parallel.issues[i].message) << i;
  }
  for (size_t i = 1; i < serial.issues.size(); ++i) {
    ASSERT_LE(serial.issues[i - 1].row, serial.issues[i].row);
  }
  // Per 4 rows: required + invalid_phone + typo + invalid_date; mismatch + not
  // in picklist; at_least_one.
  EXPECT_EQ(serial.issues.size(), 7u * 7500);
  EXPECT_EQ(serial.rows_with_errors, 3u * 7500);
  EXPECT_EQ(serial.issues_by_code[static_cast<size_t>(IssueCode::kPhoneRegionMismatch)], 7500u);
  EXPECT_EQ(serial.columns[2].present, 22500u);
}

}  // namespace
}  // namespace dqe
