#include "html/html_limits.h"

#include <gumbo.h>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

namespace unspin {
namespace {

constexpr size_t kTags = GUMBO_TAG_LAST + 1;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool IsVoid(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_AREA: case GUMBO_TAG_BASE: case GUMBO_TAG_BASEFONT: case GUMBO_TAG_BGSOUND:
    case GUMBO_TAG_BR: case GUMBO_TAG_COL: case GUMBO_TAG_EMBED: case GUMBO_TAG_FRAME:
    case GUMBO_TAG_HR: case GUMBO_TAG_IMAGE: case GUMBO_TAG_IMG: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_KEYGEN: case GUMBO_TAG_LINK: case GUMBO_TAG_META: case GUMBO_TAG_PARAM:
    case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK: case GUMBO_TAG_WBR: case GUMBO_TAG_MENUITEM:
    // Not nested by the tree builder: one of each.
    case GUMBO_TAG_HTML: case GUMBO_TAG_HEAD: case GUMBO_TAG_BODY: case GUMBO_TAG_FRAMESET:
      return true;
    default:
      return false;
  }
}

// Elements whose content the tokenizer reads as text up to their end tag.
bool IsRawText(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_TITLE:
    case GUMBO_TAG_XMP: case GUMBO_TAG_IFRAME: case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_NOSCRIPT:
      return true;
    default:
      return false;
  }
}

// Formatting elements, which the list of active formatting elements keeps.
bool IsFormatting(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_A: case GUMBO_TAG_B: case GUMBO_TAG_BIG: case GUMBO_TAG_CODE:
    case GUMBO_TAG_EM: case GUMBO_TAG_FONT: case GUMBO_TAG_I: case GUMBO_TAG_NOBR:
    case GUMBO_TAG_S: case GUMBO_TAG_SMALL: case GUMBO_TAG_STRIKE: case GUMBO_TAG_STRONG:
    case GUMBO_TAG_TT: case GUMBO_TAG_U:
      return true;
    default:
      return false;
  }
}

// Elements that start a scope for the list of active formatting elements.
bool IsMarker(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_CAPTION: case GUMBO_TAG_APPLET:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_MARQUEE: case GUMBO_TAG_TEMPLATE:
      return true;
    default:
      return false;
  }
}

// Start tags that close an open <p>.
bool ClosesP(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR: case GUMBO_TAG_DIV: case GUMBO_TAG_DL:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_UL: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING: case GUMBO_TAG_FORM:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_XMP: case GUMBO_TAG_HR: case GUMBO_TAG_LI:
    case GUMBO_TAG_DD: case GUMBO_TAG_DT:
      return true;
    default:
      return false;
  }
}

bool IsHeading(GumboTag tag) { return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6; }

// The spec's "special" elements: an end tag for an ordinary element does not
// close past one of them.
bool IsSpecial(GumboTag tag) {
  if (ClosesP(tag) || IsVoid(tag) || IsRawText(tag) || IsMarker(tag)) return true;
  switch (tag) {
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_COLGROUP: case GUMBO_TAG_SELECT: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_THEAD: case GUMBO_TAG_TR: case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_FOREIGNOBJECT: case GUMBO_TAG_DESC:
      return true;
    default:
      return false;
  }
}

// HTML start tags that end foreign (SVG, MathML) content.
bool BreaksOutOfForeign(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_B: case GUMBO_TAG_BIG: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY:
    case GUMBO_TAG_BR: case GUMBO_TAG_CENTER: case GUMBO_TAG_CODE: case GUMBO_TAG_DD:
    case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_EM:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_HR: case GUMBO_TAG_I: case GUMBO_TAG_IMG: case GUMBO_TAG_LI:
    case GUMBO_TAG_LISTING: case GUMBO_TAG_MENU: case GUMBO_TAG_META: case GUMBO_TAG_NOBR:
    case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_RUBY:
    case GUMBO_TAG_S: case GUMBO_TAG_SMALL: case GUMBO_TAG_SPAN: case GUMBO_TAG_STRONG:
    case GUMBO_TAG_STRIKE: case GUMBO_TAG_SUB: case GUMBO_TAG_SUP: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TT: case GUMBO_TAG_U: case GUMBO_TAG_UL: case GUMBO_TAG_VAR:
    case GUMBO_TAG_FONT:
      return true;
    default:
      return false;
  }
}

struct Tag {
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  std::string_view name;  // as written
  uint64_t identity = 1;  // tag and attributes as written, hashed (never 0)
  bool end = false;
  bool self_closing = false;
  size_t attributes = 0;
};

