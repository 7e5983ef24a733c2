// `unspin [FILE...]`: restore each input; print the text, a diff, a word
// diff, JSON or a spin check, or rewrite the files in place.
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "cli/chunk_reader.h"
#include "cli/chunked_restorer.h"
#include "cli/color.h"
#include "cli/commands.h"
#include "cli/defaults.h"
#include "api/document.h"
#include "cli/in_place_file.h"
#include "cli/input.h"
#include "cli/input_format.h"
#include "cli/input_list.h"
#include "cli/output_file.h"
#include "decode/binary_check.h"
#include "cli/output.h"
#include "cli/progress.h"
#include "render/diff_path.h"
#include "render/explanation.h"
#include "render/json_report.h"
#include "render/lint_report.h"
#include "render/sarif_report.h"
#include "render/unified_diff.h"
#include "render/word_diff.h"

namespace unspin {
namespace {

// The input's name in messages and reports: stdin is "<stdin>" unless
// --stdin-filename names it.
std::string NameOf(const RestoreOptions& options, const std::string& file) {
  if (file != "-") return file;
  return options.inputs.stdin_filename.empty() ? "<stdin>" : options.inputs.stdin_filename;
}

// What to write to stdout for one input in `mode`.
std::string Render(const RestoreOptions& options, const Restorer& restorer,
                   const std::string& file, const std::string& input,
                   const Restoration& restoration) {
  const std::string name = NameOf(options, file);
  switch (options.mode) {
    case OutputMode::kText:
      return restoration.text;
    case OutputMode::kDiff:
      // Headers name the path as given, so `patch -p0` run where unspin was
      // run finds the file; stdin is called "stdin" unless --stdin-filename
      // names it.
      return UnifiedDiff(input, restoration.edits,
                         file == "-" && options.inputs.stdin_filename.empty() ? "stdin" : name);
    case OutputMode::kWordDiff: {
      // Over several inputs, as diff does: a header for each changed input,
      // nothing for the others.
      const bool several = options.files.size() > 1;
      if (several && restoration.edits.empty()) return "";
      const std::string header = DiffHeaderPath(
          file == "-" && options.inputs.stdin_filename.empty() ? "stdin" : name);
      return (several ? "--- " + header + "\n+++ " + header + "\n" : "") +
             WordDiff(input, restoration.edits, {UseColor(options.color, STDOUT_FILENO)});
    }
    case OutputMode::kJson:
      return RestorationJson(restorer.rules(), input, restoration, name,
                             options.explain ? &restorer : nullptr) +
             "\n";
    case OutputMode::kCheck: {
      // Only the score goes through a fixed buffer: a file name has no
      // length limit.
      char score[64];
      std::snprintf(score, sizeof score, "%.3f", restoration.spin_probability);
      return name + ": spin probability " + score + ", " +
             std::to_string(restoration.edits.size()) + " edits" +
             (restoration.spin_probability >= options.threshold ? ", spun" : "") + "\n";
    }
    case OutputMode::kLint:
      return LintReport(name, CollectFindings(restorer.rules(), input, restoration));
    case OutputMode::kInPlace:
    case OutputMode::kSarif:  // one log for all inputs, written at the end
      return "";
  }
  return "";
}

// Bytes per chunk when plain text is restored as a stream: large enough that
// an article is one chunk (128 KiB is some 20,000 words, several times a
// long news feature; document-level evidence stays intact), small enough
// that a chunk's tokens and annotations (about eleven bytes of working data
// per byte of text) stay in the CPU's caches between the stages. Measured
// on 24 MB of the benchmark corpus, context scoring: 1 MiB chunks 533 ms,
// 256 KiB 500 ms, 128 KiB 478 ms, 64 KiB 488 ms.
constexpr size_t kChunkBytes = 128u << 10;
// Chunks are cut after every kLinesPerChunk-th line (ChunkReader), the same
// lines in the input and in its restoration, so that restoring the output
// again changes nothing; 1,024 lines are 80 KB of hard-wrapped text and
// some 500 KB of one-paragraph-a-line news. Only where that many lines pass
// 1 MiB (8 * kChunkBytes) are chunks cut by bytes, and idempotence then
// holds per chunk only.
constexpr size_t kLinesPerChunk = 1024;

size_t CountLines(std::string_view text) {
  // Every LF, and every CR not followed by one. std::count over the LFs
  // (vectorised) and a memchr walk over the CRs (rare outside CRLF files):
  // a byte-by-byte test of both was 3% of a run.
  size_t lines = static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
  for (const char* cr = static_cast<const char*>(std::memchr(text.data(), '\r', text.size()));
       cr != nullptr;) {
    const size_t at = static_cast<size_t>(cr - text.data());
    if (at + 1 == text.size() || text[at + 1] != '\n') ++lines;
    cr = static_cast<const char*>(std::memchr(cr + 1, '\r', text.size() - at - 1));
  }
  return lines;
}

// One run over the inputs: what every input needs.
struct Run {
  const RestoreOptions& options;
  const Restorer& restorer;
  Progress& progress;
  SarifReport& sarif;
  bool any_spun = false;
  // --diff, lint and SARIF exit 1 when they report something (as diff and
  // linters do), so that CI can fail on spun text.
  bool any_reported = false;
  // --pool: the evidence of the inputs restored so far (in order, one at a
  // time, so each input is decided with all the earlier ones').
  CollectionEvidence pool;
};

// What went wrong with one input: its own problem (reported; the run goes
// on with the next input and exits 2 at the end, as cat and grep do), or
// the output's (the run stops: nothing more can be written).
struct Outcome {
  Status input;
  Status output;
};

Outcome InputError(Status status) { return {std::move(status), Status::Ok()}; }
Outcome OutputError(Status status) { return {Status::Ok(), std::move(status)}; }

void Warn(const RestoreOptions& options, const std::string& message) {
  if (!options.inputs.quiet) std::fprintf(stderr, "unspin: warning: %s\n", message.c_str());
}

void WarnInvalidUtf8(const RestoreOptions& options, const std::string& name, size_t offset) {
  Warn(options, name + ": invalid UTF-8 at byte " + std::to_string(offset) +
                    "; invalid bytes are passed through unchanged");
}

void PrintSpelling(const RestoreOptions& options, const std::string& name, std::string_view input,
                   const std::vector<SpellFinding>& findings, size_t first_line = 1) {
  if (!options.inputs.quiet) PrintSpellingFindings(name, input, findings, stderr, first_line);
}

// Why `head` is not text, unless --binary=text says to restore it anyway.
std::optional<BinaryEvidence> BinaryInput(const RestoreOptions& options, std::string_view head) {
  if (options.inputs.binary == "text") return std::nullopt;
  return FindBinaryEvidence(head);
}

std::string DescribeBinary(const std::string& name, const BinaryEvidence& evidence) {
  return name + ": binary file (" +
         (evidence.kind == BinaryEvidence::kNulByte
              ? "a NUL byte at byte " + std::to_string(evidence.offset)
              : "more than one byte in ten of its first " + std::to_string(kBinaryCheckBytes) +
                    " is not UTF-8, from byte " + std::to_string(evidence.offset)) +
         ")";
}

// A binary input: refused with --binary=error; else, with one warning,
// copied through unchanged in plain text mode and skipped in the others
// (it has no diff, report or score).
Outcome PassBinary(Run& run, InputFile& input, const std::string& head,
                   const BinaryEvidence& evidence) {
  const std::string described = DescribeBinary(input.name, evidence);
  if (run.options.inputs.binary == "error") {
    return InputError(Status::Error(described + "; --binary=pass passes it through unchanged"));
  }
  if (run.options.mode != OutputMode::kText) {
    Warn(run.options, described + ", skipped");
    return {};
  }
  Warn(run.options, described + ", passed through unchanged (--binary=text restores it)");
  if (Status written = WriteAll(stdout, head); !written.ok()) return OutputError(written);
  run.progress.AddBytes(head.size());
  char buffer[1 << 16];
  size_t got;
  while ((got = std::fread(buffer, 1, sizeof buffer, input.stream)) > 0) {
    if (Status written = WriteAll(stdout, {buffer, got}); !written.ok()) return OutputError(written);
    run.progress.AddBytes(got);
  }
  if (std::ferror(input.stream)) {
    return InputError(
        Status::Error("cannot read '" + input.name + "': " + std::strerror(errno)));
  }
  return {};
}

// Plain text output, restored chunk by chunk with bounded memory.
Outcome StreamText(Run& run, InputFile& input, const std::string& head) {
  ChunkReader reader(input.stream, kChunkBytes, head, kLinesPerChunk);
  ChunkedRestorer chunks(run.restorer);
  std::string_view chunk;
  size_t offset = 0, line = 1;
  bool warned = false;
  for (bool more = true; more;) {
    more = reader.Next(chunk);
    if (!more) chunk = {};
    const ChunkedRestorer::Piece piece = chunks.Add(chunk, /*ends_stream=*/!more);
    if (piece.first_invalid_byte && !warned) {
      WarnInvalidUtf8(run.options, input.name, offset + *piece.first_invalid_byte);
      warned = true;
    }
    PrintSpelling(run.options, input.name, piece.input, piece.spelling, line);
    if (Status written = WriteAll(stdout, piece.output); !written.ok()) return OutputError(written);
    run.progress.AddBytes(chunk.size());
    offset += piece.input.size();
    line += CountLines(piece.input);
  }
  if (reader.read_error()) {
    return InputError(
        Status::Error("cannot read '" + input.name + "': " + std::strerror(errno)));
  }
  return {};
}

// An input read whole (every mode but streamed plain text): restored, then
// printed in the output mode or written back in place.
Outcome RestoreWhole(Run& run, const std::string& file, const std::string& input,
                     DocumentFormat format, InPlaceFile* in_place) {
  const RestoreOptions& options = run.options;
  const std::string name = NameOf(options, file);
  StatusOr<DocumentRestoration> document =
      RestoreDocument(run.restorer, input, format, options.common.html_attributes,
                      options.pool ? &run.pool : nullptr);
  if (!document.ok()) return InputError(Status::Error(name + ": " + document.status().message()));
  const DocumentRestoration& restored = document.value();
  const Restoration& restoration = restored.restoration;
  if (options.pool) run.pool.Merge(restoration.pool_contribution);
  if (restoration.first_invalid_byte && options.mode != OutputMode::kJson) {
    WarnInvalidUtf8(options, name, *restoration.first_invalid_byte);
  }
  // The structured formats carry the spelling findings themselves.
  const bool findings_in_output = options.mode == OutputMode::kJson ||
                                  options.mode == OutputMode::kLint ||
                                  options.mode == OutputMode::kSarif;
  if (!findings_in_output) {
    PrintSpelling(options, name, input, restoration.spelling);
  }
  if (options.explain) {
    // For a page or Markdown, the explanation quotes the extracted text,
    // and its lines and columns are the text's.
    if (restored.html) {
      PrintExplanation(run.restorer, name + " (text)", restored.html->text.text,
                       restored.html->of_text, stderr);
    } else if (restored.markdown) {
      PrintExplanation(run.restorer, name + " (text)", restored.markdown->text.text,
                       restored.markdown->of_text, stderr);
    } else {
      PrintExplanation(run.restorer, name, input, restoration, stderr);
    }
  }
  run.any_spun = run.any_spun || restoration.spin_probability >= options.threshold;
  if (in_place != nullptr) {
    if (restoration.edits.empty()) return {};
    std::string kept_backup;
    if (Status written = in_place->Replace(restoration.text, options.backup_suffix, &kept_backup);
        !written.ok()) {
      return InputError(written);
    }
    if (!kept_backup.empty() && !options.inputs.quiet) {
      std::fprintf(stderr, "unspin: %s: kept the existing backup '%s' (backups are never "
                   "replaced)\n", file.c_str(), kept_backup.c_str());
    }
    return {};
  }
  if (options.mode == OutputMode::kSarif) {
    run.sarif.Add(name, CollectFindings(run.restorer.rules(), input, restoration));
    return {};
  }
  const std::string output = Render(options, run.restorer, file, input, restoration);
  if ((options.mode == OutputMode::kDiff || options.mode == OutputMode::kLint) &&
      !output.empty()) {
    run.any_reported = true;
  }
  if (Status written = WriteAll(stdout, output); !written.ok()) return OutputError(written);
  return {};
}

DocumentFormat FormatOf(const RestoreOptions& options, const std::string& file,
                        std::string_view head) {
  const std::string& stdin_name = options.inputs.stdin_filename;
  const bool is_stdin = file == "-";
  return InputFormat(options.common, is_stdin ? stdin_name : file, is_stdin && stdin_name.empty(),
                     head);
}

// --in-place reads the file through the lock it keeps until the rewrite.
Outcome RestoreInPlace(Run& run, const std::string& file) {
  const RestoreOptions& options = run.options;
  StatusOr<std::unique_ptr<InPlaceFile>> opened = InPlaceFile::Open(
      file, options.follow_symlinks, options.common.max_doc_bytes, "--max-doc-bytes");
  if (!opened.ok()) {
    return InputError(Status::Error(opened.status().message() + DirectoryHint(file)));
  }
  const std::string& input = opened.value()->contents();
  run.progress.AddBytes(input.size());
  if (std::optional<BinaryEvidence> binary = BinaryInput(options, input)) {
    if (options.inputs.binary == "error") {
      return InputError(Status::Error(DescribeBinary(file, *binary) +
                                      "; --binary=pass leaves it unchanged"));
    }
    Warn(options, DescribeBinary(file, *binary) + ", left unchanged");
    return {};
  }
  return RestoreWhole(run, file, input, FormatOf(options, file, input), opened.value().get());
}

Outcome RestoreInput(Run& run, const std::string& file) {
  const RestoreOptions& options = run.options;
  if (options.mode == OutputMode::kInPlace) return RestoreInPlace(run, file);
  StatusOr<InputFile> opened = OpenInput(file);
  if (!opened.ok()) {
    return InputError(Status::Error(opened.status().message() + DirectoryHint(file)));
  }
  InputFile& input = opened.value();
  input.name = NameOf(options, file);
  StatusOr<std::string> head = ReadHead(input, kBinaryCheckBytes);
  if (!head.ok()) return InputError(Status::Error(head.status().message() + DirectoryHint(file)));
  if (std::optional<BinaryEvidence> binary = BinaryInput(options, head.value())) {
    return PassBinary(run, input, head.value(), *binary);
  }
  const DocumentFormat format = FormatOf(options, file, head.value());
  // (With --pool an input is one document, decided with the pool as a
  // whole: it is read whole, not streamed in chunks.)
  if (options.mode == OutputMode::kText && !options.explain && !options.pool &&
      format == DocumentFormat::kText) {
    return StreamText(run, input, head.value());
  }
  StatusOr<std::string> whole = ReadRest(input, std::move(head.value()),
                                         options.common.max_doc_bytes, "--max-doc-bytes");
  if (!whole.ok()) return InputError(whole.status());
  run.progress.AddBytes(whole->size());
  return RestoreWhole(run, file, whole.value(), format, nullptr);
}

// The inputs to restore, in order; an entry with an error stands for an
// argument that names no file.
std::vector<InputEntry> Inputs(const RestoreOptions& options) {
  std::vector<std::string> files = options.files;
  if (files.empty()) files.push_back("-");
  std::vector<InputEntry> inputs =
      ListInputs(files, options.inputs.recursive, options.inputs.excludes);
  if (options.mode != OutputMode::kInPlace) return inputs;
  // A file named twice would be restored twice, and its second backup
  // would hold the first restoration.
  std::vector<std::string> paths;
  for (const InputEntry& input : inputs) {
    if (input.error.empty()) paths.push_back(input.path);
  }
  paths = DistinctFiles(paths, options.follow_symlinks);
  std::vector<InputEntry> distinct;
  for (const InputEntry& input : inputs) {
    if (!input.error.empty()) distinct.push_back(input);
  }
  for (std::string& path : paths) distinct.push_back({std::move(path), ""});
  return distinct;
}

}  // namespace

int ReportError(const std::string& message) {
  std::string text = message;
  for (size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 3)) {
    text.replace(at, 1, "\n  ");
  }
  std::fprintf(stderr, "unspin: error: %s\n", text.c_str());
  return 2;
}

