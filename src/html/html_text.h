// The text of an HTML page that unspin may change, with a map back to the
// page's bytes.
//
// A real parser (Gumbo, the HTML5 parsing algorithm) finds the text nodes;
// entities are decoded for matching ("celebration&#8217;s" reads as
// "celebration’s") and every decoded byte keeps its offset in the page, so an
// edit becomes a change of exactly the bytes it replaces, and everything else
// (markup, entities, comments, whitespace) comes out byte-identical.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/edit.h"
#include "base/status.h"
#include "html/html_limits.h"

namespace unspin {

struct HtmlTextOptions {
  // Also the values of alt= and title= attributes.
  bool attributes = false;
  HtmlLimits limits;
};

// One stretch of page text: a text node or an attribute value.
struct HtmlSegment {
  size_t text_begin = 0;  // where it starts in HtmlText::text
  size_t text_end = 0;
  // For each byte of the segment's decoded text, and one past the end: its
  // offset in the page, or kNotInPage for the later bytes of a decoded
  // entity (an entity maps as a whole).
  std::vector<size_t> page_offsets;
  static constexpr size_t kNotInPage = static_cast<size_t>(-1);
};

struct HtmlText {
  // The segments' decoded text, in page order. Segments inside one block of
  // text (split only by inline elements such as <a>, <b>, <em>) are joined
  // by a space, so context flows across the tags; other segments by a line
  // break, which no rule matches across.
  std::string text;
  std::vector<HtmlSegment> segments;

  // The page bytes that `span` of `text` stands for, when they are exactly
  // the same bytes (no entity, no CR folded, inside one segment); else an
  // empty optional: such an edit is not made.
  std::optional<ByteSpan> ToPage(ByteSpan span, std::string_view page) const;
};

// The restorable text of `page`. Skipped: script, style, code, pre,
// textarea, kbd, samp, template, SVG and MathML content, and elements (with
// their content) marked translate="no" or data-unspin="off"; comments;
// text nodes whose page bytes do not decode to their text as expected
// (Gumbo's repairs of broken markup). Fails, naming the limit and the byte,
// on a page past `options.limits` (html_limits.h).
StatusOr<HtmlText> ExtractHtmlText(std::string_view page, const HtmlTextOptions& options = {});

}  // namespace unspin
