// The C API's basics: version, status codes, errors and the memory the
// caller frees.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "dqe.h"
#include "dqe/version.h"
#include "src/c_api/c_api_internal.h"

// The C header repeats dqe/version.h's macros: with both included, a
// difference is a macro redefined with another value, which the compiler
// reports. (c_api_test.c checks dqe_version() against the C header too.)

// The status numbering is absl::StatusCode's, pinned forever.
#define DQE_PIN(c_name, absl_name)                                      \
  static_assert(static_cast<int>(c_name) ==                             \
                static_cast<int>(absl::StatusCode::absl_name))
DQE_PIN(DQE_OK, kOk);
DQE_PIN(DQE_CANCELLED, kCancelled);
DQE_PIN(DQE_UNKNOWN, kUnknown);
DQE_PIN(DQE_INVALID_ARGUMENT, kInvalidArgument);
DQE_PIN(DQE_DEADLINE_EXCEEDED, kDeadlineExceeded);
DQE_PIN(DQE_NOT_FOUND, kNotFound);
DQE_PIN(DQE_ALREADY_EXISTS, kAlreadyExists);
DQE_PIN(DQE_PERMISSION_DENIED, kPermissionDenied);
DQE_PIN(DQE_RESOURCE_EXHAUSTED, kResourceExhausted);
DQE_PIN(DQE_FAILED_PRECONDITION, kFailedPrecondition);
DQE_PIN(DQE_ABORTED, kAborted);
DQE_PIN(DQE_OUT_OF_RANGE, kOutOfRange);
DQE_PIN(DQE_UNIMPLEMENTED, kUnimplemented);
DQE_PIN(DQE_INTERNAL, kInternal);
DQE_PIN(DQE_UNAVAILABLE, kUnavailable);
DQE_PIN(DQE_DATA_LOSS, kDataLoss);
DQE_PIN(DQE_UNAUTHENTICATED, kUnauthenticated);
#undef DQE_PIN

namespace dqe::c_api {

dqe_status SetError(char** error, dqe_status code, std::string_view message) {
  if (error == nullptr) return code;
  char* copy = static_cast<char*>(std::malloc(message.size() + 1));
  if (copy != nullptr) {
    if (!message.empty()) std::memcpy(copy, message.data(), message.size());
    copy[message.size()] = '\0';
  }
  *error = copy;
  return code;
}

dqe_status OutOfMemory(char** error, const char* function) {
  char message[160];
  std::snprintf(message, sizeof(message), "%s: out of memory", function);
  return SetError(error, DQE_RESOURCE_EXHAUSTED, message);
}

dqe_status FromStatus(char** error, const absl::Status& status) {
  if (status.ok()) return DQE_OK;
  // absl's codes are DQE's (pinned above); a code outside them is unknown.
  int code = static_cast<int>(status.code());
  if (code < DQE_OK || code > DQE_UNAUTHENTICATED) code = DQE_UNKNOWN;
  return SetError(error, static_cast<dqe_status>(code),
                  std::string_view(status.message().data(),
                                   status.message().size()));
}

}  // namespace dqe::c_api

extern "C" {

const char* dqe_version(void) { return dqe::Version(); }

const char* dqe_status_name(dqe_status status) {
  switch (status) {
    case DQE_OK: return "OK";
    case DQE_CANCELLED: return "CANCELLED";
    case DQE_UNKNOWN: return "UNKNOWN";
    case DQE_INVALID_ARGUMENT: return "INVALID_ARGUMENT";
    case DQE_DEADLINE_EXCEEDED: return "DEADLINE_EXCEEDED";
    case DQE_NOT_FOUND: return "NOT_FOUND";
    case DQE_ALREADY_EXISTS: return "ALREADY_EXISTS";
    case DQE_PERMISSION_DENIED: return "PERMISSION_DENIED";
    case DQE_RESOURCE_EXHAUSTED: return "RESOURCE_EXHAUSTED";
    case DQE_FAILED_PRECONDITION: return "FAILED_PRECONDITION";
    case DQE_ABORTED: return "ABORTED";
    case DQE_OUT_OF_RANGE: return "OUT_OF_RANGE";
    case DQE_UNIMPLEMENTED: return "UNIMPLEMENTED";
    case DQE_INTERNAL: return "INTERNAL";
    case DQE_UNAVAILABLE: return "UNAVAILABLE";
    case DQE_DATA_LOSS: return "DATA_LOSS";
    case DQE_UNAUTHENTICATED: return "UNAUTHENTICATED";
  }
  return "UNKNOWN_CODE";
}

void dqe_free(void* p) { std::free(p); }

}  // extern "C"
