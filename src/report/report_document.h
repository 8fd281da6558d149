#pragma once
// The report as one HTML file: every section with data, the chart specifications and the chart
// libraries inline, nothing fetched. The same context and scripts give the same bytes.
#include <string>
#include <vector>

#include "report/section.h"
#include "report/web_assets.h"

namespace umbrella::report {

std::string report_html(const ReportContext& context, const std::vector<Script>& scripts);

}  // namespace umbrella::report
