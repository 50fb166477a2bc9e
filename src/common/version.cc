#include "dqe/version.h"

namespace dqe {

const char* Version() { return DQE_VERSION_STRING; }

}  // namespace dqe
