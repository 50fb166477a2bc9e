#include "src/normalize/role_accounts.h"

#include "absl/container/flat_hash_set.h"

namespace dqe::internal {
namespace {

// Written without separators: "no-reply" and "no_reply" are "noreply".
constexpr std::string_view kRoleWords[] = {
    // English.
    "abuse",
    "account",
    "accounting",
    "accounts",
    "admin",
    "administrator",
    "billing",
    "booking",
    "careers",
    "contact",
    "contactus",
    "customercare",
    "customerservice",
    "cs",
    "donotreply",
    "enquiries",
    "enquiry",
    "export",
    "finance",
    "hello",
    "help",
    "helpdesk",
    "hostmaster",
    "hr",
    "import",
    "info",
    "information",
    "inquiry",
    "invoice",
    "invoices",
    "it",
    "jobs",
    "mail",
    "marketing",
    "media",
    "noreply",
    "office",
    "order",
    "orders",
    "postmaster",
    "press",
    "purchase",
    "purchasing",
    "reception",
    "recruitment",
    "sales",
    "service",
    "services",
    "support",
    "team",
    "webmaster",
    // Vietnamese, unaccented as addresses are written.
    "chamsockhachhang",
    "cskh",
    "hanhchinh",
    "hoadon",
    "hotro",
    "ketoan",
    "kinhdoanh",
    "lienhe",
    "muahang",
    "nhansu",
    "tuyendung",
    "vanphong",
    // Chinese, in pinyin.
    "caiwu",
    "kefu",
    "xiaoshou",
    "zhaopin",
};

// Role words are short; a longer local part is a person's or a system's.
constexpr size_t kMaxRoleLocalLength = 32;

}  // namespace

bool IsRoleAccount(std::string_view local) {
  static const auto* const kRoles = new absl::flat_hash_set<std::string_view>(
      std::begin(kRoleWords), std::end(kRoleWords));
  const size_t plus = local.find('+');
  if (plus != std::string_view::npos) local = local.substr(0, plus);
  if (local.size() > kMaxRoleLocalLength) return false;
  char buf[kMaxRoleLocalLength];
  size_t n = 0;
  for (char c : local) {
    if (c == '.' || c == '-' || c == '_') continue;
    buf[n++] = c;
  }
  while (n > 0 && buf[n - 1] >= '0' && buf[n - 1] <= '9') --n;
  return n > 0 && kRoles->contains(std::string_view(buf, n));
}

}  // namespace dqe::internal
