/**
 * The author's preview: a small local HTTP server that answers only its own host, with live reload, rebuilds driven
 * by file stamps so no save is lost, and the building and problem pages in the browser.
 */
package org.dueregard.preview;
