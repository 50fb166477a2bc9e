// Uses the installed dqe headers and library: prints the version and a name
// key. tests/install/install_test.sh checks the output.
#include <cstdio>
#include <cstring>

#include "dqe/normalize.h"
#include "dqe/version.h"

int main() {
  // The headers and the library must be the same release.
  if (std::strcmp(dqe::Version(), DQE_VERSION_STRING) != 0) {
    std::printf("header %s, library %s\n", DQE_VERSION_STRING, dqe::Version());
    return 1;
  }
  const dqe::NormalizedName name = dqe::NormalizeName("Ông NGUYỄN VĂN  AN");
  std::printf("version %s\nkey %s\n", dqe::Version(), name.key.c_str());
  return name.valid ? 0 : 1;
}