// A model of the tree builder's stack of open elements and its list of
// active formatting elements: their sizes, not their contents.
class TreeModel {
 public:
  explicit TreeModel(const HtmlLimits& limits) : limits_(limits), positions_(kTags) {}

  bool foreign() const {
    return !positions_[GUMBO_TAG_SVG].empty() || !positions_[GUMBO_TAG_MATH].empty();
  }

  // Ok, or the limit the tag crosses (without the place).
  Status Add(const Tag& tag) {
    if (tag.attributes > limits_.max_attributes) {
      return Status::Error("an HTML tag with more than " + std::to_string(limits_.max_attributes) +
                           " attributes");
    }
    if (tag.tag == GUMBO_TAG_UNKNOWN) {
      // Custom elements nest like <span>.
      const size_t id = UnknownId(tag.name);
      if (tag.end) {
        EndOrdinary(id);
      } else if (!(foreign() && tag.self_closing)) {
        Push(id);
      }
    } else if (tag.end) {
      End(tag.tag);
    } else {
      Start(tag);
    }
    if (stack_.size() > limits_.max_depth) {
      return Status::Error("HTML nested deeper than " + std::to_string(limits_.max_depth) +
                           " elements");
    }
    if (formatting_total_ > limits_.max_open_formatting) {
      return Status::Error("more than " + std::to_string(limits_.max_open_formatting) +
                           " HTML formatting elements (<b>, <font>, ...) open at once");
    }
    return Status::Ok();
  }

 private:
  struct Frame {
    size_t tag;  // a GumboTag, or an id from UnknownId
    bool marker = false;  // it put a marker on the list of formatting elements
  };

  // The topmost open `tag` is above every open element of `boundaries`.
  bool InScope(GumboTag tag, std::initializer_list<GumboTag> boundaries) const {
    if (positions_[tag].empty()) return false;
    for (GumboTag boundary : boundaries) {
      if (!positions_[boundary].empty() && positions_[boundary].back() > positions_[tag].back()) {
        return false;
      }
    }
    return true;
  }
  bool InScope(GumboTag tag) const {
    return InScope(tag, {GUMBO_TAG_TABLE, GUMBO_TAG_TD, GUMBO_TAG_TH, GUMBO_TAG_CAPTION,
                         GUMBO_TAG_BUTTON, GUMBO_TAG_OBJECT, GUMBO_TAG_APPLET,
                         GUMBO_TAG_MARQUEE, GUMBO_TAG_TEMPLATE});
  }

