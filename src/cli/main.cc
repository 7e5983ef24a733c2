// unspin: restore text that an article spinner has rewritten.
//
// The front end only parses flags into option structs and dispatches to a
// command; everything else lives in the library.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>

#include "cli/commands.h"

namespace {

constexpr const char* kDescription =
    "unspin: restore text that an article spinner has rewritten.\n"
    "Reads each FILE (stdin when none, or '-') and writes the restored text to stdout.";

}  // namespace

int main(int argc, char** argv) {
  using namespace unspin;
  CLI::App app(kDescription, "unspin");
  app.set_version_flag("--version", std::string("unspin ") + UNSPIN_VERSION);
  app.require_subcommand(0, 1);

  RestoreOptions restore;
  app.add_option("FILE", restore.files, "Input files ('-' for stdin)");
  app.add_option("--rules", restore.common.rule_paths,
                 "Rule file or directory (repeatable); replaces the default pack")
      ->type_name("PATH")
      ->allow_extra_args(false);
  app.add_option("--min-confidence", restore.common.min_confidence,
                 "Apply only rules with at least this confidence")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();

  CLI::App* rules = app.add_subcommand("rules", "Work with rule files");
  rules->require_subcommand(1);
  RulesTestOptions rules_test;
  CLI::App* test = rules->add_subcommand(
      "test", "Run every rule's example: and keep: sentences (exit 1 on a failure)");
  test->add_option("PATH", rules_test.paths, "Rule files or directories (default: the pack)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "unspin: error: %s\nTry 'unspin --help'.\n", e.what());
    return 2;
  }

  try {
    if (test->parsed()) return RunRulesTest(rules_test);
    return RunRestore(restore);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "unspin: error: internal error: %s\n", e.what());
    return 2;
  }
}
