#pragma once
// Text placed into HTML: escaped for element content and attributes, or for the inside of a
// <script> element, which the HTML parser ends at the first "</script" whatever the JavaScript
// quoting.
#include <string>
#include <string_view>

namespace umbrella::report {

std::string escape_html(std::string_view text);
// JSON for a <script type="application/json"> element: '<' occurs in JSON only inside strings,
// where "\u003c" reads as the same character.
std::string json_for_script(std::string_view json);
// Whether JavaScript can be inlined as is: no "</script" and no "<!--" (which changes how the
// parser looks for the end), in any case.
bool inlinable_script(std::string_view code);

}  // namespace umbrella::report
