#pragma once
// Tells one replicate as a dated narrative (umbrella explain).
#include <string>

#include "model/trace.h"

namespace umbrella {

// The trace's lines in date order, one per line: "YYYY-MM  TOPIC  text". With `only` (a state
// code), the lines whose topic names that state (KOR, USA-KOR) and those whose text does.
std::string format_narrative(const Trace& trace, const std::string& only = "");

}  // namespace umbrella
