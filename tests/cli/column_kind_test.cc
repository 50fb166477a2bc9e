#include "src/cli/column_kind.h"

#include <string_view>

#include "gtest/gtest.h"

namespace dqe::cli {
namespace {

struct Case {
  std::string_view header;
  ColumnKind kind;
};

TEST(ColumnKindTest, HeadersAsCrmExportsWriteThem) {
  const Case cases[] = {
      {"full_name", ColumnKind::kName},
      {"Full Name", ColumnKind::kName},
      {"NAME", ColumnKind::kName},
      {"Họ tên", ColumnKind::kName},
      {"HỌ VÀ TÊN", ColumnKind::kName},
      {"Ho ten", ColumnKind::kName},
      {"Tên", ColumnKind::kName},
      {"姓名", ColumnKind::kName},
      {"phone", ColumnKind::kPhone},
      {"Phone 2", ColumnKind::kPhone},
      {"Mobile", ColumnKind::kPhone},
      {"work_phone", ColumnKind::kPhone},
      {"Điện thoại", ColumnKind::kPhone},
      {"SĐT", ColumnKind::kPhone},
      {"sdt", ColumnKind::kPhone},
      {"电话", ColumnKind::kPhone},
      {"手機", ColumnKind::kPhone},
      {"公司电话", ColumnKind::kPhone},
      {"email", ColumnKind::kEmail},
      {"E-mail", ColumnKind::kEmail},
      {"Ｅｍａｉｌ", ColumnKind::kEmail},
      {"contact email", ColumnKind::kEmail},
      {"邮箱", ColumnKind::kEmail},
      {"company", ColumnKind::kCompany},
      {"Company Name", ColumnKind::kCompany},
      {"Công ty", ColumnKind::kCompany},
      {"Tên công ty", ColumnKind::kCompany},
      {"公司", ColumnKind::kCompany},
      {"country", ColumnKind::kCountry},
      {"Quốc gia", ColumnKind::kCountry},
      {"国家", ColumnKind::kCountry},
      {"id", ColumnKind::kOther},
      {"address", ColumnKind::kOther},
      {"updated_at", ColumnKind::kOther},
      {"", ColumnKind::kOther},
      {"\xFF", ColumnKind::kOther},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(ColumnKindName(InferColumnKind(c.header)), ColumnKindName(c.kind))
        << c.header;
  }
}

}  // namespace
}  // namespace dqe::cli
