// Schemas, and reading one off a CSV header.
#include "dqe/schema.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <array>
#include <string>

namespace dqe {
namespace {

struct KindSpelling {
  Kind kind;
  std::string_view name;
};
constexpr std::array<KindSpelling, 15> kKindNames = {{
    {Kind::kText, "text"},
    {Kind::kPersonName, "person_name"},
    {Kind::kCompany, "company"},
    {Kind::kPhone, "phone"},
    {Kind::kEmail, "email"},
    {Kind::kAddress, "address"},
    {Kind::kCity, "city"},
    {Kind::kCountry, "country"},
    {Kind::kDate, "date"},
    {Kind::kInteger, "integer"},
    {Kind::kDecimal, "decimal"},
    {Kind::kPercent, "percent"},
    {Kind::kDays, "days"},
    {Kind::kEnum, "enum"},
    {Kind::kId, "id"},
}};

struct RoleSpelling {
  Role role;
  std::string_view name;
};
constexpr std::array<RoleSpelling, 11> kRoleNames = {{
    {Role::kNone, ""},
    {Role::kRecordId, "record_id"},
    {Role::kFullName, "full_name"},
    {Role::kGivenName, "given_name"},
    {Role::kFamilyName, "family_name"},
    {Role::kBirthDate, "birth_date"},
    {Role::kUpdatedAt, "updated_at"},
    {Role::kCreatedAt, "created_at"},
    {Role::kSource, "source"},
    {Role::kPostcode, "postcode"},
    {Role::kState, "state"},
}};

struct HeaderRule {
  std::string_view folded;  // the header after Fold()
  Kind kind;
  Role role;
};

// Headers as CRM exports, spreadsheets and public datasets write them, after
// Fold(): NFKC case-folded, separators and trailing digits gone.
constexpr HeaderRule kHeaders[] = {
    // Whole names.
    {"name", Kind::kPersonName, Role::kFullName},
    {"fullname", Kind::kPersonName, Role::kFullName},
    {"contactname", Kind::kPersonName, Role::kFullName},
    {"customername", Kind::kPersonName, Role::kFullName},
    {"clientname", Kind::kPersonName, Role::kFullName},
    {"personname", Kind::kPersonName, Role::kFullName},
    {"họtên", Kind::kPersonName, Role::kFullName},
    {"hoten", Kind::kPersonName, Role::kFullName},
    {"họvàtên", Kind::kPersonName, Role::kFullName},
    {"hovaten", Kind::kPersonName, Role::kFullName},
    {"tên", Kind::kPersonName, Role::kFullName},
    {"ten", Kind::kPersonName, Role::kFullName},
    {"tênkháchhàng", Kind::kPersonName, Role::kFullName},
    {"tenkhachhang", Kind::kPersonName, Role::kFullName},
    {"ngườiliênhệ", Kind::kPersonName, Role::kFullName},
    {"nguoilienhe", Kind::kPersonName, Role::kFullName},
    {"姓名", Kind::kPersonName, Role::kFullName},
    {"名字", Kind::kPersonName, Role::kFullName},
    {"联系人", Kind::kPersonName, Role::kFullName},
    {"聯絡人", Kind::kPersonName, Role::kFullName},
    {"聯繫人", Kind::kPersonName, Role::kFullName},
    {"客户姓名", Kind::kPersonName, Role::kFullName},
    {"客戶姓名", Kind::kPersonName, Role::kFullName},
    // Parts of names.
    {"firstname", Kind::kPersonName, Role::kGivenName},
    {"givenname", Kind::kPersonName, Role::kGivenName},
    {"forename", Kind::kPersonName, Role::kGivenName},
    {"first", Kind::kPersonName, Role::kGivenName},
    {"tênriêng", Kind::kPersonName, Role::kGivenName},
    {"名", Kind::kPersonName, Role::kGivenName},
    {"lastname", Kind::kPersonName, Role::kFamilyName},
    {"surname", Kind::kPersonName, Role::kFamilyName},
    {"familyname", Kind::kPersonName, Role::kFamilyName},
    {"last", Kind::kPersonName, Role::kFamilyName},
    {"họ", Kind::kPersonName, Role::kFamilyName},
    {"姓", Kind::kPersonName, Role::kFamilyName},
    {"姓氏", Kind::kPersonName, Role::kFamilyName},
    // Phones.
    {"phone", Kind::kPhone, Role::kNone},
    {"phonenumber", Kind::kPhone, Role::kNone},
    {"tel", Kind::kPhone, Role::kNone},
    {"telephone", Kind::kPhone, Role::kNone},
    {"mobile", Kind::kPhone, Role::kNone},
    {"mobilenumber", Kind::kPhone, Role::kNone},
    {"cell", Kind::kPhone, Role::kNone},
    {"cellphone", Kind::kPhone, Role::kNone},
    {"fax", Kind::kPhone, Role::kNone},
    {"điệnthoại", Kind::kPhone, Role::kNone},
    {"dienthoai", Kind::kPhone, Role::kNone},
    {"sốđiệnthoại", Kind::kPhone, Role::kNone},
    {"sodienthoai", Kind::kPhone, Role::kNone},
    {"sđt", Kind::kPhone, Role::kNone},
    {"sdt", Kind::kPhone, Role::kNone},
    {"diđộng", Kind::kPhone, Role::kNone},
    {"didong", Kind::kPhone, Role::kNone},
    {"电话", Kind::kPhone, Role::kNone},
    {"電話", Kind::kPhone, Role::kNone},
    {"手机", Kind::kPhone, Role::kNone},
    {"手機", Kind::kPhone, Role::kNone},
    {"电话号码", Kind::kPhone, Role::kNone},
    {"電話號碼", Kind::kPhone, Role::kNone},
    {"手机号", Kind::kPhone, Role::kNone},
    {"手机号码", Kind::kPhone, Role::kNone},
    {"手機號碼", Kind::kPhone, Role::kNone},
    {"联系电话", Kind::kPhone, Role::kNone},
    {"聯絡電話", Kind::kPhone, Role::kNone},
    {"聯繫電話", Kind::kPhone, Role::kNone},
    // Emails.
    {"email", Kind::kEmail, Role::kNone},
    {"mail", Kind::kEmail, Role::kNone},
    {"emailaddress", Kind::kEmail, Role::kNone},
    {"thưđiệntử", Kind::kEmail, Role::kNone},
    {"thudientu", Kind::kEmail, Role::kNone},
    {"邮箱", Kind::kEmail, Role::kNone},
    {"郵箱", Kind::kEmail, Role::kNone},
    {"电子邮件", Kind::kEmail, Role::kNone},
    {"電子郵件", Kind::kEmail, Role::kNone},
    {"电子邮箱", Kind::kEmail, Role::kNone},
    {"電子郵箱", Kind::kEmail, Role::kNone},
    {"电邮", Kind::kEmail, Role::kNone},
    {"電郵", Kind::kEmail, Role::kNone},
    // Companies.
    {"company", Kind::kCompany, Role::kNone},
    {"companyname", Kind::kCompany, Role::kNone},
    {"account", Kind::kCompany, Role::kNone},
    {"accountname", Kind::kCompany, Role::kNone},
    {"organization", Kind::kCompany, Role::kNone},
    {"organisation", Kind::kCompany, Role::kNone},
    {"employer", Kind::kCompany, Role::kNone},
    {"côngty", Kind::kCompany, Role::kNone},
    {"congty", Kind::kCompany, Role::kNone},
    {"têncôngty", Kind::kCompany, Role::kNone},
    {"tencongty", Kind::kCompany, Role::kNone},
    {"doanhnghiệp", Kind::kCompany, Role::kNone},
    {"doanhnghiep", Kind::kCompany, Role::kNone},
    {"公司", Kind::kCompany, Role::kNone},
    {"公司名称", Kind::kCompany, Role::kNone},
    {"公司名稱", Kind::kCompany, Role::kNone},
    {"单位", Kind::kCompany, Role::kNone},
    {"單位", Kind::kCompany, Role::kNone},
    {"企业", Kind::kCompany, Role::kNone},
    {"企業", Kind::kCompany, Role::kNone},
    // Addresses.
    {"address", Kind::kAddress, Role::kNone},
    {"streetaddress", Kind::kAddress, Role::kNone},
    {"street", Kind::kAddress, Role::kNone},
    {"streetnumber", Kind::kAddress, Role::kNone},
    {"addressline", Kind::kAddress, Role::kNone},
    {"địachỉ", Kind::kAddress, Role::kNone},
    {"diachi", Kind::kAddress, Role::kNone},
    {"地址", Kind::kAddress, Role::kNone},
    {"住址", Kind::kAddress, Role::kNone},
    {"通讯地址", Kind::kAddress, Role::kNone},
    {"通訊地址", Kind::kAddress, Role::kNone},
    // Cities, states, postcodes.
    {"city", Kind::kCity, Role::kNone},
    {"town", Kind::kCity, Role::kNone},
    {"suburb", Kind::kCity, Role::kNone},
    {"locality", Kind::kCity, Role::kNone},
    {"thànhphố", Kind::kCity, Role::kNone},
    {"thanhpho", Kind::kCity, Role::kNone},
    {"quậnhuyện", Kind::kCity, Role::kNone},
    {"quanhuyen", Kind::kCity, Role::kNone},
    {"城市", Kind::kCity, Role::kNone},
    // "Tỉnh/Thành (phố)": a province or a city of province rank (Hà Nội,
    // TP. Hồ Chí Minh, Đà Nẵng): where the row is, as a city column says.
    {"tỉnhthành", Kind::kCity, Role::kNone},
    {"tinhthanh", Kind::kCity, Role::kNone},
    {"tỉnhthànhphố", Kind::kCity, Role::kNone},
    {"tinhthanhpho", Kind::kCity, Role::kNone},
    {"state", Kind::kText, Role::kState},
    {"province", Kind::kText, Role::kState},
    {"tỉnh", Kind::kText, Role::kState},
    {"tinh", Kind::kText, Role::kState},
    {"省", Kind::kText, Role::kState},
    {"省份", Kind::kText, Role::kState},
    {"postcode", Kind::kText, Role::kPostcode},
    {"postalcode", Kind::kText, Role::kPostcode},
    {"zip", Kind::kText, Role::kPostcode},
    {"zipcode", Kind::kText, Role::kPostcode},
    {"mãbưuchính", Kind::kText, Role::kPostcode},
    {"邮编", Kind::kText, Role::kPostcode},
    {"郵遞區號", Kind::kText, Role::kPostcode},
    // Countries.
    {"country", Kind::kCountry, Role::kNone},
    {"countrycode", Kind::kCountry, Role::kNone},
    {"countryname", Kind::kCountry, Role::kNone},
    {"quốcgia", Kind::kCountry, Role::kNone},
    {"quocgia", Kind::kCountry, Role::kNone},
    {"国家", Kind::kCountry, Role::kNone},
    {"國家", Kind::kCountry, Role::kNone},
    {"国家地区", Kind::kCountry, Role::kNone},
    {"國家地區", Kind::kCountry, Role::kNone},
    // Dates.
    {"dob", Kind::kDate, Role::kBirthDate},
    {"dateofbirth", Kind::kDate, Role::kBirthDate},
    {"birthdate", Kind::kDate, Role::kBirthDate},
    {"birthday", Kind::kDate, Role::kBirthDate},
    {"ngàysinh", Kind::kDate, Role::kBirthDate},
    {"ngaysinh", Kind::kDate, Role::kBirthDate},
    {"出生日期", Kind::kDate, Role::kBirthDate},
    {"生日", Kind::kDate, Role::kBirthDate},
    {"updatedat", Kind::kDate, Role::kUpdatedAt},
    {"updated", Kind::kDate, Role::kUpdatedAt},
    {"lastupdated", Kind::kDate, Role::kUpdatedAt},
    {"lastmodified", Kind::kDate, Role::kUpdatedAt},
    {"modifiedat", Kind::kDate, Role::kUpdatedAt},
    {"modified", Kind::kDate, Role::kUpdatedAt},
    {"modifieddate", Kind::kDate, Role::kUpdatedAt},
    {"lastmodifieddate", Kind::kDate, Role::kUpdatedAt},
    {"lastupdateddate", Kind::kDate, Role::kUpdatedAt},
    {"updateddate", Kind::kDate, Role::kUpdatedAt},
    {"updatedon", Kind::kDate, Role::kUpdatedAt},
    {"modifiedon", Kind::kDate, Role::kUpdatedAt},
    {"lastmodifiedon", Kind::kDate, Role::kUpdatedAt},
    {"ngàycậpnhật", Kind::kDate, Role::kUpdatedAt},
    {"ngaycapnhat", Kind::kDate, Role::kUpdatedAt},
    {"更新时间", Kind::kDate, Role::kUpdatedAt},
    {"更新時間", Kind::kDate, Role::kUpdatedAt},
    {"修改时间", Kind::kDate, Role::kUpdatedAt},
    {"修改時間", Kind::kDate, Role::kUpdatedAt},
    {"createdat", Kind::kDate, Role::kCreatedAt},
    {"created", Kind::kDate, Role::kCreatedAt},
    {"createddate", Kind::kDate, Role::kCreatedAt},
    {"ngàytạo", Kind::kDate, Role::kCreatedAt},
    {"ngaytao", Kind::kDate, Role::kCreatedAt},
    {"创建时间", Kind::kDate, Role::kCreatedAt},
    {"建立時間", Kind::kDate, Role::kCreatedAt},
    // Ids. The record-id spellings are listed in kRecordIds as well.
    {"id", Kind::kId, Role::kNone},
    {"recid", Kind::kId, Role::kNone},
    {"recordid", Kind::kId, Role::kNone},
    {"uniqueid", Kind::kId, Role::kNone},
    {"customerid", Kind::kId, Role::kNone},
    {"contactid", Kind::kId, Role::kNone},
    {"mãkháchhàng", Kind::kId, Role::kNone},
    {"makhachhang", Kind::kId, Role::kNone},
    {"mãkh", Kind::kId, Role::kNone},
    {"makh", Kind::kId, Role::kNone},
    {"编号", Kind::kId, Role::kNone},
    {"編號", Kind::kId, Role::kNone},
    {"客户编号", Kind::kId, Role::kNone},
    {"客戶編號", Kind::kId, Role::kNone},
    {"socsecid", Kind::kId, Role::kNone},
    {"ssn", Kind::kId, Role::kNone},
    {"cmnd", Kind::kId, Role::kNone},
    {"cccd", Kind::kId, Role::kNone},
    {"taxid", Kind::kId, Role::kNone},
    {"mãsốthuế", Kind::kId, Role::kNone},
    {"masothue", Kind::kId, Role::kNone},
    // Where the row came from.
    {"source", Kind::kText, Role::kSource},
    {"channel", Kind::kText, Role::kSource},
    {"nguồn", Kind::kText, Role::kSource},
    {"nguon", Kind::kText, Role::kSource},
    {"来源", Kind::kText, Role::kSource},
    {"來源", Kind::kText, Role::kSource},
    // Numbers of reference data.
    {"duedays", Kind::kDays, Role::kNone},
    {"netdays", Kind::kDays, Role::kNone},
    {"paymentdays", Kind::kDays, Role::kNone},
    {"discountdays", Kind::kDays, Role::kNone},
    {"discountpercent", Kind::kPercent, Role::kNone},
    {"percent", Kind::kPercent, Role::kNone},
    {"amount", Kind::kDecimal, Role::kNone},
    {"price", Kind::kDecimal, Role::kNone},
    {"quantity", Kind::kInteger, Role::kNone},
    {"qty", Kind::kInteger, Role::kNone},
    // Picklists.
    {"status", Kind::kEnum, Role::kNone},
    {"gender", Kind::kEnum, Role::kNone},
    {"sex", Kind::kEnum, Role::kNone},
    {"giớitính", Kind::kEnum, Role::kNone},
    {"gioitinh", Kind::kEnum, Role::kNone},
    {"性别", Kind::kEnum, Role::kNone},
    {"性別", Kind::kEnum, Role::kNone},
};

// The headers that name the row's own id, in the order they win.
constexpr std::string_view kRecordIds[] = {
    "id",        "recid",       "recordid",    "uniqueid", "customerid",
    "contactid", "mãkháchhàng", "makhachhang", "mãkh",     "makh",
    "编号",      "編號",        "客户编号",    "客戶編號"};

// Header endings that name the kind whatever comes before ("work_phone",
// "公司电话", "contact email").
constexpr HeaderRule kSuffixes[] = {
    {"phone", Kind::kPhone, Role::kNone},
    {"mobile", Kind::kPhone, Role::kNone},
    {"电话", Kind::kPhone, Role::kNone},
    {"電話", Kind::kPhone, Role::kNone},
    {"手机", Kind::kPhone, Role::kNone},
    {"手機", Kind::kPhone, Role::kNone},
    {"email", Kind::kEmail, Role::kNone},
    {"邮箱", Kind::kEmail, Role::kNone},
    {"郵箱", Kind::kEmail, Role::kNone},
    {"address", Kind::kAddress, Role::kNone},
    {"地址", Kind::kAddress, Role::kNone},
};

// Fold returns `header` NFKC case-folded, without separators and without
// trailing digits.
std::string Fold(std::string_view header) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf =
      icu::Normalizer2::getNFKCCasefoldInstance(status);
  std::string folded;
  if (U_SUCCESS(status)) {
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(header.data(), static_cast<int32_t>(header.size())));
    icu::UnicodeString result = nfkc_cf->normalize(text, status);
    if (U_SUCCESS(status)) result.toUTF8String(folded);
  }
  std::string out;
  for (char c : folded) {
    if (c == ' ' || c == '\t' || c == '_' || c == '-' || c == '.' || c == ':' ||
        c == '/' || c == '(' || c == ')' || c == '#' || c == '*') {
      continue;
    }
    out.push_back(c);
  }
  while (!out.empty() && out.back() >= '0' && out.back() <= '9') {
    out.pop_back();
  }
  return out;
}

