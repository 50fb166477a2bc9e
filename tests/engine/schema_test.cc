#include "dqe/schema.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dqe {
namespace {

struct Expect {
  Kind kind;
  Role role;
};

void ExpectSchema(const std::vector<std::string_view>& header,
                  const std::vector<Expect>& expected, int record_id) {
  const Schema schema = InferSchema(header);
  ASSERT_EQ(schema.columns.size(), header.size());
  for (size_t i = 0; i < header.size(); ++i) {
    EXPECT_EQ(schema.columns[i].name, header[i]);
    EXPECT_EQ(KindName(schema.columns[i].kind), KindName(expected[i].kind))
        << header[i];
    EXPECT_EQ(RoleName(schema.columns[i].role), RoleName(expected[i].role))
        << header[i];
  }
  EXPECT_EQ(schema.record_id, record_id);
}

TEST(Schema, ContactsExport) {
  ExpectSchema({"id", "full_name", "phone", "email", "company", "address",
                "city", "country", "updated_at", "source"},
               {{Kind::kId, Role::kRecordId},
                {Kind::kPersonName, Role::kFullName},
                {Kind::kPhone, Role::kNone},
                {Kind::kEmail, Role::kNone},
                {Kind::kCompany, Role::kNone},
                {Kind::kAddress, Role::kNone},
                {Kind::kCity, Role::kNone},
                {Kind::kCountry, Role::kNone},
                {Kind::kDate, Role::kUpdatedAt},
                {Kind::kText, Role::kSource}},
               0);
  EXPECT_EQ(InferSchema(std::vector<std::string_view>{"id", "name", "Country"})
                .country,
            2);
}

TEST(Schema, FebrlHeader) {
  // FEBRL's header, as read (the reader trims the space after each comma).
  ExpectSchema({"rec_id", "given_name", "surname", "street_number", "address_1",
                "address_2", "suburb", "postcode", "state", "date_of_birth",
                "soc_sec_id"},
               {{Kind::kId, Role::kRecordId},
                {Kind::kPersonName, Role::kGivenName},
                {Kind::kPersonName, Role::kFamilyName},
                {Kind::kAddress, Role::kNone},
                {Kind::kAddress, Role::kNone},
                {Kind::kAddress, Role::kNone},
                {Kind::kCity, Role::kNone},
                {Kind::kText, Role::kPostcode},
                {Kind::kText, Role::kState},
                {Kind::kDate, Role::kBirthDate},
                {Kind::kId, Role::kNone}},
               0);
}

TEST(Schema, SplinkFake1000Header) {
  ExpectSchema(
      {"unique_id", "first_name", "surname", "dob", "city", "email", "cluster"},
      {{Kind::kId, Role::kRecordId},
       {Kind::kPersonName, Role::kGivenName},
       {Kind::kPersonName, Role::kFamilyName},
       {Kind::kDate, Role::kBirthDate},
       {Kind::kCity, Role::kNone},
       {Kind::kEmail, Role::kNone},
       {Kind::kText, Role::kNone}},
      0);
}

TEST(Schema, VietnameseExport) {
  ExpectSchema({"STT", "Mã khách hàng", "Họ tên", "SĐT", "Điện thoại 2",
                "E-mail", "Công ty", "Địa chỉ", "Tỉnh/Thành", "Ngày sinh",
                "Ngày cập nhật", "Nguồn"},
               {{Kind::kText, Role::kNone},
                {Kind::kId, Role::kRecordId},
                {Kind::kPersonName, Role::kFullName},
                {Kind::kPhone, Role::kNone},
                {Kind::kPhone, Role::kNone},
                {Kind::kEmail, Role::kNone},
                {Kind::kCompany, Role::kNone},
                {Kind::kAddress, Role::kNone},
                {Kind::kCity, Role::kNone},
                {Kind::kDate, Role::kBirthDate},
                {Kind::kDate, Role::kUpdatedAt},
                {Kind::kText, Role::kSource}},
               1);
  // A province or a city of province rank: where the row is.
  EXPECT_EQ(InferColumn("Tỉnh/Thành phố").kind, Kind::kCity);
  EXPECT_EQ(InferColumn("Tinh/Thanh pho").kind, Kind::kCity);
  EXPECT_EQ(InferColumn("Tỉnh").role, Role::kState);
  // Update stamps as CRM exports name them.
  EXPECT_EQ(InferColumn("Last Modified Date").role, Role::kUpdatedAt);
  EXPECT_EQ(InferColumn("Updated On").role, Role::kUpdatedAt);
  // Unaccented and upper-case, as exports from older systems write them.
  EXPECT_EQ(InferColumn("HO TEN").kind, Kind::kPersonName);
  EXPECT_EQ(InferColumn("HỌ VÀ TÊN").kind, Kind::kPersonName);
  EXPECT_EQ(InferColumn("So dien thoai").kind, Kind::kPhone);
}

TEST(Schema, VietnameseSplitName) {
  // "Họ" and "Tên" side by side: family and given name.
  ExpectSchema({"Họ", "Tên", "SĐT"},
               {{Kind::kPersonName, Role::kFamilyName},
                {Kind::kPersonName, Role::kGivenName},
                {Kind::kPhone, Role::kNone}},
               -1);
  // "Tên" alone is the whole name.
  EXPECT_EQ(
      InferSchema(std::vector<std::string_view>{"Tên", "SĐT"}).columns[0].role,
      Role::kFullName);
}

TEST(Schema, ChineseExports) {
  ExpectSchema({"客戶編號", "姓名", "手機", "公司電話", "電子郵件", "公司名稱",
                "地址", "城市", "國家", "更新時間"},
               {{Kind::kId, Role::kRecordId},
                {Kind::kPersonName, Role::kFullName},
                {Kind::kPhone, Role::kNone},
                {Kind::kPhone, Role::kNone},
                {Kind::kEmail, Role::kNone},
                {Kind::kCompany, Role::kNone},
                {Kind::kAddress, Role::kNone},
                {Kind::kCity, Role::kNone},
                {Kind::kCountry, Role::kNone},
                {Kind::kDate, Role::kUpdatedAt}},
               0);
  EXPECT_EQ(InferColumn("邮箱").kind, Kind::kEmail);
  EXPECT_EQ(InferColumn("电话").kind, Kind::kPhone);
}

TEST(Schema, PaymentTermsHeader) {
  const Schema s = InferSchema(std::vector<std::string_view>{
      "id", "name", "due_days", "basis", "discount_percent", "discount_days",
      "description"});
  EXPECT_EQ(s.columns[2].kind, Kind::kDays);
  EXPECT_EQ(s.columns[4].kind, Kind::kPercent);
  EXPECT_EQ(s.columns[5].kind, Kind::kDays);
  EXPECT_EQ(s.columns[3].kind, Kind::kText);
  EXPECT_EQ(s.record_id, 0);
}

TEST(Schema, OddHeaders) {
  EXPECT_EQ(InferColumn("Work Phone").kind, Kind::kPhone);
  EXPECT_EQ(InferColumn("Phone #2").kind, Kind::kPhone);
  EXPECT_EQ(InferColumn("contact_email").kind, Kind::kEmail);
  EXPECT_EQ(InferColumn("ＥＭＡＩＬ").kind, Kind::kEmail);  // fullwidth
  EXPECT_EQ(InferColumn("order_id").kind, Kind::kId);
  EXPECT_EQ(InferColumn("customerId").kind, Kind::kId);
  EXPECT_EQ(InferColumn("paid").kind, Kind::kText);  // not "…_id"
  EXPECT_EQ(InferColumn("").kind, Kind::kText);
  EXPECT_EQ(InferColumn("\xFF\xFE").kind, Kind::kText);  // not UTF-8: no crash
  EXPECT_EQ(InferColumn("notes").kind, Kind::kText);
  // A second id column is an id, not the record id.
  const Schema s =
      InferSchema(std::vector<std::string_view>{"name", "id", "order_id"});
  EXPECT_EQ(s.record_id, 1);
  EXPECT_EQ(s.columns[2].role, Role::kNone);
  EXPECT_EQ(s.Find("order_id"), 2);
  EXPECT_EQ(s.Find("missing"), -1);
}

TEST(Schema, NamesRoundTrip) {
  for (Kind k : {Kind::kText, Kind::kPersonName, Kind::kCompany, Kind::kPhone,
                 Kind::kEmail, Kind::kAddress, Kind::kCity, Kind::kCountry,
                 Kind::kDate, Kind::kInteger, Kind::kDecimal, Kind::kPercent,
                 Kind::kDays, Kind::kEnum, Kind::kId}) {
    EXPECT_EQ(KindFromName(KindName(k)), k);
  }
  EXPECT_FALSE(KindFromName("name").has_value());
  for (Role r :
       {Role::kNone, Role::kRecordId, Role::kFullName, Role::kGivenName,
        Role::kFamilyName, Role::kBirthDate, Role::kUpdatedAt, Role::kCreatedAt,
        Role::kSource, Role::kPostcode, Role::kState}) {
    EXPECT_EQ(RoleFromName(RoleName(r)), r);
  }
  EXPECT_EQ(RoleFromName("none"), Role::kNone);
  EXPECT_FALSE(RoleFromName("boss").has_value());
}

}  // namespace
}  // namespace dqe
