#include "rules/rule_parser.h"

#include <charconv>
#include <map>
#include <mutex>
#include <thread>
#include <atomic>
#include <set>

#include "base/strings.h"

namespace unspin {
namespace {

const std::vector<std::string>& KnownKeys() {
  static const std::vector<std::string> keys = {
      "spun", "restore", "form", "inflect", "before", "after", "unless-before",
      "unless-after", "if-document", "unless-document", "confidence", "certain", "needs-spin",
      "category", "note", "example", "keep"};
  return keys;
}

// Keys that may appear at most once in a rule.
bool IsSingleValued(const std::string& key) {
  static const std::set<std::string> single = {"restore", "inflect", "confidence",
                                               "certain", "needs-spin", "category", "note"};
  return single.contains(key);
}

class Parser {
 public:
  Parser(std::string_view text, const std::string& file, bool compile_patterns)
      : text_(text), file_(file), compile_patterns_(compile_patterns) {}

  ParsedRuleFile Parse() {
    int line_number = 0;
    size_t start = 0;
    while (start <= text_.size()) {
      const size_t newline = text_.find('\n', start);
      const size_t end = newline == std::string_view::npos ? text_.size() : newline;
      ParseLine(text_.substr(start, end - start), ++line_number);
      if (newline == std::string_view::npos) break;
      start = newline + 1;
    }
    FinishRule();
    return std::move(result_);
  }

 private:
  void Error(int line, const std::string& message) {
    result_.errors.push_back(file_ + ":" + std::to_string(line) + ": " + message);
  }

  void ParseLine(std::string_view raw, int line) {
    const std::string_view trimmed = Trim(raw);
    if (trimmed.empty() || trimmed.front() == '#') return;
    const bool indented = raw.front() == ' ' || raw.front() == '\t';
    if (!indented) {
      ParseDirective(trimmed, line);
    } else if (!in_rule_) {
      Error(line, "field outside a rule: '" + std::string(trimmed) +
                      "' (start a rule with 'rule ID' first)");
    } else {
      ParseField(trimmed, line);
    }
  }

  void ParseDirective(std::string_view text, int line) {
    const size_t space = text.find_first_of(" \t");
    const std::string word(text.substr(0, space));
    const std::string argument =
        space == std::string_view::npos ? "" : std::string(Trim(text.substr(space)));
    if (word == "rule") {
      FinishRule();
      StartRule(argument, line);
    } else if (word == "include") {
      FinishRule();
      if (argument.empty()) {
        Error(line, "'include' needs a file name");
      } else {
        result_.includes.push_back({argument, {file_, line}});
      }
    } else {
      std::string message = "unknown directive '" + word + "'";
      const std::string guess = ClosestMatch(word, {"rule", "include"});
      if (!guess.empty()) {
        message += " (did you mean '" + guess + "'?)";
      } else if (text.find(':') != std::string_view::npos) {
        message += " (fields of a rule must be indented)";
      }
      Error(line, message);
    }
  }

  void StartRule(const std::string& id, int line) {
    in_rule_ = true;
    rule_ = Rule();
    seen_keys_.clear();
    rule_.location = {file_, line};
    rule_.id = id;
    if (id.empty()) {
      Error(line, "'rule' needs an id");
    } else if (id.find_first_of(" \t") != std::string::npos) {
      Error(line, "rule id '" + id + "' contains a space");
    } else if (!ids_.insert(id).second) {
      Error(line, "duplicate rule id '" + id + "'");
    }
  }

  void FinishRule() {
    if (!in_rule_) return;
    in_rule_ = false;
    const int line = rule_.location.line;
    if (rule_.spun.empty() && rule_.forms.empty()) {
      Error(line, "rule '" + rule_.id + "' has no 'spun:' phrase");
    }
    if (rule_.restorations.empty()) {
      Error(line, "rule '" + rule_.id + "' has no 'restore:' line");
    }
    result_.rules.push_back(std::move(rule_));
  }

  void ParseField(std::string_view text, int line) {
    const size_t colon = text.find(':');
    if (colon == std::string_view::npos) {
      Error(line, "expected 'key: value', got '" + std::string(text) + "'");
      return;
    }
    const std::string key(Trim(text.substr(0, colon)));
    const std::string value(Trim(text.substr(colon + 1)));
    const auto& keys = KnownKeys();
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
      std::string message = "unknown key '" + key + "'";
      const std::string guess = ClosestMatch(key, keys);
      if (!guess.empty()) message += " (did you mean '" + guess + "'?)";
      Error(line, message);
      return;
    }
    if (IsSingleValued(key) && !seen_keys_.insert(key).second) {
      Error(line, "'" + key + "' given twice in rule '" + rule_.id + "'");
      return;
    }
    if (value.empty()) {
      Error(line, "'" + key + ":' needs a value");
      return;
    }
    ParseValue(key, value, line);
  }

