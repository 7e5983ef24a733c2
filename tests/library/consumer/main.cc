// Restores the sentence given as its argument with the installed library
// (docs/library.md shows this program); prints the text, then the data
// directory the library found.
#include <iostream>

#include <unspin/unspin.h>

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  unspin::Expected<unspin::Restorer> restorer = unspin::Restorer::Create({});
  if (!restorer.ok()) return std::cerr << restorer.error() << "\n", 1;
  unspin::Expected<unspin::Result> result = restorer->Restore(argv[1]);
  if (!result.ok()) return std::cerr << result.error() << "\n", 1;
  std::cout << result->text << "\n" << unspin::DataDir() << "\n";
  for (const unspin::Edit& edit : result->edits) {
    std::cout << edit.start.codepoint << " " << edit.original << " -> " << edit.replacement
              << " (" << edit.rule.value_or("") << ", " << edit.origin.value_or("") << ")\n";
  }
}