  // An id past the GumboTags for each name Gumbo does not know, any case.
  size_t UnknownId(std::string_view name) {
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(), Lower);
    const auto [it, added] = unknown_ids_.try_emplace(std::move(lower), positions_.size());
    if (added) positions_.emplace_back();
    return it->second;
  }

  static GumboTag Known(size_t id) {
    return id < kTags ? static_cast<GumboTag>(id) : GUMBO_TAG_UNKNOWN;
  }

  void Push(size_t tag) {
    Frame frame{tag};
    if (IsMarker(Known(tag))) {
      frame.marker = true;
      formatting_.push_back({kMarker, GUMBO_TAG_UNKNOWN});
    }
    positions_[tag].push_back(stack_.size());
    if (IsSpecial(Known(tag))) specials_.push_back(stack_.size());
    stack_.push_back(frame);
  }

  void Pop() {
    const Frame frame = stack_.back();
    stack_.pop_back();
    positions_[frame.tag].pop_back();
    if (!specials_.empty() && specials_.back() == stack_.size()) specials_.pop_back();
    if (frame.marker) {
      // Closing a cell clears the formatting elements opened in it.
      while (!formatting_.empty()) {
        const bool marker = formatting_.back().identity == kMarker;
        if (!marker) --formatting_total_;
        formatting_.pop_back();
        if (marker) break;
      }
    }
  }

  void PopTo(size_t tag) {
    while (!positions_[tag].empty()) Pop();
  }
  // Pops the topmost open `tag` and everything above it.
  void PopThrough(size_t tag) {
    if (positions_[tag].empty()) return;
    const size_t position = positions_[tag].back();
    while (stack_.size() > position) Pop();
  }

  void Start(const Tag& tag) {
    const GumboTag name = tag.tag;
    if (foreign()) {
      if (!BreaksOutOfForeign(name)) {
        if (!tag.self_closing) Push(name);
        return;
      }
      PopTo(GUMBO_TAG_SVG);
      PopTo(GUMBO_TAG_MATH);
    }
    if (IsVoid(name)) {
      if (name == GUMBO_TAG_HR && InScope(GUMBO_TAG_P)) PopThrough(GUMBO_TAG_P);
      return;
    }
    if (ClosesP(name) && InScope(GUMBO_TAG_P)) PopThrough(GUMBO_TAG_P);
    if (IsHeading(name) && !stack_.empty() && IsHeading(Known(stack_.back().tag))) Pop();
    switch (name) {
      case GUMBO_TAG_LI:
        if (InScope(GUMBO_TAG_LI, {GUMBO_TAG_UL, GUMBO_TAG_OL, GUMBO_TAG_TABLE})) {
          PopThrough(GUMBO_TAG_LI);
        }
        break;
      case GUMBO_TAG_DD:
      case GUMBO_TAG_DT:
        for (GumboTag item : {GUMBO_TAG_DD, GUMBO_TAG_DT}) {
          if (InScope(item, {GUMBO_TAG_DL, GUMBO_TAG_TABLE})) PopThrough(item);
        }
        break;
      case GUMBO_TAG_OPTION:
      case GUMBO_TAG_OPTGROUP:
        if (!stack_.empty() && stack_.back().tag == GUMBO_TAG_OPTION) Pop();
        if (name == GUMBO_TAG_OPTGROUP && !stack_.empty() && stack_.back().tag == name) Pop();
        break;
      case GUMBO_TAG_TR:
      case GUMBO_TAG_TD:
      case GUMBO_TAG_TH:
        for (GumboTag cell : {GUMBO_TAG_TD, GUMBO_TAG_TH}) {
          if (InScope(cell, {GUMBO_TAG_TABLE})) PopThrough(cell);
        }
        if (name == GUMBO_TAG_TR && InScope(GUMBO_TAG_TR, {GUMBO_TAG_TABLE})) {
          PopThrough(GUMBO_TAG_TR);
        }
        break;
      case GUMBO_TAG_A:
      case GUMBO_TAG_NOBR:
      case GUMBO_TAG_BUTTON:
        // A second one closes the first.
        if (name == GUMBO_TAG_BUTTON ? InScope(name) : LastFormatting(name) != kNone) {
          PopThrough(name);
          RemoveFormatting(name);
        }
        break;
      default:
        break;
    }
    Push(name);
    if (IsFormatting(name)) AddFormatting(name, tag.identity);
  }

  static constexpr size_t kNone = static_cast<size_t>(-1);
  static constexpr uint64_t kMarker = 0;

  // The place in the list of the last `tag` after the last marker, or kNone.
  size_t LastFormatting(GumboTag tag) const {
    for (size_t i = formatting_.size(); i-- > 0;) {
      if (formatting_[i].identity == kMarker) break;
      if (formatting_[i].tag == tag) return i;
    }
    return kNone;
  }

  void RemoveFormatting(GumboTag tag) {
    const size_t at = LastFormatting(tag);
    if (at == kNone) return;
    formatting_.erase(formatting_.begin() + static_cast<std::ptrdiff_t>(at));
    --formatting_total_;
  }

  // Noah's Ark: at most three identical elements (tag and attributes) after
  // the last marker; a fourth pushes out the earliest. (At most the limit
  // is looked through, as Gumbo does too.)
  void AddFormatting(GumboTag tag, uint64_t identity) {
    size_t same = 0, earliest = kNone;
    for (size_t i = formatting_.size(); i-- > 0;) {
      if (formatting_[i].identity == kMarker) break;
      if (formatting_[i].identity == identity) {
        ++same;
        earliest = i;
      }
    }
    if (same >= 3) {
      formatting_.erase(formatting_.begin() + static_cast<std::ptrdiff_t>(earliest));
      --formatting_total_;
    }
    formatting_.push_back({identity, tag});
    ++formatting_total_;
  }

  void End(GumboTag tag) {
    if (IsFormatting(tag)) {
      // The adoption agency takes it off the list and the stack.
      RemoveFormatting(tag);
      PopThrough(tag);
      return;
    }
    if (IsSpecial(tag)) {
      PopThrough(tag);
    } else {
      EndOrdinary(tag);
    }
  }

  // An end tag does not close an ordinary element past a special one.
  void EndOrdinary(size_t tag) {
    if (positions_[tag].empty()) return;
    if (!specials_.empty() && specials_.back() > positions_[tag].back()) return;
    PopThrough(tag);
  }

  const HtmlLimits& limits_;
  std::vector<Frame> stack_;
  std::vector<std::vector<size_t>> positions_;  // per tag: its places on the stack
  std::vector<size_t> specials_;                 // places of special elements
  // The list of active formatting elements: each one's identity, or
  // kMarker.
  struct Formatting {
    uint64_t identity;
    GumboTag tag;
  };
  std::vector<Formatting> formatting_;
  size_t formatting_total_ = 0;  // entries that are not markers
  std::unordered_map<std::string, size_t> unknown_ids_;
};