// An "…_id", "… ID", "…Id" header: an identifier of something.
bool EndsWithIdWord(std::string_view header) {
  if (header.size() < 3) return false;
  const std::string_view tail = header.substr(header.size() - 2);
  const char before = header[header.size() - 3];
  if (tail == "id" || tail == "ID" || tail == "Id") {
    return before == '_' || before == ' ' || before == '-' || before == '.' ||
           (tail == "Id" && before >= 'a' && before <= 'z') ||
           (tail == "ID" && before >= 'a' && before <= 'z');
  }
  return false;
}

}  // namespace

std::string_view KindName(Kind kind) {
  for (const KindSpelling& k : kKindNames) {
    if (k.kind == kind) return k.name;
  }
  return "text";
}

std::optional<Kind> KindFromName(std::string_view name) {
  for (const KindSpelling& k : kKindNames) {
    if (k.name == name) return k.kind;
  }
  return std::nullopt;
}

std::string_view RoleName(Role role) {
  for (const RoleSpelling& r : kRoleNames) {
    if (r.role == role) return r.name;
  }
  return "";
}

std::optional<Role> RoleFromName(std::string_view name) {
  if (name == "none") return Role::kNone;
  for (const RoleSpelling& r : kRoleNames) {
    if (r.name == name) return r.role;
  }
  return std::nullopt;
}

