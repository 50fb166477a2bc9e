// NormalizeEmail: trim, "mailto:", NFKC, lower case, IDNA domain, RE2 syntax
// check, provider key rules, role-account and typo-domain warnings.
//
// ASCII input, nearly every address, takes a path without ICU: NFKC, case
// mapping and IDNA are all identities there except for lower-casing, and
// ASCII domains that are already in Punycode ("xn--") are the only ones
// handed to IDNA (to check them).

#include <memory>
#include <string>
#include <string_view>

#include "dqe/normalize.h"
#include "re2/re2.h"
#include "src/common/utf8.h"
#include "src/normalize/domain_typos.h"
#include "src/normalize/email_providers.h"
#include "src/normalize/role_accounts.h"
#include "src/normalize/text_fold.h"
#include "unicode/bytestream.h"
#include "unicode/casemap.h"
#include "unicode/idna.h"
#include "unicode/uchar.h"

namespace dqe {
namespace {

using internal::DecodeUtf8;
using internal::kInvalidCodePoint;

constexpr size_t kMaxLocalLength = 64;    // RFC 5321 4.5.3.1.1
constexpr size_t kMaxDomainLength = 253;  // RFC 1035, without the root dot
constexpr size_t kMaxLabelLength = 63;

// The practical address syntax: a dot-atom local part (RFC 5322 atext, plus
// letters, marks and digits of any script for internationalised addresses,
// RFC 6531), and a host name of LDH labels ending in an alphabetic or
// Punycode top-level domain. Quoted local parts and address literals
// ([192.0.2.1]) are legal but never what a CRM row means.
constexpr char kAddressPattern[] =
    R"((?:[a-z0-9!#$%&'*+/=?^_\x60{|}~\p{L}\p{M}\p{N}-]+)"
    R"((?:\.[a-z0-9!#$%&'*+/=?^_\x60{|}~\p{L}\p{M}\p{N}-]+)*))"
    R"(@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+)"
    R"((?:[a-z]{2,63}|xn--[a-z0-9-]{1,59}))";

const RE2& AddressPattern() {
  static const RE2* const re = [] {
    RE2::Options options;
    options.set_log_errors(false);
    return new RE2(kAddressPattern, options);
  }();
  return *re;
}

// UTS #46 processing as browsers and mail clients use it: nontransitional
// (ß stays ß), STD3 host-name rules (no '_' or spaces), bidi and CONTEXTJ
// checks. The IDNA object is immutable and thread-safe.
const icu::IDNA* Uts46() {
  static const icu::IDNA* const idna = [] {
    UErrorCode status = U_ZERO_ERROR;
    icu::IDNA* p = icu::IDNA::createUTS46Instance(
        UIDNA_NONTRANSITIONAL_TO_ASCII | UIDNA_USE_STD3_RULES |
            UIDNA_CHECK_BIDI | UIDNA_CHECK_CONTEXTJ,
        status);
    return U_SUCCESS(status) ? p : nullptr;
  }();
  return idna;
}

// IdnaErrorText names the first problem IDNA reported.
std::string_view IdnaErrorText(uint32_t errors) {
  if (errors & UIDNA_ERROR_EMPTY_LABEL) return "an empty label";
  if (errors & UIDNA_ERROR_LABEL_TOO_LONG) return "a label too long";
  if (errors & UIDNA_ERROR_DOMAIN_NAME_TOO_LONG) return "too long";
  if (errors & (UIDNA_ERROR_LEADING_HYPHEN | UIDNA_ERROR_TRAILING_HYPHEN)) {
    return "a label starting or ending with a hyphen";
  }
  if (errors & UIDNA_ERROR_DISALLOWED) return "a character not allowed";
  if (errors & UIDNA_ERROR_LEADING_COMBINING_MARK) {
    return "a label starting with a combining mark";
  }
  if (errors & (UIDNA_ERROR_PUNYCODE | UIDNA_ERROR_INVALID_ACE_LABEL)) {
    return "an invalid Punycode (xn--) label";
  }
  if (errors & UIDNA_ERROR_BIDI) return "mixed right-to-left text";
  return "an invalid label";
}

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
         c == '\f';
}

// Invisible or blank code points that copy and paste leaves at the edges of
// a cell (NFKC has already made NBSP and ideographic space a plain space).
bool IsInvisibleEdge(char32_t cp) {
  return cp == 0x85 || cp == 0x180E || (cp >= 0x200B && cp <= 0x200D) ||
         cp == 0x2028 || cp == 0x2029 || cp == 0x2060 || cp == 0xFEFF;
}

std::string_view TrimEdges(std::string_view s) {
  for (;;) {
    if (s.empty()) return s;
    if (IsAsciiSpace(s.front())) {
      s.remove_prefix(1);
      continue;
    }
    if (static_cast<unsigned char>(s.front()) >= 0x80) {
      size_t pos = 0;
      const char32_t cp = DecodeUtf8(s, &pos);
      if (cp != kInvalidCodePoint && IsInvisibleEdge(cp)) {
        s.remove_prefix(pos);
        continue;
      }
    }
    break;
  }
  for (;;) {
    if (s.empty()) return s;
    if (IsAsciiSpace(s.back())) {
      s.remove_suffix(1);
      continue;
    }
    if (static_cast<unsigned char>(s.back()) >= 0x80) {
      size_t start = s.size() - 1;
      while (start > 0 &&
             (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) {
        --start;
      }
      size_t pos = start;
      const char32_t cp = DecodeUtf8(s, &pos);
      if (cp != kInvalidCodePoint && pos == s.size() && IsInvisibleEdge(cp)) {
        s.remove_suffix(s.size() - start);
        continue;
      }
    }
    return s;
  }
}

char AsciiLower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
}

void AppendAsciiLower(std::string_view s, std::string* out) {
  const size_t n = out->size();
  out->resize(n + s.size());
  char* p = out->data() + n;
  for (char c : s) *p++ = AsciiLower(c);
}

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (AsciiLower(s[i]) != prefix[i]) return false;
  }
  return true;
}

