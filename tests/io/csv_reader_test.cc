#include "src/io/csv_reader.h"

#include <cstdio>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace dqe::internal {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

CsvTable Read(std::string_view data) {
  absl::StatusOr<CsvTable> table = ReadCsv(data);
  EXPECT_TRUE(table.ok()) << table.status();
  return table.ok() ? std::move(*table) : CsvTable();
}

std::vector<std::string> Row(const CsvTable& table, size_t row) {
  std::vector<std::string> cells;
  for (size_t c = 0; c < table.num_columns(); ++c) {
    cells.emplace_back(table.cell(row, c));
  }
  return cells;
}

TEST(CsvReaderTest, ReadsHeaderAndRowsIntoColumns) {
  CsvTable table = Read("id,name,phone\n1,An,0912\n2,Bình,0913\n");
  EXPECT_THAT(table.header(), ElementsAre("id", "name", "phone"));
  ASSERT_EQ(table.num_rows(), 2u);
  EXPECT_THAT(Row(table, 0), ElementsAre("1", "An", "0912"));
  EXPECT_THAT(Row(table, 1), ElementsAre("2", "Bình", "0913"));
  EXPECT_THAT(table.column(1), ElementsAre("An", "Bình"));
  EXPECT_EQ(table.line(0), 2u);
  EXPECT_EQ(table.line(1), 3u);
  EXPECT_THAT(table.issues(), IsEmpty());
}

TEST(CsvReaderTest, QuotedFieldsKeepDelimitersQuotesAndSpaces) {
  CsvTable table = Read(
      "name,company\n"
      "\"Nguyen, Van An\",\"Công ty \"\"Minh Phát\"\"\"\n"
      "\"  padded  \",\"\"\n");
  ASSERT_EQ(table.num_rows(), 2u);
  EXPECT_THAT(Row(table, 0),
              ElementsAre("Nguyen, Van An", "Công ty \"Minh Phát\""));
  EXPECT_THAT(Row(table, 1), ElementsAre("  padded  ", ""));
  EXPECT_THAT(table.issues(), IsEmpty());
}

TEST(CsvReaderTest, EmbeddedLineBreaksStayInTheCellAndLinesCountOn) {
  CsvTable table = Read(
      "id,address\n"
      "1,\"12 Lê Lợi\nQuận 1\r\nTP HCM\"\n"
      "2,\"Taipei\"\n");
  ASSERT_EQ(table.num_rows(), 2u);
  EXPECT_EQ(table.cell(0, 1), "12 Lê Lợi\nQuận 1\r\nTP HCM");
  EXPECT_EQ(table.line(0), 2u);
  EXPECT_EQ(table.line(1), 5u);
}

TEST(CsvReaderTest, MixedLineEndings) {
  CsvTable table = Read("a,b\r\n1,2\n3,4\r5,6\r\n7,8");
  EXPECT_THAT(table.header(), ElementsAre("a", "b"));
  ASSERT_EQ(table.num_rows(), 4u);
  EXPECT_THAT(Row(table, 0), ElementsAre("1", "2"));
  EXPECT_THAT(Row(table, 1), ElementsAre("3", "4"));
  EXPECT_THAT(Row(table, 2), ElementsAre("5", "6"));
  EXPECT_THAT(Row(table, 3), ElementsAre("7", "8"));
  EXPECT_EQ(table.line(3), 5u);
  EXPECT_THAT(table.issues(), IsEmpty());
}

TEST(CsvReaderTest, EmptyLinesAreSkippedButCounted) {
  CsvTable table = Read("a,b\n\n1,2\n\r\n\n3,4\n\n");
  ASSERT_EQ(table.num_rows(), 2u);
  EXPECT_EQ(table.line(0), 3u);
  EXPECT_EQ(table.line(1), 6u);
}

TEST(CsvReaderTest, ByteOrderMarkIsDropped) {
  CsvTable table = Read("\xEF\xBB\xBFid,name\n1,An\n");
  EXPECT_THAT(table.header(), ElementsAre("id", "name"));
  EXPECT_THAT(table.issues(), IsEmpty());
}

