#pragma once
// The report's words in English and Japanese (the essay's readers): a fixed table, so a report's
// text is reviewed like code and the same input gives the same bytes.
#include <string>
#include <string_view>
#include <vector>

namespace umbrella::report {

enum class Lang { en, ja };

// "en" or "ja"; throws UsageError otherwise.
Lang parse_lang(std::string_view code);
const char* code(Lang lang);

// The text of `key`; throws std::out_of_range for a key the table lacks. Some texts hold a "{}"
// for a number (a year) that the caller formats in.
const std::string& text(Lang lang, std::string_view key);
bool has_text(std::string_view key);
// A state's name from its ISO code, or the code itself when the table lacks it.
std::string state_name(Lang lang, const std::string& code);
// Every key, for the test that the table is complete in both languages.
std::vector<std::string> translation_keys();

}  // namespace umbrella::report
