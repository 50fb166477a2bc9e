// dqe/status.h: error values.
//
// dqe reports errors as values, never as exceptions: public functions return
// absl::Status or absl::StatusOr<T>. Messages name the row, the column and the
// problem where there is one.
//
//   absl::StatusOr<Config> config = dqe::Config::FromJson(text);
//   if (!config.ok()) { std::cerr << config.status() << "\n"; return 1; }
#ifndef DQE_STATUS_H_
#define DQE_STATUS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace dqe {

using Status = absl::Status;
template <typename T>
using StatusOr = absl::StatusOr<T>;

}  // namespace dqe

// DQE_RETURN_IF_ERROR(expr): returns the status of `expr` from the enclosing
// function when it is not OK.
#define DQE_RETURN_IF_ERROR(expr)                       \
  do {                                                  \
    ::absl::Status dqe_status_macro_value_ = (expr);    \
    if (!dqe_status_macro_value_.ok()) {                \
      return dqe_status_macro_value_;                   \
    }                                                   \
  } while (false)

#endif  // DQE_STATUS_H_
