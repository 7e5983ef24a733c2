#include "rules/rule_parser.h"

#include <charconv>
#include <map>
#include <mutex>
#include <thread>
#include <atomic>
#include <optional>
#include <set>

#include "base/strings.h"
#include "rules/list_importer.h"
#include "rules/logical_lines.h"
#include "rules/word_list.h"

namespace unspin {
namespace {

const std::vector<std::string>& KnownKeys() {
  static const std::vector<std::string> keys = {
      "spun", "restore", "form", "inflect", "before", "after", "unless-before",
      "unless-after", "if-document", "unless-document", "confidence", "certain", "needs-spin",
      "outside-context", "category", "note", "example", "keep", "origin"};
  return keys;
}

// Keys that may appear at most once in a rule.
bool IsSingleValued(const std::string& key) {
  static const std::set<std::string> single = {"restore", "inflect", "confidence", "certain",
                                               "needs-spin", "outside-context", "category",
                                               "note", "origin"};
  return single.contains(key);
}

class Parser {
 public:
  Parser(std::string_view text, const std::string& file, bool compile_patterns,
         ListImporter* importer)
      : text_(text), file_(file), compile_patterns_(compile_patterns), importer_(importer) {}

  ParsedRuleFile Parse() {
    for (const LogicalLine& line : SplitLogicalLines(text_)) {
      line_ = &line;
      CheckContinuations(line);
      ParseLine(line.text, line.line);
    }
    line_ = nullptr;
    FinishRule();
    CheckListsUsed();
    result_.lists = scope_.lists();
    return std::move(result_);
  }

 private:
  void Error(int line, const std::string& message) {
    result_.errors.push_back(file_ + ":" + std::to_string(line) + ": " + message);
  }

  // The physical line of `text`, a view into the current logical line.
  int LineOf(std::string_view text) const {
    return line_->LineAt(static_cast<size_t>(text.data() - line_->text.data()));
  }

  void ReportListProblems(std::string_view value, const std::vector<ListProblem>& problems) {
    for (const ListProblem& problem : problems) {
      // After an import failed, its lists are missing: saying so again at
      // every use would bury the one error that matters.
      if (problem.undefined && import_failed_) continue;
      Error(LineOf(value.substr(std::min(problem.offset, value.size()))), problem.message);
    }
  }

  // A continuation line that reads like a field is most likely a field
  // indented too deeply: it would silently become part of the value above.
  void CheckContinuations(const LogicalLine& line) {
    const auto& keys = KnownKeys();
    for (const LogicalLine::Continuation& continuation : line.continuations) {
      const std::string_view rest = std::string_view(line.text).substr(continuation.offset);
      const size_t colon = rest.find(':');
      if (colon == std::string_view::npos) continue;
      const std::string key(Trim(rest.substr(0, colon)));
      if (std::find(keys.begin(), keys.end(), key) != keys.end()) {
        Error(continuation.line, "'" + key + ":' is indented deeper than the line above, so it "
                                 "continues that line's value; indent it like the other fields");
      }
    }
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
    const std::string_view argument_view =
        space == std::string_view::npos ? std::string_view() : Trim(text.substr(space));
    const std::string argument(argument_view);
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
    } else if (word == "list") {
      FinishRule();
      DefineList(argument_view, line);
    } else if (word == "import") {
      FinishRule();
      ImportLists(argument, line);
    } else {
      std::string message = "unknown directive '" + word + "'";
      const std::string guess = ClosestMatch(word, {"rule", "include", "list", "import"});
      if (!guess.empty()) {
        message += " (did you mean '" + guess + "'?)";
      } else if (text.find(':') != std::string_view::npos) {
        message += " (fields of a rule must be indented)";
      }
      Error(line, message);
    }
  }

  void DefineList(std::string_view argument, int line) {
    WordList list;
    std::vector<ListProblem> problems;
    ParseListDefinition(argument, scope_, list, problems);
    ReportListProblems(argument, problems);
    if (list.name.empty()) return;
    list.location = {file_, line};
    if (const std::string taken = scope_.Add(list); !taken.empty()) {
      Error(line, taken);
    } else {
      defined_here_.push_back({list.name, line});
    }
  }

  void ImportLists(const std::string& target, int line) {
    if (target.empty()) {
      Error(line, "'import' needs a file name");
      return;
    }
    if (importer_ == nullptr) {
      Error(line, "'import' reads files, which this rule text cannot do");
      return;
    }
    StatusOr<std::vector<WordList>> lists = importer_->Import(target, file_);
    if (!lists.ok()) {
      Error(line, "cannot import '" + target + "': " + lists.status().message());
      import_failed_ = true;
      return;
    }
    Import import{target, line, {}};
    for (const WordList& list : lists.value()) {
      if (const std::string taken = scope_.Add(list); !taken.empty()) {
        Error(line, taken);
      } else {
        import.names.push_back(list.name);
      }
    }
    imports_.push_back(std::move(import));
  }

