#include "html/html_text.h"

#include <gumbo.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace unspin {
namespace {

bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Bytes of the UTF-8 sequence that `lead` starts (1 for anything else).
size_t Utf8Length(char lead) {
  const auto byte = static_cast<unsigned char>(lead);
  if (byte >= 0xF0) return 4;
  if (byte >= 0xE0) return 3;
  if (byte >= 0xC0) return 2;
  return 1;
}

// Length of what looks like a character reference at raw[i] ('&'): "&amp;",
// "&#8217;", "&#x2019;", "&nbsp" (legacy, no ';'). 0 when it does not.
size_t ReferenceLength(std::string_view raw, size_t i) {
  size_t k = i + 1;
  if (k < raw.size() && raw[k] == '#') {
    ++k;
    if (k < raw.size() && (raw[k] == 'x' || raw[k] == 'X')) ++k;
  }
  const size_t name_begin = k;
  while (k < raw.size() && IsAlnum(raw[k])) ++k;
  if (k == name_begin) return 0;
  if (k < raw.size() && raw[k] == ';') ++k;
  return k - i;
}

// Maps each byte of `decoded` (Gumbo's text of a node) to its offset in
// `raw` (the node's page bytes, starting at page offset `base`). Handles
// decoded character references, CR and CRLF read as LF, and dropped NULs.
// False when the two cannot be aligned (then the node is left alone).
bool Align(std::string_view raw, std::string_view decoded, size_t base,
           std::vector<size_t>& offsets) {
  offsets.assign(decoded.size() + 1, HtmlSegment::kNotInPage);
  size_t i = 0, j = 0;
  while (j < decoded.size()) {
    if (i >= raw.size()) return false;
    const char r = raw[i];
    if (r == '\r' && decoded[j] == '\n') {
      offsets[j++] = base + i;
      i += i + 1 < raw.size() && raw[i + 1] == '\n' ? 2 : 1;
      continue;
    }
    if (r == '\0' && decoded[j] != '\0') {  // Gumbo drops NULs from text
      ++i;
      continue;
    }
    if (r == '&') {
      const size_t length = ReferenceLength(raw, i);
      if (length > 0 && decoded.substr(j, length) != raw.substr(i, length)) {
        // Decoded: it stands for one character (two for a few named
        // references), as the next raw byte confirms.
        size_t taken = Utf8Length(decoded[j]);
        const size_t next = i + length;
        const bool checkable =
            next < raw.size() && raw[next] != '&' && raw[next] != '\r' && raw[next] != '\0';
        if (checkable && j + taken < decoded.size() && decoded[j + taken] != raw[next]) {
          taken += Utf8Length(decoded[j + taken]);
        }
        if (j + taken > decoded.size() ||
            (checkable && (j + taken == decoded.size() || decoded[j + taken] != raw[next]))) {
          return false;
        }
        offsets[j] = base + i;
        j += taken;
        i += length;
        continue;
      }
    }
    if (r != decoded[j]) return false;
    offsets[j++] = base + i++;
  }
  // Whatever raw bytes are left must be ones Gumbo drops.
  while (i < raw.size() && (raw[i] == '\0' || raw[i] == '\r')) ++i;
  if (i != raw.size()) return false;
  offsets[decoded.size()] = base + i;
  return true;
}

bool IsSkippedElement(const GumboElement& element) {
  switch (element.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NOSCRIPT:
      return true;
    default:
      break;
  }
  if (element.tag_namespace != GUMBO_NAMESPACE_HTML) return true;  // SVG, MathML
  const GumboAttribute* translate = gumbo_get_attribute(&element.attributes, "translate");
  if (translate != nullptr && std::strcmp(translate->value, "no") == 0) return true;
  const GumboAttribute* off = gumbo_get_attribute(&element.attributes, "data-unspin");
  return off != nullptr && std::strcmp(off->value, "off") == 0;
}

// Elements that run inside a line of text: text on either side of them is
// one block, so a sentence split by <a> or <em> keeps its context.
bool IsInline(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_B:
    case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_DATA:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_FONT:
    case GUMBO_TAG_I:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_U:
    case GUMBO_TAG_WBR:
      return true;
    default:
      return false;
  }
}

size_t PageOffset(std::string_view page, const char* pointer) {
  return static_cast<size_t>(pointer - page.data());
}

class Extractor {
 public:
  Extractor(std::string_view page, const HtmlTextOptions& options)
      : page_(page), options_(options) {}

  // The text under `root`, or an error when the tree is deeper than
  // `max_depth` elements. Iterative: a deep tree needs no deep stack.
  StatusOr<HtmlText> Run(const GumboNode* root, size_t max_depth) {
    std::vector<Open> open;
    Enter(root, open);
    while (!open.empty()) {
      Open& top = open.back();
      if (top.next == top.children->length) {
        if (!top.in_line) block_break_ = true;
        open.pop_back();
        continue;
      }
      Enter(static_cast<const GumboNode*>(top.children->data[top.next++]), open);
      if (open.size() > max_depth) {
        return Status::Error("HTML nested deeper than " + std::to_string(max_depth) +
                             " elements");
      }
    }
    return std::move(out_);
  }

