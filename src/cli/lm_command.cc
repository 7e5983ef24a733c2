// `unspin lm build (--arpa FILE | --sphinx FILE) -o FILE`: a backoff
// language model in unspin's mapped format (vocab/backoff_model.h).
#include <cstdio>

#include "base/atomic_write.h"
#include "cli/commands.h"
#include "vocab/arpa_reader.h"
#include "vocab/backoff_model.h"
#include "vocab/backoff_model_writer.h"
#include "vocab/sphinx_trie_reader.h"

namespace unspin {

int RunLmBuild(const LmBuildOptions& options) {
  if (options.arpa.empty() == options.sphinx.empty()) {
    return ReportError("lm build: give the model to convert with --arpa FILE or --sphinx FILE");
  }
  StatusOr<BackoffModelSource> source =
      options.arpa.empty() ? ReadSphinxTrieFile(options.sphinx) : ReadArpaFile(options.arpa);
  if (!source.ok()) return ReportError(source.status().message());
  const std::string bytes = SerializeBackoffModel(source.value(), options.number_word);
  if (Status written = WriteFileAtomically(options.output, bytes); !written.ok()) {
    return ReportError(written.message());
  }
  StatusOr<std::shared_ptr<const BackoffModel>> check = BackoffModel::Open(options.output);
  if (!check.ok()) return ReportError(check.status().message());
  const BackoffModel& model = *check.value();
  std::fprintf(stderr,
               "unspin: wrote %s: %u words; %llu unigrams, %llu bigrams, %llu trigrams; "
               "%zu bytes\n",
               options.output.c_str(), model.word_count(),
               static_cast<unsigned long long>(model.entries(1)),
               static_cast<unsigned long long>(model.entries(2)),
               static_cast<unsigned long long>(model.entries(3)), model.size_bytes());
  return 0;
}

}  // namespace unspin
