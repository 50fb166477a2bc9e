// dqe_runner.h: runs the built `dqe` tool from a test, the way a batch job
// does, and reads the files it writes. The binary's path comes from
// tests/cli/tests.cmake (DQE_CLI_PATH).
#ifndef DQE_TESTS_SUPPORT_DQE_RUNNER_H_
#define DQE_TESTS_SUPPORT_DQE_RUNNER_H_

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace dqe::testing {

struct Outcome {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Quote quotes `arg` for /bin/sh.
inline std::string Quote(const std::string& arg) {
  std::string q = "'";
  for (char c : arg) {
    if (c == '\'') {
      q += "'\\''";
    } else {
      q += c;
    }
  }
  return q + "'";
}

inline std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void Spit(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// Scratch returns a path in a directory of this process's own (ctest runs
// the tests of one file as parallel processes).
inline std::string Scratch(const std::string& name) {
  static const std::string dir = [] {
    std::string pattern = ::testing::TempDir() + "/dqe_cli_XXXXXX";
    char* made = mkdtemp(pattern.data());
    EXPECT_NE(made, nullptr);
    return pattern;
  }();
  return dir + "/" + name;
}

// Dqe runs `dqe ARGS...` and returns its exit code, stdout and stderr.
inline Outcome Dqe(const std::vector<std::string>& args) {
  Outcome run;
#ifndef DQE_CLI_PATH
  ADD_FAILURE() << "built without the dqe tool";
  return run;
#else
  const std::string err = Scratch("stderr.txt");
  std::string command = Quote(DQE_CLI_PATH);
  for (const std::string& a : args) command += ' ' + Quote(a);
  command += " 2>" + Quote(err);
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) {
    ADD_FAILURE() << "cannot run " << command;
    return run;
  }
  char buffer[4096];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) run.out.append(buffer, n);
  const int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.err = Slurp(err);
  std::remove(err.c_str());
  return run;
#endif
}

}  // namespace dqe::testing

#endif  // DQE_TESTS_SUPPORT_DQE_RUNNER_H_