TEST(CsvReaderTest, SpacesAroundUnquotedFieldsAreTrimmed) {
  // FEBRL writes a space after every comma.
  CsvTable table = Read(
      "rec_id, given_name, surname, postcode\n"
      "rec-223-org, , waller, 4011\n"
      "rec-10-dup-0, kayla , harrington,\t3465\n");
  EXPECT_THAT(table.header(),
              ElementsAre("rec_id", "given_name", "surname", "postcode"));
  EXPECT_THAT(Row(table, 0), ElementsAre("rec-223-org", "", "waller", "4011"));
  EXPECT_THAT(Row(table, 1),
              ElementsAre("rec-10-dup-0", "kayla", "harrington", "3465"));
}

TEST(CsvReaderTest, ReadsFebrlDataset) {
  const std::string path =
      std::string(DQE_SHARED_DATA_DIR) + "/febrl/dataset1.csv";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not present";
  absl::StatusOr<CsvTable> table = ReadCsvFile(path);
  ASSERT_TRUE(table.ok()) << table.status();
  EXPECT_THAT(table->header(),
              ElementsAre("rec_id", "given_name", "surname", "street_number",
                          "address_1", "address_2", "suburb", "postcode",
                          "state", "date_of_birth", "soc_sec_id"));
  ASSERT_EQ(table->num_rows(), 1000u);
  EXPECT_THAT(table->issues(), IsEmpty());
  EXPECT_EQ(table->cell(0, 0), "rec-223-org");
  EXPECT_EQ(table->cell(0, 1), "");
  EXPECT_EQ(table->cell(0, 2), "waller");
  EXPECT_EQ(table->cell(0, 4), "tullaroop street");
  EXPECT_EQ(table->line(999), 1001u);
  for (size_t r = 0; r < table->num_rows(); ++r) {
    ASSERT_TRUE(table->cell(r, 0).starts_with("rec-")) << "row " << r;
  }
}

TEST(CsvReaderTest, ShortRowIsPaddedKeptAndReported) {
  CsvTable table = Read("id,name,phone\n1,An\n2,Bình,0913\n");
  ASSERT_EQ(table.num_rows(), 2u);
  EXPECT_THAT(Row(table, 0), ElementsAre("1", "An", ""));
  EXPECT_EQ(table.field_count(0), 2u);
  EXPECT_EQ(table.field_count(1), 3u);
  ASSERT_EQ(table.issues().size(), 1u);
  const CsvIssue& issue = table.issues()[0];
  EXPECT_EQ(issue.code, CsvIssueCode::kRaggedRow);
  EXPECT_EQ(issue.row, 0);
  EXPECT_EQ(issue.line, 2u);
  EXPECT_EQ(issue.message, "line 2: the record has 2 fields, the header has 3");
}

TEST(CsvReaderTest, LongRowKeepsItsExtraFields) {
  CsvTable table = Read("id,name\n1,An\n2,Nguyen, Van An,x\n");
  ASSERT_EQ(table.num_rows(), 2u);
  EXPECT_THAT(Row(table, 1), ElementsAre("2", "Nguyen"));
  EXPECT_THAT(table.extra_cells(1), ElementsAre("Van An", "x"));
  EXPECT_THAT(table.extra_cells(0), IsEmpty());
  EXPECT_EQ(table.field_count(1), 4u);
  ASSERT_EQ(table.issues().size(), 1u);
  EXPECT_EQ(table.issues()[0].row, 1);
  EXPECT_EQ(table.issues()[0].line, 3u);
}

TEST(CsvReaderTest, InvalidUtf8IsKeptAsReadAndReported) {
  const std::string bad =
      "Nguy\xE1\xBB"
      "n";  // a truncated ễ
  CsvTable table = Read("id,full_name\n1,An\n2," + bad + "\n");
  ASSERT_EQ(table.num_rows(), 2u);
  EXPECT_EQ(table.cell(1, 1), bad);
  ASSERT_EQ(table.issues().size(), 1u);
  const CsvIssue& issue = table.issues()[0];
  EXPECT_EQ(issue.code, CsvIssueCode::kInvalidUtf8);
  EXPECT_EQ(issue.row, 1);
  EXPECT_EQ(issue.line, 3u);
  EXPECT_EQ(issue.column, 1);
  EXPECT_EQ(issue.message, "line 3, column full_name: invalid UTF-8 at byte 4");
}

