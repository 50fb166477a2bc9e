#include "src/cli/column_kind.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <string>
#include <utility>

namespace dqe::cli {
namespace {

// Headers after Fold(): NFKC case-folded, separators and trailing digits gone.
constexpr std::pair<std::string_view, ColumnKind> kHeaders[] = {
    // Names.
    {"name", ColumnKind::kName},
    {"fullname", ColumnKind::kName},
    {"contactname", ColumnKind::kName},
    {"customername", ColumnKind::kName},
    {"clientname", ColumnKind::kName},
    {"personname", ColumnKind::kName},
    {"họtên", ColumnKind::kName},
    {"hoten", ColumnKind::kName},
    {"họvàtên", ColumnKind::kName},
    {"hovaten", ColumnKind::kName},
    {"tên", ColumnKind::kName},
    {"tênkháchhàng", ColumnKind::kName},
    {"tenkhachhang", ColumnKind::kName},
    {"姓名", ColumnKind::kName},
    {"名字", ColumnKind::kName},
    {"联系人", ColumnKind::kName},
    {"聯絡人", ColumnKind::kName},
    {"聯繫人", ColumnKind::kName},
    {"客户姓名", ColumnKind::kName},
    {"客戶姓名", ColumnKind::kName},
    // Phones.
    {"phone", ColumnKind::kPhone},
    {"phonenumber", ColumnKind::kPhone},
    {"tel", ColumnKind::kPhone},
    {"telephone", ColumnKind::kPhone},
    {"mobile", ColumnKind::kPhone},
    {"mobilenumber", ColumnKind::kPhone},
    {"cell", ColumnKind::kPhone},
    {"cellphone", ColumnKind::kPhone},
    {"điệnthoại", ColumnKind::kPhone},
    {"dienthoai", ColumnKind::kPhone},
    {"sốđiệnthoại", ColumnKind::kPhone},
    {"sodienthoai", ColumnKind::kPhone},
    {"sđt", ColumnKind::kPhone},
    {"sdt", ColumnKind::kPhone},
    {"diđộng", ColumnKind::kPhone},
    {"didong", ColumnKind::kPhone},
    {"电话", ColumnKind::kPhone},
    {"電話", ColumnKind::kPhone},
    {"手机", ColumnKind::kPhone},
    {"手機", ColumnKind::kPhone},
    {"电话号码", ColumnKind::kPhone},
    {"電話號碼", ColumnKind::kPhone},
    {"手机号", ColumnKind::kPhone},
    {"手机号码", ColumnKind::kPhone},
    {"手機號碼", ColumnKind::kPhone},
    {"联系电话", ColumnKind::kPhone},
    {"聯絡電話", ColumnKind::kPhone},
    {"聯繫電話", ColumnKind::kPhone},
    // Emails.
    {"email", ColumnKind::kEmail},
    {"mail", ColumnKind::kEmail},
    {"emailaddress", ColumnKind::kEmail},
    {"thưđiệntử", ColumnKind::kEmail},
    {"thudientu", ColumnKind::kEmail},
    {"邮箱", ColumnKind::kEmail},
    {"郵箱", ColumnKind::kEmail},
    {"电子邮件", ColumnKind::kEmail},
    {"電子郵件", ColumnKind::kEmail},
    {"电子邮箱", ColumnKind::kEmail},
    {"電子郵箱", ColumnKind::kEmail},
    {"电邮", ColumnKind::kEmail},
    {"電郵", ColumnKind::kEmail},
    // Companies.
    {"company", ColumnKind::kCompany},
    {"companyname", ColumnKind::kCompany},
    {"organization", ColumnKind::kCompany},
    {"organisation", ColumnKind::kCompany},
    {"employer", ColumnKind::kCompany},
    {"côngty", ColumnKind::kCompany},
    {"congty", ColumnKind::kCompany},
    {"têncôngty", ColumnKind::kCompany},
    {"tencongty", ColumnKind::kCompany},
    {"doanhnghiệp", ColumnKind::kCompany},
    {"doanhnghiep", ColumnKind::kCompany},
    {"公司", ColumnKind::kCompany},
    {"公司名称", ColumnKind::kCompany},
    {"公司名稱", ColumnKind::kCompany},
    {"单位", ColumnKind::kCompany},
    {"單位", ColumnKind::kCompany},
    {"企业", ColumnKind::kCompany},
    {"企業", ColumnKind::kCompany},
    // Countries.
    {"country", ColumnKind::kCountry},
    {"countrycode", ColumnKind::kCountry},
    {"countryname", ColumnKind::kCountry},
    {"quốcgia", ColumnKind::kCountry},
    {"quocgia", ColumnKind::kCountry},
    {"国家", ColumnKind::kCountry},
    {"國家", ColumnKind::kCountry},
    {"国家地区", ColumnKind::kCountry},
    {"國家地區", ColumnKind::kCountry},
};

// Header endings that name the kind whatever comes before ("work_phone",
// "公司电话", "contact email").
constexpr std::pair<std::string_view, ColumnKind> kSuffixes[] = {
    {"phone", ColumnKind::kPhone}, {"mobile", ColumnKind::kPhone},
    {"电话", ColumnKind::kPhone},  {"電話", ColumnKind::kPhone},
    {"手机", ColumnKind::kPhone},  {"手機", ColumnKind::kPhone},
    {"email", ColumnKind::kEmail}, {"邮箱", ColumnKind::kEmail},
    {"郵箱", ColumnKind::kEmail},
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
        c == '/' || c == '(' || c == ')') {
      continue;
    }
    out.push_back(c);
  }
  while (!out.empty() && out.back() >= '0' && out.back() <= '9') {
    out.pop_back();
  }
  return out;
}

}  // namespace

std::string_view ColumnKindName(ColumnKind kind) {
  switch (kind) {
    case ColumnKind::kOther:
      return "other";
    case ColumnKind::kName:
      return "name";
    case ColumnKind::kPhone:
      return "phone";
    case ColumnKind::kEmail:
      return "email";
    case ColumnKind::kCompany:
      return "company";
    case ColumnKind::kCountry:
      return "country";
  }
  return "other";
}

ColumnKind InferColumnKind(std::string_view header) {
  const std::string folded = Fold(header);
  if (folded.empty()) return ColumnKind::kOther;
  for (const auto& [name, kind] : kHeaders) {
    if (folded == name) return kind;
  }
  for (const auto& [suffix, kind] : kSuffixes) {
    if (std::string_view(folded).ends_with(suffix)) return kind;
  }
  return ColumnKind::kOther;
}

}  // namespace dqe::cli