 private:
  // An element (or the document) whose children are being visited.
  struct Open {
    const GumboVector* children;
    unsigned next = 0;
    bool in_line = true;  // no block break after it
  };

  // Takes the node's text, or opens it for its children.
  void Enter(const GumboNode* node, std::vector<Open>& open) {
    switch (node->type) {
      case GUMBO_NODE_DOCUMENT:
        open.push_back({&node->v.document.children});
        return;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE: {
        const GumboElement& element = node->v.element;
        if (IsSkippedElement(element)) {
          block_break_ = true;
          return;
        }
        const bool in_line = IsInline(element.tag);
        if (!in_line) block_break_ = true;
        if (options_.attributes) AddAttributes(element);
        open.push_back({&element.children, 0, in_line});
        return;
      }
      case GUMBO_NODE_TEXT:
        AddText(node->v.text.original_text, node->v.text.text);
        return;
      case GUMBO_NODE_WHITESPACE:
        return;  // no words; the separator stands for it
      default:
        return;  // comments, CDATA
    }
  }

  void AddAttributes(const GumboElement& element) {
    // In page order: "title" may come before "alt".
    std::vector<const GumboAttribute*> wanted;
    for (const char* name : {"alt", "title"}) {
      const GumboAttribute* attribute = gumbo_get_attribute(&element.attributes, name);
      if (attribute != nullptr) wanted.push_back(attribute);
    }
    std::sort(wanted.begin(), wanted.end(), [](const GumboAttribute* a, const GumboAttribute* b) {
      return a->original_value.data < b->original_value.data;
    });
    for (const GumboAttribute* attribute : wanted) {
      GumboStringPiece raw = attribute->original_value;
      if (raw.length >= 2 && (raw.data[0] == '"' || raw.data[0] == '\'')) {
        ++raw.data;  // the quotes are not part of the value
        raw.length -= 2;
      }
      block_break_ = true;
      AddText(raw, attribute->value);
      block_break_ = true;
    }
  }

  void AddText(const GumboStringPiece& raw_piece, const char* decoded_text) {
    if (raw_piece.data == nullptr || raw_piece.length == 0 || decoded_text == nullptr) return;
    if (raw_piece.data < page_.data() ||
        raw_piece.data + raw_piece.length > page_.data() + page_.size()) {
      return;  // not in the page (an inserted node)
    }
    const std::string_view raw(raw_piece.data, raw_piece.length);
    const std::string_view decoded(decoded_text);
    const size_t base = PageOffset(page_, raw_piece.data);
    if (base < covered_until_) return;  // overlaps text already taken
    HtmlSegment segment;
    if (!Align(raw, decoded, base, segment.page_offsets)) return;
    if (!out_.text.empty()) out_.text += block_break_ ? '\n' : ' ';
    block_break_ = false;
    segment.text_begin = out_.text.size();
    out_.text += decoded;
    segment.text_end = out_.text.size();
    covered_until_ = base + raw.size();
    out_.segments.push_back(std::move(segment));
  }

  std::string_view page_;
  HtmlTextOptions options_;
  HtmlText out_;
  bool block_break_ = false;
  size_t covered_until_ = 0;
};

struct OutputDeleter {
  void operator()(GumboOutput* output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};

}  // namespace

std::optional<ByteSpan> HtmlText::ToPage(ByteSpan span, std::string_view page) const {
  const auto it = std::upper_bound(
      segments.begin(), segments.end(), span.begin,
      [](size_t offset, const HtmlSegment& segment) { return offset < segment.text_begin; });
  if (it == segments.begin()) return std::nullopt;
  const HtmlSegment& segment = *(it - 1);
  if (span.end > segment.text_end || span.begin < segment.text_begin) return std::nullopt;
  const size_t begin = segment.page_offsets[span.begin - segment.text_begin];
  const size_t end = segment.page_offsets[span.end - segment.text_begin];
  if (begin == HtmlSegment::kNotInPage || end == HtmlSegment::kNotInPage || end < begin) {
    return std::nullopt;
  }
  // Exactly the same bytes: no entity or folded line ending inside.
  if (page.substr(begin, end - begin) != std::string_view(text).substr(span.begin, span.size())) {
    return std::nullopt;
  }
  return ByteSpan{begin, end};
}

StatusOr<HtmlText> ExtractHtmlText(std::string_view page, const HtmlTextOptions& options) {
  // Refused before Gumbo, whose work on such a page is not linear.
  if (Status within = CheckHtmlLimits(page, options.limits); !within.ok()) return within;
  GumboOptions gumbo = kGumboDefaultOptions;
  gumbo.max_errors = 0;  // collecting parse errors costs memory; they are not used
  std::unique_ptr<GumboOutput, OutputDeleter> output(
      gumbo_parse_with_options(&gumbo, page.data(), page.size()));
  if (!output) return HtmlText();
  // Gumbo re-opens formatting elements in later blocks: the tree may be
  // deeper than the scan's estimate by as many as may be open.
  return Extractor(page, options)
      .Run(output->document, options.limits.max_depth + options.limits.max_open_formatting);
}

}  // namespace unspin