TEST(CsvReaderTest, InvalidUtf8InHeaderIsReported) {
  CsvTable table = Read("id,n\xFF\n1,An\n");
  ASSERT_EQ(table.issues().size(), 1u);
  EXPECT_EQ(table.issues()[0].row, CsvIssue::kHeaderRow);
  EXPECT_THAT(table.issues()[0].message, HasSubstr("line 1, header field 2"));
}

TEST(CsvReaderTest, UnterminatedQuoteIsReported) {
  CsvTable table = Read("id,name\n1,An\n2,\"Bình\n3,Chi\n");
  ASSERT_EQ(table.num_rows(), 2u);
  EXPECT_EQ(table.cell(1, 1), "Bình\n3,Chi\n");
  ASSERT_EQ(table.issues().size(), 1u);
  EXPECT_EQ(table.issues()[0].code, CsvIssueCode::kUnterminatedQuote);
  EXPECT_EQ(table.issues()[0].line, 3u);
  EXPECT_THAT(table.issues()[0].message, HasSubstr("column name"));
}

TEST(CsvReaderTest, EmptyFile) {
  for (std::string_view data : {"", "\xEF\xBB\xBF", "\n\n"}) {
    CsvTable table = Read(data);
    EXPECT_EQ(table.num_columns(), 0u);
    EXPECT_EQ(table.num_rows(), 0u);
    EXPECT_THAT(table.issues(), IsEmpty());
  }
}

TEST(CsvReaderTest, HeaderOnly) {
  for (std::string_view data : {"id,name\n", "id,name", "id,name\r\n"}) {
    CsvTable table = Read(data);
    EXPECT_THAT(table.header(), ElementsAre("id", "name"));
    EXPECT_EQ(table.num_rows(), 0u);
  }
}

TEST(CsvReaderTest, LastLineWithoutLineBreak) {
  CsvTable table = Read("a,b\n1,\"x\"");
  ASSERT_EQ(table.num_rows(), 1u);
  EXPECT_THAT(Row(table, 0), ElementsAre("1", "x"));
  EXPECT_THAT(table.issues(), IsEmpty());
}

TEST(CsvReaderTest, OtherDelimiter) {
  CsvReadOptions options;
  options.delimiter = ';';
  absl::StatusOr<CsvTable> table = ReadCsv("a;b\n1,5;2\n", options);
  ASSERT_TRUE(table.ok());
  EXPECT_EQ(table->cell(0, 0), "1,5");
  EXPECT_EQ(table->cell(0, 1), "2");
}

TEST(CsvReaderTest, CellsSurviveMovesAndSpanArenaBlocks) {
  std::string data = "id,text\n";
  const std::string big(3 << 20, 'x');  // larger than an arena block
  data += "0," + big + "\n";
  for (int i = 1; i < 50000; ++i) {
    data += std::to_string(i) + ",value " + std::to_string(i) + "\n";
  }
  CsvTable table = Read(data);
  CsvTable moved = std::move(table);
  ASSERT_EQ(moved.num_rows(), 50000u);
  EXPECT_EQ(moved.cell(0, 1), big);
  for (size_t r = 1; r < moved.num_rows(); ++r) {
    ASSERT_EQ(moved.cell(r, 1), "value " + std::to_string(r));
  }
}

TEST(CsvReaderTest, MissingFileIsNotFound) {
  absl::StatusOr<CsvTable> table = ReadCsvFile("/nonexistent/contacts.csv");
  EXPECT_EQ(table.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(table.status().message()),
              HasSubstr("/nonexistent/contacts.csv"));
}

TEST(CsvReaderTest, ReadsFile) {
  const std::string path = ::testing::TempDir() + "/csv_reader_test.csv";
  std::FILE* f = std::fopen(path.c_str(), "wb");
  ASSERT_NE(f, nullptr);
  std::fputs("id,name\r\n1,\"An\"\r\n", f);
  std::fclose(f);
  absl::StatusOr<CsvTable> table = ReadCsvFile(path);
  ASSERT_TRUE(table.ok()) << table.status();
  EXPECT_EQ(table->cell(0, 1), "An");
  std::remove(path.c_str());
}

}  // namespace
}  // namespace dqe::internal