int RunRestore(const RestoreOptions& options) {
  const std::vector<InputEntry> inputs = Inputs(options);
  if (options.mode == OutputMode::kInPlace) {
    for (const InputEntry& input : inputs) {
      if (input.path == "-") return ReportError("--in-place needs files, not stdin");
    }
  }
  StatusOr<std::unique_ptr<Restorer>> created = CreateRestorer(options.common);
  if (!created.ok()) return ReportError(created.status().message());
  const Restorer& restorer = *created.value();
  if (options.explain && !options.inputs.quiet && !options.common.no_vocabulary && !options.common.no_backoff_model &&
      !restorer.has_backoff_model()) {
    std::fprintf(stderr,
                 "unspin: note: no backoff language model (en-us.lm): context is scored with the "
                 "vocabulary alone (install pocketsphinx-en-us and rebuild to make it)\n");
  }
  std::unique_ptr<StdoutToFile> output;
  if (!options.inputs.output.empty()) {
    std::vector<std::string> paths;
    for (const InputEntry& input : inputs) paths.push_back(input.path);
    StatusOr<std::unique_ptr<StdoutToFile>> redirected =
        StdoutToFile::Redirect(options.inputs.output, paths);
    if (!redirected.ok()) return ReportError(redirected.status().message());
    output = std::move(redirected.value());
  }
  Progress progress(options.progress, "file", "files", options.mode != OutputMode::kInPlace);
  SarifReport sarif(restorer.rules(), UNSPIN_VERSION);
  Run run{options, restorer, progress, sarif};
  bool failed = false;
  for (const InputEntry& input : inputs) {
    Outcome outcome = input.error.empty() ? RestoreInput(run, input.path)
                                          : InputError(Status::Error(input.error));
    if (!outcome.output.ok()) return ReportError(outcome.output.message());
    if (!outcome.input.ok()) {
      ReportError(outcome.input.message());
      failed = true;
    }
    progress.EndDocument();
  }
  progress.Finish();
  if (options.mode == OutputMode::kSarif) {
    run.any_reported = sarif.result_count() > 0;
    if (Status written = WriteAll(stdout, sarif.Finish()); !written.ok()) {
      return ReportError(written.message());
    }
  }
  if (Status flushed = Flush(stdout); !flushed.ok()) return ReportError(flushed.message());
  if (output) {
    if (Status committed = output->Commit(); !committed.ok()) {
      return ReportError(committed.message());
    }
  }
  // The process ends here. Freeing Hunspell's tables and the rule set
  // would take longer (about 8 ms) than anything else after the last
  // write, for nothing: leave them to the exit, reachable from a static so
  // that leak checkers do not count them (volatile: the store must stay).
  [[maybe_unused]] static Restorer* volatile kept_until_exit = nullptr;
  kept_until_exit = created.value().release();
  if (failed) return 2;
  if (options.mode == OutputMode::kCheck && run.any_spun) return 1;
  return run.any_reported ? 1 : 0;
}

}  // namespace unspin
