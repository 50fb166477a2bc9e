// dqe/version.h: the library's version, at compile time and at run time.
#ifndef DQE_VERSION_H_
#define DQE_VERSION_H_

#include "dqe/export.h"

#define DQE_VERSION_MAJOR 0
#define DQE_VERSION_MINOR 1
#define DQE_VERSION_PATCH 0
#define DQE_VERSION_STRING "0.1.0"

namespace dqe {

// Version returns the version of the library the program runs with, e.g. "0.1.0".
DQE_EXPORT const char* Version();

}  // namespace dqe

#endif  // DQE_VERSION_H_
