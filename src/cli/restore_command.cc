// `unspin [FILE...]`: restore each input and write it to stdout.
#include <cstdio>

#include "cli/commands.h"
#include "cli/defaults.h"
#include "cli/input.h"
#include "cli/output.h"
#include "render/explanation.h"

namespace unspin {

int ReportError(const std::string& message) {
  std::string text = message;
  for (size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 3)) {
    text.replace(at, 1, "\n  ");
  }
  std::fprintf(stderr, "unspin: error: %s\n", text.c_str());
  return 2;
}

int RunRestore(const RestoreOptions& options) {
  StatusOr<RestorerOptions> restorer_options = MakeRestorerOptions(options.common);
  if (!restorer_options.ok()) return ReportError(restorer_options.status().message());
  StatusOr<std::unique_ptr<Restorer>> restorer = Restorer::Create(restorer_options.value());
  if (!restorer.ok()) return ReportError(restorer.status().message());
  if (const size_t problems = restorer.value()->rule_problems().size(); problems > 0) {
    std::fprintf(stderr,
                 "unspin: warning: %zu rule restorations are not in the spelling dictionary "
                 "and are never applied (list them with 'unspin rules test')\n",
                 problems);
  }

  std::vector<std::string> files = options.files;
  if (files.empty()) files.push_back("-");
  for (const std::string& file : files) {
    StatusOr<std::string> input = ReadInput(file);
    if (!input.ok()) return ReportError(input.status().message());
    const Restoration restoration = restorer.value()->Restore(input.value());
    if (restoration.first_invalid_byte) {
      std::fprintf(stderr,
                   "unspin: warning: %s: invalid UTF-8 at byte %zu; invalid bytes are passed "
                   "through unchanged\n",
                   file == "-" ? "<stdin>" : file.c_str(), *restoration.first_invalid_byte);
    }
    PrintSpellingFindings(file == "-" ? "<stdin>" : file, input.value(), restoration.spelling,
                          stderr);
    if (options.explain) PrintExplanation(restorer.value()->rules(), input.value(), restoration, stderr);
    if (Status written = WriteAll(stdout, restoration.text); !written.ok()) {
      return ReportError(written.message());
    }
  }
  if (Status flushed = Flush(stdout); !flushed.ok()) return ReportError(flushed.message());
  return 0;
}

}  // namespace unspin
