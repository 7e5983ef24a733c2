// Limits on an HTML page, checked by a cheap scan before Gumbo sees it.
//
// Gumbo's work is not linear in a hostile page: a tag's attributes are
// checked for duplicates one against another (80,000 attributes: 15 s), and
// each start tag looks through the stack of open elements and the list of
// active formatting elements (55,000 nested <span>: minutes). The scan
// follows the tree builder's main rules (void elements, implied end tags of
// p, li, dt, dd, option, table rows and cells, end tags that close nothing,
// raw text elements, foreign content) closely enough to estimate both
// within a few elements on real pages, and refuses a page past a limit
// before Gumbo is called. A page within the limits costs Gumbo time linear
// in its size.
#pragma once

#include <cstddef>
#include <string_view>

#include "base/status.h"

namespace unspin {

struct HtmlLimits {
  // Browsers stop nesting at 512 (Blink's parser); real pages stay under 100.
  size_t max_depth = 512;
  // Attributes of one tag; real pages stay under 40.
  size_t max_attributes = 256;
  // Formatting elements (<b>, <font>, ...) open at once, which Gumbo
  // re-opens in every later block.
  size_t max_open_formatting = 256;
};

// Ok, or an error naming the first limit crossed and its byte offset in
// `page` ("HTML nested deeper than 512 elements at byte 3012"). Linear in
// the page's size.
Status CheckHtmlLimits(std::string_view page, const HtmlLimits& limits = {});

}  // namespace unspin
