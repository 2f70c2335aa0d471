/** The equality duty's own view of a site: what the body must publish, when, and what its published information covers. */
package org.dueregard.duty;
