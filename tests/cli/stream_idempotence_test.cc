// Restoring a stream's output again changes nothing, through the real
// binary: a stream is restored in chunks, each with its own document-level
// evidence, and the output must be cut into the same chunks as the input
// (cli/chunk_reader.h, lines_per_chunk) for its second restoration to see
// what the first saw.
#include <algorithm>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "cli/cli_fixture.h"

namespace unspin {
namespace {

// The non-blank lines of the corpus's spun stories and clean text.
std::vector<std::string> CorpusLines() {
  std::vector<std::string> lines;
  for (const char* folder : {"corpus/news", "corpus/science", "corpus/clean"}) {
    for (const auto& entry : fs::directory_iterator(testing::SourcePath(folder))) {
      const std::string name = entry.path().filename().string();
      if (!name.ends_with(".txt") || name.ends_with(".original.txt") ||
          name.ends_with(".unspin.txt")) {
        continue;
      }
      std::istringstream text(ReadFile(entry.path()));
      for (std::string line; std::getline(text, line);) {
        if (line.find_first_not_of(" \t\r") != std::string::npos) lines.push_back(line);
      }
    }
  }
  std::sort(lines.begin(), lines.end());  // directory order is not fixed
  return lines;
}

// Before chunks were cut by lines, this stream's output (cut by bytes, and
// shorter than the input) was cut elsewhere, and its second restoration
// changed words whose rules' pooled evidence had moved between chunks.
TEST_F(CliTest, RestoringAStreamsOutputAgainChangesNothing) {
  const std::vector<std::string> lines = CorpusLines();
  ASSERT_GT(lines.size(), 100u);
  std::mt19937 random(19);
  std::string input;
  while (input.size() < (3u << 20)) input += lines[random() % lines.size()] + "\n";
  const Result first = Unspin("--spell=off", input);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  ASSERT_NE(first.out, input);
  const Result second = Unspin("--spell=off", first.out);
  ASSERT_EQ(second.exit_code, 0) << second.err;
  if (second.out != first.out) {
    size_t at = 0;
    while (at < first.out.size() && first.out[at] == second.out[at]) ++at;
    FAIL() << "the second restoration changed byte " << at << ": \""
           << first.out.substr(at > 60 ? at - 60 : 0, 120) << "\"";
  }
}

}  // namespace
}  // namespace unspin
