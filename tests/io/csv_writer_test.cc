#include "src/io/csv_writer.h"

#include <cstdio>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "src/io/csv_reader.h"

namespace dqe::internal {
namespace {

using ::testing::ElementsAre;
using ::testing::ElementsAreArray;

// Written returns what `write` writes through a CsvWriter.
template <typename Fn>
std::string Written(Fn write, CsvWriteOptions options = {}) {
  std::FILE* f = std::tmpfile();
  EXPECT_NE(f, nullptr);
  {
    CsvWriter writer(f, options);
    write(writer);
    EXPECT_TRUE(writer.Flush().ok());
  }
  std::rewind(f);
  std::string out;
  char buffer[4096];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0)
    out.append(buffer, n);
  std::fclose(f);
  return out;
}

TEST(CsvWriterTest, QuotesOnlyWhatNeedsQuotes) {
  EXPECT_EQ(Written([](CsvWriter& w) {
              w.WriteRow({"id", "full_name", "note"});
              w.WriteRow({"1", "Nguyễn Văn An", ""});
              w.WriteRow({"2", "Nguyen, Van An", "say \"hi\""});
              w.WriteRow({"3", "line\nbreak", " padded"});
            }),
            "id,full_name,note\n"
            "1,Nguyễn Văn An,\n"
            "2,\"Nguyen, Van An\",\"say \"\"hi\"\"\"\n"
            "3,\"line\nbreak\",\" padded\"\n");
}

TEST(CsvWriterTest, RowOfOneEmptyCellIsNotAnEmptyLine) {
  EXPECT_EQ(Written([](CsvWriter& w) {
              w.WriteRow({"a"});
              w.WriteRow({""});
            }),
            "a\n\"\"\n");
}

TEST(CsvWriterTest, LineEndAndDelimiterOptions) {
  CsvWriteOptions options;
  options.delimiter = ';';
  options.crlf = true;
  EXPECT_EQ(Written(
                [](CsvWriter& w) {
                  w.WriteRow({"1,5", "a;b"});
                },
                options),
            "1,5;\"a;b\"\r\n");
}

TEST(CsvWriterTest, ReaderReadsBackWhatWriterWrote) {
  const std::vector<std::vector<std::string>> rows = {
      {"id", "name", "address"},
      {"1", "  Anh Nguyễn Văn An ", "12 Lê Lợi,\r\nQuận 1"},
      {"2", "\"quoted\"", ""},
      {"3", "張偉", "\t"},
  };
  const std::string csv = Written([&](CsvWriter& w) {
    for (const auto& row : rows) w.WriteRow(std::span<const std::string>(row));
  });
  absl::StatusOr<CsvTable> table = ReadCsv(csv);
  ASSERT_TRUE(table.ok());
  EXPECT_THAT(table->header(), ElementsAreArray(rows[0]));
  ASSERT_EQ(table->num_rows(), rows.size() - 1);
  for (size_t r = 1; r < rows.size(); ++r) {
    for (size_t c = 0; c < rows[r].size(); ++c) {
      EXPECT_EQ(table->cell(r - 1, c), rows[r][c]) << r << "," << c;
    }
  }
  EXPECT_TRUE(table->issues().empty());
}

TEST(CsvWriterTest, FlushReportsWriteErrors) {
  std::FILE* full = std::fopen("/dev/full", "wb");
  if (full == nullptr) GTEST_SKIP() << "no /dev/full";
  absl::Status status;
  {
    CsvWriter writer(full);
    writer.WriteRow({"a", "b"});
    status = writer.Flush();
  }
  std::fclose(full);
  EXPECT_EQ(status.code(), absl::StatusCode::kResourceExhausted) << status;
}

}  // namespace
}  // namespace dqe::internal