// The offset of the end tag `</name` (any case) at or after `from`, or the
// end of the page.
size_t FindEndTag(std::string_view page, size_t from, std::string_view name) {
  while (true) {
    const size_t open = page.find("</", from);
    if (open == std::string_view::npos) return page.size();
    size_t k = 0;
    while (k < name.size() && open + 2 + k < page.size() && Lower(page[open + 2 + k]) == name[k]) {
      ++k;
    }
    if (k == name.size()) return open;
    from = open + 2;
  }
}

// Reads the tag at page[i] ('<' and a letter, or "</" and a letter); `i`
// ends past its '>'.
Tag ReadTag(std::string_view page, size_t& i) {
  Tag tag;
  size_t k = i + 1;
  if (page[k] == '/') {
    tag.end = true;
    ++k;
  }
  const size_t name_begin = k;
  while (k < page.size() && !IsSpace(page[k]) && page[k] != '/' && page[k] != '>') ++k;
  tag.name = page.substr(name_begin, k - name_begin);
  tag.tag = gumbo_tagn_enum(tag.name.data(), static_cast<unsigned>(tag.name.size()));
  while (k < page.size() && page[k] != '>') {
    if (IsSpace(page[k])) {
      ++k;
      continue;
    }
    if (page[k] == '/') {
      tag.self_closing = k + 1 < page.size() && page[k + 1] == '>';
      ++k;
      continue;
    }
    ++tag.attributes;
    ++k;  // a name may start with '='
    while (k < page.size() && !IsSpace(page[k]) && page[k] != '/' && page[k] != '>' &&
           page[k] != '=') {
      ++k;
    }
    while (k < page.size() && IsSpace(page[k])) ++k;
    if (k >= page.size() || page[k] != '=') continue;
    ++k;
    while (k < page.size() && IsSpace(page[k])) ++k;
    if (k < page.size() && (page[k] == '"' || page[k] == '\'')) {
      const size_t close = page.find(page[k], k + 1);
      k = close == std::string_view::npos ? page.size() : close + 1;
    } else {
      while (k < page.size() && !IsSpace(page[k]) && page[k] != '>') ++k;
    }
  }
  // Attributes as written: "b=1 a=2" and "a=2 b=1" count as different,
  // which only makes the count larger than Gumbo's.
  tag.identity = std::hash<std::string_view>()(page.substr(name_begin, k - name_begin)) | 1;
  i = k + 1;
  return tag;
}

}  // namespace

Status CheckHtmlLimits(std::string_view page, const HtmlLimits& limits) {
  TreeModel model(limits);
  size_t i = 0;
  while ((i = page.find('<', i)) != std::string_view::npos && i + 1 < page.size()) {
    const size_t at = i;
    if (page.substr(i, 4) == "<!--") {
      const size_t close = page.find("-->", i + 4);
      i = close == std::string_view::npos ? page.size() : close + 3;
      continue;
    }
    if (page[i + 1] == '!' || page[i + 1] == '?') {  // doctype, CDATA, bogus comment
      const size_t close = page.find('>', i + 2);
      i = close == std::string_view::npos ? page.size() : close + 1;
      continue;
    }
    const size_t name = page[i + 1] == '/' ? i + 2 : i + 1;
    if (name >= page.size() || !IsAlpha(page[name])) {
      ++i;
      continue;
    }
    const Tag tag = ReadTag(page, i);
    if (Status added = model.Add(tag); !added.ok()) {
      return Status::Error(added.message() + " at byte " + std::to_string(at));
    }
    if (tag.end || model.foreign()) continue;
    if (tag.tag == GUMBO_TAG_PLAINTEXT) break;  // the rest is text
    if (IsRawText(tag.tag)) {
      i = FindEndTag(page, std::min(i, page.size()), gumbo_normalized_tagname(tag.tag));
    }
  }
  return Status::Ok();
}

}  // namespace unspin
