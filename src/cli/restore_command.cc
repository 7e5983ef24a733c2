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
#include "cli/commands.h"
#include "cli/defaults.h"
#include "cli/document.h"
#include "cli/in_place_file.h"
#include "cli/input.h"
#include "cli/output.h"
#include "cli/progress.h"
#include "render/explanation.h"
#include "render/json_report.h"
#include "render/unified_diff.h"
#include "render/word_diff.h"

namespace unspin {
namespace {

std::string DisplayName(const std::string& file) { return file == "-" ? "<stdin>" : file; }

bool UseColor(const std::string& color) {
  if (color == "always") return true;
  if (color == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  return (no_color == nullptr || *no_color == '\0') && ::isatty(STDOUT_FILENO);
}

// What to write to stdout for one input in `mode`.
std::string Render(const RestoreOptions& options, const Restorer& restorer,
                   const std::string& file, const std::string& input,
                   const Restoration& restoration) {
  switch (options.mode) {
    case OutputMode::kText:
      return restoration.text;
    case OutputMode::kDiff:
      // Headers name the path as given, so `patch -p0` run where unspin was
      // run finds the file; stdin is called "stdin".
      return UnifiedDiff(input, restoration.edits, file == "-" ? "stdin" : file);
    case OutputMode::kWordDiff:
      return WordDiff(input, restoration.edits, {UseColor(options.color)});
    case OutputMode::kJson:
      return RestorationJson(restorer.rules(), input, restoration, DisplayName(file),
                             options.explain ? &restorer : nullptr) +
             "\n";
    case OutputMode::kCheck: {
      // Only the score goes through a fixed buffer: a file name has no
      // length limit.
      char score[64];
      std::snprintf(score, sizeof score, "%.3f", restoration.spin_probability);
      return DisplayName(file) + ": spin probability " + score + ", " +
             std::to_string(restoration.edits.size()) + " edits" +
             (restoration.spin_probability >= options.threshold ? ", spun" : "") + "\n";
    }
    case OutputMode::kInPlace:
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

void WarnInvalidUtf8(const std::string& file, size_t offset) {
  std::fprintf(stderr,
               "unspin: warning: %s: invalid UTF-8 at byte %zu; invalid bytes are passed "
               "through unchanged\n",
               DisplayName(file).c_str(), offset);
}

// Plain text output, restored chunk by chunk with bounded memory.
Status StreamText(const Restorer& restorer, const std::string& file, Progress& progress) {
  StatusOr<InputFile> input = OpenInput(file);
  if (!input.ok()) return input.status();
  ChunkReader reader(input->stream, kChunkBytes);
  ChunkedRestorer chunks(restorer);
  std::string_view chunk;
  size_t offset = 0, line = 1;
  bool warned = false;
  for (bool more = true; more;) {
    more = reader.Next(chunk);
    if (!more) chunk = {};
    const ChunkedRestorer::Piece piece = chunks.Add(chunk, /*ends_stream=*/!more);
    if (piece.first_invalid_byte && !warned) {
      WarnInvalidUtf8(file, offset + *piece.first_invalid_byte);
      warned = true;
    }
    PrintSpellingFindings(DisplayName(file), piece.input, piece.spelling, stderr, line);
    if (Status written = WriteAll(stdout, piece.output); !written.ok()) return written;
    if (more) progress.Add(chunk.size());
    offset += piece.input.size();
    line += CountLines(piece.input);
  }
  if (reader.read_error()) {
    return Status::Error("cannot read '" + DisplayName(file) + "': " + std::strerror(errno));
  }
  return Status::Ok();
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
  StatusOr<std::unique_ptr<Restorer>> created = CreateRestorer(options.common);
  if (!created.ok()) return ReportError(created.status().message());
  const Restorer& restorer = *created.value();
  if (options.explain && !options.common.no_vocabulary && !options.common.no_backoff_model &&
      !restorer.has_backoff_model()) {
    std::fprintf(stderr,
                 "unspin: note: no backoff language model (en-us.lm): context is scored with the "
                 "vocabulary alone (install pocketsphinx-en-us and rebuild to make it)\n");
  }

  std::vector<std::string> files = options.files;
  if (files.empty()) files.push_back("-");
  if (options.mode == OutputMode::kInPlace) {
    for (const std::string& file : files) {
      if (file == "-") return ReportError("--in-place needs files, not stdin");
    }
    // A file named twice would be restored twice, and its second backup
    // would hold the first restoration.
    files = DistinctFiles(files, options.follow_symlinks);
  }
  Progress progress(options.progress);
  bool any_spun = false;
  for (const std::string& file : files) {
    const bool html = options.common.IsHtml(file);
    if (options.mode == OutputMode::kText && !options.explain && !html) {
      if (Status streamed = StreamText(restorer, file, progress); !streamed.ok()) {
        return ReportError(streamed.message());
      }
      continue;
    }
    // --in-place reads the file through the lock it keeps until the rewrite.
    std::unique_ptr<InPlaceFile> in_place;
    StatusOr<std::string> input = std::string();
    if (options.mode == OutputMode::kInPlace) {
      StatusOr<std::unique_ptr<InPlaceFile>> opened = InPlaceFile::Open(
          file, options.follow_symlinks, options.common.max_doc_bytes, "--max-doc-bytes");
      if (!opened.ok()) return ReportError(opened.status().message());
      in_place = std::move(opened.value());
      input = in_place->contents();
    } else {
      input = ReadInput(file, options.common.max_doc_bytes, "--max-doc-bytes");
    }
    if (!input.ok()) return ReportError(input.status().message());
    StatusOr<DocumentRestoration> document =
        RestoreDocument(restorer, input.value(), html, options.common.html_attributes);
    if (!document.ok()) return ReportError(DisplayName(file) + ": " + document.status().message());
    const DocumentRestoration& restored = document.value();
    const Restoration& restoration = restored.restoration;
    progress.Add(input->size());
    if (restoration.first_invalid_byte && options.mode != OutputMode::kJson) {
      WarnInvalidUtf8(file, *restoration.first_invalid_byte);
    }
    if (options.mode != OutputMode::kJson) {
      PrintSpellingFindings(DisplayName(file), input.value(), restoration.spelling, stderr);
    }
    if (options.explain) {
      // For a page, the explanation quotes its extracted text.
      PrintExplanation(restorer, html ? restored.html->text.text : input.value(),
                       html ? restored.html->of_text : restoration, stderr);
    }
    any_spun = any_spun || restoration.spin_probability >= options.threshold;
    if (options.mode == OutputMode::kInPlace) {
      if (restoration.edits.empty()) continue;
      std::string kept_backup;
      if (Status written = in_place->Replace(restoration.text, options.backup_suffix, &kept_backup);
          !written.ok()) {
        return ReportError(written.message());
      }
      if (!kept_backup.empty()) {
        std::fprintf(stderr, "unspin: %s: kept the existing backup '%s' (backups are never "
                     "replaced)\n", file.c_str(), kept_backup.c_str());
      }
      continue;
    }
    const std::string output = Render(options, restorer, file, input.value(), restoration);
    if (Status written = WriteAll(stdout, output); !written.ok()) {
      return ReportError(written.message());
    }
  }
  progress.Finish();
  if (Status flushed = Flush(stdout); !flushed.ok()) return ReportError(flushed.message());
  // The process ends here. Freeing Hunspell's tables and the rule set
  // would take longer (about 8 ms) than anything else after the last
  // write, for nothing: leave them to the exit, reachable from a static so
  // that leak checkers do not count them (volatile: the store must stay).
  [[maybe_unused]] static Restorer* volatile kept_until_exit = nullptr;
  kept_until_exit = created.value().release();
  return options.mode == OutputMode::kCheck && any_spun ? 1 : 0;
}

}  // namespace unspin
