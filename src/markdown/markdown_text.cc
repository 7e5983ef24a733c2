#include "markdown/markdown_text.h"

#include <md4c.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "markdown/front_matter.h"

namespace unspin {
namespace {

// The UTF-8 bytes of code point `c`; empty for one that is not valid.
std::string EncodeUtf8(unsigned long c) {
  std::string out;
  if (c == 0 || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) return out;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

// What an entity reads as, for matching only (it is never edited): numeric
// references and the named ones prose uses; any other reads as written.
std::string DecodeEntity(std::string_view entity) {
  if (entity.size() > 3 && entity[1] == '#') {
    const bool hex = entity[2] == 'x' || entity[2] == 'X';
    const std::string digits(entity.substr(hex ? 3 : 2, entity.size() - (hex ? 4 : 3)));
    const std::string decoded = EncodeUtf8(std::strtoul(digits.c_str(), nullptr, hex ? 16 : 10));
    return decoded.empty() ? "\xEF\xBF\xBD" : decoded;
  }
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"&amp;", "&"},           {"&lt;", "<"},           {"&gt;", ">"},
      {"&quot;", "\""},         {"&apos;", "'"},         {"&nbsp;", "\xC2\xA0"},
      {"&rsquo;", "\u2019"},    {"&lsquo;", "\u2018"},   {"&rdquo;", "\u201D"},
      {"&ldquo;", "\u201C"},    {"&mdash;", "\u2014"},   {"&ndash;", "\u2013"},
      {"&hellip;", "\u2026"},
  };
  for (const auto& [name, text] : kNamed) {
    if (entity == name) return std::string(text);
  }
  return std::string(entity);
}

class Extractor {
 public:
  explicit Extractor(std::string_view document) : document_(document) {}

  StatusOr<MarkdownText> Run(size_t from) {
    MD_PARSER parser{};
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS;
    parser.enter_block = [](MD_BLOCKTYPE type, void*, void* self) {
      return static_cast<Extractor*>(self)->Block(type, /*enter=*/true);
    };
    parser.leave_block = [](MD_BLOCKTYPE type, void*, void* self) {
      return static_cast<Extractor*>(self)->Block(type, /*enter=*/false);
    };
    parser.enter_span = [](MD_SPANTYPE type, void*, void* self) {
      return static_cast<Extractor*>(self)->Span(type, /*enter=*/true);
    };
    parser.leave_span = [](MD_SPANTYPE type, void*, void* self) {
      return static_cast<Extractor*>(self)->Span(type, /*enter=*/false);
    };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* self) {
      return static_cast<Extractor*>(self)->Text(type, std::string_view(text, size));
    };
    const std::string_view body = document_.substr(from);
    const int result = md_parse(body.data(), static_cast<MD_SIZE>(body.size()), &parser, this);
    if (result != 0) {
      return Status::Error("the Markdown parser (md4c) failed (" + std::to_string(result) +
                           "): out of memory, or a document too large for it");
    }
    return std::move(out_);
  }

 private:
  int Block(MD_BLOCKTYPE type, bool enter) {
    if (type == MD_BLOCK_CODE || type == MD_BLOCK_HTML) skipped_ += enter ? 1 : -1;
    Break();
    return 0;
  }

  int Span(MD_SPANTYPE type, bool enter) {
    if (type == MD_SPAN_A) {
      link_starts_ = enter;
      if (!enter && autolink_) {
        autolink_ = false;
        Break();
      }
    }
    if (type == MD_SPAN_IMG || type == MD_SPAN_CODE || type == MD_SPAN_LATEXMATH ||
        type == MD_SPAN_LATEXMATH_DISPLAY || type == MD_SPAN_WIKILINK) {
      skipped_ += enter ? 1 : -1;
      Break();
    }
    return 0;
  }

  // md4c 0.4.8 does not tell an autolink (<https://...>, <a@b.org>) from a
  // link: its text is the address, and it is the one link whose text
  // follows a '<'.
  bool StartsAutolink(std::string_view text, size_t document_begin) {
    const bool starts = link_starts_;
    link_starts_ = false;
    return starts && document_begin != MarkdownSegment::kNotInDocument && document_begin > 0 &&
           document_[document_begin - 1] == '<' && text.data() == document_.data() + document_begin;
  }

  int Text(MD_TEXTTYPE type, std::string_view text) {
    if (skipped_ > 0 || autolink_) return 0;
    switch (type) {
      case MD_TEXT_NORMAL: {
        const size_t document_begin = InDocument(text);
        if (StartsAutolink(text, document_begin)) {
          autolink_ = true;
          Break();
          return 0;
        }
        Add(text, document_begin);
        break;
      }
      case MD_TEXT_ENTITY:
        Add(DecodeEntity(text), MarkdownSegment::kNotInDocument);
        break;
      case MD_TEXT_NULLCHAR:
        Add("\xEF\xBF\xBD", MarkdownSegment::kNotInDocument);
        break;
      default:  // line breaks, code, inline HTML, math
        link_starts_ = false;
        Break();
        break;
    }
    return 0;
  }

  size_t InDocument(std::string_view text) const {
    if (text.data() < document_.data() || text.data() + text.size() > document_.data() + document_.size()) {
      return MarkdownSegment::kNotInDocument;
    }
    return static_cast<size_t>(text.data() - document_.data());
  }

  void Break() { break_ = true; }

  void Add(std::string_view text, size_t document_begin) {
    if (text.empty()) return;
    if (break_ && !out_.text.empty()) out_.text += '\n';
    // A run that continues the last one in the document (md4c splits text
    // at characters that could have been markup) extends its segment.
    if (!break_ && !out_.segments.empty() && document_begin != MarkdownSegment::kNotInDocument) {
      MarkdownSegment& last = out_.segments.back();
      if (last.document_begin != MarkdownSegment::kNotInDocument &&
          last.text_end == out_.text.size() &&
          last.document_begin + (last.text_end - last.text_begin) == document_begin) {
        out_.text += text;
        last.text_end = out_.text.size();
        return;
      }
    }
    break_ = false;
    MarkdownSegment segment;
    segment.text_begin = out_.text.size();
    out_.text += text;
    segment.text_end = out_.text.size();
    segment.document_begin = document_begin;
    out_.segments.push_back(segment);
  }

  std::string_view document_;
  MarkdownText out_;
  int skipped_ = 0;  // open code blocks, HTML blocks and skipped spans
  bool break_ = false;
  bool link_starts_ = false;  // a link opened and no text of it seen yet
  bool autolink_ = false;     // inside an autolink
};

}  // namespace

std::optional<ByteSpan> MarkdownText::ToDocument(ByteSpan span) const {
  const auto it = std::upper_bound(
      segments.begin(), segments.end(), span.begin,
      [](size_t offset, const MarkdownSegment& segment) { return offset < segment.text_begin; });
  if (it == segments.begin()) return std::nullopt;
  const MarkdownSegment& segment = *(it - 1);
  if (span.end > segment.text_end || segment.document_begin == MarkdownSegment::kNotInDocument) {
    return std::nullopt;
  }
  const size_t begin = segment.document_begin + (span.begin - segment.text_begin);
  return ByteSpan{begin, begin + span.size()};
}

StatusOr<MarkdownText> ExtractMarkdownText(std::string_view document) {
  return Extractor(document).Run(FrontMatterLength(document));
}

bool IsMarkdownFileName(std::string_view name) {
  std::string lower(name);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower.ends_with(".md") || lower.ends_with(".markdown");
}

}  // namespace unspin