  void ParseValue(const std::string& key, const std::string& value, int line) {
    const SourceLocation location{file_, line};
    if (key == "spun") {
      for (std::string& phrase : SplitAlternatives(value, key, line)) {
        rule_.spun.push_back(std::move(phrase));
      }
    } else if (key == "restore") {
      rule_.restorations = SplitAlternatives(value, key, line);
    } else if (key == "form") {
      std::string spun, restored;
      if (SplitArrow(value, key, line, spun, restored)) {
        rule_.forms.push_back({spun, restored});
      }
    } else if (key == "inflect") {
      if (value == "verb") {
        rule_.inflection = Inflection::kVerb;
      } else if (value == "noun") {
        rule_.inflection = Inflection::kNoun;
      } else if (value == "none") {
        rule_.inflection = Inflection::kNone;
      } else {
        Error(line, "'inflect:' is 'verb', 'noun' or 'none', not '" + value + "'");
      }
    } else if (key == "confidence") {
      ParseConfidence(value, line);
    } else if (key == "certain") {
      if (value == "yes" || value == "true") {
        rule_.certain = true;
      } else if (value == "no" || value == "false") {
        rule_.certain = false;
      } else {
        Error(line, "'certain:' is 'yes' or 'no', not '" + value + "'");
      }
    } else if (key == "needs-spin") {
      double spin = -1;
      const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), spin);
      if (error != std::errc() || end != value.data() + value.size() || spin < 0) {
        Error(line, "'needs-spin:' is a spin score (artefacts per 1,000 words), not '" + value +
                        "'");
      } else {
        rule_.needs_spin = spin;
      }
    } else if (key == "category") {
      rule_.category = value;
    } else if (key == "note") {
      rule_.note = value;
    } else if (key == "example") {
      RuleExample example;
      example.location = location;
      if (SplitArrow(value, key, line, example.spun, example.restored)) {
        rule_.examples.push_back(std::move(example));
      }
    } else if (key == "keep") {
      rule_.keeps.push_back({value, location});
    } else if (key == "if-document" || key == "unless-document") {
      DocumentCondition condition;
      condition.negated = key == "unless-document";
      condition.phrases = SplitAlternatives(value, key, line);
      condition.location = location;
      if (!condition.phrases.empty()) rule_.document_conditions.push_back(std::move(condition));
    } else {
      ParseCondition(key, value, line);
    }
  }

  void ParseCondition(const std::string& key, const std::string& value, int line) {
    ContextCondition condition;
    condition.negated = key.starts_with("unless-");
    condition.side = key.ends_with("before") ? ContextCondition::Side::kBefore
                                             : ContextCondition::Side::kAfter;
    condition.pattern = ContextPattern::Shared(value, condition.side);
    condition.location = {file_, line};
    if (compile_patterns_) {
      if (const std::string error = condition.pattern->Validate(); !error.empty()) {
        Error(line, "bad pattern in '" + key + ":': " + error);
        return;
      }
    }
    rule_.conditions.push_back(std::move(condition));
  }

  void ParseConfidence(const std::string& value, int line) {
    double confidence = -1;
    const auto [end, error] =
        std::from_chars(value.data(), value.data() + value.size(), confidence);
    if (error != std::errc() || end != value.data() + value.size() || confidence < 0 ||
        confidence > 1) {
      Error(line, "'confidence:' is a number from 0 to 1, not '" + value + "'");
      return;
    }
    rule_.confidence = confidence;
  }

  std::vector<std::string> SplitAlternatives(const std::string& value,
                                             const std::string& key, int line) {
    std::vector<std::string> pieces = SplitAndTrim(value, "|");
    for (const std::string& piece : pieces) {
      if (piece.empty()) {
        Error(line, "empty alternative in '" + key + ":' (check the '|' separators)");
        return {};
      }
    }
    return pieces;
  }

  bool SplitArrow(const std::string& value, const std::string& key, int line,
                  std::string& left, std::string& right) {
    const size_t arrow = value.find("=>");
    if (arrow == std::string::npos) {
      Error(line, "'" + key + ":' needs 'SPUN => RESTORED'");
      return false;
    }
    left = std::string(Trim(std::string_view(value).substr(0, arrow)));
    right = std::string(Trim(std::string_view(value).substr(arrow + 2)));
    if (left.empty() || right.empty()) {
      Error(line, "'" + key + ":' needs text on both sides of '=>'");
      return false;
    }
    return true;
  }

  std::string_view text_;
  std::string file_;
  bool compile_patterns_;
  ParsedRuleFile result_;
  bool in_rule_ = false;
  Rule rule_;
  std::set<std::string> seen_keys_;
  std::set<std::string> ids_;
};

}  // namespace

ParsedRuleFile ParseRuleFile(std::string_view text, const std::string& file_name,
                             bool compile_patterns) {
  return Parser(text, file_name, compile_patterns).Parse();
}

std::vector<std::string> CompileConditions(std::vector<Rule>& rules, unsigned threads) {
  std::vector<const ContextCondition*> pending;
  for (const Rule& rule : rules) {
    for (const ContextCondition& condition : rule.conditions) pending.push_back(&condition);
  }
  std::vector<std::string> errors(pending.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < pending.size(); i = next++) {
      const ContextCondition& condition = *pending[i];
      if (const std::string error = condition.pattern->Validate(); !error.empty()) {
        const std::string key = std::string(condition.negated ? "unless-" : "") +
                                (condition.side == ContextCondition::Side::kBefore ? "before"
                                                                                   : "after");
        errors[i] = condition.location.ToString() + ": bad pattern in '" + key + ":': " + error;
      }
    }
  };
  std::vector<std::thread> workers;
  for (unsigned t = 1; t < std::max(1u, threads); ++t) workers.emplace_back(work);
  work();
  for (std::thread& worker : workers) worker.join();
  std::erase_if(errors, [](const std::string& e) { return e.empty(); });
  return errors;
}

}  // namespace unspin
