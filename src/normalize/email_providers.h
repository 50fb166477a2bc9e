// email_providers.h: the mail providers whose rules and spellings dqe knows.
//
// One table: each well-known provider domain with the rule its mailboxes
// follow (Gmail ignores dots and "+tags" in the local part, Outlook/Hotmail/
// Live ignore "+tags"), the domain it is an alias of (googlemail.com is
// gmail.com), and whether it is common enough to be the target of a typo
// suggestion (gmial.com → gmail.com).
#ifndef DQE_NORMALIZE_EMAIL_PROVIDERS_H_
#define DQE_NORMALIZE_EMAIL_PROVIDERS_H_

#include <cstdint>
#include <span>
#include <string_view>

namespace dqe::internal {

// How a provider reads the local part of its addresses.
enum class MailboxRule : uint8_t {
  kExact,    // the local part is the mailbox
  kGmail,    // dots are ignored and "+tag" is cut off
  kPlusTag,  // "+tag" is cut off
};

struct EmailProvider {
  std::string_view domain;  // ASCII, lower case
  MailboxRule rule;
  std::string_view canonical_domain;  // the domain the mailbox lives at
  // A typo close to this domain is worth a suggestion (gmail.com, qq.com);
  // false for real domains that are only listed so that they are not taken
  // for typos themselves (ymail.com, mail.com, gmx.com).
  bool typo_target;
};

// FindEmailProvider returns the entry for `domain` (ASCII, lower case), or
// nullptr when the domain is not a known provider. Thread-safe.
const EmailProvider* FindEmailProvider(std::string_view domain);

// EmailProviders returns the whole table, most common providers first.
std::span<const EmailProvider> EmailProviders();

}  // namespace dqe::internal

#endif  // DQE_NORMALIZE_EMAIL_PROVIDERS_H_
