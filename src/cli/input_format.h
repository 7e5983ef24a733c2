// What kind of document an input is: plain text, an HTML page or Markdown.
#pragma once

#include <string_view>

#include "api/document.h"
#include "cli/options.h"

namespace unspin {

// The format of one input. --html or --markdown decide; else the name's
// extension (.html/.htm/.xhtml, .md/.markdown) unless --no-html or
// --no-markdown rules that format out; else, when `sniff` (stdin with no
// --stdin-filename), its first bytes `head`: LooksLikeHtml, then
// LooksLikeMarkdown; else plain text.
DocumentFormat InputFormat(const CommonOptions& common, std::string_view name, bool sniff,
                           std::string_view head);

// Bytes of an input's start that the sniffing functions look at.
inline constexpr size_t kSniffBytes = 1024;

// A doctype "<!DOCTYPE html" or an "<html" tag (any case) in the first KiB.
bool LooksLikeHtml(std::string_view head);

// What only Markdown starts with: YAML or TOML front matter (closed within
// `head`), an ATX heading
// ("# Title") as the first line that is not blank, or a code fence line
// (``` or ~~~) in the first KiB. Prose that is Markdown without any of
// these is read as plain text: --markdown or --stdin-filename says so.
bool LooksLikeMarkdown(std::string_view head);

}  // namespace unspin