// AppendLower appends `s` in lower case: ASCII by hand, the rest by ICU's
// root-locale case mapping.
void AppendLower(std::string_view s, std::string* out) {
  if (internal::IsAscii(s)) {
    AppendAsciiLower(s, out);
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  icu::StringByteSink<std::string> sink(out);
  icu::CaseMap::utf8ToLower("", 0, icu::StringPiece(s.data(), s.size()), sink,
                            nullptr, status);
}

// CodePointText returns the code point at the start of `s` as text, for
// messages; control characters and spaces are written as U+XXXX.
std::string CodePointText(std::string_view s) {
  size_t pos = 0;
  const char32_t cp = DecodeUtf8(s, &pos);
  if (cp == kInvalidCodePoint) return "?";
  if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string u = "U+00";
    u.push_back(kHex[cp >> 4]);
    u.push_back(kHex[cp & 0xF]);
    return u;
  }
  std::string quoted(1, '\'');
  quoted.append(s.substr(0, pos)).push_back('\'');
  return quoted;
}

bool IsAtextAscii(char c) {
  if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("!#$%&'*+/=?^_`{|}~-").find(c) !=
         std::string_view::npos;
}

bool IsHostChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

// DiagnoseLocal names what is wrong with a local part, or returns "".
std::string DiagnoseLocal(std::string_view local) {
  if (local.front() == '.') return "local part starts with a dot";
  if (local.back() == '.') return "local part ends with a dot";
  if (local.find("..") != std::string_view::npos) {
    return "two dots in a row in the local part";
  }
  size_t i = 0;
  while (i < local.size()) {
    const char c = local[i];
    if (static_cast<unsigned char>(c) < 0x80) {
      if (c != '.' && !IsAtextAscii(c)) {
        return CodePointText(local.substr(i)) +
               " is not allowed in the local part";
      }
      ++i;
      continue;
    }
    // Non-ASCII: letters, marks and digits are allowed, as in the pattern.
    size_t next = i;
    const char32_t cp = DecodeUtf8(local, &next);
    if (cp == kInvalidCodePoint ||
        (U_GET_GC_MASK(cp) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK)) == 0) {
      return CodePointText(local.substr(i)) +
             " is not allowed in the local part";
    }
    i = next;
  }
  return "";
}

