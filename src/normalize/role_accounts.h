// role_accounts.h: e-mail local parts that name a function, not a person.
//
// info@, sales@, ketoan@ (accounting), lienhe@ (contact), kefu@ (客服) ...:
// mail to them reaches whoever holds the role, so two contacts sharing one
// is no sign that they are the same person.
#ifndef DQE_NORMALIZE_ROLE_ACCOUNTS_H_
#define DQE_NORMALIZE_ROLE_ACCOUNTS_H_

#include <string_view>

namespace dqe::internal {

// IsRoleAccount returns true when `local` (the lower-case local part of an
// address) is a role account: a role word, possibly with a "+tag", with
// dots, hyphens or underscores inside it ("no-reply", "customer.service")
// and digits after it ("sales01"). Thread-safe.
bool IsRoleAccount(std::string_view local);

}  // namespace dqe::internal

#endif  // DQE_NORMALIZE_ROLE_ACCOUNTS_H_
