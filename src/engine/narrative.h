#pragma once
// Tells one replicate as a dated narrative (umbrella explain).
#include <string>

#include "model/trace.h"

namespace umbrella {

// The trace's lines in date order, one per line: "YYYY-MM  TOPIC  text".
std::string format_narrative(const Trace& trace);

}  // namespace umbrella
