/** The accessibility gate: static checks on generated HTML, axe-core and layout checks in headless Chromium, reports. */
package org.dueregard.checks;
