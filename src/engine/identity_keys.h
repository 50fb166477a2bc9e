// identity_keys.h: the identity key of each row of a reference table
// (identity.h): its identity fields read and joined.
#ifndef DQE_ENGINE_IDENTITY_KEYS_H_
#define DQE_ENGINE_IDENTITY_KEYS_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "dqe/engine.h"
#include "dqe/identity.h"
#include "dqe/schema.h"
#include "dqe/table.h"

namespace dqe::internal {

struct IdentityKeys {
  // Per row: its key; empty when the row is flagged or a field could not be
  // read (then `issues` says why).
  std::vector<std::string> keys;
  std::vector<RowIssue> issues;
};

// ComputeIdentityKeys reads every row's identity fields. Errors: a field
// naming a column the table lacks.
absl::StatusOr<IdentityKeys> ComputeIdentityKeys(const IdentitySpec& spec,
                                                 const Schema& schema,
                                                 const TableView& table);

}  // namespace dqe::internal

#endif  // DQE_ENGINE_IDENTITY_KEYS_H_
