/**
 * Charts drawn on the server as SVG (no script, nothing the Content-Security-Policy would block:
 * positions and classes only, no style attributes): the geometry of a line chart, a bar chart and
 * a shaded map, for the fragments in {@code templates/fragments/charts.html}. Every chart is shown
 * with a table of the same figures.
 */
package se.samverkan.platform.charts;
