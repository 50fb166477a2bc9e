#include "src/normalize/email_providers.h"

#include "absl/container/flat_hash_map.h"

namespace dqe::internal {
namespace {

using R = MailboxRule;

// Most common first: a typo equally close to two providers is suggested as
// the one listed first.
constexpr EmailProvider kProviders[] = {
    // Global.
    {"gmail.com", R::kGmail, "gmail.com", true},
    {"yahoo.com", R::kExact, "yahoo.com", true},
    {"hotmail.com", R::kPlusTag, "hotmail.com", true},
    {"outlook.com", R::kPlusTag, "outlook.com", true},
    {"icloud.com", R::kExact, "icloud.com", true},
    {"googlemail.com", R::kGmail, "gmail.com", true},
    {"live.com", R::kPlusTag, "live.com", false},
    {"msn.com", R::kPlusTag, "msn.com", false},
    {"protonmail.com", R::kExact, "protonmail.com", true},
    // Vietnam.
    {"yahoo.com.vn", R::kExact, "yahoo.com.vn", true},
    {"fpt.vn", R::kExact, "fpt.vn", true},
    {"fpt.com.vn", R::kExact, "fpt.com.vn", true},
    {"vnn.vn", R::kExact, "vnn.vn", true},
    {"hn.vnn.vn", R::kExact, "hn.vnn.vn", true},
    {"hcm.vnn.vn", R::kExact, "hcm.vnn.vn", true},
    // Mainland China, Taiwan, Hong Kong.
    {"qq.com", R::kExact, "qq.com", true},
    {"163.com", R::kExact, "163.com", true},
    {"126.com", R::kExact, "126.com", true},
    {"sina.com", R::kExact, "sina.com", true},
    {"foxmail.com", R::kExact, "foxmail.com", true},
    {"sohu.com", R::kExact, "sohu.com", true},
    {"aliyun.com", R::kExact, "aliyun.com", true},
    {"yahoo.com.tw", R::kExact, "yahoo.com.tw", true},
    {"yahoo.com.hk", R::kExact, "yahoo.com.hk", true},
    // Real domains near a provider's spelling: never taken for typos.
    {"ymail.com", R::kExact, "ymail.com", false},
    {"mail.com", R::kExact, "mail.com", false},
    {"email.com", R::kExact, "email.com", false},
    {"gmx.com", R::kExact, "gmx.com", false},
    {"gmx.net", R::kExact, "gmx.net", false},
    {"gmx.de", R::kExact, "gmx.de", false},
    {"aol.com", R::kExact, "aol.com", false},
    {"me.com", R::kExact, "me.com", false},
    {"mac.com", R::kExact, "mac.com", false},
    {"cloud.com", R::kExact, "cloud.com", false},
    {"proton.me", R::kExact, "proton.me", false},
    {"yahoo.co.jp", R::kExact, "yahoo.co.jp", false},
    {"yahoo.co.uk", R::kExact, "yahoo.co.uk", false},
    {"yahoo.fr", R::kExact, "yahoo.fr", false},
    {"yahoo.de", R::kExact, "yahoo.de", false},
    {"hotmail.co.uk", R::kPlusTag, "hotmail.co.uk", false},
    {"hotmail.fr", R::kPlusTag, "hotmail.fr", false},
    {"hotmail.de", R::kPlusTag, "hotmail.de", false},
    {"hotmail.it", R::kPlusTag, "hotmail.it", false},
    {"hotmail.es", R::kPlusTag, "hotmail.es", false},
    {"live.co.uk", R::kPlusTag, "live.co.uk", false},
    {"outlook.fr", R::kPlusTag, "outlook.fr", false},
    {"outlook.de", R::kPlusTag, "outlook.de", false},
    {"sina.cn", R::kExact, "sina.cn", false},
    {"sina.com.cn", R::kExact, "sina.com.cn", false},
    {"163.net", R::kExact, "163.net", false},
    {"126.net", R::kExact, "126.net", false},
    {"yeah.net", R::kExact, "yeah.net", false},
    {"139.com", R::kExact, "139.com", false},
    {"188.com", R::kExact, "188.com", false},
    {"21cn.com", R::kExact, "21cn.com", false},
    {"tom.com", R::kExact, "tom.com", false},
};

}  // namespace

std::span<const EmailProvider> EmailProviders() { return kProviders; }

const EmailProvider* FindEmailProvider(std::string_view domain) {
  static const auto* const kByDomain = [] {
    auto* m = new absl::flat_hash_map<std::string_view, const EmailProvider*>;
    for (const EmailProvider& p : kProviders) m->emplace(p.domain, &p);
    return m;
  }();
  const auto it = kByDomain->find(domain);
  return it == kByDomain->end() ? nullptr : it->second;
}

}  // namespace dqe::internal
