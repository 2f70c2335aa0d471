/** Figures made from datasets: accessible data tables, SVG charts, alt text, written summaries and CSV downloads. */
package org.dueregard.charts;
