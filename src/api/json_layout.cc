#include "api/json_layout.h"

#include <iterator>
#include <optional>

#include <nlohmann/json.hpp>

namespace unspin {
namespace {

// A pointer into the line that records, in `taken`, how far the lexer has
// read: nlohmann's iterator input adapter takes one byte at a time through
// it. The lexer reads exactly to the end of a string, literal, key or
// bracket when it reports one (a number costs it one byte of look-ahead).
class CountingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  CountingIterator(const char* at, const char** taken) : at_(at), taken_(taken) {}
  reference operator*() const { return *at_; }
  CountingIterator& operator++() {
    *taken_ = ++at_;
    return *this;
  }
  CountingIterator operator++(int) {
    CountingIterator before = *this;
    ++*this;
    return before;
  }
  bool operator==(const CountingIterator& other) const { return at_ == other.at_; }
  bool operator!=(const CountingIterator& other) const { return at_ != other.at_; }

 private:
  const char* at_;
  const char** taken_;
};

bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// nlohmann's message without its "[json.exception...] parse error at line
// 1, column 8: " prefix: the caller names the place itself.
std::string ParseErrorReason(const std::string& what) {
  const size_t column = what.find("column ");
  if (column == std::string::npos) return what;
  const size_t colon = what.find(": ", column);
  return colon == std::string::npos ? what : what.substr(colon + 2);
}

class LayoutHandler {
 public:
  using json = nlohmann::json;
  using number_integer_t = json::number_integer_t;
  using number_unsigned_t = json::number_unsigned_t;
  using number_float_t = json::number_float_t;
  using string_t = json::string_t;
  using binary_t = json::binary_t;

  LayoutHandler(std::string_view line, const JsonLayoutOptions& options, JsonLayout& out)
      : line_(line), options_(options), out_(out), taken_(line.data()) {}

  const char** taken() { return &taken_; }
  size_t reached() const { return reached_; }

  bool null() { return Value("null"); }
  bool boolean(bool) { return Value("boolean"); }
  bool number_integer(number_integer_t) { return Value("number"); }
  bool number_unsigned(number_unsigned_t) { return Value("number"); }
  bool number_float(number_float_t, const string_t&) { return Value("number"); }
  bool binary(binary_t&) { return Value("binary"); }
  bool string(string_t& text) {
    const bool target = pending_match_ && reached_ == options_.field.size();
    if (!Value("string")) return false;
    if (target) {
      out_.field_value = {Skip(key_end_, ":"), Taken()};
      out_.field_text = std::move(text);
    }
    return true;
  }

  bool start_object(size_t) { return Open(true); }
  bool start_array(size_t) { return Open(false); }
  bool end_object() { return Close(); }
  bool end_array() { return Close(); }

  bool key(string_t& key) {
    if (++keys_ > options_.max_keys) {
      out_.error = "JSON object with more than " + std::to_string(options_.max_keys) + " keys";
      return false;
    }
    const size_t key_begin = Skip(last_event_, ",");
    key_end_ = Taken();
    if (frames_.size() == 1) {
      CommitMember(key_begin);
      member_begin_ = key_begin;
      ++out_.members;
      if (key == options_.report_key) out_.has_report_key = true;
    }
    const Frame& frame = frames_.back();
    pending_match_ = frame.level >= 0 && static_cast<size_t>(frame.level) < options_.field.size() &&
                     key == options_.field[frame.level];
    if (pending_match_) {
      // A later duplicate of a key on the path stands for the earlier one.
      reached_ = frame.level + 1;
      out_.field_found = false;
      out_.field_type.clear();
      out_.field_text.clear();
    }
    last_event_ = Taken();
    return true;
  }

  bool parse_error(size_t position, const std::string&, const nlohmann::detail::exception& e) {
    out_.error = "malformed JSON: " + ParseErrorReason(e.what());
    out_.error_column = position;
    return false;
  }

 private:
  struct Frame {
    bool object = false;
    int level = -1;  // the index of the path key this object's keys match, or -1
  };

  size_t Taken() const { return static_cast<size_t>(taken_ - line_.data()); }

  // The offset of the first byte at or after `from` that is neither JSON
  // whitespace nor one of `separators`.
  size_t Skip(size_t from, std::string_view separators) const {
    while (from < line_.size() &&
           (IsJsonSpace(line_[from]) || separators.find(line_[from]) != std::string_view::npos)) {
      ++from;
    }
    return from;
  }

  // A value at the current place: the field's, when the path led here.
  bool Value(const char* type) {
    if (pending_match_ && reached_ == options_.field.size()) {
      out_.field_found = true;
      out_.field_type = type;
    }
    pending_match_ = false;
    last_event_ = Taken();
    return true;
  }

  bool Open(bool object) {
    if (frames_.size() >= options_.max_depth) {
      out_.error = "JSON nested deeper than " + std::to_string(options_.max_depth) + " levels";
      return false;
    }
    Frame frame;
    frame.object = object;
    if (frames_.empty()) {
      out_.is_object = object;
      if (object) frame.level = 0;
    } else if (pending_match_ && reached_ < options_.field.size() && object) {
      frame.level = static_cast<int>(reached_);
    }
    Value(object ? "object" : "array");
    frames_.push_back(frame);
    return true;
  }

  bool Close() {
    frames_.pop_back();
    if (frames_.empty() && out_.is_object) {
      out_.close_brace = Taken() - 1;
      CommitMember(out_.close_brace);
    }
    last_event_ = Taken();
    return true;
  }

  // The top-level member begun at member_begin_ ends before `next` (the
  // next key or the closing brace), less the separator.
  void CommitMember(size_t next) {
    if (!member_begin_) return;
    size_t end = next;
    while (end > *member_begin_ && (IsJsonSpace(line_[end - 1]) || line_[end - 1] == ',')) --end;
    out_.complete_members.push_back({*member_begin_, end});
    member_begin_.reset();
  }

  std::string_view line_;
  const JsonLayoutOptions& options_;
  JsonLayout& out_;
  const char* taken_;
  std::vector<Frame> frames_;
  size_t keys_ = 0;
  size_t last_event_ = 0;  // where the lexer was after the last event
  size_t key_end_ = 0;     // just after the last key
  std::optional<size_t> member_begin_;
  bool pending_match_ = false;  // the next value is that of a key on the path
  size_t reached_ = 0;          // path keys found along the current chain
};

}  // namespace

JsonLayout ScanJsonObject(std::string_view line, const JsonLayoutOptions& options) {
  JsonLayout out;
  LayoutHandler handler(line, options, out);
  const CountingIterator begin(line.data(), handler.taken());
  const CountingIterator end(line.data() + line.size(), handler.taken());
  const bool parsed = nlohmann::json::sax_parse(begin, end, &handler);
  if (!out.field_found && handler.reached() < options.field.size()) {
    out.missing_key = options.field[handler.reached()];
  }
  if (!parsed && out.error.empty()) out.error = "malformed JSON";
  return out;
}

}  // namespace unspin
