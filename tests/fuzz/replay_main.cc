// replay_main.cc: runs a fuzz target's LLVMFuzzerTestOneInput on files
// (each argument a file, or a directory of files) without libFuzzer, so that
// every build replays the seed corpus in tests/fuzz/corpus as a plain test.
// Arguments starting with '-' (libFuzzer flags) are ignored.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

void RunFile(const std::filesystem::path& path, size_t* runs) {
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)),
                    std::istreambuf_iterator<char>());
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()),
                         bytes.size());
  ++*runs;
}

}  // namespace

int main(int argc, char** argv) {
  size_t runs = 0;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (!arg.empty() && arg[0] == '-') continue;
    std::error_code ec;
    if (std::filesystem::is_directory(arg, ec)) {
      std::vector<std::filesystem::path> files;
      for (const auto& entry : std::filesystem::directory_iterator(arg)) {
        if (entry.is_regular_file()) files.push_back(entry.path());
      }
      std::sort(files.begin(), files.end());
      for (const auto& f : files) RunFile(f, &runs);
    } else if (std::filesystem::is_regular_file(arg, ec)) {
      RunFile(arg, &runs);
    } else {
      std::fprintf(stderr, "replay: %s: no such file or directory\n",
                   arg.c_str());
      return 1;
    }
  }
  // Empty input once, whatever the arguments.
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(""), 0);
  std::printf("replayed %zu inputs\n", runs + 1);
  return 0;
}