int Schema::Find(std::string_view name) const {
  for (size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

Column InferColumn(std::string_view header) {
  Column column;
  column.name = std::string(header);
  const std::string folded = Fold(header);
  if (folded.empty()) return column;
  for (const HeaderRule& rule : kHeaders) {
    if (folded == rule.folded) {
      column.kind = rule.kind;
      column.role = rule.role;
      return column;
    }
  }
  for (const HeaderRule& rule : kSuffixes) {
    if (std::string_view(folded).ends_with(rule.folded)) {
      column.kind = rule.kind;
      column.role = rule.role;
      return column;
    }
  }
  if (EndsWithIdWord(header)) column.kind = Kind::kId;
  return column;
}

Schema InferSchema(std::span<const std::string_view> header) {
  Schema schema;
  schema.columns.reserve(header.size());
  for (std::string_view h : header) schema.columns.push_back(InferColumn(h));
  // The record id: the first header that names one, in kRecordIds' order.
  std::vector<std::string> folded;
  folded.reserve(header.size());
  for (std::string_view h : header) folded.push_back(Fold(h));
  for (std::string_view id : kRecordIds) {
    for (size_t i = 0; i < folded.size() && schema.record_id < 0; ++i) {
      if (folded[i] == id) {
        schema.record_id = static_cast<int>(i);
        schema.columns[i].role = Role::kRecordId;
      }
    }
    if (schema.record_id >= 0) break;
  }
  // Vietnamese forms split a name into "Họ" (family) and "Tên" (given).
  bool has_family = false;
  for (const Column& c : schema.columns)
    has_family |= c.role == Role::kFamilyName;
  for (size_t i = 0; i < folded.size(); ++i) {
    if (has_family && (folded[i] == "tên" || folded[i] == "ten")) {
      schema.columns[i].role = Role::kGivenName;
    }
  }
  for (size_t i = 0; i < schema.columns.size(); ++i) {
    if (schema.columns[i].kind == Kind::kCountry) {
      schema.country = static_cast<int>(i);
      break;
    }
  }
  return schema;
}

}  // namespace dqe