// DiagnoseDomain names what is wrong with an ASCII domain, or returns "".
std::string DiagnoseDomain(std::string_view domain) {
  for (size_t i = 0; i < domain.size(); ++i) {
    const char c = domain[i];
    if (c != '.' && !IsHostChar(c)) {
      return CodePointText(domain.substr(i)) + " is not allowed in the domain";
    }
  }
  if (domain.front() == '.' || domain.back() == '.' ||
      domain.find("..") != std::string_view::npos) {
    return "domain '" + std::string(domain) + "' has an empty label";
  }
  const size_t last_dot = domain.rfind('.');
  if (last_dot == std::string_view::npos) {
    return "domain '" + std::string(domain) +
           "' has no top-level domain (like .com)";
  }
  size_t start = 0;
  while (start < domain.size()) {
    size_t end = domain.find('.', start);
    if (end == std::string_view::npos) end = domain.size();
    const std::string_view label = domain.substr(start, end - start);
    if (label.size() > kMaxLabelLength) {
      return "domain label longer than 63 characters";
    }
    if (label.front() == '-' || label.back() == '-') {
      return "domain label '" + std::string(label) +
             "' starts or ends with a hyphen";
    }
    start = end + 1;
  }
  const std::string_view tld = domain.substr(last_dot + 1);
  const bool alphabetic = tld.find_first_not_of("abcdefghijklmnopqrstuvwxyz") ==
                          std::string_view::npos;
  if ((!alphabetic || tld.size() < 2) && !tld.starts_with("xn--")) {
    return "top-level domain '" + std::string(tld) + "' is not valid";
  }
  return "";
}

void SetInvalid(std::string reason, NormalizedEmail* r) {
  r->valid = false;
  r->reason = std::move(reason);
}

// WriteKey writes the match key of a valid address at `provider` (nullptr
// when the domain is no known provider, or rules are off).
void WriteKey(const NormalizedEmail& r, const internal::EmailProvider* provider,
              std::string* key) {
  if (provider == nullptr || provider->rule == internal::MailboxRule::kExact) {
    *key = r.normalized;
    return;
  }
  std::string_view mailbox = r.local;
  const size_t plus = mailbox.find('+');
  // "+tag@gmail.com" has no mailbox before the tag; keep it whole.
  if (plus != std::string_view::npos && plus > 0) {
    mailbox = mailbox.substr(0, plus);
  }
  key->clear();
  key->reserve(mailbox.size() + 1 + provider->canonical_domain.size());
  if (provider->rule == internal::MailboxRule::kGmail) {
    for (char c : mailbox) {
      if (c != '.') key->push_back(c);
    }
  } else {
    key->append(mailbox);
  }
  key->push_back('@');
  key->append(provider->canonical_domain);
}

}  // namespace

