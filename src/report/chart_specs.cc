#include "report/chart_specs.h"

namespace umbrella::report {
namespace {

constexpr int kPanelColumns = 4;

Json year_axis(const std::string& title) {
  return {
      {"field", "year"}, {"type", "quantitative"}, {"title", title}, {"axis", {{"format", "d"}}}};
}

Json value_axis(const std::string& field, const Axes& axes) {
  Json axis = {{"field", field}, {"type", "quantitative"}, {"title", axes.y_title}};
  if (!axes.y_format.empty()) axis["axis"] = {{"format", axes.y_format}};
  return axis;
}

Json colour(const Axes& axes) {
  return {{"field", "line"},
          {"type", "nominal"},
          {"title", nullptr},
          {"scale", {{"domain", axes.lines}}},
          {"legend", {{"orient", "top"}}}};
}

// The bands share the lines' colour scale and so their legend: Vega-Lite merges the legends of
// the layers of one scale, and a layer that turned its legend off would turn off the merged one.
Json band(const char* low, const char* high, double opacity, const Axes& axes) {
  return {{"mark", {{"type", "area"}, {"opacity", opacity}}},
          {"encoding",
           {{"x", year_axis(axes.x_title)},
            {"y", value_axis(low, axes)},
            {"y2", {{"field", high}}},
            {"color", colour(axes)}}}};
}

// Wraps a single-panel spec into small multiples, one per panel in the given order.
Json facet(Json rows, const Axes& axes, Json spec) {
  return {{"data", {{"values", std::move(rows)}}},
          {"facet",
           {{"field", "panel"}, {"type", "nominal"}, {"sort", axes.panels}, {"title", nullptr}}},
          {"columns", kPanelColumns},
          {"spec", std::move(spec)}};
}

}  // namespace

Json fan_chart(Json rows, const Axes& axes, bool quartiles) {
  Json layers = Json::array();
  layers.push_back(band("lo", "hi", 0.15, axes));
  if (quartiles) layers.push_back(band("q1", "q3", 0.3, axes));
  Json tooltip = Json::array({{{"field", "line"}, {"title", nullptr}},
                              {{"field", "year"}},
                              {{"field", "centre"}},
                              {{"field", "lo"}},
                              {{"field", "hi"}}});
  layers.push_back({{"mark", {{"type", "line"}, {"point", {{"size", 10}}}}},
                    {"encoding",
                     {{"x", year_axis(axes.x_title)},
                      {"y", value_axis("centre", axes)},
                      {"color", colour(axes)},
                      {"tooltip", std::move(tooltip)}}}});
  return facet(std::move(rows), axes, {{"width", 170}, {"height", 110}, {"layer", layers}});
}

Json stacked_share_chart(Json rows, const Axes& axes) {
  Json encoding = {
      {"x", {{"field", "year"}, {"type", "ordinal"}, {"title", axes.x_title}}},
      {"y",
       {{"field", "share"}, {"type", "quantitative"}, {"stack", "zero"}, {"title", axes.y_title}}},
      {"color", colour(axes)},
      {"order", {{"field", "order"}, {"type", "quantitative"}}},
      {"tooltip", Json::array({{{"field", "line"}, {"title", nullptr}},
                               {{"field", "year"}},
                               {{"field", "share"}, {"format", ".2%"}}})}};
  if (!axes.y_format.empty()) encoding["y"]["axis"] = {{"format", axes.y_format}};
  return facet(std::move(rows), axes,
               {{"width", 240}, {"height", 120}, {"mark", "bar"}, {"encoding", encoding}});
}

namespace {

// A dot at `centre` and a rule from `lo` to `hi` for each policy (`line`); a dashed rule at zero
// for differences.
Json interval_layers(const Axes& axes, bool differences) {
  const Json policy = {
      {"field", "line"}, {"type", "nominal"}, {"title", nullptr}, {"sort", axes.lines}};
  Json value = {{"field", "centre"},
                {"type", "quantitative"},
                {"title", axes.y_title.empty() ? Json(nullptr) : Json(axes.y_title)},
                {"scale", {{"zero", false}}}};
  Json rule = {{"mark", "rule"},
               {"encoding",
                {{"y", policy},
                 {"x", {{"field", "lo"}, {"type", "quantitative"}, {"title", nullptr}}},
                 {"x2", {{"field", "hi"}}},
                 {"color", colour(axes)}}}};
  Json dot = {{"mark", {{"type", "point"}, {"filled", true}, {"size", 50}}},
              {"encoding",
               {{"y", policy},
                {"x", value},
                {"color", colour(axes)},
                {"tooltip", Json::array({{{"field", "line"}, {"title", nullptr}},
                                         {{"field", "centre"}},
                                         {{"field", "lo"}},
                                         {{"field", "hi"}}})}}}};
  Json layers = {rule, dot};
  if (differences) {
    layers.push_back({{"mark", {{"type", "rule"}, {"strokeDash", {3, 3}}, {"color", "#888"}}},
                      {"encoding", {{"x", {{"datum", 0}, {"type", "quantitative"}}}}}});
  }
  return layers;
}

Json interval_panel(const Axes& axes, bool differences) {
  return {
      {"width", 200}, {"height", {{"step", 16}}}, {"layer", interval_layers(axes, differences)}};
}

}  // namespace

Json interval_chart(Json rows, const Axes& axes, bool differences) {
  Json chart = facet(std::move(rows), axes, interval_panel(axes, differences));
  chart["resolve"] = {{"scale", {{"x", "independent"}}}};
  return chart;
}

Json grouped_interval_chart(Json rows, const std::vector<std::string>& groups, const Axes& axes,
                            bool differences) {
  Json parts = Json::array();
  for (const std::string& group : groups) {
    parts.push_back(
        {{"title", {{"text", group}, {"anchor", "start"}}},
         {"transform", Json::array({{{"filter", {{"field", "group"}, {"equal", group}}}}})},
         {"facet",
          {{"field", "panel"}, {"type", "nominal"}, {"sort", axes.panels}, {"title", nullptr}}},
         {"columns", kPanelColumns},
         {"spec", interval_panel(axes, differences)},
         {"resolve", {{"scale", {{"x", "independent"}}}}}});
  }
  return {{"data", {{"values", std::move(rows)}}}, {"vconcat", std::move(parts)}};
}

Json sensitivity_chart(Json rows, const Axes& axes) {
  const Json parameter = {
      {"field", "parameter"}, {"type", "nominal"}, {"title", nullptr}, {"sort", axes.panels}};
  const Json offset = {{"field", "line"}, {"type", "nominal"}, {"sort", axes.lines}};
  Json bar = {{"mark", "bar"},
              {"encoding",
               {{"y", parameter},
                {"yOffset", offset},
                {"x", {{"field", "value"}, {"type", "quantitative"}, {"title", axes.y_title}}},
                {"color", colour(axes)},
                {"tooltip", Json::array({{{"field", "parameter"}},
                                         {{"field", "line"}, {"title", nullptr}},
                                         {{"field", "value"}},
                                         {{"field", "lo"}},
                                         {{"field", "hi"}}})}}}};
  Json rule = {{"mark", "rule"},
               {"encoding",
                {{"y", parameter},
                 {"yOffset", offset},
                 {"x", {{"field", "lo"}, {"type", "quantitative"}}},
                 {"x2", {{"field", "hi"}}}}}};
  return {{"data", {{"values", std::move(rows)}}},
          {"width", 360},
          {"height", {{"step", 12}}},
          {"layer", {bar, rule}}};
}

Json reliability_chart(Json rows, const Axes& axes) {
  const Json unit = {{"type", "quantitative"}, {"scale", {{"domain", {0, 1}}}}};
  Json x = unit;
  x["field"] = "predicted";
  x["title"] = axes.x_title;
  Json y = unit;
  y["field"] = "observed";
  y["title"] = axes.y_title;
  Json diagonal = {{"data", {{"values", Json::array({{{"p", 0}}, {{"p", 1}}})}}},
                   {"mark", {{"type", "line"}, {"strokeDash", {3, 3}}, {"color", "#888"}}},
                   {"encoding",
                    {{"x", {{"field", "p"}, {"type", "quantitative"}}},
                     {"y", {{"field", "p"}, {"type", "quantitative"}}}}}};
  Json points = {
      {"mark", {{"type", "point"}, {"filled", true}}},
      {"encoding",
       {{"x", x},
        {"y", y},
        {"size", {{"field", "count"}, {"type", "quantitative"}, {"title", "n"}}},
        {"tooltip",
         Json::array({{{"field", "predicted"}}, {{"field", "observed"}}, {{"field", "count"}}})}}}};
  // The bins at the top, as every chart's data: the diagonal brings its own two points.
  return {{"data", {{"values", std::move(rows)}}},
          {"width", 220},
          {"height", 220},
          {"layer", Json::array({diagonal, points})}};
}

}  // namespace umbrella::report
