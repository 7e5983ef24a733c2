// `unspin review FILE`: accept or reject each suggested edit, like
// `git add -p`, then write the accepted result. Answers come from stdin, so
// it works at a terminal and with answers piped in by a script.
#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "base/apply_edits.h"
#include "base/line_index.h"
#include "base/atomic_write.h"
#include "cli/color.h"
#include "cli/commands.h"
#include "cli/defaults.h"
#include "api/document.h"
#include "cli/input_format.h"
#include "cli/input.h"
#include "cli/output.h"
#include "render/word_diff.h"

namespace unspin {
namespace {

constexpr const char* kHelp =
    "y - accept this edit\n"
    "n - reject this edit\n"
    "a - accept this and all remaining edits\n"
    "d - reject this and all remaining edits\n"
    "e - edit the replacement\n"
    "q - quit, keeping the decisions so far (remaining edits are rejected)\n"
    "? - print help\n";

// An edit to review, with the article edit that agrees with it, if any.
struct Group {
  std::vector<size_t> edits;  // indices into the restoration's edits
};

std::vector<Group> GroupEdits(const std::vector<Edit>& edits) {
  std::vector<Group> groups;
  for (size_t i = 0; i < edits.size(); ++i) {
    if (edits[i].kind == EditKind::kArticle && i + 1 < edits.size() &&
        edits[i + 1].rule_index == edits[i].rule_index) {
      groups.push_back({{i, i + 1}});
      ++i;
    } else {
      groups.push_back({{i}});
    }
  }
  return groups;
}

// The line around the group, with the edits marked inline.
std::string Context(std::string_view text, const std::vector<Edit>& edits, const Group& group,
                    bool color) {
  const size_t begin = edits[group.edits.front()].span.begin;
  const size_t end = edits[group.edits.back()].span.end;
  size_t line_begin = text.rfind('\n', begin == 0 ? 0 : begin - 1);
  line_begin = line_begin == std::string_view::npos || begin == 0 ? 0 : line_begin + 1;
  size_t line_end = text.find('\n', end);
  if (line_end == std::string_view::npos) line_end = text.size();
  // Long scraped paragraphs: show about 80 bytes on each side.
  const size_t from = begin - line_begin > 80 ? begin - 80 : line_begin;
  const size_t to = line_end - end > 80 ? end + 80 : line_end;
  std::vector<Edit> local;
  for (size_t index : group.edits) {
    Edit edit = edits[index];
    edit.span.begin -= from;
    edit.span.end -= from;
    local.push_back(edit);
  }
  return std::string(from > line_begin ? "..." : "") +
         WordDiff(text.substr(from, to - from), local, {color}) + (to < line_end ? "..." : "");
}

}  // namespace

int RunReview(const ReviewOptions& options) {
  StatusOr<std::unique_ptr<Restorer>> restorer = CreateRestorer(options.common);
  if (!restorer.ok()) return ReportError(restorer.status().message());
  if (options.file == "-") return ReportError("review needs a file: stdin carries the answers");
  StatusOr<std::string> input =
      ReadInput(options.file, options.common.max_doc_bytes, "--max-doc-bytes");
  if (!input.ok()) return ReportError(input.status().message());
  const std::string& text = input.value();
  StatusOr<DocumentRestoration> document =
      RestoreDocument(*restorer.value(), text,
                      InputFormat(options.common, options.file, /*sniff=*/false, text),
                      options.common.html_attributes);
  if (!document.ok()) return ReportError(options.file + ": " + document.status().message());
  Restoration restoration = std::move(document->restoration);
  const std::vector<Edit>& edits = restoration.edits;
  const std::vector<Group> groups = GroupEdits(edits);
  const bool color = UseColor(options.color, STDERR_FILENO);
  const LineIndex lines(text);

  std::vector<bool> accepted(edits.size(), false);
  std::vector<std::string> replacements;
  for (const Edit& edit : edits) replacements.push_back(edit.replacement);
  char bulk = '\0';  // 'a' or 'd' once chosen
  bool quit = false;
  for (size_t g = 0; g < groups.size() && !quit; ++g) {
    const Group& group = groups[g];
    const Edit& main = edits[group.edits.back()];
    char answer = bulk;
    while (answer == '\0') {
      const TextPosition position = lines.Position(main.span.begin);
      std::fprintf(stderr, "\n(%zu/%zu) %s line %zu:\n  %s\n", g + 1, groups.size(),
                   options.file.c_str(), position.line,
                   Context(text, edits, group, color).c_str());
      if (main.kind == EditKind::kSpelling) {
        std::fprintf(stderr, "  spelling correction\n");
      } else {
        const Rule& rule = restorer.value()->rules().rules()[main.rule_index];
        std::fprintf(stderr, "  rule %s (%s): %s\n", rule.id.c_str(), rule.category.c_str(),
                     rule.note.c_str());
      }
      std::fprintf(stderr, "Accept this edit [y,n,a,d,e,q,?]? ");
      std::fflush(stderr);
      std::string reply;
      if (!std::getline(std::cin, reply)) {
        answer = 'q';  // end of answers: keep what was decided
        std::fputc('\n', stderr);
        break;
      }
      const char key = reply.empty() ? '?' : reply[0];
      if (key == 'e') {
        std::fprintf(stderr, "New replacement for '%s': ", main.original.c_str());
        std::fflush(stderr);
        std::string replacement;
        if (std::getline(std::cin, replacement) && !replacement.empty()) {
          replacements[group.edits.back()] = replacement;
          answer = 'y';
        }
      } else if (key == 'y' || key == 'n' || key == 'a' || key == 'd' || key == 'q') {
        answer = key;
      } else {
        std::fputs(kHelp, stderr);
      }
    }
    if (answer == 'a' || answer == 'd') bulk = answer;
    if (answer == 'q') {
      quit = true;
      break;
    }
    for (size_t index : group.edits) accepted[index] = answer == 'y' || answer == 'a';
  }

  std::vector<Edit> kept;
  for (size_t i = 0; i < edits.size(); ++i) {
    if (!accepted[i]) continue;
    Edit edit = edits[i];
    edit.replacement = replacements[i];
    kept.push_back(std::move(edit));
  }
  const std::string result = ApplyEdits(text, kept);
  const std::string target = options.output.empty() ? options.file : options.output;
  std::fprintf(stderr, "unspin: accepted %zu of %zu edits\n", kept.size(), edits.size());
  if (target == "-") {
    if (Status written = WriteAll(stdout, result); !written.ok()) return ReportError(written.message());
    if (Status flushed = Flush(stdout); !flushed.ok()) return ReportError(flushed.message());
    return 0;
  }
  if (target == options.file) {
    if (kept.empty()) return 0;
    if (Status written = WriteFileAtomically(target, result); !written.ok()) {
      return ReportError(written.message());
    }
    return 0;
  }
  std::FILE* out = std::fopen(target.c_str(), "wb");
  if (out == nullptr) return ReportError("cannot write '" + target + "'");
  const Status written = WriteAll(out, result);
  const bool closed = std::fclose(out) == 0;
  if (!written.ok() || !closed) return ReportError("cannot write '" + target + "'");
  return 0;
}

}  // namespace unspin