NormalizedEmail NormalizeEmail(std::string_view text,
                               const EmailOptions& options) {
  NormalizedEmail r;
  std::string nfkc;
  std::string_view s = text;
  if (!internal::IsAscii(text)) {
    size_t bad = 0;
    if (!internal::ToNfkc(text, &nfkc, &bad)) {
      SetInvalid(internal::InvalidUtf8Reason(bad), &r);
      return r;
    }
    s = nfkc;
  }
  s = TrimEdges(s);
  if (StartsWithIgnoreCase(s, "mailto:")) {
    s.remove_prefix(7);
    // A mailto URI may carry headers: mailto:a@b.com?subject=Hi
    s = TrimEdges(s.substr(0, s.find('?')));
  }
  if (s.empty()) {
    SetInvalid("empty", &r);
    return r;
  }
  const size_t at = s.find('@');
  if (at == std::string_view::npos) {
    AppendLower(s, &r.normalized);
    SetInvalid("no @ in the address", &r);
    return r;
  }
  if (s.find('@', at + 1) != std::string_view::npos) {
    AppendLower(s, &r.normalized);
    SetInvalid("more than one @ in the address", &r);
    return r;
  }
  const std::string_view local_in = s.substr(0, at);
  const std::string_view domain_in = s.substr(at + 1);
  AppendLower(local_in, &r.local);

  // The domain in ASCII: lower-cased by hand, or by UTS #46 when it is not
  // ASCII or holds Punycode labels that IDNA must check.
  std::string idna_error;
  const bool ascii_domain = internal::IsAscii(domain_in);
  if (ascii_domain) AppendAsciiLower(domain_in, &r.domain);
  if (!domain_in.empty() &&
      (!ascii_domain || r.domain.find("xn--") != std::string::npos)) {
    std::string ascii;
    icu::StringByteSink<std::string> sink(&ascii);
    icu::IDNAInfo info;
    UErrorCode status = U_ZERO_ERROR;
    const icu::IDNA* idna = Uts46();
    if (idna != nullptr) {
      idna->nameToASCII_UTF8(
          icu::StringPiece(domain_in.data(), domain_in.size()), sink, info,
          status);
    }
    if (idna == nullptr || U_FAILURE(status)) {
      idna_error = "the domain could not be converted to ASCII (IDNA)";
    } else if (info.hasErrors()) {
      idna_error = "domain has " + std::string(IdnaErrorText(info.getErrors()));
    }
    if (idna_error.empty()) {
      r.domain = std::move(ascii);
    } else if (!ascii_domain) {
      AppendLower(domain_in, &r.domain);
    }
  }
  r.normalized.reserve(r.local.size() + 1 + r.domain.size());
  r.normalized.append(r.local).push_back('@');
  r.normalized.append(r.domain);

  if (r.local.empty()) {
    SetInvalid("nothing before the @", &r);
    return r;
  }
  if (r.domain.empty()) {
    SetInvalid("nothing after the @", &r);
    return r;
  }
  if (r.local.size() > kMaxLocalLength) {
    SetInvalid("local part longer than 64 bytes", &r);
    return r;
  }
  if (r.domain.size() > kMaxDomainLength) {
    SetInvalid("domain longer than 253 bytes", &r);
    return r;
  }
  if (!RE2::FullMatch(r.normalized, AddressPattern())) {
    // Name the first problem a user can fix: spaces first, as they are the
    // most common (names typed into the e-mail column).
    std::string reason;
    if (r.normalized.find_first_of(" \t\r\n\v\f") != std::string::npos) {
      reason = "contains a space";
    } else {
      reason = DiagnoseLocal(r.local);
      if (reason.empty()) reason = idna_error;
      if (reason.empty() && internal::IsAscii(r.domain)) {
        reason = DiagnoseDomain(r.domain);
      }
      if (reason.empty()) reason = "not a valid e-mail address";
    }
    SetInvalid(std::move(reason), &r);
    return r;
  }
  if (!idna_error.empty()) {
    SetInvalid(std::move(idna_error), &r);
    return r;
  }
  r.valid = true;
  const internal::EmailProvider* provider =
      internal::FindEmailProvider(r.domain);
  WriteKey(r, options.provider_rules ? provider : nullptr, &r.key);
  if (internal::IsRoleAccount(r.local)) {
    r.role_account = true;
    r.warnings.push_back("role account (" +
                         r.local.substr(0, r.local.find('+')) +
                         "@): not a person's address");
  }
  const std::string_view suggestion =
      provider == nullptr ? internal::SuggestEmailDomain(r.domain)
                          : std::string_view();
  r.mail_provider = provider != nullptr || !suggestion.empty();
  if (!suggestion.empty()) {
    r.suggested_domain = suggestion;
    r.warnings.push_back("domain '" + r.domain + "' looks like a typo of '" +
                         r.suggested_domain + "'");
  }
  return r;
}

std::vector<NormalizedEmail> NormalizeEmailColumn(
    std::span<const std::string_view> cells, const EmailOptions& options) {
  std::vector<NormalizedEmail> out;
  out.reserve(cells.size());
  for (std::string_view cell : cells)
    out.push_back(NormalizeEmail(cell, options));
  return out;
}

}  // namespace dqe