  // Lists are for the file that defines or imports them: in a file of
  // rules, one nobody uses is a leftover (a lists file, with no rules, is
  // there to be imported).
  void CheckListsUsed() {
    if (result_.rules.empty()) return;
    for (const auto& [name, line] : defined_here_) {
      if (!scope_.IsUsed(name)) Error(line, "list '@" + name + "' is never used");
    }
    for (const Import& import : imports_) {
      if (std::none_of(import.names.begin(), import.names.end(),
                       [&](const std::string& name) { return scope_.IsUsed(name); })) {
        Error(import.line, "no list of '" + import.target + "' is used");
      }
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
    std::optional<Rule> outside = OutsideContextRule(line);
    result_.rules.push_back(std::move(rule_));
    if (outside) result_.rules.push_back(std::move(*outside));
  }

  // The reading of an `outside-context:` rule away from its before:/after:
  // context: the same phrases and exceptions (unless-..., if-document...),
  // ambiguous at the given confidence. Placed right after the rule.
  std::optional<Rule> OutsideContextRule(int line) {
    if (rule_.outside_context <= 0) return std::nullopt;
    const bool has_context =
        std::any_of(rule_.conditions.begin(), rule_.conditions.end(),
                    [](const ContextCondition& c) { return !c.negated; });
    if (!has_context) {
      Error(line, "rule '" + rule_.id +
                      "' has 'outside-context:' but no 'before:' or 'after:' context to be "
                      "outside of");
      return std::nullopt;
    }
    Rule derived = rule_;
    derived.id = rule_.id + "-outside-context";
    if (!ids_.insert(derived.id).second) {
      Error(line, "duplicate rule id '" + derived.id + "' (made for 'outside-context:')");
      return std::nullopt;
    }
    std::erase_if(derived.conditions, [](const ContextCondition& c) { return !c.negated; });
    derived.confidence = rule_.outside_context;
    derived.outside_context = 0;
    derived.context_of = rule_.id;
    derived.certain = false;
    derived.needs_spin = 0;
    derived.examples.clear();
    derived.keeps.clear();
    return derived;
  }

  void ParseField(std::string_view text, int line) {
    const size_t colon = text.find(':');
    if (colon == std::string_view::npos) {
      Error(line, "expected 'key: value', got '" + std::string(text) + "'");
      return;
    }
    const std::string key(Trim(text.substr(0, colon)));
    const std::string_view written = Trim(text.substr(colon + 1));
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
    if (written.empty()) {
      Error(line, "'" + key + ":' needs a value");
      return;
    }
    ParseValue(key, ExpandLists(key, written), line);
  }

  // The value with its lists replaced by their words, in the fields that
  // take lists; other fields keep an '@' as it is.
  std::string ExpandLists(const std::string& key, std::string_view value) {
    if (value.find('@') == std::string_view::npos) return std::string(value);
    std::vector<ListProblem> problems;
    std::string expanded;
    if (key == "spun" || key == "restore" || key == "if-document" || key == "unless-document") {
      expanded = ExpandListsInAlternatives(value, scope_, problems);
    } else if (key == "before" || key == "after" || key == "unless-before" ||
               key == "unless-after") {
      expanded = ExpandListsInPattern(value, scope_, problems);
    } else {
      return std::string(value);
    }
    ReportListProblems(value, problems);
    return expanded;
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
      if (error != std::errc() || end != value.data() + value.size() ||
          !(spin >= 0 && spin < 1e9)) {  // not "nan" or "inf"
        Error(line, "'needs-spin:' is a spin score (artefacts per 1,000 words), not '" + value +
                        "'");
      } else {
        rule_.needs_spin = spin;
      }
    } else if (key == "outside-context") {
      double confidence = -1;
      const auto [end, error] =
          std::from_chars(value.data(), value.data() + value.size(), confidence);
      // Written so that "nan" fails too.
      if (error != std::errc() || end != value.data() + value.size() ||
          !(confidence > 0 && confidence < 0.5)) {
        Error(line, "'outside-context:' is a confidence above 0 and below 0.5 (so that it "
                    "applies only in a document found spun), not '" + value + "'");
      } else {
        rule_.outside_context = confidence;
      }
    } else if (key == "origin") {
      if (std::optional<RuleOrigin> origin = ParseRuleOrigin(value)) {
        rule_.origin = *origin;
      } else {
        Error(line, "'origin:' is 'hand', 'learned' or 'mined', not '" + value + "'");
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
    if (error != std::errc() || end != value.data() + value.size() ||
        !(confidence >= 0 && confidence <= 1)) {  // not "nan"
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

  struct Import {
    std::string target;
    int line;
    std::vector<std::string> names;  // the lists it brought
  };

  std::string_view text_;
  std::string file_;
  bool compile_patterns_;
  ListImporter* importer_;
  const LogicalLine* line_ = nullptr;  // the line being parsed
  ListScope scope_;
  std::vector<std::pair<std::string, int>> defined_here_;  // name, line
  std::vector<Import> imports_;
  bool import_failed_ = false;
  ParsedRuleFile result_;
  bool in_rule_ = false;
  Rule rule_;
  std::set<std::string> seen_keys_;
  std::set<std::string> ids_;
};

}  // namespace

ParsedRuleFile ParseRuleFile(std::string_view text, const std::string& file_name,
                             bool compile_patterns, ListImporter* importer) {
  return Parser(text, file_name, compile_patterns, importer).Parse();
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
