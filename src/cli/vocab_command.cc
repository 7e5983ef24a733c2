// `unspin vocab build -o FILE TEXT...`: a reference vocabulary from clean text.
#include <cstdio>

#include "cli/commands.h"
#include "cli/input.h"
#include "vocab/vocabulary_builder.h"

namespace unspin {

int RunVocabBuild(const VocabBuildOptions& options) {
  VocabularyBuilder builder;
  std::vector<std::string> inputs = options.inputs;
  if (inputs.empty()) inputs.push_back("-");
  for (const std::string& input : inputs) {
    StatusOr<std::string> text = ReadInput(input);
    if (!text.ok()) return ReportError(text.status().message());
    builder.AddText(text.value());
  }
  if (Status written = builder.Write(options.output, options.min_count); !written.ok()) {
    return ReportError(written.message());
  }
  StatusOr<std::shared_ptr<const Vocabulary>> check = Vocabulary::Open(options.output);
  if (!check.ok()) return ReportError(check.status().message());
  const Vocabulary& vocabulary = *check.value();
  std::fprintf(stderr,
               "unspin: wrote %s: %llu tokens; %llu unigrams, %llu bigrams, %llu trigrams "
               "(min count %u); %zu bytes\n",
               options.output.c_str(), static_cast<unsigned long long>(vocabulary.total_tokens()),
               static_cast<unsigned long long>(vocabulary.entries(1)),
               static_cast<unsigned long long>(vocabulary.entries(2)),
               static_cast<unsigned long long>(vocabulary.entries(3)), options.min_count,
               vocabulary.size_bytes());
  return 0;
}

}  // namespace unspin
